import { describeConfig } from './describe'

/** Renders every configuration key as the Markdown committed at docs/configuration.md. */
export function renderConfigMarkdown(): string {
  const lines = [
    '# Configuration',
    '',
    '<!-- Generated from agent/config/schema.ts by test/unit/agent/config/config-doc.test.ts;',
    '     run the test with UPDATE_DOCS=1 to rewrite this file. -->',
    '',
    'Sources, later wins: the built-in defaults; a JSON file (`--config FILE` or',
    '`$IDSTATION_CONFIG`) shaped like the keys (`{"limits": {"maxRequestBytes": 1048576}}`);',
    'environment variables; then flags: `--set key=value` (repeatable) and the shortcuts',
    '`--data-dir`, `--runtime-dir` and `--log-level`. Paths derived from `dataDir` and `runtimeDir`',
    'follow them unless set themselves. An invalid value stops the agent with exit code 78 and a',
    'message naming the key, where the value came from and what is allowed.',
    '',
    '| Key | Environment | Default | Allowed | Meaning |',
    '| --- | --- | --- | --- | --- |',
  ]
  const cell = (text: string) => text.replaceAll('|', '\\|')
  for (const row of describeConfig()) {
    lines.push(
      `| \`${row.key}\` | \`${row.env}\` | ${cell(row.default)} | ${cell(row.allowed)} | ${cell(row.doc)} |`,
    )
  }
  lines.push('')
  return lines.join('\n')
}

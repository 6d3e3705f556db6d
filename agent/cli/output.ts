import { renderTable } from './render-table'

/** Where the CLI writes: stdout for results, stderr for diagnostics. */
export interface TextSink {
  write(text: string): unknown
}

/**
 * How commands print. In `--json` mode a command prints exactly one JSON document on stdout
 * (via `json`) so scripts can parse it; `print` and `table` are for people.
 */
export interface CliOutput {
  /** A line of human output on stdout. */
  print(line: string): void
  /** A line on stderr: errors, warnings, hints. */
  error(line: string): void
  /** One JSON document on stdout, pretty-printed, newline-terminated. */
  json(value: unknown): void
  /** A table on stdout (see `renderTable`). */
  table(headers: readonly string[], rows: readonly (readonly string[])[]): void
}

/** Formats a value as the CLI prints JSON: two-space indent and a final newline. */
export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}

/** The output helpers over two sinks. */
export function createOutput(stdout: TextSink, stderr: TextSink): CliOutput {
  return {
    print: line => stdout.write(`${line}\n`),
    error: line => stderr.write(`${line}\n`),
    json: value => stdout.write(formatJson(value)),
    table: (headers, rows) => stdout.write(renderTable(headers, rows)),
  }
}

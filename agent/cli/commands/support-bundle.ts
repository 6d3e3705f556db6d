import { resolve } from 'node:path'
import { doctorFailed } from '../../diagnostics/run-doctor'
import { buildSupportBundle, writePrivateFile } from '../../diagnostics/support-bundle'
import { collectVersions } from '../../diagnostics/versions'
import type { CliLeafCommand } from '../command'
import { EXIT_CODES } from '../exit-codes'
import { parseCommandArgs } from '../parse-command-args'
import { UsageError } from '../usage-error'
import { doctorResults } from './doctor'

function defaultName(now: Date): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')
  return `idstation-support-${stamp}.tar.gz`
}

/** `idstation support-bundle`: a tarball to send to support, without personal data. */
export const SUPPORT_BUNDLE_COMMAND: CliLeafCommand = {
  name: 'support-bundle',
  summary: 'write a .tar.gz of configuration, versions, doctor results and filtered logs',
  usage: [
    'Usage: idstation support-bundle [--out FILE] [--json]',
    '',
    '  --out FILE   where to write (default idstation-support-<UTC time>.tar.gz here); mode 0600',
    '',
    'Holds config.json (secrets redacted), versions.json, doctor.json, logs/ (only catalogued',
    'events and allow-listed fields) and manifest.json (what was kept and dropped). Never the',
    'journal, keys, signer material, biometrics or images.',
  ].join('\n'),
  async run(context) {
    const { values, positionals } = parseCommandArgs(context.args, { out: { type: 'string' } })
    if (positionals.length > 0) throw new UsageError('support-bundle takes no positional arguments')
    const now = new Date()
    const out = resolve(context.cwd, values.out ?? defaultName(now))
    const doctor = await doctorResults(context)
    const { tarball, manifest } = await buildSupportBundle({
      config: context.config,
      doctor,
      versions: await collectVersions(),
      now,
    })
    await writePrivateFile(out, tarball)
    const totals = manifest.logTotals
    const dropped = totals.droppedNotJson + totals.droppedUncatalogued
    if (context.json)
      context.output.json({
        path: out,
        bytes: tarball.length,
        doctorFailed: doctorFailed(doctor),
        manifest,
      })
    else {
      context.output.print(`wrote ${out} (${tarball.length} bytes, mode 0600)`)
      context.output.print(
        `logs: ${totals.kept} line(s) kept, ${dropped} dropped, ${totals.droppedFields} field(s) removed`,
      )
    }
    return EXIT_CODES.ok
  },
}

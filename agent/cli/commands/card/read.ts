import { createHash } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { CliLeafCommand } from '../../command'
import { withAgent } from '../../connect'
import { EXIT_CODES } from '../../exit-codes'
import { parseCommandArgs } from '../../parse-command-args'
import { UsageError } from '../../usage-error'
import { hex } from './card-view'

/** LDS1 file names a technician types, with their EF identifiers (ICAO 9303 Part 10). */
const FILES: Readonly<Record<string, number>> = {
  COM: 0x011e,
  SOD: 0x011d,
  ...Object.fromEntries(Array.from({ length: 16 }, (_, i) => [`DG${i + 1}`, 0x0101 + i])),
}

/**
 * `idstation card read <device> …`: claims the reader, reads one eMRTD file with BAC and secure
 * messaging through the agent, releases. By default it prints only the length and SHA-256, so a
 * check of a personalised chip leaves no personal data on the terminal; the MRZ fields given are
 * never printed, not even in error messages.
 */
export const CARD_READ_COMMAND: CliLeafCommand = {
  name: 'read',
  summary: 'read one eMRTD file with BAC and secure messaging (technician key)',
  usage: [
    'Usage: idstation card read <device> --document-number <X> --birth <YYMMDD>',
    '         --expiry <YYMMDD> --file <DG1|DG2|…|DG16|COM|SOD|0x0101> [--hex] [--out FILE] [--json]',
    '',
    '  The three MRZ fields as printed, without check digits; the agent adds them.',
    '  Prints the file length and SHA-256; --hex prints the bytes, --out writes them to FILE.',
    'Exits 4 when BAC fails (the MRZ does not match the chip), 1 for a missing file.',
  ].join('\n'),
  async run(context) {
    const { positionals, values } = parseCommandArgs(context.args, {
      'document-number': { type: 'string' },
      birth: { type: 'string' },
      expiry: { type: 'string' },
      file: { type: 'string' },
      hex: { type: 'boolean' },
      out: { type: 'string' },
    })
    const [deviceId, ...extra] = positionals
    if (deviceId === undefined || extra.length > 0) {
      throw new UsageError('card read takes one device id')
    }
    const documentNumber = values['document-number']
    const dateOfBirth = values.birth
    const dateOfExpiry = values.expiry
    if (documentNumber === undefined || dateOfBirth === undefined || dateOfExpiry === undefined) {
      throw new UsageError('card read needs --document-number, --birth and --expiry')
    }
    const fileId = parseFileId(values.file)
    const mrz = { documentNumber, dateOfBirth, dateOfExpiry }
    const { data } = await withAgent(context, async client => {
      const lease = await client.claimDevice(deviceId)
      try {
        return await client.readChipFile(deviceId, mrz, fileId)
      } finally {
        await client.releaseDevice(lease.leaseId ?? '').catch(() => undefined)
      }
    })
    const out = values.out === undefined ? undefined : path.resolve(context.cwd, values.out)
    if (out !== undefined) await writeFile(out, data, { mode: 0o600 })
    const sha256 = createHash('sha256').update(data).digest('hex')
    const file = fileId.toString(16).toUpperCase().padStart(4, '0')
    if (context.json) {
      context.output.json({
        deviceId,
        fileId: file,
        length: data.length,
        sha256,
        ...(values.hex === true ? { hex: hex(data) } : {}),
        ...(out === undefined ? {} : { out }),
      })
    } else if (values.hex === true) {
      context.output.print(hex(data))
    } else {
      context.output.print(`${file} ${data.length} bytes sha256 ${sha256}`)
    }
    return EXIT_CODES.ok
  },
}

function parseFileId(text: string | undefined): number {
  if (text === undefined) throw new UsageError('card read needs --file (DG1, COM, 0x0101, …)')
  const named = FILES[text.toUpperCase()]
  if (named !== undefined) return named
  if (/^0x[0-9a-f]{1,4}$/i.test(text)) return Number.parseInt(text.slice(2), 16)
  throw new UsageError('--file is DG1…DG16, COM, SOD or a hex EF id like 0x0101')
}

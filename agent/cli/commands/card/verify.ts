import { readFile } from 'node:fs/promises'
import { X509Certificate } from 'node:crypto'
import path from 'node:path'
import { dataGroupFile, decodeCom } from '../../../icao/lds'
import { parseMrz } from '../../../icao/mrz'
import { verifyPassiveAuthentication } from '../../../icao/passive-auth'
import type { CliLeafCommand } from '../../command'
import { withAgent } from '../../connect'
import { EXIT_CODES } from '../../exit-codes'
import { parseCommandArgs } from '../../parse-command-args'
import { UsageError } from '../../usage-error'

/** DG3 and DG4 need Extended Access Control, which a BAC read cannot pass. */
const EAC_PROTECTED = new Set([3, 4])

/**
 * `idstation card verify <device> --mrz …`: reads a chip the way a border reader does (BAC,
 * secure messaging) through the agent and runs passive authentication here against the CSCAs
 * given (or the agent's configured trust anchors). Prints the checks and the data groups, never
 * their content; exits 0 only when passive authentication passed.
 */
export const CARD_VERIFY_COMMAND: CliLeafCommand = {
  name: 'verify',
  summary: 'BAC read-back and passive authentication of a chip (technician key)',
  usage: [
    'Usage: idstation card verify <device> --mrz <MRZ> [--csca FILE]... [--json]',
    '',
    '  --mrz   the printed MRZ, lines joined by newlines or run together (88 or 90 characters)',
    '  --csca  a trusted CSCA certificate (PEM or DER); default personalization.trustAnchors',
    'Exits 0 when passive authentication passed, 1 when it failed, 4 when BAC is refused.',
  ].join('\n'),
  async run(context) {
    const { positionals, values } = parseCommandArgs(context.args, {
      mrz: { type: 'string' },
      csca: { type: 'string', multiple: true },
    })
    const [deviceId, ...extra] = positionals
    if (deviceId === undefined || extra.length > 0) {
      throw new UsageError('card verify takes one device id')
    }
    if (values.mrz === undefined) throw new UsageError('card verify needs --mrz')
    const mrz = parseMrz(values.mrz.replace(/\\n/g, '\n'))
    if (!mrz.valid) throw new UsageError('the MRZ check digits do not match: mistyped?')
    const cscaPaths = (values.csca ?? []).map(file => path.resolve(context.cwd, file))
    const anchors = await Promise.all(
      (cscaPaths.length > 0 ? cscaPaths : context.config.personalization.trustAnchors).map(
        async file => new Uint8Array(new X509Certificate(await readFile(file)).raw),
      ),
    )
    if (anchors.length === 0) {
      throw new UsageError('no CSCA: give --csca or set personalization.trustAnchors')
    }
    const access = {
      documentNumber: mrz.fields.documentNumber,
      dateOfBirth: mrz.fields.dateOfBirth,
      dateOfExpiry: mrz.fields.dateOfExpiry,
    }
    const read = await withAgent(context, async client => {
      const lease = await client.claimDevice(deviceId)
      try {
        const file = async (key: Parameters<typeof dataGroupFile>[0]) =>
          (await client.readChipFile(deviceId, access, dataGroupFile(key).fid)).data
        const com = decodeCom(await file('COM'))
        const sod = await file('SOD')
        const groups = new Map<number, Uint8Array>()
        for (const group of com.dataGroups) {
          if (!EAC_PROTECTED.has(group)) groups.set(group, await file(group))
        }
        return { com, sod, groups }
      } finally {
        await client.releaseDevice(lease.leaseId ?? '').catch(() => undefined)
      }
    })
    const verdict = verifyPassiveAuthentication({
      sod: read.sod,
      dataGroups: read.groups,
      comTagList: read.com.dataGroups,
      trustAnchors: anchors,
      at: new Date(),
    })
    const notRead = read.com.dataGroups.filter(group => EAC_PROTECTED.has(group))
    if (context.json) {
      context.output.json({
        deviceId,
        passed: verdict.passed,
        checks: verdict.checks,
        dataGroupsRead: [...read.groups.keys()],
        dataGroupsNotRead: notRead,
      })
    } else {
      for (const check of verdict.checks) {
        const reason = check.reason === undefined ? '' : `  (${check.reason})`
        context.output.print(`${check.passed ? 'ok  ' : 'FAIL'} ${check.name}${reason}`)
      }
      context.output.print(
        `data groups read: ${[...read.groups.keys()].join(', ')}` +
          (notRead.length > 0 ? `; not readable with BAC (EAC): ${notRead.join(', ')}` : ''),
      )
      context.output.print(`passive authentication ${verdict.passed ? 'passed' : 'FAILED'}`)
    }
    return verdict.passed ? EXIT_CODES.ok : EXIT_CODES.failure
  },
}

import { randomUUID } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { enumValueName, v1 } from '../../../../protocol/messages'
import type { CliLeafCommand } from '../../command'
import { withAgent } from '../../connect'
import { EXIT_CODES } from '../../exit-codes'
import { parseCommandArgs } from '../../parse-command-args'
import { UsageError } from '../../usage-error'
import { fingerName, parseFinger } from './finger-names'

const SLAPS: Readonly<Record<string, { unit: v1.CaptureUnit; count: number }>> = {
  right: { unit: v1.CaptureUnit.CAPTURE_UNIT_RIGHT_SLAP, count: 4 },
  left: { unit: v1.CaptureUnit.CAPTURE_UNIT_LEFT_SLAP, count: 4 },
  thumbs: { unit: v1.CaptureUnit.CAPTURE_UNIT_TWO_THUMBS, count: 2 },
}

const REASONS: Readonly<Record<string, v1.ExceptionReason>> = {
  amputated: v1.ExceptionReason.EXCEPTION_REASON_AMPUTATED,
  'unable-to-print': v1.ExceptionReason.EXCEPTION_REASON_UNABLE_TO_PRINT,
  bandaged: v1.ExceptionReason.EXCEPTION_REASON_BANDAGED,
  scar: v1.ExceptionReason.EXCEPTION_REASON_SCAR,
  temporary: v1.ExceptionReason.EXCEPTION_REASON_TEMPORARY,
}

function integer(text: string | undefined, name: string, fallback: number, max: number): number {
  if (text === undefined) return fallback
  const value = Number(text)
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new UsageError(`--${name} is an integer from 0 to ${max}`)
  }
  return value
}

/**
 * `idstation fingerprint capture <device> --slap right|left|thumbs | --finger F --out DIR`:
 * claims the reader, captures with a live progress line (preview quality per finger), writes an
 * ISO/IEC 19794-4 record and a PNG per finger to DIR, and prints the quality per finger and any
 * duplicate the enrolment shows. The images are biometric data: only DIR holds them.
 */
export const FINGERPRINT_CAPTURE_COMMAND: CliLeafCommand = {
  name: 'capture',
  summary: 'capture a slap or a finger to ISO 19794-4 records and PNGs',
  usage: [
    'Usage: idstation fingerprint capture <device> (--slap right|left|thumbs | --finger F)',
    '         --out DIR [--missing F:REASON]... [--score N] [--timeout MS] [--fps N]',
    '         [--enrolment ID] [--retries N] [--json]',
    '',
    '  F: right-thumb … right-little, left-thumb … left-little, or 1–10',
    `  REASON: ${Object.keys(REASONS).join(', ')}`,
    'Exits 0 when every finger met the score, 1 otherwise (no finger, low quality, duplicate).',
  ].join('\n'),
  async run(context) {
    const { positionals, values } = parseCommandArgs(context.args, {
      slap: { type: 'string' },
      finger: { type: 'string' },
      out: { type: 'string' },
      missing: { type: 'string', multiple: true },
      score: { type: 'string' },
      timeout: { type: 'string' },
      fps: { type: 'string' },
      enrolment: { type: 'string' },
      retries: { type: 'string' },
    })
    const [deviceId, ...extra] = positionals
    if (deviceId === undefined || extra.length > 0) {
      throw new UsageError('fingerprint capture takes one device id')
    }
    if (values.out === undefined) throw new UsageError('fingerprint capture needs --out DIR')
    if ((values.slap === undefined) === (values.finger === undefined)) {
      throw new UsageError('give either --slap right|left|thumbs or --finger F')
    }
    let unit: v1.CaptureUnit
    let fingers: number
    let finger: v1.FingerPosition | undefined
    if (values.slap !== undefined) {
      const slap = SLAPS[values.slap]
      if (slap === undefined) throw new UsageError('--slap is right, left or thumbs')
      unit = slap.unit
      fingers = slap.count
    } else {
      finger = parseFinger(values.finger ?? '')
      if (finger === undefined) throw new UsageError('--finger names one finger, e.g. right-index')
      unit = v1.CaptureUnit.CAPTURE_UNIT_SINGLE_FINGER
      fingers = 1
    }
    const exceptions = (values.missing ?? []).map(text => {
      const [name = '', reason = 'unable-to-print'] = text.split(':')
      const position = parseFinger(name)
      const code = REASONS[reason]
      if (position === undefined || code === undefined) {
        throw new UsageError(`--missing is FINGER:REASON, e.g. right-ring:bandaged`)
      }
      return { position, reason: code }
    })
    const out = path.resolve(context.cwd, values.out)
    const transactionId = `cli-${randomUUID()}`
    const body: v1.ICaptureFingerprints = {
      deviceId,
      transactionId,
      unit,
      ...(finger === undefined ? {} : { finger }),
      exceptions,
      count: fingers - exceptions.length,
      requestedScore: integer(values.score, 'score', 40, 100),
      timeoutMs: integer(values.timeout, 'timeout', 10_000, 300_000),
      previewFps: integer(values.fps, 'fps', 10, 30),
      enrolmentId: values.enrolment ?? '',
      retries: integer(values.retries, 'retries', 1, 5),
    }
    const progress = progressLine(context.json)
    const { result, attachments } = await withAgent(
      context,
      async client => {
        const lease = await client.claimDevice(deviceId)
        try {
          return await client.captureFingerprints(body, {
            signal: context.signal,
            onPreview: progress,
          })
        } finally {
          await client.releaseDevice(lease.leaseId ?? '').catch(() => undefined)
        }
      },
      { heartbeat: true },
    )
    progress(undefined)
    await mkdir(out, { recursive: true, mode: 0o700 })
    const rows = []
    for (const item of result.fingers) {
      const name = fingerName(item.position)
      const files: string[] = []
      for (const [index, suffix] of [
        [item.recordAttachment ?? 0, 'iso19794-4'],
        [item.pngAttachment ?? 0, 'png'],
      ] as const) {
        const data = index > 0 ? attachments[index - 1] : undefined
        if (data === undefined) continue
        const file = path.join(out, `${transactionId}-${name}.${suffix}`)
        await writeFile(file, data, { mode: 0o600 })
        files.push(file)
      }
      rows.push({
        finger: name,
        status: (enumValueName(v1.FingerStatus, item.status ?? 0, 'FINGER_STATUS_') || 'unknown')
          .toLowerCase()
          .replace('_', '-'),
        quality:
          item.status === v1.FingerStatus.FINGER_STATUS_CAPTURED ? item.qualityScore : undefined,
        qualityMethod: item.qualityMethod ?? '',
        files,
      })
    }
    const duplicates = result.duplicates.map(d => ({
      finger: fingerName(d.position),
      matches: fingerName(d.matchesPosition),
      inCapture: d.matchesTransactionId,
      score: d.score,
    }))
    const outcome = enumValueName(
      v1.CaptureOutcomeKind,
      result.outcome,
      'CAPTURE_OUTCOME_KIND_',
    ).toLowerCase()
    const good =
      result.outcome === v1.CaptureOutcomeKind.CAPTURE_OUTCOME_KIND_CAPTURED &&
      result.metThreshold &&
      duplicates.length === 0
    if (context.json) {
      context.output.json({
        transactionId,
        outcome,
        metThreshold: result.metThreshold,
        fingers: rows,
        duplicates,
        deviceMs: result.deviceMs,
        agentMs: result.agentMs,
      })
    } else {
      context.output.table(
        ['finger', 'status', 'quality', 'files'],
        rows.map(row => [
          row.finger,
          row.status,
          row.quality === undefined ? '-' : `${row.quality} (${row.qualityMethod})`,
          row.files.map(file => path.basename(file)).join(' '),
        ]),
      )
      for (const d of duplicates) {
        context.output.print(
          `DUPLICATE: ${d.finger} matches ${d.matches} of ${d.inCapture} (score ${d.score})`,
        )
      }
      context.output.print(
        `${outcome}, threshold ${result.metThreshold ? 'met' : 'not met'}; device ${result.deviceMs} ms, agent ${result.agentMs} ms; files in ${out}`,
      )
    }
    return good ? EXIT_CODES.ok : EXIT_CODES.failure
  },
}

/** One line rewritten in place on a terminal; a line per second otherwise (logs, pipes). */
function progressLine(json: boolean): (frame: v1.IFingerprintPreview | undefined) => void {
  let last = 0
  const tty = process.stderr.isTTY
  return frame => {
    if (json) return
    if (frame === undefined) {
      if (tty && last > 0) process.stderr.write('\n')
      return
    }
    const now = Date.now()
    if (!tty && now - last < 1000) return
    last = now
    const quality = (frame.quality ?? [])
      .map(item => `${fingerName(item.position)} ${item.score ?? 0}`)
      .join('  ')
    const text = `preview #${frame.sequence ?? 0}  ${quality}`
    process.stderr.write(tty ? `\r${text.padEnd(78)}` : `${text}\n`)
  }
}

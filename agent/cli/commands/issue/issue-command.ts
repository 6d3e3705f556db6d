import { randomUUID } from 'node:crypto'
import path from 'node:path'
import { v1 } from '../../../../protocol/messages'
import type { CliContext, CliLeafCommand } from '../../command'
import { withAgent } from '../../connect'
import { EXIT_CODES, type ExitCode } from '../../exit-codes'
import { readApplicantFile } from '../../issuance/applicant-file'
import { jobProgress } from '../../issuance/job-progress'
import { askPrompt, promptText, type PromptMode } from '../../issuance/prompt-answer'
import { keepFaces, runIssuance } from '../../issuance/run-issuance'
import { parseCommandArgs } from '../../parse-command-args'
import { UsageError } from '../../usage-error'
import { jobRow } from '../jobs/job-row'

const MODES: readonly PromptMode[] = ['ask', 'continue', 'cancel']

/**
 * `idstation issue id-card|passport --applicant FILE --printer ID --encoder ID …`: the whole
 * issuance a front-end runs, from the command line: faces drawn here, the job followed with a
 * progress bar, prompts asked at the terminal. Exits 0 only when the job SUCCEEDED.
 */
export function issueCommand(kind: 'id-card' | 'passport'): CliLeafCommand {
  const document = kind === 'id-card' ? 'an ID card (TD1)' : 'a passport (TD3)'
  return {
    name: kind,
    summary: `issue ${document}: chip, print, eject, with progress`,
    usage: [
      `Usage: idstation issue ${kind} --applicant FILE --printer ID --encoder ID [--scanner ID]`,
      '         [--key K] [--faces-dir DIR] [--on-prompt ask|continue|cancel] [--no-aa] [--json]',
      `       idstation issue ${kind} --applicant FILE --preview DIR [--printer ID]`,
      '',
      '  --applicant  the applicant JSON file (docs/cli-issuance.md)',
      '  --printer    the printer; --encoder the PC/SC reader at its chip station',
      '  --scanner    a fingerprint reader: the job captures right and left index from it;',
      "               without it the applicant file's fingerRecords are sent (or none)",
      '  --no-aa      no Active Authentication key on the chip (no DG15)',
      '  --key        idempotency key; default a new one, printed: run again with it after a',
      '               disconnect to get the same job back instead of a second document',
      '  --faces-dir  keep the faces the agent drew as PNG files here (personal data: mode 0600)',
      "  --preview    only draw the faces (at the printer's raster with --printer) into DIR for",
      '               the operator to check, and issue nothing',
      '  --on-prompt  answer to printer prompts (cover open, feeder empty…): ask at the terminal',
      '               (the default on one; Enter = continue, c = cancel), or always continue or',
      '               cancel (the default without a terminal: cancel)',
      'Exits 0 when the job succeeded, 1 when it ended otherwise (failed, canceled, spoiled).',
    ].join('\n'),
    async run(context) {
      const { positionals, values } = parseCommandArgs(context.args, {
        applicant: { type: 'string' },
        printer: { type: 'string' },
        encoder: { type: 'string' },
        scanner: { type: 'string' },
        key: { type: 'string' },
        'faces-dir': { type: 'string' },
        'on-prompt': { type: 'string' },
        'no-aa': { type: 'boolean' },
        preview: { type: 'string' },
      })
      if (positionals.length > 0)
        throw new UsageError(`issue ${kind} takes no positional arguments`)
      if (values.preview !== undefined) return preview(context, kind, values)
      for (const option of ['applicant', 'printer', 'encoder'] as const) {
        if (values[option] === undefined || values[option] === '') {
          throw new UsageError(`issue ${kind} needs --${option}`)
        }
      }
      const interactive = process.stdin.isTTY && process.stderr.isTTY
      const mode = (values['on-prompt'] ?? (interactive ? 'ask' : 'cancel')) as PromptMode
      if (!MODES.includes(mode)) throw new UsageError('--on-prompt is ask, continue or cancel')
      if (values.key === '') throw new UsageError('--key must not be empty')
      const applicant = await readApplicantFile(path.resolve(context.cwd, values.applicant ?? ''))
      const idempotencyKey = values.key ?? `cli-${randomUUID()}`
      const stderr = process.stderr
      context.output.error(
        `idempotency key ${idempotencyKey} (after a disconnect: --key ${idempotencyKey})`,
      )
      if (applicant.syntheticFace)
        context.output.error('no face in the applicant file: sending a synthetic portrait')
      const progress = jobProgress(stderr, stderr.isTTY)
      const showProgress = !context.json || stderr.isTTY
      const outcome = await withAgent(
        context,
        client =>
          runIssuance(client, {
            kind,
            printerId: values.printer ?? '',
            encoderId: values.encoder ?? '',
            activeAuthentication: values['no-aa'] !== true,
            ...(values.scanner === undefined ? {} : { scannerId: values.scanner }),
            applicant,
            idempotencyKey,
            ...(values['faces-dir'] === undefined
              ? {}
              : { facesDir: path.resolve(context.cwd, values['faces-dir']) }),
            onJob: job => {
              if (showProgress) progress.update(job)
            },
            onPrompt: async prompt => {
              progress.pause()
              if (mode !== 'ask') {
                context.output.error(`${promptText(prompt)}: answering ${mode}`)
                return mode
              }
              return askPrompt(prompt, process.stdin, stderr, context.signal)
            },
            signal: context.signal,
          }),
        { heartbeat: true },
      )
      progress.pause()
      const { job, facesSent } = outcome
      const row = jobRow(job)
      const issued = job.outcome
      const view = {
        ...row,
        facesPrinted: issued?.facesPrinted ?? 0,
        mediumDisposition: issued?.mediumDisposition ?? '',
        encoderId: issued?.encoderId ?? '',
        fingersCaptured: issued?.fingersCaptured ?? 0,
        idempotencyKey,
        facesKept: facesSent,
      }
      if (context.json) context.output.json(view)
      else {
        const lines: [string, string][] = [
          ['state', row.state],
          ['chip serial', row.chip || '-'],
          ['passive auth', issued?.passiveAuthentication === true ? 'passed' : 'not passed'],
          ['faces printed', String(view.facesPrinted)],
          ['disposition', view.mediumDisposition || 'none fed'],
          ['job', row.id],
          ['key', idempotencyKey],
        ]
        if (job.state !== v1.JobState.JOB_STATE_SUCCEEDED && row.step)
          lines.push(['stopped at', row.step])
        if (row.error) lines.push(['error', row.error])
        for (const file of facesSent) lines.push(['face kept', file])
        for (const [name, value] of lines) context.output.print(`${name.padEnd(14)}${value}`)
      }
      return job.state === v1.JobState.JOB_STATE_SUCCEEDED ? EXIT_CODES.ok : EXIT_CODES.failure
    },
  }
}

/** `--preview DIR`: the faces the agent would print, written as PNG files; nothing is issued. */
async function preview(
  context: CliContext,
  kind: 'id-card' | 'passport',
  values: { readonly applicant?: string; readonly printer?: string; readonly preview?: string },
): Promise<ExitCode> {
  if (values.applicant === undefined || values.applicant === '') {
    throw new UsageError(`issue ${kind} needs --applicant`)
  }
  if (values.preview === '') throw new UsageError('--preview needs a directory')
  const applicant = await readApplicantFile(path.resolve(context.cwd, values.applicant))
  const wanted = kind === 'id-card' ? 'TD1' : 'TD3'
  if (applicant.format !== wanted) throw new UsageError(`${kind} needs a ${wanted} applicant`)
  const dir = path.resolve(context.cwd, values.preview ?? '')
  const files = await withAgent(context, client =>
    keepFaces(client, applicant, values.printer || undefined, dir, 'preview'),
  )
  if (context.json) context.output.json({ faces: files })
  else for (const file of files) context.output.print(`face          ${file}`)
  return EXIT_CODES.ok
}

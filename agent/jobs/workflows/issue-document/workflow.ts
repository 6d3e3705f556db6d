import type { ApduTransport } from '../../../../drivers/transport/types'
import type { CapturedFinger, FingerprintScanner } from '../../../../drivers/core/fingerprint'
import { AgentError, toAgentError } from '../../../../drivers/core/errors'
import type { Logger } from '../../../../drivers/core/logger'
import type { FeedTarget, Printer, PrintFace } from '../../../../drivers/core/printer'
import type { v1 } from '../../../../protocol'
import type { JobResultSummary } from '../../journal'
import type {
  JobControl,
  PersonalizationEngine,
  PreparedPersonalization,
  ReaderAccess,
} from '../../personalization-engine'
import type { Step, StepContext, StepMachineHooks, WorkflowDefinition } from '../../step-machine'
import { captureFingers } from './capture-fingers'
import type { IssueRequest } from './issue-request'
import { withAttention } from './printer-attention'

/** What the steps share: the request, the devices, and what earlier steps found. */
export interface IssueRun {
  readonly request: IssueRequest
  readonly attachments: readonly Buffer[]
  readonly control: JobControl
  readonly printer: Printer
  readonly feedTarget: FeedTarget
  /** Decoded at accept time, checked against the printer's raster. */
  readonly faces: readonly PrintFace[]
  readonly personalization: PersonalizationEngine
  /** Prepared at accept time from the request alone (no fingers yet when the job captures). */
  readonly preparedAtAccept: PreparedPersonalization
  readonly readers: ReaderAccess
  readonly scanner?: FingerprintScanner
  readonly quality: (finger: CapturedFinger) => number
  readonly dg3BudgetBytes: number
  /** How long the chip may take to show up in the encoder once the printer parked it. */
  readonly chipWaitMs: number
  /** The job's hooks, for the personalization sub-steps' journal entries. */
  readonly hooks: StepMachineHooks
  readonly percent: () => number
  readonly logger: Logger
  found: {
    prepared?: PreparedPersonalization
    fingersCaptured: number
    mediumInside: boolean
    facesPrinted: number
    chip?: JobResultSummary
  }
}

const captureFingerprints: Step<IssueRun> = {
  name: 'capture-fingerprints',
  weight: 2,
  async run(context) {
    const run = context.data
    const plan = run.request.fingerprints
    if (plan === undefined || run.scanner === undefined) {
      run.found.prepared = run.preparedAtAccept
      return
    }
    const records = await captureFingers({
      scanner: run.scanner,
      plan,
      quality: run.quality,
      budgetBytes: run.dg3BudgetBytes,
      signal: context.signal,
      progress: fraction => {
        context.progress(fraction)
      },
    })
    run.found.fingersCaptured = records.length
    // Without EAC no inspection system could read DG3: the fingers stay off the chip.
    const onChip = run.personalization.extendedAccessControl === true ? records : []
    if (onChip.length === 0) {
      run.found.prepared = run.preparedAtAccept
      return
    }
    // The chip's files are built again with the fingers in DG3; the rest was checked at accept.
    const face = run.attachments[run.request.faceAttachment - 1] ?? Buffer.alloc(0)
    run.found.prepared = await run.personalization.prepare(
      personalizeBody(run.request, onChip.length),
      [face, ...onChip],
      context.signal,
      { atPrinterStation: true },
    )
  },
}

/** The PersonalizeCard the chip part runs: face in attachment 1, fingers in 2…n+1. */
export function personalizeBody(request: IssueRequest, fingers: number): v1.IPersonalizeCard {
  return {
    deviceId: request.encoderId,
    document: request.document,
    faceAttachment: 1,
    fingerAttachments: Array.from({ length: fingers }, (_, index) => index + 2),
    activeAuthentication: request.activeAuthentication,
  }
}

/**
 * A blank medium from the feeder to the encoding station. Once the printer may have taken one
 * (success, a fault, a lost link) the job owns a medium: from then on any failure rejects it and
 * the job ends spoiled. Attention states (feeder empty, cover open) took nothing and are prompts.
 */
const feed: Step<IssueRun> = {
  name: 'feed',
  async run(context) {
    const run = context.data
    try {
      await withAttention(context, () =>
        run.printer.feed(run.feedTarget, { signal: context.signal }),
      )
    } catch (error) {
      const failure = toAgentError(error)
      if (await mayHoldMedium(run, failure)) takeMedium(run)
      throw failure
    }
    takeMedium(run)
  },
}

/**
 * After a failed feed: did the printer take a card anyway? An attention state, a cancel or a
 * refusal took nothing; otherwise the printer is asked, and a printer that cannot say counts as
 * holding one.
 */
async function mayHoldMedium(run: IssueRun, failure: AgentError): Promise<boolean> {
  // BAD_STATE: the printer refused before moving anything, e.g. another job's card still inside
  // (that card is not this job's to reject: a technician clears it with `printer reject`).
  if (['PRINTER_ATTENTION', 'CANCELED', 'BAD_STATE'].includes(failure.code)) return false
  if (failure.code === 'PRINTER_FAULT') return true
  try {
    const status = await run.printer.status()
    return status.position !== 'none' || status.faults.length > 0
  } catch {
    return true
  }
}

function takeMedium(run: IssueRun): void {
  run.control.markMediumTaken()
  run.found.mediumInside = true
}

/** Waits for the chip the printer parked to appear in the encoder (pcscd polls readers). */
async function waitForChip(apdu: ApduTransport, timeoutMs: number, signal: AbortSignal) {
  if (apdu.card.present) return
  await new Promise<void>((resolve, reject) => {
    const done = (error?: AgentError) => {
      clearTimeout(timer)
      apdu.events.off('card', onCard)
      signal.removeEventListener('abort', onAbort)
      if (error) reject(error)
      else resolve()
    }
    const onCard = () => {
      if (apdu.card.present) done()
    }
    const onAbort = () => {
      done(new AgentError('CANCELED', 'canceled'))
    }
    const timer = setTimeout(() => {
      done(
        new AgentError('BAD_STATE', 'no chip appeared in the encoder at the printer station', {
          details: { reason: 'no-chip-at-station', step: 'personalize' },
        }),
      )
    }, timeoutMs)
    apdu.events.on('card', onCard)
    signal.addEventListener('abort', onAbort, { once: true })
  })
}

/** The whole personalize-card workflow on the parked card, its steps journaled as chip-<step>. */
const personalize: Step<IssueRun> = {
  name: 'personalize',
  weight: 6,
  async run(context) {
    const run = context.data
    const prepared = run.found.prepared ?? run.preparedAtAccept
    await run.readers.withReader(run.request.encoderId, driver =>
      waitForChip(driver.apdu, run.chipWaitMs, context.signal),
    )
    const control: JobControl = {
      ...run.control,
      setResult: summary => {
        run.found.chip = summary
      },
    }
    const outcome = await prepared.run(control, {
      signal: context.signal,
      hooks: {
        onStep: (step, percent, attempt) => {
          context.progress(percent / 100)
          run.hooks.onStep?.(`chip-${step}`, run.percent(), attempt)
        },
        onProgress: (_step, percent) => {
          context.progress(percent / 100)
        },
        onCleanupFailed: (step, error) => {
          run.hooks.onCleanupFailed?.(`chip-${step}`, error)
        },
        ...(run.hooks.prompt === undefined
          ? {}
          : {
              prompt: (step, request, signal) =>
                run.hooks.prompt?.(step, request, signal) ?? Promise.resolve('cancel'),
            }),
      },
    })
    if (outcome.state === 'failed') throw outcome.error
    if (outcome.state === 'canceled') throw new AgentError('CANCELED', 'canceled')
  },
}

const print: Step<IssueRun> = {
  name: 'print',
  weight: 3,
  async run(context) {
    const run = context.data
    await withAttention(context, () => run.printer.print(run.faces, { signal: context.signal }))
    run.found.facesPrinted = run.faces.length
  },
}

/** Out as good: only after the chip passed its read-back and the faces printed. */
const eject: Step<IssueRun> = {
  name: 'eject',
  async run(context) {
    const run = context.data
    await withAttention(context, () => run.printer.eject({ signal: context.signal }))
    run.found.mediumInside = false
    run.logger.info('medium ejected', { event: 'job.medium-ejected', jobId: context.jobId })
    run.control.setResult({
      ...run.found.chip,
      encoderId: run.request.encoderId,
      facesPrinted: run.found.facesPrinted,
      fingersCaptured: run.found.fingersCaptured,
      mediumDisposition: 'ejected',
    })
  },
}

/**
 * Whatever happened, a medium still inside goes to the reject box (a latched fault is cleared
 * by the reject). A reject box that is full is a prompt while the client is there to answer.
 */
const rejectLeftover: Step<IssueRun> = {
  name: 'reject-medium',
  async run(context: StepContext<IssueRun>) {
    const run = context.data
    if (!run.found.mediumInside) return
    await withAttention(context, () => run.printer.reject({ signal: context.signal }))
    run.found.mediumInside = false
    run.logger.warn('medium rejected', { event: 'job.medium-rejected', jobId: context.jobId })
  },
}

export const ISSUE_DOCUMENT: WorkflowDefinition<IssueRun> = {
  name: 'issue-document',
  version: 1,
  steps: [captureFingerprints, feed, personalize, print, eject],
  cleanup: [rejectLeftover],
}

import { AgentError, toAgentError } from '../../drivers/core/errors'
import type { ErrorCode } from '../../drivers/core/error-codes'

/**
 * An operator prompt a step raises and waits on (libfprint-style: the device needs a person).
 * `kind` is a stable name the front-end maps to its own wording; `message` is a PII-free hint.
 */
export interface PromptRequest {
  readonly kind: string
  readonly message: string
}

export type PromptAnswer = 'continue' | 'cancel'

export interface StepContext<D> {
  readonly jobId: string
  readonly step: string
  readonly attempt: number
  readonly data: D
  /** Aborts on CancelJob, on the job's deadline and on agent shutdown. */
  readonly signal: AbortSignal
  /** Progress inside the step, 0–1; the machine maps it onto the job's percentage. */
  progress(fraction: number): void
  /** Waits for an operator's Continue or Cancel; rejects CANCELED when the job is canceled. */
  prompt(request: PromptRequest): Promise<PromptAnswer>
}

export interface Step<D> {
  /** Kebab-case; appears in logs, events, errors and the journal. */
  readonly name: string
  /** Share of the job's progress bar; default 1. */
  readonly weight?: number
  readonly retry?: {
    readonly attempts: number
    readonly delayMs: number
    readonly on: readonly ErrorCode[]
  }
  run(context: StepContext<D>): Promise<void>
}

export interface WorkflowDefinition<D> {
  readonly name: string
  readonly version: number
  readonly steps: readonly Step<D>[]
  /** Run after success, failure or cancel, in order; their failures are reported, not thrown. */
  readonly cleanup: readonly Step<D>[]
}

export type JobOutcome =
  | { readonly state: 'succeeded' }
  | { readonly state: 'failed'; readonly failedStep: string; readonly error: AgentError }
  | { readonly state: 'canceled'; readonly atStep: string }

/**
 * What the machine tells its owner. `onStep` is called synchronously before a step's first
 * action, so an owner that commits it to the journal there has it on disk before the device
 * acts. `onProgress` is throttled by the owner, not here.
 */
export interface StepMachineHooks {
  onStep?(step: string, percent: number, attempt: number): void
  onProgress?(step: string, percent: number): void
  onCleanupFailed?(step: string, error: AgentError): void
  prompt?(step: string, request: PromptRequest, signal: AbortSignal): Promise<PromptAnswer>
}

export interface RunOptions<D> {
  readonly jobId: string
  readonly data: D
  readonly signal: AbortSignal
  readonly hooks?: StepMachineHooks
  /** Between retry attempts; tests inject an immediate one. */
  readonly sleep?: (ms: number, signal: AbortSignal) => Promise<void>
}

/**
 * Runs a workflow's steps in order, then every cleanup step whatever happened (the fpi-ssm
 * model). Never rejects: a failure is an outcome naming its step, and a cancel — the signal, or
 * an operator answering Cancel — is an outcome naming the step it stopped.
 */
export async function runWorkflow<D>(
  workflow: WorkflowDefinition<D>,
  options: RunOptions<D>,
): Promise<JobOutcome> {
  const { hooks = {}, signal } = options
  const total = workflow.steps.reduce((sum, step) => sum + (step.weight ?? 1), 0)
  let done = 0
  let outcome: JobOutcome = { state: 'succeeded' }
  for (const step of workflow.steps) {
    const base = done
    const percentAt = (fraction: number): number =>
      Math.min(100, Math.floor(((base + (step.weight ?? 1) * clamp(fraction)) / total) * 100))
    if (signal.aborted) {
      outcome = { state: 'canceled', atStep: step.name }
      break
    }
    const result = await runStep(step, options, percentAt, hooks)
    if (result !== undefined) {
      outcome = result
      break
    }
    done += step.weight ?? 1
  }
  // Cleanup sees no cancel: a canceled job must still eject or reject its card.
  const cleanupSignal = new AbortController().signal
  for (const step of workflow.cleanup) {
    try {
      await step.run(contextFor(step, options, cleanupSignal, 1, () => undefined, hooks))
    } catch (error) {
      hooks.onCleanupFailed?.(step.name, toAgentError(error))
    }
  }
  return outcome
}

async function runStep<D>(
  step: Step<D>,
  options: RunOptions<D>,
  percentAt: (fraction: number) => number,
  hooks: StepMachineHooks,
): Promise<JobOutcome | undefined> {
  const retry = step.retry
  const attempts = Math.max(1, retry?.attempts ?? 1)
  const sleep = options.sleep ?? abortableSleep
  for (let attempt = 1; ; attempt += 1) {
    hooks.onStep?.(step.name, percentAt(0), attempt)
    const progress = (fraction: number) => hooks.onProgress?.(step.name, percentAt(fraction))
    try {
      await step.run(contextFor(step, options, options.signal, attempt, progress, hooks))
      return undefined
    } catch (error) {
      const failure = toAgentError(error)
      if (options.signal.aborted || failure.code === 'CANCELED') {
        return { state: 'canceled', atStep: step.name }
      }
      if (retry === undefined || !retry.on.includes(failure.code) || attempt >= attempts) {
        return { state: 'failed', failedStep: step.name, error: failure }
      }
      try {
        await sleep(retry.delayMs, options.signal)
      } catch {
        return { state: 'canceled', atStep: step.name }
      }
    }
  }
}

function contextFor<D>(
  step: Step<D>,
  options: RunOptions<D>,
  signal: AbortSignal,
  attempt: number,
  progress: (fraction: number) => void,
  hooks: StepMachineHooks,
): StepContext<D> {
  return {
    jobId: options.jobId,
    step: step.name,
    attempt,
    data: options.data,
    signal,
    progress,
    prompt: async request => {
      if (hooks.prompt === undefined) {
        throw new AgentError('BAD_STATE', 'this job cannot ask an operator', {
          details: { step: step.name, reason: 'no-operator' },
        })
      }
      const answer = await hooks.prompt(step.name, request, signal)
      if (answer === 'cancel') {
        throw new AgentError('CANCELED', 'the operator canceled the job', {
          details: { step: step.name, reason: 'operator' },
        })
      }
      return answer
    },
  }
}

function clamp(fraction: number): number {
  return Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0
}

function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(new AgentError('CANCELED', 'canceled'))
      return
    }
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    const onAbort = () => {
      clearTimeout(timer)
      reject(new AgentError('CANCELED', 'canceled'))
    }
    signal.addEventListener('abort', onAbort, { once: true })
  })
}

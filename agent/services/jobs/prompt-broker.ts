import { randomUUID } from 'node:crypto'
import { AgentError } from '../../../drivers/core/errors'
import type { PromptAnswer, PromptRequest } from '../../jobs/step-machine'

interface Pending {
  readonly jobId: string
  readonly request: PromptRequest
  readonly resolve: (answer: PromptAnswer) => void
}

/**
 * Operator prompts waiting for AnswerPrompt, by prompt id. A prompt ends with its answer, or with
 * CANCELED when its job is canceled (the signal) — never left hanging.
 */
export class PromptBroker {
  private readonly pending = new Map<string, Pending>()

  constructor(private readonly newId: () => string = randomUUID) {}

  /** Registers a prompt; `announce` publishes it once the id exists. */
  ask(
    jobId: string,
    request: PromptRequest,
    signal: AbortSignal,
    announce: (promptId: string) => void,
  ): Promise<PromptAnswer> {
    return new Promise<PromptAnswer>((resolve, reject) => {
      const promptId = this.newId()
      const onAbort = () => {
        this.pending.delete(promptId)
        reject(new AgentError('CANCELED', 'the job was canceled', { details: { jobId } }))
      }
      if (signal.aborted) {
        onAbort()
        return
      }
      signal.addEventListener('abort', onAbort, { once: true })
      this.pending.set(promptId, {
        jobId,
        request,
        resolve: answer => {
          signal.removeEventListener('abort', onAbort)
          this.pending.delete(promptId)
          resolve(answer)
        },
      })
      announce(promptId)
    })
  }

  /** BAD_STATE when no prompt of this job has the id (answered already, or never asked). */
  answer(jobId: string, promptId: string, answer: PromptAnswer): void {
    const pending = this.pending.get(promptId)
    if (pending?.jobId !== jobId) {
      throw new AgentError('BAD_STATE', 'the job is not waiting for this prompt', {
        details: { jobId, reason: 'no-such-prompt' },
      })
    }
    pending.resolve(answer)
  }

  /** The prompt a job waits on, for GetJob callers that missed the event. */
  openFor(
    jobId: string,
  ): { readonly promptId: string; readonly request: PromptRequest } | undefined {
    for (const [promptId, entry] of this.pending) {
      if (entry.jobId === jobId) return { promptId, request: entry.request }
    }
    return undefined
  }
}

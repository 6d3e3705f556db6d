import { createHash } from 'node:crypto'
import { AgentError, toAgentError } from '../../../drivers/core/errors'
import type { Logger } from '../../../drivers/core/logger'
import { v1 } from '../../../protocol'
import type {
  DocumentType,
  JobJournal,
  JobKind,
  JobRecord,
  JobResultSummary,
} from '../../jobs/journal'
import type { IssuanceEngine } from '../../jobs/workflows/issue-document/engine'
import type { JobOutcome, StepMachineHooks } from '../../jobs/step-machine'
import type {
  JobControl,
  PersonalizationEngine,
  PreparedPersonalization,
} from '../../jobs/personalization-engine'
import { requireLease } from '../../server/require-lease'
import type { EventStream } from '../../server/event-stream'
import { sessionOf, type CommandHandler, type RequestContext } from '../../server/handler'
import type { LeaseTable } from '../../server/leases'
import { jobStateFromWire, wireJob } from './job-view'
import { PromptBroker } from './prompt-broker'
import { JobEventLog } from './job-event-log'

export interface JobServiceOptions {
  readonly journal: JobJournal
  readonly leases: LeaseTable
  readonly stream: EventStream
  readonly logger: Logger
  /** Numbers and keeps job events for replay to late subscribers; one of its own when absent. */
  readonly events?: JobEventLog
  /** Absent: personalization is not configured here (no signer), and PersonalizeCard says so. */
  readonly personalization?: PersonalizationEngine
  /** Absent where personalization is: IssueIdCard and IssuePassport need both. */
  readonly issuance?: IssuanceEngine
}

/** What submit() needs of one kind of job request. */
interface Submission {
  readonly kind: JobKind
  /** The request's own encoding, for the idempotency digest. */
  readonly encoded: Uint8Array
  /** The document number a replay is checked against. */
  readonly documentNumber: string
  /** The device a lease check comes first on, and the job's device in the journal. */
  readonly deviceId: string
  readonly prepare: () => Promise<{
    readonly documentNumber: string
    readonly documentType: DocumentType
    readonly deviceIds: readonly string[]
    run: PreparedPersonalization['run']
  }>
  /** Issuance: the job ends, its medium rejected, if the client's lease on this device ends. */
  readonly watchLeaseOn?: string
}

interface Running {
  readonly controller: AbortController
  readonly done: Promise<void>
  /** The live step and percent, which the journal holds only at step boundaries. */
  percent: number
}

const MAX_LIST = 500

/**
 * Jobs as clients see them: PersonalizeCard accepts and runs a job in the background, GetJob and
 * ListJobs read the journal, CancelJob and AnswerPrompt steer a running job, ResolveJob settles
 * an interrupted one. Only the key that started a job, or a technician, may cancel it or answer
 * its prompts. Progress and prompts are events on "job/<id>". A job outlives the session
 * that started it: its client may reconnect and ask GetJob.
 */
export class JobService {
  private readonly running = new Map<string, Running>()
  private readonly prompts = new PromptBroker()
  private stopping = false
  private readonly events: JobEventLog

  constructor(private readonly options: JobServiceOptions) {
    this.events = options.events ?? new JobEventLog(options.stream)
  }

  /** Marks jobs a crash left running as interrupted; call before serving requests. */
  recover(): readonly JobRecord[] {
    const interrupted = this.options.journal.recoverInterrupted()
    for (const job of interrupted) {
      this.options.logger.warn('job interrupted by a restart', {
        event: 'job.interrupted',
        jobId: job.id,
        deviceId: job.deviceId,
        ...(job.chipSerial === null ? {} : { chipSerial: job.chipSerial }),
        ...(job.step === null ? {} : { step: job.step }),
      })
    }
    return interrupted
  }

  /** Resolves when the job is no longer running here (at once for a job that is not). */
  async settled(jobId: string): Promise<void> {
    await this.running.get(jobId)?.done
  }

  /** Cancels every running job and waits for its cleanup (agent shutdown). */
  async stop(): Promise<void> {
    // Nobody answers a prompt during a shutdown: cleanup steps give up instead of waiting.
    this.stopping = true
    const all = [...this.running.values()]
    for (const job of all) job.controller.abort(new AgentError('SHUTTING_DOWN', 'agent stopping'))
    await Promise.all(all.map(job => job.done))
  }

  handlers(): {
    personalizeCard: CommandHandler<'personalizeCard'>
    issueIdCard: CommandHandler<'issueIdCard'>
    issuePassport: CommandHandler<'issuePassport'>
    getJob: CommandHandler<'getJob'>
    listJobs: CommandHandler<'listJobs'>
    cancelJob: CommandHandler<'cancelJob'>
    answerPrompt: CommandHandler<'answerPrompt'>
    resolveJob: CommandHandler<'resolveJob'>
  } {
    const { journal } = this.options
    return {
      personalizeCard: {
        requiresSession: true,
        run: (body, context) => this.personalize(body, context),
      },
      issueIdCard: {
        requiresSession: true,
        run: (body, context) =>
          this.submit(context, {
            kind: 'issue-id-card',
            encoded: v1.IssueIdCard.encode(body).finish(),
            documentNumber: body.document?.documentNumber || (body.applicant?.documentNumber ?? ''),
            deviceId: body.printerId ?? '',
            watchLeaseOn: body.printerId ?? '',
            prepare: () =>
              this.issuance().prepare(
                { kind: 'issue-id-card', body },
                context.attachments,
                context.signal,
              ),
          }),
      },
      issuePassport: {
        requiresSession: true,
        run: (body, context) =>
          this.submit(context, {
            kind: 'issue-passport',
            encoded: v1.IssuePassport.encode(body).finish(),
            documentNumber: body.document?.documentNumber || (body.applicant?.documentNumber ?? ''),
            deviceId: body.printerId ?? '',
            watchLeaseOn: body.printerId ?? '',
            prepare: () =>
              this.issuance().prepare(
                { kind: 'issue-passport', body },
                context.attachments,
                context.signal,
              ),
          }),
      },
      getJob: {
        requiresSession: true,
        run: body => ({ result: { job: this.view(body.jobId ?? '') } }),
      },
      listJobs: {
        requiresSession: true,
        run: body => {
          const limit = Math.min(body.limit || 50, MAX_LIST)
          const states = (body.states ?? []).map(state => {
            const name = jobStateFromWire(state)
            if (name === undefined) {
              throw new AgentError('INVALID_ARGUMENT', 'unknown job state', {
                details: { field: 'states', reason: 'unknown-state' },
              })
            }
            return name
          })
          const jobs = journal.list({
            limit: limit + 1,
            ...(states.length > 0 ? { states } : {}),
            ...(body.before ? { before: body.before } : {}),
          })
          const page = jobs.slice(0, limit)
          return {
            result: {
              jobs: page.map(wireJob),
              nextBefore: jobs.length > limit ? (page.at(-1)?.id ?? '') : '',
            },
          }
        },
      },
      cancelJob: {
        requiresSession: true,
        run: async (body, context) => {
          const jobId = body.jobId ?? ''
          const job = journal.get(jobId)
          requireStarter(job, context, 'CancelJob')
          const running = this.running.get(jobId)
          if (running === undefined) {
            throw new AgentError('BAD_STATE', 'the job is not running', {
              details: { jobId, reason: `job-${job.state}` },
            })
          }
          running.controller.abort(new AgentError('CANCELED', 'canceled by CancelJob'))
          await running.done
          return { result: { job: wireJob(journal.get(jobId)) } }
        },
      },
      answerPrompt: {
        requiresSession: true,
        run: (body, context) => {
          requireStarter(journal.get(body.jobId ?? ''), context, 'AnswerPrompt')
          const answer =
            body.answer === v1.PromptAnswer.PROMPT_ANSWER_CONTINUE
              ? 'continue'
              : body.answer === v1.PromptAnswer.PROMPT_ANSWER_CANCEL
                ? 'cancel'
                : undefined
          if (answer === undefined) {
            throw new AgentError('INVALID_ARGUMENT', 'answer CONTINUE or CANCEL', {
              details: { field: 'answer', reason: 'unspecified' },
            })
          }
          this.prompts.answer(body.jobId ?? '', body.promptId ?? '', answer)
          return { result: {} }
        },
      },
      resolveJob: {
        requiresSession: true,
        role: 'technician',
        run: (body, context) => {
          const resolution =
            body.resolution === v1.JobResolution.JOB_RESOLUTION_ISSUED
              ? 'issued'
              : body.resolution === v1.JobResolution.JOB_RESOLUTION_SPOILED
                ? 'spoiled'
                : undefined
          if (resolution === undefined) {
            throw new AgentError(
              'INVALID_ARGUMENT',
              'resolve as RESOLVED_SPOILED or RESOLVED_ISSUED',
              {
                details: { field: 'resolution', reason: 'unspecified' },
              },
            )
          }
          const session = sessionOf(context)
          const job = journal.resolve(
            body.jobId ?? '',
            resolution,
            session.keyName,
            body.note ? body.note : undefined,
          )
          this.options.logger.info('job resolved', {
            event: 'job.resolved',
            jobId: job.id,
            keyName: session.keyName,
            reason: resolution,
          })
          return { result: { job: wireJob(job) } }
        },
      },
    }
  }

  private personalize(
    body: v1.IPersonalizeCard,
    context: RequestContext,
  ): Promise<{ result: v1.IPersonalizeCardResult }> {
    const deviceId = body.deviceId ?? ''
    return this.submit(context, {
      kind: 'personalize-card',
      encoded: v1.PersonalizeCard.encode(body).finish(),
      documentNumber: body.document?.documentNumber ?? '',
      deviceId,
      prepare: async () => {
        const engine = this.options.personalization
        if (engine === undefined) throw signerMissing()
        const prepared = await engine.prepare(body, context.attachments, context.signal)
        return {
          ...pick(prepared),
          deviceIds: [deviceId],
          run: (control, options) => prepared.run(control, options),
        }
      },
    })
  }

  private issuance(): IssuanceEngine {
    const engine = this.options.issuance
    if (engine === undefined) throw signerMissing()
    return engine
  }

  /**
   * Accepts a job: a replay of its idempotency key is answered from the journal before anything
   * is validated or signed again; otherwise the caller must hold every device's lease, the
   * request is validated and built (nothing journaled yet), begun in the journal and launched.
   */
  private async submit(
    context: RequestContext,
    submission: Submission,
  ): Promise<{ result: { job: v1.IJob; replayed: boolean } }> {
    const { journal, leases, logger } = this.options
    const session = sessionOf(context)
    if (context.idempotencyKey === '') {
      throw new AgentError('INVALID_ARGUMENT', 'this job needs an idempotency_key', {
        details: { field: 'idempotency_key', reason: 'missing' },
      })
    }
    const requestHash = digestRequest(submission.kind, submission.encoded, context.attachments)
    const first = journal.findByIdempotencyKey(context.idempotencyKey, session.keyName)
    if (first !== undefined) {
      // begin() compares the request and answers IDEMPOTENCY_CONFLICT when it differs.
      const job = journal.begin({
        kind: submission.kind,
        scope: session.keyName,
        idempotencyKey: context.idempotencyKey,
        requestHash,
        documentNumber: submission.documentNumber,
        documentType: first.documentType,
        deviceId: first.deviceId,
      }).job
      logger.info('job replayed', {
        event: 'job.replayed',
        jobId: job.id,
        keyName: session.keyName,
      })
      return { result: { job: wireJob(job), replayed: true } }
    }
    if (leases.forDevice(submission.deviceId)?.sessionId !== session.id) {
      throw new AgentError('BAD_STATE', 'claim the device before starting the job', {
        details: { deviceId: submission.deviceId, reason: 'not-claimed' },
      })
    }
    const prepared = await submission.prepare()
    for (const deviceId of prepared.deviceIds) requireLease(leases, deviceId, context)
    const { job, created } = journal.begin({
      kind: submission.kind,
      scope: session.keyName,
      idempotencyKey: context.idempotencyKey,
      requestHash,
      documentNumber: prepared.documentNumber,
      documentType: prepared.documentType,
      deviceId: submission.deviceId,
    })
    if (!created) return { result: { job: wireJob(job), replayed: true } }
    logger.info('job accepted', {
      event: 'job.accepted',
      jobId: job.id,
      workflow: job.kind,
      deviceId: submission.deviceId,
      keyName: session.keyName,
    })
    this.launch(job.id, prepared.run, submission.watchLeaseOn, session.id)
    return { result: { job: wireJob(journal.get(job.id)), replayed: false } }
  }

  private launch(
    jobId: string,
    run: PreparedPersonalization['run'],
    watchLeaseOn: string | undefined,
    sessionId: string,
  ): void {
    const { journal, logger, leases } = this.options
    const controller = new AbortController()
    let clientGone = false
    const onLease = (deviceId: string) => {
      if (deviceId !== watchLeaseOn || leases.forDevice(deviceId)?.sessionId === sessionId) return
      if (clientGone) return
      clientGone = true
      logger.warn('job lost its client', { event: 'job.client-gone', jobId, deviceId })
      controller.abort(
        new AgentError('CANCELED', "the client's lease ended", {
          details: { reason: 'client-gone' },
        }),
      )
    }
    if (watchLeaseOn !== undefined) leases.events.on('changed', onLease)
    const publish = () => {
      this.events.publish(jobId, { jobChanged: { job: this.view(jobId) } })
    }
    let result: JobResultSummary = {}
    let wrote = false
    let mediumTaken = false
    const control: JobControl = {
      jobId,
      bindChip: serial => {
        journal.bindChip(jobId, serial)
      },
      markWriting: () => {
        if (wrote) return
        journal.markWriting(jobId)
        wrote = true
      },
      setResult: summary => {
        result = summary
      },
      markMediumTaken: () => {
        mediumTaken = true
      },
    }
    const hooks: StepMachineHooks = {
      onStep: (step, percent) => {
        journal.step(jobId, step, percent)
        const entry = this.running.get(jobId)
        if (entry) entry.percent = percent
        logger.info('job step', { event: 'job.step', jobId, step, percent })
        publish()
      },
      onProgress: (_step, percent) => {
        const entry = this.running.get(jobId)
        if (entry === undefined || percent <= entry.percent) return
        entry.percent = percent
        publish()
      },
      onCleanupFailed: (step, error) => {
        logger.warn('job cleanup step failed', {
          event: 'job.cleanup-failed',
          jobId,
          step,
          code: error.code,
        })
      },
      prompt: (step, request, signal) => {
        // Nobody is left to answer: a cleanup step (a full reject box) gives up at once.
        if (clientGone || this.stopping) {
          return Promise.reject(
            new AgentError('CANCELED', 'the client is gone', {
              details: { reason: 'client-gone' },
            }),
          )
        }
        return this.prompts.ask(jobId, request, signal, promptId => {
          logger.info('job waits for an operator', {
            event: 'job.prompt',
            jobId,
            step,
            reason: request.kind,
          })
          this.events.publish(jobId, {
            jobPrompt: { jobId, promptId, kind: request.kind, message: request.message },
          })
        })
      },
    }
    const started = performance.now()
    const execute = async () => {
      journal.start(jobId)
      publish()
      let outcome: JobOutcome
      try {
        outcome = await run(control, { signal: controller.signal, hooks })
      } catch (error) {
        outcome = { state: 'failed', failedStep: 'run', error: toAgentError(error) }
      }
      this.finish(
        jobId,
        outcome,
        result,
        wrote || mediumTaken,
        Math.round(performance.now() - started),
      )
      publish()
    }
    const entry: Running = {
      controller,
      percent: 0,
      done: execute()
        .catch((error: unknown) => {
          // The journal refused a transition (disk full, a bug): the job stays live in the
          // journal and becomes interrupted at the next start, which is the safe reading.
          logger.error('job could not be journaled', {
            event: 'job.failed',
            jobId,
            err: toAgentError(error),
          })
        })
        .finally(() => {
          leases.events.off('changed', onLease)
          this.running.delete(jobId)
        }),
    }
    this.running.set(jobId, entry)
  }

  private finish(
    jobId: string,
    outcome: JobOutcome,
    result: JobResultSummary,
    wrote: boolean,
    durationMs: number,
  ): void {
    const { journal, logger } = this.options
    switch (outcome.state) {
      case 'succeeded':
        journal.succeed(jobId, { ...result, durationMs })
        logger.info('job succeeded', {
          event: 'job.succeeded',
          jobId,
          durationMs,
          count: typeof result.apduCount === 'number' ? result.apduCount : undefined,
        })
        return
      case 'failed':
        journal.fail(
          jobId,
          {
            code: outcome.error.code,
            message: outcome.error.message,
            failedStep: outcome.failedStep,
          },
          { spoiled: wrote },
        )
        logger.warn(wrote ? 'job failed, card spoiled' : 'job failed', {
          event: wrote ? 'job.spoiled' : 'job.failed',
          jobId,
          step: outcome.failedStep,
          code: outcome.error.code,
        })
        return
      case 'canceled':
        if (wrote) {
          journal.fail(
            jobId,
            { code: 'CANCELED', message: 'canceled after writing', failedStep: outcome.atStep },
            { spoiled: true },
          )
        } else {
          journal.cancel(jobId, outcome.atStep)
        }
        logger.info('job canceled', {
          event: wrote ? 'job.spoiled' : 'job.canceled',
          jobId,
          step: outcome.atStep,
        })
        return
    }
  }

  /** The journal's job with what only memory knows: progress inside a step, an open prompt. */
  private view(jobId: string): v1.IJob {
    const job = {
      ...wireJob(this.options.journal.get(jobId)),
      eventSeq: this.events.lastSeq(jobId),
    }
    const live = this.running.get(jobId)
    if (live === undefined) return job
    const open = this.prompts.openFor(jobId)
    return {
      ...job,
      percent: Math.max(live.percent, job.percent ?? 0),
      ...(open === undefined
        ? {}
        : {
            pendingPrompt: {
              jobId,
              promptId: open.promptId,
              kind: open.request.kind,
              message: open.request.message,
            },
          }),
    }
  }
}

/**
 * SHA-256 over the job kind, the command and every attachment: the same idempotency key with
 * another request (even another image) is a conflict, not a replay.
 */
function digestRequest(kind: JobKind, encoded: Uint8Array, attachments: readonly Buffer[]): Buffer {
  const hash = createHash('sha256').update(kind).update(encoded)
  for (const attachment of attachments) {
    hash.update(createHash('sha256').update(attachment).digest())
  }
  return hash.digest()
}

/**
 * Steering a job (cancel, answer a prompt) is for the key that started it, from any of its
 * sessions, or a technician; anyone else gets PERMISSION_DENIED and the job is left alone.
 */
function requireStarter(job: JobRecord, context: RequestContext, command: string): void {
  const session = sessionOf(context)
  if (session.role === 'technician' || session.keyName === job.scope) return
  throw new AgentError('PERMISSION_DENIED', `${command} is for the client that started the job`, {
    details: { jobId: job.id, command, reason: 'not-job-starter' },
  })
}

function signerMissing(): AgentError {
  return new AgentError('SIGNER_UNAVAILABLE', 'no document signer is configured (signer.type)', {
    details: { reason: 'not-configured' },
  })
}

function pick(prepared: PreparedPersonalization) {
  return { documentNumber: prepared.documentNumber, documentType: prepared.documentType }
}

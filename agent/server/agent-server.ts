import { Context, Router, XPublisher } from 'zeromq'
import type { Clock } from '../../drivers/core/clock'
import type { Logger } from '../../drivers/core/logger'
import { AgentError } from '../../drivers/core/errors'
import { CardService } from '../services/card/card-service'
import type { PersonalizationEngine, ReaderAccess } from '../jobs/personalization-engine'
import type { JobJournal } from '../jobs/journal'
import { JobService } from '../services/jobs/job-service'
import { JobEventLog } from '../services/jobs/job-event-log'
import { IssuanceEngine } from '../jobs/workflows/issue-document/engine'
import { DocumentService } from '../services/documents/document-service'
import { PrinterService } from '../services/printer/printer-service'
import { createFingerMatcher } from '../biometrics'
import type { FingerMatcher } from '../services/fingerprint/finger-matcher'
import { FingerprintService } from '../services/fingerprint/fingerprint-service'
import { statusHandler } from '../services/diagnostics/status-handler'
import { DeviceService, type DeviceSource } from '../services/devices/device-service'
import { StationPairings } from '../services/devices/station-pairing'
import type { PrinterEncoders } from '../config/schema'
import { systemHandlers } from '../services/system-service'
import { Dispatcher, type DispatchLimits } from './dispatch'
import { lockIpcEndpoint } from './endpoint-lock'
import { EventStream } from './event-stream'
import type { HandlerTable } from './handler'
import { KeyRevocation } from './key-revocation'
import { LeaseTable } from './leases'
import { SendQueue } from './send-queue'
import { SessionEvents } from './session-events'
import { SessionTable } from './sessions'
import { LogThrottle } from './throttle'
import { ZapHandler, type KeyLookup } from './zap-handler'

export interface AgentServerOptions {
  readonly endpoints: { readonly requests: string; readonly events: string }
  readonly agentKeys: { readonly publicKey: string; readonly secretKey: string }
  readonly lookup: KeyLookup
  /**
   * Revocation: every `recheckIntervalMs` (default 1000) and whenever `watch` reports a change,
   * the keys in use are looked up again and the revoked ones cut off (see KeyRevocation).
   * `watch` returns its disposer.
   */
  readonly keys?: {
    readonly recheckIntervalMs?: number
    readonly watch?: (onChange: () => void) => () => void
  }
  readonly fingerprint: (publicKey: string) => string
  readonly limits: DispatchLimits & {
    readonly sendQueueLimit: number
    readonly maxSessions: number
  }
  readonly sessions: { readonly heartbeatIntervalMs: number; readonly heartbeatTimeoutMs: number }
  readonly events: { readonly heartbeatIntervalMs: number; readonly sendHighWaterMark: number }
  readonly source: DeviceSource
  /** Which encoder sits at each printer station (configuration printers.encoders). */
  readonly printerEncoders?: PrinterEncoders
  readonly capabilities: () => readonly string[]
  readonly agentVersion: string
  readonly logger: Logger
  readonly clock: Clock
  /** Quality, extraction and comparison for fingerprint captures without device templates. */
  readonly fingerprintMatcher?: FingerMatcher
  /** The job journal and, where a signer is configured, personalization; absent in bare tests. */
  readonly jobs?: {
    readonly journal: JobJournal
    readonly personalization?: (readers: ReaderAccess) => PersonalizationEngine
    /** Limits of IssueIdCard / IssuePassport (they run wherever personalization does). */
    readonly issuance?: IssuanceLimits
  }
}

export interface IssuanceLimits {
  readonly chipWaitMs: number
  readonly dg3BudgetBytes: number
  readonly maxFaceImageBytes: number
  /** Overprint SPECIMEN on the faces the agent draws. */
  readonly specimen: boolean
}

export const DEFAULT_ISSUANCE_LIMITS: IssuanceLimits = {
  chipWaitMs: 5000,
  dg3BudgetBytes: 30_000,
  maxFaceImageBytes: 8 * 1024 * 1024,
  specimen: false,
}

const ZAP_DOMAIN = 'idstation'
// ZMQ_ROUTER_NOTIFY (draft) with ZMQ_NOTIFY_DISCONNECT: an empty message when a peer goes away.
const ZMQ_ROUTER_NOTIFY = 97
const ZMQ_NOTIFY_DISCONNECT = 2

/**
 * The agent's ZeroMQ face: a CURVE ROUTER for requests and a CURVE XPUB for events, both behind
 * the ZAP allow-list, in a context of their own (one ZAP handler per context).
 */
export class AgentServer {
  /** Absent when the server runs without a journal. */
  readonly jobs: JobService | undefined
  readonly sessions: SessionTable
  readonly leases: LeaseTable
  readonly stream: EventStream
  /** Job events by job, replayed to each new "job/<id>" subscription. */
  readonly jobEvents: JobEventLog
  private readonly context = new Context()
  private readonly router: Router
  private readonly publisher: XPublisher
  private readonly zap: ZapHandler
  private readonly replies: SendQueue
  private readonly eventQueue: SendQueue
  private readonly dispatcher: Dispatcher
  private readonly throttle: LogThrottle
  private readonly revocation: KeyRevocation
  private unwatchKeys: (() => void) | undefined
  private readonly unlocks: (() => void)[] = []
  private timers: NodeJS.Timeout[] = []
  private stopped = false

  constructor(private readonly options: AgentServerOptions) {
    const { limits, logger, clock } = options
    const now = () => clock.now()
    this.throttle = new LogThrottle(1000, now)
    this.sessions = new SessionTable({ maxSessions: limits.maxSessions }, now)
    this.leases = new LeaseTable(now)
    const curve = {
      context: this.context,
      curveServer: true,
      curvePublicKey: options.agentKeys.publicKey,
      curveSecretKey: options.agentKeys.secretKey,
      zapDomain: ZAP_DOMAIN,
      zapEnforceDomain: true,
      linger: 0,
    }
    this.router = new Router({
      ...curve,
      mandatory: true,
      // Never wait on one client's full pipe: its reply is dropped and the others go on.
      sendTimeout: 0,
      receiveHighWaterMark: 256,
      // libzmq disconnects a peer past this; the dispatcher answers PAYLOAD_TOO_LARGE below it.
      maxMessageSize: limits.maxRequestBytes * 2 + 65536,
      // Session liveness: libzmq PINGs every peer each interval and drops a connection from which
      // nothing (PONG, PING or request) arrived within the timeout; ROUTER_NOTIFY then ends the
      // session. A peer's libzmq answers by itself, so a client busy in a long job needs no Ping.
      heartbeatInterval: options.sessions.heartbeatIntervalMs,
      heartbeatTimeout: options.sessions.heartbeatTimeoutMs,
    })
    ;(
      this.router as unknown as { setInt32Option(option: number, value: number): void }
    ).setInt32Option(ZMQ_ROUTER_NOTIFY, ZMQ_NOTIFY_DISCONNECT)
    this.publisher = new XPublisher({
      ...curve,
      sendHighWaterMark: options.events.sendHighWaterMark,
      maxMessageSize: 1024,
    })
    // Every subscription reaches receiveSubscriptions, not only a topic's first: each follower of
    // a job gets that job's events replayed when its subscription arrives.
    this.publisher.verbosity = 'allSubs'
    this.zap = new ZapHandler({
      context: this.context,
      domain: ZAP_DOMAIN,
      lookup: options.lookup,
      fingerprint: options.fingerprint,
      logger,
      throttle: this.throttle,
    })
    this.revocation = new KeyRevocation({
      lookup: options.lookup,
      sessions: this.sessions,
      admitted: this.zap,
      cutSubscribers: () => this.cutSubscribers(),
      fingerprint: options.fingerprint,
      logger,
      throttle: this.throttle,
    })
    this.replies = new SendQueue(this.router, limits.sendQueueLimit, (frames, reason) => {
      const clientId = frames[0] ? Buffer.from(frames[0]).toString('latin1') : ''
      const suppressed = this.throttle.admit(`dropped:${clientId}:${reason}`)
      if (suppressed !== undefined)
        logger.warn('reply dropped', {
          event: 'reply.dropped',
          clientId,
          reason,
          count: suppressed + 1,
        })
    })
    this.eventQueue = new SendQueue(this.publisher, limits.sendQueueLimit, (_frames, reason) => {
      if (this.throttle.admit(`event-dropped:${reason}`) !== undefined)
        logger.warn('event dropped', { event: 'reply.dropped', reason })
    })
    this.stream = new EventStream(this.eventQueue, now)
    this.jobEvents = new JobEventLog(this.stream)
    const pairings = new StationPairings(options.printerEncoders)
    const devices = new DeviceService({
      source: options.source,
      leases: this.leases,
      sessions: this.sessions,
      stream: this.stream,
      logger,
      pairings,
    })
    const cards = new CardService({
      source: options.source,
      leases: this.leases,
      stream: this.stream,
      logger,
    })
    const printers = new PrinterService({ source: options.source, leases: this.leases, logger })
    const matcher = options.fingerprintMatcher ?? createFingerMatcher()
    const fingerprints = new FingerprintService({
      source: options.source,
      leases: this.leases,
      sessionEvents: new SessionEvents({
        sessions: this.sessions,
        stream: this.stream,
        now,
        reply: (routingId, frames) => {
          this.replies.push([routingId, ...frames])
        },
      }),
      logger,
      clock,
      matcher,
    })
    const jobs = options.jobs
    const personalization = jobs?.personalization?.(cards)
    const issuanceLimits = jobs?.issuance ?? DEFAULT_ISSUANCE_LIMITS
    this.jobs =
      jobs === undefined
        ? undefined
        : new JobService({
            journal: jobs.journal,
            leases: this.leases,
            stream: this.stream,
            events: this.jobEvents,
            logger,
            ...(personalization
              ? {
                  personalization,
                  issuance: new IssuanceEngine({
                    personalization,
                    readers: cards,
                    printers,
                    scanner: deviceId => fingerprints.scanner(deviceId),
                    quality: finger => matcher.quality(finger),
                    logger,
                    now: () => clock.now(),
                    encoderAt: (printerId, station) => pairings.encoderAt(printerId, station),
                    ...issuanceLimits,
                  }),
                }
              : {}),
          })
    const handlers: HandlerTable = {
      ...systemHandlers({
        agentVersion: options.agentVersion,
        agentKeys: options.agentKeys,
        lookup: options.lookup,
        fingerprint: options.fingerprint,
        sessions: this.sessions,
        clock,
        capabilities: options.capabilities,
        epoch: this.stream.epoch,
        heartbeatIntervalMs: options.sessions.heartbeatIntervalMs,
        heartbeatTimeoutMs: options.sessions.heartbeatTimeoutMs,
        maxRequestBytes: limits.maxRequestBytes,
      }),
      ...devices.handlers(),
      ...cards.handlers(),
      ...fingerprints.handlers(),
      ...printers.handlers(),
      ...new DocumentService({
        printer: deviceId => printers.printer(deviceId),
        clock,
        specimen: issuanceLimits.specimen,
        maxPortraitBytes: issuanceLimits.maxFaceImageBytes,
      }).handlers(),
      ...(this.jobs?.handlers() ?? jobsDisabled()),
      getStatus: statusHandler({
        agentVersion: options.agentVersion,
        startedAt: clock.now(),
        endpoints: options.endpoints,
        sessions: this.sessions,
        leases: this.leases,
        clock,
        requestsInFlight: () => this.dispatcher.requestsInFlight,
        eventSeq: () => this.stream.seq,
        deviceCount: () => options.source.list().length,
      }),
    }
    this.dispatcher = new Dispatcher({
      handlers,
      sessions: this.sessions,
      limits,
      logger,
      clock,
      throttle: this.throttle,
      reply: (routingId, frames) => {
        this.replies.push([routingId, ...frames])
      },
    })
  }

  /** Binds both endpoints; rejects if another agent holds them. */
  async start(): Promise<void> {
    const { endpoints, logger } = this.options
    this.unlocks.push(lockIpcEndpoint(endpoints.requests), lockIpcEndpoint(endpoints.events))
    await this.zap.start()
    await this.router.bind(endpoints.requests)
    await this.publisher.bind(endpoints.events)
    void this.receiveRequests()
    void this.receiveSubscriptions()
    this.timers = [
      setInterval(() => {
        this.stream.heartbeat()
      }, this.options.events.heartbeatIntervalMs),
      setInterval(() => {
        void this.recheckKeys()
      }, this.options.keys?.recheckIntervalMs ?? 1000),
    ]
    this.unwatchKeys = this.options.keys?.watch?.(() => {
      void this.recheckKeys()
    })
    logger.info('server listening', { event: 'server.listening', endpoint: endpoints.requests })
    logger.info('events published', { event: 'server.listening', endpoint: endpoints.events })
  }

  private async receiveRequests(): Promise<void> {
    try {
      for await (const message of this.router) this.dispatcher.handle(message)
    } catch (error) {
      if (!this.stopped)
        this.options.logger.error('request socket failed', {
          event: 'server.failed',
          err: error instanceof Error ? error : new Error(String(error)),
        })
    }
  }

  private async receiveSubscriptions(): Promise<void> {
    try {
      for await (const [frame] of this.publisher) {
        if (frame?.[0] === 1) this.jobEvents.replay(frame.subarray(1).toString('latin1'))
        if (frame && frame.length > 0 && this.options.logger.isDebugEnabled()) {
          this.options.logger.debug('subscription changed', {
            event: 'events.subscribed',
            state: frame[0] === 1 ? 'subscribe' : 'unsubscribe',
            bytes: frame.length - 1,
          })
        }
      }
    } catch {
      // Ends when the socket closes.
    }
  }

  /**
   * Looks every key in use up again now: sessions of a revoked key close (their leases and jobs
   * end as on a disconnect) and event subscribers are cut. Never rejects.
   */
  recheckKeys(): Promise<void> {
    if (this.stopped) return Promise.resolve()
    return this.revocation.check()
  }

  /**
   * Unbinds and rebinds the event endpoint: libzmq then drops every subscriber connection, and
   * each reconnects (resending its subscriptions) through a new ZAP handshake that a revoked key
   * fails. Events published meanwhile are lost to everyone; the seq gap tells subscribers to
   * resynchronise with GetSnapshot.
   */
  private async cutSubscribers(): Promise<void> {
    const { endpoints, logger } = this.options
    try {
      await this.publisher.unbind(endpoints.events)
      if (!this.stopped) await this.publisher.bind(endpoints.events)
      logger.info('event subscribers cut', {
        event: 'events.subscribers-cut',
        endpoint: endpoints.events,
      })
    } catch (error) {
      if (!this.stopped)
        logger.error('event socket could not be rebound', {
          event: 'events.rebind-failed',
          endpoint: endpoints.events,
          err: error instanceof Error ? error : new Error(String(error)),
        })
    }
  }

  /** Requests being handled right now. */
  get requestsInFlight(): number {
    return this.dispatcher.requestsInFlight
  }

  /** Ends every session (their leases are released), flushes replies, closes the sockets. */
  async stop(): Promise<void> {
    if (this.stopped) return
    this.stopped = true
    for (const timer of this.timers) clearInterval(timer)
    this.unwatchKeys?.()
    // Running jobs stop first, so their cleanup still reaches the devices and the journal.
    await this.jobs?.stop()
    for (const session of this.sessions.all()) this.sessions.close(session.id, 'shutdown')
    await Promise.race([
      Promise.all([this.replies.flush(), this.eventQueue.flush()]),
      new Promise(resolve => setTimeout(resolve, 500)),
    ])
    this.replies.close()
    this.eventQueue.close()
    this.router.close()
    this.publisher.close()
    this.zap.close()
    for (const unlock of this.unlocks) unlock()
  }
}

/** Job commands of a server without a journal: a clear refusal instead of UNKNOWN_COMMAND. */
function jobsDisabled(): ReturnType<JobService['handlers']> {
  const refuse = (): never => {
    throw new AgentError('BAD_STATE', 'this agent runs without a job journal', {
      details: { reason: 'jobs-disabled' },
    })
  }
  const handler = { requiresSession: true, run: refuse }
  return {
    personalizeCard: handler,
    issueIdCard: handler,
    issuePassport: handler,
    getJob: handler,
    listJobs: handler,
    cancelJob: handler,
    answerPrompt: handler,
    resolveJob: { ...handler, role: 'technician' },
  }
}

import { randomBytes } from 'node:crypto'
import { Dealer, type Subscriber } from 'zeromq'
import {
  API_LEVELS,
  CURRENT_API_LEVEL,
  errorCodeName,
  v1,
  type CommandName,
  type CommandRequest,
  type CommandResult,
} from '../messages'
import { helloProof, sharedSecret } from '../session-proof'
import { z85Decode } from '../z85'
import { AgentUnreachableError, ProtocolError } from './errors'
import { subscribeEvents, type AgentEvent } from './event-subscription'

export interface ClientKeys {
  readonly publicKey: string
  readonly secretKey: string
}

export interface AgentClientOptions {
  /** e.g. `ipc:///run/idstation/agent.sock`. */
  readonly requestsEndpoint: string
  readonly eventsEndpoint?: string
  /** The agent's CURVE public key (Z85). */
  readonly serverPublicKey: string
  readonly keys: ClientKeys
  /** Shown in the agent's logs. */
  readonly clientName?: string
  /** How long to wait for the Hello reply before the agent counts as unreachable. */
  readonly connectTimeoutMs?: number
  /** Added to a request's deadline before the client gives up on a reply. */
  readonly replyGraceMs?: number
  /**
   * Also send a Ping request every heartbeat interval the agent names (default true). Not
   * needed to keep the session: the agent ends a session only when its connection drops, which
   * ZMTP heartbeats decide (see `zmtpHeartbeatMs`).
   */
  readonly heartbeat?: boolean
  /**
   * ZMTP PING interval of the request socket, in ms (default 1000, 0 for none): libzmq sends
   * them on its own thread, even while the caller blocks, and drops the connection when the
   * agent answers nothing for three intervals.
   */
  readonly zmtpHeartbeatMs?: number
}

export interface CallOptions {
  readonly deadlineMs?: number
  readonly idempotencyKey?: string
  /** Frames sent after the Request; commands refer to them by 1-based index. */
  readonly attachments?: readonly Uint8Array[]
  /** Aborting sends CancelRequest for this request and rejects with CANCELED. */
  readonly signal?: AbortSignal
  readonly requestId?: string
}

export interface CallOutcome<K extends CommandName> {
  readonly result: CommandResult<K>
  /** Frames the agent sent after the Reply. */
  readonly attachments: readonly Buffer[]
}

interface Pending {
  readonly command: CommandName
  resolve(outcome: CallOutcome<CommandName>): void
  reject(error: Error): void
  timer: NodeJS.Timeout
}

const DEFAULT_DEADLINE_MS = 30_000

/**
 * The typed client of the idstation agent: one CURVE-authenticated DEALER for requests and,
 * on demand, one SUBSCRIBER for events. Calls may overlap; sends are queued because zeromq.js
 * allows one pending send per socket. `close()` rejects every call still waiting.
 */
export class AgentClient {
  private readonly socket: Dealer
  private readonly pending = new Map<string, Pending>()
  private readonly subscribers = new Set<Subscriber>()
  private readonly sessionListeners = new Set<(event: v1.Event) => void>()
  private sendChain: Promise<void> = Promise.resolve()
  private nextId = 1
  private closed = false
  private heartbeatTimer: NodeJS.Timeout | undefined
  private helloResult: v1.HelloResult | undefined
  private authFailure: ProtocolError | undefined

  private constructor(
    private readonly options: AgentClientOptions,
    readonly routingId: string,
  ) {
    const zmtpHeartbeatMs = options.zmtpHeartbeatMs ?? 1000
    this.socket = new Dealer({
      routingId,
      curveServerKey: options.serverPublicKey,
      curvePublicKey: options.keys.publicKey,
      curveSecretKey: options.keys.secretKey,
      linger: 0,
      ...(zmtpHeartbeatMs > 0
        ? { heartbeatInterval: zmtpHeartbeatMs, heartbeatTimeout: zmtpHeartbeatMs * 3 }
        : {}),
    })
  }

  /** Connects and completes Hello; rejects with UNAUTHENTICATED or AgentUnreachableError. */
  static async connect(options: AgentClientOptions): Promise<AgentClient> {
    const client = new AgentClient(options, `c-${randomBytes(12).toString('hex')}`)
    try {
      await client.start()
      return client
    } catch (error) {
      client.close()
      throw error
    }
  }

  /** What the agent answered to Hello. */
  get hello(): v1.HelloResult {
    if (this.helloResult === undefined) throw new Error('not connected')
    return this.helloResult
  }

  private async start(): Promise<void> {
    this.watchSocketEvents()
    this.socket.connect(this.options.requestsEndpoint)
    void this.receiveLoop()
    const secret = sharedSecret(
      this.options.keys.publicKey,
      this.options.keys.secretKey,
      this.options.serverPublicKey,
    )
    const { result } = await this.call(
      'hello',
      {
        apiLevels: [...API_LEVELS],
        clientPublicKey: z85Decode(this.options.keys.publicKey),
        proof: helloProof(secret, this.routingId),
        clientName: this.options.clientName ?? 'idstation-client',
      },
      { deadlineMs: this.options.connectTimeoutMs ?? 3000 },
    )
    this.helloResult = result
    if (this.options.heartbeat !== false && result.heartbeatIntervalMs > 0) {
      this.heartbeatTimer = setInterval(() => {
        this.call('ping', {}).catch(() => undefined)
      }, result.heartbeatIntervalMs)
      this.heartbeatTimer.unref()
    }
  }

  private watchSocketEvents(): void {
    void (async () => {
      try {
        for await (const event of this.socket.events) {
          if (event.type === 'handshake:error:auth') {
            this.authFailure = new ProtocolError(
              'UNAUTHENTICATED',
              'the agent refused this client key',
            )
            this.failAll(this.authFailure)
          }
        }
      } catch {
        // The event stream ends with the socket.
      }
    })()
  }

  private async receiveLoop(): Promise<void> {
    try {
      for await (const [head, ...attachments] of this.socket) {
        if (head === undefined) continue
        let reply: v1.Reply
        try {
          reply = v1.Reply.decode(head)
        } catch {
          continue
        }
        if (reply.requestId === '') {
          // An event for this session alone (Reply.event), e.g. a preview frame of its capture.
          const event = reply.event
          if (reply.result === 'event' && event instanceof v1.Event) {
            for (const listener of this.sessionListeners) listener(event)
          }
          continue
        }
        const pending = this.pending.get(reply.requestId)
        if (pending === undefined) continue
        this.pending.delete(reply.requestId)
        clearTimeout(pending.timer)
        if (reply.result === 'error' && reply.error) {
          pending.reject(toProtocolError(reply.error))
        } else if (reply.result === pending.command) {
          const result = reply[pending.command] as CommandResult<CommandName>
          pending.resolve({ result, attachments })
        } else {
          pending.reject(
            new ProtocolError(
              'INTERNAL',
              `the agent answered ${reply.result ?? 'nothing'} to ${pending.command}`,
            ),
          )
        }
      }
    } catch (error) {
      if (!this.closed)
        this.failAll(
          new AgentUnreachableError('the connection to the agent failed', { cause: error }),
        )
    }
  }

  /** Sends one command and waits for its reply. Rejects with ProtocolError for an error reply. */
  async call<K extends CommandName>(
    command: K,
    body: CommandRequest<K>,
    options: CallOptions = {},
  ): Promise<CallOutcome<K>> {
    if (this.closed) throw new AgentUnreachableError('the client is closed')
    if (this.authFailure) throw this.authFailure
    const requestId = options.requestId ?? `${this.nextId++}`
    const deadlineMs = options.deadlineMs ?? DEFAULT_DEADLINE_MS
    const request = v1.Request.encode({
      apiLevel: this.helloResult?.apiLevel ?? CURRENT_API_LEVEL,
      requestId,
      idempotencyKey: options.idempotencyKey ?? '',
      deadlineMs,
      [command]: body,
    }).finish()
    const outcome = new Promise<CallOutcome<K>>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(requestId)
        reject(
          new AgentUnreachableError(
            `no reply to ${command} within ${deadlineMs + this.graceMs()}ms`,
          ),
        )
      }, deadlineMs + this.graceMs())
      this.pending.set(requestId, {
        command,
        resolve: resolve as (outcome: CallOutcome<CommandName>) => void,
        reject,
        timer,
      })
    })
    const signal = options.signal
    const onAbort = () => {
      this.call('cancelRequest', { requestId }).catch(() => undefined)
    }
    signal?.addEventListener('abort', onAbort, { once: true })
    this.enqueueSend([request, ...(options.attachments ?? [])], requestId)
    try {
      return await outcome
    } finally {
      signal?.removeEventListener('abort', onAbort)
    }
  }

  private graceMs(): number {
    return this.options.replyGraceMs ?? 2000
  }

  private enqueueSend(frames: readonly Uint8Array[], requestId: string): void {
    this.sendChain = this.sendChain.then(async () => {
      try {
        await this.socket.send(frames as Uint8Array[])
      } catch (error) {
        const pending = this.pending.get(requestId)
        if (pending) {
          this.pending.delete(requestId)
          clearTimeout(pending.timer)
          pending.reject(new AgentUnreachableError('could not send to the agent', { cause: error }))
        }
      }
    })
  }

  private failAll(error: Error): void {
    for (const [id, pending] of this.pending) {
      clearTimeout(pending.timer)
      this.pending.delete(id)
      pending.reject(error)
    }
  }

  /** Ping with an optional payload echoed back as its own frame; returns the round trip in ms. */
  async ping(
    payload?: Uint8Array,
  ): Promise<{ readonly roundTripMs: number; readonly echo?: Buffer }> {
    const started = performance.now()
    const { result, attachments } = await this.call(
      'ping',
      { echoAttachment: payload ? 1 : 0 },
      payload ? { attachments: [payload] } : {},
    )
    const roundTripMs = performance.now() - started
    const echo = result.echoAttachment > 0 ? attachments[result.echoAttachment - 1] : undefined
    return echo === undefined ? { roundTripMs } : { roundTripMs, echo }
  }

  async listDevices(
    kind: v1.DeviceKind = v1.DeviceKind.DEVICE_KIND_UNSPECIFIED,
  ): Promise<v1.IDevice[]> {
    return (await this.call('listDevices', { kind })).result.devices
  }

  async getDevice(deviceId: string): Promise<v1.IDevice> {
    const device = (await this.call('getDevice', { deviceId })).result.device
    if (!device) throw new ProtocolError('INTERNAL', 'GetDevice answered without a device')
    return device
  }

  async claimDevice(
    deviceId: string,
    options: {
      readonly wait?: boolean
      readonly deadlineMs?: number
      readonly signal?: AbortSignal
    } = {},
  ): Promise<v1.ILease> {
    const call: CallOptions = {
      ...(options.deadlineMs === undefined ? {} : { deadlineMs: options.deadlineMs }),
      ...(options.signal === undefined ? {} : { signal: options.signal }),
    }
    const { result } = await this.call(
      'claimDevice',
      { deviceId, wait: options.wait ?? false },
      call,
    )
    if (!result.lease) throw new ProtocolError('INTERNAL', 'ClaimDevice answered without a lease')
    return result.lease
  }

  async releaseDevice(leaseId: string): Promise<void> {
    await this.call('releaseDevice', { leaseId })
  }

  async snapshot(): Promise<v1.GetSnapshotResult> {
    return (await this.call('getSnapshot', {})).result
  }

  /** Whether a PC/SC reader holds a card, and its ATR parsed. */
  async getCardInfo(deviceId: string): Promise<v1.GetCardInfoResult> {
    return (await this.call('getCardInfo', { deviceId })).result
  }

  /**
   * One raw command APDU to the card (technician role; claim the device first). Resolves with
   * the card's final answer whatever its status word.
   */
  async transmit(
    deviceId: string,
    apdu: Uint8Array,
    options: { readonly deadlineMs?: number; readonly signal?: AbortSignal } = {},
  ): Promise<v1.TransmitResult> {
    const call: CallOptions = {
      ...(options.deadlineMs === undefined ? {} : { deadlineMs: options.deadlineMs }),
      ...(options.signal === undefined ? {} : { signal: options.signal }),
    }
    return (await this.call('transmit', { deviceId, apdu }, call)).result
  }

  /**
   * Reads one file of an eMRTD chip with BAC and secure messaging (technician role; claim the
   * device first). The MRZ fields go to the agent only; the file comes back as an attachment.
   */
  async readChipFile(
    deviceId: string,
    mrz: {
      readonly documentNumber: string
      readonly dateOfBirth: string
      readonly dateOfExpiry: string
    },
    fileId: number,
    options: { readonly deadlineMs?: number; readonly signal?: AbortSignal } = {},
  ): Promise<{ readonly fileId: number; readonly data: Buffer }> {
    const call: CallOptions = {
      ...(options.deadlineMs === undefined ? {} : { deadlineMs: options.deadlineMs }),
      ...(options.signal === undefined ? {} : { signal: options.signal }),
    }
    const { result, attachments } = await this.call(
      'readChipFile',
      { deviceId, ...mrz, fileId },
      call,
    )
    const data = attachments[result.attachment - 1]
    if (data === undefined) {
      throw new ProtocolError('INTERNAL', 'ReadChipFile answered without its attachment')
    }
    return { fileId: result.fileId, data }
  }

  /**
   * Starts personalizing the card in a claimed reader. `idempotencyKey` is required: sending the
   * same request again with it returns the first job (`replayed`), never a second card. The face
   * JPEG and the finger records travel as attachments, named by `body`'s 1-based indexes.
   */
  async personalizeCard(
    body: v1.IPersonalizeCard,
    attachments: readonly Uint8Array[],
    idempotencyKey: string,
  ): Promise<v1.PersonalizeCardResult> {
    return (await this.call('personalizeCard', body, { attachments, idempotencyKey })).result
  }

  async getJob(jobId: string): Promise<v1.IJob> {
    const { result } = await this.call('getJob', { jobId })
    if (!result.job) throw new ProtocolError('INTERNAL', 'GetJob answered without a job')
    return result.job
  }

  async listJobs(query: v1.IListJobs = {}): Promise<v1.ListJobsResult> {
    return (await this.call('listJobs', query)).result
  }

  async cancelJob(jobId: string): Promise<v1.IJob> {
    return (await this.call('cancelJob', { jobId })).result.job ?? {}
  }

  async answerPrompt(
    jobId: string,
    promptId: string,
    answer: 'continue' | 'cancel',
  ): Promise<void> {
    await this.call('answerPrompt', {
      jobId,
      promptId,
      answer:
        answer === 'continue'
          ? v1.PromptAnswer.PROMPT_ANSWER_CONTINUE
          : v1.PromptAnswer.PROMPT_ANSWER_CANCEL,
    })
  }

  /** Settles an interrupted job (technician role). */
  async resolveJob(jobId: string, resolution: 'spoiled' | 'issued', note = ''): Promise<v1.IJob> {
    const wire =
      resolution === 'issued'
        ? v1.JobResolution.JOB_RESOLUTION_ISSUED
        : v1.JobResolution.JOB_RESOLUTION_SPOILED
    return (await this.call('resolveJob', { jobId, resolution: wire, note })).result.job ?? {}
  }

  async getScannerInfo(deviceId: string): Promise<v1.GetScannerInfoResult> {
    return (await this.call('getScannerInfo', { deviceId })).result
  }

  async selfTestScanner(deviceId: string): Promise<v1.SelfTestScannerResult> {
    return (await this.call('selfTestScanner', { deviceId }, { deadlineMs: 60_000 })).result
  }

  /**
   * One fingerprint capture (claim the reader first). Resolves when it ends, with the ISO/IEC
   * 19794-4 records and PNGs its fingers name by attachment index. The deadline covers the
   * capture's own timeout plus retries.
   */
  async captureFingerprints(
    body: v1.ICaptureFingerprints,
    options: {
      readonly deadlineMs?: number
      readonly signal?: AbortSignal
      /** The capture's preview frames (ask for them with `preview_fps`), to this session only. */
      readonly onPreview?: (preview: v1.FingerprintPreview) => void
    } = {},
  ): Promise<CallOutcome<'captureFingerprints'>> {
    const timeout = body.timeoutMs || 10_000
    const call: CallOptions = {
      deadlineMs: options.deadlineMs ?? (timeout + 5_000) * (1 + (body.retries ?? 0)),
      ...(options.signal === undefined ? {} : { signal: options.signal }),
    }
    const onPreview = options.onPreview
    const stop =
      onPreview === undefined
        ? undefined
        : this.onSessionEvent(event => {
            const preview = event.fingerprintPreview
            if (
              preview instanceof v1.FingerprintPreview &&
              preview.deviceId === body.deviceId &&
              preview.transactionId === body.transactionId
            )
              onPreview(preview)
          })
    try {
      return await this.call('captureFingerprints', body, call)
    } finally {
      stop?.()
    }
  }

  /**
   * Listens to the events the agent sends to this session alone (personal data that never goes
   * on the XPUB socket, e.g. fingerprint preview frames). Returns the function that stops it.
   */
  onSessionEvent(listener: (event: v1.Event) => void): () => void {
    this.sessionListeners.add(listener)
    return () => this.sessionListeners.delete(listener)
  }

  async cancelCapture(deviceId: string, transactionId: string): Promise<void> {
    await this.call('cancelCapture', { deviceId, transactionId })
  }

  /** The printer's identity and its state, asked now. */
  async getPrinterStatus(deviceId: string): Promise<v1.GetPrinterStatusResult> {
    return (await this.call('getPrinterStatus', { deviceId })).result
  }

  /** Feeds, prints the printer's test pattern and ejects (claim the printer first). */
  async printTestCard(deviceId: string): Promise<v1.PrintTestCardResult> {
    return (await this.call('printTestCard', { deviceId }, { deadlineMs: 600_000 })).result
  }

  /** Technician: the medium inside leaves through the output (claim the printer first). */
  async ejectMedium(deviceId: string): Promise<v1.EjectMediumResult> {
    return (await this.call('ejectMedium', { deviceId }, { deadlineMs: 120_000 })).result
  }

  /** The medium inside goes to the reject box (claim the printer first). */
  async rejectMedium(deviceId: string): Promise<v1.RejectMediumResult> {
    return (await this.call('rejectMedium', { deviceId }, { deadlineMs: 120_000 })).result
  }

  /** Starts an ID-card issuance job; follow it with followJob. */
  async issueIdCard(
    body: v1.IIssueIdCard,
    attachments: readonly Uint8Array[],
    idempotencyKey: string,
  ): Promise<v1.IssueResult> {
    return (await this.call('issueIdCard', body, { attachments, idempotencyKey })).result
  }

  /** Starts a passport issuance job; follow it with followJob. */
  async issuePassport(
    body: v1.IIssuePassport,
    attachments: readonly Uint8Array[],
    idempotencyKey: string,
  ): Promise<v1.IssueResult> {
    return (await this.call('issuePassport', body, { attachments, idempotencyKey })).result
  }

  /**
   * The faces a document would print, drawn by the agent: a PNG per face (`faces[i].attachment`
   * indexes `attachments`), the MRZ lines and whether the Latin names were given or
   * transliterated. `portrait` is the JPEG the chip's DG2 would carry.
   */
  async renderDocument(
    body: v1.IRenderDocument,
    portrait?: Uint8Array,
  ): Promise<{ result: v1.RenderDocumentResult; attachments: readonly Buffer[] }> {
    const request = portrait === undefined ? body : { ...body, portraitAttachment: 1 }
    const reply = await this.call('renderDocument', request, {
      attachments: portrait === undefined ? [] : [portrait],
    })
    return { result: reply.result, attachments: reply.attachments }
  }

  /** The document profiles the agent issues. */
  async listDocumentProfiles(): Promise<v1.ListDocumentProfilesResult> {
    return (await this.call('listDocumentProfiles', {})).result
  }

  /** The agent's health (technician role). */
  async status(): Promise<v1.GetStatusResult> {
    return (await this.call('getStatus', {})).result
  }

  /**
   * Subscribes to events on the agent's XPUB socket. `topics` are prefixes ('' = everything).
   * The iterator ends when `signal` aborts or the client closes.
   */
  events(topics: readonly string[], signal?: AbortSignal): AsyncIterable<AgentEvent> {
    const endpoint = this.options.eventsEndpoint
    if (endpoint === undefined) throw new Error('no events endpoint configured')
    return subscribeEvents(
      {
        endpoint,
        serverPublicKey: this.options.serverPublicKey,
        keys: this.options.keys,
        topics,
        register: socket => {
          this.subscribers.add(socket)
          return () => this.subscribers.delete(socket)
        },
      },
      signal,
    )
  }

  /** Closes the sockets; calls still waiting reject. Idempotent. */
  close(): void {
    if (this.closed) return
    this.closed = true
    if (this.heartbeatTimer) clearInterval(this.heartbeatTimer)
    this.failAll(new AgentUnreachableError('the client was closed'))
    for (const socket of this.subscribers) socket.close()
    this.socket.close()
  }
}

function toProtocolError(error: v1.IError): ProtocolError {
  return new ProtocolError(errorCodeName(error.code ?? 0), error.message ?? '', {
    retryable: error.retryable ?? false,
    details: error.details ?? {},
  })
}

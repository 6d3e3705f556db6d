import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { curveKeyPair, Dealer } from 'zeromq'
import { loadAuthorizedClients, writeAuthorizedClient } from '../../agent/keys/authorized-clients'
import { watchDirectory } from '../../agent/keys/watch-directory'
import { AgentServer, type AgentServerOptions } from '../../agent/server/agent-server'
import type { Role } from '../../agent/server/sessions'
import { SYSTEM_CLOCK } from '../../drivers/core/clock'
import {
  errorCodeName,
  AgentClient,
  CURRENT_API_LEVEL,
  helloProof,
  sharedSecret,
  v1,
  z85Decode,
  type AgentClientOptions,
} from '../../protocol'
import { FakeDeviceSource } from './fake-device-source'
import { RecordingLogger } from './recording-logger'

export interface KeyPair {
  readonly publicKey: string
  readonly secretKey: string
}

export type Limits = AgentServerOptions['limits']

export const TEST_LIMITS: Limits = {
  maxRequestBytes: 1024 * 1024,
  maxFramesPerRequest: 4,
  maxInFlightPerClient: 8,
  maxInFlight: 64,
  defaultDeadlineMs: 5000,
  maxDeadlineMs: 60_000,
  sendQueueLimit: 1000,
  maxSessions: 16,
}

export interface ServerFixture {
  readonly server: AgentServer
  readonly source: FakeDeviceSource
  readonly logger: RecordingLogger
  readonly dir: string
  /** The authorized-clients directory when started with `keyDirectory`. */
  readonly keysDir: string
  readonly endpoints: { readonly requests: string; readonly events: string }
  readonly agentKeys: KeyPair
  readonly keys: Readonly<Record<'operator' | 'technician' | 'stranger', KeyPair>>
  /** A connected, Hello'd client with the key of `who`. */
  connect(
    who: 'operator' | 'technician' | 'stranger',
    options?: Partial<AgentClientOptions>,
  ): Promise<AgentClient>
  /** A DEALER that completed Hello by hand, for sending raw frames. */
  rawSession(who: 'operator' | 'technician'): Promise<RawSession>
  stop(): Promise<void>
}

export function fingerprint(publicKey: string): string {
  return createHash('sha256').update(z85Decode(publicKey)).digest('hex').slice(0, 16)
}

/** An AgentServer on fresh ipc endpoints in a temp dir, with a fake device source. */
export async function startServer(
  overrides: {
    limits?: Partial<Limits>
    sessions?: AgentServerOptions['sessions']
    events?: AgentServerOptions['events']
    /**
     * Enrol the operator and technician keys as files in an authorized-clients directory that
     * the server reads and watches as the agent does (instead of a fixed map).
     */
    keyDirectory?: boolean
    printerEncoders?: AgentServerOptions['printerEncoders']
    jobs?: AgentServerOptions['jobs']
  } = {},
): Promise<ServerFixture> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'idstation-test-'))
  const endpoints = {
    requests: `ipc://${dir}/run/agent.sock`,
    events: `ipc://${dir}/run/events.sock`,
  }
  const agentKeys = curveKeyPair()
  const keys = { operator: curveKeyPair(), technician: curveKeyPair(), stranger: curveKeyPair() }
  const roles = new Map<string, { name: string; role: Role }>([
    [keys.operator.publicKey, { name: 'enrolment-ui', role: 'operator' }],
    [keys.technician.publicKey, { name: 'technician-cli', role: 'technician' }],
  ])
  const source = new FakeDeviceSource()
  const logger = new RecordingLogger()
  const keysDir = path.join(dir, 'authorized-clients')
  if (overrides.keyDirectory === true) {
    for (const [publicKey, owner] of roles) {
      await writeAuthorizedClient(keysDir, { name: owner.name, role: owner.role, publicKey })
    }
  }
  const server = new AgentServer({
    endpoints,
    agentKeys,
    ...(overrides.keyDirectory === true
      ? {
          lookup: async (key: string) => (await loadAuthorizedClients(keysDir, logger)).get(key),
          keys: { watch: (onChange: () => void) => watchDirectory(keysDir, onChange, logger) },
        }
      : { lookup: (key: string) => roles.get(key) }),
    fingerprint,
    limits: { ...TEST_LIMITS, ...overrides.limits },
    sessions: overrides.sessions ?? { heartbeatIntervalMs: 1000, heartbeatTimeoutMs: 5000 },
    events: overrides.events ?? { heartbeatIntervalMs: 200, sendHighWaterMark: 1000 },
    source,
    ...(overrides.printerEncoders ? { printerEncoders: overrides.printerEncoders } : {}),
    ...(overrides.jobs ? { jobs: overrides.jobs } : {}),
    capabilities: () => ['devices'],
    agentVersion: '0.0.0-test',
    logger,
    clock: SYSTEM_CLOCK,
  })
  await server.start()
  const clients: AgentClient[] = []
  const raws: RawSession[] = []
  return {
    server,
    source,
    logger,
    dir,
    keysDir,
    endpoints,
    agentKeys,
    keys,
    async connect(who, options = {}) {
      const client = await AgentClient.connect({
        requestsEndpoint: endpoints.requests,
        eventsEndpoint: endpoints.events,
        serverPublicKey: agentKeys.publicKey,
        keys: keys[who],
        clientName: `test-${who}`,
        connectTimeoutMs: 1500,
        ...options,
      })
      clients.push(client)
      return client
    },
    async rawSession(who) {
      const raw = await RawSession.open(endpoints.requests, agentKeys.publicKey, keys[who])
      raws.push(raw)
      return raw
    },
    async stop() {
      for (const client of clients) client.close()
      for (const raw of raws) raw.close()
      await server.stop()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** A hand-driven session: Hello done, then any frames the test likes. */
export class RawSession {
  private constructor(readonly socket: Dealer) {}

  static async open(endpoint: string, serverKey: string, keys: KeyPair): Promise<RawSession> {
    const routingId = `raw-${Math.random().toString(16).slice(2)}`
    const socket = new Dealer({
      routingId,
      curveServerKey: serverKey,
      curvePublicKey: keys.publicKey,
      curveSecretKey: keys.secretKey,
      linger: 0,
      receiveTimeout: 3000,
    })
    socket.connect(endpoint)
    const raw = new RawSession(socket)
    const proof = helloProof(sharedSecret(keys.publicKey, keys.secretKey, serverKey), routingId)
    const reply = await raw.request({
      apiLevel: CURRENT_API_LEVEL,
      requestId: 'hello',
      hello: {
        apiLevels: [1],
        clientPublicKey: z85Decode(keys.publicKey),
        proof,
        clientName: 'raw',
      },
    })
    if (reply.result !== 'hello') throw new Error(`Hello failed: ${reply.error?.message ?? '?'}`)
    return raw
  }

  async send(frames: (Uint8Array | string)[]): Promise<void> {
    await this.socket.send(frames)
  }

  /** The next reply, decoded, with its attachment frames. */
  async receive(): Promise<v1.Reply & { frames: Buffer[] }> {
    const [head, ...frames] = await this.socket.receive()
    if (!head) throw new Error('empty reply')
    return Object.assign(v1.Reply.decode(head), { frames })
  }

  async request(
    request: v1.IRequest,
    attachments: Uint8Array[] = [],
  ): Promise<v1.Reply & { frames: Buffer[] }> {
    await this.send([v1.Request.encode(request).finish(), ...attachments])
    return this.receive()
  }

  close(): void {
    this.socket.close()
  }
}

/** The ErrorCode name of an error reply, for assertions. */
export function errorName(reply: v1.Reply): string {
  return reply.result === 'error'
    ? errorCodeName(reply.error?.code ?? 0)
    : `result:${reply.result ?? 'none'}`
}

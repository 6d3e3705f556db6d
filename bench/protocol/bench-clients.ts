import http from 'node:http'
import { Dealer } from 'zeromq'
import { AgentClient } from '../../protocol'
import type { KeyPair, Operation, TargetSpec } from './worker-messages'

/**
 * One connection to one target, doing one round trip per call. Each call resolves once the whole
 * answer is in and checked enough to know the target really did the work (payload length, device
 * count), and rejects on any error: a bench that counts failures as round trips flatters itself.
 */
export interface BenchClient {
  roundTrip(operation: Operation, payload: Buffer): Promise<void>
  close(): void
}

/** Connects to `target` with `keys` (the HTTP baseline has no authentication and ignores them). */
export async function connectClient(target: TargetSpec, keys: KeyPair): Promise<BenchClient> {
  switch (target.kind) {
    case 'agent':
      return new AgentBenchClient(
        await AgentClient.connect({
          requestsEndpoint: target.endpoint,
          serverPublicKey: target.serverPublicKey,
          keys,
          clientName: 'idstation-bench',
          connectTimeoutMs: 10_000,
        }),
      )
    case 'zmq-echo':
      return EchoBenchClient.connect(target.endpoint, target.serverPublicKey, keys)
    case 'http':
      return new HttpBenchClient(new URL(target.url))
  }
}

/** The project's own client, as an enrolment UI would use it. */
class AgentBenchClient implements BenchClient {
  constructor(private readonly client: AgentClient) {}

  async roundTrip(operation: Operation, payload: Buffer): Promise<void> {
    switch (operation) {
      case 'ping':
        await this.client.ping()
        return
      case 'list-devices':
        if ((await this.client.listDevices()).length === 0) throw new Error('no devices listed')
        return
      case 'payload': {
        const { echo } = await this.client.ping(payload)
        if (echo?.length !== payload.length) throw new Error('the payload did not come back whole')
        return
      }
    }
  }

  close(): void {
    this.client.close()
  }
}

const ECHO_HEAD = Buffer.from('ping')

/** A DEALER with CURVE against the bare echo ROUTER: no codec, no session, one frame or two. */
class EchoBenchClient implements BenchClient {
  private constructor(private readonly socket: Dealer) {}

  static async connect(
    endpoint: string,
    serverKey: string,
    keys: KeyPair,
  ): Promise<EchoBenchClient> {
    const socket = new Dealer({
      curveServerKey: serverKey,
      curvePublicKey: keys.publicKey,
      curveSecretKey: keys.secretKey,
      linger: 0,
      receiveTimeout: 10_000,
    })
    socket.connect(endpoint)
    const client = new EchoBenchClient(socket)
    // The CURVE handshake happens on first use; finish it here, not inside the measurement.
    await client.roundTrip('ping', Buffer.alloc(0))
    return client
  }

  async roundTrip(operation: Operation, payload: Buffer): Promise<void> {
    switch (operation) {
      case 'ping': {
        await this.socket.send(ECHO_HEAD)
        await this.socket.receive()
        return
      }
      case 'payload': {
        await this.socket.send([ECHO_HEAD, payload])
        const [, echo] = await this.socket.receive()
        if (echo?.length !== payload.length) throw new Error('the payload did not come back whole')
        return
      }
      case 'list-devices':
        throw new Error('the bare echo server has no device list')
    }
  }

  close(): void {
    this.socket.close()
  }
}

/** JSON over HTTP/1.1 with one kept-alive connection, as an SBI client library would hold it. */
class HttpBenchClient implements BenchClient {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 1 })

  constructor(private readonly url: URL) {}

  async roundTrip(operation: Operation, payload: Buffer): Promise<void> {
    switch (operation) {
      case 'ping':
        await this.request('POST', '/ping', '{}')
        return
      case 'list-devices': {
        const { devices } = JSON.parse(await this.request('GET', '/devices')) as {
          devices?: unknown[]
        }
        if (!devices || devices.length === 0) throw new Error('no devices listed')
        return
      }
      case 'payload': {
        const body = JSON.stringify({ echo: payload.toString('base64') })
        const { echo } = JSON.parse(await this.request('POST', '/ping', body)) as { echo?: string }
        if (Buffer.from(echo ?? '', 'base64').length !== payload.length)
          throw new Error('the payload did not come back whole')
        return
      }
    }
  }

  private request(method: 'GET' | 'POST', path: string, body?: string): Promise<string> {
    return new Promise<string>((resolve, reject) => {
      const request = http.request(
        {
          agent: this.agent,
          host: this.url.hostname,
          port: this.url.port,
          method,
          path,
          headers:
            body === undefined
              ? {}
              : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        response => {
          const chunks: Buffer[] = []
          response.on('data', (chunk: Buffer) => chunks.push(chunk))
          response.on('end', () => {
            if (response.statusCode === 200) resolve(Buffer.concat(chunks).toString('utf8'))
            else reject(new Error(`HTTP ${response.statusCode ?? '?'} for ${method} ${path}`))
          })
          response.on('error', reject)
        },
      )
      request.on('error', reject)
      request.end(body)
    })
  }

  close(): void {
    this.agent.destroy()
  }
}

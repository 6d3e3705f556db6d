import { Router, type Context } from 'zeromq'
import type { Logger } from '../../drivers/core/logger'
import { z85Encode } from '../../protocol'
import type { Role } from './sessions'
import type { LogThrottle } from './throttle'

export const ZAP_ENDPOINT = 'inproc://zeromq.zap.01'

/** What the ZAP handler needs to know about a client key (Z85). */
export interface KeyOwner {
  readonly name: string
  readonly role: Role
}
export type KeyLookup = (publicKey: string) => KeyOwner | undefined | Promise<KeyOwner | undefined>

export interface ZapHandlerOptions {
  readonly context: Context
  readonly domain: string
  readonly lookup: KeyLookup
  readonly fingerprint: (publicKey: string) => string
  readonly logger: Logger
  readonly throttle: LogThrottle
}

/**
 * ZAP (RFC 27) for the agent's context: CURVE clients whose public key is in the
 * authorized-clients directory get 200 with the key's name as user id; anyone else gets 400 and
 * a log line naming the key by fingerprint only. Runs until the socket closes.
 */
export class ZapHandler {
  private readonly socket: Router
  /** Keys admitted since they were last forgotten, with the owner they were admitted as. */
  private readonly admittedKeys = new Map<string, KeyOwner>()

  constructor(private readonly options: ZapHandlerOptions) {
    this.socket = new Router({ context: options.context, linger: 0 })
  }

  async start(): Promise<void> {
    await this.socket.bind(ZAP_ENDPOINT)
    void this.loop()
  }

  private async loop(): Promise<void> {
    try {
      for await (const frames of this.socket) {
        let reply: (Buffer | string)[] | undefined
        try {
          reply = await this.decide(frames)
        } catch (error) {
          // The allow-list could not be read (for example it became group-writable): refuse.
          this.options.logger.error('client keys unreadable', {
            event: 'client.refused',
            reason: 'allow-list unreadable',
            err: error instanceof Error ? error : new Error(String(error)),
          })
          const [id, empty, version, requestId] = frames
          reply =
            id && empty && version && requestId
              ? [id, empty, version, requestId, '500', 'allow-list unreadable', '', '']
              : undefined
        }
        if (reply) await this.socket.send(reply)
      }
    } catch {
      // The loop ends when the socket closes at shutdown.
    }
  }

  private async decide(frames: Buffer[]): Promise<(Buffer | string)[] | undefined> {
    const [routingId, empty, version, requestId, domain, address, , mechanism, credential] = frames
    if (!routingId || !empty || !version || !requestId) return undefined
    const answer = (status: string, text: string, userId = '') => [
      routingId,
      empty,
      version,
      requestId,
      status,
      text,
      userId,
      '',
    ]
    if (version.toString() !== '1.0') return answer('500', 'unsupported ZAP version')
    if (
      domain?.toString() !== this.options.domain ||
      mechanism?.toString() !== 'CURVE' ||
      credential?.length !== 32
    ) {
      return answer('400', 'CURVE required')
    }
    const key = z85Encode(credential)
    const fingerprint = this.options.fingerprint(key)
    const peer = parsePeer(address?.toString() ?? '')
    const client = await this.options.lookup(key)
    if (!client) {
      const suppressed = this.options.throttle.admit(`refused:${fingerprint}`)
      if (suppressed !== undefined) {
        this.options.logger.warn('client key refused', {
          event: 'client.refused',
          keyFingerprint: fingerprint,
          ...peer,
          count: suppressed + 1,
        })
      }
      return answer('400', 'key not authorized')
    }
    this.admittedKeys.set(key, client)
    this.options.logger.info('client key authorized', {
      event: 'client.authorized',
      keyName: client.name,
      keyFingerprint: fingerprint,
      role: client.role,
      ...peer,
    })
    return answer('200', 'OK', client.name)
  }

  /**
   * Every key this handler admitted (on either socket) and has not been told to forget: ZAP is
   * the only place that sees the key of an event subscriber, which opens no session.
   */
  admitted(): ReadonlyMap<string, KeyOwner> {
    return this.admittedKeys
  }

  /** Forgets keys whose connections were cut; a later handshake admits them again if allowed. */
  forget(keys: Iterable<string>): void {
    for (const key of keys) this.admittedKeys.delete(key)
  }

  close(): void {
    this.socket.close()
  }
}

/** Over ipc libzmq gives `localhost:<uid>:<gid>:<pid>` of the peer (SO_PEERCRED). */
function parsePeer(address: string): { pid?: number } {
  const parts = address.split(':')
  const pid = parts.length === 4 ? Number(parts[3]) : NaN
  return Number.isInteger(pid) ? { pid } : {}
}

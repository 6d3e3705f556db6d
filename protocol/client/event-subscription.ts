import { Subscriber } from 'zeromq'
import { v1 } from '../messages'
import type { ClientKeys } from './agent-client'

export interface AgentEvent {
  readonly topic: string
  readonly event: v1.Event
}

export interface SubscribeOptions {
  readonly endpoint: string
  readonly serverPublicKey: string
  readonly keys: ClientKeys
  readonly topics: readonly string[]
  /** Lets the owner close the socket; returns the unregister function. */
  readonly register: (socket: Subscriber) => () => void
}

/** Yields decoded events; frames that do not decode are skipped, never thrown. */
export async function* subscribeEvents(
  options: SubscribeOptions,
  signal?: AbortSignal,
): AsyncGenerator<AgentEvent> {
  const socket = new Subscriber({
    curveServerKey: options.serverPublicKey,
    curvePublicKey: options.keys.publicKey,
    curveSecretKey: options.keys.secretKey,
    linger: 0,
  })
  const unregister = options.register(socket)
  const onAbort = () => {
    socket.close()
  }
  signal?.addEventListener('abort', onAbort, { once: true })
  try {
    socket.connect(options.endpoint)
    socket.subscribe(...options.topics)
    for await (const [topic, body] of socket) {
      if (topic === undefined || body === undefined) continue
      let event: v1.Event
      try {
        event = v1.Event.decode(body)
      } catch {
        continue
      }
      yield { topic: topic.toString(), event }
    }
  } catch (error) {
    if (!socket.closed) throw error
  } finally {
    signal?.removeEventListener('abort', onAbort)
    unregister()
    if (!socket.closed) socket.close()
  }
}

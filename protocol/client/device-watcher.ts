import { TOPICS, type v1 } from '../messages'
import type { AgentClient } from './agent-client'
import type { AgentEvent } from './event-subscription'

export type DeviceChange =
  | { readonly type: 'snapshot' }
  | { readonly type: 'attached' | 'status'; readonly device: v1.IDevice }
  | { readonly type: 'detached'; readonly deviceId: string }

export interface DeviceView {
  readonly change: DeviceChange
  /** The seq of the last state event applied. */
  readonly seq: number
  readonly epoch: string
  readonly devices: ReadonlyMap<string, v1.IDevice>
}

/**
 * The agent's device table kept current from the event stream, Clustered Hashmap style: subscribe,
 * take a snapshot, apply events whose seq follows it, and take a new snapshot whenever a gap, a
 * heartbeat ahead of us, or a new agent epoch shows that events were missed.
 */
export async function* watchDevices(
  client: AgentClient,
  signal?: AbortSignal,
): AsyncGenerator<DeviceView> {
  const events = client.events([TOPICS.devices, TOPICS.heartbeat], signal)[Symbol.asyncIterator]()
  // Start the subscription before the snapshot, so no event falls between the two.
  let next: Promise<IteratorResult<AgentEvent>> = events.next()
  const devices = new Map<string, v1.IDevice>()
  let seq = 0
  let epoch = ''

  const resync = async (): Promise<DeviceView> => {
    const snapshot = await client.snapshot()
    devices.clear()
    for (const device of snapshot.devices) if (device.id) devices.set(device.id, device)
    seq = snapshot.seq
    epoch = snapshot.epoch
    return { change: { type: 'snapshot' }, seq, epoch, devices }
  }

  try {
    yield await resync()
    for (;;) {
      const item = await next
      if (item.done === true) return
      next = events.next()
      const event = item.value.event
      const stale =
        event.epoch !== epoch || (event.heartbeat ? event.seq > seq : event.seq > seq + 1)
      if (stale) {
        yield await resync()
        continue
      }
      if (event.heartbeat || event.seq <= seq) continue
      const change = apply(event, devices)
      seq = event.seq
      if (change) yield { change, seq, epoch, devices }
    }
  } finally {
    await events.return?.()
  }
}

function apply(event: v1.Event, devices: Map<string, v1.IDevice>): DeviceChange | undefined {
  const attached = event.deviceAttached?.device ?? event.deviceStatusChanged?.device
  if (attached?.id) {
    devices.set(attached.id, attached)
    return { type: event.deviceAttached ? 'attached' : 'status', device: attached }
  }
  const detached = event.deviceDetached?.deviceId
  if (detached) {
    devices.delete(detached)
    return { type: 'detached', deviceId: detached }
  }
  const card = event.cardPresenceChanged
  const reader = card?.deviceId ? devices.get(card.deviceId) : undefined
  if (card && reader) {
    const device = { ...reader, card: { present: card.present ?? false, atr: card.atr ?? null } }
    devices.set(device.id ?? '', device)
    return { type: 'status', device }
  }
  return undefined
}

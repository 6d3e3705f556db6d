import assert from 'node:assert/strict'
import { EventEmitter } from 'node:events'
import { CardService } from '../../../../../agent/services/card/card-service'
import type {
  DeviceSummary,
  RegistryEvent,
} from '../../../../../agent/services/devices/device-registry'
import { EventStream } from '../../../../../agent/server/event-stream'
import type { RequestContext } from '../../../../../agent/server/handler'
import { LeaseTable } from '../../../../../agent/server/leases'
import { SendQueue } from '../../../../../agent/server/send-queue'
import type { Session } from '../../../../../agent/server/sessions'
import type { DeviceDriver } from '../../../../../drivers/core/driver'
import { AgentError } from '../../../../../drivers/core/errors'
import { NULL_LOGGER } from '../../../../../drivers/core/logger'
import type { ApduTransportEvents, CardPresence } from '../../../../../drivers/transport/types'
import { v1 } from '../../../../../protocol'

const ATR = Buffer.from('3b898001494453544154494f4e5f', 'hex')
const SELECT = Buffer.from('00a4040c07a0000002471001', 'hex')

/** The ApduTransport part the card service uses, recording what it is asked. */
class FakeApdu {
  readonly kind = 'pcsc'
  readonly events = new EventEmitter<ApduTransportEvents>()
  card: CardPresence = { present: true, atr: ATR }
  readonly calls: string[] = []
  connect(): Promise<{ protocol: 'T1' }> {
    this.calls.push('connect')
    return Promise.resolve({ protocol: 'T1' })
  }
  disconnect(disposition: string): Promise<void> {
    this.calls.push(`disconnect:${disposition}`)
    return Promise.resolve()
  }
  transmit(command: Uint8Array): Promise<Buffer> {
    this.calls.push(`transmit:${Buffer.from(command).toString('hex')}`)
    return Promise.resolve(Buffer.from('9000', 'hex'))
  }
  insert(presence: CardPresence): void {
    this.card = presence
    this.events.emit('card', presence)
  }
}

function summary(id: string): DeviceSummary {
  return {
    id,
    driverId: 'vpcd-reader',
    driverName: 'vpcd',
    kind: 'card-encoder',
    info: { kind: 'pcsc', path: id },
    status: { state: 'ready' },
  }
}

function session(id: string, role: 'operator' | 'technician' = 'technician'): Session {
  return {
    id,
    routingId: Buffer.from(id),
    keyName: id,
    publicKey: '',
    keyFingerprint: '00',
    role,
    apiLevel: 1,
    clientName: id,
    openedAt: 0,
    lastSeen: 0,
    inFlight: new Map(),
  }
}

function context(s: Session): RequestContext {
  return {
    session: s,
    routingId: s.routingId,
    requestId: 'r',
    idempotencyKey: '',
    signal: new AbortController().signal,
    attachments: [],
    logger: NULL_LOGGER,
  }
}

/** Handlers may throw synchronously; a promise either way. */
function settle<T>(run: () => T | Promise<T>): Promise<T> {
  return new Promise<T>(resolve => {
    resolve(run())
  })
}

describe('agent/services/card', function () {
  let apdu: FakeApdu
  let leases: LeaseTable
  let published: v1.Event[]
  let service: CardService
  let handlers: ReturnType<CardService['handlers']>
  const tech = session('tech')

  beforeEach(function () {
    apdu = new FakeApdu()
    published = []
    leases = new LeaseTable(() => 0)
    const sink = {
      send: (frames: Uint8Array[]) => {
        published.push(v1.Event.decode(frames[1]!))
        return Promise.resolve()
      },
    }
    const stream = new EventStream(new SendQueue(sink, 100, () => undefined), () => 0)
    const driver = { id: 'reader-1', apdu, maxCommandLength: 261 } as unknown as DeviceDriver
    const plain = { id: 'printer-1' } as unknown as DeviceDriver
    const drivers = new Map([
      ['reader-1', driver],
      ['printer-1', plain],
    ])
    const source = {
      events: new EventEmitter<{ change: [event: RegistryEvent] }>(),
      list: () => [summary('reader-1'), summary('printer-1')],
      get: (id: string) => (drivers.has(id) ? summary(id) : undefined),
      driver: (id: string) => drivers.get(id),
    }
    service = new CardService({ source, leases, stream, logger: NULL_LOGGER })
    handlers = service.handlers()
  })

  it('parses the ATR for GetCardInfo, and answers present: false without a card', async function () {
    const info = await handlers.getCardInfo.run({ deviceId: 'reader-1' }, context(tech))
    assert.deepEqual(info.result, {
      present: true,
      atr: ATR,
      protocols: [0, 1],
      historicalBytes: Buffer.from('IDSTATION'),
    })
    apdu.insert({ present: false })
    const none = await handlers.getCardInfo.run({ deviceId: 'reader-1' }, context(tech))
    assert.deepEqual(none.result, { present: false })
  })

  it('publishes card insertion and removal as numbered events', async function () {
    apdu.insert({ present: false })
    apdu.insert({ present: true, atr: ATR })
    await new Promise(resolve => setImmediate(resolve))
    assert.deepEqual(
      published.map(e => [e.seq, e.cardPresenceChanged?.present]),
      [
        [1, false],
        [2, true],
      ],
    )
    assert.equal(
      Buffer.from(published[1]!.cardPresenceChanged!.atr ?? []).toString('hex'),
      ATR.toString('hex'),
    )
  })

  it('is technician-only and requires the lease', async function () {
    assert.equal(handlers.transmit.role, 'technician')
    await assert.rejects(
      settle(() => handlers.transmit.run({ deviceId: 'reader-1', apdu: SELECT }, context(tech))),
      (e: unknown) =>
        e instanceof AgentError && e.code === 'BAD_STATE' && e.details.reason === 'not-claimed',
    )
    assert.deepEqual(apdu.calls, [])
  })

  it('connects once per lease, transmits, and leaves the card when the lease ends', async function () {
    await leases.acquire('reader-1', tech)
    const first = await handlers.transmit.run({ deviceId: 'reader-1', apdu: SELECT }, context(tech))
    assert.equal(first.result.sw, 0x9000)
    await handlers.transmit.run({ deviceId: 'reader-1', apdu: SELECT }, context(tech))
    leases.releaseDevice('reader-1')
    await new Promise(resolve => setImmediate(resolve))
    const hex = SELECT.toString('hex')
    assert.deepEqual(apdu.calls, [
      'connect',
      `transmit:${hex}`,
      `transmit:${hex}`,
      'disconnect:leave',
    ])
  })

  it('answers INVALID_ARGUMENT for a malformed or too long APDU, BAD_STATE without a card', async function () {
    await leases.acquire('reader-1', tech)
    const run = (bytes: Uint8Array) =>
      settle(() => handlers.transmit.run({ deviceId: 'reader-1', apdu: bytes }, context(tech)))
    await assert.rejects(
      run(Buffer.from('00a404', 'hex')),
      (e: unknown) => e instanceof AgentError && e.code === 'INVALID_ARGUMENT',
    )
    await assert.rejects(
      run(
        // Extended length, 263 bytes, over this reader's 261.
        Buffer.concat([Buffer.from('00d60000000100', 'hex'), Buffer.alloc(256)]),
      ),
      (e: unknown) =>
        e instanceof AgentError && e.code === 'INVALID_ARGUMENT' && e.details.reason === 'too-long',
    )
    apdu.insert({ present: false })
    await assert.rejects(
      run(SELECT),
      (e: unknown) => e instanceof AgentError && e.details.reason === 'no-card',
    )
  })

  it('tells an unknown device from one that is not a card reader', async function () {
    await assert.rejects(
      settle(() => handlers.getCardInfo.run({ deviceId: 'nope' }, context(tech))),
      (e: unknown) => e instanceof AgentError && e.code === 'DEVICE_NOT_FOUND',
    )
    await assert.rejects(
      settle(() => handlers.getCardInfo.run({ deviceId: 'printer-1' }, context(tech))),
      (e: unknown) => e instanceof AgentError && e.code === 'DEVICE_UNSUPPORTED',
    )
  })
})

import { EventEmitter } from 'node:events'
import type { Session } from '../../agent/server/sessions'
import { TransportError } from '../../drivers/core/errors'
import type { ApduTransportEvents, CardPresence } from '../../drivers/transport/types'
import type { EmrtdCard } from '../../simulators/card/emrtd-card'

/** The PC/SC side of one reader, with the virtual chip answering in process. */
export class InProcessReader {
  readonly kind = 'pcsc'
  readonly events = new EventEmitter<ApduTransportEvents>()
  chip: EmrtdCard | undefined
  sent = 0
  /** The card leaves the reader when a command with this INS arrives. */
  pullOn: number | undefined

  constructor(chip?: EmrtdCard) {
    this.chip = chip
  }
  get card(): CardPresence {
    return this.chip ? { present: true, atr: Buffer.from(this.chip.atr) } : { present: false }
  }
  insert(chip: EmrtdCard): void {
    this.chip = chip
    this.events.emit('card', this.card)
  }
  remove(): void {
    this.chip = undefined
    this.events.emit('card', this.card)
  }
  connect(): Promise<{ protocol: 'T1' }> {
    if (!this.chip) return Promise.reject(new TransportError('TRANSPORT_DISCONNECTED', 'no card'))
    this.chip.resetSession()
    return Promise.resolve({ protocol: 'T1' })
  }
  disconnect(): Promise<void> {
    return Promise.resolve()
  }
  transmit(command: Uint8Array): Promise<Buffer> {
    this.sent += 1
    if (command[1] === this.pullOn) this.chip?.faults.arm('pull')
    const answer = this.chip?.process(Buffer.from(command))
    if (answer === undefined) {
      this.chip = undefined
      return Promise.reject(new TransportError('TRANSPORT_DISCONNECTED', 'card removed'))
    }
    return Promise.resolve(Buffer.from(answer))
  }
}

/** A technician's session as the server would hold it. */
export function testSession(): Session {
  return {
    id: 'front-end',
    routingId: Buffer.from('front-end'),
    keyName: 'enrolment-ui',
    publicKey: '',
    keyFingerprint: '00',
    role: 'technician',
    apiLevel: 1,
    clientName: 'test',
    openedAt: 0,
    lastSeen: 0,
    inFlight: new Map(),
  }
}

import { EventEmitter } from 'node:events'
import { TransportError } from '../core/errors'
import { pendingIo } from '../transport/pending-io'
import type {
  ApduTransport,
  ApduTransportEvents,
  CardPresence,
  IoOptions,
  PortInfo,
  TransportState,
} from '../transport/types'
import type { PcscReader, ReaderStatus } from './pcsc-types'

/** Room for an extended APDU response (65536 data bytes + SW1 SW2). */
const MAX_RESPONSE = 65538

/** How the transport finds its reader and the reader's last status at open time. */
export interface ReaderLookup {
  reader(name: string): { readonly reader: PcscReader; readonly status: ReaderStatus } | undefined
  /**
   * Keeps the PC/SC context alive while the transport is open; `ready` settles once the
   * context has listed its readers. Lookups without it (tests) are always ready.
   */
  hold?(): { readonly ready: Promise<void>; release(): void }
}

/**
 * A minimal ApduTransport over one pcsclite reader: card presence from the reader's status
 * events, connect / transmit / control / disconnect as thin promise wrappers. The reader going
 * away (unplug, pcscd stopping) is a 'disconnect'. A timeout or abort rejects the caller, but
 * the native call cannot be cancelled and still completes in the background.
 */
/** How long a disconnect waits behind a transmit that a mute card never answers. */
const DISCONNECT_TIMEOUT_MS = 3000

export class PcscApduTransport implements ApduTransport {
  readonly kind = 'pcsc'
  readonly events = new EventEmitter<ApduTransportEvents>()
  private currentState: TransportState = 'closed'
  private presence: CardPresence = { present: false }
  private reader: PcscReader | undefined
  private protocol: number | undefined
  private releaseHold: (() => void) | undefined

  constructor(
    readonly info: PortInfo,
    private readonly lookup: ReaderLookup,
  ) {}

  get state(): TransportState {
    return this.currentState
  }

  get card(): CardPresence {
    return this.presence
  }

  /** Rejects TRANSPORT_OPEN_FAILED when the reader is not (or no longer) present. */
  async open(): Promise<void> {
    if (this.currentState === 'open') return
    const hold = this.lookup.hold?.()
    await hold?.ready
    const found = this.lookup.reader(this.info.path)
    if (found === undefined) {
      hold?.release()
      throw new TransportError('TRANSPORT_OPEN_FAILED', 'no such PC/SC reader')
    }
    this.releaseHold =
      hold === undefined
        ? undefined
        : () => {
            hold.release()
          }
    this.reader = found.reader
    found.reader.on('status', this.onStatus)
    found.reader.on('end', this.onEnd)
    this.presence = presenceOf(found.reader, found.status)
    this.setState('open')
  }

  async close(): Promise<void> {
    const release = this.releaseHold
    this.releaseHold = undefined
    try {
      const reader = this.reader
      if (reader === undefined) return
      this.setState('closing')
      if (this.protocol !== undefined) await this.disconnect('leave').catch(() => undefined)
      this.detach(reader)
      this.setState('closed')
    } finally {
      release?.()
    }
  }

  /**
   * SCardConnect in the given share mode (default shared: pcsclite's own default, exclusive,
   * would lock out pcsc_scan and other agents' readers of the same card) with T=0 or T=1.
   * Rejects TRANSPORT_TIMEOUT after `timeoutMs`; without a card, TRANSPORT_DISCONNECTED with
   * `details.reason` 'card-removed'.
   */
  async connect(
    options: { readonly share?: 'shared' | 'exclusive' } & IoOptions = {},
  ): Promise<{ readonly protocol: 'T0' | 'T1' }> {
    const reader = this.usable('connect')
    // pcsclite keeps its handle after the card is pulled and then answers connect() without
    // connecting; a fresh handle needs the stale one dropped first.
    if (isConnected(reader)) await this.dropHandle(reader)
    const shareMode =
      options.share === 'exclusive' ? reader.SCARD_SHARE_EXCLUSIVE : reader.SCARD_SHARE_SHARED
    const pending = pendingIo<number>('PC/SC connect', options)
    reader.connect(
      { share_mode: shareMode, protocol: reader.SCARD_PROTOCOL_T0 | reader.SCARD_PROTOCOL_T1 },
      (error, negotiated) => {
        if (error) pending.reject(ioError('SCardConnect failed', error))
        else if (typeof negotiated !== 'number') {
          pending.reject(new TransportError('TRANSPORT_IO', 'SCardConnect gave no protocol'))
        } else pending.resolve(negotiated)
      },
    )
    const protocol = await pending.promise
    this.protocol = protocol
    return { protocol: protocol === reader.SCARD_PROTOCOL_T0 ? 'T0' : 'T1' }
  }

  async disconnect(
    disposition: 'leave' | 'reset' | 'unpower' | 'eject',
    options: IoOptions = {},
  ): Promise<void> {
    const reader = this.usable('disconnect')
    const code = {
      leave: reader.SCARD_LEAVE_CARD,
      reset: reader.SCARD_RESET_CARD,
      unpower: reader.SCARD_UNPOWER_CARD,
      eject: reader.SCARD_EJECT_CARD,
    }[disposition]
    this.protocol = undefined
    const pending = pendingIo<undefined>('PC/SC disconnect', {
      timeoutMs: DISCONNECT_TIMEOUT_MS,
      ...options,
    })
    reader.disconnect(code, error => {
      if (error) pending.reject(ioError('SCardDisconnect failed', error))
      else pending.resolve(undefined)
    })
    await pending.promise
  }

  async transmit(command: Uint8Array, options: IoOptions = {}): Promise<Buffer> {
    const reader = this.usable('transmit')
    const protocol = this.protocol
    if (protocol === undefined) {
      throw new TransportError('TRANSPORT_IO', 'transmit before connect')
    }
    const pending = pendingIo<Buffer>('PC/SC transmit', options)
    reader.transmit(Buffer.from(command), MAX_RESPONSE, protocol, (error, response) => {
      if (error) pending.reject(ioError('SCardTransmit failed', error))
      else if (response.length < 2) {
        // A card always answers with a status word. vpcd reports a card whose connection
        // dropped mid-APDU as success with no bytes, before pcscd notices the removal.
        pending.reject(
          new TransportError('TRANSPORT_DISCONNECTED', 'SCardTransmit: the card was removed', {
            details: { reason: 'card-removed', length: response.length },
          }),
        )
      } else pending.resolve(response)
    })
    return pending.promise
  }

  /** SCardControl; rejects TRANSPORT_TIMEOUT after `options.timeoutMs`. */
  async control(code: number, data: Uint8Array, options: IoOptions = {}): Promise<Buffer> {
    const reader = this.usable('control')
    const pending = pendingIo<Buffer>('PC/SC control', options)
    reader.control(Buffer.from(data), code, MAX_RESPONSE, (error, response) => {
      if (error) pending.reject(ioError('SCardControl failed', error))
      else pending.resolve(response)
    })
    return pending.promise
  }

  /** Leaves the card as it is; a handle pcscd already forgot is marked unconnected anyway. */
  private async dropHandle(reader: PcscReader): Promise<void> {
    this.protocol = undefined
    await new Promise<void>(resolve => {
      reader.disconnect(reader.SCARD_LEAVE_CARD, () => {
        resolve()
      })
    })
    ;(reader as { connected?: boolean }).connected = false
  }

  private readonly onStatus = (status: ReaderStatus): void => {
    const reader = this.reader
    if (reader === undefined) return
    const next = presenceOf(reader, status)
    if (next.present === this.presence.present && (!next.present || sameAtr(next, this.presence))) {
      return
    }
    this.presence = next
    if (!next.present && isConnected(reader)) void this.dropHandle(reader)
    this.events.emit('card', next)
  }

  private readonly onEnd = (): void => {
    const reader = this.reader
    if (reader === undefined) return
    this.detach(reader)
    this.setState('disconnected')
    this.events.emit(
      'disconnect',
      new TransportError('TRANSPORT_DISCONNECTED', 'the PC/SC reader went away'),
    )
  }

  private detach(reader: PcscReader): void {
    reader.off('status', this.onStatus)
    reader.off('end', this.onEnd)
    this.reader = undefined
    this.protocol = undefined
  }

  private usable(operation: string): PcscReader {
    if (this.currentState === 'disconnected') {
      throw new TransportError('TRANSPORT_DISCONNECTED', `PC/SC ${operation}: the reader is gone`)
    }
    const reader = this.reader
    if (reader === undefined || this.currentState !== 'open') {
      throw new TransportError(
        'TRANSPORT_CANCELED',
        `PC/SC ${operation}: the transport is not open`,
      )
    }
    return reader
  }

  private setState(state: TransportState): void {
    if (state === this.currentState) return
    this.currentState = state
    this.events.emit('state', state)
  }
}

function presenceOf(reader: PcscReader, status: ReaderStatus): CardPresence {
  // pcsclite's state word carries an event counter in its upper 16 bits.
  const present = (status.state & 0xffff & reader.SCARD_STATE_PRESENT) !== 0
  return present ? { present: true, atr: status.atr ?? Buffer.alloc(0) } : { present: false }
}

function sameAtr(a: CardPresence, b: CardPresence): boolean {
  return a.present && b.present && a.atr.equals(b.atr)
}

function isConnected(reader: PcscReader): boolean {
  return (reader as { connected?: boolean }).connected === true
}

/**
 * PC/SC codes that mean something went away, by what: the card (REMOVED_CARD, NO_SMARTCARD,
 * NOT_TRANSACTED — which is what a card pulled during transmit gives), the reader
 * (READER_UNAVAILABLE, UNKNOWN_READER) or pcscd itself (NO_SERVICE, SERVICE_STOPPED).
 */
const GONE: Readonly<Record<string, 'card-removed' | 'reader-gone' | 'pcscd-stopped'>> = {
  '80100069': 'card-removed',
  '8010000c': 'card-removed',
  '80100016': 'card-removed',
  '80100017': 'reader-gone',
  '80100009': 'reader-gone',
  '8010001d': 'pcscd-stopped',
  '8010001e': 'pcscd-stopped',
}

// pcsclite errors carry the PC/SC code only in the message ("… (0x80100016)").
function ioError(message: string, cause: unknown): TransportError {
  const text = cause instanceof Error ? cause.message : String(cause)
  const pcscCode = /0x([0-9a-f]{8})/i.exec(text)?.[1]?.toLowerCase()
  const reason = pcscCode === undefined ? undefined : GONE[pcscCode]
  const details = pcscCode === undefined ? {} : { pcsc: pcscCode }
  if (reason === 'pcscd-stopped') {
    return new TransportError('TRANSPORT_UNAVAILABLE', `${message}: pcscd is not running`, {
      cause,
      details: { ...details, reason },
    })
  }
  if (reason !== undefined) {
    const what = reason === 'card-removed' ? 'the card was removed' : 'the reader went away'
    return new TransportError('TRANSPORT_DISCONNECTED', `${message}: ${what}`, {
      cause,
      details: { ...details, reason },
    })
  }
  return new TransportError('TRANSPORT_IO', message, { cause, details })
}

import type { Clock } from '../../core/clock'
import { TransportError } from '../../core/errors'
import type { Logger } from '../../core/logger'
import type { ByteStream, IoOptions } from '../../transport/types'
import {
  decodePacket,
  encodePacket,
  HEADER_LENGTH,
  isPacketFault,
  START_CODE,
  type DecodedPacket,
  type Packet,
  type PacketKind,
} from './packets'

export interface R30xLinkOptions {
  /** The module's address; packets are sent to it and replies must come from it. */
  readonly address: number
  /** How long one reply packet may take when the call gives no timeoutMs. */
  readonly replyTimeoutMs: number
  readonly clock: Clock
  readonly logger: Logger
}

/** A command's acknowledge packet: its confirmation code and what follows it. */
export interface Acknowledge {
  readonly confirmation: number
  readonly data: Buffer
}

/**
 * Packets over a ByteStream: the layer between the byte stream and the commands. Not safe for
 * overlapping calls (the ByteStream allows one read and one write at a time); the driver runs
 * one command at a time.
 *
 * Resynchronisation: at start (an R503 sends a 0x55 "ready" byte after power-up) and after a
 * framing fault, bytes up to the next EF 01 are skipped instead of failing, so one corrupt reply
 * costs one command, not the session. Data packets left over from a transfer the caller gave up
 * on (an abort, a fault mid-image) are skipped while an acknowledge is awaited.
 */
export class R30xLink {
  private buffered: Buffer = Buffer.alloc(0)
  private resync = true
  /** A reply timed out or was garbled: its bytes may still come and must not answer the next. */
  private late = false

  constructor(
    private readonly stream: ByteStream,
    private readonly options: R30xLinkOptions,
  ) {}

  /**
   * Writes one packet to the module. An aborted `io.signal` rejects TRANSPORT_CANCELED before
   * the write; a write once started is not abandoned (half a packet would garble the line).
   * Otherwise rejects with the stream's TransportError.
   */
  async send(kind: PacketKind, payload: Uint8Array, io: IoOptions = {}): Promise<void> {
    if (io.signal?.aborted === true) {
      throw new TransportError(
        'TRANSPORT_CANCELED',
        `R30x ${kind} packet aborted before it was sent`,
        {
          cause: io.signal.reason,
        },
      )
    }
    const packet = encodePacket({
      address: this.options.address,
      kind,
      payload: Buffer.from(payload),
    })
    await this.stream.write(packet)
  }

  /**
   * Sends a command packet (instruction code, then `parameters`) and waits for its acknowledge.
   * `name` is how errors and timeouts name the command.
   *
   * A command once written is answered before this returns, whatever `io.signal` does: the
   * protocol has no sequence numbers, so an acknowledge left behind would be taken for the next
   * command's. The signal is honoured before the write (TRANSPORT_CANCELED, nothing sent); the
   * wait is bounded by the reply timeout alone. After a timeout or a framing fault, whatever has
   * arrived by the next command is discarded before it is written; a reply later still would be
   * taken for that command's (no sequence numbers: the protocol's limit).
   *
   * Rejects TRANSPORT_TIMEOUT, TRANSPORT_IO with details.reason for a framing fault or an
   * unexpected packet, or the stream's TransportError.
   */
  async command(
    instruction: number,
    name: string,
    parameters: Uint8Array,
    io: IoOptions = {},
  ): Promise<Acknowledge> {
    if (this.late) await this.discardLateReplies()
    await this.send('command', Buffer.from([instruction, ...parameters]), io)
    const bounded = io.timeoutMs === undefined ? {} : { timeoutMs: io.timeoutMs }
    for (;;) {
      const packet = await this.receive(name, bounded)
      switch (packet.kind) {
        case 'ack': {
          if (packet.payload.length === 0) throw unexpected(name, 'empty acknowledge', 'malformed')
          return { confirmation: packet.payload[0] ?? 0, data: packet.payload.subarray(1) }
        }
        case 'data':
        case 'end-data':
          // The tail of an upload the caller stopped reading: not an answer to this command.
          this.options.logger.debug('r30x stale data packet skipped', {
            step: name,
            bytes: packet.payload.length,
          })
          continue
        case 'command':
          throw unexpected(name, 'a command packet', 'unexpected-packet')
      }
    }
  }

  /**
   * Receives data packets up to and including the end-data packet and returns their payloads
   * joined. The timeout applies to each packet, so a long upload at a slow baud rate is not a
   * timeout while packets keep coming. More than `maxBytes` is TRANSPORT_IO 'too-much-data'.
   */
  async receiveData(name: string, maxBytes: number, io: IoOptions = {}): Promise<Buffer> {
    const parts: Buffer[] = []
    let total = 0
    for (;;) {
      const packet = await this.receive(name, io)
      if (packet.kind !== 'data' && packet.kind !== 'end-data') {
        throw unexpected(
          name,
          `a ${packet.kind} packet inside a data transfer`,
          'unexpected-packet',
        )
      }
      total += packet.payload.length
      if (total > maxBytes) {
        throw new TransportError('TRANSPORT_IO', `R30x ${name}: more than ${maxBytes} bytes`, {
          details: { reason: 'too-much-data', step: name, bytes: total },
        })
      }
      parts.push(packet.payload)
      if (packet.kind === 'end-data') return Buffer.concat(parts)
    }
  }

  /**
   * Sends `data` as data packets of `packetSize` bytes, the last one as end-data. An abort stops
   * between two packets; the module then holds a partial download until the next command.
   */
  async sendData(data: Uint8Array, packetSize: number, io: IoOptions = {}): Promise<void> {
    for (let offset = 0; offset < data.length; offset += packetSize) {
      const end = Math.min(offset + packetSize, data.length)
      await this.send(end === data.length ? 'end-data' : 'data', data.subarray(offset, end), io)
    }
  }

  /** The next packet, however long reading it takes in reads of the stream. */
  async receive(name: string, io: IoOptions = {}): Promise<Packet> {
    const timeoutMs = io.timeoutMs ?? this.options.replyTimeoutMs
    const deadline = this.options.clock.monotonic() + timeoutMs
    for (;;) {
      const decoded = this.take(name)
      if (decoded !== undefined) return decoded.packet
      const remaining = Math.ceil(deadline - this.options.clock.monotonic())
      if (remaining <= 0) {
        this.late = true
        throw timeout(name, timeoutMs)
      }
      let chunk: Buffer
      try {
        chunk = await this.stream.read(withSignal({ timeoutMs: remaining }, io))
      } catch (error) {
        if (error instanceof TransportError && error.code === 'TRANSPORT_TIMEOUT') {
          this.late = true
          throw timeout(name, timeoutMs, error)
        }
        throw error
      }
      this.buffered = this.buffered.length === 0 ? chunk : Buffer.concat([this.buffered, chunk])
    }
  }

  /** Drops what is buffered and whatever the stream holds now, without waiting for more. */
  private async discardLateReplies(): Promise<void> {
    this.late = false
    let dropped = this.buffered.length
    this.buffered = Buffer.alloc(0)
    this.resync = true
    for (;;) {
      try {
        dropped += (await this.stream.read({ timeoutMs: 0 })).length
      } catch (error) {
        if (error instanceof TransportError && error.code === 'TRANSPORT_TIMEOUT') break
        throw error
      }
    }
    if (dropped > 0) this.options.logger.debug('r30x late reply dropped', { bytes: dropped })
  }

  /** Decodes the packet at the front of the buffer, if it is all there. */
  private take(name: string): DecodedPacket | undefined {
    for (;;) {
      if (this.resync) this.skipToStartCode()
      let decoded: DecodedPacket | undefined
      try {
        decoded = decodePacket(this.buffered)
      } catch (error) {
        this.dropFaultyPacket(error)
        if (this.resync) continue
        this.resync = true
        // The genuine reply may be right behind the noise: like a late one, it must not
        // answer the next command.
        this.late = true
        if (isPacketFault(error)) {
          throw new TransportError('TRANSPORT_IO', `${error.message} [r30x ${name}]`, {
            cause: error,
            details: { ...error.details, step: name },
          })
        }
        throw error
      }
      if (decoded === undefined) return undefined
      this.buffered = this.buffered.subarray(decoded.length)
      this.resync = false
      if (decoded.packet.address !== this.options.address >>> 0) {
        throw new TransportError('TRANSPORT_IO', `R30x ${name}: a reply from another address`, {
          details: { reason: 'bad-address', step: name },
        })
      }
      return decoded
    }
  }

  private skipToStartCode(): void {
    const start = this.buffered.indexOf(Buffer.from([START_CODE >> 8, START_CODE & 0xff]))
    if (start >= 0) {
      this.buffered = this.buffered.subarray(start)
      return
    }
    // A lone EF at the end may be the first half of the next start code.
    const keep = this.buffered.at(-1) === START_CODE >> 8 ? 1 : 0
    this.buffered = this.buffered.subarray(this.buffered.length - keep)
  }

  /** Drops the packet a checksum failed for (its length is known), else the first byte. */
  private dropFaultyPacket(error: unknown): void {
    const known =
      isPacketFault(error) && error.details.reason === 'bad-checksum'
        ? HEADER_LENGTH + this.buffered.readUInt16BE(7)
        : 1
    this.buffered = this.buffered.subarray(Math.min(known, this.buffered.length))
  }
}

function withSignal(base: { timeoutMs?: number }, io: IoOptions): IoOptions {
  return io.signal === undefined ? base : { ...base, signal: io.signal }
}

function timeout(name: string, timeoutMs: number, cause?: unknown): TransportError {
  return new TransportError('TRANSPORT_TIMEOUT', `Timeout after ${timeoutMs}ms [r30x ${name}]`, {
    cause,
    details: { step: name, timeoutMs },
  })
}

function unexpected(name: string, what: string, reason: string): TransportError {
  return new TransportError('TRANSPORT_IO', `R30x ${name}: ${what}`, {
    details: { reason, step: name },
  })
}

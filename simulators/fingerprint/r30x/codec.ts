/**
 * The module side of the R30x/ZFM packet format, written from the protocol description and not
 * shared with the driver, so a framing bug on one side shows up against the other:
 *
 *   start code EF 01, a 4-byte address, a packet identifier, a 2-byte length that counts the
 *   payload and the 2-byte checksum, the payload, then the checksum: the low 16 bits of the sum
 *   of the identifier, both length bytes and the payload bytes. Big-endian throughout.
 */

/** Packet identifiers. */
export const PID = { command: 0x01, data: 0x02, ack: 0x07, endData: 0x08 } as const

/** What a received packet turned out to be. */
export type Incoming =
  | {
      readonly type: 'packet'
      readonly address: number
      readonly pid: number
      readonly payload: Buffer
    }
  | { readonly type: 'bad-checksum'; readonly address: number; readonly pid: number }

/** How the next outgoing packet is spoiled, for fault tests. */
export type Corruption = 'checksum' | 'header'

/** The bytes of one packet; `corruption` flips its checksum or its start code. */
export function frame(
  address: number,
  pid: number,
  payload: Uint8Array,
  corruption?: Corruption,
): Buffer {
  const length = payload.length + 2
  let sum = pid + Math.floor(length / 256) + (length % 256)
  for (const byte of payload) sum += byte
  if (corruption === 'checksum') sum ^= 0xffff
  const bytes = [
    corruption === 'header' ? 0xee : 0xef,
    0x01,
    Math.floor(address / 0x1000000) % 256,
    Math.floor(address / 0x10000) % 256,
    Math.floor(address / 0x100) % 256,
    address % 256,
    pid,
    Math.floor(length / 256),
    length % 256,
    ...payload,
    Math.floor(sum / 256) % 256,
    sum % 256,
  ]
  return Buffer.from(bytes)
}

/** Longest payload accepted: a 256-byte data packet. Longer lengths are line noise. */
const MAX_LENGTH = 256 + 2

/**
 * Splits a received byte stream into packets. Bytes that do not start a packet (noise, a
 * half-sent packet) are dropped up to the next EF 01; a packet whose checksum fails is reported
 * as such, so the module can answer "packet receive error" as a real one does.
 */
export class PacketDecoder {
  private pending: Buffer = Buffer.alloc(0)

  push(chunk: Uint8Array): Incoming[] {
    this.pending = Buffer.concat([this.pending, chunk])
    const found: Incoming[] = []
    for (;;) {
      this.dropNoise()
      const bytes = this.pending
      if (bytes.length < 9) return found
      const length = (bytes[7] ?? 0) * 256 + (bytes[8] ?? 0)
      if (length < 2 || length > MAX_LENGTH) {
        this.pending = bytes.subarray(1)
        continue
      }
      if (bytes.length < 9 + length) return found
      const address = bytes.readUInt32BE(2)
      const pid = bytes[6] ?? 0
      const payload = Buffer.from(bytes.subarray(9, 7 + length))
      const received = (bytes[7 + length] ?? 0) * 256 + (bytes[8 + length] ?? 0)
      let sum = pid + (bytes[7] ?? 0) + (bytes[8] ?? 0)
      for (const value of payload) sum += value
      this.pending = bytes.subarray(9 + length)
      found.push(
        sum % 0x10000 === received
          ? { type: 'packet', address, pid, payload }
          : { type: 'bad-checksum', address, pid },
      )
    }
  }

  private dropNoise(): void {
    let start = 0
    while (start < this.pending.length) {
      if (this.pending[start] === 0xef) {
        const next = this.pending[start + 1]
        if (next === undefined || next === 0x01) break
      }
      start += 1
    }
    if (start > 0) this.pending = this.pending.subarray(start)
  }
}

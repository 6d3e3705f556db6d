import { IcaoDecodeError, invalidArgument } from '../icao-error'

/**
 * Big-endian reads over a record from outside, every read bounds-checked: running off the end is
 * an {@link IcaoDecodeError} `truncated` naming the structure and the offset, never a RangeError.
 */
export class ByteReader {
  private position = 0

  constructor(
    private readonly bytes: Buffer,
    private readonly structure: string,
  ) {}

  get remaining(): number {
    return this.bytes.length - this.position
  }

  /** An unsigned big-endian integer of 1 to 6 bytes. */
  uint(size: number): number {
    this.need(size)
    const value = this.bytes.readUIntBE(this.position, size)
    this.position += size
    return value
  }

  take(length: number): Buffer {
    this.need(length)
    const value = this.bytes.subarray(this.position, this.position + length)
    this.position += length
    return value
  }

  /** Fails with `reason` at the current offset, for checks the caller makes on what it read. */
  fail(reason: 'bad-header' | 'bad-length' | 'bad-value' | 'trailing-bytes'): IcaoDecodeError {
    return new IcaoDecodeError(this.structure, reason, { offset: this.position })
  }

  private need(length: number): void {
    if (length < 0 || this.position + length > this.bytes.length) {
      throw new IcaoDecodeError(this.structure, 'truncated', { offset: this.position })
    }
  }
}

/**
 * `value` as an unsigned big-endian integer of `size` bytes. Throws `INVALID_ARGUMENT` naming
 * `field` (reason `out-of-range`) when it is not an integer that fits.
 */
export function uintBytes(
  field: string,
  value: number,
  size: number,
  max = 2 ** (8 * size) - 1,
): Buffer {
  if (!Number.isInteger(value) || value < 0 || value > max)
    throw invalidArgument(field, 'out-of-range')
  const bytes = Buffer.alloc(size)
  bytes.writeUIntBE(value, 0, size)
  return bytes
}

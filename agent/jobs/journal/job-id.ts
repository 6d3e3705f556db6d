import { randomBytes } from 'node:crypto'
import type { Clock } from '../../../drivers/core/clock'

/** Crockford's base32: no I, L, O or U, so ids survive being read aloud or typed. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

function encode(value: bigint, length: number): string {
  let text = ''
  let rest = value
  for (let index = 0; index < length; index += 1) {
    text = (ALPHABET[Number(rest & 31n)] ?? '0') + text
    rest >>= 5n
  }
  return text
}

/** Makes a job id for the journal; tests inject a counter. */
export type JobIdGenerator = () => string

/**
 * ULID-shaped ids: 48 bits of milliseconds then 80 random bits, 26 characters of Crockford
 * base32, so ids sort roughly by creation and an operator can type one. Ordering inside the
 * journal does not rely on this (it uses the insertion sequence).
 */
export function createJobIdGenerator(clock: Pick<Clock, 'now'>): JobIdGenerator {
  return () => {
    const time = BigInt(Math.max(0, Math.floor(clock.now()))) & 0xffff_ffff_ffffn
    const random = BigInt(`0x${randomBytes(10).toString('hex')}`)
    return encode(time, 10) + encode(random, 16)
  }
}

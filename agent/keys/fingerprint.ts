import { createHash } from 'node:crypto'
import { z85Decode } from '../../protocol/z85'

/**
 * A short, stable name for a CURVE public key in logs and listings: the first 16 hex characters
 * of SHA-256 over the raw 32-byte key. A whole key is never logged, so log readers cannot
 * enrol it elsewhere, and two keys are still told apart.
 *
 * @throws RangeError when `z85` is not Z85 text.
 */
export function keyFingerprint(z85: string): string {
  return createHash('sha256').update(z85Decode(z85)).digest('hex').slice(0, 16)
}

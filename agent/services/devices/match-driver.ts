import type { DeviceMatch, DriverDescriptor } from '../../../drivers/core/driver'
import type { PortInfo } from '../../../drivers/transport/types'

/** The score of a descriptor whose table matches and which has no score() of its own. */
export const DEFAULT_MATCH_SCORE = 50

/**
 * Picks the driver for a port, libfprint style: a descriptor is a candidate when its transport is
 * the port's kind, it is in `allow` (when given) and a row of its idTable matches; its score is
 * `score(info)`, or 50 without one; a score of 0 or less rules it out; the highest score wins and
 * a tie goes to the descriptor listed first. Pure: RegExp `lastIndex` is neither read nor changed.
 */
export function matchDriver(
  info: PortInfo,
  drivers: readonly DriverDescriptor[],
  allow?: readonly string[],
): DriverDescriptor | undefined {
  let best: DriverDescriptor | undefined
  let bestScore = 0
  for (const descriptor of drivers) {
    if (descriptor.transport !== info.kind) continue
    if (allow !== undefined && !allow.includes(descriptor.id)) continue
    if (!descriptor.idTable.some(row => rowMatches(row, info))) continue
    const score = descriptor.score?.(info) ?? DEFAULT_MATCH_SCORE
    if (score > bestScore) {
      best = descriptor
      bestScore = score
    }
  }
  return best
}

function rowMatches(row: DeviceMatch, info: PortInfo): boolean {
  if ('vendorId' in row) return info.vendorId === row.vendorId && info.productId === row.productId
  if ('readerName' in row) return info.kind === 'pcsc' && matches(row.readerName, info.path)
  if ('productName' in row)
    return info.product !== undefined && matches(row.productName, info.product)
  return matches(row.path, info.path)
}

// String#search ignores the global flag and restores lastIndex, unlike RegExp#test.
function matches(pattern: RegExp, text: string): boolean {
  return text.search(pattern) !== -1
}

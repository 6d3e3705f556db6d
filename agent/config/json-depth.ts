/**
 * How deep a configuration value may nest. Real files nest three levels (section, key, driver
 * options); far deeper input would overflow the stack of the recursive walks that follow
 * (freezing, JSON.stringify in messages), so it is refused by name instead.
 */
export const MAX_JSON_DEPTH = 32

/** True when `value` nests arrays or objects more than `max` levels deep; never recurses. */
export function nestsDeeperThan(value: unknown, max: number = MAX_JSON_DEPTH): boolean {
  const pending: [unknown, number][] = [[value, 0]]
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [node, depth] = next
    if (typeof node !== 'object' || node === null) continue
    if (depth >= max) return true
    for (const child of Object.values(node)) pending.push([child, depth + 1])
  }
  return false
}

import { DerError } from './der'

/** The content octets of an OBJECT IDENTIFIER in dotted form (X.690 §8.19). */
export function encodeOidContent(oid: string): Uint8Array {
  const arcs = oid.split('.').map(arc => {
    if (!/^(0|[1-9]\d*)$/.test(arc)) throw new RangeError(`not an OID: ${oid}`)
    return BigInt(arc)
  })
  const [first, second, ...rest] = arcs
  if (first === undefined || second === undefined || first > 2n || (first < 2n && second > 39n)) {
    throw new RangeError(`not an OID: ${oid}`)
  }
  const out: number[] = []
  for (const arc of [first * 40n + second, ...rest]) {
    const groups: number[] = [Number(arc & 0x7fn)]
    for (let rest = arc >> 7n; rest > 0n; rest >>= 7n) groups.unshift(Number(rest & 0x7fn) | 0x80)
    out.push(...groups)
  }
  return Uint8Array.from(out)
}

/** The dotted form of an OBJECT IDENTIFIER's content octets; rejects non-minimal arcs. */
export function decodeOidContent(content: Uint8Array): string {
  if (content.length === 0) throw new DerError('bad-value', 'empty object identifier')
  const arcs: bigint[] = []
  let arc = 0n
  let started = false
  for (const byte of content) {
    if (!started && byte === 0x80)
      throw new DerError('not-der', 'object identifier arc not minimal')
    started = true
    arc = (arc << 7n) | BigInt(byte & 0x7f)
    if ((byte & 0x80) === 0) {
      arcs.push(arc)
      arc = 0n
      started = false
    }
  }
  if (started) throw new DerError('truncated', 'truncated object identifier')
  const [head, ...rest] = arcs as [bigint, ...bigint[]]
  const first = head < 80n ? head / 40n : 2n
  return [first, head - first * 40n, ...rest].join('.')
}

/**
 * Faults a test arms on the virtual chip, each for the next N commands it applies to:
 * - `pull`: the card leaves the reader while an APDU is in flight (no answer, connection dropped);
 * - `mute`: the APDU is swallowed, so the reader's timeout is what fires;
 * - `memory-failure`: the next write (CREATE FILE, UPDATE BINARY, PUT DATA) answers 6581;
 * - `file-full`: the next write answers 6A84;
 * - `wrong-mac`: the next secure-messaging response carries a corrupted DO'8E'.
 */
export const FAULT_KINDS = ['pull', 'mute', 'memory-failure', 'file-full', 'wrong-mac'] as const
export type FaultKind = (typeof FAULT_KINDS)[number]

export function isFaultKind(value: unknown): value is FaultKind {
  return typeof value === 'string' && (FAULT_KINDS as readonly string[]).includes(value)
}

export class Faults {
  private readonly remaining = new Map<FaultKind, number>()

  arm(kind: FaultKind, count = 1): void {
    if (!Number.isInteger(count) || count < 0) throw new RangeError('count must be an integer ≥ 0')
    if (count === 0) this.remaining.delete(kind)
    else this.remaining.set(kind, count)
  }

  clear(): void {
    this.remaining.clear()
  }

  /** True, and one use spent, when `kind` is armed. */
  take(kind: FaultKind): boolean {
    const left = this.remaining.get(kind)
    if (left === undefined) return false
    if (left <= 1) this.remaining.delete(kind)
    else this.remaining.set(kind, left - 1)
    return true
  }

  armed(): Partial<Record<FaultKind, number>> {
    return Object.fromEntries(this.remaining)
  }
}

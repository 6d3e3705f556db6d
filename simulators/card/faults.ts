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
  /** Faults that wait for a command with this INS, e.g. the first UPDATE BINARY (D6). */
  private readonly onIns = new Map<FaultKind, number>()

  arm(kind: FaultKind, count = 1, ins?: number): void {
    if (!Number.isInteger(count) || count < 0) throw new RangeError('count must be an integer ≥ 0')
    if (ins !== undefined && (!Number.isInteger(ins) || ins < 0 || ins > 0xff)) {
      throw new RangeError('ins must be a byte')
    }
    this.onIns.delete(kind)
    if (count === 0) this.remaining.delete(kind)
    else this.remaining.set(kind, count)
    if (ins !== undefined && count > 0) this.onIns.set(kind, ins)
  }

  clear(): void {
    this.remaining.clear()
    this.onIns.clear()
  }

  /** True, and one use spent, when `kind` is armed (for this INS, when it names one). */
  take(kind: FaultKind, ins?: number): boolean {
    const left = this.remaining.get(kind)
    if (left === undefined) return false
    const wanted = this.onIns.get(kind)
    if (wanted !== undefined && wanted !== ins) return false
    if (left <= 1) {
      this.remaining.delete(kind)
      this.onIns.delete(kind)
    } else this.remaining.set(kind, left - 1)
    return true
  }

  armed(): Partial<Record<FaultKind, number>> {
    return Object.fromEntries(this.remaining)
  }
}

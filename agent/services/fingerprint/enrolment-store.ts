/**
 * The fingers captured so far in each enrolment, in memory only (templates are biometric data:
 * never on disk, never logged), so that the next capture of the same enrolment can be checked for
 * duplicates. Entries expire after `ttlMs` and the store holds at most `maxEnrolments`.
 */
export interface EnrolledFinger {
  readonly transactionId: string
  readonly position: number
  readonly template: Buffer
  /**
   * How the template compares: 'iso' templates with the agent's matcher, any other value only
   * with captures from the same device, through that device's own Match command.
   */
  readonly comparator: string
}

interface Enrolment {
  fingers: EnrolledFinger[]
  touchedAt: number
}

export class EnrolmentStore {
  private readonly enrolments = new Map<string, Enrolment>()

  constructor(
    private readonly now: () => number,
    private readonly ttlMs = 30 * 60_000,
    private readonly maxEnrolments = 64,
  ) {}

  fingers(enrolmentId: string): readonly EnrolledFinger[] {
    this.expire()
    return this.enrolments.get(enrolmentId)?.fingers ?? []
  }

  /**
   * Records a capture's fingers. A later capture of the same transaction (a retake) replaces the
   * earlier one's fingers instead of being compared with them.
   */
  record(enrolmentId: string, fingers: readonly EnrolledFinger[]): void {
    this.expire()
    const transactions = new Set(fingers.map(finger => finger.transactionId))
    const entry = this.enrolments.get(enrolmentId) ?? { fingers: [], touchedAt: 0 }
    entry.fingers = [
      ...entry.fingers.filter(finger => !transactions.has(finger.transactionId)),
      ...fingers,
    ]
    entry.touchedAt = this.now()
    this.enrolments.delete(enrolmentId)
    this.enrolments.set(enrolmentId, entry)
    while (this.enrolments.size > this.maxEnrolments) {
      const oldest = this.enrolments.keys().next().value
      if (oldest === undefined) break
      this.enrolments.delete(oldest)
    }
  }

  private expire(): void {
    const limit = this.now() - this.ttlMs
    for (const [id, entry] of this.enrolments) {
      if (entry.touchedAt < limit) this.enrolments.delete(id)
    }
  }
}

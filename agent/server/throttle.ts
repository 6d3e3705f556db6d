/**
 * Lets one log line per key through each window and counts the rest, so a client flooding bad
 * requests cannot flood the log too. The next line let through reports how many were suppressed.
 */
export class LogThrottle {
  private readonly windows = new Map<string, { until: number; suppressed: number }>()

  constructor(
    private readonly windowMs: number,
    private readonly now: () => number,
  ) {}

  /** Returns the number suppressed since the last line, or undefined to suppress this one. */
  admit(key: string): number | undefined {
    const now = this.now()
    const window = this.windows.get(key)
    if (window && now < window.until) {
      window.suppressed += 1
      return undefined
    }
    const suppressed = window?.suppressed ?? 0
    this.windows.set(key, { until: now + this.windowMs, suppressed: 0 })
    if (this.windows.size > 1000) this.prune(now)
    return suppressed
  }

  private prune(now: number): void {
    for (const [key, window] of this.windows) if (window.until <= now) this.windows.delete(key)
  }
}

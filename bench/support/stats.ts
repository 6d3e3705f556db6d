/** Latency figures of one scenario, in milliseconds. */
export interface LatencySummary {
  readonly count: number
  readonly p50Ms: number
  readonly p99Ms: number
  readonly meanMs: number
  readonly maxMs: number
}

/**
 * The q-quantile (0 < q ≤ 1) of samples sorted ascending, by nearest rank: always a value that
 * was actually measured, so a p99 over 100 samples is the slowest but one, not an interpolation.
 */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)))
  return sorted[rank - 1]!
}

/** p50, p99, mean and max of round-trip samples; the input is not modified. */
export function summarize(samplesMs: readonly number[]): LatencySummary {
  const sorted = Float64Array.from(samplesMs).sort()
  const values = Array.from(sorted)
  const total = values.reduce((sum, value) => sum + value, 0)
  return {
    count: values.length,
    p50Ms: quantile(values, 0.5),
    p99Ms: quantile(values, 0.99),
    meanMs: values.length === 0 ? Number.NaN : total / values.length,
    maxMs: values.length === 0 ? Number.NaN : values[values.length - 1]!,
  }
}

/** Events per second over an interval in milliseconds. */
export function perSecond(count: number, elapsedMs: number): number {
  return elapsedMs > 0 ? (count * 1000) / elapsedMs : Number.NaN
}

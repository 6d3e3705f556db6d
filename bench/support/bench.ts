/** What every benchmark gets from bench/run.ts. */
export interface BenchOptions {
  /** A short smoke run: same code paths, small counts, figures not worth comparing. */
  readonly quick: boolean
}

/** What a benchmark reports back; the figures themselves it prints. */
export interface BenchOutcome {
  readonly targetsMet: number
  readonly targetsMissed: number
}

export type Bench = (options: BenchOptions) => Promise<BenchOutcome>

import { performance } from 'node:perf_hooks'
import fc from 'fast-check'
import { AgentError } from '../../drivers/core/errors'

/**
 * One parser of outside bytes under fuzz. `arbitrary` is a factory because some valid samples
 * take a moment to build (a signed SOD, a key pair) and a run of one target should not pay for
 * the others. `run` feeds the parser one input; `accept` says whether a thrown error is one the
 * parser documents. Anything else thrown, or a case slower than the time limit, fails the run.
 */
export interface FuzzTarget<T = unknown> {
  readonly name: string
  readonly arbitrary: () => fc.Arbitrary<T> | Promise<fc.Arbitrary<T>>
  readonly run: (input: T) => unknown
  readonly accept: (error: unknown) => boolean
}

/** Declares a target with its input type checked, then erases it for the list. */
export function target<T>(spec: FuzzTarget<T>): FuzzTarget {
  return spec as unknown as FuzzTarget
}

/** A case slower than this is a hang or a quadratic blow-up, not a slow machine. */
export const DEFAULT_CASE_LIMIT_MS = 200

export interface FuzzOptions {
  readonly numRuns: number
  readonly seed: number
  readonly caseLimitMs?: number
  /** Called before each case of the main phase with its 0-based index (not during shrinking). */
  readonly onCase?: (index: number) => void
}

export interface FuzzFailure {
  readonly reason: string
  readonly counterexample: string
  readonly seed: number
  readonly path: string | undefined
}

export interface FuzzOutcome {
  readonly name: string
  readonly cases: number
  /** Errors the parser threw, by `code reason` (or the error's name), and how many. */
  readonly tally: Readonly<Record<string, number>>
  readonly slowestMs: number
  readonly durationMs: number
  readonly failure: FuzzFailure | undefined
}

/** `INVALID_ARGUMENT bad-crc`-style key of an accepted error, for the tally. */
export function tallyKey(error: unknown): string {
  if (error instanceof AgentError) {
    const reason = error.details.reason
    return typeof reason === 'string' ? `${error.code} ${reason}` : error.code
  }
  // Offsets and lengths in a library's message would give every case a key of its own.
  if (error instanceof Error)
    return `${error.name}: ${error.message.replace(/[:\d].*$/, '').trim()}`
  return typeof error
}

class SlowCase extends Error {
  override name = 'SlowCase'
}

class UntypedThrow extends Error {
  override name = 'UntypedThrow'
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}\n${error.stack ?? ''}`
  return String(error)
}

/** Runs `numRuns` cases of one target; never throws for a failing case, reports it instead. */
export async function fuzzTarget(target: FuzzTarget, options: FuzzOptions): Promise<FuzzOutcome> {
  const limit = options.caseLimitMs ?? DEFAULT_CASE_LIMIT_MS
  const arbitrary = await target.arbitrary()
  const tally = new Map<string, number>()
  let slowestMs = 0
  let cases = 0
  // Shrinking starts after the first failure; its extra runs are not cases of the campaign.
  let shrinking = false
  const timed = async (
    input: unknown,
  ): Promise<{ ms: number; error?: unknown; threw: boolean }> => {
    const started = performance.now()
    try {
      await target.run(input)
      return { ms: performance.now() - started, threw: false }
    } catch (error) {
      return { ms: performance.now() - started, error, threw: true }
    }
  }
  const property = fc.asyncProperty(arbitrary, async input => {
    if (!shrinking) {
      options.onCase?.(cases)
      cases += 1
    }
    let outcome = await timed(input)
    // Two retries before calling a case slow: a GC pause or a busy neighbour on a shared machine
    // is not a hang, while a loop or a quadratic path is slow every time.
    for (let retry = 0; retry < 2 && outcome.ms > limit; retry += 1) outcome = await timed(input)
    if (outcome.ms > limit) {
      shrinking = true
      throw new SlowCase(`one case took ${outcome.ms.toFixed(1)} ms (limit ${limit} ms)`)
    }
    if (!shrinking) slowestMs = Math.max(slowestMs, outcome.ms)
    if (!outcome.threw) return
    if (!target.accept(outcome.error)) {
      shrinking = true
      throw new UntypedThrow(`threw an undocumented error: ${describe(outcome.error)}`)
    }
    if (!shrinking) {
      const key = tallyKey(outcome.error)
      tally.set(key, (tally.get(key) ?? 0) + 1)
    }
  })
  const started = performance.now()
  const details = await fc.check(property, {
    numRuns: options.numRuns,
    seed: options.seed,
  })
  const durationMs = performance.now() - started
  let failure: FuzzFailure | undefined
  if (details.failed) {
    const reason =
      details.errorInstance instanceof Error
        ? `${details.errorInstance.name}: ${details.errorInstance.message}`
        : String(details.errorInstance)
    failure = {
      reason,
      counterexample: fc.stringify(details.counterexample?.[0]),
      seed: options.seed,
      path: details.counterexamplePath ?? undefined,
    }
  }
  return {
    name: target.name,
    cases,
    tally: Object.fromEntries([...tally].sort((a, b) => b[1] - a[1])),
    slowestMs,
    durationMs,
    failure,
  }
}

export { SlowCase, UntypedThrow }

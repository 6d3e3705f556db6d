import type { CliLeafCommand } from '../command'
import { withAgent } from '../connect'
import { EXIT_CODES } from '../exit-codes'
import { parseCommandArgs } from '../parse-command-args'
import { UsageError } from '../usage-error'

export interface LatencyStats {
  readonly count: number
  readonly minMs: number
  readonly p50Ms: number
  readonly p99Ms: number
  readonly maxMs: number
  readonly meanMs: number
}

/** Nearest-rank percentiles over round trips. */
export function latencyStats(samples: readonly number[]): LatencyStats {
  if (samples.length === 0) throw new RangeError('no samples')
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (index: number) => sorted[index] ?? 0
  const rank = (p: number) =>
    at(Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1))
  const round = (ms: number) => Math.round(ms * 1000) / 1000
  return {
    count: sorted.length,
    minMs: round(at(0)),
    p50Ms: round(rank(50)),
    p99Ms: round(rank(99)),
    maxMs: round(at(sorted.length - 1)),
    meanMs: round(sorted.reduce((sum, x) => sum + x, 0) / sorted.length),
  }
}

/** `idstation ping`: round-trip latency to the agent through the whole protocol stack. */
export const PING_COMMAND: CliLeafCommand = {
  name: 'ping',
  summary: 'round-trip latency to the agent (min/p50/p99/max)',
  usage: [
    'Usage: idstation ping [--count N] [--size BYTES] [--json]',
    '',
    '  --count N      pings to send, one after the other (default 10, 1..1000000)',
    '  --size BYTES   payload echoed back as its own frame (default 0)',
  ].join('\n'),
  async run(context) {
    const { values, positionals } = parseCommandArgs(context.args, {
      count: { type: 'string' },
      size: { type: 'string' },
    })
    if (positionals.length > 0) throw new UsageError('ping takes no positional arguments')
    const count = Number(values.count ?? '10')
    const size = Number(values.size ?? '0')
    if (!Number.isInteger(count) || count < 1 || count > 1_000_000)
      throw new UsageError('--count must be an integer from 1 to 1000000')
    if (!Number.isInteger(size) || size < 0 || size > 64 * 1024 * 1024)
      throw new UsageError('--size must be an integer from 0 to 67108864')
    const payload = size > 0 ? Buffer.alloc(size, 0x5a) : undefined
    const samples = await withAgent(context, async client => {
      const times: number[] = []
      for (let i = 0; i < count && !context.signal.aborted; i++) {
        const { roundTripMs, echo } = await client.ping(payload)
        if (payload && !echo?.equals(payload))
          throw new Error('the echoed payload differs from the one sent')
        times.push(roundTripMs)
      }
      return times
    })
    const stats = latencyStats(samples)
    if (context.json) context.output.json({ ...stats, payloadBytes: size })
    else
      context.output.print(
        `${stats.count} pings${size ? ` of ${size} bytes` : ''}: min ${stats.minMs} ms, p50 ${stats.p50Ms} ms, p99 ${stats.p99Ms} ms, max ${stats.maxMs} ms, mean ${stats.meanMs} ms`,
      )
    return EXIT_CODES.ok
  },
}

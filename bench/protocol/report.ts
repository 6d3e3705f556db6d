import { perSecond, summarize, type LatencySummary } from '../support/stats'
import { formatDuration, formatMegabytes, formatRate, renderTable } from '../support/table'
import type { Scenario, ScenarioId } from './plan'
import type { RunReport, TargetKind } from './worker-messages'

export const TARGET_LABELS: Record<TargetKind, string> = {
  agent: 'idstation-agent',
  'zmq-echo': 'bare zmq echo',
  http: 'HTTP + JSON',
}

/** One scenario against one target, all its clients taken together. */
export interface Measurement {
  readonly target: TargetKind
  readonly scenario: Scenario
  readonly latency: LatencySummary
  readonly requests: number
  /** Over the span from the first client's start to the last client's end. */
  readonly requestsPerSecond: number
  /** Payload bytes per second in each direction (a round trip carries the payload both ways). */
  readonly bytesPerSecond: number
}

export function measurement(
  target: TargetKind,
  scenario: Scenario,
  reports: readonly RunReport[],
): Measurement {
  const requests = reports.reduce((sum, report) => sum + report.requests, 0)
  const startedAt = Math.min(...reports.map(report => report.startedAtMs))
  const endedAt = Math.max(...reports.map(report => report.endedAtMs))
  const requestsPerSecond = perSecond(requests, endedAt - startedAt)
  return {
    target,
    scenario,
    latency: summarize(reports.flatMap(report => report.samplesMs)),
    requests,
    requestsPerSecond,
    bytesPerSecond: requestsPerSecond * scenario.payloadBytes,
  }
}

export function renderMeasurements(measurements: readonly Measurement[]): string {
  return renderTable(
    [
      { header: 'target' },
      { header: 'scenario' },
      { header: 'clients', align: 'right' },
      { header: 'requests', align: 'right' },
      { header: 'p50', align: 'right' },
      { header: 'p99', align: 'right' },
      { header: 'mean', align: 'right' },
      { header: 'throughput', align: 'right' },
      { header: 'payload', align: 'right' },
    ],
    measurements.map(m => [
      TARGET_LABELS[m.target],
      m.scenario.label,
      `${m.scenario.clients}`,
      m.requests.toLocaleString('en-US'),
      formatDuration(m.latency.p50Ms),
      formatDuration(m.latency.p99Ms),
      formatDuration(m.latency.meanMs),
      formatRate(m.requestsPerSecond, 'req/s'),
      m.scenario.payloadBytes > 0 ? formatRate(m.bytesPerSecond / 1e6, 'MB/s') : '',
    ]),
  )
}

/** One line of the targets table. */
export interface TargetCheck {
  readonly scenario: string
  readonly project: string
  readonly baseline: string
  /** project ÷ baseline */
  readonly ratio: number
  readonly target: string
  readonly met: boolean
}

export const RSS_LIMIT_BYTES = 100e6
/** The agent's RSS before any request, devices attached. */
export const IDLE_RSS_LIMIT_BYTES = 60e6

/**
 * The targets of the protocol bench. A check whose figures are missing (a scenario that failed)
 * counts as missed, never as met.
 */
export function checkTargets(
  measurements: readonly Measurement[],
  soak: {
    readonly requests: number
    readonly rssBytes: number | undefined
    readonly idleRssBytes: number | undefined
  },
): TargetCheck[] {
  const find = (target: TargetKind, id: ScenarioId) =>
    measurements.find(m => m.target === target && m.scenario.id === id)
  const checks: TargetCheck[] = []
  const compare = (
    scenario: string,
    project: Measurement | undefined,
    baseline: Measurement | undefined,
    figure: (m: Measurement) => number,
    format: (value: number) => string,
    target: string,
    meets: (ratio: number) => boolean,
  ) => {
    const p = project ? figure(project) : Number.NaN
    const b = baseline ? figure(baseline) : Number.NaN
    const ratio = p / b
    checks.push({
      scenario,
      project: format(p),
      baseline: `${format(b)} (${baseline ? TARGET_LABELS[baseline.target] : '—'})`,
      ratio,
      target,
      met: Number.isFinite(ratio) && meets(ratio),
    })
  }
  const rate = (m: Measurement) => m.requestsPerSecond
  const clients = find('agent', 'ping-n')?.scenario.clients ?? 0
  compare(
    'Ping p50, 1 client',
    find('agent', 'ping-1'),
    find('zmq-echo', 'ping-1'),
    m => m.latency.p50Ms,
    formatDuration,
    '≤ 1.2× echo',
    ratio => ratio <= 1.2,
  )
  compare(
    `Ping throughput, ${clients} clients`,
    find('agent', 'ping-n'),
    find('http', 'ping-n'),
    rate,
    value => formatRate(value, 'req/s'),
    '≥ 1.5× HTTP',
    ratio => ratio >= 1.5,
  )
  compare(
    `ListDevices throughput, ${clients} clients`,
    find('agent', 'list-n'),
    find('http', 'list-n'),
    rate,
    value => formatRate(value, 'req/s'),
    '≥ 1.5× HTTP',
    ratio => ratio >= 1.5,
  )
  const payload = find('agent', 'payload-1')
  compare(
    `${payload?.scenario.label ?? 'payload'} frames/s`,
    payload,
    find('zmq-echo', 'payload-1'),
    rate,
    value => formatRate(value, 'frames/s'),
    '≥ 0.95× echo',
    ratio => ratio >= 0.95,
  )
  const idle = soak.idleRssBytes ?? Number.NaN
  checks.push({
    scenario: 'agent RSS idle (devices attached, no request yet)',
    project: formatMegabytes(idle),
    baseline: `${formatMegabytes(IDLE_RSS_LIMIT_BYTES)} (limit)`,
    ratio: idle / IDLE_RSS_LIMIT_BYTES,
    target: '≤ 1× limit',
    met: Number.isFinite(idle) && idle <= IDLE_RSS_LIMIT_BYTES,
  })
  const rss = soak.rssBytes ?? Number.NaN
  checks.push({
    scenario: `agent RSS after ${soak.requests.toLocaleString('en-US')} Pings`,
    project: formatMegabytes(rss),
    baseline: `${formatMegabytes(RSS_LIMIT_BYTES)} (limit)`,
    ratio: rss / RSS_LIMIT_BYTES,
    target: '≤ 1× limit',
    met: Number.isFinite(rss) && rss <= RSS_LIMIT_BYTES,
  })
  return checks
}

export function renderChecks(checks: readonly TargetCheck[]): string {
  return renderTable(
    [
      { header: 'scenario' },
      { header: 'project', align: 'right' },
      { header: 'baseline', align: 'right' },
      { header: 'ratio', align: 'right' },
      { header: 'target' },
      { header: 'result' },
    ],
    checks.map(check => [
      check.scenario,
      check.project,
      check.baseline,
      Number.isFinite(check.ratio) ? `${check.ratio.toFixed(2)}×` : '—',
      check.target,
      check.met ? 'PASS' : 'MISS',
    ]),
  )
}

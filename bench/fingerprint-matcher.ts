/**
 * `npm run bench -- fingerprint-matcher`: how well and how fast the agent's minutiae matcher
 * (agent/biometrics/matcher.ts) tells fingers apart, over a population of simulated fingers
 * (simulators/fingerprint: deterministic per identity and finger, noisy per capture).
 *
 * Every finger is captured twice with a mix of quality profiles (six good, three fair, one poor
 * in ten); the device templates travel as ISO/IEC 19794-2 records and are read back by the
 * agent's decoder, as in service. Genuine pairs are the two captures of each finger; impostor
 * pairs are random pairs of different fingers. At the matcher's threshold it prints FMR (impostors
 * accepted) and FNMR (genuine pairs refused), the equal error rate, and the comparisons per
 * second beside a baseline measured in the same run: a brute-force nearest-neighbour count with no
 * alignment (minutiae that happen to lie within the tolerance in raw coordinates), which shows
 * both what alignment costs and what it buys. A smaller set checks the agent's own extraction:
 * minutiae extracted from a rendered capture against the other capture's device template.
 *
 * Targets: FNMR ≤ 2 % at FMR ≤ 0.1 % at the decision threshold; ≤ 2 ms per comparison.
 */
import {
  MATCH_THRESHOLD,
  compareTemplates,
  extractMinutiae,
  prepareTemplate,
  templateFromBytes,
  type MinutiaeTemplate,
  type PreparedTemplate,
} from '../agent/biometrics'
import {
  captureImpression,
  createFinger,
  encodeIso19794_2,
  renderImage,
  type QualityProfile,
} from '../simulators/fingerprint'
import { Prng } from '../simulators/fingerprint/prng'
import type { BenchOptions, BenchOutcome } from './support/bench'
import { quantile } from './support/stats'
import { formatDuration, formatRate, renderTable } from './support/table'

const TARGET_FNMR = 0.02
const TARGET_FMR = 0.001
const TARGET_COMPARISON_MS = 2
/** The baseline's tolerances: the matcher's pairing tolerances, without any alignment. */
const BASELINE_DISTANCE = 12
const BASELINE_ANGLE = 0.4

/** Six good, three fair, one poor in ten captures, spread evenly over fingers and captures. */
function profileOf(finger: number, capture: number): QualityProfile {
  const slot = (finger * 7 + capture * 3) % 10
  return slot < 6 ? 'good' : slot < 9 ? 'fair' : 'poor'
}

interface Finger {
  readonly identity: string
  readonly position: number
  readonly first: MinutiaeTemplate
  readonly second: MinutiaeTemplate
}

/** The same decision, 100 · m² / (nA · nB), with m counted in raw coordinates. */
function baselineScore(a: MinutiaeTemplate, b: MinutiaeTemplate): number {
  if (a.minutiae.length === 0 || b.minutiae.length === 0) return 0
  let matched = 0
  for (const p of a.minutiae) {
    for (const q of b.minutiae) {
      const turn = Math.abs(p.angle - q.angle) % (2 * Math.PI)
      if (
        Math.hypot(p.x - q.x, p.y - q.y) <= BASELINE_DISTANCE &&
        Math.min(turn, 2 * Math.PI - turn) <= BASELINE_ANGLE
      ) {
        matched += 1
        break
      }
    }
  }
  return (100 * matched * matched) / (a.minutiae.length * b.minutiae.length)
}

interface Rates {
  readonly fmr: number
  readonly fnmr: number
}

function ratesAt(
  genuine: readonly number[],
  impostor: readonly number[],
  threshold: number,
): Rates {
  return {
    fmr: impostor.filter(score => score >= threshold).length / impostor.length,
    fnmr: genuine.filter(score => score < threshold).length / genuine.length,
  }
}

/** Equal error rate: the threshold where FMR and FNMR cross, and their mean there. */
function equalErrorRate(genuine: readonly number[], impostor: readonly number[]) {
  const thresholds = [...new Set([...genuine, ...impostor, Infinity])].sort((a, b) => a - b)
  let best = { threshold: 0, eer: 1, gap: Infinity }
  for (const threshold of thresholds) {
    const { fmr, fnmr } = ratesAt(genuine, impostor, threshold)
    const gap = Math.abs(fmr - fnmr)
    if (gap < best.gap) best = { threshold, eer: (fmr + fnmr) / 2, gap }
  }
  return best
}

/** The lowest threshold whose FMR is at most `fmr`, and the FNMR it costs. */
function fnmrAtFmr(genuine: readonly number[], impostor: readonly number[], fmr: number) {
  const sorted = [...impostor].sort((a, b) => a - b)
  // Scores come in steps of 0.1 and are compared with ≥: half a step above the (k + 1)-th highest
  // impostor admits the k above it.
  const allowed = Math.floor(fmr * sorted.length)
  const threshold = (sorted[sorted.length - 1 - allowed] ?? 0) + 0.05
  return { threshold, ...ratesAt(genuine, impostor, threshold) }
}

function percent(value: number): string {
  return `${(100 * value).toFixed(value < 0.01 ? 2 : 1)} %`
}

function distribution(scores: readonly number[]): string {
  const sorted = [...scores].sort((a, b) => a - b)
  return [0, 0.01, 0.5, 0.99, 0.999, 1]
    .map(q => (q === 0 ? sorted[0] : quantile(sorted, q)) ?? Number.NaN)
    .map(value => value.toFixed(1))
    .join(' / ')
}

export async function runMatcherBench(options: BenchOptions): Promise<BenchOutcome> {
  const population = options.quick ? 200 : 1000
  const impostorPairs = options.quick ? 2000 : 10_000
  const extractedFingers = options.quick ? 20 : 100
  console.log(
    `population: ${population} simulated fingers × 2 captures (profiles 6 good : 3 fair : 1 poor), ` +
      `${population} genuine and ${impostorPairs.toLocaleString('en-US')} impostor pairs`,
  )
  const started = performance.now()
  const fingers: Finger[] = []
  for (let index = 0; index < population; index += 1) {
    const identity = `bench-${Math.floor(index / 10)}`
    const position = 1 + (index % 10)
    const finger = createFinger(identity, position)
    const [first, second] = [1, 2].map(capture =>
      templateFromBytes(
        encodeIso19794_2(captureImpression(finger, capture, profileOf(index, capture))),
      ),
    ) as [MinutiaeTemplate, MinutiaeTemplate]
    fingers.push({ identity, position, first, second })
  }
  const buildMs = performance.now() - started
  const prepareStart = performance.now()
  const firsts: PreparedTemplate[] = fingers.map(f => prepareTemplate(f.first))
  const seconds: PreparedTemplate[] = fingers.map(f => prepareTemplate(f.second))
  const prepareMs = (performance.now() - prepareStart) / (2 * population)
  const random = Prng.from('idstation-bench-impostors', population)
  const pairs: [number, number][] = []
  while (pairs.length < impostorPairs) {
    const a = random.int(0, population - 1)
    const b = random.int(0, population - 1)
    if (a !== b) pairs.push([a, b])
  }
  const minutiae = fingers.flatMap(f => [f.first.minutiae.length, f.second.minutiae.length])
  console.log(
    `built in ${(buildMs / 1000).toFixed(1)} s; minutiae per template ${Math.min(...minutiae)}–` +
      `${Math.max(...minutiae)} (mean ${(minutiae.reduce((s, n) => s + n, 0) / minutiae.length).toFixed(1)}); ` +
      `prepare ${formatDuration(prepareMs)} per template`,
  )

  // Matcher and baseline, each over the same pairs, each timed over all of them.
  const run = (compare: (a: number, b: number, genuine: boolean) => number) => {
    const begin = performance.now()
    const genuine = fingers.map((_, i) => compare(i, i, true))
    const impostor = pairs.map(([a, b]) => compare(a, b, false))
    const elapsed = performance.now() - begin
    return { genuine, impostor, perSecond: ((population + impostorPairs) * 1000) / elapsed }
  }
  // Warm both paths up, so neither pays the JIT in its measurement.
  for (let i = 0; i < 50; i += 1) {
    compareTemplates(firsts[i % population]!, seconds[(i * 7) % population]!)
    baselineScore(fingers[i % population]!.first, fingers[(i * 7) % population]!.second)
  }
  const matcher = run((a, b) => compareTemplates(firsts[a]!, seconds[b]!))
  const baseline = run((a, b) => baselineScore(fingers[a]!.first, fingers[b]!.second))

  const threshold = MATCH_THRESHOLD
  const at = ratesAt(matcher.genuine, matcher.impostor, threshold)
  const eer = equalErrorRate(matcher.genuine, matcher.impostor)
  const operating = fnmrAtFmr(matcher.genuine, matcher.impostor, TARGET_FMR)
  const baselineEer = equalErrorRate(baseline.genuine, baseline.impostor)
  const baselineOperating = fnmrAtFmr(baseline.genuine, baseline.impostor, TARGET_FMR)
  console.log(`\nscores (min / p1 / p50 / p99 / p99.9 / max)`)
  console.log(`  matcher  genuine ${distribution(matcher.genuine)}`)
  console.log(`  matcher  impostor ${distribution(matcher.impostor)}`)
  console.log(`  baseline genuine ${distribution(baseline.genuine)}`)
  console.log(`  baseline impostor ${distribution(baseline.impostor)}`)
  console.log(
    `\n${renderTable(
      [
        { header: 'matcher' },
        { header: 'comparisons/s', align: 'right' },
        { header: 'per comparison', align: 'right' },
        { header: 'EER', align: 'right' },
        { header: 'FNMR at FMR ≤ 0.1 %', align: 'right' },
      ],
      [
        [
          'idstation (local structures + alignment)',
          formatRate(matcher.perSecond, '/s'),
          formatDuration(1000 / matcher.perSecond),
          percent(eer.eer),
          `${percent(operating.fnmr)} (t ${operating.threshold.toFixed(1)})`,
        ],
        [
          'baseline (nearest neighbour, no alignment)',
          formatRate(baseline.perSecond, '/s'),
          formatDuration(1000 / baseline.perSecond),
          percent(baselineEer.eer),
          `${percent(baselineOperating.fnmr)} (t ${baselineOperating.threshold.toFixed(1)})`,
        ],
      ],
    )}`,
  )
  console.log(
    `speed ratio matcher / baseline: ${(matcher.perSecond / baseline.perSecond).toFixed(3)}× ` +
      `(the baseline skips the alignment that makes the matcher work)`,
  )
  console.log(
    `at the decision threshold ${threshold}: FMR ${percent(at.fmr)} ` +
      `(${Math.round(at.fmr * impostorPairs)} of ${impostorPairs.toLocaleString('en-US')}), ` +
      `FNMR ${percent(at.fnmr)} (${Math.round(at.fnmr * population)} of ${population}); ` +
      `EER ${percent(eer.eer)} at ${eer.threshold.toFixed(1)}`,
  )

  // The agent's own extraction: rendered capture 1 → extract, against capture 2's device record.
  const renderTimes: number[] = []
  const extractTimes: number[] = []
  const extracted: PreparedTemplate[] = []
  for (let index = 0; index < extractedFingers; index += 1) {
    const finger = createFinger(fingers[index]!.identity, fingers[index]!.position)
    const capture = captureImpression(finger, 1, profileOf(index, 1))
    let begin = performance.now()
    const image = renderImage(capture)
    renderTimes.push(performance.now() - begin)
    begin = performance.now()
    extracted.push(prepareTemplate(extractMinutiae(image)))
    extractTimes.push(performance.now() - begin)
  }
  const extractedGenuine = extracted.map((template, i) => compareTemplates(template, seconds[i]!))
  const extractedImpostor = extracted.flatMap((template, i) =>
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(k =>
      compareTemplates(template, seconds[(i + k * 37) % population]!),
    ),
  )
  const extractedAt = ratesAt(extractedGenuine, extractedImpostor, threshold)
  const median = (values: readonly number[]) =>
    quantile(
      [...values].sort((a, b) => a - b),
      0.5,
    )
  console.log(
    `agent extraction (${extractedFingers} fingers: rendered capture vs the other capture's device ` +
      `record, ${extractedImpostor.length} impostors): FNMR ${percent(extractedAt.fnmr)}, FMR ` +
      `${percent(extractedAt.fmr)} at ${threshold}; render p50 ${formatDuration(median(renderTimes))}, ` +
      `extract p50 ${formatDuration(median(extractTimes))} (320 × 400)`,
  )

  const comparisonMs = 1000 / matcher.perSecond
  const targets = [
    {
      name: 'FMR at the decision threshold',
      value: percent(at.fmr),
      rule: `≤ ${percent(TARGET_FMR)}`,
      pass: at.fmr <= TARGET_FMR,
    },
    {
      name: 'FNMR at the decision threshold',
      value: percent(at.fnmr),
      rule: `≤ ${percent(TARGET_FNMR)}`,
      pass: at.fnmr <= TARGET_FNMR,
    },
    {
      name: 'time per comparison (prepared templates)',
      value: formatDuration(comparisonMs),
      rule: `≤ ${TARGET_COMPARISON_MS} ms`,
      pass: comparisonMs <= TARGET_COMPARISON_MS,
    },
  ]
  console.log(
    `\n${renderTable(
      [
        { header: 'target' },
        { header: 'measured', align: 'right' },
        { header: 'rule' },
        { header: 'result' },
      ],
      targets.map(t => [t.name, t.value, t.rule, t.pass ? 'PASS' : 'MISS']),
    )}`,
  )
  const met = targets.filter(t => t.pass).length
  await Promise.resolve()
  return { targetsMet: met, targetsMissed: targets.length - met }
}

import {
  MATCH_THRESHOLD,
  compareTemplates,
  prepareTemplate,
  type PreparedTemplate,
} from './matcher'
import type { MinutiaeTemplate } from './template'

/** Two fingers of one enrolment that are the same finger. */
export interface DuplicatePair {
  /** ISO/IEC 19794-4 finger positions, a < b. */
  readonly a: number
  readonly b: number
  /** Matcher score, 0–100, at or above the threshold. */
  readonly score: number
}

/** What the duplicate check found: an expected outcome the front-end acts on, not an error. */
export interface DuplicateReport {
  /** Highest score first; empty when every finger is distinct. */
  readonly pairs: readonly DuplicatePair[]
}

export interface DuplicateOptions {
  /** Decision threshold; default MATCH_THRESHOLD. */
  readonly threshold?: number
}

/**
 * Compares every finger of an enrolment with every other and reports the pairs that match: the
 * same finger captured twice (under two positions), or hands swapped (a left-hand finger also
 * enrolled as its right-hand counterpart). Each template is prepared once; n fingers cost
 * n·(n − 1)/2 comparisons, 45 for ten.
 */
export function findDuplicateFingers(
  templates: ReadonlyMap<number, MinutiaeTemplate | PreparedTemplate>,
  options: DuplicateOptions = {},
): DuplicateReport {
  const threshold = options.threshold ?? MATCH_THRESHOLD
  const prepared = [...templates.entries()]
    .sort(([a], [b]) => a - b)
    .map(([position, template]) => ({
      position,
      template: 'local' in template ? template : prepareTemplate(template),
    }))
  const pairs: DuplicatePair[] = []
  for (const [index, first] of prepared.entries()) {
    for (const second of prepared.slice(index + 1)) {
      const score = compareTemplates(first.template, second.template)
      if (score >= threshold) pairs.push({ a: first.position, b: second.position, score })
    }
  }
  pairs.sort((p, q) => q.score - p.score || p.a - q.a || p.b - q.b)
  return { pairs }
}

/**
 * The module's Match score as the 0–100 score of FingerprintScanner.compare.
 *
 * The module scores on its own scale (0 to a few hundred; identical character files score
 * around 300 on R30x firmware) and decides match or no match at a threshold set by its security
 * level. The mapping keeps that decision at 50, whatever the level, so a caller's threshold of
 * 50 means "the module's own decision": a match maps linearly from 50 (score 0) to 100 (score
 * SATURATION and above); a no-match maps linearly from 0 (score 0) to 49 (score SATURATION and
 * above). Monotonic within each decision; the two halves do not overlap.
 */
export function percentScore(matched: boolean, moduleScore: number): number {
  const fraction = Math.min(Math.max(moduleScore, 0), SATURATION) / SATURATION
  return matched ? 50 + Math.round(fraction * 50) : Math.round(fraction * 49)
}

/** The module score from which a match maps to 100: an identical character file's score. */
export const SATURATION = 300

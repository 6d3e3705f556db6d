import { invalidArgument } from '../icao-error'

/** The name field of an MRZ, filled to its width, and whether anything had to be cut. */
export interface NameField {
  readonly text: string
  readonly truncated: boolean
}

const ALLOWED = /^[A-Z '\-,]*$/
const SEPARATORS = /[ \-,]+/

/** Two characters of the secondary identifier kept when the primary has to give way. */
const SECONDARY_RESERVE = 2

/**
 * Splits a transliterated name into MRZ name components, applying Doc 9303-3 §4.6 "Punctuation in
 * the name": an apostrophe is omitted and joins its neighbours (D'ARTAGNAN → DARTAGNAN); a hyphen,
 * a comma or a space separates components (MARIE-ELISE → MARIE<ELISE). Runs of separators count as
 * one, so "SMITH - JONES" does not print `<<<`, which a reader would take for the primary/secondary
 * separator. Only A–Z and those four punctuation characters are accepted: digits and diacritics
 * are refused rather than guessed at (§4.6: "Numeric characters shall not be used"; transliteration
 * is the front-end's job). Throws `INVALID_ARGUMENT` naming `field`, never echoing the name.
 */
export function nameComponents(value: string, field: string): string[] {
  if (!ALLOWED.test(value)) throw invalidArgument(field, 'character-not-allowed')
  return value
    .replaceAll("'", '')
    .split(SEPARATORS)
    .filter(component => component.length > 0)
}

/**
 * Writes primary and secondary components into a name field of `width` characters (Doc 9303-3
 * §4.6): components joined by `<`, primary and secondary by `<<`, filled with `<`.
 *
 * A name that does not fit is truncated. Doc 9303-4 §4.2.3 (TD3) and 9303-5 §4.2.3 (TD1) leave the
 * method to the issuing State and show three: components cut to initials, components cut short, and
 * components cut to a fixed length. This agent uses one fixed rule so the same person always gets
 * the same MRZ:
 * 1. the secondary identifier gives way first (§4.2.3.1); the primary is only cut when it leaves
 *    fewer than two characters for the secondary (§4.2.3.2). Doc 9303-4 §4.2.2.1 "Truncation of
 *    the name" asks at least for `<<` and the first character of the secondary identifier, and
 *    allows cutting the primary further to keep more of it;
 * 2. within an identifier, components become initials from the last one backwards until the text
 *    fits, and the room that frees is given back to the component shortened last, so the field ends
 *    with a letter — the sign of truncation readers look for (Doc 9303-4 §4.2.3.3 note).
 * This reproduces the published examples NILAVADHANANANDA<<CHAYAPA<DEJTHAMRONG<K and
 * NILAVADHANANANDA<<ARNPOL<PETCH<CHARONGU (TD3), NILAVADHANANANDA<<CHAYAPA<DE<K (TD1) and
 * BENNELONG<WOOLOOMOOLOO<WARRANDYTE<W<<DI / BENNELONG<WOOLOOMOOLOO<W<W<<DI.
 */
export function formatNameField(
  primary: readonly string[],
  secondary: readonly string[],
  width: number,
): NameField {
  const primaryText = primary.join('<')
  const secondaryText = secondary.join('<')
  const full = secondary.length > 0 ? `${primaryText}<<${secondaryText}` : primaryText
  if (full.length <= width) return { text: full.padEnd(width, '<'), truncated: false }
  if (secondary.length === 0)
    return { text: fit(primary, width).padEnd(width, '<'), truncated: true }

  const reserve = Math.min(SECONDARY_RESERVE, secondaryText.length)
  const natural = Math.min(primaryText.length, width - 2 - reserve)
  let first: string | undefined
  // Single-letter components can leave one position over, which would end the field with a filler;
  // then the primary gives up one more character so the secondary fills the field exactly.
  for (let budget = natural; budget >= 1; budget -= 1) {
    const keptPrimary = budget >= primaryText.length ? primaryText : fit(primary, budget)
    const text = `${keptPrimary}<<${fit(secondary, width - keptPrimary.length - 2)}`
    if (text.length === width) return { text, truncated: true }
    first ??= text
  }
  return { text: (first ?? '').padEnd(width, '<'), truncated: true }
}

/**
 * Reads a name field back into components: primary before the first `<<`, secondary after it,
 * components split on `<`. Trailing fillers are padding.
 */
export function parseNameField(text: string): { primary: string[]; secondary: string[] } {
  const name = text.replace(/<+$/, '')
  const split = name.indexOf('<<')
  const [primary, secondary] =
    split < 0 ? [name, ''] : [name.slice(0, split), name.slice(split + 2)]
  const components = (part: string) => part.split('<').filter(component => component.length > 0)
  return { primary: components(primary), secondary: components(secondary) }
}

/**
 * The components, shortened as little as possible to fit `budget` characters (see
 * {@link formatNameField}). Trailing components are dropped only when even their initials cannot
 * fit. Whenever something is cut the result is exactly `budget` long, except when every kept
 * component is already a single letter and one position is left over.
 */
function fit(components: readonly string[], budget: number): string {
  if (components.join('<').length <= budget) return components.join('<')
  let kept = components.length
  while (kept > 1 && 2 * kept - 1 > budget) kept -= 1
  const parts = components.slice(0, kept)
  let index = kept - 1
  while (index >= 0 && parts.join('<').length > budget) {
    parts[index] = (parts[index] ?? '').slice(0, 1)
    index -= 1
  }
  const shortenedLast = index + 1
  if (shortenedLast < kept) {
    const slack = budget - parts.join('<').length
    parts[shortenedLast] = (components[shortenedLast] ?? '').slice(0, 1 + slack)
  }
  return parts.join('<')
}

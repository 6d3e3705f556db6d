/*
 * Data only: how Arabic-script characters become MRZ text.
 *
 * Source: ICAO Doc 9303 Part 3 (8th edition, 2021), Section 6 "Transliterations recommended for use
 * by States", C. "Transliteration of Arabic Script" (the Unicode / name / MRZ table and its notes 2
 * and 3), and the informative Appendix B to Part 3, B.5.4 (two letters for foreign names) and
 * B.5.8 (obsolete Maghrib letters). Keyed on the Unicode column, which Doc 9303 calls authoritative
 * over the glyphs. docs/transliteration.md says how this table was checked.
 *
 * The scheme is a letter-for-letter transliteration (Appendix B.5.3): one Arabic letter gives one
 * Latin letter, or 'X' (an escape) followed by one or two letters. Short vowels are not written in
 * Arabic names and are not encoded; no vowel is ever added. The result is reversible (B.5.7).
 */

/** Where a row comes from: Doc 9303 itself, or this agent's documented Kurdish extension. */
export type TransliterationSource =
  'doc9303-3-table-c' | 'doc9303-3-appendix-b' | 'idstation-sorani'

/** One letter with its MRZ transliteration. */
export interface ArabicLetterRow {
  readonly codePoint: number
  /** The letter's name as Doc 9303 prints it (for the Kurdish rows, the Unicode name). */
  readonly name: string
  /** A–Z only: a Latin letter, or `X` followed by one or two letters. */
  readonly mrz: string
  readonly source: TransliterationSource
}

/**
 * Teh marbuta (U+0629): "XTA is used generally, except if teh marbuta occurs at the end of the name
 * component, in which case XAH is used" (Doc 9303-3 §6 C, note 2).
 */
export const TEH_MARBUTA = {
  codePoint: 0x0629,
  general: 'XTA',
  endOfComponent: 'XAH',
} as const

/**
 * Shadda (U+0651) "denotes doubling: Latin character or sequence is repeated" (§6 C, note 3): the
 * whole MRZ sequence of the letter it sits on is written twice, so فضّة is FXDZXDZXAH.
 */
export const SHADDA = 0x0651

/**
 * Marked "(Not encoded)" in §6 C: tatweel (a drawing stroke) and the harakat — tanween, short
 * vowels, sukun, superscript alef. They are dropped (Appendix B.5.5.8, B.5.5.10, B.5.5.12–13).
 */
export const NOT_ENCODED: readonly number[] = [
  0x0640, // tatweel
  0x064b, // fathatan
  0x064c, // dammatan
  0x064d, // kasratan
  0x064e, // fatha
  0x064f, // damma
  0x0650, // kasra
  0x0652, // sukun
  0x0670, // superscript alef
]

/**
 * Also "(Not encoded)" in §6 C, but these are letters, "obsolete and not transliterated" (Appendix
 * B.5.8). Dropping a letter would silently change a name, so this agent refuses them instead.
 */
export const OBSOLETE_LETTERS: readonly number[] = [
  0x069c, // seen with 3 dots below and 3 dots above (Moroccan)
  0x06a2, // feh with dot moved below (Maghrib)
  0x06a7, // qaf with dot above (Maghrib)
  0x06a8, // qaf with 3 dots above (Tunisian)
]

const C = 'doc9303-3-table-c'
const B = 'doc9303-3-appendix-b'
const K = 'idstation-sorani'

/** Doc 9303-3 §6 C, every letter row, in the table's order (teh marbuta is {@link TEH_MARBUTA}). */
export const ARABIC_LETTERS: readonly ArabicLetterRow[] = [
  { codePoint: 0x0621, name: 'hamza', mrz: 'XE', source: C },
  { codePoint: 0x0622, name: 'alef with madda above', mrz: 'XAA', source: C },
  { codePoint: 0x0623, name: 'alef with hamza above', mrz: 'XAE', source: C },
  { codePoint: 0x0624, name: 'waw with hamza above', mrz: 'U', source: C },
  { codePoint: 0x0625, name: 'alef with hamza below', mrz: 'I', source: C },
  { codePoint: 0x0626, name: 'yeh with hamza above', mrz: 'XI', source: C },
  { codePoint: 0x0627, name: 'alef', mrz: 'A', source: C },
  { codePoint: 0x0628, name: 'beh', mrz: 'B', source: C },
  { codePoint: 0x062a, name: 'teh', mrz: 'T', source: C },
  { codePoint: 0x062b, name: 'theh', mrz: 'XTH', source: C },
  { codePoint: 0x062c, name: 'jeem', mrz: 'J', source: C },
  { codePoint: 0x062d, name: 'hah', mrz: 'XH', source: C },
  { codePoint: 0x062e, name: 'khah', mrz: 'XKH', source: C },
  { codePoint: 0x062f, name: 'dal', mrz: 'D', source: C },
  { codePoint: 0x0630, name: 'thal', mrz: 'XDH', source: C },
  { codePoint: 0x0631, name: 'reh', mrz: 'R', source: C },
  { codePoint: 0x0632, name: 'zain', mrz: 'Z', source: C },
  { codePoint: 0x0633, name: 'seen', mrz: 'S', source: C },
  { codePoint: 0x0634, name: 'sheen', mrz: 'XSH', source: C },
  { codePoint: 0x0635, name: 'sad', mrz: 'XSS', source: C },
  { codePoint: 0x0636, name: 'dad', mrz: 'XDZ', source: C },
  { codePoint: 0x0637, name: 'tah', mrz: 'XTT', source: C },
  { codePoint: 0x0638, name: 'zah', mrz: 'XZZ', source: C },
  { codePoint: 0x0639, name: 'ain', mrz: 'E', source: C },
  { codePoint: 0x063a, name: 'ghain', mrz: 'G', source: C },
  { codePoint: 0x0641, name: 'feh', mrz: 'F', source: C },
  { codePoint: 0x0642, name: 'qaf', mrz: 'Q', source: C },
  { codePoint: 0x0643, name: 'kaf', mrz: 'K', source: C },
  { codePoint: 0x0644, name: 'lam', mrz: 'L', source: C },
  { codePoint: 0x0645, name: 'meem', mrz: 'M', source: C },
  { codePoint: 0x0646, name: 'noon', mrz: 'N', source: C },
  { codePoint: 0x0647, name: 'heh', mrz: 'H', source: C },
  { codePoint: 0x0648, name: 'waw', mrz: 'W', source: C },
  { codePoint: 0x0649, name: 'alef maksura', mrz: 'XAY', source: C },
  { codePoint: 0x064a, name: 'yeh', mrz: 'Y', source: C },
  { codePoint: 0x0671, name: 'alef wasla', mrz: 'XXA', source: C },
  { codePoint: 0x0679, name: 'tteh', mrz: 'XXT', source: C },
  { codePoint: 0x067c, name: 'teh with ring', mrz: 'XRT', source: C },
  { codePoint: 0x067e, name: 'peh', mrz: 'P', source: C },
  { codePoint: 0x0681, name: 'hah with hamza above', mrz: 'XKE', source: C },
  { codePoint: 0x0685, name: 'hah with 3 dots above', mrz: 'XXH', source: C },
  { codePoint: 0x0686, name: 'tcheh', mrz: 'XC', source: C },
  { codePoint: 0x0688, name: 'ddal', mrz: 'XXD', source: C },
  { codePoint: 0x0689, name: 'dal with ring', mrz: 'XDR', source: C },
  { codePoint: 0x0691, name: 'rreh', mrz: 'XXR', source: C },
  { codePoint: 0x0693, name: 'reh with ring', mrz: 'XRR', source: C },
  { codePoint: 0x0696, name: 'reh with dot below and dot above', mrz: 'XRX', source: C },
  { codePoint: 0x0698, name: 'jeh', mrz: 'XJ', source: C },
  { codePoint: 0x069a, name: 'seen with dot below and dot above', mrz: 'XXS', source: C },
  { codePoint: 0x06a9, name: 'keheh', mrz: 'XKK', source: C },
  { codePoint: 0x06ab, name: 'kaf with ring', mrz: 'XXK', source: C },
  { codePoint: 0x06ad, name: 'ng', mrz: 'XNG', source: C },
  { codePoint: 0x06af, name: 'gaf', mrz: 'XGG', source: C },
  { codePoint: 0x06ba, name: 'noon ghunna', mrz: 'XNN', source: C },
  { codePoint: 0x06bc, name: 'noon with ring', mrz: 'XXN', source: C },
  { codePoint: 0x06be, name: 'heh doachashmee', mrz: 'XDO', source: C },
  { codePoint: 0x06c0, name: 'heh with yeh above', mrz: 'XYH', source: C },
  { codePoint: 0x06c1, name: 'heh goal', mrz: 'XXG', source: C },
  { codePoint: 0x06c2, name: 'heh goal with hamza above', mrz: 'XGE', source: C },
  { codePoint: 0x06c3, name: 'teh marbuta goal', mrz: 'XTG', source: C },
  // Appendix B note 4: farsi yeh "could be transliterated as 'Y' or 'XAY'"; the table says XYA.
  { codePoint: 0x06cc, name: 'farsi yeh', mrz: 'XYA', source: C },
  { codePoint: 0x06cd, name: 'yeh with tail', mrz: 'XXY', source: C },
  // Appendix B note 5: Pashto yeh "is functionally identical to the standard yeh".
  { codePoint: 0x06d0, name: 'yeh', mrz: 'Y', source: C },
  { codePoint: 0x06d2, name: 'yeh barree', mrz: 'XYB', source: C },
  { codePoint: 0x06d3, name: 'yeh barree with hamza above', mrz: 'XBE', source: C },
  // Appendix B.5.4: "The following two letters are commonly used for foreign names".
  { codePoint: 0x06a4, name: 'veh', mrz: 'V', source: B },
  { codePoint: 0x06a5, name: 'feh with 3 dots below', mrz: 'XF', source: B },
]

/**
 * This agent's extension for Kurdish (Sorani), not ICAO's: the five Sorani letters Doc 9303 has no
 * row for, in the same X-escape form so the MRZ stays one reversible scheme. The escape is followed
 * by the Hawar (Kurdish Latin) letter the Arabic letter stands for; the four letters drawn with a
 * small v add V (ڕ rr → XRV, ڵ ll → XLV, ۆ o → XWV, ێ ê → XYV) and ە (e) takes the XX variant form
 * Doc 9303 already uses for variant letters (XXA, XXG) → XXE. None of these codes starts with
 * another code, so the MRZ still reads back unambiguously. The other Sorani letters — پ چ ژ گ ڤ ک
 * ی ھ — are Doc 9303 rows above. See docs/transliteration.md.
 */
export const SORANI_LETTERS: readonly ArabicLetterRow[] = [
  { codePoint: 0x0695, name: 'ARABIC LETTER REH WITH SMALL V BELOW', mrz: 'XRV', source: K },
  { codePoint: 0x06b5, name: 'ARABIC LETTER LAM WITH SMALL V', mrz: 'XLV', source: K },
  { codePoint: 0x06c6, name: 'ARABIC LETTER OE', mrz: 'XWV', source: K },
  { codePoint: 0x06ce, name: 'ARABIC LETTER YEH WITH SMALL V', mrz: 'XYV', source: K },
  { codePoint: 0x06d5, name: 'ARABIC LETTER AE', mrz: 'XXE', source: K },
]

/**
 * Digits are refused in names: "Numeric characters shall not be used in the name fields of the
 * MRZ" (Doc 9303-3 §4.6). Arabic-Indic (U+0660–0669) and extended Arabic-Indic (U+06F0–06F9).
 */
export const ARABIC_DIGIT_RANGES: readonly (readonly [number, number])[] = [
  [0x0660, 0x0669],
  [0x06f0, 0x06f9],
]

import assert from 'node:assert/strict'
import { AgentError } from '../../../../../drivers/core/errors'
import {
  ARABIC_LETTERS,
  OBSOLETE_LETTERS,
  SORANI_LETTERS,
  TEH_MARBUTA,
} from '../../../../../agent/icao/mrz/arabic-transliteration-table'
import { ARABIC_UNICODE_NAMES } from '../../../../../agent/icao/mrz/arabic-unicode-names'
import { formatNameField, nameComponents } from '../../../../../agent/icao/mrz/name-field'
import { transliterateToLatin } from '../../../../../agent/icao/mrz/transliterate'

/*
 * Source: ICAO Doc 9303 Part 3, 8th edition (2021), Section 6 C "Transliteration of Arabic Script"
 * and Appendix B "Transliteration of Arabic Script in MRTDs" (informative), cited by section and
 * note (the page numbers of the consolidated PDF were not available to check). Combining marks are
 * spelt as escapes so that what the test feeds is visible.
 */
const SHADDA = '\u0651'
const FATHA = '\u064e'
const DAMMA = '\u064f'
const KASRA = '\u0650'
const DAMMATAN = '\u064c'
const SUKUN = '\u0652'
const SUPERSCRIPT_ALEF = '\u0670'
const TATWEEL = '\u0640'

/** The TD3 name field (39 positions) with the whole name as the primary identifier, as B.5.9 shows it. */
const td3WholeName = (latin: string) => formatNameField(nameComponents(latin, 'name'), [], 39).text

const untransliterable = (field: string, letter: string, message: RegExp) => (error: unknown) => {
  assert.ok(error instanceof AgentError)
  assert.equal(error.code, 'INVALID_ARGUMENT')
  assert.deepEqual(error.details, { field, reason: 'untransliterable', letter })
  assert.match(error.message, message)
  return true
}

describe('agent/icao/mrz transliterateToLatin: the examples of Doc 9303-3', () => {
  it('Appendix B.5.7: ابو بكر محمد بن زكريا الرازي is ABW<BKR<MXHMD<BN<ZKRYA<ALRAZY', () => {
    const latin = transliterateToLatin('ابو بكر محمد بن زكريا الرازي')
    assert.equal(latin, 'ABW BKR MXHMD BN ZKRYA ALRAZY')
    assert.equal(td3WholeName(latin), 'ABW<BKR<MXHMD<BN<ZKRYA<ALRAZY<<<<<<<<<<')
  })

  it('Appendix B.5.10: the same name with either part as the primary identifier', () => {
    const field = (primary: string, secondary: string) =>
      formatNameField(
        nameComponents(transliterateToLatin(primary), 'primary'),
        nameComponents(transliterateToLatin(secondary), 'secondary'),
        39,
      ).text
    assert.equal(
      field('بن زكريا الرازي', 'ابو بكر محمد'),
      'BN<ZKRYA<ALRAZY<<ABW<BKR<MXHMD<<<<<<<<<',
    )
    assert.equal(
      field('الرازي', 'ابو بكر محمد بن زكريا'),
      'ALRAZY<<ABW<BKR<MXHMD<BN<ZKRYA<<<<<<<<<',
    )
  })

  it('§6 C note 3: shadda repeats the letter or sequence — عبّاس EBBAS, فضّة FXDZXDZXAH', () => {
    assert.equal(transliterateToLatin(`عب${SHADDA}اس`), 'EBBAS')
    // The consolidated PDF and ICAO's own program (Appendix B.7.1, which appends the previous
    // letter's whole sequence) agree on FXDZXDZXAH; a Markdown transcription reads FXDZDZXAH.
    assert.equal(transliterateToLatin(`فض${SHADDA}ة`), 'FXDZXDZXAH')
  })

  // Appendix B.5.9 "Further examples". The Arabic column of the PDF is set in presentation forms;
  // the inputs below are the letters the MRZ column spells, in logical order (the VIZ column's
  // order), with the shadda of عزّ that EZZ shows.
  const furtherExamples: [string, string, string][] = [
    ['هاري الشماع', 'Hari Al-Schamma', 'HARY<ALXSHMAE'],
    ['سمير بادمكدوذيل', 'Samir Badmakduthal', 'SMYR<BADMKDWXDHYL'],
    ['جمال عبد الناصر', 'Gamal Abdel Nasser', 'JMAL<EBD<ALNAXSSR'],
    ['عبد العزيز بن متعب', 'Abdul Aziz bin Mithab', 'EBD<ALEZYZ<BN<MTEB'],
    [`إسماعيل عز${SHADDA} الدين`, "Isma'il Izz-ud-din", 'ISMAEYL<EZZ<ALDYN'],
    ['جميلة نعيمة', "Jamillah Na'ima", 'JMYLXAH<NEYMXAH'],
  ]
  for (const [arabic, viz, mrz] of furtherExamples) {
    it(`Appendix B.5.9: ${viz} is ${mrz}`, () => {
      assert.equal(td3WholeName(transliterateToLatin(arabic)), mrz.padEnd(39, '<'))
    })
  }

  it('Appendix B.5.9 with Allah: ALLH by Table C, where the example prints ALLXH', () => {
    // Table C and B.5.5.7 make heh (ه) H since hah and heh were swapped on Interpol's advice;
    // the two examples with الله still print XH, the pre-swap value. This agent follows the table.
    assert.equal(
      td3WholeName(transliterateToLatin('العباس عبد الله بن محمد السفاح')),
      'ALEBAS<EBD<ALLH<BN<MXHMD<ALSFAXH<<<<<<<',
    )
    // Printed truncated to EBD<ALLXH<MXHMD<BN<EMR<BN<ALXHSYN<FXKHR (footnote 6).
    assert.equal(
      transliterateToLatin('عبد الله محمد بن عمر بن الحسين فخر الدين الرازي'),
      'EBD ALLH MXHMD BN EMR BN ALXHSYN FXKHR ALDYN ALRAZY',
    )
  })
})

describe('agent/icao/mrz transliterateToLatin: one rule at a time', () => {
  it('writes each letter of §6 C and the Appendix B.5.4 letters with its table value', () => {
    for (const row of ARABIC_LETTERS) {
      // Framed by beh so the letter is neither first nor last.
      const text = `ب${String.fromCodePoint(row.codePoint)}ب`
      assert.equal(transliterateToLatin(text), `B${row.mrz}B`, row.name)
    }
  })

  it('teh marbuta is XAH at the end of a name component and XTA inside one (§6 C note 2)', () => {
    assert.equal(transliterateToLatin('فاطمة'), 'FAXTTMXAH')
    assert.equal(transliterateToLatin(`فاطمة${DAMMATAN}`), 'FAXTTMXAH')
    assert.equal(transliterateToLatin('عطيةالله'), 'EXTTYXTAALLH')
    assert.equal(transliterateToLatin('ة'), TEH_MARBUTA.endOfComponent)
  })

  it('drops harakat, tanween, sukun, superscript alef and tatweel, and adds no vowel', () => {
    assert.equal(transliterateToLatin(`م${DAMMA}ح${FATHA}م${SHADDA}${FATHA}د`), 'MXHMMD')
    assert.equal(transliterateToLatin(`سَعِيدٌ`), 'SEYD')
    assert.equal(transliterateToLatin(`ع${KASRA}ل${SUKUN}م`), 'ELM')
    assert.equal(transliterateToLatin(`ه${FATHA}ذ${SUPERSCRIPT_ALEF}ا`), 'HXDHA')
    assert.equal(transliterateToLatin(`مح${TATWEEL}${TATWEEL}مد`), 'MXHMD')
    assert.equal(transliterateToLatin('محمد'), 'MXHMD')
  })

  it('keeps the definite article as AL, without sun-letter assimilation (B.5.3)', () => {
    assert.equal(transliterateToLatin('الشمري'), 'ALXSHMRY')
    assert.equal(transliterateToLatin('الرازي'), 'ALRAZY')
  })

  it('writes each hamza form by its own row', () => {
    assert.equal(transliterateToLatin('أحمد'), 'XAEXHMD')
    assert.equal(transliterateToLatin('إبراهيم'), 'IBRAHYM')
    assert.equal(transliterateToLatin('آمنة'), 'XAAMNXAH')
    assert.equal(transliterateToLatin('مؤمن'), 'MUMN')
    assert.equal(transliterateToLatin('فائز'), 'FAXIZ')
    assert.equal(transliterateToLatin('هناء'), 'HNAXE')
  })

  it('writes long vowels as the letters that spell them, alef maksura as XAY', () => {
    assert.equal(transliterateToLatin('نور'), 'NWR')
    assert.equal(transliterateToLatin('مصطفى'), 'MXSSXTTFXAY')
    assert.equal(transliterateToLatin('يحيى'), 'YXHYXAY')
  })

  it('doubles a letter once for its shadda, and not where the double is already written', () => {
    assert.equal(transliterateToLatin(`ش${SHADDA}ر`), 'XSHXSHR')
    assert.equal(transliterateToLatin(`شر${SHADDA}${SHADDA}`), 'XSHRR')
    assert.equal(transliterateToLatin(`${SHADDA}علي`), 'ELY')
    // B.5.5.11, "the special case of الله": the vocalized spelling gives what the bare one gives.
    assert.equal(transliterateToLatin(`الل${SHADDA}ه`), 'ALLH')
    assert.equal(transliterateToLatin(`ٱلل${FATHA}${SHADDA}${SUPERSCRIPT_ALEF}ه`), 'XXALLH')
    assert.equal(transliterateToLatin('الله'), 'ALLH')
  })

  it('reads presentation forms, ligatures and decomposed hamza as their letters', () => {
    assert.equal(transliterateToLatin('\ufee3\ufea4\ufee4\ufeaa'), 'MXHMD')
    assert.equal(transliterateToLatin('\ufdf2'), 'ALLH')
    assert.equal(transliterateToLatin('\ufefb'), 'LA')
    assert.equal(transliterateToLatin('\u0627\u0654\u062d\u0645\u062f'), 'XAEXHMD')
    assert.equal(transliterateToLatin('\ufe77\u0628'), 'B')
  })

  it('ignores joiners and bidi marks, and separates words by one space', () => {
    assert.equal(transliterateToLatin('\u200fعبد\u200c الله\u200e'), 'EBD ALLH')
    assert.equal(transliterateToLatin('  جمال   عبد-الناصر \t'), 'JMAL EBD ALNAXSSR')
    assert.equal(transliterateToLatin(''), '')
  })

  it('writes a name spelt solid as one component: عبدالعزيز is EBDALEZYZ', () => {
    assert.equal(transliterateToLatin('عبدالعزيز'), 'EBDALEZYZ')
  })
})

describe('agent/icao/mrz transliterateToLatin: Kurdish (Sorani), our extension', () => {
  const cases: [string, string][] = [
    ['کوردستان', 'XKKWRDSTAN'],
    ['ئازاد', 'XIAZAD'],
    ['هەڵۆ', 'HXXEXLVXWV'],
    ['شێرکۆ', 'XSHXYVRXKKXWV'],
    ['ڕێبوار', 'XRVXYVBWAR'],
    ['گۆران', 'XGGXWVRAN'],
    ['پیرۆز', 'PXYARXWVZ'],
    ['چیا', 'XCXYAA'],
    ['ژیان', 'XJXYAAN'],
    ['ڤیان', 'VXYAAN'],
    ['ھیوا', 'XDOXYAWA'],
  ]
  for (const [sorani, mrz] of cases) {
    it(`${sorani} is ${mrz}`, () => {
      assert.equal(transliterateToLatin(sorani), mrz)
    })
  }
})

describe('agent/icao/mrz transliterateToLatin: Latin text and refusals', () => {
  it('passes Latin through, uppercased, with the punctuation name-field.ts accepts', () => {
    assert.equal(transliterateToLatin("d'Artagnan"), "D'ARTAGNAN")
    assert.equal(transliterateToLatin('  Marie-Elise   AL HASSAN '), 'MARIE-ELISE AL HASSAN')
    assert.equal(transliterateToLatin('ERIKSSON, ANNA'), 'ERIKSSON, ANNA')
  })

  it('refuses a letter outside the table, naming it by code point and Unicode name', () => {
    assert.throws(
      () => transliterateToLatin('\u06b6\u0639\u0644\u064a', 'secondary'),
      untransliterable(
        'secondary',
        'U+06B6',
        /^secondary is invalid: untransliterable: U\+06B6 ARABIC LETTER LAM WITH DOT ABOVE has no MRZ transliteration$/,
      ),
    )
  })

  it('refuses Arabic-Indic, extended and ASCII digits', () => {
    assert.throws(
      () => transliterateToLatin('علي٣'),
      untransliterable('name', 'U+0663', /U\+0663 ARABIC-INDIC DIGIT THREE is a digit/),
    )
    assert.throws(
      () => transliterateToLatin('علي ۴'),
      untransliterable('name', 'U+06F4', /EXTENDED ARABIC-INDIC DIGIT FOUR is a digit/),
    )
    assert.throws(
      () => transliterateToLatin('ALI 2ND'),
      untransliterable('name', 'U+0032', /U\+0032 is a digit/),
    )
  })

  it('refuses the obsolete Maghrib letters rather than dropping them (B.5.8)', () => {
    for (const codePoint of OBSOLETE_LETTERS) {
      const hex = codePoint.toString(16).toUpperCase().padStart(4, '0')
      assert.throws(
        () => transliterateToLatin(`ب${String.fromCodePoint(codePoint)}ب`),
        untransliterable('name', `U+${hex}`, /is obsolete and not transliterated/),
      )
    }
  })

  it('refuses Latin mixed into Arabic, and Latin letters outside A–Z', () => {
    assert.throws(
      () => transliterateToLatin('محمد Ali'),
      untransliterable('name', 'U+0041', /U\+0041 is Latin inside an Arabic-script name/),
    )
    assert.throws(
      () => transliterateToLatin('Zoë'),
      untransliterable('name', 'U+00EB', /U\+00EB has no MRZ transliteration/),
    )
  })

  it('never puts the rest of the name in the error', () => {
    assert.throws(
      () => transliterateToLatin('قوشچی ڶ محمد'),
      (error: unknown) => {
        assert.ok(error instanceof AgentError)
        const text = JSON.stringify({ m: error.message, d: error.details, s: error.stack })
        for (const fragment of ['قوشچی', 'محمد', 'QWXSH', 'MXHMD']) {
          assert.ok(!text.includes(fragment), fragment)
        }
        return true
      },
    )
  })
})

describe('agent/icao/mrz arabic-transliteration-table', () => {
  const rows = [...ARABIC_LETTERS, ...SORANI_LETTERS]
  const codes = [...rows.map(row => row.mrz), TEH_MARBUTA.general, TEH_MARBUTA.endOfComponent]

  it('names each code point as Unicode does (the code points were not mistyped)', () => {
    for (const row of rows) {
      const expected = row.name.startsWith('ARABIC')
        ? row.name
        : `ARABIC LETTER ${row.name.toUpperCase().replace(' 3 ', ' THREE ')}`
      // Doc 9303 calls U+06D0 (Unicode: ARABIC LETTER E) "yeh", the Pashto yeh.
      if (row.codePoint === 0x06d0) continue
      assert.equal(ARABIC_UNICODE_NAMES.get(row.codePoint), expected)
    }
  })

  it('uses A–Z only, one letter or X and one or two letters, each code point once', () => {
    for (const code of codes) assert.match(code, /^(?:[A-WYZ]|X[A-Z]{1,2})$/)
    assert.equal(new Set(rows.map(row => row.codePoint)).size, rows.length)
  })

  it('stays readable back: no code is the start of another, only Y is shared (B.5.6 note 5)', () => {
    for (const code of codes) {
      const longer = codes.filter(other => other !== code && other.startsWith(code))
      assert.deepEqual(longer, [], code)
    }
    const shared = codes.filter((code, index) => codes.indexOf(code) !== index)
    assert.deepEqual(shared, ['Y'])
  })

  it('reads every letter back from the MRZ it writes', () => {
    const byCode = new Map(rows.map(row => [row.mrz, row.codePoint]))
    byCode.set('Y', 0x064a)
    const readBack = (latin: string) => {
      let arabic = ''
      let rest = latin
      while (rest.length > 0) {
        const code = [1, 2, 3].map(n => rest.slice(0, n)).find(prefix => byCode.has(prefix))
        assert.ok(code !== undefined, rest)
        arabic += String.fromCodePoint(byCode.get(code) ?? 0)
        rest = rest.slice(code.length)
      }
      return arabic
    }
    const all = rows.filter(row => row.codePoint !== 0x06d0).map(row => row.codePoint)
    const text = String.fromCodePoint(...all)
    assert.equal(readBack(transliterateToLatin(text)), text)
  })
})

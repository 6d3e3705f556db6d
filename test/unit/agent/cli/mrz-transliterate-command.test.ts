import assert from 'node:assert/strict'
import { runCliForTest } from '../../../support/run-cli'

describe('idstation mrz transliterate', function () {
  it('prints the MRZ Latin of Arabic words (Doc 9303-3 Appendix B.5.7)', async function () {
    const run = await runCliForTest(['mrz', 'transliterate', 'ابو', 'بكر', 'محمد', 'بن', 'زكريا'])
    assert.equal(run.code, 0, run.stderr)
    assert.equal(run.stdout, 'ABW BKR MXHMD BN ZKRYA\n')
  })

  it('prints both name fields, truncation marked, as one JSON document', async function () {
    const run = await runCliForTest([
      'mrz',
      'transliterate',
      '--json',
      '--primary',
      'الرازي',
      '--secondary',
      'ابو بكر محمد بن زكريا بن يحيى',
    ])
    assert.equal(run.code, 0, run.stderr)
    assert.deepEqual(JSON.parse(run.stdout), {
      name: {
        primaryIdentifier: 'ALRAZY',
        secondaryIdentifier: 'ABW BKR MXHMD BN ZKRYA BN YXHYXAY',
        source: 'transliterated',
        td3: { text: 'ALRAZY<<ABW<BKR<MXHMD<BN<ZKRYA<BN<YXHYX', truncated: true },
        td1: { text: 'ALRAZY<<ABW<BKR<MXHMD<BN<Z<B<Y', truncated: true },
      },
    })
  })

  it('shows the fields as a table, with text and a given Latin spelling', async function () {
    const run = await runCliForTest([
      'mrz',
      'transliterate',
      'شێرکۆ',
      '--primary',
      'ڕەشید',
      '--secondary',
      'شێرکۆ',
      '--latin-primary',
      'Rashid',
      '--latin-secondary',
      'Sherko',
    ])
    assert.equal(run.code, 0, run.stderr)
    assert.equal(
      run.stdout,
      [
        'XSHXYVRXKKXWV',
        'FIELD          MRZ',
        'primary        RASHID',
        'secondary      SHERKO',
        'source         given',
        'TD3 name (39)  RASHID<<SHERKO<<<<<<<<<<<<<<<<<<<<<<<<<',
        'TD1 name (30)  RASHID<<SHERKO<<<<<<<<<<<<<<<<',
        '',
      ].join('\n'),
    )
  })

  it('exits 2 naming only the letter it cannot write', async function () {
    const run = await runCliForTest(['mrz', 'transliterate', 'علي', 'ڶحسن'])
    assert.equal(run.code, 2)
    assert.equal(run.stdout, '')
    assert.match(run.stderr, /U\+06B6 ARABIC LETTER LAM WITH DOT ABOVE has no MRZ transliteration/)
    assert.ok(!run.stderr.includes('علي') && !run.stderr.includes('حسن'), run.stderr)
  })

  it('exits 2 without text or --primary, and for --secondary alone', async function () {
    const cases: [string[], RegExp][] = [
      [[], /give text to transliterate, or --primary/],
      [['--secondary', 'علي'], /go with --primary/],
      [['علي', '--secondary', 'حسن'], /go with --primary/],
      [['--latin-primary', 'ALI'], /go with --primary/],
      [['--primary'], /argument missing/],
    ]
    for (const [args, message] of cases) {
      const run = await runCliForTest(['mrz', 'transliterate', ...args])
      assert.equal(run.code, 2, args.join(' '))
      assert.match(run.stderr, message)
      assert.match(run.stderr, /see idstation mrz transliterate --help/)
    }
  })

  it('explains itself in --help', async function () {
    const run = await runCliForTest(['mrz', 'transliterate', '--help'])
    assert.equal(run.code, 0)
    assert.match(run.stdout, /^Usage: idstation mrz transliterate/)
    assert.match(run.stdout, /Doc 9303 Part 3 §6 C/)
    const main = await runCliForTest(['--help'])
    assert.match(main.stdout, /^ {2}mrz +machine readable zone tools/m)
  })
})

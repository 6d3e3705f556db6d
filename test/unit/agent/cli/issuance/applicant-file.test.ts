import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { readApplicantFile } from '../../../../../agent/cli/issuance/applicant-file'
import { UsageError } from '../../../../../agent/cli/usage-error'
import { readJpegFrame } from '../../../../../agent/icao/biometrics'
import { buildMrz } from '../../../../../agent/icao/mrz'
import { v1 } from '../../../../../protocol'
import { CANARY, faceJpeg, fingerRecord } from '../../../../support/applicant'

const EXAMPLES = path.join(__dirname, '../../../../../examples')

/** A good TD1 applicant holding the canary values, so a message that echoes one shows. */
function td1(): Record<string, unknown> {
  return {
    format: 'TD1',
    documentCode: 'ID',
    issuingState: 'UTO',
    nationality: 'UTO',
    primaryIdentifier: CANARY.primaryIdentifier,
    secondaryIdentifier: CANARY.secondaryIdentifier,
    documentNumber: CANARY.td1DocumentNumber,
    dateOfBirth: CANARY.dateOfBirth,
    sex: 'F',
    dateOfExpiry: CANARY.dateOfExpiry,
    placeOfBirth: CANARY.placeOfBirth,
    face: 'face.jpg',
    fingerRecords: ['fingers/right-index.iso', 'fingers/left-index.iso'],
  }
}

describe('agent/cli/issuance/applicant-file', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'idstation-applicant-'))
    writeFileSync(path.join(dir, 'face.jpg'), faceJpeg(5000))
    writeFileSync(path.join(dir, 'not-a-face.jpg'), Buffer.from('GIF89a, not a JPEG'))
    mkdirFingers(dir)
  })
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true })
  })

  function write(content: unknown): string {
    const file = path.join(dir, 'applicant.json')
    writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content))
    return file
  }

  /** Rejects with a UsageError naming `field`, and echoing none of the canary values. */
  async function refused(content: unknown, field: string): Promise<void> {
    const error = await readApplicantFile(write(content)).then(
      () => assert.fail(`accepted an applicant with a bad ${field}`),
      (caught: unknown) => caught,
    )
    assert.ok(error instanceof UsageError, String(error))
    assert.ok(error.message.includes(`: ${field} `), `${error.message} names ${field}`)
    for (const value of Object.values(CANARY)) {
      assert.ok(!error.message.includes(value), `the message echoes a personal value`)
    }
  }

  it('reads a TD1 applicant with a face and finger records relative to the file', async () => {
    const applicant = await readApplicantFile(write(td1()))
    assert.equal(applicant.format, 'TD1')
    assert.equal(applicant.profile, 'uto-specimen-id', "Utopia's specimen profile by default")
    assert.ok(applicant.document)
    assert.equal(applicant.document.format, v1.DocumentFormat.DOCUMENT_FORMAT_TD1)
    assert.equal(applicant.document.primaryIdentifier, CANARY.primaryIdentifier)
    assert.equal(applicant.document.documentNumber, CANARY.td1DocumentNumber)
    assert.equal(applicant.document.placeOfBirth, CANARY.placeOfBirth)
    assert.equal(applicant.document.optionalData_2, '')
    assert.deepEqual(applicant.face, faceJpeg(5000))
    assert.equal(applicant.syntheticFace, false)
    assert.deepEqual(applicant.fingerRecords, [fingerRecord(2), fingerRecord(7)])
  })

  it('sends a synthetic portrait when the file names none', async () => {
    const rest = td1()
    delete rest.face
    delete rest.fingerRecords
    const applicant = await readApplicantFile(write(rest))
    assert.equal(applicant.syntheticFace, true)
    assert.deepEqual(applicant.fingerRecords, [])
    const frame = readJpegFrame(applicant.face)
    assert.equal(frame.width, 240)
    assert.equal(frame.height, 320)
  })

  it('maps optionalData2 to the TD1 optional data of line 2', async () => {
    const applicant = await readApplicantFile(write({ ...td1(), optionalData2: 'AB12' }))
    assert.equal(applicant.document?.optionalData_2, 'AB12')
  })

  it('reads the shipped examples: applicants for the Iraqi profiles, Utopia document data', async () => {
    for (const [name, format, profile] of [
      ['applicant-id-card.json', 'TD1', 'irq-national-id'],
      ['applicant-passport.json', 'TD3', 'irq-passport'],
      ['specimen-id-card.json', 'TD1', 'uto-specimen-id'],
      ['specimen-passport.json', 'TD3', 'uto-specimen-passport'],
    ] as const) {
      const applicant = await readApplicantFile(path.join(EXAMPLES, name))
      assert.equal(applicant.format, format, name)
      assert.equal(applicant.profile, profile, name)
      assert.equal(applicant.syntheticFace, true)
      const document = applicant.document
      if (document === undefined) {
        assert.match(applicant.applicant?.primaryName ?? '', /^[\u0600-\u06ff ]+$/, name)
        continue
      }
      const mrz = buildMrz({
        format,
        documentCode: document.documentCode ?? '',
        issuingState: document.issuingState ?? '',
        nationality: document.nationality ?? '',
        primaryIdentifier: document.primaryIdentifier ?? '',
        secondaryIdentifier: document.secondaryIdentifier ?? '',
        documentNumber: document.documentNumber ?? '',
        dateOfBirth: document.dateOfBirth ?? '',
        sex: 'X',
        dateOfExpiry: document.dateOfExpiry ?? '',
      })
      assert.equal(mrz.lines.length, format === 'TD1' ? 3 : 2)
    }
  })

  it('reads the applicant form: profile and Applicant fields, checked for form only', async () => {
    const applicant = await readApplicantFile(
      write({
        profile: 'irq-national-id',
        primaryName: 'الموسوي',
        secondaryName: 'زينب',
        dateOfBirth: CANARY.dateOfBirth,
        sex: 'F',
        nationalNumber: '199205170043',
        documentNumber: 'AB1234567',
        face: 'face.jpg',
      }),
    )
    assert.equal(applicant.format, 'TD1')
    assert.equal(applicant.document, undefined)
    const { primaryName, nationalNumber } = applicant.applicant ?? {}
    assert.deepEqual([primaryName, nationalNumber], ['الموسوي', '199205170043'])
    await refused({ profile: 'irq-national-id', dateOfBirth: CANARY.dateOfBirth }, 'sex')
    await refused({ profile: 'no-such-profile' }, 'profile')
    await refused(
      {
        profile: 'irq-passport',
        primaryName: 'x',
        dateOfBirth: '14.07.1983',
        sex: 'F',
        documentNumber: 'A1',
      },
      'dateOfBirth',
    )
    await refused({ profile: 'irq-passport', primaryIdentifier: 'SMITH' }, 'primaryIdentifier')
    await refused({ ...td1(), profile: 'irq-passport' }, 'profile')
  })

  it('refuses a file that is not JSON or not an object, without quoting it', async () => {
    const error = await readApplicantFile(
      write(`{"primaryIdentifier": "${CANARY.primaryIdentifier}",`),
    ).catch((caught: unknown) => caught)
    assert.ok(error instanceof UsageError)
    assert.match(error.message, /not valid JSON/)
    assert.ok(!error.message.includes(CANARY.primaryIdentifier))
    await assert.rejects(readApplicantFile(write([td1()])), /one JSON object/)
    await assert.rejects(readApplicantFile(path.join(dir, 'missing.json')), /ENOENT/)
  })

  it('refuses each bad field by name', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ ...td1(), format: 'TD2' }, 'format'],
      [{ ...td1(), format: undefined }, 'format'],
      [{ ...td1(), surname: CANARY.primaryIdentifier }, 'surname'],
      [{ ...td1(), documentCode: undefined }, 'documentCode'],
      [{ ...td1(), issuingState: '' }, 'issuingState'],
      [{ ...td1(), nationality: 7 }, 'nationality'],
      [{ ...td1(), primaryIdentifier: undefined }, 'primaryIdentifier'],
      [{ ...td1(), primaryIdentifier: `${CANARY.primaryIdentifier}1` }, 'primaryIdentifier'],
      [{ ...td1(), secondaryIdentifier: ['ZEBULON'] }, 'secondaryIdentifier'],
      [{ ...td1(), documentNumber: undefined }, 'documentNumber'],
      [{ ...td1(), documentNumber: `${CANARY.td1DocumentNumber}-` }, 'documentNumber'],
      [{ ...td1(), dateOfBirth: '14.07.1983' }, 'dateOfBirth'],
      [{ ...td1(), dateOfBirth: '1983-02-30' }, 'dateOfBirth'],
      [{ ...td1(), dateOfExpiry: undefined }, 'dateOfExpiry'],
      [{ ...td1(), dateOfExpiry: '1980-01-01' }, 'dateOfExpiry'],
      [{ ...td1(), dateOfIssue: '2024' }, 'dateOfIssue'],
      [{ ...td1(), sex: 'female' }, 'sex'],
      [{ ...td1(), optionalData2: 'lower case' }, 'optionalData2'],
      [{ ...td1(), format: 'TD3', documentCode: 'P', optionalData2: 'AB' }, 'optionalData2'],
      [{ ...td1(), format: 'TD3', documentCode: 'P' }, 'documentNumber'],
      [{ ...td1(), face: 42 }, 'face'],
      [{ ...td1(), face: 'absent.jpg' }, 'face'],
      [{ ...td1(), face: 'not-a-face.jpg' }, 'face'],
      [{ ...td1(), fingerRecords: 'fingers/right-index.iso' }, 'fingerRecords'],
      [{ ...td1(), fingerRecords: ['fingers/right-index.iso', 3] }, 'fingerRecords[1]'],
      [{ ...td1(), fingerRecords: ['face.jpg'] }, 'fingerRecords[0]'],
      [{ ...td1(), fingerRecords: ['fingers/none.iso'] }, 'fingerRecords[0]'],
    ]
    for (const [content, field] of cases) await refused(content, field)
  })
})

function mkdirFingers(dir: string): void {
  const fingers = path.join(dir, 'fingers')
  mkdirSync(fingers)
  writeFileSync(path.join(fingers, 'right-index.iso'), fingerRecord(2))
  writeFileSync(path.join(fingers, 'left-index.iso'), fingerRecord(7))
}

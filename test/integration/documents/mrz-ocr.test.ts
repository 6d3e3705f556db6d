import assert from 'node:assert/strict'
import { parse } from 'mrz'
import { mrzGeometry, PROFILES, renderDocument, type RasterSize } from '../../../agent/documents'
import { applicantFor, contentFor } from '../../support/document-content'
import { readMrz, tesseractAvailable } from '../../support/mrz-ocr'

/** The Evolis face raster and the page printer's, both 300 dpi. */
const CARD: RasterSize = { widthPx: 1016, heightPx: 648, dpi: 300 }
const PAGE: RasterSize = { widthPx: 1476, heightPx: 1039, dpi: 300 }

const yymmdd = (iso: string) => iso.slice(2).replaceAll('-', '')

/**
 * ARCHITECTURE.md: the printed MRZ is proven against OCR, not against our own reader. Debian's
 * tesseract reads every profile's MRZ face, the independent `mrz` parser checks it: every check
 * digit valid, every field the applicant's, after at most two of the usual confusion corrections
 * (O/0, I/1, …; the parser's autocorrect, which only touches alphabetic or numeric-only fields).
 */
describe('agent/documents printed MRZ read back by tesseract and the mrz parser', function () {
  this.timeout(60_000)

  before(function () {
    if (!tesseractAvailable()) {
      process.stdout.write(
        '      skipped: the tesseract CLI is not installed (apt-get install tesseract-ocr tesseract-ocr-eng)\n',
      )
      this.skip()
    }
  })

  for (const profile of PROFILES) {
    it(`${profile.id}: the MRZ reads back as the applicant`, async () => {
      const content = contentFor(profile)
      const size = profile.format === 'TD3' ? PAGE : CARD
      const faces = await renderDocument(profile, content, () => size)
      const index = profile.faces.findIndex(face => face.elements.some(e => e.kind === 'mrz'))
      const face = faces[index]
      assert.ok(face !== undefined, 'the profile has an MRZ face')
      const lines = readMrz(face.image, Math.ceil(mrzGeometry(profile.format, size).clearTopPx))
      assert.deepEqual(
        lines.map(line => line.length),
        content.mrzLines.map(line => line.length),
        `line lengths of ${lines.join(' / ')}`,
      )
      const result = parse(lines, { autocorrect: true })
      const corrections = result.details.reduce((sum, detail) => sum + detail.autocorrect.length, 0)
      process.stdout.write(`      ${profile.id}: ${String(corrections)} correction(s)\n`)
      assert.ok(corrections <= 2, `${String(corrections)} corrections in ${lines.join(' / ')}`)
      // The parser's state list lacks Utopia, ICAO's fictitious specimen state (Doc 9303-3 §5):
      // UTO is the one invalid value it may report; every check digit must hold.
      const invalid = result.details.filter(
        detail => !detail.valid && !(detail.error === 'invalid state code: UTO'),
      )
      assert.deepEqual(invalid, [], JSON.stringify(invalid))
      const corrected = lines.map(line => Array.from(line))
      for (const fix of result.details.flatMap(detail => detail.autocorrect)) {
        const row = corrected[fix.line]
        if (row !== undefined) row[fix.column] = fix.corrected
      }
      const raw = (field: string): string | undefined => {
        const detail = result.details.find(candidate => candidate.field === field)
        return detail && corrected[detail.line]?.slice(detail.start, detail.end).join('')
      }

      const applicant = applicantFor(profile.id)
      const fields = result.fields
      assert.equal(fields.documentCode, profile.documentCode)
      assert.equal(raw('issuingState'), profile.issuingState)
      assert.equal(raw('nationality'), applicant.nationality)
      assert.equal(fields.lastName, applicant.surname.latin)
      assert.equal(fields.firstName, applicant.givenNames.latin)
      assert.equal(fields.documentNumber, applicant.documentNumber)
      assert.equal(fields.birthDate, yymmdd(applicant.dateOfBirth))
      assert.equal(fields.expirationDate, yymmdd(applicant.dateOfExpiry))
      assert.equal(fields.sex, applicant.sex === 'F' ? 'female' : 'male')
      const national = profile.format === 'TD3' ? fields.personalNumber : fields.optional1
      assert.equal(national, applicant.nationalNumber)
    })
  }
})

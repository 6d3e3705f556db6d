import assert from 'node:assert/strict'
import {
  findProfile,
  mrzGeometry,
  PROFILES,
  renderDocument,
  templateProblems,
  type RasterSize,
} from '../../../../agent/documents'
import { buildTd1, buildTd3 } from '../../../../agent/icao/mrz'
import { applicantFor, contentFor } from '../../../support/document-content'

/** The printers' rasters: Evolis faces (drivers/printer/evolis) and the page printer's page. */
const CARD: RasterSize = { widthPx: 1016, heightPx: 648, dpi: 300 }
const PAGE: RasterSize = { widthPx: 1476, heightPx: 1039, dpi: 300 }

describe('agent/documents profiles', () => {
  it('lists the five profiles, each found by its id', () => {
    assert.deepEqual(
      PROFILES.map(profile => profile.id),
      [
        'irq-national-id',
        'irq-passport',
        'irq-residence',
        'uto-specimen-id',
        'uto-specimen-passport',
      ],
    )
    for (const profile of PROFILES) assert.equal(findProfile(profile.id), profile)
    assert.equal(findProfile('irq-driving-licence'), undefined)
  })

  it('gives each format its document code, state, faces and SPECIMEN rule', () => {
    const summary = PROFILES.map(p => [
      p.id,
      p.format,
      p.documentCode,
      p.issuingState,
      p.faces.map(face => face.side).join('+'),
      p.specimen,
      p.nationalNumber.mrzPlacement,
    ])
    assert.deepEqual(summary, [
      ['irq-national-id', 'TD1', 'ID', 'IRQ', 'front+back', false, 'optional-data-1'],
      ['irq-passport', 'TD3', 'P', 'IRQ', 'data-page', false, 'personal-number'],
      ['irq-residence', 'TD1', 'IR', 'IRQ', 'front+back', false, 'optional-data-1'],
      ['uto-specimen-id', 'TD1', 'ID', 'UTO', 'front+back', true, 'optional-data-1'],
      ['uto-specimen-passport', 'TD3', 'P', 'UTO', 'data-page', true, 'personal-number'],
    ])
  })

  it('sizes each face as its format (ID-1 85.6 × 54 mm, TD3 125 × 88 mm)', () => {
    for (const profile of PROFILES) {
      for (const face of profile.faces) {
        const expected = profile.format === 'TD1' ? [85.6, 54] : [125, 88]
        assert.deepEqual([face.widthMm, face.heightMm], expected, `${profile.id} ${face.side}`)
      }
    }
  })

  it('anchors the number patterns and accepts the fixture numbers', () => {
    for (const profile of PROFILES) {
      const applicant = applicantFor(profile.id)
      for (const pattern of [profile.documentNumber.pattern, profile.nationalNumber.pattern]) {
        assert.match(pattern, /^\^.*\$$/, `${profile.id}: ${pattern}`)
      }
      assert.match(applicant.documentNumber, new RegExp(profile.documentNumber.pattern))
      assert.ok(applicant.documentNumber.length <= profile.documentNumber.maxLength)
      assert.match(applicant.nationalNumber, new RegExp(profile.nationalNumber.pattern))
    }
    // Iraq: 12-digit national numbers; passport numbers are a series letter and eight digits.
    const passport = new RegExp(findProfile('irq-passport')?.documentNumber.pattern ?? '$^')
    assert.match('A12345678', passport)
    assert.doesNotMatch('12345678A', passport)
    assert.doesNotMatch('A1234567', passport)
    const national = new RegExp(findProfile('irq-national-id')?.nationalNumber.pattern ?? '$^')
    assert.doesNotMatch('19901234567', national)
  })

  it('puts the national number where the MRZ builders take it, within their field widths', () => {
    for (const profile of PROFILES) {
      const content = contentFor(profile)
      const national = content.nationalNumber ?? ''
      const lines = content.mrzLines
      if (profile.format === 'TD1') {
        assert.equal(lines[0]?.slice(15, 15 + national.length), national, profile.id)
        assert.deepEqual(
          lines,
          buildTd1({ ...inputOf(profile.id, profile), format: 'TD1', optionalData1: national })
            .lines,
        )
      } else {
        assert.equal(lines[1]?.slice(28, 28 + national.length), national, profile.id)
        assert.deepEqual(
          lines,
          buildTd3({ ...inputOf(profile.id, profile), format: 'TD3', personalNumber: national })
            .lines,
        )
      }
    }
  })

  it('keeps every element on its face, every field tall enough and the MRZ clear area empty', () => {
    for (const profile of PROFILES) {
      for (const face of profile.faces) {
        assert.deepEqual(templateProblems(face), [], `${profile.id} ${face.side}`)
      }
    }
  })

  it('reports an element pushed off the face or into the MRZ clear area', () => {
    const back = findProfile('irq-national-id')?.faces[1]
    assert.ok(back !== undefined)
    const moved = {
      ...back,
      elements: [
        ...back.elements,
        { kind: 'rect', box: { x: 80, y: 40, w: 10, h: 5 }, fill: '#000000' } as const,
      ],
    }
    const problems = templateProblems(moved)
    assert.equal(problems.length, 2, problems.join('; '))
  })

  it('renders every face of every profile at its printer raster, the MRZ on the last face', async function () {
    this.timeout(20_000)
    for (const profile of PROFILES) {
      const size = profile.format === 'TD3' ? PAGE : CARD
      const faces = await renderDocument(profile, contentFor(profile), () => size)
      assert.deepEqual(
        faces.map(face => face.side),
        profile.faces.map(face => face.side),
      )
      for (const { image } of faces) {
        assert.equal(image.width, size.widthPx)
        assert.equal(image.height, size.heightPx)
        assert.equal(image.rgb.length, size.widthPx * size.heightPx * 3)
      }
      // The MRZ face's clear area is white where no character is: the bottom edge row.
      const last = faces[faces.length - 1]?.image
      assert.ok(last !== undefined)
      const bottom = Math.floor(mrzGeometry(profile.format, size).bottomPx) - 2
      const at = (bottom * last.width + Math.floor(last.width / 2)) * 3
      assert.deepEqual([...last.rgb.subarray(at, at + 3)], [255, 255, 255], profile.id)
    }
  })
})

function inputOf(id: string, profile: { documentCode: string; issuingState: string }) {
  const a = applicantFor(id)
  return {
    documentCode: profile.documentCode,
    issuingState: profile.issuingState,
    nationality: a.nationality,
    primaryIdentifier: a.surname.latin,
    secondaryIdentifier: a.givenNames.latin,
    documentNumber: a.documentNumber,
    dateOfBirth: a.dateOfBirth,
    sex: a.sex,
    dateOfExpiry: a.dateOfExpiry,
  }
}

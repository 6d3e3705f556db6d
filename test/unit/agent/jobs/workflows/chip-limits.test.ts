import assert from 'node:assert/strict'
import {
  CHIP_BAC_SEED_DOCUMENT_NUMBER_MAX,
  CHIP_FILE_MAX_BYTES,
  checkChipLimits,
  LDS_TEXT_MAX_BYTES,
} from '../../../../../agent/jobs/workflows/personalize-card/chip-limits'
import { checkPortrait } from '../../../../../agent/jobs/workflows/personalize-card/portrait-check'
import { preparePersonalization } from '../../../../../agent/jobs/workflows/personalize-card/prepare'
import { AgentError } from '../../../../../drivers/core/errors'
import type { v1 } from '../../../../../protocol'
import { fingerRecord, personalizeRequest } from '../../../../support/applicant'
import { syntheticJpeg } from '../../../../support/synthetic-jpeg'

function plan(request: { body: v1.IPersonalizeCard; attachments: Buffer[] }) {
  return preparePersonalization(request.body, request.attachments, {
    maxFaceBytes: 30_000,
    stationSerial: 'X',
    now: new Date('2026-01-10T00:00:00Z'),
    generateAaKey: () => {
      throw new Error('not used')
    },
    extendedAccessControl: true,
  })
}

function check(document: Partial<v1.IDocumentData>, format: 'TD1' | 'TD3' = 'TD1'): void {
  const request = personalizeRequest('r', format, { activeAuthentication: false })
  request.body.document = { ...request.body.document, ...document }
  checkChipLimits(request.body.document, plan(request))
}

const refused = (field: string, reason: string) => (error: unknown) =>
  error instanceof AgentError &&
  error.code === 'INVALID_ARGUMENT' &&
  error.details.field === field &&
  error.details.reason === reason

describe('agent/jobs/workflows/personalize-card/chip-limits', () => {
  it('takes DG11 and DG12 texts of 99 UTF-8 bytes and refuses 100 (Doc 9303-10 Tables 72, 74)', () => {
    assert.equal(LDS_TEXT_MAX_BYTES, 99)
    const fields = [
      ['fullName', 'document.full_name'],
      ['personalNumber', 'document.personal_number'],
      ['placeOfBirth', 'document.place_of_birth'],
      ['address', 'document.address'],
      ['issuingAuthority', 'document.issuing_authority'],
    ] as const
    for (const [key, field] of fields) {
      check({ [key]: 'A'.repeat(99) })
      // Bytes, not characters: 49 Arabic letters and a space are 99 bytes, 50 letters 100.
      check({ [key]: `${'ب'.repeat(49)} ` })
      assert.throws(
        () => {
          check({ [key]: 'ب'.repeat(50) })
        },
        refused(field, 'too-long'),
      )
    }
  })

  it('takes a TD1 number the chip can seed BAC with and refuses a longer one', () => {
    assert.equal(CHIP_BAC_SEED_DOCUMENT_NUMBER_MAX, 20)
    check({ documentNumber: 'A'.repeat(20) })
    for (const length of [21, 22]) {
      assert.throws(
        () => {
          check({ documentNumber: 'A'.repeat(length) })
        },
        refused('document.document_number', 'longer-than-chip-bac-seed'),
      )
    }
  })

  it('refuses a data group above the chip file size, naming the attachment', () => {
    const request = personalizeRequest('r', 'TD3', { activeAuthentication: false })
    // A 200 × 200 uncompressed finger image: 40,000 bytes in DG3.
    request.body.fingerAttachments = [2]
    request.attachments.push(fingerRecord(2, 200))
    const built = plan(request)
    assert.ok(
      (built.files.find(file => file.dataGroup === 3)?.bytes.length ?? 0) > CHIP_FILE_MAX_BYTES,
    )
    assert.throws(
      () => {
        checkChipLimits(request.body.document ?? {}, built)
      },
      refused('finger_attachments', 'exceeds-chip-file'),
    )
  })
})

describe('agent/jobs/workflows/personalize-card/portrait-check', () => {
  const field = 'face_attachment'
  const refusedAsync = (reason: string) => (error: unknown) => refused(field, reason)(error)

  it('decodes a well-formed portrait of the 19794-5 minimum size and above', async () => {
    await checkPortrait(syntheticJpeg(240, 320, 3), field)
    await checkPortrait(syntheticJpeg(480, 640, 1), field)
  })

  it('refuses by header before decoding: above 4096 a side, below 240 × 320', async () => {
    const big = syntheticJpeg(240, 320, 3)
    const sof = big.indexOf(Buffer.from([0xff, 0xc0]))
    big.writeUInt16BE(4097, sof + 7)
    await assert.rejects(checkPortrait(big, field), refusedAsync('dimensions-too-large'))
    await assert.rejects(
      checkPortrait(syntheticJpeg(239, 320), field),
      refusedAsync('portrait-too-small'),
    )
    await assert.rejects(
      checkPortrait(syntheticJpeg(240, 319), field),
      refusedAsync('portrait-too-small'),
    )
  })

  it('refuses what is not a JPEG, or a JPEG Skia cannot decode', async () => {
    await assert.rejects(checkPortrait(Buffer.from('not a jpeg'), field), refusedAsync('not-jpeg'))
    const jpeg = syntheticJpeg(240, 320, 3)
    const scan = jpeg.indexOf(Buffer.from([0xff, 0xda]))
    const noScan = Buffer.concat([jpeg.subarray(0, scan), Buffer.from([0xff, 0xd9])])
    await assert.rejects(checkPortrait(noScan, field), refusedAsync('not-decodable'))
  })
})

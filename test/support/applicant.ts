import {
  encodeFingerImageRecord,
  FINGER_COMPRESSION,
  FINGER_POSITION,
  IMPRESSION_TYPE,
} from '../../agent/icao/biometrics'
import { v1 } from '../../protocol'
import { syntheticJpeg } from './synthetic-jpeg'

/**
 * Distinctive fake applicants for personalization tests and the log canary: values no log line
 * would contain by chance, so a grep for them finds leaks and nothing else.
 */
export const CANARY = {
  primaryIdentifier: 'QUIXOTEVASQUEZ',
  secondaryIdentifier: 'ZEBULON AMARANTH',
  fullName: 'ZEBULON AMARANTH QUIXOTEVASQUEZ',
  placeOfBirth: 'XANTHOPOLIS',
  address: '77 CANARY LANE XANTHOPOLIS',
  personalNumber: 'PN8675309QX',
  td3DocumentNumber: 'QX7654321',
  td1DocumentNumber: 'IDQX1234567890',
  dateOfBirth: '1983-07-14',
  dateOfExpiry: '2034-07-13',
} as const

export function documentData(
  format: 'TD1' | 'TD3',
  documentNumber: string = format === 'TD3' ? CANARY.td3DocumentNumber : CANARY.td1DocumentNumber,
): v1.IDocumentData {
  return {
    format:
      format === 'TD3'
        ? v1.DocumentFormat.DOCUMENT_FORMAT_TD3
        : v1.DocumentFormat.DOCUMENT_FORMAT_TD1,
    documentCode: format === 'TD3' ? 'P' : 'ID',
    issuingState: 'UTO',
    nationality: 'UTO',
    primaryIdentifier: CANARY.primaryIdentifier,
    secondaryIdentifier: CANARY.secondaryIdentifier,
    documentNumber,
    dateOfBirth: CANARY.dateOfBirth,
    sex: 'F',
    dateOfExpiry: CANARY.dateOfExpiry,
    fullName: CANARY.fullName,
    personalNumber: CANARY.personalNumber,
    placeOfBirth: CANARY.placeOfBirth,
    address: CANARY.address,
    issuingAuthority: 'UTOPIA ISSUING OFFICE',
    dateOfIssue: '2024-07-14',
  }
}

/**
 * A face JPEG of exactly `bytes` bytes: a grey synthetic image whose COM segments carry the
 * padding, so the chip write is the size a real portrait would be without a real face.
 */
export function faceJpeg(bytes = 20_000): Buffer {
  const image = syntheticJpeg(240, 320, 3)
  const eoi = image.subarray(image.length - 2)
  const body = image.subarray(0, image.length - 2)
  const parts: Buffer[] = [body.subarray(0, 2)]
  let missing = bytes - image.length
  while (missing > 0) {
    const payload = Math.min(missing - 4, 0xfffd)
    const size = Math.max(payload, 0)
    parts.push(
      Buffer.from([0xff, 0xfe, (size + 2) >> 8, (size + 2) & 0xff]),
      Buffer.alloc(size, 0x20),
    )
    missing -= size + 4
  }
  parts.push(body.subarray(2), eoi)
  return Buffer.concat(parts)
}

/** One ISO/IEC 19794-4 record of a plain, uncompressed 8-bit finger image (a gradient). */
export function fingerRecord(position: number = FINGER_POSITION.rightIndex, side = 96): Buffer {
  const image = Buffer.alloc(side * side)
  for (let i = 0; i < image.length; i += 1) image[i] = (i * 7 + position * 13) & 0xff
  return encodeFingerImageRecord({
    captureDeviceId: 0,
    acquisitionLevel: 31,
    scaleUnits: 1,
    scanResolution: { horizontal: 500, vertical: 500 },
    imageResolution: { horizontal: 500, vertical: 500 },
    pixelDepth: 8,
    compression: FINGER_COMPRESSION.uncompressed,
    fingers: [
      {
        position,
        viewCount: 1,
        viewNumber: 1,
        quality: 80,
        impressionType: IMPRESSION_TYPE.liveScanPlain,
        width: side,
        height: side,
        image,
      },
    ],
  })
}

/**
 * A PersonalizeCard with its attachments: the face first and, with `fingers` (only for a station
 * configured with EAC, since DG3 needs it), two finger records after it.
 */
export function personalizeRequest(
  deviceId: string,
  format: 'TD1' | 'TD3',
  options: {
    documentNumber?: string
    faceBytes?: number
    activeAuthentication?: boolean
    fingers?: boolean
  } = {},
): { body: v1.IPersonalizeCard; attachments: Buffer[] } {
  const fingers =
    options.fingers === true
      ? [fingerRecord(FINGER_POSITION.rightIndex), fingerRecord(FINGER_POSITION.leftIndex)]
      : []
  return {
    body: {
      deviceId,
      document: documentData(format, options.documentNumber),
      faceAttachment: 1,
      fingerAttachments: fingers.map((_, index) => index + 2),
      activeAuthentication: options.activeAuthentication ?? true,
    },
    attachments: [faceJpeg(options.faceBytes), ...fingers],
  }
}

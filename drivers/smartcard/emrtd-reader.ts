import { AgentError } from '../core/errors'
import type { IoOptions } from '../transport/types'
import { CommandApdu, MAX_NE, type ResponseApdu } from './apdu'
import { type BacKeys, performBac, type RandomSource } from './bac'
import type { CardChannel } from './card-channel'
import { channelBacSender } from './channel-bac-sender'
import { Des3SmCipher, SmWrapper } from './secure-messaging'
import { StatusWordError } from './status-words'

/** The eMRTD application (ICAO 9303 Part 10 §3.1). */
export const EMRTD_AID = Buffer.from('A0000002471001', 'hex')

/** Short EF identifiers of the LDS1 files a station reads (ICAO 9303 Part 10 §3.6). */
export const EMRTD_FILES = {
  COM: 0x011e,
  SOD: 0x011d,
  DG1: 0x0101,
  DG2: 0x0102,
} as const

/** Enough for the tag and the longest BER length an LDS file uses (82 xx xx). */
const HEADER_LENGTH = 4
/** READ BINARY with even INS addresses offsets in P1 P2 with b8 of P1 clear: 15 bits. */
const MAX_EVEN_OFFSET = 0x7fff
/**
 * Room left for SM framing in a protected answer: DO'87' header and indicator (5), padding (8),
 * DO'99' (4), DO'8E' (10), SW (2), rounded up. The plain read must fit the reader's buffer
 * once wrapped.
 */
const SM_OVERHEAD = 32
/** DO'53' tag and a length of up to 4 bytes around the data of an odd-INS read. */
const ODD_READ_OVERHEAD = 5
/** How a chip answers a plain command that ends its secure-messaging session. */
const SESSION_ENDED = new Set([0x6982, 0x6987, 0x6988])
/** The usual short-APDU read under 3DES SM: 0xDF plain bytes wrap into a 256-byte answer. */
export const SHORT_READ_LENGTH = 0xdf

export interface ReadEmrtdFileOptions extends IoOptions {
  /**
   * The longest plain READ BINARY answer to ask for. Default: extended length, as much as fits
   * 65536 bytes once wrapped; pass 0xDF for readers without extended APDUs.
   */
  readonly maxReadLength?: number
  /** RND.IFD and K.IFD; tests inject it. */
  readonly random?: RandomSource
}

/** A BAC + secure-messaging session with an eMRTD: read files and send protected commands. */
export interface EmrtdSession {
  /** The whole TLV-encoded file; errors as `readEmrtdFile` documents. */
  readFile(fileId: number): Promise<Buffer>
  /** One command under secure messaging; `step` names it in errors. */
  transmit(command: CommandApdu, step: string): Promise<ResponseApdu>
}

/**
 * SELECT the eMRTD application and run BAC; the session then reads any number of files over the
 * same secure channel, which is what a read-back of a whole chip needs (one BAC, not one per
 * file). Errors carry `details.step` ('select-application', 'bac'): a wrong MRZ is `BacError`.
 * Nothing here logs: the MRZ and the files are personal data.
 */
export async function openEmrtdSession(
  channel: CardChannel,
  access: string | BacKeys,
  options: ReadEmrtdFileOptions = {},
): Promise<EmrtdSession> {
  const io: IoOptions = {
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
  }
  const maxRead = Math.min(options.maxReadLength ?? MAX_NE - SM_OVERHEAD, MAX_NE - SM_OVERHEAD)

  const selectApplication = new CommandApdu({
    cla: 0,
    ins: 0xa4,
    p1: 0x04,
    p2: 0x0c,
    data: EMRTD_AID,
  })
  let selected = await channel.transmit(selectApplication, io)
  // The card stays powered between leases, so it may still be in an earlier read's SM session;
  // a plain command ends that session and is refused (9303-11 §9.8.6.1), after which the same
  // SELECT goes through.
  if (SESSION_ENDED.has(selected.sw)) selected = await channel.transmit(selectApplication, io)
  if (selected.sw !== 0x9000) {
    throw new StatusWordError(selected.sw, { step: 'select-application' })
  }
  const bac = await performBac(channelBacSender(channel, io), access, options.random)
  const sm = new SmWrapper(new Des3SmCipher(bac.ksEnc, bac.ksMac), bac.ssc)

  const secured = async (command: CommandApdu, step: string): Promise<ResponseApdu> => {
    try {
      return sm.unwrap(await channel.transmit(sm.wrap(command), io))
    } catch (error) {
      throw withStep(error, step)
    }
  }
  return {
    transmit: secured,
    readFile: fileId => readFile(secured, fileId, maxRead),
  }
}

/**
 * Reads one elementary file of an eMRTD with Basic Access Control: SELECT the application, BAC,
 * then under secure messaging SELECT the EF, READ BINARY its first bytes to learn the TLV length
 * and the rest in as few reads as the reader allows — offsets past 32767 with the odd INS B1.
 * Returns the whole TLV-encoded file.
 *
 * Errors carry `details.step` ('select-application', 'bac', 'select-file', 'read-binary'):
 * a wrong MRZ is `BacError` (UNAUTHENTICATED, reason 'refused' or 'wrong-mac'); a missing file is
 * BAD_STATE with reason 'file-not-found' and sw 6A82; a broken SM answer is
 * `SecureMessagingError` (BAD_STATE) with the step added. Nothing here logs: the MRZ and the file
 * are personal data.
 */
export async function readEmrtdFile(
  channel: CardChannel,
  access: string | BacKeys,
  fileId: number,
  options: ReadEmrtdFileOptions = {},
): Promise<Buffer> {
  checkFileId(fileId)
  const session = await openEmrtdSession(channel, access, options)
  return session.readFile(fileId)
}

function checkFileId(fileId: number): void {
  if (!Number.isInteger(fileId) || fileId < 0 || fileId > 0xffff) {
    throw new AgentError('INVALID_ARGUMENT', 'file_id must be a two-byte EF identifier', {
      details: { field: 'file_id', reason: 'bad-file-id' },
    })
  }
}

type Secured = (command: CommandApdu, step: string) => Promise<ResponseApdu>

async function readFile(secured: Secured, fileId: number, maxRead: number): Promise<Buffer> {
  checkFileId(fileId)
  const fid = Buffer.from([fileId >> 8, fileId & 0xff])
  const select = await secured(
    new CommandApdu({ cla: 0, ins: 0xa4, p1: 0x02, p2: 0x0c, data: fid }),
    'select-file',
  )
  if (select.sw === 0x6a82) {
    throw new AgentError('BAD_STATE', 'The chip has no such file', {
      details: { step: 'select-file', reason: 'file-not-found', sw: '6A82', fileId },
    })
  }
  if (select.sw !== 0x9000) throw new StatusWordError(select.sw, { step: 'select-file' })

  const readAt = async (offset: number, ne: number): Promise<Buffer> => {
    const odd = offset > MAX_EVEN_OFFSET
    const command = odd
      ? new CommandApdu({
          cla: 0,
          ins: 0xb1,
          p1: 0,
          p2: 0,
          data: offsetObject(offset),
          ne: ne + ODD_READ_OVERHEAD,
        })
      : new CommandApdu({ cla: 0, ins: 0xb0, p1: offset >> 8, p2: offset & 0xff, ne })
    const answer = await secured(command, 'read-binary')
    // 6282: the file ended before Ne bytes, which a short file does on the header read.
    if (answer.sw !== 0x9000 && answer.sw !== 0x6282) {
      throw new StatusWordError(answer.sw, { step: 'read-binary' })
    }
    return odd ? discretionaryData(answer.data) : answer.data
  }

  const head = await readAt(0, HEADER_LENGTH)
  const total = tlvLength(head)
  const first = head.subarray(0, Math.min(head.length, total))
  const parts = [first]
  let offset = first.length
  while (offset < total) {
    const part = await readAt(
      offset,
      Math.min(total - offset, offset > MAX_EVEN_OFFSET ? maxRead - ODD_READ_OVERHEAD : maxRead),
    )
    if (part.length === 0) {
      throw new AgentError('BAD_STATE', 'The chip returned no data before the file’s end', {
        details: { step: 'read-binary', reason: 'short-file', offset, length: total },
      })
    }
    parts.push(part)
    offset += part.length
  }
  return Buffer.concat(parts).subarray(0, total)
}

/** DO'54' with the offset in as few bytes as it takes (ISO 7816-4 §11.2.3, odd INS B1). */
function offsetObject(offset: number): Buffer {
  const bytes = offset > 0xffff ? 3 : 2
  const value = Buffer.alloc(bytes)
  value.writeUIntBE(offset, 0, bytes)
  return Buffer.concat([Buffer.from([0x54, bytes]), value])
}

/** The data of the DO'53' a B1 answer wraps its bytes in. */
function discretionaryData(answer: Buffer): Buffer {
  if (answer.length === 0) return answer
  if (answer[0] !== 0x53) throw notTlv()
  const first = answer[1]
  if (first === undefined) throw notTlv()
  if (first < 0x80) return answer.subarray(2, 2 + first)
  const count = first & 0x7f
  if (count < 1 || count > 3 || answer.length < 2 + count) throw notTlv()
  const length = answer.readUIntBE(2, count)
  return answer.subarray(2 + count, 2 + count + length)
}

/** Tag (one or two bytes) plus BER length: the whole TLV's size. Throws when it is not TLV. */
function tlvLength(head: Buffer): number {
  const index = ((head[0] ?? 0) & 0x1f) === 0x1f ? 2 : 1
  const first = head[index]
  if (first === undefined) throw notTlv()
  if (first < 0x80) return index + 1 + first
  const count = first & 0x7f
  if (count < 1 || count > 2 || head.length < index + 1 + count) throw notTlv()
  return index + 1 + count + head.readUIntBE(index + 1, count)
}

function notTlv(): AgentError {
  return new AgentError('BAD_STATE', 'The file does not start with a BER-TLV header', {
    details: { step: 'read-binary', reason: 'not-tlv' },
  })
}

/** Adds `step` to an AgentError's details (SM errors do not know which command they were in). */
function withStep(error: unknown, step: string): unknown {
  if (!(error instanceof AgentError) || error.details.step !== undefined) return error
  const copy = new AgentError(error.code, error.message, {
    details: { ...error.details, step },
    retryable: error.retryable,
    cause: error,
  })
  copy.name = error.name
  return copy
}

import { AgentError } from '../core/errors'
import type { IoOptions } from '../transport/types'
import { CommandApdu, type ResponseApdu } from './apdu'
import type { CardChannel } from './card-channel'
import { EMRTD_AID } from './emrtd-reader'
import { StatusWordError } from './status-words'

/**
 * The JMRTD passport applet's personalization commands (icao-9303.md §11): CREATE FILE (E0),
 * SELECT (A4), UPDATE BINARY (D6), PUT DATA (DA) for the BAC seed, the AA key and the life cycle.
 * Every method names its step in errors; nothing here logs, since the data are personal.
 */

/** PUT DATA P1 P2 values of the applet and its life-cycle fork (icao-9303.md §11, §12). */
const PUT_DATA = {
  AA_MODULUS: 0x0060,
  AA_EXPONENT: 0x0061,
  MRZ_SEED: 0x0062,
  LOCK: 0xdead,
} as const

/** GlobalPlatform CPLC, which answers the chip's unique serial on blank and used chips alike. */
const GET_DATA_SERIAL = { cla: 0x80, ins: 0xca, p1: 0x9f, p2: 0x7f } as const

/** The applet's UPDATE BINARY offsets are 15 bits (P1 b8 clear). */
const MAX_OFFSET = 0x7fff
/** Longest data field of a short command APDU. */
const SHORT_DATA = 255
/** Header, extended Lc: what an extended UPDATE BINARY adds around its data. */
const EXTENDED_FRAMING = 7

/** What the chip's LDS files look like on a card that was never personalised. */
export type ChipContent = 'blank' | 'personalised' | 'locked'

export interface PersonalizerOptions extends IoOptions {
  /** The longest encoded command the reader takes (its driver's maxCommandLength). */
  readonly maxCommandLength: number
  /** Whether the chip accepts extended-length APDUs (from its profile). */
  readonly extendedLength: boolean
}

export class EmrtdPersonalizer {
  private readonly io: IoOptions
  /** Bytes per UPDATE BINARY: the largest the reader and chip both take. */
  readonly chunkSize: number

  constructor(
    private readonly channel: CardChannel,
    options: PersonalizerOptions,
  ) {
    this.io = {
      ...(options.signal === undefined ? {} : { signal: options.signal }),
      ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    }
    const extended = options.extendedLength && options.maxCommandLength > SHORT_DATA + 6
    this.chunkSize = extended
      ? Math.min(options.maxCommandLength - EXTENDED_FRAMING, MAX_OFFSET + 1)
      : SHORT_DATA
  }

  async selectApplication(): Promise<void> {
    const command = new CommandApdu({ cla: 0, ins: 0xa4, p1: 0x04, p2: 0x0c, data: EMRTD_AID })
    let answer = await this.send(command)
    // A chip still in an earlier reader's SM session refuses the first plain command and drops
    // the session (9303-11 §9.8.6.1); the same SELECT then goes through.
    if (answer.sw === 0x6982 || answer.sw === 0x6987 || answer.sw === 0x6988) {
      answer = await this.send(command)
    }
    expectOk(answer, 'select-application')
  }

  /** The chip's unique serial number, from GET DATA 9F7F (CPLC), as uppercase hex. */
  async readSerial(): Promise<string> {
    const answer = await this.send(new CommandApdu({ ...GET_DATA_SERIAL, ne: 256 }))
    expectOk(answer, 'identify-chip')
    const value = cplcValue(answer.data)
    if (value === undefined || value.length === 0) {
      throw new AgentError('DEVICE_UNSUPPORTED', 'The chip does not report a serial number', {
        details: { step: 'identify-chip', reason: 'no-serial' },
      })
    }
    return value.toString('hex').toUpperCase()
  }

  /**
   * Blank, personalised (files exist, still writable) or locked, from how the chip answers a
   * SELECT of the files every eMRTD has: 6A82 on a blank chip, 9000 once written, 6982 after the
   * lock (SELECT then needs BAC).
   */
  async content(fileIds: readonly number[]): Promise<ChipContent> {
    for (const fid of fileIds) {
      const answer = await this.send(selectEf(fid))
      if (answer.sw === 0x6982) return 'locked'
      if (answer.sw === 0x9000) return 'personalised'
      if (answer.sw !== 0x6a82) throw new StatusWordError(answer.sw, { step: 'check-blank' })
    }
    return 'blank'
  }

  /** CREATE FILE, SELECT and UPDATE BINARY in chunks; `onChunk` reports bytes written so far. */
  async writeFile(
    fid: number,
    bytes: Uint8Array,
    step: string,
    onChunk?: (written: number) => void,
  ): Promise<void> {
    if (bytes.length === 0 || bytes.length > MAX_OFFSET) {
      throw new AgentError('INVALID_ARGUMENT', 'The file does not fit an applet file', {
        details: { step, reason: 'file-size', length: bytes.length, max: MAX_OFFSET },
      })
    }
    const size = Buffer.from([bytes.length >> 8, bytes.length & 0xff])
    const fidBytes = Buffer.from([fid >> 8, fid & 0xff])
    const create = new CommandApdu({
      cla: 0,
      ins: 0xe0,
      p1: 0,
      p2: 0,
      data: Buffer.concat([Buffer.from([0x63, 0x04]), size, fidBytes]),
    })
    expectWritten(await this.send(create), step)
    expectWritten(await this.send(selectEf(fid)), step)
    for (let offset = 0; offset < bytes.length; offset += this.chunkSize) {
      const chunk = bytes.subarray(offset, offset + this.chunkSize)
      const update = new CommandApdu({
        cla: 0,
        ins: 0xd6,
        p1: offset >> 8,
        p2: offset & 0xff,
        data: chunk,
      })
      expectWritten(await this.send(update), step)
      onChunk?.(offset + chunk.length)
    }
  }

  /** PUT DATA 62: the three MRZ fields without check digits; the chip derives the BAC keys. */
  async putMrzSeed(seed: {
    readonly documentNumber: string
    readonly dateOfBirth: string
    readonly dateOfExpiry: string
  }): Promise<void> {
    const field = (text: string) => tlv(0x04, Buffer.from(text, 'latin1'))
    const body = Buffer.concat([
      field(seed.documentNumber),
      field(seed.dateOfBirth),
      field(seed.dateOfExpiry),
    ])
    expectWritten(await this.putData(PUT_DATA.MRZ_SEED, tlv(0x62, body)), 'set-bac-seed')
  }

  /** PUT DATA 60 and 61: the RSA Active Authentication key (modulus, private exponent). */
  async putAaKey(modulus: Uint8Array, privateExponent: Uint8Array): Promise<void> {
    const component = (tag: number, value: Uint8Array) => tlv(tag, tlv(0x04, value))
    expectWritten(await this.putData(PUT_DATA.AA_MODULUS, component(0x60, modulus)), 'set-aa-key')
    expectWritten(
      await this.putData(PUT_DATA.AA_EXPONENT, component(0x61, privateExponent)),
      'set-aa-key',
    )
  }

  /** PUT DATA DE AD: the persistent lock; afterwards every write answers 6985. */
  async lock(): Promise<void> {
    expectWritten(await this.putData(PUT_DATA.LOCK, Buffer.alloc(0)), 'lock')
  }

  private putData(p1p2: number, data: Buffer): Promise<ResponseApdu> {
    return this.send(new CommandApdu({ cla: 0, ins: 0xda, p1: p1p2 >> 8, p2: p1p2 & 0xff, data }))
  }

  private send(command: CommandApdu): Promise<ResponseApdu> {
    return this.channel.transmit(command, this.io)
  }
}

function selectEf(fid: number): CommandApdu {
  return new CommandApdu({
    cla: 0,
    ins: 0xa4,
    p1: 0x02,
    p2: 0x0c,
    data: Buffer.from([fid >> 8, fid & 0xff]),
  })
}

function expectOk(answer: ResponseApdu, step: string): void {
  if (answer.sw !== 0x9000) throw new StatusWordError(answer.sw, { step })
}

/**
 * A refused write in the terms the job acts on: 6985 after the lock means the card was not
 * blank; memory failure and full memory spoil the card; anything else is the status word.
 */
function expectWritten(answer: ResponseApdu, step: string): void {
  switch (answer.sw) {
    case 0x9000:
      return
    case 0x6985:
      throw new AgentError('CARD_NOT_BLANK', 'The chip is locked and refuses writes', {
        details: { step, sw: '6985', reason: 'locked' },
      })
    case 0x6581:
      throw new AgentError('CARD_WRITE_FAILED', 'The chip reported a memory failure', {
        details: { step, sw: '6581', reason: 'memory-failure' },
      })
    case 0x6a84:
      throw new AgentError('CARD_WRITE_FAILED', 'The chip has no room for the file', {
        details: { step, sw: '6A84', reason: 'file-full' },
      })
    default:
      throw new StatusWordError(answer.sw, { step })
  }
}

function tlv(tag: number, value: Uint8Array): Buffer {
  const length =
    value.length < 0x80
      ? Buffer.from([value.length])
      : value.length <= 0xff
        ? Buffer.from([0x81, value.length])
        : Buffer.from([0x82, value.length >> 8, value.length & 0xff])
  return Buffer.concat([Buffer.from([tag]), length, value])
}

/** The value of the 9F7F object a GET DATA answers with (or the bare bytes some chips send). */
function cplcValue(data: Buffer): Buffer | undefined {
  if (data.length < 3 || data[0] !== 0x9f || data[1] !== 0x7f) return data
  const first = data[2] ?? 0
  if (first < 0x80) return data.subarray(3, 3 + first)
  if (first === 0x81 && data.length >= 4) return data.subarray(4, 4 + (data[3] ?? 0))
  return undefined
}

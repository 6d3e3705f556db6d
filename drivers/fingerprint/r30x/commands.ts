import { TransportError } from '../../core/errors'
import type { IoOptions } from '../../transport/types'
import { CONFIRMATION_CODE, confirmationError } from './confirmation-codes'
import type { Acknowledge, R30xLink } from './link'

/**
 * The instructions this driver sends (the first byte of a command payload). Handshake is 0x40
 * on the modules that have it (R307, R503); 0x17 is PortControl, a different command.
 */
export const INSTRUCTION = {
  'gen-img': 0x01,
  img2tz: 0x02,
  match: 0x03,
  'up-char': 0x08,
  'down-char': 0x09,
  'up-image': 0x0a,
  'read-sys-para': 0x0f,
  'vfy-pwd': 0x13,
  'aura-led-config': 0x35,
  handshake: 0x40,
} as const

export type InstructionName = keyof typeof INSTRUCTION

/** The two character-file buffers every module has. */
export type CharBuffer = 1 | 2

/** Data packet sizes by ReadSysPara's packet size code. */
export const PACKET_SIZES = [32, 64, 128, 256] as const

/** What ReadSysPara reports (16 bytes after the confirmation code). */
export interface SystemParameters {
  /** Bit 0 busy, 1 last match passed, 2 password verified, 3 image buffer holds an image. */
  readonly statusRegister: number
  readonly systemId: number
  /** How many templates the module's library holds. */
  readonly librarySize: number
  /** 1 (most permissive) to 5 (strictest): where the module puts its match decision. */
  readonly securityLevel: number
  readonly address: number
  /** Bytes per data packet the module sends: 32, 64, 128 or 256. */
  readonly packetSize: number
  readonly baudRate: number
}

/** Aura LED control codes (R503 and later; 0x35). */
export const AURA_CONTROL = {
  breathing: 0x01,
  flashing: 0x02,
  on: 0x03,
  off: 0x04,
  'gradual-on': 0x05,
  'gradual-off': 0x06,
} as const

/** Aura LED colour indexes. Green is index 4 on the R503's later firmware. */
export const AURA_COLOUR = { red: 0x01, blue: 0x02, purple: 0x03, green: 0x04 } as const

/** The largest character file accepted or expected; modules use 512 to 1536 bytes. */
export const MAX_CHAR_FILE = 4096

/** The largest image expected: 256 × 288 at 8 bits per pixel (4-bit modules send half). */
export const MAX_IMAGE_BYTES = 256 * 288

/**
 * The module's commands, each one exchange on the link: a typed request, the confirmation codes
 * that are expected outcomes returned as values, any other code thrown as the AgentError of
 * confirmation-codes.ts. Like the link, one call at a time.
 */
export class R30xCommands {
  constructor(private readonly link: R30xLink) {}

  /** True when the module answers OK; false when it answers anything else (no Handshake). */
  async handshake(io: IoOptions = {}): Promise<boolean> {
    const ack = await this.exchange('handshake', [], io)
    return ack.confirmation === CONFIRMATION_CODE.ok
  }

  /** VfyPwd. Wrong password: DEVICE_OFFLINE with details.confirmationName 'wrong-password'. */
  async verifyPassword(password: number, io: IoOptions = {}): Promise<void> {
    expectOk(await this.exchange('vfy-pwd', uint32(password), io), 'vfy-pwd')
  }

  /** ReadSysPara. A short reply or an unknown packet size code is TRANSPORT_IO 'malformed'. */
  async readSystemParameters(io: IoOptions = {}): Promise<SystemParameters> {
    const { data } = expectOk(await this.exchange('read-sys-para', [], io), 'read-sys-para')
    if (data.length < 16) throw malformed('read-sys-para', `${data.length} parameter bytes`)
    const packetSize = PACKET_SIZES[data.readUInt16BE(12)]
    if (packetSize === undefined) throw malformed('read-sys-para', 'unknown packet size code')
    return {
      statusRegister: data.readUInt16BE(0),
      systemId: data.readUInt16BE(2),
      librarySize: data.readUInt16BE(4),
      securityLevel: data.readUInt16BE(6),
      address: data.readUInt32BE(8),
      packetSize,
      baudRate: data.readUInt16BE(14) * 9600,
    }
  }

  /**
   * GenImg: takes an image into the image buffer when a finger is on the sensor. 'no-finger'
   * and 'capture-failed' (a smudge, a finger moving) are outcomes a capture polls through.
   */
  async genImg(io: IoOptions = {}): Promise<'finger' | 'no-finger' | 'capture-failed'> {
    const ack = await this.exchange('gen-img', [], io)
    switch (ack.confirmation) {
      case CONFIRMATION_CODE.ok:
        return 'finger'
      case CONFIRMATION_CODE.noFinger:
        return 'no-finger'
      case CONFIRMATION_CODE.imageCaptureFailed:
        return 'capture-failed'
      default:
        throw confirmationError(ack.confirmation, 'gen-img')
    }
  }

  /**
   * Img2Tz: features of the image buffer into a character buffer. A poor image ('too-disorderly',
   * 'too-few-features') is an outcome: the finger has to be placed again.
   */
  async img2Tz(
    buffer: CharBuffer,
    io: IoOptions = {},
  ): Promise<'ok' | 'too-disorderly' | 'too-few-features'> {
    const ack = await this.exchange('img2tz', [buffer], io)
    switch (ack.confirmation) {
      case CONFIRMATION_CODE.ok:
        return 'ok'
      case CONFIRMATION_CODE.imageTooDisorderly:
        return 'too-disorderly'
      case CONFIRMATION_CODE.tooFewFeatures:
        return 'too-few-features'
      default:
        throw confirmationError(ack.confirmation, 'img2tz')
    }
  }

  /** UpImage: the image buffer as the module sends it (4 bits per pixel on most modules). */
  async upImage(io: IoOptions = {}): Promise<Buffer> {
    expectOk(await this.exchange('up-image', [], io), 'up-image')
    return this.link.receiveData('up-image', MAX_IMAGE_BYTES, io)
  }

  /** UpChar: a character buffer's bytes, opaque and proprietary to the module's firmware. */
  async upChar(buffer: CharBuffer, io: IoOptions = {}): Promise<Buffer> {
    expectOk(await this.exchange('up-char', [buffer], io), 'up-char')
    return this.link.receiveData('up-char', MAX_CHAR_FILE, io)
  }

  /**
   * DownChar: loads `data` into a character buffer, in data packets of `packetSize` bytes. The
   * module acknowledges the command, then takes the data without a second acknowledge.
   */
  async downChar(
    buffer: CharBuffer,
    data: Uint8Array,
    packetSize: number,
    io: IoOptions = {},
  ): Promise<void> {
    expectOk(await this.exchange('down-char', [buffer], io), 'down-char')
    await this.link.sendData(data, packetSize, io)
  }

  /**
   * Match: compares character buffers 1 and 2. `matched` is the module's own decision at its
   * security level; `score` its raw score (0–65535, in practice up to a few hundred).
   */
  async match(io: IoOptions = {}): Promise<{ readonly matched: boolean; readonly score: number }> {
    const ack = await this.exchange('match', [], io)
    if (ack.confirmation !== CONFIRMATION_CODE.ok && ack.confirmation !== CONFIRMATION_CODE.noMatch)
      throw confirmationError(ack.confirmation, 'match')
    const matched = ack.confirmation === CONFIRMATION_CODE.ok
    // Some firmware leaves the score out of a no-match; a match without one is malformed.
    if (ack.data.length < 2) {
      if (matched) throw malformed('match', 'no score')
      return { matched, score: 0 }
    }
    return { matched, score: ack.data.readUInt16BE(0) }
  }

  /**
   * AuraLedConfig (0x35). True when the module took it; false when it answered with an error
   * confirmation, which is what a module without an aura ring does.
   */
  async auraLed(
    control: number,
    speed: number,
    colour: number,
    count: number,
    io: IoOptions = {},
  ): Promise<boolean> {
    const ack = await this.exchange('aura-led-config', [control, speed, colour, count], io)
    return ack.confirmation === CONFIRMATION_CODE.ok
  }

  private exchange(
    name: InstructionName,
    parameters: readonly number[],
    io: IoOptions,
  ): Promise<Acknowledge> {
    return this.link.command(INSTRUCTION[name], name, Uint8Array.from(parameters), io)
  }
}

function expectOk(ack: Acknowledge, name: InstructionName): Acknowledge {
  if (ack.confirmation !== CONFIRMATION_CODE.ok) throw confirmationError(ack.confirmation, name)
  return ack
}

function uint32(value: number): number[] {
  return [(value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff]
}

function malformed(name: InstructionName, what: string): TransportError {
  return new TransportError('TRANSPORT_IO', `R30x ${name}: malformed reply (${what})`, {
    details: { reason: 'malformed', step: name },
  })
}

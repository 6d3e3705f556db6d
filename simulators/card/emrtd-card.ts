import { signChallenge } from './active-authentication'
import { BacResponder } from './bac-responder'
import { parseCommand, type Command } from './apdu-parse'
import type { CardImage } from './card-image'
import { Faults } from './faults'
import { FID, fidForSfi, FileSystem } from './file-system'
import { advance, LIFE_CYCLE_P1, lifeCycleTarget, writable } from './life-cycle'
import { ATR, EMRTD_AID } from './minimal-card'
import {
  bacKeySeed,
  parseAaComponent,
  parseCreateFile,
  parseMrzSeed,
  PUT_DATA,
} from './personalization'
import { isProtected, SmSession } from './secure-messaging'
import { encodeReply, reply, SW, type Reply } from './status'
import { encodeTlv, singleObject } from './tlv'
import type { VpcdCard } from './vpcd-client'

export interface EmrtdCardOptions {
  readonly image: CardImage
  /** Called after every change to persistent state, before the answer leaves the card. */
  readonly save?: ((image: CardImage) => void) | undefined
  readonly faults?: Faults
  /** The `pull` fault: the owner drops the vpcd connection, so pcscd sees the card leave. */
  readonly onPull?: (() => void) | undefined
  readonly random?: ((size: number) => Buffer) | undefined
}

const INS = {
  SELECT: 0xa4,
  READ_BINARY: 0xb0,
  READ_BINARY_ODD: 0xb1,
  UPDATE_BINARY: 0xd6,
  CREATE_FILE: 0xe0,
  PUT_DATA: 0xda,
  GET_CHALLENGE: 0x84,
  EXTERNAL_AUTHENTICATE: 0x82,
  GET_DATA: 0xca,
  INTERNAL_AUTHENTICATE: 0x88,
} as const

/** GlobalPlatform's CPLC tag, which stations already ask blank chips for (icao-9303 §8.2). */
const SERIAL_TAG = 0x9f7f

/**
 * A virtual eMRTD chip with the JMRTD passport applet's personalization set and life cycle, the
 * ICAO access conditions (reads only after BAC and under secure messaging) and injectable faults.
 */
export class EmrtdCard implements VpcdCard {
  readonly atr: Uint8Array = ATR
  readonly faults: Faults
  private readonly fs: FileSystem
  private readonly bac: BacResponder
  private applicationSelected = false
  private currentFile: number | undefined
  private sm: SmSession | undefined

  constructor(private readonly options: EmrtdCardOptions) {
    this.faults = options.faults ?? new Faults()
    this.fs = new FileSystem(options.image.files)
    this.bac = new BacResponder(options.random)
  }

  get image(): CardImage {
    return this.options.image
  }

  /** True while a BAC session protects the channel. */
  get secured(): boolean {
    return this.sm !== undefined
  }

  resetSession(): void {
    this.applicationSelected = false
    this.currentFile = undefined
    this.sm = undefined
    this.bac.reset()
  }

  process(apdu: Buffer): Uint8Array | undefined {
    // The INS of a plain or protected command alike: byte 1 of the APDU.
    const ins = apdu[1]
    if (this.faults.take('mute', ins)) return undefined
    if (this.faults.take('pull', ins)) {
      this.options.onPull?.()
      return undefined
    }
    const command = parseCommand(apdu)
    if (command === undefined) return encodeReply(reply(SW.WRONG_LENGTH))
    if (command.cla === 0xff) return encodeReply(reply(SW.CLA_NOT_SUPPORTED))
    const session = this.sm
    if (session === undefined) {
      if (isProtected(command.cla)) return encodeReply(reply(SW.SM_NOT_SUPPORTED))
      return encodeReply(this.execute(command, false))
    }
    // 9303-11 §9.8.6: a plain or badly protected APDU ends the session.
    if (!isProtected(command.cla)) {
      this.sm = undefined
      return encodeReply(reply(SW.SECURITY_NOT_SATISFIED))
    }
    const plain = session.unwrap(command)
    if (typeof plain === 'number') {
      this.sm = undefined
      return encodeReply(reply(plain))
    }
    const result = this.execute(plain, true)
    const wrapped = session.wrap(result, this.faults.take('wrong-mac'))
    return encodeReply(reply(result.sw, wrapped))
  }

  private execute(command: Command, secured: boolean): Reply {
    if ((command.cla & 0x80) !== 0) {
      if (command.ins === INS.GET_DATA) return this.getData(command)
      return reply(SW.CLA_NOT_SUPPORTED)
    }
    switch (command.ins) {
      case INS.SELECT:
        return this.select(command, secured)
      case INS.READ_BINARY:
      case INS.READ_BINARY_ODD:
        return this.readBinary(command, secured)
      case INS.UPDATE_BINARY:
        return this.write(() => this.updateBinary(command))
      case INS.CREATE_FILE:
        return this.write(() => this.createFile(command))
      case INS.PUT_DATA:
        return this.write(() => this.putData(command))
      case INS.GET_CHALLENGE:
        return this.getChallenge(command)
      case INS.EXTERNAL_AUTHENTICATE:
        return this.externalAuthenticate(command, secured)
      case INS.INTERNAL_AUTHENTICATE:
        return this.internalAuthenticate(command, secured)
      default:
        return reply(SW.INS_NOT_SUPPORTED)
    }
  }

  private select(command: Command, secured: boolean): Reply {
    if (command.p1 === 0x04) {
      if (!command.data.equals(EMRTD_AID)) {
        this.applicationSelected = false
        this.currentFile = undefined
        return reply(SW.FILE_NOT_FOUND)
      }
      this.applicationSelected = true
      this.currentFile = undefined
      if ((command.p2 & 0x0c) === 0x0c) return reply(SW.OK)
      return reply(SW.OK, encodeTlv(0x6f, encodeTlv(0x84, EMRTD_AID)))
    }
    if (command.p1 !== 0x00 && command.p1 !== 0x02) return reply(SW.WRONG_P1P2)
    if (command.data.length !== 2) return reply(SW.WRONG_LENGTH)
    // No MF files (EF.CardAccess) exist: this chip offers BAC only.
    if (!this.applicationSelected) return reply(SW.FILE_NOT_FOUND)
    if (this.image.lifeCycle === 'locked' && !secured) return reply(SW.SECURITY_NOT_SATISFIED)
    const fid = command.data.readUInt16BE(0)
    const size = this.fs.size(fid)
    if (size === undefined) return reply(SW.FILE_NOT_FOUND)
    this.currentFile = fid
    if ((command.p2 & 0x0c) === 0x0c) return reply(SW.OK)
    const sizeBytes = Buffer.from([size >> 8, size & 0xff])
    const fcp = encodeTlv(
      0x62,
      Buffer.concat([encodeTlv(0x80, sizeBytes), encodeTlv(0x83, command.data)]),
    )
    return reply(SW.OK, fcp)
  }

  /**
   * The applet asks for BAC before any read, even before the lock, so the station's read-back
   * runs over the same BAC + SM path a border reader uses.
   */
  private readBinary(command: Command, secured: boolean): Reply {
    if (!secured) return reply(SW.SECURITY_NOT_SATISFIED)
    if (!this.applicationSelected) return reply(SW.NO_CURRENT_EF)
    if (command.le === undefined) return reply(SW.WRONG_LENGTH)
    const odd = command.ins === INS.READ_BINARY_ODD
    let offset: number
    if (odd) {
      const value = singleObject(command.data, 0x54)
      if (value === undefined || value.length > 3) return reply(SW.WRONG_DATA)
      offset = value.length === 0 ? 0 : value.readUIntBE(0, value.length)
      const fid = (command.p1 << 8) | command.p2
      if (fid !== 0 && !this.selectForRead(fid)) return reply(SW.FILE_NOT_FOUND)
    } else if ((command.p1 & 0x80) !== 0) {
      const fid = fidForSfi(command.p1 & 0x1f)
      if (fid === undefined || !this.selectForRead(fid)) return reply(SW.FILE_NOT_FOUND)
      offset = command.p2
    } else {
      offset = (command.p1 << 8) | command.p2
    }
    const fid = this.currentFile
    if (fid === undefined) return reply(SW.NO_CURRENT_EF)
    // DG3 and DG4 need EAC, which this chip does not offer: they stay closed for good.
    if (fid === FID.DG3 || fid === FID.DG4) return reply(SW.SECURITY_NOT_SATISFIED)
    const result = this.fs.read(fid, offset, command.le)
    return odd && result.data.length > 0 ? reply(result.sw, encodeTlv(0x53, result.data)) : result
  }

  private selectForRead(fid: number): boolean {
    if (!this.fs.has(fid)) return false
    this.currentFile = fid
    return true
  }

  /** Personalization commands share the lock check, the write faults and the save. */
  private write(run: () => Reply): Reply {
    if (!writable(this.image.lifeCycle)) return reply(SW.CONDITIONS_NOT_SATISFIED)
    if (this.faults.take('memory-failure')) return reply(SW.MEMORY_FAILURE)
    if (this.faults.take('file-full')) return reply(SW.NOT_ENOUGH_MEMORY)
    const result = run()
    if (result.sw === SW.OK) this.options.save?.(this.image)
    return result
  }

  private updateBinary(command: Command): Reply {
    if (!this.applicationSelected || this.currentFile === undefined) return reply(SW.NO_CURRENT_EF)
    if ((command.p1 & 0x80) !== 0) return reply(SW.WRONG_P1P2)
    if (command.data.length === 0) return reply(SW.WRONG_LENGTH)
    const offset = (command.p1 << 8) | command.p2
    return reply(this.fs.write(this.currentFile, offset, command.data))
  }

  private createFile(command: Command): Reply {
    if (!this.applicationSelected) return reply(SW.CONDITIONS_NOT_SATISFIED)
    const request = parseCreateFile(command.data)
    if (request === undefined) return reply(SW.WRONG_DATA)
    return reply(this.fs.create(request.fid, request.size))
  }

  private putData(command: Command): Reply {
    const image = this.image
    if (command.p1 === LIFE_CYCLE_P1) {
      const target = lifeCycleTarget(command.p2)
      if (target === undefined) return reply(SW.DATA_NOT_FOUND)
      const next = advance(image.lifeCycle, target)
      if (next === undefined) return reply(SW.CONDITIONS_NOT_SATISFIED)
      image.lifeCycle = next
      return reply(SW.OK)
    }
    if (command.p1 !== 0x00) return reply(SW.DATA_NOT_FOUND)
    switch (command.p2) {
      case PUT_DATA.MRZ: {
        const mrz = parseMrzSeed(command.data)
        if (mrz === undefined) return reply(SW.WRONG_DATA)
        image.bacSeed = bacKeySeed(mrz)
        return reply(SW.OK)
      }
      case PUT_DATA.AA_MODULUS:
      case PUT_DATA.AA_EXPONENT: {
        const value = parseAaComponent(command.p2, command.data)
        if (value === undefined) return reply(SW.WRONG_DATA)
        if (command.p2 === PUT_DATA.AA_MODULUS) image.aaModulus = value
        else image.aaPrivateExponent = value
        return reply(SW.OK)
      }
      default:
        return reply(SW.DATA_NOT_FOUND)
    }
  }

  private getChallenge(command: Command): Reply {
    if (command.p1 !== 0 || command.p2 !== 0) return reply(SW.WRONG_P1P2)
    if (command.data.length !== 0 || command.le !== 8) return reply(SW.WRONG_LENGTH)
    return reply(SW.OK, this.bac.challenge())
  }

  private externalAuthenticate(command: Command, secured: boolean): Reply {
    // A new BAC inside a session would swap keys under the running SSC; real chips want a reset.
    if (secured) return reply(SW.CONDITIONS_NOT_SATISFIED)
    if (command.p1 !== 0 || command.p2 !== 0) return reply(SW.WRONG_P1P2)
    if (command.data.length !== 40) return reply(SW.WRONG_LENGTH)
    const seed = this.image.bacSeed
    if (seed === undefined) {
      this.bac.reset()
      return reply(SW.CONDITIONS_NOT_SATISFIED)
    }
    const result = this.bac.authenticate(seed, command.data)
    if (result === undefined) return reply(SW.AUTHENTICATION_FAILED)
    this.sm = new SmSession(result.session)
    return reply(SW.OK, result.response)
  }

  /** Active Authentication needs BAC first and both key halves from PUT DATA 60/61. */
  private internalAuthenticate(command: Command, secured: boolean): Reply {
    if (!secured) return reply(SW.SECURITY_NOT_SATISFIED)
    if (command.p1 !== 0 || command.p2 !== 0) return reply(SW.WRONG_P1P2)
    if (command.data.length !== 8) return reply(SW.WRONG_LENGTH)
    const { aaModulus, aaPrivateExponent } = this.image
    if (aaModulus === undefined || aaPrivateExponent === undefined) {
      return reply(SW.CONDITIONS_NOT_SATISFIED)
    }
    const signature = signChallenge(aaModulus, aaPrivateExponent, command.data, this.options.random)
    return signature === undefined ? reply(SW.CONDITIONS_NOT_SATISFIED) : reply(SW.OK, signature)
  }

  /** The chip serial, as a proprietary-class GET DATA so the interindustry 00 CA stays 6D00. */
  private getData(command: Command): Reply {
    if (((command.p1 << 8) | command.p2) !== SERIAL_TAG) return reply(SW.DATA_NOT_FOUND)
    return reply(SW.OK, encodeTlv(SERIAL_TAG, this.image.serial))
  }
}

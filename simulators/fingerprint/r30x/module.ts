import { frame, PacketDecoder, PID, type Corruption } from './codec'
import { CHAR_FILE_LENGTH, characterFile, fingerLevels, matchScore, packLevels } from './finger'

/** How the simulated module is set up; every field has the factory default of a real one. */
export interface ModuleOptions {
  /** 0xFFFFFFFF. Packets to any other address are ignored, as on a shared bus. */
  readonly address?: number
  /** 0. Other passwords must be verified (VfyPwd) before any other command. */
  readonly password?: number
  /** Bytes per data packet: 32, 64, 128 (default) or 256. */
  readonly packetSize?: 32 | 64 | 128 | 256
  /** 1–5, default 3: sets the Match threshold (30, 40, 50, 60, 70 on the module's scale). */
  readonly securityLevel?: 1 | 2 | 3 | 4 | 5
  /** Library pages, default 200. */
  readonly librarySize?: number
  /** True (default): an R503-style aura ring answers AuraLedConfig; false: the command fails. */
  readonly aura?: boolean
  /** Called with each command's name as it arrives (main.ts prints it with --trace). */
  readonly onCommand?: (name: string) => void
}

/** What lies on the sensor. `poor`: an image too poor for features (Img2Tz answers 0x07). */
export interface FingerOnSensor {
  readonly identity: string
  readonly position: number
  readonly poor: boolean
}

/** What `status` reports to the control channel. */
export interface ModuleStatus {
  readonly finger: FingerOnSensor | null
  readonly captures: number
  readonly templates: number
  readonly verified: boolean
  readonly led: { readonly control: number; readonly colour: number }
}

const CONFIRM = {
  ok: 0x00,
  receiveError: 0x01,
  noFinger: 0x02,
  tooFewFeatures: 0x07,
  noMatch: 0x08,
  notFound: 0x09,
  enrollMismatch: 0x0a,
  badPage: 0x0b,
  invalidTemplate: 0x0c,
  charUploadFailed: 0x0d,
  imageUploadFailed: 0x0f,
  deleteFailed: 0x10,
  wrongPassword: 0x13,
  noImage: 0x15,
  verifyPasswordFirst: 0x21,
} as const

const COMMANDS: Readonly<Record<number, string>> = {
  0x01: 'gen-img',
  0x02: 'img2tz',
  0x03: 'match',
  0x04: 'search',
  0x05: 'reg-model',
  0x06: 'store',
  0x07: 'load-char',
  0x08: 'up-char',
  0x09: 'down-char',
  0x0a: 'up-image',
  0x0c: 'delete-char',
  0x0d: 'empty',
  0x0f: 'read-sys-para',
  0x13: 'vfy-pwd',
  0x1d: 'template-num',
  0x35: 'aura-led-config',
  0x40: 'handshake',
}

const PACKET_SIZE_CODES = { 32: 0, 64: 1, 128: 2, 256: 3 } as const
const THRESHOLDS = [30, 40, 50, 60, 70] as const
/** The system identifier ReadSysPara reports. */
const SYSTEM_ID = 0x0009
/** ReadSysPara's baud rate multiplier: 6 × 9600 = 57600, the factory setting. */
const BAUD_MULTIPLIER = 6

/**
 * An R30x-family module as a state machine over bytes: feed what the host sends to receive(),
 * and what the module answers goes to `send`, one packet a call. It holds an image buffer, two
 * character buffers and a template library, and answers the instructions of the protocol
 * description (GenImg, Img2Tz, Match, Search, RegModel, Store, LoadChar, UpChar, DownChar,
 * UpImage, DeletChar, Empty, ReadSysPara, VfyPwd, TemplateNum, AuraLedConfig, Handshake); any
 * other instruction gets "packet receive error" (0x01), as does a packet with a bad checksum.
 * Synchronous: every answer is sent before receive() returns.
 */
export class R30xModule {
  private readonly decoder = new PacketDecoder()
  private readonly address: number
  private readonly password: number
  private readonly packetSize: 32 | 64 | 128 | 256
  private readonly securityLevel: 1 | 2 | 3 | 4 | 5
  private readonly librarySize: number
  private readonly aura: boolean
  private finger: FingerOnSensor | undefined
  private image: (FingerOnSensor & { readonly capture: number }) | undefined
  private readonly charBuffers = new Map<number, Buffer>()
  private readonly library = new Map<number, Buffer>()
  private verified: boolean
  private lastMatch = false
  private download: { readonly buffer: number; readonly parts: Buffer[] } | undefined
  private corruption: { readonly kind: Corruption; after: number } | undefined
  private captures = 0
  private led = { control: 0x04, colour: 0x01 }
  private rendered: { readonly key: string; readonly packed: Buffer } | undefined

  constructor(
    private readonly send: (bytes: Buffer) => void,
    private readonly options: ModuleOptions = {},
  ) {
    this.address = options.address ?? 0xffffffff
    this.password = options.password ?? 0
    this.packetSize = options.packetSize ?? 128
    this.securityLevel = options.securityLevel ?? 3
    this.librarySize = options.librarySize ?? 200
    this.aura = options.aura ?? true
    // A module keeps its factory password open; any other must be verified after power-up.
    this.verified = this.password === 0
  }

  /** Bytes from the host, in any chunking. */
  receive(chunk: Uint8Array): void {
    for (const incoming of this.decoder.push(chunk)) {
      if (incoming.address !== this.address) continue
      if (incoming.type === 'bad-checksum') {
        this.download = undefined
        this.acknowledge(CONFIRM.receiveError)
        continue
      }
      switch (incoming.pid) {
        case PID.command:
          this.download = undefined
          this.command(incoming.payload)
          break
        case PID.data:
        case PID.endData:
          this.takeDownload(incoming.payload, incoming.pid === PID.endData)
          break
        default:
          // A host does not send acknowledges; anything else is ignored.
          break
      }
    }
  }

  /** A finger lands on the sensor and stays until lift(). */
  present(identity: string, position: number, poor = false): void {
    this.finger = { identity, position, poor }
  }

  lift(): void {
    this.finger = undefined
  }

  /**
   * Spoils one packet the module sends, its checksum or its start code: the next one, or the
   * one after `after` good ones (to hit a data packet in the middle of an upload).
   */
  corruptNext(corruption: Corruption, after = 0): void {
    this.corruption = { kind: corruption, after }
  }

  status(): ModuleStatus {
    return {
      finger: this.finger ?? null,
      captures: this.captures,
      templates: this.library.size,
      verified: this.verified,
      led: { ...this.led },
    }
  }

  private command(payload: Buffer): void {
    const instruction = payload[0]
    if (instruction === undefined) {
      this.acknowledge(CONFIRM.receiveError)
      return
    }
    this.options.onCommand?.(COMMANDS[instruction] ?? `0x${instruction.toString(16)}`)
    const parameters = payload.subarray(1)
    if (!this.verified && instruction !== 0x13 && instruction !== 0x40) {
      this.acknowledge(CONFIRM.verifyPasswordFirst)
      return
    }
    switch (instruction) {
      case 0x01:
        this.genImg()
        return
      case 0x02:
        this.withBuffer(parameters, 0, buffer => {
          this.img2Tz(buffer)
        })
        return
      case 0x03:
        this.match()
        return
      case 0x04:
        this.search(parameters)
        return
      case 0x05:
        this.regModel()
        return
      case 0x06:
      case 0x07:
        this.withBuffer(parameters, 2, buffer => {
          const page = parameters.readUInt16BE(1)
          if (instruction === 0x06) this.store(buffer, page)
          else this.loadChar(buffer, page)
        })
        return
      case 0x08:
        this.withBuffer(parameters, 0, buffer => {
          this.upChar(buffer)
        })
        return
      case 0x09:
        this.withBuffer(parameters, 0, buffer => {
          this.acknowledge(CONFIRM.ok)
          this.download = { buffer, parts: [] }
        })
        return
      case 0x0a:
        this.upImage()
        return
      case 0x0c:
        this.deleteChar(parameters)
        return
      case 0x0d:
        this.library.clear()
        this.acknowledge(CONFIRM.ok)
        return
      case 0x0f:
        this.readSysPara()
        return
      case 0x13:
        this.vfyPwd(parameters)
        return
      case 0x1d:
        this.acknowledge(CONFIRM.ok, uint16(this.library.size))
        return
      case 0x35:
        this.auraLed(parameters)
        return
      case 0x40:
        this.acknowledge(CONFIRM.ok)
        return
      default:
        this.acknowledge(CONFIRM.receiveError)
    }
  }

  private genImg(): void {
    if (this.finger === undefined) {
      this.acknowledge(CONFIRM.noFinger)
      return
    }
    this.captures += 1
    this.image = { ...this.finger, capture: this.captures }
    this.acknowledge(CONFIRM.ok)
  }

  private img2Tz(buffer: number): void {
    const image = this.image
    if (image === undefined) {
      this.acknowledge(CONFIRM.noImage)
      return
    }
    if (image.poor) {
      this.acknowledge(CONFIRM.tooFewFeatures)
      return
    }
    this.charBuffers.set(buffer, characterFile(image.identity, image.position, image.capture))
    this.acknowledge(CONFIRM.ok)
  }

  private match(): void {
    const first = this.charBuffers.get(1)
    const second = this.charBuffers.get(2)
    if (first === undefined || second === undefined) {
      this.acknowledge(CONFIRM.invalidTemplate)
      return
    }
    const score = matchScore(first, second)
    this.lastMatch = score >= this.threshold()
    this.acknowledge(this.lastMatch ? CONFIRM.ok : CONFIRM.noMatch, uint16(score))
  }

  private search(parameters: Buffer): void {
    this.withBuffer(parameters, 4, buffer => {
      const probe = this.charBuffers.get(buffer)
      if (probe === undefined) {
        this.acknowledge(CONFIRM.invalidTemplate)
        return
      }
      const start = parameters.readUInt16BE(1)
      const end = start + parameters.readUInt16BE(3)
      let best: { page: number; score: number } | undefined
      for (const [page, template] of this.library) {
        if (page < start || page >= end) continue
        const score = matchScore(probe, template)
        if (score >= this.threshold() && (best === undefined || score > best.score)) {
          best = { page, score }
        }
      }
      if (best === undefined) this.acknowledge(CONFIRM.notFound)
      else this.acknowledge(CONFIRM.ok, Buffer.concat([uint16(best.page), uint16(best.score)]))
    })
  }

  private regModel(): void {
    const first = this.charBuffers.get(1)
    const second = this.charBuffers.get(2)
    if (first === undefined || second === undefined) {
      this.acknowledge(CONFIRM.invalidTemplate)
      return
    }
    if (matchScore(first, second) < this.threshold()) {
      this.acknowledge(CONFIRM.enrollMismatch)
      return
    }
    // The model is the first scan; both buffers hold it afterwards, as Store may use either.
    this.charBuffers.set(2, Buffer.from(first))
    this.acknowledge(CONFIRM.ok)
  }

  private store(buffer: number, page: number): void {
    const template = this.charBuffers.get(buffer)
    if (page >= this.librarySize) this.acknowledge(CONFIRM.badPage)
    else if (template === undefined) this.acknowledge(CONFIRM.invalidTemplate)
    else {
      this.library.set(page, Buffer.from(template))
      this.acknowledge(CONFIRM.ok)
    }
  }

  private loadChar(buffer: number, page: number): void {
    const template = this.library.get(page)
    if (page >= this.librarySize) this.acknowledge(CONFIRM.badPage)
    else if (template === undefined) this.acknowledge(CONFIRM.invalidTemplate)
    else {
      this.charBuffers.set(buffer, Buffer.from(template))
      this.acknowledge(CONFIRM.ok)
    }
  }

  private upChar(buffer: number): void {
    const template = this.charBuffers.get(buffer)
    if (template === undefined) {
      this.acknowledge(CONFIRM.charUploadFailed)
      return
    }
    this.acknowledge(CONFIRM.ok)
    this.sendData(template)
  }

  private takeDownload(payload: Buffer, last: boolean): void {
    const download = this.download
    if (download === undefined) return
    download.parts.push(payload)
    if (!last) return
    this.download = undefined
    const template = Buffer.concat(download.parts)
    // DownChar has no second acknowledge: a file of the wrong size leaves the buffer empty,
    // and the command that uses it answers "invalid template".
    if (template.length === CHAR_FILE_LENGTH) this.charBuffers.set(download.buffer, template)
    else this.charBuffers.delete(download.buffer)
  }

  private upImage(): void {
    const image = this.image
    if (image === undefined) {
      this.acknowledge(CONFIRM.imageUploadFailed)
      return
    }
    const key = JSON.stringify([image.identity, image.position, image.capture, image.poor])
    if (this.rendered?.key !== key) {
      const levels = fingerLevels(image.identity, image.position, image.capture, image.poor)
      this.rendered = { key, packed: packLevels(levels) }
    }
    this.acknowledge(CONFIRM.ok)
    this.sendData(this.rendered.packed)
  }

  private deleteChar(parameters: Buffer): void {
    if (parameters.length < 4) {
      this.acknowledge(CONFIRM.receiveError)
      return
    }
    const start = parameters.readUInt16BE(0)
    const count = parameters.readUInt16BE(2)
    if (start + count > this.librarySize) {
      this.acknowledge(CONFIRM.deleteFailed)
      return
    }
    for (let page = start; page < start + count; page += 1) this.library.delete(page)
    this.acknowledge(CONFIRM.ok)
  }

  private readSysPara(): void {
    const status = (this.lastMatch ? 0x02 : 0) | (this.verified ? 0x04 : 0) | (this.image ? 8 : 0)
    const parameters = Buffer.alloc(16)
    parameters.writeUInt16BE(status, 0)
    parameters.writeUInt16BE(SYSTEM_ID, 2)
    parameters.writeUInt16BE(this.librarySize, 4)
    parameters.writeUInt16BE(this.securityLevel, 6)
    parameters.writeUInt32BE(this.address, 8)
    parameters.writeUInt16BE(PACKET_SIZE_CODES[this.packetSize], 12)
    parameters.writeUInt16BE(BAUD_MULTIPLIER, 14)
    this.acknowledge(CONFIRM.ok, parameters)
  }

  private vfyPwd(parameters: Buffer): void {
    if (parameters.length < 4) {
      this.acknowledge(CONFIRM.receiveError)
      return
    }
    this.verified = parameters.readUInt32BE(0) === this.password
    this.acknowledge(this.verified ? CONFIRM.ok : CONFIRM.wrongPassword)
  }

  private auraLed(parameters: Buffer): void {
    if (!this.aura || parameters.length < 4) {
      this.acknowledge(CONFIRM.receiveError)
      return
    }
    this.led = { control: parameters[0] ?? 0, colour: parameters[2] ?? 0 }
    this.acknowledge(CONFIRM.ok)
  }

  /** Runs `use` with the buffer id at parameters[0] when it is 1 or 2 and `extra` bytes follow. */
  private withBuffer(parameters: Buffer, extra: number, use: (buffer: number) => void): void {
    const buffer = parameters[0]
    if ((buffer !== 1 && buffer !== 2) || parameters.length < 1 + extra) {
      this.acknowledge(CONFIRM.receiveError)
      return
    }
    use(buffer)
  }

  private threshold(): number {
    return THRESHOLDS[this.securityLevel - 1] ?? 50
  }

  private acknowledge(confirmation: number, data: Uint8Array = Buffer.alloc(0)): void {
    this.packet(PID.ack, Buffer.concat([Buffer.from([confirmation]), data]))
  }

  private sendData(data: Buffer): void {
    for (let offset = 0; offset < data.length; offset += this.packetSize) {
      const end = Math.min(offset + this.packetSize, data.length)
      this.packet(end === data.length ? PID.endData : PID.data, data.subarray(offset, end))
    }
  }

  private packet(pid: number, payload: Uint8Array): void {
    let corruption: Corruption | undefined
    if (this.corruption !== undefined) {
      if (this.corruption.after === 0) {
        corruption = this.corruption.kind
        this.corruption = undefined
      } else this.corruption.after -= 1
    }
    this.send(frame(this.address, pid, payload, corruption))
  }
}

function uint16(value: number): Buffer {
  const bytes = Buffer.alloc(2)
  bytes.writeUInt16BE(value & 0xffff, 0)
  return bytes
}

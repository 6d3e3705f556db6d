import { EscParser, type Parsed } from './parser'
import { renderFace, testPattern, type ReceivedPanel } from './render'
import type { JamStep } from './control'
import type { Timing } from './timing'

export type CardPosition = 'none' | 'contact' | 'contactless' | 'print'
export type ReplyMode = 'text' | 'ack-nack'
export type Side = 'front' | 'back'

/** What the printer does outside its serial line: artefacts, events, the chip station. */
export interface PrinterHooks {
  /** A face was printed on card `card`: `rgb` is 1016 × 648 as the panels made it. */
  printed(card: number, side: Side, rgb: Buffer): Promise<void>
  ejected(card: number): void
  rejected(card: number): void
  /** The card reached an encoding station: its chip enters the virtual reader. */
  chipIn(): Promise<void>
  /** The card left the station. */
  chipOut(): Promise<void>
  /** Every command as it is read, for tracing; never its data. */
  command?(mnemonic: string): void
}

export interface PrinterOptions {
  readonly feeder: number
  readonly rejectCapacity: number
  readonly hopperCapacity: number
  readonly ribbon: number
  readonly replyMode: ReplyMode
  readonly terminator: 'cr' | 'nul'
  readonly timing: Timing
  readonly model: string
  readonly serial: string
  readonly firmware: string
}

/** A reply before it is put in the current mode's bytes. */
type Answer =
  | { readonly ok: true }
  | { readonly text: string }
  | { readonly error: string; readonly nack: string }

const OK: Answer = { ok: true }
const ERRORS = {
  cover: { error: 'ERR COVER OPEN', nack: 'C' },
  feeder: { error: 'FEEDER EMPTY', nack: 'F' },
  ribbon: { error: 'ERR RIBBON', nack: 'R' },
  jam: { error: 'ERR MECHANICAL', nack: 'T' },
  card: { error: 'ERR CARD', nack: '1' },
  rejectFull: { error: 'ERR REJECT BOX FULL', nack: 'F' },
  hopperFull: { error: 'ERR HOPPER FULL', nack: 'F' },
  unknown: { error: 'ERROR CDE', nack: '1' },
  parameter: { error: 'ERR PARAMETRES', nack: '2' },
} as const satisfies Record<string, Answer>

const ACK = 0x06
const NACK = 0x15

/**
 * The state machine of an Evolis YMCKO duplex printer with contact and contactless stations, as
 * docs/evolis-esc.md and printers.md §6 describe it. Commands are carried out one at a time, in
 * order, each taking its mechanical time before it answers.
 */
export class EvolisSimPrinter {
  private readonly parser = new EscParser()
  private readonly queue: Parsed[] = []
  private working = false

  private position: CardPosition = 'none'
  private card = 0
  private side: Side = 'front'
  private face = new Map<string, ReceivedPanel>()
  private feeder: number
  private rejectCount = 0
  private rejectFull = false
  private hopperCount = 0
  private hopperFull = false
  private ribbon: number
  private coverOpen = false
  private fault: 'jam' | undefined
  private readonly jams = new Set<JamStep>()
  private mode: ReplyMode
  private errorMode = 0
  private garbleNext = 0
  private dropNext = 0
  private fed = 0
  private printedFaces = 0
  private printedPanels = 0
  private junk = 0

  constructor(
    private readonly write: (bytes: Buffer) => void,
    private readonly options: PrinterOptions,
    private readonly hooks: PrinterHooks,
  ) {
    this.feeder = options.feeder
    this.ribbon = options.ribbon
    this.mode = options.replyMode
  }

  /** Bytes from the host. */
  receive(bytes: Uint8Array): void {
    for (const parsed of this.parser.push(bytes)) {
      if (parsed.kind === 'junk') this.junk += parsed.bytes
      else this.queue.push(parsed)
    }
    void this.work()
  }

  setCover(open: boolean): void {
    this.coverOpen = open
  }
  setFeeder(count: number): void {
    this.feeder = count
  }
  setRibbon(remaining: number): void {
    this.ribbon = remaining
  }
  armJam(at: JamStep): void {
    this.jams.add(at)
  }
  /** Full forces the box full; not full is the operator emptying it. */
  setRejectFull(full: boolean): void {
    this.rejectFull = full
    if (!full) this.rejectCount = 0
  }
  /** Full forces the hopper full; not full is the operator taking the finished cards away. */
  setHopperFull(full: boolean): void {
    this.hopperFull = full
    if (!full) this.hopperCount = 0
  }
  garble(count: number): void {
    this.garbleNext = count
  }
  drop(count: number): void {
    this.dropNext = count
  }

  status(): Record<string, unknown> {
    return {
      cardPos: this.position,
      card: this.card,
      side: this.side,
      feeder: this.feeder,
      rejectCount: this.rejectCount,
      rejectCapacity: this.options.rejectCapacity,
      rejectFull: this.isRejectFull(),
      hopperCount: this.hopperCount,
      hopperFull: this.isHopperFull(),
      ribbonRemaining: this.ribbon,
      coverOpen: this.coverOpen,
      fault: this.fault ?? null,
      jamArmed: [...this.jams],
      replyMode: this.mode,
      errorMode: this.errorMode,
      fed: this.fed,
      printedFaces: this.printedFaces,
      junkBytes: this.junk,
    }
  }

  private async work(): Promise<void> {
    if (this.working) return
    this.working = true
    try {
      for (let next = this.queue.shift(); next !== undefined; next = this.queue.shift()) {
        if (next.kind !== 'command') continue
        this.hooks.command?.(next.mnemonic)
        this.reply(await this.execute(next.mnemonic, next.params, next.data))
      }
    } finally {
      this.working = false
    }
  }

  private async execute(
    mnemonic: string,
    params: readonly string[],
    data: Buffer | undefined,
  ): Promise<Answer> {
    const p0 = params[0] ?? ''
    switch (mnemonic) {
      case 'Rtp':
        return { text: this.options.model }
      case 'Rsn':
        return { text: this.options.serial }
      case 'Rfv':
        return { text: this.options.firmware }
      case 'Rem':
        return { text: String(this.errorMode) }
      case 'Rlr':
        if (p0 !== 'p') return ERRORS.parameter
        return { text: POSITION_TEXT[this.position] }
      case 'Rse':
        if (p0 === 'o') return { text: this.coverOpen ? '0,00 Volts' : '5,00 Volts' }
        if (p0 === 'p') return { text: this.position === 'none' ? '0,00 Volts' : '5,00 Volts' }
        return ERRORS.parameter
      case 'Sk':
        if (p0 === 'f') return { text: this.feeder > 0 ? '0' : '3' }
        if (p0 === 's') return { text: 'OK' }
        if (p0 === 'w') return { text: '0' }
        return ERRORS.parameter
      case 'Rcr':
        return this.ribbon > 0 ? { text: 'OK' } : { text: ERRORS.ribbon.error }
      case 'Rco':
        if (p0 === 'c') return { text: String(this.fed) }
        if (p0 === 'p') return { text: String(this.printedPanels) }
        return ERRORS.parameter
      case 'Pem': {
        const value = Number(p0)
        if (!/^\d{1,2}$/.test(p0)) return ERRORS.parameter
        this.errorMode = value
        // The guide's ACK/NACK value; every other one keeps text replies.
        this.mode = value === 4 ? 'ack-nack' : 'text'
        return OK
      }
      case 'Pr':
      case 'Pc':
      case 'Pl':
      case 'Ps':
      case 'Pmi':
      case 'Pos':
      case 'Poc':
      case 'Psm':
      case 'Wcb':
        return OK
      case 'Scs':
        this.fault = undefined
        return OK
      case 'Srs':
        this.fault = undefined
        this.face.clear()
        return OK
      case 'Sis':
        return this.feed('contact')
      case 'Sic':
        return this.feed('contactless')
      case 'Si':
        return this.feed('print')
      case 'Ss':
        return this.startSequence()
      case 'Sr':
      case 'Sv':
        return this.selectSide(mnemonic === 'Sr' ? 'front' : 'back')
      case 'Db':
        return this.download(p0, params[1] ?? '', data)
      case 'Se':
        return this.eject()
      case 'Ser':
      case 'Seb':
        return this.reject()
      case 'St':
        return this.printTest()
      default:
        return ERRORS.unknown
    }
  }

  /** What stops any movement: a latched fault, then an open cover. */
  private blocked(): Answer | undefined {
    if (this.fault !== undefined) return ERRORS.jam
    if (this.coverOpen) return ERRORS.cover
    return undefined
  }

  private async feed(target: CardPosition): Promise<Answer> {
    const blocked = this.blocked()
    if (blocked !== undefined) return blocked
    if (this.position !== 'none') return ERRORS.card
    if (this.feeder === 0) return ERRORS.feeder
    this.feeder -= 1
    this.fed += 1
    this.card += 1
    this.side = 'front'
    this.face.clear()
    await sleep(this.options.timing.feedMs)
    if (this.jams.delete('feed')) {
      this.position = 'print'
      this.fault = 'jam'
      return ERRORS.jam
    }
    this.position = target
    if (target !== 'print') await this.hooks.chipIn()
    return OK
  }

  /** `Ss`: with a card inside, takes it to the head [inferred]; else feeds one there. */
  private async startSequence(): Promise<Answer> {
    if (this.position === 'none') return this.feed('print')
    const blocked = this.blocked()
    if (blocked !== undefined) return blocked
    await this.toHead()
    this.side = 'front'
    return OK
  }

  private async selectSide(side: Side): Promise<Answer> {
    const blocked = this.blocked()
    if (blocked !== undefined) return blocked
    if (this.position === 'none') return ERRORS.card
    await this.finishFace()
    await this.toHead()
    if (side !== this.side) await sleep(this.options.timing.moveMs)
    this.side = side
    return OK
  }

  private async download(panel: string, bits: string, data: Buffer | undefined): Promise<Answer> {
    if (data === undefined || !/^[a-z]{1,3}$/.test(panel)) return ERRORS.parameter
    const blocked = this.blocked()
    if (blocked !== undefined) return blocked
    if (this.position === 'none') return ERRORS.card
    await this.toHead()
    if (this.face.size === 0 && this.ribbon === 0) return ERRORS.ribbon
    await sleep(this.options.timing.printMs / 5)
    if (this.jams.delete('print')) {
      this.fault = 'jam'
      this.face.clear()
      return ERRORS.jam
    }
    this.face.set(panel, { bits, data })
    this.printedPanels += 1
    // The overlay is the ribbon's last panel: the face is done.
    if (panel === 'o') await this.finishFace()
    return OK
  }

  private async eject(): Promise<Answer> {
    const blocked = this.blocked()
    if (blocked !== undefined) return blocked
    if (this.position === 'none') return ERRORS.card
    if (this.isHopperFull()) return ERRORS.hopperFull
    await this.finishFace()
    await this.leaveStation()
    await sleep(this.options.timing.ejectMs)
    if (this.jams.delete('eject')) {
      this.position = 'print'
      this.fault = 'jam'
      return ERRORS.jam
    }
    this.position = 'none'
    this.hopperCount += 1
    this.hooks.ejected(this.card)
    return OK
  }

  /** `Ser`: into the reject box, also when jammed (the way a jam is cleared). */
  private async reject(): Promise<Answer> {
    if (this.coverOpen) return ERRORS.cover
    if (this.position === 'none') return ERRORS.card
    if (this.isRejectFull()) return ERRORS.rejectFull
    this.face.clear()
    await this.leaveStation()
    await sleep(this.options.timing.ejectMs)
    this.fault = undefined
    this.position = 'none'
    this.rejectCount += 1
    this.hooks.rejected(this.card)
    return OK
  }

  private async printTest(): Promise<Answer> {
    const fed = await this.feed('print')
    if (!('ok' in fed)) return fed
    if (this.ribbon === 0) return ERRORS.ribbon
    await sleep(this.options.timing.printMs)
    this.ribbon -= 1
    this.printedFaces += 1
    await this.hooks.printed(this.card, 'front', testPattern())
    return this.eject()
  }

  /** Prints what the face received so far as one face (a face without an overlay panel). */
  private async finishFace(): Promise<void> {
    if (this.face.size === 0) return
    const panels = this.face
    this.face = new Map()
    this.ribbon = Math.max(0, this.ribbon - 1)
    this.printedFaces += 1
    await this.hooks.printed(this.card, this.side, renderFace(panels))
  }

  private async toHead(): Promise<void> {
    if (this.position === 'print') return
    await this.leaveStation()
    await sleep(this.options.timing.moveMs)
    this.position = 'print'
  }

  private async leaveStation(): Promise<void> {
    if (this.position === 'contact' || this.position === 'contactless') await this.hooks.chipOut()
  }

  private isRejectFull(): boolean {
    return this.rejectFull || this.rejectCount >= this.options.rejectCapacity
  }

  private isHopperFull(): boolean {
    return this.hopperFull || this.hopperCount >= this.options.hopperCapacity
  }

  private reply(answer: Answer): void {
    const terminator = Buffer.from([this.options.terminator === 'cr' ? 0x0d : 0x00])
    let body: Buffer
    let end = terminator
    if ('text' in answer) {
      body = Buffer.from(answer.text, 'ascii')
    } else if (this.mode === 'ack-nack') {
      body = 'ok' in answer ? Buffer.from([ACK]) : Buffer.from([NACK, answer.nack.charCodeAt(0)])
      end = Buffer.alloc(0)
    } else {
      body = Buffer.from('ok' in answer ? 'OK' : answer.error, 'ascii')
    }
    if (this.dropNext > 0) {
      this.dropNext -= 1
      return
    }
    if (this.garbleNext > 0) {
      this.garbleNext -= 1
      body = Buffer.from(body.map(byte => byte | 0x80))
    }
    this.write(Buffer.concat([body, end]))
  }
}

const POSITION_TEXT: Readonly<Record<CardPosition, string>> = {
  none: 'NO CARD',
  print: 'CARD',
  contact: 'SMART CARD',
  contactless: 'CONTACTLESS CARD',
}

function sleep(ms: number): Promise<void> {
  if (ms <= 0) return Promise.resolve()
  return new Promise(resolve => setTimeout(resolve, ms))
}

import { AgentError } from '../../drivers/core/errors'
import type {
  AttentionCondition,
  FaultCondition,
  FeedTarget,
  MediumPosition,
  Printer,
  PrinterInfo,
  PrinterStatus,
  PrintFace,
} from '../../drivers/core/printer'

export type PrinterOperation = 'feed' | 'print' | 'eject' | 'reject'

/**
 * A printer for one layer's tests (the issuance workflow): positions and counters like a real
 * one, conditions a test arms per operation, and a hook that fires when a medium reaches or
 * leaves the encoding station (the test inserts a chip into its reader there). Never the
 * evidence that a printer works: the driver tests run the real drivers over a pty.
 */
export class ScriptedPrinter implements Printer {
  readonly operations: string[] = []
  readonly printed: PrintFace[][] = []
  position: MediumPosition = 'none'
  feeder = 10
  readonly attention = new Set<AttentionCondition>()
  private latched: FaultCondition | undefined
  private readonly armed = new Map<PrinterOperation, AttentionCondition | FaultCondition>()
  private readonly stationWaiters: (() => void)[] = []
  counters = { fed: 0, printed: 0, ejected: 0, rejected: 0 }

  constructor(
    readonly info_: PrinterInfo,
    private readonly onStation: (present: boolean) => void,
  ) {}

  /** The next `operation` meets `condition` (attention: until the test clears it; fault: latched). */
  arm(operation: PrinterOperation, condition: AttentionCondition | FaultCondition): void {
    this.armed.set(operation, condition)
  }

  /** Resolves the next time a medium reaches the encoding station. */
  nextAtStation(): Promise<void> {
    return new Promise(resolve => this.stationWaiters.push(resolve))
  }

  info(): Promise<PrinterInfo> {
    return Promise.resolve(this.info_)
  }

  status(): Promise<PrinterStatus> {
    return Promise.resolve({
      position: this.position,
      attention: [...this.attention],
      faults: this.latched ? [this.latched] : [],
      feederRemaining: this.feeder,
      counters: { ...this.counters },
    })
  }

  async feed(target: FeedTarget): Promise<void> {
    this.check('feed')
    if (this.position !== 'none') throw bad('medium-inside')
    if (this.feeder === 0) throw attentionError('feeder-empty')
    this.feeder -= 1
    this.counters.fed += 1
    this.position = target
    this.operations.push(`feed:${target}`)
    if (target !== 'print') {
      this.onStation(true)
      for (const waiter of this.stationWaiters.splice(0)) waiter()
    }
    await Promise.resolve()
  }

  async print(faces: readonly PrintFace[]): Promise<void> {
    if (this.position === 'none') throw bad('no-medium')
    this.leaveStation()
    this.position = 'print'
    this.check('print')
    this.printed.push([...faces])
    this.counters.printed += 1
    this.operations.push(`print:${faces.map(face => face.side).join('+')}`)
    await Promise.resolve()
  }

  async eject(): Promise<void> {
    if (this.position === 'none') throw bad('no-medium')
    this.check('eject')
    this.leaveStation()
    this.position = 'none'
    this.counters.ejected += 1
    this.operations.push('eject')
    await Promise.resolve()
  }

  async reject(): Promise<void> {
    if (this.attention.has('reject-box-full')) throw attentionError('reject-box-full')
    this.latched = undefined
    this.leaveStation()
    this.position = 'none'
    this.counters.rejected += 1
    this.operations.push('reject')
    await Promise.resolve()
  }

  clear(): Promise<void> {
    this.latched = undefined
    return Promise.resolve()
  }

  async printTest(): Promise<void> {
    await this.feed('print')
    await this.print([])
    await this.eject()
  }

  private leaveStation(): void {
    if (this.position === 'contact' || this.position === 'contactless') this.onStation(false)
  }

  private check(operation: PrinterOperation): void {
    if (this.latched) throw faultError(this.latched)
    const armed = this.armed.get(operation)
    if (armed !== undefined) {
      this.armed.delete(operation)
      if (armed === 'jam' || armed === 'mechanical' || armed === 'head-temperature') {
        this.latched = armed
        throw faultError(armed)
      }
      if (armed !== 'ribbon-error') this.attention.add(armed)
    }
    const first = [...this.attention][0]
    if (first !== undefined) throw attentionError(first)
  }
}

function attentionError(condition: AttentionCondition): AgentError {
  return new AgentError('PRINTER_ATTENTION', `printer: ${condition}`, { details: { condition } })
}

function faultError(condition: FaultCondition): AgentError {
  return new AgentError('PRINTER_FAULT', `printer: ${condition}`, { details: { condition } })
}

function bad(reason: string): AgentError {
  return new AgentError('BAD_STATE', `printer: ${reason}`, { details: { reason } })
}

export const CARD_PRINTER_INFO: PrinterInfo = {
  model: 'scripted card printer',
  serialNumber: 'SCRIPTED-1',
  firmware: 'test',
  medium: 'card',
  stations: ['contact'],
  faces: ['front', 'back'],
  dpi: 300,
  widthPx: 64,
  heightPx: 40,
}

export const PAGE_PRINTER_INFO: PrinterInfo = {
  model: 'scripted page printer',
  serialNumber: 'SCRIPTED-2',
  firmware: 'test',
  medium: 'passport-booklet',
  stations: ['contactless'],
  faces: ['data-page'],
  dpi: 300,
  widthPx: 72,
  heightPx: 50,
}

import type { DeviceDriver } from './driver'
import type { IoOptions } from '../transport/types'

/**
 * The printer capability every card printer and passport data-page printer driver offers,
 * whatever its command language (Evolis Esc, our page-printer protocol, a vendor SDK later): the
 * printer service and the issuance workflows talk only to this.
 *
 * The model is the one the vendor SDKs share (Evolis, Zebra ZMotif, Entrust XPS): one card or
 * booklet at a time moves between positions; a condition an operator can fix (cover open,
 * feeder empty, ribbon ended, reject box full) is an *attention* state, after which the same
 * command may be sent again; a *fault* (jam, mechanical, head temperature) stops the job and
 * leaves the medium to be rejected once cleared.
 */

/** What the printer takes: CR80 cards, or passport booklets opened at the data page. */
export type PrintMedium = 'card' | 'passport-booklet'

/**
 * Where the card or booklet inside the printer is. 'none': no medium inside (it left through
 * the output or the reject box). 'contact' / 'contactless': parked at an encoding station, the
 * chip reachable by the encoder; 'print': under the print head.
 */
export type MediumPosition = 'none' | 'contact' | 'contactless' | 'print'

/** Where `feed` takes the next blank medium from the input feeder. */
export type FeedTarget = 'contact' | 'contactless' | 'print'

/** Conditions an operator fixes, then answers Continue; the command is sent again. */
export type AttentionCondition =
  'cover-open' | 'feeder-empty' | 'ribbon-ended' | 'no-ribbon' | 'reject-box-full' | 'output-full'

/** Conditions that stop the job: the medium is rejected once the printer is cleared. */
export type FaultCondition = 'jam' | 'mechanical' | 'head-temperature' | 'ribbon-error'

export type PrinterCondition = AttentionCondition | FaultCondition

export const ATTENTION_CONDITIONS: readonly AttentionCondition[] = [
  'cover-open',
  'feeder-empty',
  'ribbon-ended',
  'no-ribbon',
  'reject-box-full',
  'output-full',
]

export const FAULT_CONDITIONS: readonly FaultCondition[] = [
  'jam',
  'mechanical',
  'head-temperature',
  'ribbon-error',
]

export function isAttentionCondition(value: string): value is AttentionCondition {
  return (ATTENTION_CONDITIONS as readonly string[]).includes(value)
}

export function isFaultCondition(value: string): value is FaultCondition {
  return (FAULT_CONDITIONS as readonly string[]).includes(value)
}

export interface PrinterInfo {
  readonly model: string
  readonly serialNumber: string
  readonly firmware: string
  readonly medium: PrintMedium
  /** Encoding stations the printer has. */
  readonly stations: readonly ('contact' | 'contactless')[]
  /** Faces it prints: ['front', 'back'] for a duplex card printer, ['data-page'] for passports. */
  readonly faces: readonly PrintSide[]
  /** Print resolution and the exact raster size `print` wants per face. */
  readonly dpi: number
  readonly widthPx: number
  readonly heightPx: number
}

export interface PrinterStatus {
  readonly position: MediumPosition
  /** Empty when nothing needs a person. */
  readonly attention: readonly AttentionCondition[]
  /** Empty when the printer can work. */
  readonly faults: readonly FaultCondition[]
  /** Media left in the input feeder, when the printer can tell. */
  readonly feederRemaining?: number
  /** Prints left on the ribbon (or ink/film), when the printer can tell. */
  readonly ribbonRemaining?: number
  /** Lifetime counters, when the printer keeps them. */
  readonly counters?: {
    readonly fed: number
    readonly printed: number
    readonly ejected: number
    readonly rejected: number
  }
}

export type PrintSide = 'front' | 'back' | 'data-page'

/** An 8-bit RGB raster, row by row, 3 bytes per pixel, exactly `PrinterInfo` width × height. */
export interface RgbImage {
  readonly width: number
  readonly height: number
  readonly rgb: Buffer
}

export interface PrintFace {
  readonly side: PrintSide
  readonly image: RgbImage
}

/**
 * Every command rejects with an AgentError: PRINTER_ATTENTION (details.condition one of
 * AttentionCondition) when a person must act first, PRINTER_FAULT (details.condition one of
 * FaultCondition) when the printer stopped, BAD_STATE (details.reason) when the medium is not
 * where the command needs it, TRANSPORT_* for the link. A rejected command moved nothing that
 * its error does not say.
 */
export interface Printer {
  info(options?: IoOptions): Promise<PrinterInfo>
  /** Asks the printer now (not a cache). */
  status(options?: IoOptions): Promise<PrinterStatus>
  /** Takes the next blank medium from the feeder to `target`. BAD_STATE if one is inside. */
  feed(target: FeedTarget, options?: IoOptions): Promise<void>
  /**
   * Prints the faces on the medium inside (moving it from a station to the print head first),
   * in the order given, and leaves it inside: the caller ejects or rejects it.
   */
  print(faces: readonly PrintFace[], options?: IoOptions): Promise<void>
  /** Out through the output tray: only for a medium whose job succeeded. */
  eject(options?: IoOptions): Promise<void>
  /** Into the reject box; also clears a latched fault where the printer needs that first. */
  reject(options?: IoOptions): Promise<void>
  /** Clears a latched fault once a person fixed it (Evolis `Scs`); the medium stays inside. */
  clear(options?: IoOptions): Promise<void>
  /** Feeds a card (or booklet), prints the printer's own test pattern and ejects it. */
  printTest(options?: IoOptions): Promise<void>
}

export interface PrinterDriver extends DeviceDriver {
  readonly printer: Printer
}

export function isPrinter(driver: DeviceDriver): driver is PrinterDriver {
  const candidate = driver as Partial<PrinterDriver>
  return typeof candidate.printer?.feed === 'function'
}

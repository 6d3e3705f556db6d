/**
 * What the simulated passport printer knows about itself, and how that is written into the
 * 32-byte status block every reply carries (docs/page-printer-protocol.md §4).
 */

export type Place = 'none' | 'feeder' | 'chip-station' | 'print' | 'output' | 'reject'
export type Activity = 'idle' | 'moving' | 'printing' | 'receiving-image'
export type Jam = 'feed' | 'print' | 'eject'
export type Fault = 'jam' | 'mechanical' | 'head-temperature' | 'ribbon-error'

const PLACE_CODES: Readonly<Record<Place, number>> = {
  none: 0,
  feeder: 1,
  'chip-station': 2,
  print: 3,
  output: 4,
  reject: 5,
}
const ACTIVITY_CODES: Readonly<Record<Activity, number>> = {
  idle: 0,
  moving: 1,
  printing: 2,
  'receiving-image': 3,
}
const FAULT_FLAGS: Readonly<Record<Fault, number>> = {
  jam: 0x01,
  mechanical: 0x02,
  'head-temperature': 0x04,
  'ribbon-error': 0x08,
}

export interface PrinterState {
  place: Place
  activity: Activity
  /** The number of the booklet inside (1 for the first fed), 0 when none is. */
  booklet: number
  coverOpen: boolean
  feeder: number
  ribbon: number
  rejectCount: number
  rejectCapacity: number
  outputCount: number
  outputCapacity: number
  latched: Fault | undefined
  headTemperatureC: number
  fed: number
  printed: number
  ejected: number
  rejected: number
}

export function statusBlock(state: PrinterState): Buffer {
  const block = Buffer.alloc(32)
  block[0] = PLACE_CODES[state.place]
  block[1] = ACTIVITY_CODES[state.activity]
  let attention = 0
  if (state.coverOpen) attention |= 0x01
  if (state.feeder === 0) attention |= 0x02
  if (state.ribbon === 0) attention |= 0x04
  if (state.rejectCount >= state.rejectCapacity) attention |= 0x10
  if (state.outputCount >= state.outputCapacity) attention |= 0x20
  block.writeUInt16BE(attention, 2)
  block.writeUInt16BE(state.latched === undefined ? 0 : FAULT_FLAGS[state.latched], 4)
  block[6] = Math.min(255, Math.max(0, Math.round(state.headTemperatureC)))
  block.writeUInt16BE(clamp16(state.feeder), 8)
  block.writeUInt16BE(clamp16(state.ribbon), 10)
  block.writeUInt16BE(clamp16(state.rejectCount), 12)
  block.writeUInt16BE(clamp16(state.rejectCapacity), 14)
  block.writeUInt32BE(state.fed >>> 0, 16)
  block.writeUInt32BE(state.printed >>> 0, 20)
  block.writeUInt32BE(state.ejected >>> 0, 24)
  block.writeUInt32BE(state.rejected >>> 0, 28)
  return block
}

function clamp16(value: number): number {
  return Math.min(0xffff, Math.max(0, value))
}

/** Reply status codes (§3). */
export const CODE = {
  ok: 0x00,
  unknownCommand: 0x10,
  badParameter: 0x11,
  printSequence: 0x12,
  imageCrc: 0x13,
  unsupported: 0x14,
  noBooklet: 0x20,
  bookletInside: 0x21,
  coverOpen: 0x30,
  feederEmpty: 0x31,
  ribbonEnded: 0x32,
  rejectFull: 0x34,
  outputFull: 0x35,
  jam: 0x40,
  mechanical: 0x41,
  headTemperature: 0x42,
  ribbonError: 0x43,
} as const

export const FAULT_CODES: Readonly<Record<Fault, number>> = {
  jam: CODE.jam,
  mechanical: CODE.mechanical,
  'head-temperature': CODE.headTemperature,
  'ribbon-error': CODE.ribbonError,
}

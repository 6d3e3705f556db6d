/**
 * The APDU sequence every peer of the apdu bench runs against the same virtual chip, so the
 * figures differ only by the path the bytes take: SELECT the eMRTD application, SELECT (or CREATE
 * FILE, then SELECT) a 3000-byte file, then timed loops of a short command and of one extended
 * UPDATE BINARY. bench/apdu/pyscard-peer.py mirrors it in Python.
 */
import { performance } from 'node:perf_hooks'

export const SELECT_EMRTD = Buffer.from('00A4040C07A0000002471001', 'hex')
/** GET CHALLENGE, 8 bytes: answered before BAC, from the chip's RNG, nothing else. */
export const GET_CHALLENGE = Buffer.from('0084000008', 'hex')
export const BENCH_FID = 0x0102
export const EXTENDED_LENGTH = 3000

/** CREATE FILE as the JMRTD applet takes it: `00 E0 00 00 06 63 04 <size> <fid>`. */
export function createFile(fid: number, size: number): Buffer {
  return Buffer.from([
    0x00,
    0xe0,
    0,
    0,
    6,
    0x63,
    0x04,
    size >> 8,
    size & 0xff,
    fid >> 8,
    fid & 0xff,
  ])
}

export function selectFile(fid: number): Buffer {
  return Buffer.from([0x00, 0xa4, 0x02, 0x0c, 0x02, fid >> 8, fid & 0xff])
}

/** UPDATE BINARY at offset 0 with an extended Lc (00 Lc1 Lc2): 3007 bytes on the wire. */
export function extendedUpdateBinary(data: Buffer): Buffer {
  const header = Buffer.from([0x00, 0xd6, 0, 0, 0, data.length >> 8, data.length & 0xff])
  return Buffer.concat([header, data])
}

export interface PlanCounts {
  readonly warmup: number
  readonly short: number
  readonly extended: number
}

/** Latencies (ms) of each timed loop and the loop's wall time. */
export interface PlanResult {
  readonly short: { readonly samplesMs: number[]; readonly elapsedMs: number }
  readonly extended: { readonly samplesMs: number[]; readonly elapsedMs: number }
}

/** Sends one command APDU, resolves with the status word and the response data length. */
export type SendApdu = (apdu: Buffer) => Promise<{ readonly sw: number; readonly length: number }>

async function expectOk(send: SendApdu, apdu: Buffer, what: string): Promise<void> {
  const { sw } = await send(apdu)
  if (sw !== 0x9000) throw new Error(`${what}: SW ${sw.toString(16)}`)
}

/** Sets the chip up (idempotently) and runs the two timed loops; every answer is checked. */
export async function runPlan(send: SendApdu, counts: PlanCounts): Promise<PlanResult> {
  await expectOk(send, SELECT_EMRTD, 'SELECT eMRTD')
  if ((await send(selectFile(BENCH_FID))).sw !== 0x9000) {
    await expectOk(send, createFile(BENCH_FID, EXTENDED_LENGTH), 'CREATE FILE')
    await expectOk(send, selectFile(BENCH_FID), 'SELECT after CREATE FILE')
  }
  const loop = async (apdu: Buffer, count: number, expected: number, timed: boolean) => {
    const samplesMs: number[] = []
    const started = performance.now()
    for (let i = 0; i < count; i += 1) {
      const t0 = performance.now()
      const { sw, length } = await send(apdu)
      const t1 = performance.now()
      if (sw !== 0x9000 || length !== expected) {
        throw new Error(
          `${apdu.subarray(0, 4).toString('hex')}: SW ${sw.toString(16)}, ${length} bytes`,
        )
      }
      if (timed) samplesMs.push(t1 - t0)
    }
    return { samplesMs, elapsedMs: performance.now() - started }
  }
  await loop(GET_CHALLENGE, counts.warmup, 8, false)
  const short = await loop(GET_CHALLENGE, counts.short, 8, true)
  await expectOk(send, selectFile(BENCH_FID), 'SELECT before UPDATE BINARY')
  const update = extendedUpdateBinary(Buffer.alloc(EXTENDED_LENGTH, 0x5a))
  await loop(update, Math.max(1, Math.floor(counts.warmup / 10)), 0, false)
  const extended = await loop(update, counts.extended, 0, true)
  return { short, extended }
}

/** The one JSON line a peer process prints when it is done. */
export interface PeerReport extends PlanResult {
  readonly done: true
  readonly peer: string
}

export function isPeerReport(value: unknown): value is PeerReport {
  return typeof value === 'object' && value !== null && (value as { done?: unknown }).done === true
}

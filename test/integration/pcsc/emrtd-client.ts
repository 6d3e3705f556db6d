/**
 * The inspection-system side of emrtd-card.test.ts, in its own process because pcsc-lite reads
 * PCSCLITE_CSOCK_NAME once per process. Sends raw APDUs through the real pcscd:
 *
 *   PCSCLITE_CSOCK_NAME=… tsx emrtd-client.ts READER personalise|serial
 *
 * `personalise` writes DG1 and a 3000-byte DG2 (one extended UPDATE BINARY), sets the MRZ, locks
 * the chip, tries plain reads, then runs BAC and reads DG1 back under secure messaging. `serial`
 * reports the chip serial and whether CREATE FILE is still allowed. One JSON line per step.
 */
import { randomBytes } from 'node:crypto'
import { PcscProvider } from '../../../drivers/pcsc/pcsc-provider'
import type { PcscApduTransport } from '../../../drivers/pcsc/pcsc-apdu-transport'
import { bacKeySeed, parseMrzSeed } from '../../../simulators/card/personalization'
import { bacRequest, SmTerminal } from '../../unit/simulators/card/bac-terminal'
import {
  createFile,
  mrzSeedData,
  putData,
  SELECT_EMRTD,
  selectFile,
  SPECIMEN_SEED,
  specimenDg1,
  updateBinary,
} from '../../unit/simulators/card/apdus'

const hex = (text: string): Buffer => Buffer.from(text, 'hex')

function report(event: string, details: Record<string, unknown> = {}): void {
  process.stdout.write(`${JSON.stringify({ event, ...details })}\n`)
}

async function connect(readerName: string): Promise<PcscApduTransport> {
  const provider = new PcscProvider({ retryIntervalMs: 100 })
  const changes = provider.watch(new AbortController().signal)[Symbol.asyncIterator]()
  for (;;) {
    const next = await changes.next()
    if (next.done === true) throw new Error('the watch ended before the reader appeared')
    if (next.value.type === 'attached' && next.value.info.path === readerName) break
  }
  const info = (await provider.list()).find(port => port.path === readerName)
  if (info === undefined) throw new Error(`${readerName} vanished`)
  const transport = await provider.open(info)
  await transport.open()
  if (!transport.card.present) {
    await new Promise<void>(resolve => {
      transport.events.on('card', card => {
        if (card.present) resolve()
      })
    })
  }
  await transport.connect({ share: 'shared' })
  return transport
}

async function main(readerName: string, mode: string): Promise<void> {
  const transport = await connect(readerName)
  const send = (apdu: Buffer): Promise<Buffer> => transport.transmit(apdu, { timeoutMs: 5000 })
  const sw = async (apdu: Buffer): Promise<string> => (await send(apdu)).toString('hex').slice(-4)

  const serial = (await send(hex('80CA9F7F00'))).toString('hex')
  report('serial', { serial: serial.slice(6, -4), sw: serial.slice(-4) })
  await sw(SELECT_EMRTD)
  if (mode === 'serial') {
    report('blank', { createFile: await sw(createFile(0x011e, 4)) })
    return
  }

  const dg1 = specimenDg1()
  const dg2 = randomBytes(3000)
  const seed = mrzSeedData(SPECIMEN_SEED.documentNumber, SPECIMEN_SEED.birth, SPECIMEN_SEED.expiry)
  report('personalised', {
    sws: [
      await sw(createFile(0x0101, dg1.length)),
      await sw(selectFile(0x0101)),
      await sw(updateBinary(0, dg1)),
      await sw(createFile(0x0102, dg2.length)),
      await sw(selectFile(0x0102)),
      await sw(updateBinary(0, dg2)),
      await sw(putData(0x00, 0x62, seed)),
      await sw(putData(0xde, 0xad)),
    ],
    dg1: dg1.toString('hex'),
    dg2: dg2.toString('hex'),
  })
  report('plain', {
    select: await sw(selectFile(0x0101)),
    read: await sw(hex('00B0000004')),
    write: await sw(createFile(0x010b, 4)),
  })

  const challenge = (await send(hex('0084000008'))).subarray(0, 8)
  const request = bacRequest(
    bacKeySeed(parseMrzSeed(seed)!),
    challenge,
    randomBytes(8),
    randomBytes(16),
  )
  const answer = await send(Buffer.concat([hex('0082000028'), request.data, hex('28')]))
  const sm = new SmTerminal(request.finish(answer.subarray(0, -2)))
  const selected = sm.open(await send(sm.protect(hex('00A4020C'), hex('0101'))))
  const read = sm.open(await send(sm.protect(hex('00B00000'), undefined, 256)))
  const selectedDg2 = sm.open(await send(sm.protect(hex('00A4020C'), hex('0102'))))
  const readDg2 = sm.open(await send(sm.protect(hex('00B00000'), undefined, 65536)))
  report('secured', {
    sws: [selected.sw, read.sw, selectedDg2.sw, readDg2.sw].map(value => value.toString(16)),
    dg1: read.data.toString('hex'),
    dg2: readDg2.data.toString('hex'),
  })
  await transport.disconnect('leave')
}

main(process.argv[2] ?? 'Virtual PCD 00 00', process.argv[3] ?? 'personalise').then(
  () => {
    report('done')
    // pcsclite's native handles can keep the loop alive after close; the run is over.
    process.exit(0)
  },
  (error: unknown) => {
    report('failed', { error: error instanceof Error ? (error.stack ?? error.message) : error })
    process.exit(1)
  },
)

/**
 * The PC/SC side of vpcd-card.test.ts, run as its own process: pcsc-lite's client library reads
 * PCSCLITE_CSOCK_NAME once per process, and the mocha process may already have fixed it (the
 * pcsc-provider unit test points it at a missing socket), so only a fresh process is sure to
 * reach the private pcscd.
 *
 *   PCSCLITE_CSOCK_NAME=… tsx pcsc-client.ts READER_NAME
 *
 * Goes through the agent's own PcscProvider and PcscApduTransport over the real pcsclite and
 * reports each step as one JSON line on stdout. After 'awaiting-removal' it waits for the card
 * to leave, reports 'removed' and exits.
 */
import { PcscProvider } from '../../../drivers/pcsc/pcsc-provider'
import type { PcscApduTransport } from '../../../drivers/pcsc/pcsc-apdu-transport'
import type { CardPresence, PortChange } from '../../../drivers/transport/types'

const SELECT_EMRTD = Buffer.from('00A4040C07A0000002471001', 'hex')
const SELECT_OTHER = Buffer.from('00A4040C07A0000002471002', 'hex')
const GET_CHALLENGE = Buffer.from('0084000008', 'hex')
const UNKNOWN_INS = Buffer.from('00CA010100', 'hex')
const ROUND_TRIPS = 200

function report(event: string, details: Record<string, unknown> = {}): void {
  process.stdout.write(`${JSON.stringify({ event, ...details })}\n`)
}

async function main(readerName: string): Promise<void> {
  const controller = new AbortController()
  const provider = new PcscProvider({ retryIntervalMs: 100 })
  // The watch keeps pcsclite's context (and so the reader objects) alive for the whole run.
  const changes = provider.watch(controller.signal)[Symbol.asyncIterator]()
  const seen: string[] = []
  while (!seen.includes(readerName)) {
    const next = await changes.next()
    if (next.done === true) throw new Error('the watch ended before the reader appeared')
    const change: PortChange = next.value
    if (change.type === 'attached') seen.push(change.info.path)
  }
  report('readers', { names: (await provider.list()).map(info => info.path) })

  const info = (await provider.list()).find(port => port.path === readerName)
  if (info === undefined) throw new Error(`${readerName} vanished`)
  const transport = await provider.open(info)
  await transport.open()
  const inserted = await presence(transport, true)
  report('card', { atr: inserted.present ? inserted.atr.toString('hex') : '' })

  const { protocol } = await transport.connect({ share: 'shared' })
  report('connected', { protocol })
  const hex = async (apdu: Buffer): Promise<string> =>
    (await transport.transmit(apdu, { timeoutMs: 5000 })).toString('hex')
  report('responses', {
    selectEmrtd: await hex(SELECT_EMRTD),
    getChallenge: await hex(GET_CHALLENGE),
    getChallengeAgain: await hex(GET_CHALLENGE),
    selectOther: await hex(SELECT_OTHER),
    unknownIns: await hex(UNKNOWN_INS),
  })

  const micros: number[] = []
  for (let i = 0; i < ROUND_TRIPS; i += 1) {
    const started = process.hrtime.bigint()
    await transport.transmit(GET_CHALLENGE, { timeoutMs: 5000 })
    micros.push(Number(process.hrtime.bigint() - started) / 1000)
  }
  micros.sort((a, b) => a - b)
  report('latency', {
    count: ROUND_TRIPS,
    medianUs: micros[Math.floor(ROUND_TRIPS / 2)],
    p99Us: micros[Math.floor(ROUND_TRIPS * 0.99)],
  })

  // Leave the card powered and unshared, so removal is the only thing the next step sees.
  await transport.disconnect('leave')
  const removed = presence(transport, false)
  report('awaiting-removal')
  await removed
  report('removed')
  await transport.close()
  controller.abort()
}

/** Resolves once the transport's card presence matches `present` (now or by a later event). */
function presence(transport: PcscApduTransport, present: boolean): Promise<CardPresence> {
  if (transport.card.present === present) return Promise.resolve(transport.card)
  return new Promise(resolve => {
    const onCard = (next: CardPresence): void => {
      if (next.present !== present) return
      transport.events.off('card', onCard)
      resolve(next)
    }
    transport.events.on('card', onCard)
  })
}

main(process.argv[2] ?? 'Virtual PCD 00 00').then(
  () => {
    // pcsclite's native handles can keep the loop alive after close; the run is over.
    process.exit(0)
  },
  (error: unknown) => {
    report('failed', { error: error instanceof Error ? (error.stack ?? error.message) : error })
    process.exit(1)
  },
)

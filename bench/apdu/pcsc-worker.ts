/**
 * One PC/SC peer of the apdu bench, in a process of its own because pcsc-lite reads
 * PCSCLITE_CSOCK_NAME once per process (the parent passes the private pcscd's env):
 *
 *   node --import tsx bench/apdu/pcsc-worker.ts raw|transport|channel READER WARMUP SHORT EXTENDED
 *
 * `raw` calls pcsclite directly (connect, then transmit); `channel` goes the way personalization
 * does in the agent: PcscProvider → PcscApduTransport → CardChannel; `transport` stops at
 * PcscApduTransport.transmit. Prints one PeerReport line.
 */
import pcsclite from 'pcsclite'
import { PcscProvider } from '../../drivers/pcsc/pcsc-provider'
import type { PcscReader } from '../../drivers/pcsc/pcsc-types'
import { CommandApdu } from '../../drivers/smartcard/apdu'
import { CardChannel } from '../../drivers/smartcard/card-channel'
import { runPlan, type PeerReport, type SendApdu } from './plan'

const MAX_RESPONSE = 65538

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(JSON.stringify(error))
}

/** Bare pcsclite: wait for the reader and its card, SCardConnect shared, then SCardTransmit. */
async function rawSender(readerName: string): Promise<{ send: SendApdu; close(): void }> {
  const context = pcsclite()
  context.on('error', (error: unknown) => {
    console.error(error)
  })
  const { reader, protocol } = await new Promise<{ reader: PcscReader; protocol: number }>(
    (resolve, reject) => {
      context.on('reader', (found: PcscReader) => {
        found.on('error', reject)
        if (found.name !== readerName) return
        let connecting = false
        found.on('status', (status: { state: number }) => {
          if (connecting || (status.state & found.SCARD_STATE_PRESENT) === 0) return
          connecting = true
          found.connect({ share_mode: found.SCARD_SHARE_SHARED }, (error, negotiated) => {
            if (error) reject(asError(error))
            else resolve({ reader: found, protocol: negotiated })
          })
        })
      })
    },
  )
  const send: SendApdu = apdu =>
    new Promise((resolve, reject) => {
      reader.transmit(apdu, MAX_RESPONSE, protocol, (error, response) => {
        if (error) reject(asError(error))
        else
          resolve({ sw: response.readUInt16BE(response.length - 2), length: response.length - 2 })
      })
    })
  return {
    send,
    close: () => {
      context.close()
    },
  }
}

/** The agent's path: the provider's transport, connected shared, under a CardChannel. */
async function channelSender(
  readerName: string,
  layer: 'channel' | 'transport',
): Promise<{ send: SendApdu; close(): void }> {
  const provider = new PcscProvider({ retryIntervalMs: 100 })
  const stop = new AbortController()
  const changes = provider.watch(stop.signal)[Symbol.asyncIterator]()
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
  const channel = new CardChannel(transport)
  const bare: SendApdu = async apdu => {
    const response = await transport.transmit(apdu, { timeoutMs: 5000 })
    return { sw: response.readUInt16BE(response.length - 2), length: response.length - 2 }
  }
  const send: SendApdu =
    layer === 'transport'
      ? bare
      : async apdu => {
          const response = await channel.transmit(CommandApdu.parse(apdu), { timeoutMs: 5000 })
          return { sw: response.sw, length: response.data.length }
        }
  return {
    send,
    close: () => {
      stop.abort()
    },
  }
}

async function main(argv: readonly string[]): Promise<void> {
  const [peer = 'raw', readerName = 'Virtual PCD 00 00', warmup, short, extended] = argv
  const sender =
    peer === 'channel' || peer === 'transport'
      ? await channelSender(readerName, peer)
      : await rawSender(readerName)
  const result = await runPlan(sender.send, {
    warmup: Number(warmup ?? 50),
    short: Number(short ?? 1000),
    extended: Number(extended ?? 200),
  })
  const report: PeerReport = { done: true, peer, ...result }
  process.stdout.write(`${JSON.stringify(report)}\n`)
  sender.close()
}

main(process.argv.slice(2)).then(
  // pcsclite's native handles can keep the loop alive after close; the run is over.
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)

/**
 * The PC/SC side of the page printer's chip-coupling test, as its own process (pcsc-lite reads
 * PCSCLITE_CSOCK_NAME once per process, so only a fresh one is sure to reach the private pcscd).
 *
 *   PCSCLITE_CSOCK_NAME=… tsx reader-watch.ts READER_NAME
 *
 * Reports {"event":"card","present":…} once the reader is open and on every change after.
 */
import { PcscProvider } from '../../../../drivers/pcsc/pcsc-provider'
import type { PortChange } from '../../../../drivers/transport/types'

function report(message: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(message)}\n`)
}

async function main(readerName: string): Promise<void> {
  const provider = new PcscProvider({ retryIntervalMs: 100 })
  const changes = provider.watch(new AbortController().signal)[Symbol.asyncIterator]()
  for (;;) {
    const next = await changes.next()
    if (next.done === true) throw new Error('the watch ended before the reader appeared')
    const change: PortChange = next.value
    if (change.type === 'attached' && change.info.path === readerName) break
  }
  const info = (await provider.list()).find(port => port.path === readerName)
  if (info === undefined) throw new Error(`${readerName} vanished`)
  const transport = await provider.open(info)
  await transport.open()
  transport.events.on('card', presence => {
    report({ event: 'card', present: presence.present })
  })
  report({ event: 'card', present: transport.card.present })
}

main(process.argv[2] ?? 'Virtual PCD 00 00').catch((error: unknown) => {
  report({ event: 'failed', error: error instanceof Error ? error.message : String(error) })
  process.exit(1)
})

/**
 * Watches one PC/SC reader through the agent's own PcscProvider and reports each card presence
 * as a JSON line: {"event":"card","present":true|false}. Its own process, because pcsc-lite
 * reads PCSCLITE_CSOCK_NAME once per process (see test/integration/pcsc/pcsc-client.ts).
 *
 *   PCSCLITE_CSOCK_NAME=… tsx reader-watch.ts READER_NAME
 */
import { PcscProvider } from '../../../../drivers/pcsc/pcsc-provider'
import type { PortChange } from '../../../../drivers/transport/types'

function report(message: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(message)}\n`)
}

async function main(readerName: string): Promise<void> {
  const provider = new PcscProvider({ retryIntervalMs: 100 })
  const changes = provider.watch(new AbortController().signal)[Symbol.asyncIterator]()
  let info = (await provider.list()).find(port => port.path === readerName)
  while (info === undefined) {
    const next = await changes.next()
    if (next.done === true) throw new Error('the watch ended before the reader appeared')
    const change: PortChange = next.value
    if (change.type === 'attached' && change.info.path === readerName) info = change.info
  }
  const transport = await provider.open(info)
  await transport.open()
  report({ event: 'card', present: transport.card.present })
  transport.events.on('card', presence => {
    report({ event: 'card', present: presence.present })
  })
}

main(process.argv[2] ?? 'Virtual PCD 00 00').catch((error: unknown) => {
  report({ event: 'failed', error: error instanceof Error ? error.message : String(error) })
  process.exit(1)
})

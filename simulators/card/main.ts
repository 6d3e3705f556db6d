/**
 * A virtual smart card process: connects to vpcd (Debian's vsmartcard-vpcd driver inside pcscd)
 * as the card, so PC/SC clients see it inserted in that vpcd slot's reader. Stopping the process
 * removes the card.
 *
 *   tsx simulators/card/main.ts [--host 127.0.0.1] [--port 35963]
 *
 * Port 35963 is slot 0 of Debian's /etc/reader.conf.d/vpcd (0x8C7B); a private pcscd from
 * test/support/pcscd-harness.ts uses its own. The process writes "connected" / "disconnected"
 * lines to stdout, and keeps reconnecting while pcscd is down or restarting.
 */
import { parseArgs } from 'node:util'
import { ATR, MinimalEmrtdCard } from './minimal-card'
import { VpcdClient } from './vpcd-client'

function main(): void {
  const { values } = parseArgs({
    options: {
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: '35963' },
    },
    strict: true,
  })
  const port = Number(values.port)
  if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`--port ${values.port}: 1–65535`)

  const client = new VpcdClient(new MinimalEmrtdCard(), {
    host: values.host,
    port,
    onState: state => {
      process.stdout.write(`${state} ${values.host}:${port} atr=${ATR.toString('hex')}\n`)
    },
  })
  const shutdown = (): void => {
    void client.stop().then(() => {
      process.exit(0)
    })
  }
  process.on('SIGTERM', shutdown)
  process.on('SIGINT', shutdown)
  client.start()
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`)
  process.exit(2)
}

main()

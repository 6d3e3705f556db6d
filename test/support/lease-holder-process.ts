/**
 * A client in a process of its own, for tests that freeze it (SIGSTOP stops libzmq's I/O thread
 * too, so its ZMTP heartbeats stop as a hung machine's would): connects without app-level Pings,
 * claims the device named in its arguments and prints {"event":"ready"}; then sends nothing.
 *
 * Arguments: one JSON object { requestsEndpoint, serverPublicKey, keys, deviceId }.
 */
import { AgentClient } from '../../protocol'

interface Arguments {
  readonly requestsEndpoint: string
  readonly serverPublicKey: string
  readonly keys: { readonly publicKey: string; readonly secretKey: string }
  readonly deviceId: string
}

async function main(): Promise<void> {
  const options = JSON.parse(process.argv[2] ?? '{}') as Arguments
  const client = await AgentClient.connect({
    requestsEndpoint: options.requestsEndpoint,
    serverPublicKey: options.serverPublicKey,
    keys: options.keys,
    clientName: 'lease-holder-process',
    heartbeat: false,
  })
  await client.claimDevice(options.deviceId)
  process.stdout.write(`${JSON.stringify({ event: 'ready' })}\n`)
  // Stay connected until killed.
  setInterval(() => undefined, 60_000)
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`)
  process.exit(1)
})

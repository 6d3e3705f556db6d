/**
 * Baseline (a): a bare zeromq.js ROUTER that sends every message straight back, with CURVE on and
 * no ZAP handler (libzmq then admits any CURVE client). No decoding, sessions or queues: the most
 * the transport can do with one Node event loop on each side.
 *
 * Usage: node --import tsx bench/protocol/echo-process.ts
 * Prints `{"ready":true,"pid":…,"publicKey":…,"endpoint":…}`; stops on SIGTERM or SIGINT.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { curveKeyPair, Router } from 'zeromq'
import { announceReady, stopOnSignal } from '../support/process'

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'idstation-bench-echo-'))
  const endpoint = `ipc://${dir}/echo.sock`
  const keys = curveKeyPair()
  const router = new Router({
    curveServer: true,
    curvePublicKey: keys.publicKey,
    curveSecretKey: keys.secretKey,
    linger: 0,
    // The 500 KB payload is well inside this; it matches what the agent's limit allows.
    maxMessageSize: 4 * 1024 * 1024,
  })
  await router.bind(endpoint)
  stopOnSignal(() => {
    router.close()
    fs.rmSync(dir, { recursive: true, force: true })
  })
  announceReady({ publicKey: keys.publicKey, endpoint })
  try {
    // The message starts with the routing id, so sending it back unchanged is the reply.
    for await (const message of router) await router.send(message)
  } catch {
    // Ends when the socket closes.
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})

/**
 * Baseline (b): the same requests as JSON over HTTP/1.1 on 127.0.0.1, the way MOSIP SBI-style
 * device services answer their clients. Binary data travels base64-encoded inside the JSON, both
 * ways. SBI's own verbs (MOSIPDISC, RCAPTURE, …) are not methods Node's parser accepts, so POST and
 * GET stand in for them; the cost per request is the same.
 *
 *   POST /ping     {}                       → {"agentTimeMs":…}
 *   POST /ping     {"echo":"<base64>"}      → {"agentTimeMs":…,"echo":"<base64>"}
 *   GET  /devices                           → {"devices":[…]}
 *
 * Usage: node --import tsx bench/protocol/http-process.ts
 * Prints `{"ready":true,"pid":…,"url":"http://127.0.0.1:<port>"}`; stops on SIGTERM or SIGINT.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { announceReady, stopOnSignal } from '../support/process'
import { BENCH_DEVICES, deviceRecord } from './bench-devices'

function send(response: http.ServerResponse, status: number, body: string): void {
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
  })
  response.end(body)
}

function ping(body: string): string {
  const request = JSON.parse(body || '{}') as { echo?: unknown }
  if (typeof request.echo !== 'string') return JSON.stringify({ agentTimeMs: Date.now() })
  // Decoded and encoded again, as a service that handles the bytes (not just the text) would.
  const payload = Buffer.from(request.echo, 'base64')
  return JSON.stringify({ agentTimeMs: Date.now(), echo: payload.toString('base64') })
}

async function main(): Promise<void> {
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      try {
        if (request.method === 'POST' && request.url === '/ping') {
          send(response, 200, ping(Buffer.concat(chunks).toString('utf8')))
        } else if (request.method === 'GET' && request.url === '/devices') {
          send(response, 200, JSON.stringify({ devices: BENCH_DEVICES.map(deviceRecord) }))
        } else {
          send(response, 404, '{"error":"not found"}')
        }
      } catch {
        send(response, 400, '{"error":"bad request"}')
      }
    })
  })
  // Idle gaps between scenarios are longer than Node's 5 s default; a closed connection would
  // put a reconnect into the next scenario's first requests.
  server.keepAliveTimeout = 120_000
  server.headersTimeout = 121_000
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  stopOnSignal(
    () =>
      new Promise<void>(resolve => {
        server.closeAllConnections()
        server.close(() => {
          resolve()
        })
      }),
  )
  announceReady({ url: `http://127.0.0.1:${port}` })
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})

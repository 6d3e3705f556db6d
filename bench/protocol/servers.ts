import path from 'node:path'
import { isReadyLine, spawnTsx, stopProcess, waitForJsonLine } from '../support/process'
import type { TargetSpec } from './worker-messages'

/** A baseline server process and how clients reach it. */
export interface BaselineServer {
  readonly target: TargetSpec
  stop(): Promise<void>
}

/** Baseline (a): the bare CURVE echo ROUTER in its own process. */
export async function startEchoServer(): Promise<BaselineServer> {
  const child = spawnTsx(path.join(__dirname, 'echo-process.ts'))
  const ready = await waitForJsonLine(
    child,
    (value): value is { pid: number; ready: true; publicKey: string; endpoint: string } =>
      isReadyLine(value) &&
      typeof value.publicKey === 'string' &&
      typeof value.endpoint === 'string',
    20_000,
  )
  return {
    target: { kind: 'zmq-echo', endpoint: ready.endpoint, serverPublicKey: ready.publicKey },
    stop: () => stopProcess(child),
  }
}

/** Baseline (b): the JSON-over-HTTP device service in its own process. */
export async function startHttpServer(): Promise<BaselineServer> {
  const child = spawnTsx(path.join(__dirname, 'http-process.ts'))
  const ready = await waitForJsonLine(
    child,
    (value): value is { pid: number; ready: true; url: string } =>
      isReadyLine(value) && typeof value.url === 'string',
    20_000,
  )
  return { target: { kind: 'http', url: ready.url }, stop: () => stopProcess(child) }
}

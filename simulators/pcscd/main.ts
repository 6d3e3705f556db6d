/**
 * A private pcscd (private-pcscd.ts) as its own process, for front-ends such as the CLI demo that
 * may not import test code and want the daemon to go away with a signal.
 *
 *   tsx simulators/pcscd/main.ts [--no-preload] [--reader-pairs N]
 *
 * --no-preload runs vpcd without the TCP_NODELAY shim (every APDU pays the ~40 ms stall).
 * --reader-pairs N configures N vpcd readers of two slots each (default 1).
 *
 * stdout: one line {"event":"ready","socketPath","env":{"PCSCLITE_CSOCK_NAME"},"vpcdHost",
 * "vpcdPort","vpcdPorts","readerNames","mode","dir","pid"} once pcscd and every vpcd slot listen.
 * It then runs until SIGTERM or SIGINT, stops pcscd, removes its temp dir and exits 0. When
 * pcscd cannot start it prints {"event":"error","message":…} naming what is missing and how to
 * get it, and exits 69 (EX_UNAVAILABLE); an unexpected error later, or pcscd dying on its own,
 * prints the same event, stops pcscd and exits 1. stdin is not read.
 */
import { parseArgs } from 'node:util'
import { PcscdUnavailableError, startPcscd, type PrivatePcscd } from './private-pcscd'

const EX_UNAVAILABLE = 69

function main(): void {
  let values: { 'no-preload'?: boolean; 'reader-pairs'?: string }
  let readerPairs: number
  try {
    ;({ values } = parseArgs({
      options: {
        'no-preload': { type: 'boolean', default: false },
        'reader-pairs': { type: 'string', default: '1' },
      },
      strict: true,
    }))
    readerPairs = Number(values['reader-pairs'])
    if (!Number.isInteger(readerPairs) || readerPairs < 1 || readerPairs > 8) {
      throw new RangeError('--reader-pairs must be a whole number from 1 to 8')
    }
  } catch (error) {
    emit({
      event: 'error',
      message: `usage: main.ts [--no-preload] [--reader-pairs N] (${describe(error)})`,
    })
    process.exit(64)
  }

  // Settles once the start attempt has, so a signal that arrives mid-start still stops pcscd.
  const started: Promise<PrivatePcscd | undefined> = startPcscd({
    preload: values['no-preload'] !== true,
    readerPairs,
  }).then(
    pcscd => {
      emit({
        event: 'ready',
        socketPath: pcscd.socketPath,
        env: pcscd.env,
        vpcdHost: pcscd.vpcdHost,
        vpcdPort: pcscd.vpcdPort,
        vpcdPorts: pcscd.vpcdPorts,
        readerNames: pcscd.readerNames,
        mode: pcscd.mode,
        dir: pcscd.dir,
        pid: pcscd.pid,
      })
      return pcscd
    },
    (error: unknown) => {
      const message =
        error instanceof PcscdUnavailableError
          ? error.message
          : `private pcscd did not start: ${describe(error)}`
      emit({ event: 'error', message })
      process.exit(EX_UNAVAILABLE)
    },
  )

  let exiting = false
  const stopThenExit = (code: number): void => {
    if (exiting) return
    exiting = true
    void started
      .then(pcscd => pcscd?.stop())
      .catch((error: unknown) => {
        emit({ event: 'error', message: `stopping pcscd: ${describe(error)}` })
        code = code === 0 ? 1 : code
      })
      .finally(() => {
        process.exit(code)
      })
  }
  process.on('SIGTERM', () => {
    stopThenExit(0)
  })
  process.on('SIGINT', () => {
    stopThenExit(0)
  })
  const crash = (error: unknown): void => {
    emit({ event: 'error', message: describe(error) })
    stopThenExit(1)
  }
  process.on('uncaughtException', crash)
  process.on('unhandledRejection', crash)
  // A front-end waits on this process, so a pcscd that dies on its own must end it too. The
  // interval also keeps the event loop alive.
  setInterval(() => {
    void started.then(pcscd => {
      if (pcscd !== undefined && !exiting && !alive(pcscd.pid)) {
        emit({ event: 'error', message: `pcscd exited on its own\n${pcscd.log()}` })
        stopThenExit(1)
      }
    })
  }, 500)
  // Whatever still runs on a hard exit is SIGKILLed by private-pcscd's own exit hook.
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

function emit(event: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(event)}\n`)
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

main()

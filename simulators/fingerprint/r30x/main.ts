/**
 * The simulated R30x-family fingerprint module as its own process, on the far end of a
 * pseudo-terminal that the agent opens with serialport, as it would a module behind a USB-UART
 * bridge.
 *
 *   tsx simulators/fingerprint/r30x/main.ts --link PATH [options]   makes the pty itself
 *   tsx simulators/fingerprint/r30x/main.ts --pty PATH [options]    serves one end of a pair
 *
 * --link runs `socat pty,raw,echo=0,link=PATH STDIO` and talks to it over pipes: PATH is the
 * host side. Killing this process, even with SIGKILL, closes socat's stdin, socat exits and
 * removes PATH, and the host's port hangs up: an unplug. --pty opens PATH, one end of a pair
 * someone else made (`socat pty,raw,echo=0,link=A pty,raw,echo=0,link=B`); the other end stays
 * open when this process dies, so the host sees a module that stops answering.
 *
 * Options: --password N (default 0), --address N (0xFFFFFFFF), --packet-size 32|64|128|256
 * (128), --security-level 1–5 (3), --no-aura (the aura LED command fails), --trace (prints
 * {"event":"command","name":…} as each command arrives).
 *
 * stdout: {"event":"ready","path":…} once serving, then the JSON replies of the control channel
 * on stdin (control.ts). SIGTERM/SIGINT stop it.
 */
import { constants, createWriteStream, openSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { ReadStream } from 'node:tty'
import { parseArgs } from 'node:util'
import { servePtyLink, type Line } from '../../support/pty-link'
import { parseControl, type ControlCommand } from './control'
import { R30xModule, type ModuleOptions } from './module'

function main(): void {
  const { values } = parseArgs({
    options: {
      link: { type: 'string' },
      pty: { type: 'string' },
      password: { type: 'string', default: '0' },
      address: { type: 'string', default: String(0xffffffff) },
      'packet-size': { type: 'string', default: '128' },
      'security-level': { type: 'string', default: '3' },
      'no-aura': { type: 'boolean', default: false },
      trace: { type: 'boolean', default: false },
    },
    strict: true,
  })
  if ((values.link === undefined) === (values.pty === undefined)) {
    fail('usage: main.ts (--link PATH | --pty PATH) [--password N] [--address N] …')
  }
  const packetSize = Number(values['packet-size'])
  if (packetSize !== 32 && packetSize !== 64 && packetSize !== 128 && packetSize !== 256) {
    fail(`--packet-size ${values['packet-size']}: 32, 64, 128 or 256`)
  }
  const securityLevel = Number(values['security-level'])
  if (
    securityLevel !== 1 &&
    securityLevel !== 2 &&
    securityLevel !== 3 &&
    securityLevel !== 4 &&
    securityLevel !== 5
  ) {
    fail(`--security-level ${values['security-level']}: 1–5`)
  }
  const options: ModuleOptions = {
    password: uint32('--password', values.password),
    address: uint32('--address', values.address),
    packetSize,
    securityLevel,
    aura: !values['no-aura'],
    ...(values.trace
      ? {
          onCommand: (name: string) => {
            emit({ event: 'command', name })
          },
        }
      : {}),
  }

  let line: Line | undefined
  const device = new R30xModule(bytes => line?.write(bytes), options)
  const ready = (path: string, serving: Line): void => {
    line = serving
    emit({ event: 'ready', path })
  }
  const link = values.link
  if (link !== undefined) {
    servePtyLink({
      path: link,
      onData: chunk => {
        device.receive(chunk)
      },
      onReady: serving => {
        ready(link, serving)
      },
      onFail: fail,
    })
  } else if (values.pty !== undefined) ready(values.pty, servePty(values.pty, device))

  createInterface({ input: process.stdin }).on('line', text => {
    if (text.trim() === '') return
    const command = parseControl(text)
    emit('error' in command ? { event: 'error', message: command.error } : run(device, command))
  })

  const shutdown = (): void => {
    void (line?.stop() ?? Promise.resolve()).then(() => {
      process.exit(0)
    })
  }
  process.on('SIGTERM', shutdown)
  process.on('SIGINT', shutdown)
}

function run(device: R30xModule, command: ControlCommand): Record<string, unknown> {
  switch (command.cmd) {
    case 'present':
      device.present(command.identity, command.position, command.poor)
      return { event: 'present', position: command.position, poor: command.poor }
    case 'lift':
      device.lift()
      return { event: 'lifted' }
    case 'corrupt-next':
      device.corruptNext(command.what, command.after)
      return { event: 'armed', corrupt: command.what, after: command.after }
    case 'status':
      return { event: 'status', ...device.status() }
  }
}

/**
 * Opens one end of an existing pty pair: reads through a tty stream (non-blocking), writes
 * through a second descriptor in a file stream, because a tty write stream blocks the event
 * loop while the pty's buffer is full, and an image is 36 KiB.
 */
function servePty(path: string, device: R30xModule): Line {
  let input: ReadStream
  let output: ReturnType<typeof createWriteStream>
  try {
    input = new ReadStream(openSync(path, constants.O_RDWR | constants.O_NOCTTY))
    output = createWriteStream(path, {
      fd: openSync(path, constants.O_WRONLY | constants.O_NOCTTY),
    })
  } catch (error) {
    fail(`cannot open ${path}: ${error instanceof Error ? error.message : String(error)}`)
  }
  input.on('data', (chunk: Buffer) => {
    device.receive(chunk)
  })
  input.on('error', error => {
    fail(`${path}: ${error.message}`)
  })
  output.on('error', error => {
    fail(`${path}: ${error.message}`)
  })
  return {
    write: bytes => output.write(bytes),
    stop: () => Promise.resolve(),
  }
}

function uint32(name: string, text: string): number {
  const value = Number(text)
  if (!Number.isInteger(value) || value < 0 || value > 0xffffffff) fail(`${name} ${text}: 0–2³²−1`)
  return value
}

function emit(message: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(message)}\n`)
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`)
  process.exit(2)
}

main()

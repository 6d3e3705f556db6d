/**
 * The simulated passport data-page printer as its own process, on the far end of a
 * pseudo-terminal that the agent opens with serialport, speaking docs/page-printer-protocol.md.
 *
 *   tsx simulators/printer/page/main.ts --link PATH [options]
 *
 * --link runs `socat pty,raw,echo=0,link=PATH STDIO` and talks to it over pipes: PATH is the
 * host side. Killing this process (or {"cmd":"disconnect"}) ends socat, which removes PATH, and
 * the host's port hangs up: an unplug.
 *
 * Options:
 *   --feeder N (50) booklets in the input tray; --ribbon N (500) prints left on the film;
 *   --reject-capacity N (20); --output-capacity N (100); --serial S (PP300-SIM-0001)
 *   --timing fast|realistic (realistic): fast = every motion 0 ms; realistic, a desktop
 *     passport printer: feed to the chip station 2000 ms, print 8000 ms, eject/reject 1500 ms
 *   --feed-ms N, --print-ms N, --eject-ms N override the preset; --time-scale F multiplies all
 *   --out DIR: printed pages as DIR/page-<n>.png
 *   --host-timeout-ms N (60000, 0 = never): a booklet inside after this long without a frame
 *     goes to the reject tray
 *   --vpcd-host H (127.0.0.1) --vpcd-port P --stack N (the feeder count): a booklet at the chip
 *     station puts the next blank chip into that vpcd reader (chip-coupling.ts)
 *   --trace: {"event":"request","cmd":N} as each request frame arrives
 *
 * stdout: {"event":"ready","path":…} once serving; {"event":"printed","side":"data-page",
 * "path":…}, {"event":"ejected"|"rejected","booklet":n} as they happen; and the replies of the
 * control channel on stdin (control.ts). SIGTERM/SIGINT stop it.
 */
import { mkdirSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'
import { servePtyLink, type Line } from '../../support/pty-link'
import { ChipCoupling } from '../chip-coupling'
import { parseControl, type ControlCommand } from './control'
import { PassportPrinter, type Timings } from './printer'

const PRESETS: Readonly<Record<string, Timings>> = {
  fast: { feedMs: 0, printMs: 0, ejectMs: 0 },
  realistic: { feedMs: 2000, printMs: 8000, ejectMs: 1500 },
}

function main(): void {
  const { values } = parseArgs({
    options: {
      link: { type: 'string' },
      feeder: { type: 'string', default: '50' },
      ribbon: { type: 'string', default: '500' },
      'reject-capacity': { type: 'string', default: '20' },
      'output-capacity': { type: 'string', default: '100' },
      serial: { type: 'string', default: 'PP300-SIM-0001' },
      timing: { type: 'string', default: 'realistic' },
      'feed-ms': { type: 'string' },
      'print-ms': { type: 'string' },
      'eject-ms': { type: 'string' },
      'time-scale': { type: 'string', default: '1' },
      out: { type: 'string' },
      'host-timeout-ms': { type: 'string', default: '60000' },
      'vpcd-host': { type: 'string', default: '127.0.0.1' },
      'vpcd-port': { type: 'string' },
      stack: { type: 'string' },
      trace: { type: 'boolean', default: false },
    },
    strict: true,
  })
  if (values.link === undefined) fail('usage: main.ts --link PATH [options]')
  const preset = PRESETS[values.timing]
  if (preset === undefined) fail(`--timing ${values.timing}: fast or realistic`)
  const scale = Number(values['time-scale'])
  if (!Number.isFinite(scale) || scale < 0) fail(`--time-scale ${values['time-scale']}: F ≥ 0`)
  const ms = (name: string, text: string | undefined, fallback: number): number =>
    Math.round((text === undefined ? fallback : count(name, text, 3_600_000)) * scale)
  const timings: Timings = {
    feedMs: ms('--feed-ms', values['feed-ms'], preset.feedMs),
    printMs: ms('--print-ms', values['print-ms'], preset.printMs),
    ejectMs: ms('--eject-ms', values['eject-ms'], preset.ejectMs),
  }
  const feeder = count('--feeder', values.feeder, 65535)
  const chip =
    values['vpcd-port'] === undefined
      ? undefined
      : new ChipCoupling({
          vpcdHost: values['vpcd-host'],
          vpcdPort: count('--vpcd-port', values['vpcd-port'], 65535),
          stack:
            values.stack === undefined
              ? Math.max(feeder, 1)
              : count('--stack', values.stack, 65535),
          onStderr: text => process.stderr.write(`[chip] ${text}\n`),
        })
  if (values.out !== undefined) mkdirSync(values.out, { recursive: true })

  let line: Line | undefined
  const printer = new PassportPrinter({
    feeder,
    ribbon: count('--ribbon', values.ribbon, 65535),
    rejectCapacity: count('--reject-capacity', values['reject-capacity'], 65535),
    outputCapacity: count('--output-capacity', values['output-capacity'], 65535),
    serial: values.serial,
    timings,
    hostTimeoutMs: count('--host-timeout-ms', values['host-timeout-ms'], 86_400_000),
    ...(values.out === undefined ? {} : { outDir: values.out }),
    ...(chip === undefined ? {} : { chip }),
    send: bytes => line?.write(bytes),
    announce: emit,
    ...(values.trace
      ? {
          onRequest: (cmd: number) => {
            emit({ event: 'request', cmd })
          },
        }
      : {}),
  })

  const stop = async (): Promise<void> => {
    printer.stop()
    await line?.stop()
    await chip?.stop()
  }
  const link = values.link
  servePtyLink({
    path: link,
    onData: chunk => {
      printer.receive(chunk)
    },
    onReady: serving => {
      line = serving
      emit({ event: 'ready', path: link })
    },
    onFail: fail,
  })

  // Control commands are answered in order, even the chip's, which take a round trip.
  let replies: Promise<void> = Promise.resolve()
  createInterface({ input: process.stdin }).on('line', text => {
    if (text.trim() === '') return
    const command = parseControl(text)
    replies = replies.then(async () => {
      if ('error' in command) {
        emit({ event: 'error', message: command.error })
        return
      }
      emit(await run(printer, chip, command, stop))
    })
  })

  const shutdown = (): void => {
    void stop().then(() => {
      process.exit(0)
    })
  }
  process.on('SIGTERM', shutdown)
  process.on('SIGINT', shutdown)
}

async function run(
  printer: PassportPrinter,
  chip: ChipCoupling | undefined,
  command: ControlCommand,
  stop: () => Promise<void>,
): Promise<Record<string, unknown>> {
  switch (command.cmd) {
    case 'cover':
      printer.setCover(command.open)
      break
    case 'feeder':
      printer.setFeeder(command.count)
      break
    case 'ribbon':
      printer.setRibbon(command.remaining)
      break
    case 'jam':
      printer.armJam(command.at)
      break
    case 'reject-box':
      printer.setRejectFull(command.full)
      break
    case 'output':
      printer.setOutputFull(command.full)
      break
    case 'garble':
      printer.garbleNext(command.count)
      break
    case 'drop':
      printer.dropNext(command.count)
      break
    case 'status':
      break
    case 'reset':
      await printer.reset()
      break
    case 'disconnect':
      emit({ event: 'control', cmd: 'disconnect' })
      await stop()
      return process.exit(0)
    case 'card': {
      if (chip === undefined) return { event: 'error', message: 'no chip coupling (--vpcd-port)' }
      return { event: 'card', reply: await chip.control(command.card) }
    }
  }
  return {
    event: 'control',
    cmd: command.cmd,
    ...printer.state,
    chipInserted: chip?.inserted ?? false,
  }
}

function count(name: string, text: string, max: number): number {
  const value = Number(text)
  if (!Number.isInteger(value) || value < 0 || value > max) fail(`${name} ${text}: 0–${max}`)
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

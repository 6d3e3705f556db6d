/**
 * The simulated Evolis card printer as its own process, on the far end of a pseudo-terminal that
 * the agent opens with serialport, as it would a printer's serial port.
 *
 *   tsx simulators/printer/evolis/main.ts --link PATH [options]
 *
 * --link runs `socat pty,raw,echo=0,link=PATH STDIO` and talks to it over pipes: PATH is the
 * host side. Killing this process (or {"cmd":"disconnect"}) ends socat, PATH goes away and the
 * host's port hangs up: an unplug.
 *
 * Options: --feeder N (100 blank cards), --reject-capacity N (50), --hopper-capacity N (100),
 * --ribbon N (500 faces), --reply-mode text|ack-nack (text; `Pem` changes it), --terminator
 * cr|nul (cr), --timing fast|realistic (fast), --feed-ms/--move-ms/--print-ms/--eject-ms to
 * override one step, --time-scale F (multiplies every delay), --out DIR (printed faces as PNG;
 * default a new temp dir), --serial S, --trace ({"event":"command","name":…} per command),
 * --vpcd-host H --vpcd-port P --stack N (chip coupling: a virtual card per fed card).
 *
 * stdout: {"event":"ready","path":…,"out":…}; {"event":"printed","card":n,"side":…,"path":…};
 * {"event":"ejected"|"rejected","card":n}; and the JSON replies of the control channel on stdin
 * (control.ts). SIGTERM/SIGINT stop it.
 */
import { mkdirSync, mkdtempSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'
import { encodeRgbPng } from '../../support/png'
import { servePtyLink, type Line } from '../../support/pty-link'
import { ChipCoupling } from '../chip-coupling'
import { parseControl, type ControlCommand } from './control'
import { EvolisSimPrinter, type PrinterOptions } from './printer'
import { FACE_HEIGHT, FACE_WIDTH } from './render'
import { scaleTiming, TIMING_PRESETS, type Timing } from './timing'

function main(): void {
  const { values } = parseArgs({
    options: {
      link: { type: 'string' },
      feeder: { type: 'string', default: '100' },
      'reject-capacity': { type: 'string', default: '50' },
      'hopper-capacity': { type: 'string', default: '100' },
      ribbon: { type: 'string', default: '500' },
      'reply-mode': { type: 'string', default: 'text' },
      terminator: { type: 'string', default: 'cr' },
      timing: { type: 'string', default: 'fast' },
      'feed-ms': { type: 'string' },
      'move-ms': { type: 'string' },
      'print-ms': { type: 'string' },
      'eject-ms': { type: 'string' },
      'time-scale': { type: 'string', default: '1' },
      out: { type: 'string' },
      serial: { type: 'string', default: 'SIM0000001' },
      trace: { type: 'boolean', default: false },
      'vpcd-host': { type: 'string', default: '127.0.0.1' },
      'vpcd-port': { type: 'string' },
      stack: { type: 'string' },
    },
    strict: true,
  })
  const link = values.link
  if (link === undefined) fail('usage: main.ts --link PATH [options]')
  const replyMode = values['reply-mode']
  if (replyMode !== 'text' && replyMode !== 'ack-nack') fail('--reply-mode text|ack-nack')
  const terminator = values.terminator
  if (terminator !== 'cr' && terminator !== 'nul') fail('--terminator cr|nul')
  const preset = values.timing
  if (preset !== 'fast' && preset !== 'realistic') fail('--timing fast|realistic')
  const scale = Number(values['time-scale'])
  if (!Number.isFinite(scale) || scale < 0) fail('--time-scale: a number ≥ 0')
  const base = TIMING_PRESETS[preset]
  const step = (name: string, fallback: number): number =>
    values[name as 'feed-ms'] === undefined
      ? fallback
      : count(`--${name}`, values[name as 'feed-ms'])
  const timing: Timing = scaleTiming(
    {
      feedMs: step('feed-ms', base.feedMs),
      moveMs: step('move-ms', base.moveMs),
      printMs: step('print-ms', base.printMs),
      ejectMs: step('eject-ms', base.ejectMs),
    },
    scale,
  )
  const out = values.out ?? mkdtempSync(join(tmpdir(), 'idstation-evolis-'))
  mkdirSync(out, { recursive: true })
  const feeder = count('--feeder', values.feeder)
  const options: PrinterOptions = {
    feeder,
    rejectCapacity: count('--reject-capacity', values['reject-capacity']),
    hopperCapacity: count('--hopper-capacity', values['hopper-capacity']),
    ribbon: count('--ribbon', values.ribbon),
    replyMode,
    terminator,
    timing,
    model: 'Evolis Primacy (idstation simulator)',
    serial: values.serial,
    firmware: 'SIM-1.0',
  }

  const coupling =
    values['vpcd-port'] === undefined
      ? undefined
      : new ChipCoupling({
          vpcdHost: values['vpcd-host'],
          vpcdPort: count('--vpcd-port', values['vpcd-port']),
          stack: values.stack === undefined ? Math.max(feeder, 1) : count('--stack', values.stack),
          onStderr: text => process.stderr.write(`[card] ${text}\n`),
        })

  let line: Line | undefined
  const printer = new EvolisSimPrinter(bytes => line?.write(bytes), options, {
    printed: async (card, side, rgb) => {
      const path = join(out, `card-${card}-${side}.png`)
      await writeFile(path, encodeRgbPng(FACE_WIDTH, FACE_HEIGHT, rgb))
      emit({ event: 'printed', card, side, path })
    },
    ejected: card => {
      emit({ event: 'ejected', card })
    },
    rejected: card => {
      emit({ event: 'rejected', card })
    },
    chipIn: async () => {
      if (coupling === undefined) return
      const reply = await coupling.insertNext()
      emit({ event: 'chip-inserted', ok: reply.event === 'inserted' })
    },
    chipOut: async () => {
      if (coupling === undefined || !coupling.inserted) return
      await coupling.withdraw()
      emit({ event: 'chip-withdrawn' })
    },
    ...(values.trace
      ? {
          command: (name: string) => {
            emit({ event: 'command', name })
          },
        }
      : {}),
  })

  const shutdown = (): void => {
    void Promise.allSettled([line?.stop(), coupling?.stop()]).then(() => {
      process.exit(0)
    })
  }
  servePtyLink({
    path: link,
    onData: chunk => {
      printer.receive(chunk)
    },
    onReady: serving => {
      line = serving
      emit({ event: 'ready', path: link, out })
    },
    onFail: fail,
  })

  // The parent gone (its end of our stdin closed) is an unplug too: never linger as an orphan.
  process.stdin.once('end', shutdown)
  createInterface({ input: process.stdin }).on('line', text => {
    if (text.trim() === '') return
    const command = parseControl(text)
    if ('error' in command) {
      emit({ event: 'error', message: command.error })
      return
    }
    if (command.cmd === 'disconnect') {
      emit({ event: 'disconnecting' })
      shutdown()
      return
    }
    void run(printer, coupling, command).then(emit, (error: unknown) => {
      emit({ event: 'error', message: error instanceof Error ? error.message : String(error) })
    })
  })
  process.on('SIGTERM', shutdown)
  process.on('SIGINT', shutdown)
}

async function run(
  printer: EvolisSimPrinter,
  coupling: ChipCoupling | undefined,
  command: Exclude<ControlCommand, { cmd: 'disconnect' }>,
): Promise<Record<string, unknown>> {
  switch (command.cmd) {
    case 'cover':
      printer.setCover(command.open)
      return { event: 'cover', open: command.open }
    case 'feeder':
      printer.setFeeder(command.count)
      return { event: 'feeder', count: command.count }
    case 'ribbon':
      printer.setRibbon(command.remaining)
      return { event: 'ribbon', remaining: command.remaining }
    case 'jam':
      printer.armJam(command.at)
      return { event: 'armed', jam: command.at }
    case 'reject-box':
      printer.setRejectFull(command.full)
      return { event: 'reject-box', full: command.full }
    case 'hopper':
      printer.setHopperFull(command.full)
      return { event: 'hopper', full: command.full }
    case 'garble':
      printer.garble(command.count)
      return { event: 'armed', garble: command.count }
    case 'drop':
      printer.drop(command.count)
      return { event: 'armed', drop: command.count }
    case 'status':
      return { event: 'status', ...printer.status(), chip: coupling?.inserted ?? null }
    case 'card':
      if (coupling === undefined) return { event: 'error', message: 'no chip coupling' }
      return { event: 'card', reply: await coupling.control(command.command) }
  }
}

function count(name: string, text: string | undefined): number {
  const value = Number(text)
  if (text === undefined || !Number.isInteger(value) || value < 0) fail(`${name}: an integer ≥ 0`)
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

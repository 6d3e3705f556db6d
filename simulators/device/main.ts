/**
 * A simulated device process. It serves the device on a Unix socket in DIR and announces it
 * with DIR/NAME.json, which the agent's DirectoryProvider watches; killing the process is
 * unplugging the device.
 *
 *   tsx simulators/device/main.ts --dir DIR --name NAME --kind fingerprint-scanner [--serial S]
 *       [--capture-ms 450] [--swap-hands] [--fingers synthetic|stand-in]
 *
 * `fingerprint-scanner` is the virtual idstation HID reader (simulators/fingerprint/hid-device.ts,
 * docs/hid-fingerprint-protocol.md). Its control channel is JSON lines on stdin, answered on
 * stdout (simulators/fingerprint/control.ts); `{"cmd":"unplug"}` exits as SIGTERM does. Once the
 * device is announced, stdout says {"event":"ready", …}. `--fingers stand-in` swaps the synthetic
 * fingers (simulators/fingerprint/synthetic-source.ts, drawn on worker threads) for cheap concentric rings, for tests that
 * only care about the protocol.
 *
 * SIGTERM/SIGINT remove the announcement and the socket; SIGKILL leaves both behind, and the
 * provider then notices the dead pid.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'
import type { Announcement } from '../../drivers/simulated/announcement'
import { parseFingerprintControl, type FingerprintControl } from '../fingerprint/control'
import { STAND_IN_SOURCE } from '../fingerprint/finger-source'
import { HidFingerprintDevice } from '../fingerprint/hid-device'
import { WorkerFingerSource } from '../fingerprint/worker-source'
import { serveReports } from './report-server'

// The virtual fingerprint reader's USB identity: pid.codes test VID, product "ID".
const FINGERPRINT_SCANNER = {
  vendorId: 0x1209,
  productId: 0x4944,
  product: 'idstation virtual fingerprint reader',
} as const

const KINDS = ['fingerprint-scanner'] as const

function main(): void {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string' },
      name: { type: 'string' },
      kind: { type: 'string' },
      serial: { type: 'string' },
      'capture-ms': { type: 'string', default: '450' },
      'swap-hands': { type: 'boolean', default: false },
      fingers: { type: 'string', default: 'synthetic' },
    },
    strict: true,
  })
  const { dir, name, kind, serial } = values
  if (dir === undefined || name === undefined || kind === undefined) {
    fail('usage: main.ts --dir DIR --name NAME --kind fingerprint-scanner [--serial S]')
  }
  if (!/^[A-Za-z0-9_-]+$/.test(name)) fail(`--name ${name}: use letters, digits, '-' and '_'`)
  if (!(KINDS as readonly string[]).includes(kind))
    fail(`--kind ${kind}: one of ${KINDS.join(', ')}`)
  const captureMs = Number(values['capture-ms'])
  if (!Number.isInteger(captureMs) || captureMs < 0 || captureMs > 60_000) {
    fail(`--capture-ms ${values['capture-ms']}: an integer of 0–60000`)
  }

  const fingers = values.fingers
  if (fingers !== 'synthetic' && fingers !== 'stand-in') {
    fail(`--fingers ${fingers}: synthetic or stand-in`)
  }

  const socketPath = join(dir, `${name}.sock`)
  const announcementPath = join(dir, `${name}.json`)
  const announcement: Announcement = {
    kind: 'hid',
    path: `simulated:${name}`,
    ...FINGERPRINT_SCANNER,
    ...(serial === undefined ? {} : { serialNumber: serial }),
    pid: process.pid,
    socket: socketPath,
  }

  const device = new HidFingerprintDevice({
    serialNumber: serial ?? name,
    captureMs,
    swapHands: values['swap-hands'],
    source: fingers === 'synthetic' ? new WorkerFingerSource() : STAND_IN_SOURCE,
  })
  device.events.on('capture-started', started => {
    emit({ event: 'capture-started', ...started })
  })
  device.events.on('capture-ended', ended => {
    emit({ event: 'capture-ended', ...ended })
  })

  // A socket left by an earlier SIGKILL would make listen() fail with EADDRINUSE.
  rmSync(socketPath, { force: true })
  const server = serveReports(device)
  server.on('error', error => {
    fail(`cannot serve ${socketPath}: ${error.message}`)
  })
  server.listen(socketPath, () => {
    // Announce only once connectable, and atomically: a reader never sees half a file.
    const temporary = join(dir, `.${name}.json.tmp`)
    writeFileSync(temporary, JSON.stringify(announcement))
    renameSync(temporary, announcementPath)
    emit({ event: 'ready', path: announcement.path, socket: socketPath })
  })

  const unplug = (): never => {
    rmSync(announcementPath, { force: true })
    server.close()
    rmSync(socketPath, { force: true })
    process.exit(0)
  }
  process.on('SIGTERM', unplug)
  process.on('SIGINT', unplug)

  const run = (command: FingerprintControl): Record<string, unknown> => {
    switch (command.cmd) {
      case 'present':
        device.present(command.identity, command.profile)
        return { event: 'presented', identity: command.identity, ...device.describe() }
      case 'lift':
        device.lift()
        return { event: 'lifted' }
      case 'fault':
        device.fault(command.kind, command.ms)
        return { event: 'armed', ...device.describe() }
      case 'corrupt-next-report':
        device.corruptNextReport()
        return { event: 'corrupt-armed' }
      case 'swap-hands':
        return { event: 'hands', swapped: device.swapHands(command.on) }
      case 'status':
        return { event: 'status', ...device.describe() }
      case 'unplug':
        emit({ event: 'unplugging' })
        return unplug()
    }
  }
  // stdin may be /dev/null (a simulator nobody controls): its end changes nothing.
  createInterface({ input: process.stdin }).on('line', line => {
    if (line.trim() === '') return
    const command = parseFingerprintControl(line)
    if ('error' in command) {
      emit({ event: 'error', message: command.error })
      return
    }
    try {
      emit(run(command))
    } catch (error) {
      emit({ event: 'error', message: error instanceof Error ? error.message : String(error) })
    }
  })
}

function emit(message: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(message)}\n`)
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`)
  process.exit(2)
}

main()

/**
 * A simulated device process. It serves the device on a Unix socket in DIR and announces it
 * with DIR/NAME.json, which the agent's DirectoryProvider watches; killing the process is
 * unplugging the device.
 *
 *   tsx simulators/device/main.ts --dir DIR --name NAME --kind fingerprint-scanner [--serial S]
 *
 * SIGTERM/SIGINT remove the announcement and the socket; SIGKILL leaves both behind, and the
 * provider then notices the dead pid.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import type { Announcement } from '../../drivers/simulated/announcement'
import { ECHO_DEVICE, serveReports } from './report-server'

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

  // A socket left by an earlier SIGKILL would make listen() fail with EADDRINUSE.
  rmSync(socketPath, { force: true })
  const server = serveReports(ECHO_DEVICE)
  server.on('error', error => {
    fail(`cannot serve ${socketPath}: ${error.message}`)
  })
  server.listen(socketPath, () => {
    // Announce only once connectable, and atomically: a reader never sees half a file.
    const temporary = join(dir, `.${name}.json.tmp`)
    writeFileSync(temporary, JSON.stringify(announcement))
    renameSync(temporary, announcementPath)
  })

  const unplug = (): void => {
    rmSync(announcementPath, { force: true })
    server.close()
    rmSync(socketPath, { force: true })
    process.exit(0)
  }
  process.on('SIGTERM', unplug)
  process.on('SIGINT', unplug)
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`)
  process.exit(2)
}

main()

import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TransportError } from '../../../../drivers/core/errors'
import { DirectoryProvider } from '../../../../drivers/simulated/directory-provider'
import type { PortChange, PortInfo, ReportTransport } from '../../../../drivers/transport/types'
import { startSimulator, type SimulatorProcess } from '../../../support/simulator-process'
import { eventually, nextValue, waitForEvent } from '../../../support/wait-for'

/** Counts finished listings, so a test can act only after watch() took its baseline. */
class CountingProvider extends DirectoryProvider {
  listings = 0
  override async list(): Promise<readonly PortInfo[]> {
    const ports = await super.list()
    this.listings += 1
    return ports
  }
}

// Starting a Node + tsx process takes seconds on a loaded CI machine.
const PROCESS_TIMEOUT_MS = 30_000

describe('DirectoryProvider with a simulator process', function () {
  this.timeout(2 * PROCESS_TIMEOUT_MS)
  let dir: string
  let provider: CountingProvider
  let controller: AbortController
  let changes: AsyncIterator<PortChange>
  let simulator: SimulatorProcess | undefined
  let transport: ReportTransport | undefined

  beforeEach(async function () {
    dir = await mkdtemp(join(tmpdir(), 'idstation-sim-'))
    provider = new CountingProvider({ dir, pollIntervalMs: 50 })
    controller = new AbortController()
    changes = provider.watch(controller.signal)[Symbol.asyncIterator]()
  })

  afterEach(async function () {
    controller.abort()
    await transport?.close()
    transport = undefined
    await simulator?.stop('SIGKILL')
    simulator = undefined
    await rm(dir, { recursive: true, force: true })
  })

  async function plugFingerprintScanner(): Promise<PortInfo> {
    const attached = nextValue(changes, PROCESS_TIMEOUT_MS, 'the simulator to announce itself')
    await eventually(() => provider.listings >= 1, 5000, 'the baseline listing')
    simulator = startSimulator([
      '--dir',
      dir,
      '--name',
      'fp1',
      '--kind',
      'fingerprint-scanner',
      '--serial',
      'SIM-1',
    ])
    const change = await attached
    assert.equal(change.type, 'attached')
    return change.info
  }

  it('attaches, exchanges reports end to end, and detaches a SIGKILLed simulator', async function () {
    const info = await plugFingerprintScanner()
    assert.deepEqual(info, {
      kind: 'hid',
      path: 'simulated:fp1',
      vendorId: 0x1209,
      productId: 0x4944,
      serialNumber: 'SIM-1',
      product: 'idstation virtual fingerprint reader',
      provider: 'simulated',
    })

    const opened = (await provider.open(info)) as ReportTransport
    transport = opened
    await opened.open()
    // GET_INFO with sequence 1 (docs/hid-fingerprint-protocol.md §9): report id 0, the header
    // 81 01 01 00 00 and its CRC, padded to 64 bytes; the answer is RESPONSE OK, sequence 1.
    const getInfo = Buffer.alloc(65)
    getInfo.set([0x81, 0x01, 0x01, 0x00, 0x00, 0xd8, 0x09], 1)
    await opened.write(getInfo)
    const reply = await opened.read({ timeoutMs: 5000 })
    assert.equal(reply.length, 64)
    assert.deepEqual([...reply.subarray(0, 3)], [0x82, 0x01, 0x00])
    await opened.sendFeatureReport(Uint8Array.of(0x02, 0x11, 0x22))
    assert.deepEqual(await opened.getFeatureReport(0x02, 4), Buffer.of(0x02, 0x11, 0x22, 0x00))

    const disconnected = waitForEvent<[TransportError]>(
      opened.events,
      'disconnect',
      undefined,
      PROCESS_TIMEOUT_MS,
    )
    const detached = nextValue(changes, PROCESS_TIMEOUT_MS, 'the dead pid to be noticed')
    await simulator?.stop('SIGKILL')
    // SIGKILL leaves the announcement behind: only the pid check can detach it.
    assert.ok(existsSync(join(dir, 'fp1.json')))
    assert.deepEqual(await detached, { type: 'detached', info })
    assert.equal((await disconnected)[0].code, 'TRANSPORT_DISCONNECTED')
    assert.deepEqual(await provider.list(), [])
  })

  it('detaches on SIGTERM, which removes the announcement and the socket', async function () {
    const info = await plugFingerprintScanner()
    const detached = nextValue(changes, PROCESS_TIMEOUT_MS, 'the announcement to go')
    await simulator?.stop('SIGTERM')
    assert.equal(simulator?.child.exitCode, 0)
    assert.deepEqual(await detached, { type: 'detached', info })
    assert.ok(!existsSync(join(dir, 'fp1.json')))
    assert.ok(!existsSync(join(dir, 'fp1.sock')))
  })

  it('ignores temporary, invalid and dead-pid files', async function () {
    await writeFile(join(dir, '.half.json.tmp'), '{"kind":"hid"')
    await writeFile(join(dir, 'broken.json'), '{ not json')
    await writeFile(
      join(dir, 'wrong.json'),
      JSON.stringify({ kind: 'usb', path: 'x', pid: process.pid }),
    )
    // Pid 2^22 + 1 is above Linux's pid_max limit, so no process can have it.
    await writeFile(
      join(dir, 'dead.json'),
      JSON.stringify({ kind: 'hid', path: 'dead', pid: 4194305 }),
    )
    await writeFile(
      join(dir, 'live.json'),
      JSON.stringify({ kind: 'serial', path: '/dev/pts/99', pid: process.pid }),
    )
    assert.deepEqual(await provider.list(), [
      { kind: 'serial', path: '/dev/pts/99', provider: 'simulated' },
    ])
  })
})

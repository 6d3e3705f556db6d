import assert from 'node:assert/strict'
import { EventEmitter } from 'node:events'
import { TransportError } from '../../../../drivers/core/errors'
import { HidReportTransport, type HidHandle } from '../../../../drivers/hid/hid-report-transport'
import type { PortInfo } from '../../../../drivers/transport/types'
import { withTimeout } from '../../../support/wait-for'

const INFO: PortInfo = { kind: 'hid', path: '/dev/hidraw7', provider: 'hid' }

/** A stand-in for HIDAsync: reports are queued by the test, `unplug()` makes I/O fail like hidapi. */
class FakeHid extends EventEmitter {
  readonly written: Buffer[] = []
  readonly input: Buffer[] = []
  gone = false
  closed = false

  read(): Promise<Buffer | undefined> {
    if (this.gone) return Promise.reject(new Error('could not read from device'))
    return Promise.resolve(this.input.shift())
  }
  write(values: number[] | Buffer): Promise<number> {
    if (this.gone) return Promise.reject(new Error('could not write'))
    this.written.push(Buffer.from(values))
    return Promise.resolve(values.length)
  }
  close(): Promise<void> {
    this.closed = true
    return Promise.resolve()
  }
  sendFeatureReport(data: number[] | Buffer): Promise<number> {
    return Promise.resolve(data.length)
  }
  getFeatureReport(reportId: number, length: number): Promise<Buffer> {
    return Promise.resolve(Buffer.alloc(length, reportId))
  }
}

function rejectsWith(code: string): (error: unknown) => boolean {
  return error => error instanceof TransportError && error.code === code
}

describe('HidReportTransport', function () {
  let hid: FakeHid
  let transport: HidReportTransport

  beforeEach(async function () {
    hid = new FakeHid()
    transport = new HidReportTransport(INFO, {
      openDevice: () => Promise.resolve(hid as unknown as HidHandle),
      readSliceMs: 5,
    })
    await transport.open()
  })

  it('writes reports and reads queued input reports', async function () {
    await transport.write(Uint8Array.of(0, 1, 2))
    hid.input.push(Buffer.of(9, 8))
    assert.deepEqual(hid.written, [Buffer.of(0, 1, 2)])
    assert.deepEqual(await transport.read({ timeoutMs: 500 }), Buffer.of(9, 8))
    assert.deepEqual(await transport.getFeatureReport(3, 2), Buffer.of(3, 3))
  })

  it('rejects an overlapping read with TRANSPORT_BUSY and times out the first', async function () {
    const first = assert.rejects(
      transport.read({ timeoutMs: 30 }),
      rejectsWith('TRANSPORT_TIMEOUT'),
    )
    await assert.rejects(transport.read(), rejectsWith('TRANSPORT_BUSY'))
    await first
  })

  it('cancels a pending read on abort', async function () {
    const controller = new AbortController()
    const pending = assert.rejects(
      transport.read({ signal: controller.signal }),
      rejectsWith('TRANSPORT_CANCELED'),
    )
    controller.abort()
    await pending
  })

  it('reports an unplug once as disconnect and rejects later I/O', async function () {
    const disconnects: TransportError[] = []
    transport.events.on('disconnect', error => disconnects.push(error))
    const pending = transport.read()
    hid.gone = true
    await assert.rejects(
      withTimeout(pending, 1000, 'read failure'),
      rejectsWith('TRANSPORT_DISCONNECTED'),
    )
    await assert.rejects(transport.write(Uint8Array.of(0)), rejectsWith('TRANSPORT_DISCONNECTED'))
    assert.equal(transport.state, 'disconnected')
    assert.deepEqual(
      disconnects.map(error => error.code),
      ['TRANSPORT_DISCONNECTED'],
    )
    assert.equal(hid.closed, true)
  })

  it('close() cancels a pending read and is idempotent', async function () {
    const pending = assert.rejects(transport.read(), rejectsWith('TRANSPORT_CANCELED'))
    await transport.close()
    await transport.close()
    await pending
    assert.equal(transport.state, 'closed')
  })
})

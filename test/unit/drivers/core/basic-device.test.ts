import assert from 'node:assert/strict'
import { BasicDevice } from '../../../../drivers/core/basic-device'
import type { DeviceStatus, DriverDescriptor } from '../../../../drivers/core/driver'
import { TransportError } from '../../../../drivers/core/errors'
import { NULL_LOGGER } from '../../../../drivers/core/logger'
import { SYSTEM_CLOCK } from '../../../../drivers/core/clock'
import { MemoryTransport } from '../../../support/memory-provider'

const DESCRIPTOR: DriverDescriptor = {
  id: 'test-basic',
  fullName: 'Test',
  kind: 'fingerprint-scanner',
  transport: 'hid',
  idTable: [],
  create: () => {
    throw new Error('unused')
  },
}
const CONTEXT = { logger: NULL_LOGGER, clock: SYSTEM_CLOCK, options: {} }

function device(
  failOpen?: TransportError,
  serialNumber?: string,
): {
  device: BasicDevice
  transport: MemoryTransport
  statuses: DeviceStatus[]
} {
  const transport = new MemoryTransport(
    { kind: 'hid', path: '/dev/hidraw1', ...(serialNumber === undefined ? {} : { serialNumber }) },
    failOpen,
  )
  const basic = new BasicDevice(DESCRIPTOR, transport, CONTEXT)
  const statuses: DeviceStatus[] = []
  basic.events.on('status', status => statuses.push(status))
  return { device: basic, transport, statuses }
}

describe('BasicDevice', function () {
  it('is named after the serial number, or the path without one', function () {
    assert.equal(device(undefined, 'SN9').device.id, 'test-basic:SN9')
    assert.equal(device().device.id, 'test-basic:/dev/hidraw1')
  })

  it('opens to ready, follows a disconnect, and emits each status once', async function () {
    const { device: basic, transport, statuses } = device()
    await basic.open()
    transport.disconnect()
    transport.disconnect()
    await basic.close()
    await basic.close()
    assert.deepEqual(
      statuses.map(status => status.state),
      ['opening', 'ready', 'disconnected'],
    )
    assert.equal(transport.closes, 2)
  })

  it('closes to closed', async function () {
    const { device: basic, statuses } = device()
    await basic.open()
    await basic.close()
    assert.deepEqual(basic.status(), { state: 'closed' })
    assert.deepEqual(
      statuses.map(status => status.state),
      ['opening', 'ready', 'closed'],
    )
  })

  it('reports a failed open as error with the transport code and rethrows', async function () {
    const failure = new TransportError('TRANSPORT_OPEN_FAILED', 'busy elsewhere')
    const { device: basic } = device(failure)
    await assert.rejects(basic.open(), failure)
    assert.deepEqual(basic.status(), {
      state: 'error',
      code: 'TRANSPORT_OPEN_FAILED',
      message: 'busy elsewhere',
    })
  })
})

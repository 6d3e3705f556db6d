import assert from 'node:assert/strict'
import { TOPICS, v1 } from '../../../../protocol'
import { startServer, type ServerFixture } from '../../../support/agent-fixture'

const CARD_PRINTER = 'evolis:/dev/ttyS0'
const PAGE_PRINTER = 'idstation-page:/dev/ttyS1'
const CARD_ENCODER = 'vpcd-reader:Virtual PCD 00 00'
const PAGE_ENCODER = 'vpcd-reader:Virtual PCD 00 01'

/** Decoded messages are class instances; compare their fields. */
function plain(encoders: v1.IStationEncoder[] | null | undefined) {
  return (encoders ?? []).map(({ station, encoderId }) => ({ station, encoderId }))
}

describe('agent server: the encoder at each printer station (ipc + CURVE)', () => {
  let fixture: ServerFixture

  beforeEach(async () => {
    fixture = await startServer({
      printerEncoders: {
        [CARD_PRINTER]: { contact: CARD_ENCODER },
        [PAGE_PRINTER]: { contactless: PAGE_ENCODER },
      },
    })
  })
  afterEach(async () => {
    await fixture.stop()
  })

  it('names the configured encoder on the printer and the printer on the encoder', async () => {
    fixture.source.attach(CARD_PRINTER, 'card-printer')
    fixture.source.attach(PAGE_PRINTER, 'page-printer')
    fixture.source.attach(CARD_ENCODER, 'card-encoder')
    fixture.source.attach(PAGE_ENCODER, 'card-encoder')
    fixture.source.attach('vpcd-reader:Spare 00 00', 'card-encoder')
    const client = await fixture.connect('operator')
    const devices = new Map((await client.listDevices()).map(device => [device.id, device]))
    assert.deepEqual(plain(devices.get(CARD_PRINTER)?.stationEncoders), [
      { station: 'contact', encoderId: CARD_ENCODER },
    ])
    assert.deepEqual(plain(devices.get(PAGE_PRINTER)?.stationEncoders), [
      { station: 'contactless', encoderId: PAGE_ENCODER },
    ])
    assert.equal(devices.get(CARD_ENCODER)?.printerId, CARD_PRINTER)
    assert.equal(devices.get(CARD_ENCODER)?.printerStation, 'contact')
    assert.equal(devices.get(PAGE_ENCODER)?.printerStation, 'contactless')
    // A reader wired to no printer says so by saying nothing.
    const spare = devices.get('vpcd-reader:Spare 00 00')
    assert.equal(spare?.printerId, '')
    assert.deepEqual(plain(spare.stationEncoders), [])
    const printer = await client.getDevice(PAGE_PRINTER)
    assert.equal(plain(printer.stationEncoders)[0]?.encoderId, PAGE_ENCODER)
  })

  it('carries the wiring on device events, so a watcher needs no ListDevices', async () => {
    const client = await fixture.connect('operator')
    const seen: v1.IDevice[] = []
    const stop = new AbortController()
    const watching = (async () => {
      for await (const { event } of client.events([TOPICS.devices], stop.signal)) {
        const device = event.deviceAttached?.device ?? event.deviceStatusChanged?.device
        if (device) seen.push(device)
        if (seen.length === 2) stop.abort()
      }
    })()
    // The subscription needs a moment to reach the XPUB.
    await new Promise(resolve => setTimeout(resolve, 300))
    fixture.source.attach(CARD_PRINTER, 'card-printer')
    fixture.source.attach(CARD_ENCODER, 'card-encoder')
    await watching
    assert.deepEqual(plain(seen[0]?.stationEncoders), [
      { station: 'contact', encoderId: CARD_ENCODER },
    ])
    assert.equal(seen[1]?.printerId, CARD_PRINTER)
  })
})

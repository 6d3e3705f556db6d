import assert from 'node:assert/strict'
import { matchDriver } from '../../../../../agent/services/devices/match-driver'
import type { DeviceMatch, DriverDescriptor } from '../../../../../drivers/core/driver'
import { DRIVERS } from '../../../../../drivers/registry'
import type { PortInfo, TransportKind } from '../../../../../drivers/transport/types'

function descriptor(
  id: string,
  transport: TransportKind,
  idTable: readonly DeviceMatch[],
  score?: number | ((info: PortInfo) => number),
): DriverDescriptor {
  return {
    id,
    fullName: id,
    kind: 'card-encoder',
    transport,
    idTable,
    ...(score === undefined ? {} : { score: typeof score === 'number' ? () => score : score }),
    create: () => {
      throw new Error('not used by matchDriver')
    },
  }
}

const FINGERPRINT: PortInfo = {
  kind: 'hid',
  path: '/dev/hidraw0',
  vendorId: 0x1209,
  productId: 0x4944,
  product: 'idstation virtual fingerprint reader',
}
const VPCD: PortInfo = { kind: 'pcsc', path: 'Virtual PCD 00 00' }
const OTHER_READER: PortInfo = {
  kind: 'pcsc',
  path: 'ACS ACR1252 1S CL Reader [ACR1252 Dual Reader PICC] 00 00',
}
const TTY: PortInfo = { kind: 'serial', path: '/dev/ttyUSB0', product: 'Evolis Primacy 2' }

interface Case {
  readonly name: string
  readonly info: PortInfo
  readonly drivers: readonly DriverDescriptor[]
  readonly allow?: readonly string[]
  readonly expected: string | undefined
}

const CASES: readonly Case[] = [
  {
    name: 'vendor and product id both match',
    info: FINGERPRINT,
    drivers: [descriptor('fp', 'hid', [{ vendorId: 0x1209, productId: 0x4944 }])],
    expected: 'fp',
  },
  {
    name: 'vendor id alone is not enough',
    info: FINGERPRINT,
    drivers: [descriptor('fp', 'hid', [{ vendorId: 0x1209, productId: 0x0001 }])],
    expected: undefined,
  },
  {
    name: 'a port without ids does not match an id row',
    info: VPCD,
    drivers: [descriptor('x', 'pcsc', [{ vendorId: 0, productId: 0 }])],
    expected: undefined,
  },
  {
    name: 'any row of the table may match',
    info: FINGERPRINT,
    drivers: [
      descriptor('fp', 'hid', [
        { vendorId: 1, productId: 2 },
        { vendorId: 0x1209, productId: 0x4944 },
      ]),
    ],
    expected: 'fp',
  },
  {
    name: 'the transport must be the port kind',
    info: FINGERPRINT,
    drivers: [descriptor('serial-fp', 'serial', [{ vendorId: 0x1209, productId: 0x4944 }])],
    expected: undefined,
  },
  {
    name: 'readerName matches the pcsc path',
    info: VPCD,
    drivers: [descriptor('vpcd', 'pcsc', [{ readerName: /^Virtual PCD/ }])],
    expected: 'vpcd',
  },
  {
    name: 'readerName does not match a non-matching reader',
    info: OTHER_READER,
    drivers: [descriptor('vpcd', 'pcsc', [{ readerName: /^Virtual PCD/ }])],
    expected: undefined,
  },
  {
    name: 'productName matches the product string',
    info: TTY,
    drivers: [descriptor('evolis', 'serial', [{ productName: /^Evolis/ }])],
    expected: 'evolis',
  },
  {
    name: 'productName never matches a port without a product',
    info: { kind: 'serial', path: '/dev/ttyS0' },
    drivers: [descriptor('any', 'serial', [{ productName: /.*/ }])],
    expected: undefined,
  },
  {
    name: 'path matches the path',
    info: TTY,
    drivers: [descriptor('usb-tty', 'serial', [{ path: /ttyUSB\d+$/ }])],
    expected: 'usb-tty',
  },
  {
    name: 'the highest score wins whatever the order',
    info: VPCD,
    drivers: [
      descriptor('generic', 'pcsc', [{ readerName: /./ }], 10),
      descriptor('vpcd', 'pcsc', [{ readerName: /^Virtual PCD/ }], 60),
    ],
    expected: 'vpcd',
  },
  {
    name: 'without score() a match scores 50',
    info: VPCD,
    drivers: [
      descriptor('low', 'pcsc', [{ readerName: /./ }], 49),
      descriptor('default', 'pcsc', [{ readerName: /./ }]),
      descriptor('lower', 'pcsc', [{ readerName: /./ }], 10),
    ],
    expected: 'default',
  },
  {
    name: 'a tie goes to the first listed',
    info: VPCD,
    drivers: [
      descriptor('first', 'pcsc', [{ readerName: /./ }]),
      descriptor('second', 'pcsc', [{ readerName: /./ }]),
    ],
    expected: 'first',
  },
  {
    name: 'score 0 means unsupported',
    info: VPCD,
    drivers: [descriptor('refuses', 'pcsc', [{ readerName: /./ }], 0)],
    expected: undefined,
  },
  {
    name: 'score() sees the port',
    info: VPCD,
    drivers: [
      descriptor('by-name', 'pcsc', [{ readerName: /./ }], info =>
        info.path.endsWith('00') ? 70 : 1,
      ),
      descriptor('default', 'pcsc', [{ readerName: /./ }]),
    ],
    expected: 'by-name',
  },
  {
    name: 'the allow list removes a better driver',
    info: VPCD,
    drivers: DRIVERS,
    allow: ['generic-pcsc-reader'],
    expected: 'generic-pcsc-reader',
  },
  {
    name: 'an empty allow list allows nothing',
    info: VPCD,
    drivers: DRIVERS,
    allow: [],
    expected: undefined,
  },
  { name: 'registry: vpcd reader', info: VPCD, drivers: DRIVERS, expected: 'vpcd-reader' },
  {
    name: 'registry: other reader',
    info: OTHER_READER,
    drivers: DRIVERS,
    expected: 'generic-pcsc-reader',
  },
  {
    name: 'registry: virtual fingerprint',
    info: FINGERPRINT,
    drivers: DRIVERS,
    expected: 'idstation-virtual-fingerprint',
  },
  { name: 'registry: unknown tty', info: TTY, drivers: DRIVERS, expected: undefined },
]

describe('matchDriver', function () {
  for (const { name, info, drivers, allow, expected } of CASES) {
    it(name, function () {
      assert.equal(matchDriver(info, drivers, allow)?.id, expected)
    })
  }

  it('is unaffected by a global RegExp state', function () {
    const pattern = /Virtual/g
    const drivers = [descriptor('vpcd', 'pcsc', [{ readerName: pattern }])]
    assert.equal(matchDriver(VPCD, drivers)?.id, 'vpcd')
    assert.equal(matchDriver(VPCD, drivers)?.id, 'vpcd')
    assert.equal(pattern.lastIndex, 0)
  })
})

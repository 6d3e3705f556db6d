import assert from 'node:assert/strict'
import {
  captureImpression,
  createFinger,
  encodeIso19794_2,
  encodeIso19794_2Views,
} from '../../../../simulators/fingerprint'

describe('simulators/fingerprint ISO/IEC 19794-2:2005 encoder', () => {
  it('lays out the 24-byte header, the view header, 6-byte minutiae and the extended length', () => {
    const record = encodeIso19794_2Views(
      320,
      400,
      [
        {
          position: 7,
          viewNumber: 1,
          impressionType: 0,
          quality: 83,
          minutiae: [
            // 90°: 64 units; a ridge ending is type 01.
            { x: 100, y: 200, angle: Math.PI / 2, type: 'ridge-ending', quality: 60 },
            // 180°: 128 units; a bifurcation is type 10.
            { x: 0x123, y: 0x0f0, angle: Math.PI, type: 'bifurcation', quality: 100 },
          ],
        },
      ],
      { captureDeviceType: 0x0abc },
    )
    const expected = [
      '464d5200 20323000', // "FMR\0" " 20\0"
      '0000002a', // 24 + 4 + 12 + 2 = 42
      '0abc', // certification 0, device type 0xabc
      '0140 0190', // 320 × 400
      '00c5 00c5', // 500 ppi = 197 px/cm
      '01 00', // one view, reserved
      '07 10 53 02', // left index, view 1 / plain live scan, quality 83, two minutiae
      '4064 00c8 40 3c', // (100, 200) ending, 64, 60: sorted by y, then x
      '8123 00f0 80 64', // (291, 240) bifurcation, 128, 100
      '0000', // no extended data
    ]
      .join('')
      .replaceAll(' ', '')
    assert.equal(record.toString('hex'), expected)
  })

  it('writes the capture it is given: position, quality and every reported minutia', () => {
    const capture = captureImpression(createFinger('iso', 9), 2, 'fair')
    const record = encodeIso19794_2(capture)
    assert.equal(record.readUInt32BE(8), record.length)
    assert.equal(record[24], 9)
    assert.equal(record[26], capture.quality)
    assert.equal(record[27], capture.minutiae.length)
    assert.equal(record.length, 24 + 4 + 6 * capture.minutiae.length + 2)
  })
})

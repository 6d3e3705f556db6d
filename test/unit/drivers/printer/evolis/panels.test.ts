import assert from 'node:assert/strict'
import { facePanels, panelBytes } from '../../../../../drivers/printer/evolis'
import type { RgbImage } from '../../../../../drivers/core/printer'

const WIDTH = 1016
const HEIGHT = 648

function image(paint: (x: number, y: number) => readonly number[]): RgbImage {
  const rgb = Buffer.alloc(WIDTH * HEIGHT * 3)
  for (let y = 0; y < HEIGHT; y += 1) {
    for (let x = 0; x < WIDTH; x += 1) rgb.set(paint(x, y), (y * WIDTH + x) * 3)
  }
  return { width: WIDTH, height: HEIGHT, rgb }
}

/** The `index`-th 5-bit value of a panel, most significant bit first. */
function fiveBit(data: Buffer, index: number): number {
  let value = 0
  for (let bit = index * 5; bit < index * 5 + 5; bit += 1) {
    value = (value << 1) | (((data[bit >> 3] ?? 0) >> (7 - (bit & 7))) & 1)
  }
  return value
}

describe('Evolis panel conversion', function () {
  it('makes Y, M, C at 5 bits, K and O at 1 bit, in ribbon order, full size', function () {
    const panels = facePanels(image(() => [255, 255, 255]))
    assert.deepEqual(
      panels.map(p => [p.panel, p.bits, p.data.length]),
      [
        ['y', 32, panelBytes(32)],
        ['m', 32, panelBytes(32)],
        ['c', 32, panelBytes(32)],
        ['k', 2, panelBytes(2)],
        ['o', 2, panelBytes(2)],
      ],
    )
    // White: no dye, no black, overlay everywhere.
    assert.ok(panels.slice(0, 4).every(p => p.data.every(byte => byte === 0)))
    assert.ok(panels[4]?.data.every(byte => byte === 0xff))
  })

  it('turns a colour into the densities of its complements', function () {
    const [y, m, c] = facePanels(image(() => [200, 40, 90]))
    // C = 255 − R = 55 → 7; M = 215 → 26; Y = 165 → 20 (of 31).
    assert.deepEqual(
      [fiveBit(c!.data, 1234), fiveBit(m!.data, 1234), fiveBit(y!.data, 1234)],
      [7, 26, 20],
    )
  })

  it('prints dark neutral dots on K only, and turns the face a quarter clockwise', function () {
    // One black pixel at the bottom-left corner of the face: panel line 0, dot 0.
    const panels = facePanels(
      image((x, y) => (x === 0 && y === HEIGHT - 1 ? [0, 0, 0] : [255, 255, 255])),
    )
    const k = panels[3]!.data
    assert.equal(k[0], 0x80)
    assert.equal(
      k.subarray(1).every(byte => byte === 0),
      true,
    )
    assert.equal(fiveBit(panels[2]!.data, 0), 0)
    // A dark but coloured dot stays in colour.
    const navy = facePanels(image(() => [0, 0, 80]))
    assert.equal(
      navy[3]!.data.every(byte => byte === 0),
      true,
    )
  })

  it('refuses an image of the wrong size', function () {
    assert.throws(() => facePanels({ width: 10, height: 10, rgb: Buffer.alloc(300) }), {
      code: 'INVALID_ARGUMENT',
    })
  })
})

import assert from 'node:assert/strict'
import { CELL_WIDTH, GLYPHS } from '../../../../../agent/cli/issuance/bitmap-font'
import { BLACK, Canvas, WHITE, type Colour } from '../../../../../agent/cli/issuance/raster'

const RED: Colour = [200, 10, 20]

function inked(canvas: Canvas, colour: Colour): Set<string> {
  const found = new Set<string>()
  for (let y = 0; y < canvas.height; y += 1) {
    for (let x = 0; x < canvas.width; x += 1) {
      if (canvas.pixel(x, y).every((value, i) => value === colour[i])) found.add(`${x},${y}`)
    }
  }
  return found
}

describe('agent/cli/issuance/raster', () => {
  it('fills a rectangle, clipped to the canvas, and nothing else', () => {
    const canvas = new Canvas(6, 4)
    canvas.fillRect(4, -1, 5, 3, RED)
    assert.deepEqual([...inked(canvas, RED)].sort(), ['4,0', '4,1', '5,0', '5,1'])
    assert.deepEqual(canvas.pixel(3, 0), WHITE)
    const image = canvas.toImage()
    assert.equal(image.rgb.length, 6 * 4 * 3)
  })

  it('draws text as scale × scale blocks exactly where the glyphs have ink', () => {
    const canvas = new Canvas(40, 20)
    canvas.text(1, 2, 'L7', 2, BLACK)
    const expected = new Set<string>()
    ;['L', '7'].forEach((character, index) => {
      GLYPHS.get(character)!.forEach((row, gy) => {
        row.forEach((ink, gx) => {
          if (!ink) return
          for (let dy = 0; dy < 2; dy += 1) {
            for (let dx = 0; dx < 2; dx += 1) {
              expected.add(`${1 + index * CELL_WIDTH * 2 + gx * 2 + dx},${2 + gy * 2 + dy}`)
            }
          }
        })
      })
    })
    assert.deepEqual(inked(canvas, BLACK), expected)
  })

  it('fills an ellipse symmetrically inside its bounds, and only the rows asked for', () => {
    const canvas = new Canvas(21, 21)
    canvas.fillEllipse(10.5, 10.5, 8, 5, RED)
    const pixels = inked(canvas, RED)
    assert.ok(pixels.has('10,10') && pixels.has('3,10') && pixels.has('17,10'))
    assert.ok(!pixels.has('1,10') && !pixels.has('10,4') && !pixels.has('10,16'))
    for (const key of pixels) {
      const [x, y] = key.split(',').map(Number) as [number, number]
      assert.ok(pixels.has(`${20 - x},${y}`) && pixels.has(`${x},${20 - y}`), key)
    }
    const half = new Canvas(21, 21)
    half.fillEllipse(10.5, 10.5, 8, 5, RED, 11)
    assert.ok([...inked(half, RED)].every(key => Number(key.split(',')[1]) >= 11))
  })

  it('refuses a canvas without pixels', () => {
    assert.throws(() => new Canvas(0, 5), RangeError)
    assert.throws(() => new Canvas(2.5, 5), RangeError)
  })
})

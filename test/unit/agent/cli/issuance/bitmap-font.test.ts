import assert from 'node:assert/strict'
import {
  CELL_WIDTH,
  fontCharacter,
  GLYPH_HEIGHT,
  GLYPH_WIDTH,
  GLYPHS,
  glyphFor,
  textWidth,
} from '../../../../../agent/cli/issuance/bitmap-font'

const REQUIRED = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789< .,-/:'"

describe('agent/cli/issuance/bitmap-font', () => {
  it('has a glyph of GLYPH_WIDTH × GLYPH_HEIGHT for every character names, dates and MRZs use', () => {
    for (const character of REQUIRED) {
      const glyph = GLYPHS.get(character)
      assert.ok(glyph !== undefined, `no glyph for ${JSON.stringify(character)}`)
      assert.equal(glyph.length, GLYPH_HEIGHT)
      for (const row of glyph) assert.equal(row.length, GLYPH_WIDTH)
    }
  })

  it('draws no two characters alike, so a template match reads text back unambiguously', () => {
    const seen = new Map<string, string>()
    for (const [character, glyph] of GLYPHS) {
      const key = glyph.map(row => row.map(inked => (inked ? '#' : '.')).join('')).join('/')
      assert.equal(seen.get(key), undefined, `${character} looks like ${String(seen.get(key))}`)
      seen.set(key, character)
    }
    // Only the space is blank; every other glyph carries ink.
    for (const [character, glyph] of GLYPHS) {
      assert.equal(glyph.flat().some(Boolean), character !== ' ', JSON.stringify(character))
    }
  })

  it('draws lower case as upper case and anything else as ?', () => {
    assert.equal(fontCharacter('a'), 'A')
    assert.equal(fontCharacter('<'), '<')
    assert.equal(fontCharacter('é'), '?')
    assert.equal(fontCharacter('#'), '?')
    assert.deepEqual(glyphFor('q'), GLYPHS.get('Q'))
  })

  it('measures text without the last character’s gap column', () => {
    assert.equal(textWidth('', 3), 0)
    assert.equal(textWidth('A', 1), GLYPH_WIDTH)
    assert.equal(textWidth('AB', 2), (CELL_WIDTH + GLYPH_WIDTH) * 2)
  })
})

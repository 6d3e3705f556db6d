import assert from 'node:assert/strict'
import { encodeCommand, encodeDownload, panelBytes } from '../../../../../drivers/printer/evolis'

describe('Evolis command framing', function () {
  it('frames ESC mnemonic ;params CR', function () {
    assert.equal(encodeCommand('Sis').toString('hex'), '1b5369730d')
    assert.equal(encodeCommand('Pem', ['4']).toString('latin1'), '\x1bPem;4\r')
    assert.equal(encodeCommand('Rlr', ['p']).toString('latin1'), '\x1bRlr;p\r')
  })

  it('refuses a mnemonic or parameter that would break the frame', function () {
    assert.throws(() => encodeCommand('S s'), RangeError)
    assert.throws(() => encodeCommand('Pc', ['k;=']), RangeError)
    assert.throws(() => encodeCommand('Pc', ['a\rb']), RangeError)
  })

  it('sizes panels as 648 × 1016 dots at the bits code’s depth', function () {
    assert.equal(panelBytes(2), 82_296)
    assert.equal(panelBytes(32), 411_480)
    assert.equal(panelBytes(64), 493_776)
    assert.equal(panelBytes(128), 576_072)
    assert.throws(() => panelBytes(3), RangeError)
  })

  it('frames a download with its bitmap verbatim, CR bytes included', function () {
    const data = Buffer.alloc(panelBytes(2), 0x0d)
    const frame = encodeDownload('k', 2, data)
    const header = Buffer.from('\x1bDb;k;2;', 'latin1')
    assert.deepEqual(frame.subarray(0, header.length), header)
    assert.equal(frame.length, header.length + data.length + 1)
    assert.equal(frame.at(-1), 0x0d)
    assert.throws(() => encodeDownload('k', 2, Buffer.alloc(10)), RangeError)
  })
})

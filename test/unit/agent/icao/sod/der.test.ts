import assert from 'node:assert/strict'
import type { DecodeFailure } from '../../../../../agent/icao/icao-error'
import { DerError, encodeDer, readDer, readDerChildren } from '../../../../../agent/icao/sod/der'
import { derSetOf, derUnsignedInteger } from '../../../../../agent/icao/sod/der-build'
import { decodeOidContent, encodeOidContent } from '../../../../../agent/icao/sod/der-oid'

const hex = (text: string) => Buffer.from(text.replace(/\s+/g, ''), 'hex')

describe('agent/icao/sod DER', function () {
  it('encodes and decodes the OIDs EF.SOD relies on (X.690 §8.19)', function () {
    const vectors: [string, string][] = [
      ['2.23.136.1.1.1', '67 81 08 01 01 01'],
      ['1.2.840.113549.1.7.2', '2A 86 48 86 F7 0D 01 07 02'],
      ['2.16.840.1.101.3.4.2.1', '60 86 48 01 65 03 04 02 01'],
      ['1.2.840.10045.4.3.2', '2A 86 48 CE 3D 04 03 02'],
      ['2.999.1', '88 37 01'],
    ]
    for (const [oid, content] of vectors) {
      assert.deepEqual(Buffer.from(encodeOidContent(oid)), hex(content), oid)
      assert.equal(decodeOidContent(hex(content)), oid, oid)
    }
    for (const bad of ['', '80 01', '2A 86']) {
      assert.throws(() => decodeOidContent(hex(bad)), DerError, bad)
    }
    for (const bad of ['1', '3.1', '1.40', '1..2', '1.2.x']) {
      assert.throws(() => encodeOidContent(bad), RangeError, bad)
    }
  })

  it('accepts only definite, shortest-form lengths inside the input', function () {
    assert.deepEqual([...readDer(hex('04 02 AA BB'), 0x04).value], [0xaa, 0xbb])
    const refused: [string, DecodeFailure][] = [
      ['30 80 00 00', 'indefinite-length'],
      ['04 81 05 0102030405', 'not-der'],
      ['04 82 00 80' + '00'.repeat(0x80), 'not-der'],
      ['04 84 00 00 00 01 00', 'length-too-long'],
      ['04 03 0102', 'truncated'],
      ['04', 'truncated'],
      ['', 'truncated'],
      ['5F FF FF 01 00', 'tag-too-long'],
      ['04 01 00 00', 'trailing-bytes'],
    ]
    for (const [bytes, reason] of refused) {
      assert.throws(
        () => readDer(hex(bytes)),
        (error: unknown) => error instanceof DerError && error.reason === reason,
        bytes,
      )
    }
    assert.throws(() => readDer(hex('04 00'), 0x30), /unexpected tag/)
    assert.throws(() => readDerChildren(readDer(hex('04 00'))), /primitive/)
  })

  it('reads two-byte ICAO tags and round-trips every length form', function () {
    const object = readDer(hex('5F1F 02 4142'))
    assert.equal(object.tag, 0x5f1f)
    for (const size of [0, 0x7f, 0x80, 0xff, 0x100, 0x10000]) {
      const value = Buffer.alloc(size, 7)
      const encoded = encodeDer(0x04, value)
      assert.deepEqual(Buffer.from(readDer(encoded, 0x04).value), value, String(size))
    }
    assert.deepEqual(Buffer.from(encodeDer(0x7f61, hex('00'))), hex('7F61 01 00'))
  })

  it('writes INTEGERs in their shortest two’s-complement form and SET OF in DER order', function () {
    assert.deepEqual(Buffer.from(derUnsignedInteger(hex('80'))), hex('02 02 0080'))
    assert.deepEqual(Buffer.from(derUnsignedInteger(hex('00 00 01'))), hex('02 01 01'))
    assert.deepEqual(Buffer.from(derUnsignedInteger(hex(''))), hex('02 01 00'))
    assert.deepEqual(Buffer.from(derUnsignedInteger(hex('00 FF'))), hex('02 02 00FF'))
    const set = derSetOf([hex('04 01 02'), hex('04 01 01'), hex('02 01 05')])
    assert.deepEqual(Buffer.from(set), hex('31 09 020105 040101 040102'))
  })
})

import assert from 'node:assert/strict'
import { AgentError } from '../../../../../drivers/core/errors'
import { IcaoDecodeError } from '../../../../../agent/icao/icao-error'
import { decodeDg11, dg11FullName, encodeDg11 } from '../../../../../agent/icao/lds'

const hex = (value: string) => Buffer.from(value.replace(/\s+/g, ''), 'hex')
const failsWith = (reason: string) => (error: unknown) =>
  error instanceof IcaoDecodeError && error.reason === reason

describe('agent/icao/lds DG11 in national characters', () => {
  it('encodes the Doc 9303-10 Appendix A.5 example byte for byte', () => {
    // The printed example declares 6B 63 and 5F12 0E; its own content is 0x60 and 0x0B long,
    // as other implementations (gmrtd) also note. These are the corrected bytes.
    const example = hex(`
      6B 60 5C 0A 5F0E 5F11 5F42 5F12 5F13
      5F0E 0D 534D4954483C3C4A4F484E3C4A
      5F11 0A 414E59544F574E3C4D4E
      5F42 17 313233204D41504C452052443C414E59544F574E3C4D4E
      5F12 0B 3136313235353531323132
      5F13 0C 54524156454C3C4147454E54`)
    const details = {
      fullName: dg11FullName('SMITH', 'JOHN J'),
      placeOfBirth: 'ANYTOWN<MN',
      address: '123 MAPLE RD<ANYTOWN<MN',
      telephone: '16125551212',
      profession: 'TRAVEL<AGENT',
    }
    assert.equal(details.fullName, 'SMITH<<JOHN<J')
    assert.deepEqual(encodeDg11(details), example)
    assert.deepEqual(decodeDg11(example), details)
  })

  it('writes an Arabic full name as UTF-8, two bytes a letter', () => {
    const dg11 = encodeDg11({ fullName: dg11FullName('علي', 'حسن') })
    assert.equal(dg11.toString('hex'), '6b155c025f0e5f0e0ed8b9d984d98a3c3cd8add8b3d986')
  })

  it('round-trips Arabic and Kurdish text in every text element', () => {
    const details = {
      fullName: dg11FullName('الرازي', 'ابو بكر محمد بن زكريا'),
      otherNames: [dg11FullName('الرازي', 'محمد'), dg11FullName('ڕەشید', 'شێرکۆ')],
      personalNumber: '١٩٧٤٠٨١٢',
      fullDateOfBirth: '1974-08-12',
      placeOfBirth: 'بغداد<العراق',
      address: 'شارع الرشيد ١٢<بغداد',
      profession: 'مهندسة',
    }
    assert.equal(details.fullName, 'الرازي<<ابو<بكر<محمد<بن<زكريا')
    assert.deepEqual(decodeDg11(encodeDg11(details)), details)
  })

  it('writes other names as A0 { 02 count, 5F0F … } and lists them as 5F0F', () => {
    const dg11 = encodeDg11({ fullName: 'A<<B', otherNames: ['C<<D'] })
    assert.equal(
      dg11.toString('hex'),
      '6b19' + '5c045f0e5f0f' + '5f0e04413c3c42' + 'a00a' + '020101' + '5f0f04433c3c44',
    )
    assert.deepEqual(encodeDg11({ fullName: 'A', otherNames: [] }), encodeDg11({ fullName: 'A' }))
  })

  it('also reads other names listed as A0, and refuses a malformed A0', () => {
    assert.deepEqual(decodeDg11(hex('6b15 5c035f0ea0 5f0e0141 a00a 020101 5f0f04433c3c44')), {
      fullName: 'A',
      otherNames: ['C<<D'],
    })
    const withOtherNames = (spaced: string) => {
      const inner = spaced.replace(/\s+/g, '')
      const body = hex(`5c025f0f a0${(inner.length / 2).toString(16).padStart(2, '0')}${inner}`)
      return Buffer.concat([hex(`6b${body.length.toString(16).padStart(2, '0')}`), body])
    }
    assert.deepEqual(decodeDg11(withOtherNames('020100')), { otherNames: [] })
    assert.throws(() => decodeDg11(withOtherNames('020102 5f0f0141')), failsWith('bad-value'))
    assert.throws(() => decodeDg11(withOtherNames('5f0f0141')), failsWith('missing-element'))
    assert.throws(() => decodeDg11(withOtherNames('020101 5f0e0141')), failsWith('unexpected-tag'))
    assert.throws(() => decodeDg11(withOtherNames('020101 5f0f01ff')), failsWith('not-utf8'))
  })

  it('refuses more than 255 other names and an empty one', () => {
    assert.throws(
      () => encodeDg11({ otherNames: Array.from({ length: 256 }, () => 'A') }),
      (error: unknown) => error instanceof AgentError && error.details.reason === 'too-long',
    )
    assert.throws(
      () => encodeDg11({ otherNames: [''] }),
      (error: unknown) => error instanceof AgentError && error.details.field === 'otherNames',
    )
  })
})

describe('agent/icao/lds dg11FullName', () => {
  it('joins the identifiers with << and the words of each with <', () => {
    assert.equal(dg11FullName('  عبد  الله ', 'محمد\tعلي'), 'عبد<الله<<محمد<علي')
    assert.equal(dg11FullName('ERIKSSON', 'ANNA MARIA'), 'ERIKSSON<<ANNA<MARIA')
  })

  it('is the primary alone without a secondary identifier, and needs a primary', () => {
    assert.equal(dg11FullName('الرازي', ' '), 'الرازي')
    assert.throws(
      () => dg11FullName(' ', 'محمد'),
      (error: unknown) =>
        error instanceof AgentError &&
        error.details.field === 'primary' &&
        error.details.reason === 'required',
    )
  })
})

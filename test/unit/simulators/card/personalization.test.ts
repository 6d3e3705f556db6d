import assert from 'node:assert/strict'
import {
  bacKeySeed,
  checkDigit,
  parseAaComponent,
  parseCreateFile,
  parseMrzSeed,
} from '../../../../simulators/card/personalization'
import vectors from '../../../fixtures/icao9303/appendix-d-bac.json'
import { mrzSeedData } from './apdus'

const hex = (value: string): Buffer => Buffer.from(value, 'hex')

describe('simulators/card personalization data', () => {
  it('computes the ICAO sample check digits', () => {
    assert.deepEqual(['L898902C3', '740812', '120415', 'D23145890'].map(checkDigit), [6, 2, 9, 7])
  })

  it('turns PUT DATA 62 into the Appendix D MRZ_information and key seed', () => {
    const mrz = parseMrzSeed(mrzSeedData('L898902C', '690806', '940623'))
    assert.equal(mrz, vectors.mrzInformation)
    assert.equal(bacKeySeed(mrz).toString('hex'), vectors.kSeed.toLowerCase())
  })

  it('keeps a TD1 overflow document number whole', () => {
    assert.equal(
      parseMrzSeed(mrzSeedData('D23145890734', '740812', '120415')),
      `D23145890734${checkDigit('D23145890734')}74081221204159`,
    )
    assert.equal(
      bacKeySeed('D23145890774081221204159').toString('hex'),
      '3c4e2edb7be894f54fa2cc9a04ef09d0',
    )
  })

  it('refuses malformed MRZ seeds', () => {
    assert.equal(parseMrzSeed(mrzSeedData('L898902C', '69086', '940623')), undefined)
    assert.equal(parseMrzSeed(mrzSeedData('l898902c', '690806', '940623')), undefined)
    assert.equal(parseMrzSeed(hex('6200')), undefined)
    assert.equal(parseMrzSeed(hex('630604010104010104')), undefined)
  })

  it('reads CREATE FILE and AA key data', () => {
    assert.deepEqual(parseCreateFile(hex('63040BB80101')), { size: 3000, fid: 0x0101 })
    assert.equal(parseCreateFile(hex('63030BB801')), undefined)
    assert.equal(parseAaComponent(0x60, hex('6004040201FF'))?.toString('hex'), '01ff')
    assert.equal(parseAaComponent(0x60, hex('6104040201FF')), undefined)
  })
})

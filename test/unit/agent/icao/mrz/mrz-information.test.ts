import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { AgentError } from '../../../../../drivers/core/errors'
import {
  bacSeedFields,
  buildMrz,
  mrzCheckDigit,
  mrzInformation,
  parseMrz,
  type Td1Input,
} from '../../../../../agent/icao/mrz'
import bac from '../../../../fixtures/icao9303/appendix-d-bac.json'
import specimens from '../../../../fixtures/icao9303/mrz-specimens.json'

const kSeed = (information: string) =>
  createHash('sha1')
    .update(information, 'ascii')
    .digest()
    .subarray(0, 16)
    .toString('hex')
    .toUpperCase()

describe('agent/icao/mrz mrzInformation', () => {
  it('computes check digits with weights 7 3 1 (Doc 9303-3 Appendix A)', () => {
    assert.equal(mrzCheckDigit('L898902C3'), 6)
    assert.equal(mrzCheckDigit('740812'), 2)
    assert.equal(mrzCheckDigit('120415'), 9)
    assert.equal(mrzCheckDigit('ZE184226B<<<<<'), 1)
    assert.equal(mrzCheckDigit('D23145890'), 7)
    assert.throws(() => mrzCheckDigit('L8989-2C3'), AgentError)
  })

  it('gives the TD1 specimen MRZ_information and its BAC key seed', () => {
    const parsed = parseMrz(specimens.td1.lines)
    assert.equal(mrzInformation(parsed.fields), specimens.td1.mrzInformation)
    assert.equal(kSeed(mrzInformation(parsed.fields)), specimens.td1.kSeed)
  })

  it('pads a short number with fillers, as in the Doc 9303-11 Appendix D worked example', () => {
    const fields = { documentNumber: 'L898902C', dateOfBirth: '690806', dateOfExpiry: '940623' }
    assert.equal(mrzInformation(fields), bac.mrzInformation)
    assert.equal(kSeed(mrzInformation(fields)), bac.kSeed)
    assert.deepEqual(bacSeedFields(fields), { ...fields, documentNumber: 'L898902C<' })
  })

  it('keeps the whole TD1 overflow number and its own check digit', () => {
    const input = { ...specimens.td1.input, documentNumber: 'D231458907AB' } as Td1Input
    const built = buildMrz(input)
    assert.equal(
      mrzInformation(built.fields),
      `D231458907AB${mrzCheckDigit('D231458907AB')}74081221204159`,
    )
    assert.equal(mrzInformation(parseMrz(built.lines).fields), mrzInformation(built.fields))
    assert.equal(bacSeedFields(built.fields).documentNumber, 'D231458907AB')
  })

  it('refuses fields that cannot be in an MRZ, naming the field only', () => {
    const good = { documentNumber: 'L898902C', dateOfBirth: '690806', dateOfExpiry: '940623' }
    for (const [change, field] of [
      [{ documentNumber: 'l898902c' }, 'documentNumber'],
      [{ documentNumber: '' }, 'documentNumber'],
      [{ dateOfBirth: '1969-08-06' }, 'dateOfBirth'],
      [{ dateOfExpiry: '94062' }, 'dateOfExpiry'],
    ] as const) {
      assert.throws(
        () => mrzInformation({ ...good, ...change }),
        (error: unknown) => error instanceof AgentError && error.details.field === field,
      )
    }
  })
})

import assert from 'node:assert/strict'
import { AgentError } from '../../../../../drivers/core/errors'
import { buildMrz, mrzInformation, parseMrz, type MrzInput } from '../../../../../agent/icao/mrz'

/**
 * Errors reach logs and the wire, so they name a field and a reason and never hold the value:
 * each bad input below carries a distinctive fragment that must not appear anywhere in the error.
 */
const base: MrzInput = {
  format: 'TD3',
  documentCode: 'P',
  issuingState: 'UTO',
  nationality: 'UTO',
  primaryIdentifier: 'QWERTYSON',
  secondaryIdentifier: 'ZORBA',
  documentNumber: 'QX7731',
  dateOfBirth: '1981-07-13',
  sex: 'F',
  dateOfExpiry: '2031-07-12',
}

const cases: [string, MrzInput, string][] = [
  ['an accented name', { ...base, secondaryIdentifier: 'ZORBÁ JUXTAPÖZ' }, 'JUXTAP'],
  ['digits in a name', { ...base, primaryIdentifier: 'QWERTYSON 3RD' }, 'QWERTYSON'],
  ['a bad document number', { ...base, documentNumber: 'QX77-31' }, 'QX77'],
  ['an impossible birth date', { ...base, dateOfBirth: '1981-02-30' }, '1981'],
  ['expiry before birth', { ...base, dateOfExpiry: '1979-11-23' }, '1979'],
  ['a long personal number', { ...base, personalNumber: 'QPERSONAL98765X' }, 'QPERSONAL'],
]

function serialized(error: AgentError): string {
  return JSON.stringify({ message: error.message, details: error.details, stack: error.stack })
}

describe('agent/icao/mrz errors carry no personal data', () => {
  for (const [name, input, secret] of cases) {
    it(name, () => {
      assert.throws(
        () => buildMrz(input),
        (error: unknown) => {
          assert.ok(error instanceof AgentError)
          assert.equal(error.code, 'INVALID_ARGUMENT')
          assert.equal(typeof error.details.field, 'string')
          assert.equal(typeof error.details.reason, 'string')
          assert.ok(!serialized(error).includes(secret), serialized(error))
          return true
        },
      )
    })
  }

  it('when the MRZ text itself is refused', () => {
    const lines = ['P<UTOQWERTYSON<<ZORBA<<<<<<<<<<<<<<<<<<<<<<<<', 'qx7731']
    assert.throws(
      () => parseMrz(lines),
      (error: unknown) => error instanceof AgentError && !serialized(error).includes('QWERTYSON'),
    )
    assert.throws(
      () =>
        mrzInformation({
          documentNumber: 'QX77-31',
          dateOfBirth: '810713',
          dateOfExpiry: '310712',
        }),
      (error: unknown) => error instanceof AgentError && !serialized(error).includes('QX77'),
    )
  })
})

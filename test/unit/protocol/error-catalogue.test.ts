import assert from 'node:assert/strict'
import { ERROR_CATALOGUE, ERROR_CODES } from '../../../drivers/core/error-codes'
import { AgentError } from '../../../drivers/core/errors'
import { codeForNumber, toWireError } from '../../../agent/server/error-mapping'
import { errorCodeName, errorCodeNumber, v1 } from '../../../protocol'

describe('error catalogue', () => {
  const wireNames = Object.keys(v1.ErrorCode).filter(
    name => Number.isNaN(Number(name)) && name !== 'ERROR_CODE_UNSPECIFIED',
  )

  it('has exactly the ErrorCode names of errors.proto, each less its ERROR_CODE_ prefix', () => {
    // protobuf style (and protoc's C++ scoping) prefixes every enum value with its enum's name.
    assert.ok(wireNames.every(name => name.startsWith('ERROR_CODE_')))
    assert.deepEqual(
      [...ERROR_CODES].sort(),
      wireNames.map(name => name.slice('ERROR_CODE_'.length)).sort(),
    )
  })

  for (const code of ERROR_CODES) {
    it(`${code} has the number the schema gives it and maps back`, () => {
      const wire = v1.ErrorCode[`ERROR_CODE_${code}` as keyof typeof v1.ErrorCode]
      assert.equal(ERROR_CATALOGUE[code].number, wire)
      assert.equal(errorCodeNumber(code), wire)
      assert.equal(errorCodeName(wire), code)
      assert.equal(codeForNumber(wire), code)
      const encoded = toWireError(new AgentError(code, 'x', { details: { step: 's', n: 3 } }))
      assert.equal(encoded.code, wire)
      assert.equal(encoded.retryable, ERROR_CATALOGUE[code].retryable)
      assert.deepEqual(encoded.details, { step: 's', n: '3' })
    })
  }

  it('hides the text of unexpected failures', () => {
    const encoded = toWireError(new Error('secret path /home/x'))
    assert.equal(encoded.code, v1.ErrorCode.ERROR_CODE_INTERNAL)
    assert.equal(encoded.message, 'internal error')
  })
})

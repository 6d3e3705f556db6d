import assert from 'node:assert/strict'
import fc from 'fast-check'
import { verifyPassiveAuthentication } from '../../../../../agent/icao/passive-auth'
import { buildSod, parseSod } from '../../../../../agent/icao/sod'
import { IcaoDecodeError } from '../../../../../agent/icao/icao-error'
import { AgentError } from '../../../../../drivers/core/errors'
import { createSodFixture, fixtureDataGroups, FIXTURE_NOW } from '../../../../support/sod-fixture'

/** parseSod's contract: a value or an IcaoDecodeError (an AgentError), whatever the bytes. */
function parsesOrRefuses(bytes: Uint8Array): void {
  try {
    parseSod(bytes)
  } catch (error) {
    assert.ok(error instanceof IcaoDecodeError, `threw ${String(error)}`)
    assert.ok(error instanceof AgentError)
    assert.equal(error.code, 'INVALID_ARGUMENT')
  }
}

type Mutation =
  | { readonly kind: 'flip'; readonly at: number; readonly mask: number }
  | { readonly kind: 'truncate'; readonly at: number }
  | { readonly kind: 'insert'; readonly at: number; readonly bytes: Uint8Array }
  | { readonly kind: 'delete'; readonly at: number; readonly count: number }

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.nat(),
    mask: fc.integer({ min: 1, max: 255 }),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 4 }),
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    at: fc.nat(),
    count: fc.integer({ min: 1, max: 4 }),
  }),
)

function mutate(sod: Uint8Array, change: Mutation): Uint8Array {
  const at = change.at % sod.length
  const copy = Buffer.from(sod)
  switch (change.kind) {
    case 'flip':
      copy[at] = (copy[at] ?? 0) ^ change.mask
      return copy
    case 'truncate':
      return copy.subarray(0, at)
    case 'insert':
      return Buffer.concat([copy.subarray(0, at), change.bytes, copy.subarray(at)])
    case 'delete':
      return Buffer.concat([copy.subarray(0, at), copy.subarray(at + change.count)])
  }
}

describe('agent/icao/sod parseSod on outside bytes', function () {
  let sod: Uint8Array
  let trustAnchor: Uint8Array

  before(async function () {
    const fixture = createSodFixture()
    trustAnchor = fixture.csca.certificate
    sod = await buildSod({
      hashAlgorithm: 'sha256',
      dataGroups: fixtureDataGroups(),
      signer: fixture.signer,
      signingTime: FIXTURE_NOW,
    })
  })

  it('returns a value or an IcaoDecodeError for random bytes', function () {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 600 }), parsesOrRefuses), { numRuns: 500 })
    const wrapped = fc
      .uint8Array({ maxLength: 120 })
      .map(body => Buffer.concat([Buffer.of(0x77, body.length), body]))
    fc.assert(fc.property(wrapped, parsesOrRefuses), { numRuns: 300 })
  })

  it('returns a value or an IcaoDecodeError for a mutated valid EF.SOD', function () {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), changes => {
        parsesOrRefuses(changes.reduce(mutate, sod))
      }),
      { numRuns: 500 },
    )
  })

  it('passive authentication reports a mutated EF.SOD as a value, never an exception', function () {
    const dataGroups = fixtureDataGroups()
    fc.assert(
      fc.property(mutation, change => {
        const result = verifyPassiveAuthentication({
          sod: mutate(sod, change),
          dataGroups,
          trustAnchors: [trustAnchor],
          at: FIXTURE_NOW,
        })
        assert.equal(typeof result.passed, 'boolean')
        assert.ok(result.checks.length > 0)
      }),
      { numRuns: 200 },
    )
  })
})

import assert from 'node:assert/strict'
import { AgentError } from '../../../../drivers/core/errors'
import { CommandApdu, ResponseApdu } from '../../../../drivers/smartcard/apdu'
import {
  bacKeySeed,
  buildExternalAuthenticateData,
  completeBac,
  deriveBacKeys,
  performBac,
  type RandomSource,
} from '../../../../drivers/smartcard/bac'
import { BacError, type BacFailure } from '../../../../drivers/smartcard/bac-error'
import {
  type BacSender,
  externalAuthenticateCommand,
  getChallengeCommand,
} from '../../../../drivers/smartcard/bac-sender'
import { des3CbcEncrypt } from '../../../../drivers/smartcard/crypto/des3'
import { padIso9797Method2 } from '../../../../drivers/smartcard/crypto/padding'
import { retailMac } from '../../../../drivers/smartcard/crypto/retail-mac'
import bac from '../../../fixtures/icao9303/appendix-d-bac.json'

const hex = (value: string): Buffer => Buffer.from(value, 'hex')
const lower = (value: string): string => value.toLowerCase()

const nonces = { rndIc: hex(bac.rndIc), rndIfd: hex(bac.rndIfd), kIfd: hex(bac.kIfd) }
const keys = { kEnc: hex(bac.kEnc), kMac: hex(bac.kMac) }

/**
 * A card that replays Appendix D.3: it checks each command APDU byte for byte against the
 * published one and answers with the published response.
 */
class ScriptedCard implements BacSender {
  readonly sent: string[] = []
  constructor(private readonly answers: Record<string, string>) {}

  private exchange(command: CommandApdu): Uint8Array {
    const encoded = command.encode().toString('hex')
    this.sent.push(encoded)
    const answer = this.answers[encoded]
    if (answer === undefined) throw new Error(`unscripted command ${encoded}`)
    const response = ResponseApdu.parse(hex(answer))
    assert.equal(response.sw, 0x9000)
    return response.data
  }

  getChallenge(): Promise<Uint8Array> {
    return Promise.resolve(this.exchange(getChallengeCommand()))
  }

  externalAuthenticate(data: Uint8Array): Promise<Uint8Array> {
    return Promise.resolve(this.exchange(externalAuthenticateCommand(data)))
  }
}

/** Hands out RND.IFD then K.IFD, as performBac draws them. */
function scriptedRandom(...values: string[]): RandomSource {
  return (length: number) => {
    const next = values.shift()
    assert.ok(next !== undefined, 'performBac drew more random bytes than BAC needs')
    assert.equal(next.length / 2, length)
    return hex(next)
  }
}

const appendixD = (): ScriptedCard =>
  new ScriptedCard({
    [lower(bac.getChallenge)]: `${bac.rndIc}9000`,
    [lower(bac.externalAuthenticate)]: bac.externalAuthenticateResponse,
  })

const isBacError =
  (reason: BacFailure) =>
  (e: unknown): boolean =>
    e instanceof BacError && e.code === 'UNAUTHENTICATED' && e.details['reason'] === reason

/** A chip answer built with the pinned primitives, so one field at a time can be wrong. */
function chipAnswer(r: Buffer): Buffer {
  const cryptogram = des3CbcEncrypt(keys.kEnc, r)
  return Buffer.concat([cryptogram, retailMac(keys.kMac, padIso9797Method2(cryptogram))])
}

describe('drivers/smartcard/bac', () => {
  describe('keys from the MRZ', () => {
    const seeds = [
      { name: 'TD3 specimen (D.2)', mrz: bac.mrzInformation, seed: bac.kSeed },
      // Doc 9303 Part 11 TD1 specimen, recomputed in the shared ICAO reference §1.
      {
        name: 'TD1 specimen',
        mrz: 'D23145890774081221204159',
        seed: '3C4E2EDB7BE894F54FA2CC9A04EF09D0',
      },
    ]
    for (const row of seeds) {
      it(`derives K.seed of the ${row.name}`, () => {
        assert.equal(bacKeySeed(row.mrz).toString('hex'), lower(row.seed))
      })
    }

    it('derives K.enc and K.mac (D.2)', () => {
      const derived = deriveBacKeys(bac.mrzInformation)
      assert.equal(derived.kEnc.toString('hex'), lower(bac.kEnc))
      assert.equal(derived.kMac.toString('hex'), lower(bac.kMac))
    })

    for (const bad of [
      '',
      'L898902C<36908061940623',
      'l898902C<369080619406236',
      'L898902C<36908061940623X',
    ]) {
      it(`rejects MRZ information ${JSON.stringify(bad)} without echoing it`, () => {
        assert.throws(
          () => deriveBacKeys(bad),
          (e: unknown) =>
            e instanceof AgentError &&
            e.code === 'INVALID_ARGUMENT' &&
            (bad === '' || !e.message.includes(bad)) &&
            e.details['length'] === bad.length,
        )
      })
    }
  })

  describe('mutual authentication (D.3)', () => {
    it('builds E.IFD ‖ M.IFD', () => {
      assert.equal(
        buildExternalAuthenticateData(keys, nonces).toString('hex'),
        lower(bac.eIfd + bac.mIfd),
      )
    })

    it('builds the published GET CHALLENGE and EXTERNAL AUTHENTICATE APDUs', () => {
      assert.equal(getChallengeCommand().encode().toString('hex'), lower(bac.getChallenge))
      const data = buildExternalAuthenticateData(keys, nonces)
      assert.equal(
        externalAuthenticateCommand(data).encode().toString('hex'),
        lower(bac.externalAuthenticate),
      )
    })

    it('verifies E.IC ‖ M.IC and derives KS.enc, KS.mac and the SSC', () => {
      const session = completeBac(keys, nonces, hex(bac.eIc + bac.mIc))
      assert.equal(session.ksEnc.toString('hex'), lower(bac.ksEnc))
      assert.equal(session.ksMac.toString('hex'), lower(bac.ksMac))
      assert.equal(session.ssc.toString('hex'), lower(bac.ssc))
    })

    const refusals: { name: string; response: () => Buffer; reason: BacFailure }[] = [
      {
        name: 'a 39-byte answer',
        response: () => hex(bac.eIc + bac.mIc).subarray(1),
        reason: 'bad-length',
      },
      {
        name: 'a flipped MAC bit',
        response: () => {
          const answer = hex(bac.eIc + bac.mIc)
          answer[39] = (answer[39] ?? 0) ^ 0x80
          return answer
        },
        reason: 'wrong-mac',
      },
      {
        name: 'an answer that echoes another RND.IC',
        response: () => chipAnswer(hex(`0000000000000000${bac.rndIfd}${bac.kIc}`)),
        reason: 'nonce-mismatch',
      },
      {
        name: 'an answer that echoes another RND.IFD',
        response: () => chipAnswer(hex(`${bac.rndIc}0000000000000000${bac.kIc}`)),
        reason: 'nonce-mismatch',
      },
    ]
    for (const row of refusals) {
      it(`refuses ${row.name}`, () => {
        assert.throws(() => completeBac(keys, nonces, row.response()), isBacError(row.reason))
      })
    }

    it('accepts a hand-built answer carrying the published R', () => {
      const session = completeBac(keys, nonces, chipAnswer(hex(bac.r)))
      assert.equal(session.ksEnc.toString('hex'), lower(bac.ksEnc))
    })

    for (const field of ['rndIc', 'rndIfd', 'kIfd'] as const) {
      it(`rejects a ${field} of the wrong length`, () => {
        assert.throws(
          () => buildExternalAuthenticateData(keys, { ...nonces, [field]: Buffer.alloc(7) }),
          (e: unknown) =>
            e instanceof AgentError &&
            e.code === 'INVALID_ARGUMENT' &&
            e.details['field'] === field,
        )
      })
    }
  })

  describe('performBac', () => {
    it('replays the Appendix D.3 exchange and ends with the published session', async () => {
      const card = appendixD()
      const session = await performBac(
        card,
        bac.mrzInformation,
        scriptedRandom(bac.rndIfd, bac.kIfd),
      )
      assert.deepEqual(card.sent, [lower(bac.getChallenge), lower(bac.externalAuthenticate)])
      assert.equal(session.ksEnc.toString('hex'), lower(bac.ksEnc))
      assert.equal(session.ksMac.toString('hex'), lower(bac.ksMac))
      assert.equal(session.ssc.toString('hex'), lower(bac.ssc))
    })

    it('fails with wrong-mac when the MRZ is not the chip’s', async () => {
      const card: BacSender = {
        getChallenge: () => Promise.resolve(hex(bac.rndIc)),
        externalAuthenticate: () => Promise.resolve(hex(bac.eIc + bac.mIc)),
      }
      await assert.rejects(
        performBac(card, 'L898902C<369080619406244', scriptedRandom(bac.rndIfd, bac.kIfd)),
        isBacError('wrong-mac'),
      )
    })

    it('fails with bad-challenge on a short RND.IC and sends nothing more', async () => {
      let authenticated = false
      const card: BacSender = {
        getChallenge: () => Promise.resolve(hex('01020304')),
        externalAuthenticate: () => {
          authenticated = true
          return Promise.resolve(Buffer.alloc(0))
        },
      }
      await assert.rejects(performBac(card, bac.mrzInformation), isBacError('bad-challenge'))
      assert.equal(authenticated, false)
    })

    it('passes on the sender’s rejection', async () => {
      const failure = new Error('card removed')
      const card: BacSender = {
        getChallenge: () => Promise.reject(failure),
        externalAuthenticate: () => Promise.resolve(Buffer.alloc(0)),
      }
      await assert.rejects(performBac(card, bac.mrzInformation), (e: unknown) => e === failure)
    })

    it('draws fresh nonces by default', async () => {
      const seen: Buffer[] = []
      const card: BacSender = {
        getChallenge: () => Promise.resolve(hex(bac.rndIc)),
        externalAuthenticate: data => {
          seen.push(Buffer.from(data))
          return Promise.resolve(hex(bac.eIc + bac.mIc))
        },
      }
      await assert.rejects(performBac(card, bac.mrzInformation), isBacError('nonce-mismatch'))
      await assert.rejects(performBac(card, bac.mrzInformation), isBacError('nonce-mismatch'))
      assert.equal(seen.length, 2)
      assert.notDeepEqual(seen[0], seen[1])
    })
  })
})

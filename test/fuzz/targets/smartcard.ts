import fc from 'fast-check'
import { ResponseApdu } from '../../../drivers/smartcard/apdu'
import { parseAtr } from '../../../drivers/smartcard/atr'
import { completeBac, deriveBacKeys, type BacNonces } from '../../../drivers/smartcard/bac'
import { BacError } from '../../../drivers/smartcard/bac-error'
import { des3CbcEncrypt } from '../../../drivers/smartcard/crypto/des3'
import { padIso9797Method2 } from '../../../drivers/smartcard/crypto/padding'
import { retailMac } from '../../../drivers/smartcard/crypto/retail-mac'
import {
  AesSmCipher,
  decodeDataObjects,
  Des3SmCipher,
  encodeDataObject,
  SecureMessagingError,
  SM_TAG,
  SmWrapper,
  type SmCipher,
} from '../../../drivers/smartcard/secure-messaging'
import { describeStatusWord, StatusWordError } from '../../../drivers/smartcard/status-words'
import { agentError } from '../accept'
import { target } from '../harness'
import { applyMutation, mutation, outsideBytes } from '../mutate'

const hex = (text: string) => Buffer.from(text, 'hex')

/** A reader's answer: data ‖ SW1 SW2, then what a caller reads from it. */
export const responseApdu = target<Buffer>({
  name: 'smartcard.response-apdu',
  arbitrary: () => outsideBytes([hex('9000'), hex('6a82'), hex('0102030405069000'), hex('61ff')]),
  run: bytes => {
    const response = ResponseApdu.parse(bytes)
    describeStatusWord(response.sw)
    if (response.sw !== 0x9000) throw new StatusWordError(response.sw, { step: 'fuzz' })
    return response.data
  },
  accept: error => error instanceof StatusWordError || agentError(['INVALID_ARGUMENT'])(error),
})

export const atr = target<Buffer>({
  name: 'smartcard.atr',
  arbitrary: () =>
    outsideBytes([
      hex('3b8f8001804f0ca000000306030001000000006a'),
      hex('3bf81300008131fe454a434f5076323431b7'),
      hex('3b00'),
      hex('3f6525082004689000'),
      hex('3bdf18ff81f1fe43003f03834d4946415245204465534669726520656d756c6174696f6e4a'),
    ]),
  run: bytes => parseAtr(bytes),
  accept: agentError(['INVALID_ARGUMENT']),
})

export const smDataObjects = target<Buffer>({
  name: 'smartcard.sm-data-objects',
  arbitrary: () =>
    outsideBytes([
      hex('8709016f1f2ea41b5a33c0990290008e08a1b2c3d4e5f60718'),
      Buffer.concat([encodeDataObject(0x87, Buffer.alloc(300, 1)), hex('99029000')]),
      Buffer.concat([encodeDataObject(0x85, Buffer.alloc(70000, 2))]),
    ]),
  run: bytes => decodeDataObjects(bytes),
  accept: agentError(['BAD_STATE'], SecureMessagingError),
})

interface SmRecipe {
  /** Objects before DO'8E', each a tag and a value (DO'87' values are encrypted below). */
  readonly objects: readonly { tag: number; value: Uint8Array; pad: boolean }[]
  /** Mutations applied after the MAC is computed: the MAC then fails, or the layout breaks. */
  readonly after: readonly Parameters<typeof applyMutation>[1][]
  readonly sw: number
}

const SM_TAGS = [
  SM_TAG.ENCRYPTED_WITH_INDICATOR,
  SM_TAG.ENCRYPTED_ODD_INS,
  SM_TAG.STATUS,
  SM_TAG.EXPECTED_LENGTH,
  SM_TAG.MAC,
  0x81,
]

/**
 * Protected responses whose MAC verifies (so the fuzzer reaches the DO'99' and decryption
 * checks), some of them then mutated; the wrapper's first unwrap runs with SSC 1.
 */
function protectedResponses(cipher: SmCipher): fc.Arbitrary<{ data: Buffer; sw: number }> {
  const block = cipher.blockSize
  const recipe: fc.Arbitrary<SmRecipe> = fc.record({
    objects: fc.array(
      fc.record({
        tag: fc.constantFrom(...SM_TAGS),
        value: fc.uint8Array({ maxLength: 40 }),
        pad: fc.boolean(),
      }),
      { maxLength: 4 },
    ),
    after: fc.oneof(
      { weight: 3, arbitrary: fc.constant([]) },
      { weight: 1, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 2 }) },
    ),
    sw: fc.constantFrom(0x9000, 0x6282, 0x6a82),
  })
  const ssc = Buffer.alloc(block)
  ssc[block - 1] = 1
  return recipe.map(({ objects, after, sw }) => {
    const encoded = objects.map(({ tag, value, pad }) => {
      if (tag === SM_TAG.STATUS && value.length === 0) {
        return encodeDataObject(tag, Buffer.from([sw >> 8, sw & 0xff]))
      }
      if (tag !== SM_TAG.ENCRYPTED_WITH_INDICATOR && tag !== SM_TAG.ENCRYPTED_ODD_INS) {
        return encodeDataObject(tag, value)
      }
      // Well padded plaintext, or whole blocks of noise whose padding decrypts to anything.
      const plain = pad ? padIso9797Method2(value, block) : Buffer.alloc(block, value[0] ?? 0)
      const encrypted = cipher.encrypt(ssc, plain)
      return encodeDataObject(
        tag,
        tag === SM_TAG.ENCRYPTED_WITH_INDICATOR
          ? Buffer.concat([Buffer.of(1), encrypted])
          : encrypted,
      )
    })
    const mac = cipher.mac(padIso9797Method2(Buffer.concat([ssc, ...encoded]), block))
    const data = after.reduce<Buffer>(
      (bytes, change) => applyMutation(bytes, change),
      Buffer.concat([...encoded, encodeDataObject(SM_TAG.MAC, mac)]),
    )
    return { data, sw }
  })
}

function smUnwrap(name: string, cipher: SmCipher) {
  return target<{ data: Buffer; sw: number }>({
    name,
    arbitrary: () =>
      fc.oneof(
        { weight: 3, arbitrary: protectedResponses(cipher) },
        {
          weight: 1,
          arbitrary: fc
            .tuple(fc.uint8Array({ maxLength: 80 }), fc.integer({ min: 0, max: 0xffff }))
            .map(([data, sw]) => ({ data: Buffer.from(data), sw })),
        },
      ),
    run: ({ data, sw }) =>
      new SmWrapper(cipher, Buffer.alloc(cipher.blockSize)).unwrap(new ResponseApdu(data, sw)),
    accept: agentError(['BAD_STATE'], SecureMessagingError),
  })
}

export const smUnwrap3des = smUnwrap(
  'smartcard.sm-unwrap-3des',
  new Des3SmCipher(
    hex('979ec13b1cbfe9dcd01ab0fed307eae5'),
    hex('f1cb1f1fb5adf208806b89dc579dc1f8'),
  ),
)

export const smUnwrapAes = smUnwrap(
  'smartcard.sm-unwrap-aes',
  new AesSmCipher(hex('2f7f46adcc9e7e521b45d192faface94'), hex('805a1d27d45a5116f73c54469462b7d8')),
)

/** The chip's EXTERNAL AUTHENTICATE answer: E.IC ‖ M.IC under the MRZ keys. */
export const bacAnswer = target<Buffer>({
  name: 'smartcard.bac-answer',
  arbitrary: () => {
    const keys = deriveBacKeys('L898902C<369080619406236')
    const nonces = bacNonces()
    const cryptogram = des3CbcEncrypt(
      keys.kEnc,
      Buffer.concat([nonces.rndIc, nonces.rndIfd, hex('0b4f80323eb3191cb04970cb4052790b')]),
    )
    const valid = Buffer.concat([cryptogram, retailMac(keys.kMac, padIso9797Method2(cryptogram))])
    return outsideBytes([valid], 48)
  },
  run: bytes => completeBac(deriveBacKeys('L898902C<369080619406236'), bacNonces(), bytes),
  accept: error => error instanceof BacError,
})

function bacNonces(): BacNonces {
  return {
    rndIc: hex('4608f91988702212'),
    rndIfd: hex('781723860c06c226'),
    kIfd: hex('0b795240cb7049b01c19b33e32804f0b'),
  }
}

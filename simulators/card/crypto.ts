/**
 * The one door from the simulator into driver code: the crypto primitives that ARCHITECTURE.md
 * allows, because published vectors pin them (eslint refuses any other driver import here).
 */
export { des3CbcDecrypt, des3CbcEncrypt } from '../../drivers/smartcard/crypto/des3'
export { deriveKey, KDF_COUNTER } from '../../drivers/smartcard/crypto/kdf'
export { padIso9797Method2, unpadIso9797Method2 } from '../../drivers/smartcard/crypto/padding'
export { retailMac } from '../../drivers/smartcard/crypto/retail-mac'

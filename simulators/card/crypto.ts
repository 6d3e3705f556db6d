/**
 * The one door from the simulator into driver code: the crypto primitives that ARCHITECTURE.md
 * allows, because published vectors pin them. The lint rule's exception for them cannot apply
 * (gitignore semantics do not re-include files below an excluded `drivers/` directory), hence the
 * disables here and nowhere else.
 */
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- pinned primitive, allowed
export { des3CbcDecrypt, des3CbcEncrypt } from '../../drivers/smartcard/crypto/des3'
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- pinned primitive, allowed
export { deriveKey, KDF_COUNTER } from '../../drivers/smartcard/crypto/kdf'
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- pinned primitive, allowed
export { padIso9797Method2, unpadIso9797Method2 } from '../../drivers/smartcard/crypto/padding'
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- pinned primitive, allowed
export { retailMac } from '../../drivers/smartcard/crypto/retail-mac'

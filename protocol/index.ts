export * from './messages'
export { helloProof, sharedSecret } from './session-proof'
export { isZ85Key, z85Decode, z85Encode } from './z85'
export * from './client'

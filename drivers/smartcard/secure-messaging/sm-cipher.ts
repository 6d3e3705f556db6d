/**
 * The algorithm-specific half of secure messaging: 3DES after BAC, AES after PACE. The wrapper
 * owns the send sequence counter and the data-object layout; a cipher only transforms bytes.
 * Implementations are stateless and may be shared.
 */
export interface SmCipher {
  /** Cipher block size in bytes; also the SSC length and the padding block. */
  readonly blockSize: number
  /** Encrypts padded data for the command or response counted by `ssc`. */
  encrypt(ssc: Uint8Array, paddedData: Uint8Array): Buffer
  /** Decrypts; the output keeps its padding. */
  decrypt(ssc: Uint8Array, encrypted: Uint8Array): Buffer
  /** The 8-byte cryptographic checksum of already padded input (SSC included by the caller). */
  mac(paddedInput: Uint8Array): Buffer
}

/**
 * The signature schemes a Document Signer may use. ECDSA on P-256 is the main path; RSA
 * PKCS#1 v1.5 exists because many CSCAs still issue RSA Document Signer certificates.
 */
export type DocumentSignatureAlgorithm = 'ecdsa-p256-sha256' | 'rsa-pkcs1-sha256'

/**
 * The Document Signer as EF.SOD building sees it: a certificate and a key that signs. The key may
 * sit in an HSM (PKCS#11) or in a development key file; this type carries no I/O so the pure
 * `agent/icao` code can depend on it.
 *
 * Contract:
 * - `certificate()` returns the DER X.509 certificate whose public key verifies `sign`'s output.
 * - `sign(message)` hashes `message` with the hash `algorithm` names, signs the hash and returns
 *   the signature as CMS carries it (ECDSA: DER `ECDSA-Sig-Value`; RSA: the raw block). The
 *   message for EF.SOD is DER(signedAttrs), about 100 bytes. Calls may overlap; an
 *   implementation serialises them if its key cannot sign concurrently. Rejects with
 *   `AgentError('SIGNER_UNAVAILABLE')` when the key cannot sign now.
 * - `close()` releases the key (logs out of the token); `sign` after `close` rejects.
 */
export interface DocumentSigner {
  readonly algorithm: DocumentSignatureAlgorithm
  certificate(): Uint8Array
  sign(message: Uint8Array): Promise<Uint8Array>
  close(): Promise<void>
}

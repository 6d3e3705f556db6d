import { KeyObjectSigner } from '../../agent/signer/key-object-signer'
import {
  createTestCsca,
  createTestDocumentSigner,
  type TestCsca,
} from '../../agent/signer/test-pki/test-pki'

/** A fixed moment so validity checks do not depend on the day the tests run. */
export const FIXTURE_NOW = new Date('2030-06-15T12:00:00Z')

function hex(text: string): Buffer {
  return Buffer.from(text.replace(/\s+/g, ''), 'hex')
}

/**
 * Data group files as a chip would hold them. DG1 carries a filler MRZ (no person), DG2 a stub
 * biometric template, DG14 uses a non-minimal length (81 03) on purpose: EF.SOD must hash it as
 * given, never as a re-encoding would write it.
 */
export function fixtureDataGroups(): Map<number, Uint8Array> {
  const mrz = Buffer.from('P<UTOSPECIMEN<<TEST<<<<<<<<<<<<<<<<<<<<<<<<<'.padEnd(88, '<'), 'latin1')
  return new Map<number, Uint8Array>([
    [1, Buffer.concat([hex('615B 5F1F 58'), mrz])],
    [2, hex('75 0C 7F61 09 0201 01 7F60 03 A1 01 00')],
    [14, hex('6E 81 03 31 01 00')],
  ])
}

/** A CSCA, a Document Signer it issued and an in-memory signer for it. */
export interface SodFixture {
  readonly csca: TestCsca
  readonly signer: KeyObjectSigner
  readonly dsCertificate: Uint8Array
}

/** A fresh CSCA and Document Signer valid at `now` (key generation: a few milliseconds). */
export function createSodFixture(now: Date = FIXTURE_NOW): SodFixture {
  const csca = createTestCsca({ now })
  const ds = createTestDocumentSigner({ csca, now })
  return {
    csca,
    signer: new KeyObjectSigner(ds.privateKey, ds.certificate),
    dsCertificate: ds.certificate,
  }
}

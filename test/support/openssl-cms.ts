import { execFile } from 'node:child_process'
import { X509Certificate } from 'node:crypto'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { sodContentInfo } from '../../agent/icao/sod'

/**
 * Verifies EF.SOD with OpenSSL's CMS implementation, an independent reader: the ContentInfo
 * without its `77` wrapper, the certificate chain to `csca` as of `at`, the signed attributes and
 * the signature. Resolves with the eContent OpenSSL extracted; rejects with OpenSSL's stderr.
 */
export async function opensslVerifySod(
  sod: Uint8Array,
  csca: Uint8Array,
  at: Date,
): Promise<Buffer> {
  const directory = await mkdtemp(join(tmpdir(), 'idstation-openssl-cms-'))
  try {
    const input = join(directory, 'sod.der')
    const anchor = join(directory, 'csca.pem')
    const output = join(directory, 'econtent.der')
    await writeFile(input, sodContentInfo(sod))
    await writeFile(anchor, new X509Certificate(csca).toString())
    const args = ['cms', '-verify', '-inform', 'DER', '-in', input, '-CAfile', anchor]
    args.push('-purpose', 'any', '-binary', '-out', output)
    args.push('-attime', String(Math.floor(at.getTime() / 1000)))
    await promisify(execFile)('openssl', args)
    return await readFile(output)
  } finally {
    await rm(directory, { recursive: true, force: true })
  }
}

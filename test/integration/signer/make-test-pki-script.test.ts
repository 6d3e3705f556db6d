import assert from 'node:assert/strict'
import { X509Certificate } from 'node:crypto'
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Pkcs11Signer } from '../../../agent/signer/pkcs11-signer'
import { main, type ScriptOutput } from '../../../scripts/make-test-pki'
import { createSoftHsmFixture, DEFAULT_TOKEN, type SoftHsmFixture } from '../../support/softhsm'

function capture(): ScriptOutput & { readonly lines: string[] } {
  const lines: string[] = []
  return { lines, out: line => lines.push(line), err: line => lines.push(line) }
}

/**
 * `validTo` lies `years` calendar years and `days` days from now, give or take two days (where a
 * 29 February falls shifts calendar arithmetic by a day; the unit test pins exact dates).
 */
function assertYearsAhead(validTo: string, years: number, days: number): void {
  const expected = new Date(Date.now() + days * 86_400_000)
  expected.setUTCFullYear(expected.getUTCFullYear() + years)
  const gap = Math.abs(new Date(validTo).getTime() - expected.getTime())
  assert.ok(gap < 2 * 86_400_000, `${validTo} is not ${years} years and ${days} days ahead`)
}

describe('scripts/make-test-pki', function () {
  let dir: string
  let softhsm: SoftHsmFixture

  before(async function () {
    dir = await mkdtemp(join(tmpdir(), 'idstation-make-pki-'))
    softhsm = await createSoftHsmFixture()
  })

  after(async function () {
    await rm(dir, { recursive: true, force: true })
    await softhsm.dispose()
  })

  it('writes a key-file test PKI', async function () {
    const output = capture()
    assert.equal(await main(['--out', join(dir, 'files')], output), 0)
    assert.deepEqual((await readdir(join(dir, 'files'))).sort(), [
      'csca-key.pem',
      'csca.pem',
      'ds-key.pem',
      'ds.pem',
    ])
    assert.equal(output.lines.length, 4)
    // Doc 9303-12 §4.1.1.1 and §4.1.4.1: DS = 3 months of key usage + 10-year documents, CSCA =
    // 5 years of key usage + the DS lifetime.
    const csca = new X509Certificate(await readFile(join(dir, 'files', 'csca.pem')))
    const ds = new X509Certificate(await readFile(join(dir, 'files', 'ds.pem')))
    assertYearsAhead(ds.validTo, 10, 92)
    assertYearsAhead(csca.validTo, 15, 92)
    assert.ok(new Date(ds.validTo) <= new Date(csca.validTo), 'the CSCA outlives its DS')
  })

  it('sizes the certificates for --document-validity-years', async function () {
    const output = capture()
    const out = join(dir, 'five-years')
    assert.equal(await main(['--out', out, '--document-validity-years', '5'], output), 0)
    assertYearsAhead(new X509Certificate(await readFile(join(out, 'ds.pem'))).validTo, 5, 92)
    assertYearsAhead(new X509Certificate(await readFile(join(out, 'csca.pem'))).validTo, 10, 92)
    const bad = capture()
    assert.equal(await main(['--out', join(dir, 'x'), '--document-validity-years', '0'], bad), 2)
    assert.match(bad.lines.join('\n'), /--document-validity-years must be/)
  })

  it('generates the DS key on a SoftHSM2 token and stores its certificate there', async function () {
    const output = capture()
    const args = ['--out', join(dir, 'token'), '--softhsm-conf', softhsm.configPath]
    args.push('--token-label', DEFAULT_TOKEN.label, '--pin', DEFAULT_TOKEN.pin)
    assert.equal(await main(args, output), 0, output.lines.join('\n'))
    assert.deepEqual((await readdir(join(dir, 'token'))).sort(), [
      'csca-key.pem',
      'csca.pem',
      'ds.pem',
    ])
    const signer = await Pkcs11Signer.open({
      modulePath: softhsm.modulePath,
      tokenLabel: DEFAULT_TOKEN.label,
      pin: { value: DEFAULT_TOKEN.pin },
      keyLabel: 'ds',
    })
    const file = new X509Certificate(await readFile(join(dir, 'token', 'ds.pem')))
    assert.deepEqual(Buffer.from(signer.certificate()), file.raw)
    await signer.close()
  })

  it('explains its usage and a missing token', async function () {
    const usage = capture()
    assert.equal(await main([], usage), 2)
    assert.match(usage.lines.join('\n'), /--out DIR is required/)
    const missing = capture()
    const args = ['--out', join(dir, 'missing'), '--softhsm-conf', softhsm.configPath]
    args.push('--token-label', 'absent', '--pin', '1')
    assert.equal(await main(args, missing), 1)
    assert.match(missing.lines.join('\n'), /softhsm2-util --init-token --free --label absent/)
  })
})

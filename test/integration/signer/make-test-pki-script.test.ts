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

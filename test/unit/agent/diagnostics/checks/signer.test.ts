import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkSigner } from '../../../../../agent/diagnostics/checks/signer'
import { configIn } from '../config-for-test'

describe('doctor: signer', function () {
  let dir: string
  beforeEach(function () {
    dir = mkdtempSync(join(tmpdir(), 'idstation-doctor-'))
  })
  afterEach(function () {
    rmSync(dir, { recursive: true, force: true })
  })

  it('warns when no signer is configured', async function () {
    const result = await checkSigner(configIn(dir).signer)
    assert.equal(result.status, 'warn')
    assert.match(result.fix ?? '', /set signer\.type to pkcs11/)
  })

  it('fails a pkcs11 signer whose module and PIN file are missing, naming each fix', async function () {
    const cert = join(dir, 'ds-cert.pem')
    writeFileSync(cert, 'c')
    const config = configIn(
      dir,
      'signer.type=pkcs11',
      `signer.pkcs11.module=${join(dir, 'softhsm', 'libsofthsm2.so')}`,
      `signer.certificateFile=${cert}`,
    )
    const result = await checkSigner(config.signer)
    assert.equal(result.status, 'fail')
    assert.equal(
      result.fix,
      `apt-get install softhsm2; write the token's user PIN to ${join(dir, 'data', 'signer', 'token.pin')} (chmod 600)`,
    )
  })

  it('passes a key-file signer with its key and certificate', async function () {
    const key = join(dir, 'k.pem')
    const cert = join(dir, 'c.pem')
    writeFileSync(key, 'k')
    writeFileSync(cert, 'c')
    const config = configIn(
      dir,
      'signer.type=key-file',
      `signer.keyFile=${key}`,
      `signer.certificateFile=${cert}`,
    )
    assert.equal((await checkSigner(config.signer)).status, 'ok')
  })
})

import { spawn } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { makeTestPki } from '../../agent/signer/test-pki/make-test-pki'
import {
  createSoftHsmStore,
  initSoftHsmToken,
  SOFTHSM_MODULE_PATH,
} from '../../agent/signer/test-pki/softhsm-token-store'
import { ROOT } from './spawn'

const TOKEN = { label: 'ds', pin: '2468', soPin: '13572468' }

/** A test CSCA and Document Signer, and what an agent needs to sign with it and trust it. */
export interface StationPki {
  readonly mode: 'softhsm' | 'key-file'
  /** Environment for the agent (SOFTHSM2_CONF in token mode). */
  readonly env: Readonly<Record<string, string>>
  readonly cscaCertificate: string
  /** `key=value` settings for `--set`. */
  readonly agentSettings: readonly string[]
}

/** Whether SoftHSM2 is installed (Debian's module path). */
export function softHsmAvailable(): boolean {
  return existsSync(SOFTHSM_MODULE_PATH)
}

/**
 * Makes a test PKI under `dir`: with `softhsm`, a private SoftHSM2 store with one token whose
 * DS key is generated on the token (in its own process: SoftHSM2 reads its configuration once
 * per process) — the HSM path a real station takes; with `key-file`, a 0600 PKCS#8 key file.
 */
export async function makeStationPki(
  dir: string,
  mode: 'softhsm' | 'key-file',
): Promise<StationPki> {
  const pki = path.join(dir, 'pki')
  if (mode === 'key-file') {
    const files = await makeTestPki({ outDir: pki, documentValidityYears: 10 })
    return {
      mode,
      env: {},
      cscaCertificate: files.cscaCertificate,
      agentSettings: [
        'signer.type=key-file',
        `signer.keyFile=${files.dsPrivateKey ?? ''}`,
        `signer.certificateFile=${files.dsCertificate}`,
        `personalization.trustAnchors=${files.cscaCertificate}`,
      ],
    }
  }
  const store = await createSoftHsmStore(path.join(dir, 'hsm'))
  await initSoftHsmToken(store, TOKEN)
  const args = [
    '--require',
    'tsx/cjs',
    path.join(ROOT, 'scripts', 'make-test-pki.ts'),
    '--out',
    pki,
    '--softhsm-conf',
    store.configPath,
    '--token-label',
    TOKEN.label,
    '--pin',
    TOKEN.pin,
    '--document-validity-years',
    '10',
  ]
  const output = await new Promise<{ code: number | null; text: string }>(resolve => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
    let text = ''
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()))
    child.once('exit', code => {
      resolve({ code, text })
    })
  })
  if (output.code !== 0) throw new Error(`make-test-pki failed: ${output.text}`)
  const pinFile = path.join(dir, 'token.pin')
  writeFileSync(pinFile, `${TOKEN.pin}\n`, { mode: 0o600 })
  const cscaCertificate = path.join(pki, 'csca.pem')
  return {
    mode,
    env: { SOFTHSM2_CONF: store.configPath },
    cscaCertificate,
    agentSettings: [
      'signer.type=pkcs11',
      `signer.pkcs11.tokenLabel=${TOKEN.label}`,
      'signer.pkcs11.keyLabel=ds',
      `signer.pkcs11.pinFile=${pinFile}`,
      `signer.certificateFile=${path.join(pki, 'ds.pem')}`,
      `personalization.trustAnchors=${cscaCertificate}`,
    ],
  }
}

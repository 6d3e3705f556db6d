import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import {
  createSoftHsmStore,
  initSoftHsmToken,
} from '../../agent/signer/test-pki/softhsm-token-store'

const ROOT = path.resolve(__dirname, '..', '..')
const TOKEN = { label: 'ds', pin: '2468', soPin: '13572468' }

/** A SoftHSM2 token holding a Document Signer key, a test CSCA, and the agent settings for them. */
export interface TokenPki {
  /** SOFTHSM2_CONF for the agent's environment. */
  readonly env: Readonly<Record<string, string>>
  readonly cscaCertificate: string
  /** `--set key=value` pairs that make an agent sign with the token and trust the CSCA. */
  readonly agentSettings: readonly string[]
}

/**
 * Makes, under `dir`, a private SoftHSM2 store with one token, and runs scripts/make-test-pki.ts
 * in its own process (SoftHSM2 reads its configuration once per process, in C_Initialize) to
 * generate the DS key on the token, non-extractable, and issue its certificate.
 */
export async function makeTokenPki(dir: string): Promise<TokenPki> {
  const store = await createSoftHsmStore(path.join(dir, 'hsm'))
  await initSoftHsmToken(store, TOKEN)
  const pki = path.join(dir, 'pki')
  const args = [
    '--import',
    'tsx',
    'scripts/make-test-pki.ts',
    '--out',
    pki,
    '--softhsm-conf',
    store.configPath,
    '--token-label',
    TOKEN.label,
    '--pin',
    TOKEN.pin,
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

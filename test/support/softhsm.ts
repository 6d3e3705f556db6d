import { execFile } from 'node:child_process'
import { constants } from 'node:fs'
import { access, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { Pkcs11Module } from '../../agent/signer/pkcs11/pkcs11-module'
import {
  createSoftHsmStore,
  initSoftHsmToken,
  SOFTHSM_DEBIAN_PACKAGE,
  SOFTHSM_MODULE_PATH,
  type SoftHsmTokenSpec,
} from '../../agent/signer/test-pki/softhsm-token-store'

/** A private SoftHSM2 token store for one test suite, selected through SOFTHSM2_CONF. */
export interface SoftHsmFixture {
  readonly modulePath: string
  readonly configPath: string
  readonly tokens: readonly SoftHsmTokenSpec[]
  /** Deletes a token behind the back of any open session: a pulled HSM token. */
  deleteToken(label: string): Promise<void>
  /** Restores SOFTHSM2_CONF and removes the store. Fails if a signer left the module loaded. */
  dispose(): Promise<void>
}

/** The token most suites need: label `ds` with a fixed test PIN. */
export const DEFAULT_TOKEN: SoftHsmTokenSpec = { label: 'ds', pin: '1234', soPin: '56781234' }

async function assertInstalled(): Promise<void> {
  const missing: string[] = []
  await access(SOFTHSM_MODULE_PATH, constants.R_OK).catch(() => missing.push(SOFTHSM_MODULE_PATH))
  await promisify(execFile)('softhsm2-util', ['--version']).catch(() =>
    missing.push('softhsm2-util'),
  )
  if (missing.length > 0) {
    // A failure, not a skip: the bootstrap installs softhsm2, so its absence is a broken machine.
    throw new Error(
      `SoftHSM2 is not installed (missing ${missing.join(', ')}): install the Debian package ` +
        `${SOFTHSM_DEBIAN_PACKAGE} (apt-get install ${SOFTHSM_DEBIAN_PACKAGE}, or npm run bootstrap)`,
    )
  }
}

/**
 * Creates a temporary token store with `tokens` initialised, and points SOFTHSM2_CONF at it.
 *
 * SoftHSM2 reads SOFTHSM2_CONF once, in C_Initialize, which `Pkcs11Module` calls when the first
 * signer of the process opens the module; it is a process-wide setting. So: create the fixture
 * in `before`, open signers after it, close every signer before `dispose` (the module is then
 * finalized and the next suite's C_Initialize reads the next store).
 */
export async function createSoftHsmFixture(
  tokens: readonly SoftHsmTokenSpec[] = [DEFAULT_TOKEN],
): Promise<SoftHsmFixture> {
  await assertInstalled()
  if (Pkcs11Module.isLoaded(SOFTHSM_MODULE_PATH)) {
    throw new Error('SoftHSM2 is still initialised by an earlier suite: close its signers first')
  }
  const directory = await mkdtemp(join(tmpdir(), 'idstation-softhsm-'))
  const store = await createSoftHsmStore(directory)
  for (const token of tokens) await initSoftHsmToken(store, token)
  const previous = process.env.SOFTHSM2_CONF
  process.env.SOFTHSM2_CONF = store.configPath
  return {
    modulePath: SOFTHSM_MODULE_PATH,
    configPath: store.configPath,
    tokens,
    async deleteToken(label) {
      await promisify(execFile)('softhsm2-util', ['--delete-token', '--token', label], {
        env: { ...process.env, SOFTHSM2_CONF: store.configPath },
      })
    },
    async dispose() {
      if (previous === undefined) Reflect.deleteProperty(process.env, 'SOFTHSM2_CONF')
      else process.env.SOFTHSM2_CONF = previous
      await rm(directory, { recursive: true, force: true })
      if (Pkcs11Module.isLoaded(SOFTHSM_MODULE_PATH)) {
        throw new Error('a PKCS#11 signer was left open: close every signer before dispose()')
      }
    },
  }
}

import { execFile } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { AgentError } from '../../../drivers/core/errors'

/** Where Debian's softhsm2 package installs the PKCS#11 module. */
export const SOFTHSM_MODULE_PATH = '/usr/lib/softhsm/libsofthsm2.so'

/** The Debian package that provides the module and softhsm2-util (the bootstrap installs it). */
export const SOFTHSM_DEBIAN_PACKAGE = 'softhsm2'

/** A private SoftHSM2 token store: its own token directory and the config file naming it. */
export interface SoftHsmStore {
  /** Pass as SOFTHSM2_CONF; SoftHSM2 reads it during C_Initialize and in softhsm2-util. */
  readonly configPath: string
  readonly tokenDirectory: string
}

/** A token to initialise: its label, user PIN and security officer PIN. */
export interface SoftHsmTokenSpec {
  readonly label: string
  readonly pin: string
  readonly soPin: string
}

/**
 * Writes a SoftHSM2 configuration under `directory` whose tokens live in `directory/tokens`
 * (file backend), so nothing touches the system token store.
 */
export async function createSoftHsmStore(directory: string): Promise<SoftHsmStore> {
  const tokenDirectory = join(directory, 'tokens')
  await mkdir(tokenDirectory, { recursive: true, mode: 0o700 })
  const configPath = join(directory, 'softhsm2.conf')
  const config = [
    `directories.tokendir = ${tokenDirectory}`,
    'objectstore.backend = file',
    'log.level = ERROR',
    'slots.removable = false',
    '',
  ].join('\n')
  await writeFile(configPath, config, { mode: 0o600 })
  return { configPath, tokenDirectory }
}

/**
 * Initialises a token in the store's first free slot with `softhsm2-util --init-token --free`.
 *
 * @throws AgentError `SIGNER_UNAVAILABLE` naming the Debian package when softhsm2-util is not
 *   installed, or carrying its stderr when it fails.
 */
export async function initSoftHsmToken(
  store: SoftHsmStore,
  token: SoftHsmTokenSpec,
): Promise<void> {
  const args = [
    '--init-token',
    '--free',
    '--label',
    token.label,
    '--pin',
    token.pin,
    '--so-pin',
    token.soPin,
  ]
  try {
    await promisify(execFile)('softhsm2-util', args, {
      // The child's own environment plus the store: softhsm2-util has no option naming a config.
      env: { ...process.env, SOFTHSM2_CONF: store.configPath },
    })
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT'
    const { stderr } = error as { stderr?: unknown }
    const message = missing
      ? `softhsm2-util is not installed: install the Debian package ${SOFTHSM_DEBIAN_PACKAGE} (npm run bootstrap does)`
      : `softhsm2-util --init-token failed: ${typeof stderr === 'string' ? stderr.trim() : 'no output'}`
    throw new AgentError('SIGNER_UNAVAILABLE', message, {
      retryable: false,
      details: { reason: missing ? 'module-missing' : 'token-not-found' },
      cause: error,
    })
  }
}

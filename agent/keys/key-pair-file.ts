import { randomBytes } from 'node:crypto'
import { link, mkdir, readFile, stat, unlink, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { AgentError } from '../../drivers/core/errors'
import { generateKeyPair, isMatchingKeyPair, type CurveKeyPair } from './key-pair'

/** Marks the JSON so a key pair file is never mistaken for another JSON file. */
const FILE_KIND = 'idstation-curve-key-pair'

/** A key pair file's pair, and whether this call created the file. */
export interface KeyPairFileResult {
  readonly keyPair: CurveKeyPair
  readonly created: boolean
}

function keyFileError(path: string, problem: string, cause?: unknown): AgentError {
  return new AgentError('CONFIG_INVALID', `key file ${path} ${problem}`, {
    details: { path },
    ...(cause === undefined ? {} : { cause }),
  })
}

/**
 * Refuses a secret key file that group or others can access: a leaked agent key lets anyone
 * impersonate the agent to every front-end. Windows has no mode bits to check.
 */
export async function assertPrivateFile(
  path: string,
  platform: NodeJS.Platform = process.platform,
): Promise<void> {
  if (platform === 'win32') return
  const { mode } = await stat(path)
  if ((mode & 0o077) !== 0) {
    const shown = (mode & 0o777).toString(8).padStart(4, '0')
    throw keyFileError(
      path,
      `is accessible by group or others (mode ${shown}); run: chmod 600 ${path}`,
    )
  }
}

/**
 * Reads and checks a key pair file: private mode, JSON of the right kind, two Z85 keys that
 * belong together.
 *
 * @throws AgentError `CONFIG_INVALID` naming the path and the fix.
 */
export async function readKeyPairFile(
  path: string,
  platform: NodeJS.Platform = process.platform,
): Promise<CurveKeyPair> {
  let text: string
  try {
    await assertPrivateFile(path, platform)
    text = await readFile(path, 'utf8')
  } catch (error) {
    if (error instanceof AgentError) throw error
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable'
    throw keyFileError(path, `cannot be read (${code})`, error)
  }
  let document: unknown
  try {
    document = JSON.parse(text)
  } catch {
    throw keyFileError(path, 'is not a key pair file (not JSON)')
  }
  const { kind, publicKey, secretKey } = (document ?? {}) as Record<string, unknown>
  if (kind !== FILE_KIND || typeof publicKey !== 'string' || typeof secretKey !== 'string') {
    throw keyFileError(
      path,
      `is not a key pair file (expected kind ${FILE_KIND} with publicKey and secretKey)`,
    )
  }
  const keyPair = { publicKey, secretKey }
  if (!isMatchingKeyPair(keyPair)) {
    throw keyFileError(
      path,
      'holds keys that are not a matching Z85 CURVE pair; move it away to generate a new one',
    )
  }
  return keyPair
}

/**
 * Writes a new key pair file with mode 0600, its directory created with 0700. The file appears
 * complete or not at all, and an existing file is never replaced.
 *
 * @throws AgentError `CONFIG_INVALID` when the file already exists or cannot be written.
 */
export async function writeKeyPairFile(path: string, keyPair: CurveKeyPair): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 })
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`
  const text = `${JSON.stringify({ kind: FILE_KIND, ...keyPair }, null, 2)}\n`
  try {
    await writeFile(temporary, text, { mode: 0o600, flag: 'wx' })
    // link() fails when the target exists, which rename() would silently overwrite.
    await link(temporary, path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'failed'
    throw keyFileError(
      path,
      code === 'EEXIST' ? 'already exists' : `cannot be written (${code})`,
      error,
    )
  } finally {
    await unlink(temporary).catch(() => undefined)
  }
}

/**
 * Reads the key pair file, creating it with a fresh pair when it does not exist. Two processes
 * racing to create it end up with the same pair.
 */
export async function ensureKeyPairFile(
  path: string,
  platform: NodeJS.Platform = process.platform,
): Promise<KeyPairFileResult> {
  try {
    return { keyPair: await readKeyPairFile(path, platform), created: false }
  } catch (error) {
    const missing =
      error instanceof AgentError &&
      (error.cause as NodeJS.ErrnoException | undefined)?.code === 'ENOENT'
    if (!missing) throw error
  }
  const keyPair = generateKeyPair()
  try {
    await writeKeyPairFile(path, keyPair)
    return { keyPair, created: true }
  } catch (error) {
    const lostRace =
      error instanceof AgentError &&
      (error.cause as NodeJS.ErrnoException | undefined)?.code === 'EEXIST'
    if (!lostRace) throw error
    return { keyPair: await readKeyPairFile(path, platform), created: false }
  }
}

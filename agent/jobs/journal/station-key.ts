import { randomBytes } from 'node:crypto'
import { linkSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { AgentError } from '../../../drivers/core/errors'

/** Marks the JSON so a journal key file is never mistaken for another key file. */
const FILE_KIND = 'idstation-journal-key'

/** HMAC-SHA256 keys are as long as the hash. */
export const STATION_KEY_BYTES = 32

/** The station key, and whether this call created its file. */
export interface StationKeyFileResult {
  readonly key: Buffer
  readonly created: boolean
}

function keyFileError(path: string, problem: string, cause?: unknown): AgentError {
  return new AgentError('CONFIG_INVALID', `journal key file ${path} ${problem}`, {
    details: { path },
    ...(cause === undefined ? {} : { cause }),
  })
}

function errnoOf(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code
}

/**
 * Refuses a key file that group or others can access: with the key, anyone holding a list of
 * document numbers can tell which ones this station issued. Windows has no mode bits to check.
 * Synchronous, like the journal it serves (agent/keys/key-pair-file.ts is the async original).
 */
function assertPrivateFile(path: string, platform: NodeJS.Platform): void {
  if (platform === 'win32') return
  const { mode } = statSync(path)
  if ((mode & 0o077) !== 0) {
    const shown = (mode & 0o777).toString(8).padStart(4, '0')
    throw keyFileError(
      path,
      `is accessible by group or others (mode ${shown}); run: chmod 600 ${path}`,
    )
  }
}

/**
 * Reads and checks the station key file: private mode, JSON of the right kind, 32 bytes of hex.
 *
 * @throws AgentError `CONFIG_INVALID` naming the path and the fix; a missing file keeps the
 *   `ENOENT` error as `cause`.
 */
export function readStationKeyFile(
  path: string,
  platform: NodeJS.Platform = process.platform,
): Buffer {
  let text: string
  try {
    assertPrivateFile(path, platform)
    text = readFileSync(path, 'utf8')
  } catch (error) {
    if (error instanceof AgentError) throw error
    throw keyFileError(path, `cannot be read (${errnoOf(error) ?? 'unreadable'})`, error)
  }
  let document: unknown
  try {
    document = JSON.parse(text)
  } catch {
    throw keyFileError(path, 'is not a journal key file (not JSON)')
  }
  const { kind, key } = (document ?? {}) as Record<string, unknown>
  if (kind !== FILE_KIND || typeof key !== 'string' || !/^[0-9a-f]{64}$/.test(key)) {
    throw keyFileError(
      path,
      `is not a journal key file (expected kind ${FILE_KIND} with a 32-byte hex key)`,
    )
  }
  return Buffer.from(key, 'hex')
}

/**
 * Writes a new key file with mode 0600, its directory created with 0700. The file appears
 * complete or not at all, and an existing file is never replaced: replacing the key would
 * silently free every document number the journal holds.
 *
 * @throws AgentError `CONFIG_INVALID` when the file exists or cannot be written.
 */
export function writeStationKeyFile(path: string, key: Buffer): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 })
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`
  const text = `${JSON.stringify({ kind: FILE_KIND, key: key.toString('hex') }, null, 2)}\n`
  try {
    writeFileSync(temporary, text, { mode: 0o600, flag: 'wx' })
    // link() fails when the target exists, which rename() would silently overwrite.
    linkSync(temporary, path)
  } catch (error) {
    const code = errnoOf(error) ?? 'failed'
    throw keyFileError(
      path,
      code === 'EEXIST' ? 'already exists' : `cannot be written (${code})`,
      error,
    )
  } finally {
    try {
      unlinkSync(temporary)
    } catch {
      // Nothing to remove when the temporary file was never written.
    }
  }
}

/**
 * Reads the station key, creating the file with 32 fresh random bytes when it is missing and
 * `mayCreate` allows it. Two processes racing to create it end up with the same key.
 *
 * @param mayCreate false once a journal holds hashes: a new key would not match them.
 */
export function ensureStationKeyFile(
  path: string,
  options: { readonly mayCreate: boolean; readonly platform?: NodeJS.Platform },
): StationKeyFileResult {
  const platform = options.platform ?? process.platform
  try {
    return { key: readStationKeyFile(path, platform), created: false }
  } catch (error) {
    const missing = error instanceof AgentError && errnoOf(error.cause) === 'ENOENT'
    if (!missing) throw error
    if (!options.mayCreate) {
      throw keyFileError(
        path,
        'is missing but the journal already holds hashes made with it; restore the file from backup',
        error,
      )
    }
  }
  const key = randomBytes(STATION_KEY_BYTES)
  try {
    writeStationKeyFile(path, key)
    return { key, created: true }
  } catch (error) {
    const lostRace = error instanceof AgentError && errnoOf(error.cause) === 'EEXIST'
    if (!lostRace) throw error
    return { key: readStationKeyFile(path, platform), created: false }
  }
}

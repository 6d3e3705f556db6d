import { randomBytes } from 'node:crypto'
import {
  link,
  lstat,
  mkdir,
  readdir,
  readFile,
  rename,
  stat,
  unlink,
  writeFile,
} from 'node:fs/promises'
import { join } from 'node:path'
import { AgentError } from '../../drivers/core/errors'
import type { Logger } from '../../drivers/core/logger'
import { isZ85Key } from '../../protocol/z85'
import { strictModesProblem } from './strict-modes'

/** What a client may do: operators run issuance, technicians also run diagnostics. */
export type ClientRole = 'operator' | 'technician'
export const CLIENT_ROLES: readonly ClientRole[] = ['operator', 'technician']

/** One enrolled client: its file's name, its role and its Z85 public key. */
export interface AuthorizedClient {
  readonly name: string
  readonly role: ClientRole
  readonly publicKey: string
  readonly comment?: string
}

const NAME = /^[a-z0-9][a-z0-9-]{0,62}$/
const SUFFIX = '.key'

/** True for a client name the directory accepts: `[a-z0-9][a-z0-9-]{0,62}`. */
export function isValidClientName(name: string): boolean {
  return NAME.test(name)
}

/** True for `operator` or `technician`. */
export function isClientRole(value: string): value is ClientRole {
  return (CLIENT_ROLES as readonly string[]).includes(value)
}

/** The parsed file, or why it was refused (never quoting the file's content). */
export type ParsedClientFile =
  | {
      readonly ok: true
      readonly role: ClientRole
      readonly publicKey: string
      readonly comment?: string
    }
  | { readonly ok: false; readonly reason: string }

/**
 * Parses `<role> <z85 public key>` with optional `# comment` lines before it or a `# comment`
 * after the key. Z85 uses `#`, so a trailing comment must be separated by whitespace.
 */
export function parseAuthorizedClientFile(text: string): ParsedClientFile {
  const comments: string[] = []
  const entries: string[][] = []
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim()
    if (trimmed === '') continue
    if (trimmed.startsWith('#')) comments.push(trimmed.slice(1).trim())
    else entries.push(trimmed.split(/\s+/))
  }
  if (entries.length !== 1)
    return { ok: false, reason: `expected one key line, found ${entries.length}` }
  const [role = '', publicKey = '', ...trailing] = entries[0] ?? []
  if (!isClientRole(role)) return { ok: false, reason: 'the role is not operator or technician' }
  if (!isZ85Key(publicKey)) return { ok: false, reason: 'the key is not a 40-character Z85 key' }
  if (trailing.length > 0) {
    if (!trailing[0]?.startsWith('#')) return { ok: false, reason: 'unexpected text after the key' }
    comments.push(trailing.join(' ').slice(1).trim())
  }
  const comment = comments.filter(part => part !== '').join(' ')
  return { ok: true, role, publicKey, ...(comment === '' ? {} : { comment }) }
}

function skip(logger: Logger, path: string, reason: string): void {
  logger.warn('authorized client file skipped', { event: 'keys.client-skipped', path, reason })
}

async function checkDirectory(
  dir: string,
  platform: NodeJS.Platform,
  ownerUid: number | undefined,
): Promise<boolean> {
  let mode: number
  try {
    mode = (await stat(dir)).mode
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false
    throw error
  }
  if (platform === 'win32') return true
  // Whoever can write here can enrol a key, so the directory must be the owner's alone.
  if ((mode & 0o022) !== 0) {
    throw new AgentError(
      'CONFIG_INVALID',
      `authorized clients directory ${dir} is writable by group or others; run: chmod 700 ${dir}`,
      {
        details: { path: dir },
      },
    )
  }
  // ... and so must be every directory above it, which could otherwise swap it for another.
  const problem =
    ownerUid === undefined ? undefined : await strictModesProblem(dir, { uid: ownerUid })
  if (problem !== undefined) {
    throw new AgentError('CONFIG_INVALID', `authorized clients directory refused: ${problem}`, {
      details: { path: dir },
    })
  }
  return true
}

/**
 * Reads every `<name>.key` file of the directory, sorted by name. Files with a bad name,
 * syntax, role or key, group/world-writable files, symbolic links, and a second file with an
 * already enrolled key are skipped with a `keys.client-skipped` warning naming the file, never
 * the key. A missing directory means no clients.
 *
 * With `ownerUid` (the agent passes its own uid) sshd's StrictModes apply as well: a file not
 * owned by that user or root is skipped, and the directory and every parent up to `/` must be
 * owned by that user or root and not group/other-writable (see `strictModesProblem`).
 *
 * @throws AgentError `CONFIG_INVALID` when the directory (or, with `ownerUid`, a parent) is
 *   unsafe.
 */
export async function listAuthorizedClients(
  dir: string,
  logger: Logger,
  platform: NodeJS.Platform = process.platform,
  ownerUid?: number,
): Promise<readonly AuthorizedClient[]> {
  if (!(await checkDirectory(dir, platform, ownerUid))) return []
  const files = (await readdir(dir)).filter(file => file.endsWith(SUFFIX)).sort()
  const clients: AuthorizedClient[] = []
  const owners = new Map<string, string>()
  for (const file of files) {
    const path = join(dir, file)
    const name = file.slice(0, -SUFFIX.length)
    if (!isValidClientName(name)) {
      skip(logger, path, 'the name is not [a-z0-9][a-z0-9-]{0,62}')
      continue
    }
    let text: string
    try {
      const info = await lstat(path)
      if (info.isSymbolicLink()) {
        skip(logger, path, 'the file is a symbolic link')
        continue
      }
      if (!info.isFile()) continue
      if (platform !== 'win32' && (info.mode & 0o022) !== 0) {
        skip(logger, path, 'the file is writable by group or others')
        continue
      }
      if (
        platform !== 'win32' &&
        ownerUid !== undefined &&
        info.uid !== ownerUid &&
        info.uid !== 0
      ) {
        skip(logger, path, `the file is owned by uid ${info.uid}, not the agent's user or root`)
        continue
      }
      text = await readFile(path, 'utf8')
    } catch (error) {
      skip(logger, path, `unreadable (${(error as NodeJS.ErrnoException).code ?? 'error'})`)
      continue
    }
    const parsed = parseAuthorizedClientFile(text)
    if (!parsed.ok) {
      skip(logger, path, parsed.reason)
      continue
    }
    const owner = owners.get(parsed.publicKey)
    if (owner !== undefined) {
      skip(logger, path, `the key is already enrolled as ${owner}`)
      continue
    }
    owners.set(parsed.publicKey, name)
    clients.push({
      name,
      role: parsed.role,
      publicKey: parsed.publicKey,
      ...(parsed.comment === undefined ? {} : { comment: parsed.comment }),
    })
  }
  return clients
}

/**
 * The ZAP allow-list: public key (Z85) → client. See `listAuthorizedClients` for what is
 * skipped and what throws.
 */
export async function loadAuthorizedClients(
  dir: string,
  logger: Logger,
  platform: NodeJS.Platform = process.platform,
  ownerUid?: number,
): Promise<ReadonlyMap<string, AuthorizedClient>> {
  const clients = await listAuthorizedClients(dir, logger, platform, ownerUid)
  return new Map(clients.map(client => [client.publicKey, client]))
}

/** The file that holds a client's key. @throws RangeError on an invalid name. */
export function authorizedClientFile(dir: string, name: string): string {
  if (!isValidClientName(name)) throw new RangeError('invalid client name')
  return join(dir, `${name}${SUFFIX}`)
}

/**
 * Writes `<dir>/<name>.key` (0644, directory 0700) atomically. Without `replace` an existing
 * file is kept and the call fails with `BAD_STATE`; callers check names and keys first.
 */
export async function writeAuthorizedClient(
  dir: string,
  client: AuthorizedClient,
  options: { readonly replace?: boolean } = {},
): Promise<void> {
  const path = authorizedClientFile(dir, client.name)
  if (!isZ85Key(client.publicKey)) throw new RangeError('invalid public key')
  await mkdir(dir, { recursive: true, mode: 0o700 })
  const comment = client.comment === undefined ? '' : `# ${client.comment.replace(/\r?\n/g, ' ')}\n`
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`
  try {
    await writeFile(temporary, `${comment}${client.role} ${client.publicKey}\n`, {
      mode: 0o644,
      flag: 'wx',
    })
    if (options.replace === true) await rename(temporary, path)
    else await link(temporary, path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new AgentError('BAD_STATE', `a client named ${client.name} is already enrolled`, {
        cause: error,
      })
    }
    throw error
  } finally {
    await unlink(temporary).catch(() => undefined)
  }
}

/** Deletes `<dir>/<name>.key`; resolves false when there was no such client. */
export async function removeAuthorizedClient(dir: string, name: string): Promise<boolean> {
  try {
    await unlink(authorizedClientFile(dir, name))
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false
    throw error
  }
}

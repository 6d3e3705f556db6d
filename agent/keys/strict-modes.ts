import { lstat, realpath } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'

/** What the check needs of a file's metadata (a `fs.Stats`). */
export interface PathStat {
  readonly uid: number
  readonly mode: number
  isSymbolicLink(): boolean
}

export interface StrictModesOptions {
  /** The user the agent runs as: it (or root) must own the path and every parent. */
  readonly uid: number
  /** Injected in tests; `fs.promises.lstat` and `realpath` otherwise. */
  readonly lstat?: (path: string) => Promise<PathStat>
  readonly realpath?: (path: string) => Promise<string>
}

const STICKY = 0o1000
const GROUP_OR_OTHER_WRITE = 0o022

/** What makes a path untrustworthy, and the path at fault (the file or one of its parents). */
export interface StrictModesViolation {
  readonly path: string
  readonly kind: 'symlink' | 'owner' | 'writable'
  /** Names the path, what is wrong and the command that fixes it. */
  readonly message: string
}

/**
 * sshd's StrictModes for a key file or the authorized-clients directory: the path itself and
 * every directory above it up to `/` (after resolving symbolic links in the parents) must be
 * owned by the agent's user or root and writable by neither group nor others; otherwise another
 * account could replace the agent's key or enrol a key of its own. The path itself must not be a
 * symbolic link. A parent writable by all is accepted only when it is root's and sticky (as
 * `/tmp`): nobody else may then rename or remove what the agent's user owns inside it.
 *
 * Resolves with the first violation, from the path upwards, or undefined when there is none. A
 * path that does not exist rejects with the lstat error.
 */
export async function strictModesViolation(
  path: string,
  options: StrictModesOptions,
): Promise<StrictModesViolation | undefined> {
  const stat = options.lstat ?? lstat
  const resolveLinks = options.realpath ?? realpath
  const target = resolve(path)
  const own = await stat(target)
  if (own.isSymbolicLink()) {
    return {
      path: target,
      kind: 'symlink',
      message: `${target} is a symbolic link; replace it with the file itself`,
    }
  }
  const problem = ownershipViolation(target, own, options.uid, false)
  if (problem !== undefined) return problem
  let directory = await resolveLinks(dirname(target))
  for (;;) {
    const parent = ownershipViolation(directory, await stat(directory), options.uid, true)
    if (parent !== undefined) return parent
    const up = dirname(directory)
    if (up === directory) return undefined
    directory = up
  }
}

/** `strictModesViolation`'s message, or undefined when the path may be trusted. */
export async function strictModesProblem(
  path: string,
  options: StrictModesOptions,
): Promise<string | undefined> {
  return (await strictModesViolation(path, options))?.message
}

function ownershipViolation(
  path: string,
  info: PathStat,
  uid: number,
  parent: boolean,
): StrictModesViolation | undefined {
  if (info.uid !== uid && info.uid !== 0) {
    return {
      path,
      kind: 'owner',
      message: `${path} is owned by uid ${info.uid}, not by the agent's user (uid ${uid}) or root; run: chown ${uid} ${path}`,
    }
  }
  if ((info.mode & GROUP_OR_OTHER_WRITE) === 0) return undefined
  if (parent && info.uid === 0 && (info.mode & STICKY) !== 0) return undefined
  const shown = (info.mode & 0o7777).toString(8).padStart(4, '0')
  return {
    path,
    kind: 'writable',
    message: `${path} is writable by group or others (mode ${shown}); run: chmod go-w ${path}`,
  }
}

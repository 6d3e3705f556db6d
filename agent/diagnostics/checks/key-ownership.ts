import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { AgentConfig } from '../../config/schema'
import { strictModesViolation, type StrictModesViolation } from '../../keys/strict-modes'
import { errnoCode, type CheckResult } from '../check-result'
import { findUser, SERVICE_USER, type SystemProbe } from './service-user'

/**
 * The agent's StrictModes, checked ahead of it: the agent key, the authorized-clients directory
 * and each client key file, and every directory above them, must be owned by the agent's user
 * (the `idstation` system user where it exists, else whoever runs the doctor) or root, and
 * writable by neither group nor others; a key file must not be a symbolic link. The agent
 * refuses to start on a bad agent key and ignores a bad client file.
 */
export async function checkKeyOwnership(
  config: AgentConfig,
  probe: SystemProbe,
  currentUid: number | undefined = process.getuid?.(),
  platform: NodeJS.Platform = process.platform,
): Promise<CheckResult> {
  const name = 'key ownership'
  if (platform === 'win32' || currentUid === undefined) {
    return { name, status: 'ok', detail: 'no file ownership on Windows' }
  }
  const service = await findUser(probe, SERVICE_USER)
  const uid = service?.uid ?? currentUid
  const owner = service?.name ?? String(uid)
  const dir = config.keys.authorizedClientsDir
  const paths = [config.keys.agentKeyFile, dir]
  try {
    for (const entry of (await readdir(dir)).sort())
      if (entry.endsWith('.key')) paths.push(join(dir, entry))
  } catch {
    // No directory: the keys check reports it.
  }
  const found: StrictModesViolation[] = []
  let checked = 0
  for (const path of paths) {
    let violation: StrictModesViolation | undefined
    try {
      violation = await strictModesViolation(path, { uid })
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') continue
      throw error
    }
    checked += 1
    if (violation !== undefined && !found.some(seen => seen.path === violation.path)) {
      found.push(violation)
    }
  }
  if (found.length === 0) {
    return {
      name,
      status: 'ok',
      detail: `${checked} path(s) and their parents are ${owner}'s or root's alone`,
    }
  }
  const pathsOf = (kind: StrictModesViolation['kind']) =>
    found.filter(violation => violation.kind === kind).map(violation => violation.path)
  const fixes = [
    ...(pathsOf('owner').length > 0 ? [`chown ${owner} ${pathsOf('owner').join(' ')}`] : []),
    ...(pathsOf('writable').length > 0 ? [`chmod go-w ${pathsOf('writable').join(' ')}`] : []),
    ...(pathsOf('symlink').length > 0
      ? [`replace ${pathsOf('symlink').join(' ')} with the file itself (no symbolic link)`]
      : []),
  ]
  return {
    name,
    status: 'fail',
    detail: found.map(violation => violation.message.replace(/; run: .*$/, '')).join('; '),
    fix: fixes.join(' && '),
  }
}

import { readdir, stat } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { AgentConfig } from '../../config/schema'
import { cliKeyFile } from '../../cli/cli-identity'
import { octalMode, type CheckResult } from '../check-result'

/** A rule: which mode bits must be clear, and the chmod that clears them. */
interface Rule {
  readonly path: string
  readonly forbidden: number
  readonly chmod: string
}

/** Secret files: only the owner may read them. */
function secretFiles(config: AgentConfig): string[] {
  // Where the journal keeps its station key (agent/jobs/journal), without loading SQLite here.
  const journalKey = join(dirname(config.journal.path), 'journal.key')
  const files = [
    config.keys.agentKeyFile,
    cliKeyFile(config),
    config.journal.path,
    `${config.journal.path}-wal`,
    `${config.journal.path}-shm`,
    journalKey,
  ]
  if (config.signer.type === 'key-file') files.push(config.signer.keyFile)
  if (config.signer.type === 'pkcs11') files.push(config.signer.pkcs11.pinFile)
  return files
}

async function rules(config: AgentConfig): Promise<Rule[]> {
  const list: Rule[] = [
    { path: config.runtimeDir, forbidden: 0o077, chmod: '700' },
    { path: config.dataDir, forbidden: 0o007, chmod: 'o-rwx' },
    ...secretFiles(config).map(path => ({ path, forbidden: 0o077, chmod: '600' })),
    // Public keys, readable by design; but whoever may write here may enrol a key.
    { path: config.keys.authorizedClientsDir, forbidden: 0o022, chmod: 'go-w' },
  ]
  try {
    for (const entry of await readdir(config.keys.authorizedClientsDir))
      if (entry.endsWith('.key'))
        list.push({
          path: join(config.keys.authorizedClientsDir, entry),
          forbidden: 0o022,
          chmod: 'go-w',
        })
  } catch {
    // No directory: the keys check reports it.
  }
  return list
}

/**
 * Secrets are private to the agent's user: the runtime directory 0700, key files, the journal and
 * its key 0600, the data directory closed to others, authorized clients writable only by the
 * owner. Absent paths are skipped (the keys and signer checks report those).
 */
export async function checkPermissions(
  config: AgentConfig,
  platform: NodeJS.Platform = process.platform,
): Promise<CheckResult> {
  const name = 'permissions'
  if (platform === 'win32') return { name, status: 'ok', detail: 'no mode bits on Windows' }
  const wrong: { rule: Rule; mode: number }[] = []
  let checked = 0
  for (const rule of await rules(config)) {
    let mode: number
    try {
      mode = (await stat(rule.path)).mode
    } catch {
      continue
    }
    checked += 1
    if ((mode & rule.forbidden) !== 0) wrong.push({ rule, mode })
  }
  if (wrong.length === 0) return { name, status: 'ok', detail: `${checked} path(s) checked` }
  const byChmod = new Map<string, string[]>()
  for (const { rule } of wrong)
    byChmod.set(rule.chmod, [...(byChmod.get(rule.chmod) ?? []), rule.path])
  return {
    name,
    status: 'fail',
    detail: wrong.map(({ rule, mode }) => `${rule.path} is ${octalMode(mode)}`).join('; '),
    fix: [...byChmod].map(([chmod, paths]) => `chmod ${chmod} ${paths.join(' ')}`).join(' && '),
  }
}

import { access, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { AgentConfig } from '../../config/schema'
import { parseAuthorizedClientFile } from '../../keys/authorized-clients'
import { cliKeyFile } from '../../cli/cli-identity'
import type { CheckResult } from '../check-result'

async function exists(path: string): Promise<boolean> {
  try {
    await access(path)
    return true
  } catch {
    return false
  }
}

/** Enrolled clients whose file parses; unparsable files do not count. */
async function enrolledClients(dir: string): Promise<number> {
  let entries: string[]
  try {
    entries = await readdir(dir)
  } catch {
    return 0
  }
  let count = 0
  for (const entry of entries.filter(name => name.endsWith('.key'))) {
    try {
      if (parseAuthorizedClientFile(await readFile(join(dir, entry), 'utf8')).ok) count += 1
    } catch {
      // Unreadable: not an enrolment the agent can use either.
    }
  }
  return count
}

/** The agent key, the CLI key and at least one authorized client exist. */
export async function checkKeys(config: AgentConfig): Promise<CheckResult> {
  const name = 'keys'
  const missing = [config.keys.agentKeyFile, cliKeyFile(config)]
  const absent: string[] = []
  for (const path of missing) if (!(await exists(path))) absent.push(path)
  const clients = await enrolledClients(config.keys.authorizedClientsDir)
  const problems = [
    ...absent.map(path => `${path} is missing`),
    ...(clients === 0 ? [`no authorized client in ${config.keys.authorizedClientsDir}`] : []),
  ]
  if (problems.length > 0)
    return {
      name,
      status: 'fail',
      detail: problems.join('; '),
      fix: `idstation keys init --data-dir ${config.dataDir} (makes both keys and enrols the CLI; front-ends: idstation keys add-client NAME --role operator --public-key KEY)`,
    }
  return {
    name,
    status: 'ok',
    detail: `agent key, CLI key, ${clients} authorized client(s)`,
  }
}

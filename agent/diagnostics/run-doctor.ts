import { readFile } from 'node:fs/promises'
import type { AgentClient } from '../../protocol/client/agent-client'
import type { AgentConfig } from '../config/schema'
import type { CheckResult } from './check-result'
import { checkAgent, probeAgent, type AgentFacts } from './checks/agent'
import { checkClock } from './checks/clock'
import { checkDiskSpace, type DiskStats } from './checks/disk-space'
import { checkKeyOwnership } from './checks/key-ownership'
import { checkKeys } from './checks/keys'
import { checkPackages, type PackageQuery } from './checks/packages'
import { checkPcscd, systemPcscdProbe, type PcscdProbe } from './checks/pcscd'
import { checkPermissions } from './checks/permissions'
import { checkSerialPorts, systemSerialProbe, type SerialProbe } from './checks/serial-ports'
import { checkServiceUser, SYSTEM_PROBE, type SystemProbe } from './checks/service-user'
import { checkSigner } from './checks/signer'

/** What the doctor reaches outside the process; every field has a real default. */
export interface DoctorDeps {
  readonly connect: () => Promise<AgentClient>
  readonly env?: Readonly<Record<string, string | undefined>>
  readonly now?: () => number
  readonly pcscd?: PcscdProbe
  readonly serial?: SerialProbe
  readonly statfs?: (path: string) => Promise<DiskStats>
  readonly packages?: PackageQuery
  /** /etc/passwd, /etc/group, the installed unit and udev rule, pcscd's socket. */
  readonly system?: SystemProbe
}

/** The checks in table order; each catches its own trouble, so one never hides the others. */
export async function runDoctor(config: AgentConfig, deps: DoctorDeps): Promise<CheckResult[]> {
  const now = deps.now ?? Date.now
  const agent: AgentFacts = await probeAgent(deps.connect, now)
  const guard = async (name: string, check: () => Promise<CheckResult>): Promise<CheckResult> => {
    try {
      return await check()
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      return { name, status: 'fail', detail: `the check itself failed: ${message}` }
    }
  }
  return [
    checkAgent(agent),
    await guard('pcscd', () =>
      checkPcscd(config.providers.pcsc.enabled, deps.pcscd ?? systemPcscdProbe(deps.env ?? {})),
    ),
    await guard('serial ports', () =>
      checkSerialPorts(
        config.providers.serial,
        deps.serial ?? systemSerialProbe(() => readFile('/etc/group', 'utf8')),
      ),
    ),
    await guard('service user', () =>
      checkServiceUser(config, deps.system ?? SYSTEM_PROBE, deps.env ?? {}),
    ),
    await guard('permissions', () => checkPermissions(config)),
    await guard('key ownership', () => checkKeyOwnership(config, deps.system ?? SYSTEM_PROBE)),
    await guard('keys', () => checkKeys(config)),
    await guard('signer', () => checkSigner(config.signer)),
    await guard('disk space', () => checkDiskSpace(config.dataDir, config.log.dir, deps.statfs)),
    checkClock(now(), agent),
    await guard('packages', () => checkPackages(deps.packages)),
  ]
}

/** Exit status of a doctor run: 1 when any check failed. */
export function doctorFailed(results: readonly CheckResult[]): boolean {
  return results.some(result => result.status === 'fail')
}

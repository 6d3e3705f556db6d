import { statfs } from 'node:fs/promises'
import { dirname } from 'node:path'
import { errnoCode, type CheckResult } from '../check-result'

const MIB = 1024 * 1024
const GIB = 1024 * MIB
/** Below this the journal and logs will soon fail to write. */
export const DISK_FAIL_BYTES = 100 * MIB
export const DISK_WARN_BYTES = GIB

/** The statfs fields the check reads. */
export interface DiskStats {
  readonly bavail: number
  readonly bsize: number
}

/** statfs of the data directory, or of its nearest existing parent before it is created. */
async function statNearest(
  path: string,
  statOf: (path: string) => Promise<DiskStats>,
): Promise<{ path: string; stats: DiskStats }> {
  for (let current = path; ; current = dirname(current)) {
    try {
      return { path: current, stats: await statOf(current) }
    } catch (error) {
      if (errnoCode(error) !== 'ENOENT' || dirname(current) === current) throw error
    }
  }
}

function size(bytes: number): string {
  return bytes >= GIB ? `${(bytes / GIB).toFixed(1)} GiB` : `${Math.round(bytes / MIB)} MiB`
}

/** Space left for the journal and logs: warn under 1 GiB, fail under 100 MiB. */
export async function checkDiskSpace(
  dataDir: string,
  logDir: string,
  statOf: (path: string) => Promise<DiskStats> = statfs,
): Promise<CheckResult> {
  const name = 'disk space'
  let found: { path: string; stats: DiskStats }
  try {
    found = await statNearest(dataDir, statOf)
  } catch (error) {
    return {
      name,
      status: 'warn',
      detail: `statfs ${dataDir} failed (${errnoCode(error)})`,
      fix: `check that ${dataDir} is on a mounted file system: df -h ${dataDir}`,
    }
  }
  const free = found.stats.bavail * found.stats.bsize
  const detail = `${size(free)} free for ${found.path}`
  const fix = `free space on that file system (df -h ${found.path}); rotated logs in ${logDir} can go, or lower log.maxFiles`
  if (free < DISK_FAIL_BYTES) return { name, status: 'fail', detail, fix }
  if (free < DISK_WARN_BYTES) return { name, status: 'warn', detail, fix }
  return { name, status: 'ok', detail }
}

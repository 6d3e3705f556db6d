import { execFile } from 'node:child_process'
import type { CheckResult } from '../check-result'

/** The Debian packages a station uses: PC/SC, the virtual reader, ptys, the HSM simulator. */
export const STATION_PACKAGES = ['pcscd', 'vsmartcard-vpcd', 'socat', 'softhsm2'] as const

/** Installed version per package name; undefined when dpkg-query itself is absent. */
export type PackageQuery = (names: readonly string[]) => Promise<Map<string, string> | undefined>

/** Asks dpkg-query; packages it does not know, or knows as removed, are simply absent. */
export const dpkgQuery: PackageQuery = names =>
  new Promise(resolve => {
    execFile(
      'dpkg-query',
      ['-W', '-f=${Package}\\t${db:Status-Status}\\t${Version}\\n', ...names],
      { timeout: 5000 },
      (error, stdout) => {
        if (error !== null && (error as NodeJS.ErrnoException).code === 'ENOENT') {
          resolve(undefined)
          return
        }
        // dpkg-query exits 1 when any name is unknown, still printing the rest.
        const found = new Map<string, string>()
        for (const line of stdout.split('\n')) {
          const [name, status, version] = line.split('\t')
          if (name && status === 'installed' && version) found.set(name, version)
        }
        resolve(found)
      },
    )
  })

/** The station's Debian packages are installed; a missing one is a warning, never a failure. */
export async function checkPackages(query: PackageQuery = dpkgQuery): Promise<CheckResult> {
  const name = 'packages'
  const found = await query(STATION_PACKAGES)
  if (found === undefined)
    return {
      name,
      status: 'warn',
      detail: 'dpkg-query not found: not a Debian system, packages not checked',
      fix: `install the equivalents of: ${STATION_PACKAGES.join(' ')}`,
    }
  const missing = STATION_PACKAGES.filter(pkg => !found.has(pkg))
  const present = [...found].map(([pkg, version]) => `${pkg} ${version}`).join(', ')
  if (missing.length > 0)
    return {
      name,
      status: 'warn',
      detail: `not installed: ${missing.join(', ')}${present ? `; installed: ${present}` : ''}`,
      fix: `apt-get install ${missing.join(' ')}`,
    }
  return { name, status: 'ok', detail: present }
}

import { constants } from 'node:fs'
import { access, stat } from 'node:fs/promises'
import { SerialPort } from 'serialport'
import { errnoCode, type CheckResult } from '../check-result'

/** What the serial check needs from the system; tests pass their own. */
export interface SerialProbe {
  /** Undefined when the path exists and this user may read and write it, else the errno code. */
  accessReadWrite(path: string): Promise<string | undefined>
  /** The group owning the path, for the fix line (e.g. dialout), when known. */
  groupOf(path: string): Promise<string | undefined>
  /** Ports the system enumerates. */
  listPorts(): Promise<readonly string[]>
}

function groupName(gid: number, groupFile: string): string | undefined {
  for (const line of groupFile.split('\n')) {
    const [name, , id] = line.split(':')
    if (name !== undefined && Number(id) === gid) return name
  }
  return undefined
}

/**
 * The probe over the real system. It checks access rather than opening the ports, since opening
 * a port the agent holds, or toggling a device's DTR, would disturb a working station.
 */
export function systemSerialProbe(readGroupFile: () => Promise<string>): SerialProbe {
  return {
    async accessReadWrite(path) {
      try {
        await access(path, constants.R_OK | constants.W_OK)
        return undefined
      } catch (error) {
        return errnoCode(error)
      }
    },
    async groupOf(path) {
      try {
        return groupName((await stat(path)).gid, await readGroupFile())
      } catch {
        return undefined
      }
    },
    async listPorts() {
      return (await SerialPort.list()).map(port => port.path)
    },
  }
}

/** Every configured serial path exists and this user may read and write it. */
export async function checkSerialPorts(
  serial: { readonly enabled: boolean; readonly paths: readonly string[] },
  probe: SerialProbe,
): Promise<CheckResult> {
  const name = 'serial ports'
  if (!serial.enabled)
    return { name, status: 'ok', detail: 'not used (providers.serial.enabled is false)' }
  let listed: readonly string[] = []
  let listFailure: string | undefined
  try {
    listed = await probe.listPorts()
  } catch (error) {
    listFailure = error instanceof Error ? error.message : String(error)
  }
  const missing: string[] = []
  const denied: string[] = []
  for (const path of serial.paths) {
    const problem = await probe.accessReadWrite(path)
    if (problem === 'ENOENT') missing.push(path)
    else if (problem !== undefined) denied.push(path)
  }
  if (denied.length > 0) {
    const group = await probe.groupOf(denied[0] ?? '')
    return {
      name,
      status: 'fail',
      detail: `no read/write access to ${denied.join(', ')}`,
      fix:
        group === undefined || group === 'root'
          ? `chmod 660 ${denied.join(' ')} (or a udev rule giving the agent's user access)`
          : `usermod -aG ${group} $(id -un) (then log in again)`,
    }
  }
  if (missing.length > 0)
    return {
      name,
      status: 'fail',
      detail: `configured but absent: ${missing.join(', ')}`,
      fix: 'plug the device in, or remove the path from providers.serial.paths',
    }
  const configured = serial.paths.length === 0 ? 'none configured' : serial.paths.join(', ')
  if (listFailure !== undefined)
    return {
      name,
      status: 'warn',
      detail: `listing serial ports failed (${listFailure}); configured: ${configured}`,
      // serialport lists USB adapters through udevadm on Linux.
      fix: listFailure.includes('udevadm')
        ? 'apt-get install udev'
        : 'check that /dev and /sys are mounted and readable',
    }
  return {
    name,
    status: 'ok',
    detail: `${listed.length} port(s) listed${listed.length ? ` (${listed.join(', ')})` : ''}; configured: ${configured}`,
  }
}

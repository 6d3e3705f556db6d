import { readFile, stat } from 'node:fs/promises'
import type { AgentConfig } from '../../config/schema'
import { worse, type CheckResult, type CheckStatus } from '../check-result'
import { DEFAULT_PCSCD_SOCKET } from './pcscd'

/** The system user packaging/sysusers.d/idstation.conf creates and the systemd unit runs as. */
export const SERVICE_USER = 'idstation'

const UNIT = 'idstation-agent.service'
const UNIT_PATHS = [
  `/etc/systemd/system/${UNIT}`,
  `/usr/lib/systemd/system/${UNIT}`,
  `/lib/systemd/system/${UNIT}`,
]
const UDEV_RULE = '70-idstation.rules'
const UDEV_RULE_PATHS = [
  `/etc/udev/rules.d/${UDEV_RULE}`,
  `/usr/lib/udev/rules.d/${UDEV_RULE}`,
  `/lib/udev/rules.d/${UDEV_RULE}`,
]

/** What the service-user checks read of the system; tests pass a fake one. */
export interface SystemProbe {
  /** The file's text, or undefined when it cannot be read. */
  readText(path: string): Promise<string | undefined>
  /** Owner, group and mode of a path, or undefined when it does not exist. */
  stat(
    path: string,
  ): Promise<{ readonly uid: number; readonly gid: number; readonly mode: number } | undefined>
}

/** The probe over the real system. */
export const SYSTEM_PROBE: SystemProbe = {
  readText: path => readFile(path, 'utf8').catch(() => undefined),
  stat: path => stat(path).catch(() => undefined),
}

/** One /etc/passwd line. */
export interface PasswdEntry {
  readonly name: string
  readonly uid: number
  readonly gid: number
  readonly home: string
  readonly shell: string
}

/** The account named `name` in /etc/passwd, if there is one. */
export async function findUser(probe: SystemProbe, name: string): Promise<PasswdEntry | undefined> {
  for (const line of ((await probe.readText('/etc/passwd')) ?? '').split('\n')) {
    const [user, , uid, gid, , home = '', shell = ''] = line.split(':')
    if (user === name) return { name, uid: Number(uid), gid: Number(gid), home, shell }
  }
  return undefined
}

interface GroupEntry {
  readonly name: string
  readonly gid: number
  readonly members: readonly string[]
}

function parseGroups(text: string): GroupEntry[] {
  return text
    .split('\n')
    .map(line => line.split(':'))
    .filter(parts => parts.length >= 4)
    .map(([name = '', , gid, members = '']) => ({
      name,
      gid: Number(gid),
      members: members.split(',').filter(member => member !== ''),
    }))
}

async function firstReadable(probe: SystemProbe, paths: readonly string[]) {
  for (const path of paths) {
    const text = await probe.readText(path)
    if (text !== undefined) return { path, text }
  }
  return undefined
}

/**
 * The packaged service runs unprivileged: the `idstation` user exists, is not root and cannot
 * log in; it belongs to the groups its devices need (dialout for serial ports, plugdev for HID
 * readers, and pcscd's socket group where that socket is not open to all); the installed unit
 * runs as it; HID readers have the udev rule that hands them to plugdev. Without the user or
 * the unit this is a development install: a warning, not a failure.
 */
export async function checkServiceUser(
  config: AgentConfig,
  probe: SystemProbe,
  env: Readonly<Record<string, string | undefined>> = {},
): Promise<CheckResult> {
  const name = 'service user'
  const unit = await firstReadable(probe, UNIT_PATHS)
  const user = await findUser(probe, SERVICE_USER)
  if (user === undefined) {
    return {
      name,
      status: unit === undefined ? 'warn' : 'fail',
      detail: `no system user ${SERVICE_USER}${unit === undefined ? ' (no system service installed)' : ` for ${unit.path}`}`,
      fix: 'cp packaging/sysusers.d/idstation.conf /usr/lib/sysusers.d/ && systemd-sysusers',
    }
  }
  let status: CheckStatus = 'ok'
  const problems: string[] = []
  const fixes: string[] = []
  const report = (level: CheckStatus, problem: string, fix: string) => {
    status = worse(status, level)
    problems.push(problem)
    if (!fixes.includes(fix)) fixes.push(fix)
  }
  if (user.uid === 0) {
    report('fail', `${SERVICE_USER} has uid 0`, `give ${SERVICE_USER} a system uid of its own`)
  }
  if (!/\/(nologin|false)$/.test(user.shell)) {
    report(
      'warn',
      `${SERVICE_USER} can log in (shell ${user.shell})`,
      `usermod -s /usr/sbin/nologin ${SERVICE_USER}`,
    )
  }
  const groups = parseGroups((await probe.readText('/etc/group')) ?? '')
  const needed = new Set<string>()
  if (config.providers.serial.enabled) needed.add('dialout')
  if (config.providers.hid.enabled) needed.add('plugdev')
  if (config.providers.pcsc.enabled) {
    const socket = await probe.stat(env.PCSCLITE_CSOCK_NAME ?? DEFAULT_PCSCD_SOCKET)
    // Debian's pcscd.socket is 0666; a narrower socket is opened through its group.
    if (socket !== undefined && (socket.mode & 0o006) !== 0o006 && socket.uid !== user.uid) {
      const group = groups.find(entry => entry.gid === socket.gid)
      if (group !== undefined) needed.add(group.name)
    }
  }
  const missing = [...needed].filter(groupName => {
    const group = groups.find(entry => entry.name === groupName)
    return group === undefined || (group.gid !== user.gid && !group.members.includes(user.name))
  })
  if (missing.length > 0) {
    report(
      'fail',
      `${SERVICE_USER} is not in group(s) ${missing.join(', ')}`,
      `usermod -aG ${missing.join(',')} ${SERVICE_USER} && systemctl restart idstation-agent`,
    )
  }
  if (unit !== undefined) {
    const runsAs = /^User=(.*)$/m.exec(unit.text)?.[1]?.trim()
    if (runsAs !== SERVICE_USER) {
      report(
        'fail',
        `${unit.path} runs the agent as ${runsAs ?? 'root'}`,
        `cp packaging/systemd/${UNIT} /etc/systemd/system/ && systemctl daemon-reload && systemctl restart idstation-agent`,
      )
    }
  }
  if (config.providers.hid.enabled && (await firstReadable(probe, UDEV_RULE_PATHS)) === undefined) {
    report(
      'warn',
      `no udev rule ${UDEV_RULE} gives HID readers to plugdev`,
      `cp packaging/udev/${UDEV_RULE} /etc/udev/rules.d/ && udevadm control --reload && udevadm trigger`,
    )
  }
  if (problems.length === 0) {
    return {
      name,
      status,
      detail: `${SERVICE_USER} (uid ${user.uid}) in ${[...needed].join(', ') || 'no extra groups'}${unit === undefined ? '' : `; ${unit.path} runs as it`}`,
    }
  }
  return { name, status, detail: problems.join('; '), fix: fixes.join('; ') }
}

import { connect } from 'node:net'
import { PcscProvider } from '../../../drivers/pcsc/pcsc-provider'
import type { CheckResult } from '../check-result'

/** pcsc-lite's default client socket; PCSCLITE_CSOCK_NAME moves it (as for a private pcscd). */
export const DEFAULT_PCSCD_SOCKET = '/run/pcscd/pcscd.comm'

/** What the pcscd check needs from the system; tests pass their own. */
export interface PcscdProbe {
  readonly socketPath: string
  /** Resolves with undefined when a connection to the socket opens, else the errno code. */
  connectSocket(path: string): Promise<string | undefined>
  /** Reader names pcscd lists. */
  listReaders(): Promise<readonly string[]>
}

/** Opens and closes a connection to a unix socket, giving up after `timeoutMs`. */
export function connectUnixSocket(path: string, timeoutMs = 1500): Promise<string | undefined> {
  return new Promise(resolve => {
    const socket = connect({ path })
    const done = (result: string | undefined): void => {
      clearTimeout(timer)
      socket.destroy()
      resolve(result)
    }
    const timer = setTimeout(() => {
      done('ETIMEDOUT')
    }, timeoutMs)
    socket.once('connect', () => {
      done(undefined)
    })
    socket.once('error', (error: NodeJS.ErrnoException) => {
      done(error.code ?? 'error')
    })
  })
}

/** The probe over the real pcscd, through the agent's own PC/SC provider. */
export function systemPcscdProbe(env: Readonly<Record<string, string | undefined>>): PcscdProbe {
  return {
    socketPath: env.PCSCLITE_CSOCK_NAME ?? DEFAULT_PCSCD_SOCKET,
    connectSocket: path => connectUnixSocket(path),
    async listReaders() {
      const provider = new PcscProvider({ firstListingTimeoutMs: 1500, retryIntervalMs: 60_000 })
      return (await provider.list()).map(port => port.path)
    },
  }
}

/** pcscd answers on its socket and lists at least one reader. */
export async function checkPcscd(enabled: boolean, probe: PcscdProbe): Promise<CheckResult> {
  const name = 'pcscd'
  if (!enabled) return { name, status: 'ok', detail: 'not used (providers.pcsc.enabled is false)' }
  const problem = await probe.connectSocket(probe.socketPath)
  if (problem !== undefined)
    return {
      name,
      status: 'fail',
      detail: `no pcscd on ${probe.socketPath} (${problem})`,
      fix:
        problem === 'EACCES'
          ? `run as a user that may open ${probe.socketPath}, or check its mode with: ls -l ${probe.socketPath}`
          : 'systemctl start pcscd (if it is not installed: apt-get install pcscd)',
    }
  const readers = await probe.listReaders()
  if (readers.length === 0)
    return {
      name,
      status: 'warn',
      detail: `pcscd answers on ${probe.socketPath} but lists no readers`,
      fix: 'plug in the encoder and check with: pcsc_scan (for the simulator: apt-get install vsmartcard-vpcd && systemctl restart pcscd)',
    }
  return {
    name,
    status: 'ok',
    detail: `${readers.length} reader(s): ${readers.join(', ')}`,
  }
}

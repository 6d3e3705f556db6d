import fs from 'node:fs'
import path from 'node:path'
import { AgentError } from '../../drivers/core/errors'
import { isProcessAlive } from '../../drivers/core/process-alive'

/** The file path of an `ipc://` endpoint, or undefined for other transports. */
export function ipcPath(endpoint: string): string | undefined {
  return endpoint.startsWith('ipc://') ? endpoint.slice('ipc://'.length) : undefined
}

/**
 * Makes the directory of an ipc socket private (0700, ours) and takes a lock file beside the
 * socket: libzmq lets a second bind of the same ipc path succeed and silently steal the endpoint
 * from the first agent, so the lock is what refuses a second agent. A lock left by a dead process
 * is taken over. Returns the function that releases the lock and removes the socket file.
 */
export function lockIpcEndpoint(endpoint: string): () => void {
  const socketPath = ipcPath(endpoint)
  if (socketPath === undefined) return () => undefined
  const dir = path.dirname(socketPath)
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 })
  const stat = fs.statSync(dir)
  if (typeof process.getuid === 'function' && stat.uid !== process.getuid()) {
    throw new AgentError('CONFIG_INVALID', `runtime directory ${dir} belongs to another user`, {
      details: { path: dir },
    })
  }
  if ((stat.mode & 0o077) !== 0) fs.chmodSync(dir, 0o700)
  const lockPath = `${socketPath}.lock`
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, `${process.pid}\n`, { flag: 'wx', mode: 0o600 })
      return () => {
        fs.rmSync(lockPath, { force: true })
        fs.rmSync(socketPath, { force: true })
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const holder = Number(fs.readFileSync(lockPath, 'utf8').trim())
      if (Number.isInteger(holder) && holder > 0 && isProcessAlive(holder)) {
        throw new AgentError(
          'BAD_STATE',
          `another agent (pid ${holder}) already serves ${endpoint}`,
          {
            details: { pid: holder },
          },
        )
      }
      fs.rmSync(lockPath, { force: true })
    }
  }
  throw new AgentError('BAD_STATE', `could not lock ${endpoint}`)
}

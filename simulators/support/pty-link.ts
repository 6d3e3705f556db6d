import { spawn } from 'node:child_process'

/** Where a simulator's bytes go and how it stops. */
export interface Line {
  write(bytes: Buffer): void
  stop(): Promise<void>
}

export interface PtyLinkOptions {
  /** The host side of the pty: what serialport opens. */
  readonly path: string
  /** Bytes the host wrote to the pty. */
  readonly onData: (chunk: Buffer) => void
  /** Called once the pty exists at `path`. */
  readonly onReady: (line: Line) => void
  /** socat could not run, or exited without being asked to: the simulator cannot go on. */
  readonly onFail: (message: string) => void
}

/**
 * Runs `socat pty,raw,echo=0,link=PATH STDIO`: socat makes the pty and relays it over its stdin
 * and stdout. Its stdin is a pipe from this process, so this process dying in any way (even
 * SIGKILL) makes socat exit and remove PATH, and the host's port hangs up: an unplug.
 */
export function servePtyLink(options: PtyLinkOptions): void {
  const { path, onData, onReady, onFail } = options
  const socat = spawn('socat', ['-d', '-d', `pty,raw,echo=0,link=${path}`, 'STDIO'], {
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  let stopping = false
  const exited = new Promise<void>(resolve =>
    socat.once('exit', () => {
      resolve()
    }),
  )
  socat.once('error', error => {
    onFail(`cannot run socat: ${error.message}`)
  })
  void exited.then(() => {
    if (!stopping) onFail(`socat exited (code ${String(socat.exitCode)})`)
  })
  socat.stdout.on('data', onData)
  // socat -d -d reports on stderr; the data loop starting means the link exists.
  let log = ''
  const onLog = (chunk: Buffer): void => {
    log += chunk.toString()
    if (!log.includes('starting data transfer loop')) return
    socat.stderr.off('data', onLog)
    socat.stderr.resume()
    onReady({
      write: bytes => socat.stdin.write(bytes),
      stop: async () => {
        stopping = true
        socat.kill('SIGTERM')
        await exited
      },
    })
  }
  socat.stderr.on('data', onLog)
}

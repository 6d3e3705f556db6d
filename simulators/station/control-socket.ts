import { rmSync } from 'node:fs'
import { createServer, type Socket } from 'node:net'
import { createInterface } from 'node:readline'
import type { SimProcess } from './sim-process'

/** The part of a simulator process a control socket reaches: its control channel. */
export type ControlTarget = Pick<SimProcess, 'control'>

/**
 * Serves one simulator's own control channel on a Unix socket at `socketPath`, so a process
 * other than the station (`idstation simulate control`, a front-end's test script, `socat`) can
 * reach a simulator whose stdin the station holds. It is the simulator's protocol unchanged:
 * each line a client sends is one JSON command, passed on as it is; the simulator's reply line
 * comes back. Commands from all clients go to the simulator one at a time, in arrival order.
 * A line that is not a JSON object is answered {"event":"error","message":…} and not sent;
 * a simulator that does not answer within 10 s answers the same.
 *
 * `target` is asked at each command, so a re-plugged simulator is reached under the same path.
 * Resolves once listening.
 */
export function serveControlSocket(
  socketPath: string,
  target: () => ControlTarget,
): Promise<ControlSocket> {
  rmSync(socketPath, { force: true })
  let queue: Promise<unknown> = Promise.resolve()
  const clients = new Set<Socket>()
  // Half-open: a client may send its commands and end its side at once (`echo … | socat`); its
  // replies still come back, then the station ends the connection.
  const server = createServer({ allowHalfOpen: true }, socket => {
    clients.add(socket)
    let answered: Promise<unknown> = Promise.resolve()
    socket.on('error', () => socket.destroy())
    socket.on('close', () => clients.delete(socket))
    socket.on('end', () => {
      void answered.then(() => socket.end())
    })
    createInterface({ input: socket }).on('line', text => {
      if (text.trim() === '') return
      const command = parseObject(text)
      const reply = (line: unknown) => {
        if (!socket.destroyed) socket.write(`${JSON.stringify(line)}\n`)
      }
      if (command === undefined) {
        reply({ event: 'error', message: 'a control command is one JSON object a line' })
        return
      }
      answered = queue = queue.then(() =>
        target()
          .control(command)
          .then(reply, (error: unknown) => {
            reply({
              event: 'error',
              message: error instanceof Error ? error.message : String(error),
            })
          }),
      )
    })
  })
  const close = async () => {
    for (const socket of clients) socket.destroy()
    await new Promise<void>(resolve =>
      server.close(() => {
        resolve()
      }),
    )
    rmSync(socketPath, { force: true })
  }
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(socketPath, () => {
      server.off('error', reject)
      resolve({ path: socketPath, close })
    })
  })
}

/** A serving control socket. */
export interface ControlSocket {
  readonly path: string
  /** Stops serving, hangs up every client and removes the socket file. */
  close(): Promise<void>
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text)
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined
  } catch {
    return undefined
  }
}

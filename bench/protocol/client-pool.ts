import type { ChildProcess } from 'node:child_process'
import path from 'node:path'
import { spawnTsx, stopProcess } from '../support/process'
import type {
  KeyPair,
  RunReport,
  TargetSpec,
  WorkerAnswer,
  WorkerCommand,
  Workload,
} from './worker-messages'

type CommandBody = WorkerCommand extends infer C
  ? C extends WorkerCommand
    ? Omit<C, 'id'>
    : never
  : never

/** One client process and the answers it still owes. */
class ClientProcess {
  private nextId = 1
  private readonly waiting = new Map<
    number,
    { resolve(answer: WorkerAnswer): void; reject(error: Error): void }
  >()

  constructor(
    readonly index: number,
    private readonly child: ChildProcess,
  ) {
    child.on('message', (answer: WorkerAnswer) => {
      const waiter = this.waiting.get(answer.id)
      this.waiting.delete(answer.id)
      waiter?.resolve(answer)
    })
    child.once('exit', (code, signal) => {
      const error = new Error(`client ${index} exited (${signal ?? code ?? '?'})`)
      for (const waiter of this.waiting.values()) waiter.reject(error)
      this.waiting.clear()
    })
  }

  /** Resolves with the answer to `id` 0, which the process sends once it is listening. */
  static start(index: number): Promise<ClientProcess> {
    const child = spawnTsx(path.join(__dirname, 'client-process.ts'), [], { ipc: true })
    const client = new ClientProcess(index, child)
    return new Promise<ClientProcess>((resolve, reject) => {
      client.waiting.set(0, {
        resolve: () => {
          resolve(client)
        },
        reject,
      })
    })
  }

  async command(body: CommandBody): Promise<RunReport | undefined> {
    const id = this.nextId++
    const answer = await new Promise<WorkerAnswer>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject })
      this.child.send({ ...body, id })
    })
    if (!answer.ok) throw new Error(`client ${this.index}: ${answer.message}`)
    return answer.report
  }

  stop(): Promise<void> {
    return stopProcess(this.child)
  }
}

/**
 * A fixed set of client processes, started once and pointed at one target after another, so every
 * target is measured by the same processes in the same way.
 */
export class ClientPool {
  private constructor(private readonly clients: readonly ClientProcess[]) {}

  static async start(size: number): Promise<ClientPool> {
    const clients = await Promise.all(
      Array.from({ length: size }, (_, i) => ClientProcess.start(i)),
    )
    return new ClientPool(clients)
  }

  get size(): number {
    return this.clients.length
  }

  /** Connects every client to `target`, client i with `keys[i]`. */
  async connect(target: TargetSpec, keys: readonly KeyPair[]): Promise<void> {
    await Promise.all(
      this.clients.map(client =>
        client.command({ type: 'connect', target, keys: keys[client.index]! }),
      ),
    )
  }

  async disconnect(): Promise<void> {
    await Promise.all(this.clients.map(client => client.command({ type: 'disconnect' })))
  }

  /**
   * The first `count` clients warm up together, then run `workload` together, each doing its
   * requests one after the other. Resolves with one report per client.
   */
  async run(count: number, workload: Workload, warmUpRequests: number): Promise<RunReport[]> {
    const active = this.clients.slice(0, count)
    if (warmUpRequests > 0) {
      await Promise.all(
        active.map(client =>
          client.command({ type: 'warm-up', workload: { ...workload, requests: warmUpRequests } }),
        ),
      )
    }
    const reports = await Promise.all(
      active.map(client => client.command({ type: 'run', workload })),
    )
    return reports.map(report => {
      if (!report) throw new Error('a client answered run without a report')
      return report
    })
  }

  async stop(): Promise<void> {
    await Promise.all(this.clients.map(client => client.stop()))
  }
}

import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { simulatedAgentArgs } from '../../agent/cli/simulated-agent'

const ROOT = path.resolve(__dirname, '..', '..')
const AGENT_BIN = path.join(ROOT, 'bin', 'idstation-agent.cjs')
const CLI_BIN = path.join(ROOT, 'bin', 'idstation.cjs')

/** What a finished `idstation` process printed and returned. */
export interface ProcessRun {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/** Environment for spawned agents and CLIs: none of the developer's IDSTATION_ settings. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(process.env))
    if (!key.startsWith('IDSTATION_')) env[key] = value
  return { ...env, ...extra }
}

/** Runs the real `idstation` command as a process and waits for it. */
export function runCliProcess(args: readonly string[], timeoutMs = 20_000): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_BIN, ...args], {
      env: cleanEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`idstation ${args.join(' ')} did not finish in ${timeoutMs}ms\n${stderr}`))
    }, timeoutMs)
    child.once('exit', code => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  })
}

/** Lines of a child's stream, as they come, for waiting on one. */
export class LineWatcher {
  readonly lines: string[] = []
  private waiters: { test: (line: string) => boolean; resolve: (line: string) => void }[] = []

  constructor(stream: NodeJS.ReadableStream) {
    let buffer = ''
    stream.on('data', (chunk: Buffer) => {
      buffer += chunk.toString()
      let newline = buffer.indexOf('\n')
      while (newline >= 0) {
        const line = buffer.slice(0, newline)
        buffer = buffer.slice(newline + 1)
        this.lines.push(line)
        this.waiters = this.waiters.filter(waiter => {
          if (!waiter.test(line)) return true
          waiter.resolve(line)
          return false
        })
        newline = buffer.indexOf('\n')
      }
    })
  }

  /** The first line (already seen or coming) that passes `test`. */
  waitFor(test: (line: string) => boolean, timeoutMs: number, what: string): Promise<string> {
    const seen = this.lines.find(test)
    if (seen !== undefined) return Promise.resolve(seen)
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(
          new Error(
            `timed out after ${timeoutMs}ms waiting for ${what}; lines:\n${this.lines.join('\n')}`,
          ),
        )
      }, timeoutMs)
      this.waiters.push({
        test,
        resolve: line => {
          clearTimeout(timer)
          resolve(line)
        },
      })
    })
  }
}

export interface AgentProcess {
  readonly dir: string
  readonly dataDir: string
  readonly runtimeDir: string
  readonly simulatedDir: string
  readonly child: ChildProcess
  /** The agent's JSON console lines (stderr). */
  readonly log: LineWatcher
  /** `--data-dir … --runtime-dir …` for CLI calls against this agent. */
  readonly dirArgs: readonly string[]
  cli(args: readonly string[]): Promise<ProcessRun>
  /** Sends `signal` and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>
  /** Stops the agent if still running and removes its directories. */
  dispose(): Promise<void>
}

/**
 * The real `idstation-agent` in its own process, on fresh directories, with keys made by
 * `idstation keys init`, the simulated provider on and the hardware providers off. Resolves when
 * the agent logs agent.started.
 */
export async function startAgentProcess(
  extraArgs: readonly string[] = [],
  options: {
    /** Added to the agent's environment, e.g. a private pcscd's PCSCLITE_CSOCK_NAME. */
    readonly env?: Readonly<Record<string, string>>
    /** The directory of an earlier agent to start again on (its keys, journal and logs). */
    readonly restartIn?: string
  } = {},
): Promise<AgentProcess> {
  const dir = options.restartIn ?? fs.mkdtempSync(path.join(os.tmpdir(), 'idstation-e2e-'))
  const dataDir = path.join(dir, 'data')
  const runtimeDir = path.join(dir, 'run')
  const simulatedDir = path.join(runtimeDir, 'simulated')
  const dirArgs = ['--data-dir', dataDir, '--runtime-dir', runtimeDir]
  if (options.restartIn === undefined) {
    const init = await runCliProcess(['keys', 'init', ...dirArgs])
    if (init.code !== 0) throw new Error(`keys init failed: ${init.stderr}`)
  }
  const child = spawn(
    process.execPath,
    [
      AGENT_BIN,
      ...simulatedAgentArgs(dataDir, runtimeDir),
      '--set',
      'log.console=json',
      ...extraArgs,
    ],
    { env: cleanEnv(options.env), stdio: ['ignore', 'ignore', 'pipe'] },
  )
  const log = new LineWatcher(child.stderr)
  const exited = new Promise<number | null>(resolve => {
    child.once('exit', code => {
      resolve(code)
    })
  })
  const agent: AgentProcess = {
    dir,
    dataDir,
    runtimeDir,
    simulatedDir,
    child,
    log,
    dirArgs,
    cli: args => runCliProcess([...args, ...dirArgs]),
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal)
      return exited
    },
    async dispose() {
      await agent.stop('SIGKILL')
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
  try {
    await Promise.race([
      log.waitFor(line => line.includes('"agent.started"'), 20_000, 'agent.started'),
      exited.then(code => {
        throw new Error(`the agent exited with ${code}:\n${log.lines.join('\n')}`)
      }),
    ])
  } catch (error) {
    await agent.dispose()
    throw error
  }
  // After the agent made the runtime directory (0700) itself, so tests can check it did.
  fs.mkdirSync(simulatedDir, { recursive: true, mode: 0o700 })
  return agent
}

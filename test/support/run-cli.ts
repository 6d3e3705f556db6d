import { PassThrough } from 'node:stream'
import type { CliCommand } from '../../agent/cli/command'
import { runCli } from '../../agent/cli/run'

/** What one in-process `idstation` run printed and returned. */
export interface CliRun {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

function collector(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough()
  let text = ''
  stream.on('data', (chunk: Buffer) => {
    text += chunk.toString()
  })
  return { stream, text: () => text }
}

/** Runs the CLI in this process with a clean environment and captured output. */
export async function runCliForTest(
  argv: readonly string[],
  options: {
    readonly env?: Record<string, string>
    readonly commands?: readonly CliCommand[]
  } = {},
): Promise<CliRun> {
  const stdout = collector()
  const stderr = collector()
  const code = await runCli(argv, {
    stdout: stdout.stream,
    stderr: stderr.stream,
    env: options.env ?? {},
    cwd: process.cwd(),
    platform: 'linux',
    uid: 1000,
    ...(options.commands === undefined ? {} : { commands: options.commands }),
  })
  await new Promise(resolve => setImmediate(resolve))
  return { code, stdout: stdout.text(), stderr: stderr.text() }
}

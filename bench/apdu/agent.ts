import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { agentPublicKeyFile, ensureAgentKeys } from '../../agent/keys/agent-keys'
import { writeAuthorizedClient } from '../../agent/keys/authorized-clients'
import { NULL_LOGGER } from '../../drivers/core/logger'
import { DEPLOYED_NODE_FLAGS } from '../protocol/agent-launcher'
import { REPO_ROOT, stopProcess } from '../support/process'

/** The compiled agent with only the PC/SC provider on, pointed at a private pcscd. */
export interface PcscAgent {
  readonly publicKey: string
  readonly requestsEndpoint: string
  stop(): Promise<void>
}

function waitForStderrLine(
  child: ChildProcess,
  test: (line: string) => boolean,
  timeoutMs: number,
) {
  return new Promise<void>((resolve, reject) => {
    let buffer = ''
    const timer = setTimeout(() => {
      reject(new Error('the agent did not log agent.started in time'))
    }, timeoutMs)
    child.stderr?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString()
      const lines = buffer.split('\n')
      buffer = lines.pop() ?? ''
      if (lines.some(test)) {
        clearTimeout(timer)
        resolve()
      }
    })
    child.once('exit', code => {
      clearTimeout(timer)
      reject(new Error(`the agent exited with ${code} before it started`))
    })
  })
}

/**
 * Compiles the agent (npm run build) and starts `dist/agent/main.js` as bench/protocol's
 * launcher does (DEPLOYED_NODE_FLAGS, fresh directories, JSON log), but with the PC/SC provider
 * on and `env` (the private pcscd's PCSCLITE_CSOCK_NAME) added to its environment.
 */
export async function launchPcscAgent(
  env: Readonly<Record<string, string>>,
  clientPublicKey: string,
  options: {
    readonly role?: 'operator' | 'technician'
    readonly settings?: readonly string[]
  } = {},
): Promise<PcscAgent> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'idstation-bench-apdu-'))
  const dataDir = path.join(dir, 'data')
  const runtimeDir = path.join(dir, 'run')
  const keyFile = path.join(dataDir, 'keys', 'agent.key')
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' })
  await ensureAgentKeys(keyFile, NULL_LOGGER)
  await writeAuthorizedClient(path.join(dataDir, 'keys', 'authorized-clients'), {
    publicKey: clientPublicKey,
    name: `bench-${options.role ?? 'technician'}`,
    role: options.role ?? 'technician',
  })
  const set = (setting: string) => ['--set', setting]
  const child = spawn(
    process.execPath,
    [
      ...DEPLOYED_NODE_FLAGS,
      path.join(REPO_ROOT, 'dist', 'agent', 'main.js'),
      '--data-dir',
      dataDir,
      '--runtime-dir',
      runtimeDir,
      ...set('providers.simulated.enabled=false'),
      ...set('providers.hid.enabled=false'),
      ...set('providers.serial.enabled=false'),
      ...set('providers.pcsc.enabled=true'),
      ...set('providers.pcsc.retryIntervalMs=500'),
      ...set('log.console=json'),
      ...(options.settings ?? []).flatMap(set),
    ],
    { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } },
  )
  const stop = async () => {
    await stopProcess(child)
    fs.rmSync(dir, { recursive: true, force: true })
  }
  try {
    await waitForStderrLine(child, line => line.includes('"agent.started"'), 30_000)
  } catch (error) {
    await stop()
    throw error
  }
  child.stderr.resume()
  return {
    publicKey: fs.readFileSync(agentPublicKeyFile(keyFile), 'utf8').trim(),
    requestsEndpoint: `ipc://${runtimeDir}/agent.sock`,
    stop,
  }
}

import fs from 'node:fs'
import path from 'node:path'
import { watchDevices } from '../../../protocol/client/device-watcher'
import { AgentClient } from '../../../protocol/client/agent-client'
import { v1 } from '../../../protocol/messages'
import { ensureAgentKeys } from '../../keys/agent-keys'
import { writeAuthorizedClient } from '../../keys/authorized-clients'
import { createClientKeyPair } from '../../keys/client-keys'
import type { CliContext, CliLeafCommand } from '../command'
import { DEVICE_HEADERS, deviceCells, deviceRow } from '../device-rows'
import { EXIT_CODES } from '../exit-codes'
import { parseCommandArgs } from '../parse-command-args'
import { simulatedAgentArgs } from '../simulated-agent'
import { exited, spawnTs } from '../spawn-helpers'
import { UsageError } from '../usage-error'
import { latencyStats } from './ping'

const DEMO_SERIAL = 'DEMO-0001'

async function connectWithRetry(
  options: Parameters<typeof AgentClient.connect>[0],
  deadline: number,
): Promise<AgentClient> {
  for (;;) {
    try {
      return await AgentClient.connect(options)
    } catch (error) {
      if (Date.now() > deadline) throw error
      await new Promise(resolve => setTimeout(resolve, 200))
    }
  }
}

/**
 * `idstation demo`: the whole stack on this machine with nothing but simulators. It starts the
 * real agent and a simulated fingerprint reader as separate processes, then, as a front-end
 * would: follows the device events, claims the device, measures round trips, unplugs it, and
 * stops the agent. Everything it made stays in the demo directory to look at.
 */
export const DEMO_COMMAND: CliLeafCommand = {
  name: 'demo',
  summary: 'start the agent and a simulated device, and run a session against them',
  usage: [
    'Usage: idstation demo [--dir DIR]',
    '',
    'DIR defaults to ./.data/demo and is emptied first.',
  ].join('\n'),
  async run(context) {
    const { values, positionals } = parseCommandArgs(context.args, { dir: { type: 'string' } })
    if (positionals.length > 0) throw new UsageError('demo takes no positional arguments')
    const dir = path.resolve(context.cwd, values.dir ?? path.join('.data', 'demo'))
    return runDemo(context, dir)
  },
}

async function runDemo(context: CliContext, dir: string): Promise<typeof EXIT_CODES.ok> {
  const say = (line: string) => {
    context.output.print(line)
  }
  fs.rmSync(dir, { recursive: true, force: true })
  const dataDir = path.join(dir, 'data')
  const runtimeDir = path.join(dir, 'run')
  const simulatedDir = path.join(runtimeDir, 'simulated')
  const keyFile = path.join(dataDir, 'keys', 'agent.key')
  const clientsDir = path.join(dataDir, 'keys', 'authorized-clients')
  fs.mkdirSync(simulatedDir, { recursive: true, mode: 0o700 })

  say('1. keys: the agent key pair and a front-end (operator) key, enrolled in the allow-list')
  const { keyPair: agentKeys } = await ensureAgentKeys(keyFile, context.logger)
  const frontEnd = await createClientKeyPair(path.join(dataDir, 'keys', 'demo-front-end.key'))
  await writeAuthorizedClient(clientsDir, {
    name: 'demo-front-end',
    role: 'operator',
    publicKey: frontEnd.publicKey,
  })

  say('2. idstation-agent: started as its own process (CURVE on ipc, simulated provider on)')
  const agent = spawnTs(path.join('agent', 'main.ts'), [
    ...simulatedAgentArgs(dataDir, runtimeDir),
    '--set',
    'log.console=off',
  ])
  const simulators: ReturnType<typeof spawnTs>[] = []
  let client: AgentClient | undefined
  const controller = new AbortController()
  try {
    client = await connectWithRetry(
      {
        requestsEndpoint: `ipc://${runtimeDir}/agent.sock`,
        eventsEndpoint: `ipc://${runtimeDir}/events.sock`,
        serverPublicKey: agentKeys.publicKey,
        keys: frontEnd,
        clientName: 'idstation demo',
      },
      Date.now() + 30_000,
    )
    say(
      `   connected: agent ${client.hello.agentVersion}, api level ${client.hello.apiLevel}, key "${client.hello.clientKeyName}"`,
    )

    say('3. events: following the device table (snapshot, then numbered events)')
    const views = watchDevices(client, controller.signal)[Symbol.asyncIterator]()
    const next = async (what: string) => {
      let timer: NodeJS.Timeout | undefined
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          reject(new Error(`no ${what} within 20 s`))
        }, 20_000)
      })
      try {
        const item = await Promise.race([views.next(), timeout])
        if (item.done === true) throw new Error(`the event stream ended before ${what}`)
        return item.value
      } finally {
        clearTimeout(timer)
      }
    }
    const snapshot = await next('snapshot')
    say(`   snapshot seq=${snapshot.seq}: ${snapshot.devices.size} device(s)`)

    say('4. plugging in a simulated fingerprint reader (a separate process)')
    simulators.push(
      spawnTs(
        path.join('simulators', 'device', 'main.ts'),
        [
          '--dir',
          simulatedDir,
          '--name',
          'demo-reader',
          '--kind',
          'fingerprint-scanner',
          '--serial',
          DEMO_SERIAL,
        ],
        'ignore',
        'pipe',
      ),
    )
    let view = await next('the attach event')
    while (view.change.type !== 'attached') view = await next('the attach event')
    say(`   event seq=${view.seq}: attached ${view.change.device.id ?? ''}`)
    const deviceId = view.change.device.id ?? ''
    while (view.devices.get(deviceId)?.status?.state !== v1.DeviceState.READY) {
      view = await next('the device to be ready')
      say(
        `   event seq=${view.seq}: ${view.change.type} -> ${deviceRow(view.devices.get(deviceId) ?? {}).state}`,
      )
    }
    context.output.table(
      DEVICE_HEADERS,
      [...view.devices.values()].map(device => deviceCells(deviceRow(device))),
    )

    const lease = await client.claimDevice(deviceId)
    say(`5. lease: ${lease.leaseId ?? ''} held by "${lease.holder ?? ''}"`)
    do view = await next('the lease event')
    while (!view.devices.get(deviceId)?.lease)
    say(`   event seq=${view.seq}: ${view.change.type} (the device now shows its lease)`)

    const times: number[] = []
    for (let i = 0; i < 200; i++) times.push((await client.ping()).roundTripMs)
    const stats = latencyStats(times)
    const image = Buffer.alloc(500 * 1024, 0xa5)
    const echoed = await client.ping(image)
    say(
      `6. round trips: 200 pings p50 ${stats.p50Ms} ms, p99 ${stats.p99Ms} ms; 500 KB echoed as its own frame in ${echoed.roundTripMs.toFixed(2)} ms (${echoed.echo?.equals(image) === true ? 'identical' : 'DIFFERENT'})`,
    )

    say('7. enrolment: a synthetic applicant puts the right hand on the reader; right-four capture')
    simulators[0]?.stdin?.write('{"cmd":"present","identity":"demo-applicant","profile":"good"}\n')
    const captured = await client.captureFingerprints({
      deviceId,
      transactionId: 'demo-right-slap',
      unit: v1.CaptureUnit.RIGHT_SLAP,
      count: 4,
      requestedScore: 40,
      timeoutMs: 10_000,
      enrolmentId: 'demo-enrolment',
    })
    const fingerDir = path.join(dir, 'fingerprints')
    fs.mkdirSync(fingerDir, { recursive: true, mode: 0o700 })
    for (const finger of captured.result.fingers) {
      const name = (v1.FingerPosition[finger.position ?? 0] ?? 'unknown').toLowerCase()
      const png = captured.attachments[(finger.pngAttachment ?? 0) - 1]
      const record = captured.attachments[(finger.recordAttachment ?? 0) - 1]
      if (png) fs.writeFileSync(path.join(fingerDir, `${name}.png`), png, { mode: 0o600 })
      if (record)
        fs.writeFileSync(path.join(fingerDir, `${name}.iso19794-4`), record, { mode: 0o600 })
      say(
        `   ${name.padEnd(13)} quality ${finger.qualityScore ?? 0} (${finger.qualityMethod ?? ''})`,
      )
    }
    say(
      `   threshold ${captured.result.metThreshold ? 'met' : 'not met'}; device ${captured.result.deviceMs} ms, agent ${captured.result.agentMs} ms; images in ${fingerDir}`,
    )

    say('8. unplugging the reader (kill -9 of the simulator process)')
    simulators[0]?.kill('SIGKILL')
    view = await next('the detach event')
    while (view.change.type !== 'detached') view = await next('the detach event')
    say(
      `   event seq=${view.seq}: detached ${view.change.deviceId}; the lease ended with it; ${view.devices.size} device(s) left`,
    )
  } finally {
    controller.abort()
    client?.close()
    for (const simulator of simulators) simulator.kill('SIGTERM')
    agent.kill('SIGTERM')
  }
  const code = await exited(agent)
  say(`9. idstation-agent stopped on SIGTERM (exit ${code ?? 'signal'})`)
  say('')
  say(
    `Look at:  ${path.join(dataDir, 'logs', 'agent.log')}  (JSON log: event names and ids, no personal data)`,
  )
  say(
    `          ${path.join(dir, 'fingerprints')}  (ISO 19794-4 records and PNGs of a synthetic hand)`,
  )
  say(`          ${path.join(dataDir, 'keys')}  (agent key 0600, allow-list)`)
  return EXIT_CODES.ok
}

import assert from 'node:assert/strict'
import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { createServer, type Server, type Socket } from 'node:net'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { withTimeout } from '../../../support/wait-for'

const ROOT = join(__dirname, '..', '..', '..', '..')
const CARD_MAIN = join(ROOT, 'simulators', 'card', 'main.ts')

/** vpcd's listening side, reduced to what the control commands can be observed through. */
async function fakeVpcd(): Promise<{ server: Server; port: number }> {
  const server = createServer()
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  return { server, port: (server.address() as { port: number }).port }
}

function frame(payload: Buffer): Buffer {
  return Buffer.concat([Buffer.from([payload.length >> 8, payload.length & 0xff]), payload])
}

describe('simulators/card process control channel (against a fake vpcd)', function () {
  this.timeout(20000)
  let server: Server
  let child: ChildProcess
  const events: Record<string, unknown>[] = []
  let wake: (() => void) | undefined

  const event = (name: string, nth = 1): Promise<Record<string, unknown>> =>
    withTimeout(
      (async () => {
        for (;;) {
          const found = events.filter(e => e.event === name)[nth - 1]
          if (found !== undefined) return found
          await new Promise<void>(resolve => (wake = resolve))
        }
      })(),
      8000,
      `'${name}'`,
    )

  const accept = async (): Promise<Socket> =>
    ((await withTimeout(once(server, 'connection'), 8000, 'the card to connect')) as [Socket])[0]

  before(async function () {
    const vpcd = await fakeVpcd()
    server = vpcd.server
    child = spawn(
      process.execPath,
      ['--import', 'tsx', CARD_MAIN, '--port', String(vpcd.port), '--stack', '1'],
      { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] },
    )
    createInterface({ input: child.stdout! }).on('line', line => {
      if (line.startsWith('{')) events.push(JSON.parse(line) as Record<string, unknown>)
      wake?.()
    })
  })

  after(async function () {
    child.kill('SIGTERM')
    await once(child, 'exit')
    server.close()
  })

  const control = (command: Record<string, unknown>): void => {
    child.stdin!.write(`${JSON.stringify(command)}\n`)
  }

  it('pulls the card on the next APDU and puts it back on insert', async function () {
    const socket = await accept()
    control({ cmd: 'fault', kind: 'pull' })
    assert.deepEqual((await event('armed')).faults, { pull: 1 })
    socket.write(frame(Buffer.from('0084000008', 'hex')))
    await withTimeout(once(socket, 'close'), 5000, 'the pull')
    await event('pulled')
    control({ cmd: 'status' })
    assert.equal((await event('status')).inserted, false)
    const again = accept()
    control({ cmd: 'insert' })
    await event('inserted')
    const reconnected = await again
    reconnected.destroy()
  })

  it('swaps in the next blank card, and reports an empty stack', async function () {
    control({ cmd: 'status' })
    const before = await event('status', 2)
    const next = accept()
    control({ cmd: 'insert-next' })
    const inserted = await event('inserted', 2)
    assert.notEqual(inserted.serial, before.serial)
    ;(await next).destroy()
    control({ cmd: 'insert-next' })
    assert.equal((await event('error')).message, 'the stack is empty')
    control({ cmd: 'explode' })
    assert.match(String((await event('error', 2)).message), /unknown cmd/)
  })
})

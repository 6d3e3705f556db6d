import assert from 'node:assert/strict'
import { SerialPort } from 'serialport'
import { pollAwaitedEventsTogether } from '../../../../drivers/serial/awaited-events-poll'
import { startPtyPair, type PtyPair } from '../../../support/socat-pty'
import { withTimeout } from '../../../support/wait-for'

/** The part of serialport's unix binding (bindings-cpp LinuxPortBinding) this test drives. */
interface PollerHost {
  readonly poller: {
    once(event: 'readable' | 'writable', callback: (error: Error | null) => void): unknown
  }
}

function waitFor(host: PollerHost, event: 'readable' | 'writable'): Promise<Error | null> {
  return new Promise(resolve => {
    host.poller.once(event, resolve)
  })
}

describe('serialport poller on a real pty: one wait does not silence another', function () {
  let pty: PtyPair
  let port: SerialPort

  beforeEach(async function () {
    pty = await startPtyPair()
    port = new SerialPort({ path: pty.a, baudRate: 9600, autoOpen: false })
    await new Promise<void>((resolve, reject) => {
      port.open(error => {
        if (error === null) resolve()
        else reject(error)
      })
    })
  })

  afterEach(async function () {
    if (port.isOpen)
      await new Promise<void>(resolve => {
        port.close(() => {
          resolve()
        })
      })
    await pty.dispose()
  })

  // What SerialByteStream hit: serialport's write went partial and waited for 'writable', then
  // the read loop re-armed 'readable'; the binding then polled for 'readable' only and the write
  // never finished. Here the line has room, so 'writable' is due at once; nothing is to be read.
  it("still wakes a wait for 'writable' once a wait for 'readable' is armed after it", async function () {
    assert.equal(pollAwaitedEventsTogether(port.port), true)
    const host = port.port as unknown as PollerHost
    const writable = waitFor(host, 'writable')
    void waitFor(host, 'readable')
    assert.equal(await withTimeout(writable, 2000, "'writable'"), null)
  })
})

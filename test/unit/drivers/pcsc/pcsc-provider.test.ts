import assert from 'node:assert/strict'
import { EventEmitter } from 'node:events'
import pcsclite from 'pcsclite'
import { PcscProvider } from '../../../../drivers/pcsc/pcsc-provider'
import type { PcscContext, PcscReader } from '../../../../drivers/pcsc/pcsc-types'
import type { PortChange } from '../../../../drivers/transport/types'
import { RecordingLogger } from '../../../support/recording-logger'
import { eventually, nextValue, withTimeout } from '../../../support/wait-for'

/** A pcsclite context stand-in: the test announces readers and kills "pcscd". */
class FakeContext extends EventEmitter implements PcscContext {
  closed = false
  close(): void {
    this.closed = true
    // Like pcsclite, closing reports a last error.
    this.emit('error', new Error('SCardGetStatusChange error: Command cancelled. (0x80100002)'))
  }
  addReader(name: string): FakeReader {
    const reader = new FakeReader(name)
    this.emit('reader', reader)
    return reader
  }
}

class FakeReader extends EventEmitter {
  closed = false
  constructor(readonly name: string) {
    super()
  }
  close(): void {
    this.closed = true
  }
  unplug(): void {
    this.emit('end')
  }
}

describe('PcscProvider', function () {
  let controller: AbortController
  let logger: RecordingLogger

  beforeEach(function () {
    controller = new AbortController()
    logger = new RecordingLogger()
  })

  afterEach(function () {
    controller.abort()
  })

  describe('with pcscd unreachable (the real pcsclite)', function () {
    let savedSocket: string | undefined

    before(function () {
      // pcsc-lite reads the variable when it first connects; no earlier test in this process
      // uses PC/SC, so the real pcscd (if any) is never reached from here.
      savedSocket = process.env.PCSCLITE_CSOCK_NAME
      process.env.PCSCLITE_CSOCK_NAME = '/nonexistent/idstation/pcscd.comm'
    })

    after(function () {
      if (savedSocket === undefined) delete process.env.PCSCLITE_CSOCK_NAME
      else process.env.PCSCLITE_CSOCK_NAME = savedSocket
    })

    it('lists nothing, watches nothing, logs once, and keeps retrying', async function () {
      let attempts = 0
      const provider = new PcscProvider({
        logger,
        retryIntervalMs: 20,
        createContext: () => {
          attempts += 1
          return pcsclite()
        },
      })
      assert.deepEqual(await provider.list(), [])
      const changes = provider.watch(controller.signal)[Symbol.asyncIterator]()
      const next = changes.next()
      // Several retries fail without a change, a crash or a second log line.
      await eventually(() => attempts >= 4, 2000, 'the provider to retry')
      controller.abort()
      assert.deepEqual(await withTimeout(next, 1000, 'the watch to end'), {
        done: true,
        value: undefined,
      })
      assert.equal(logger.withEvent('provider.unavailable').length, 1)
    })
  })

  describe('with an injected context', function () {
    it('recovers by itself once pcscd answers, and follows readers', async function () {
      let attempts = 0
      let context: FakeContext | undefined
      const provider = new PcscProvider({
        logger,
        retryIntervalMs: 10,
        firstListingTimeoutMs: 10,
        createContext: () => {
          attempts += 1
          if (attempts < 3)
            throw new Error('SCardEstablishContext error: Service not available. (0x8010001D)')
          context = new FakeContext()
          return context
        },
      })
      const changes = provider.watch(controller.signal)[Symbol.asyncIterator]()
      await eventually(() => context !== undefined, 2000, 'the third attempt')
      context!.addReader('Virtual PCD 00 00')
      const attached: PortChange = await nextValue(changes)
      assert.deepEqual(attached, {
        type: 'attached',
        info: {
          kind: 'pcsc',
          path: 'Virtual PCD 00 00',
          product: 'Virtual PCD 00 00',
          provider: 'pcsc',
        },
      })
      assert.deepEqual(
        (await provider.list()).map(info => info.path),
        ['Virtual PCD 00 00'],
      )
      const second = context!.addReader('Virtual PCD 00 01')
      assert.equal((await nextValue(changes)).info.path, 'Virtual PCD 00 01')
      second.unplug()
      assert.deepEqual(
        [(await nextValue(changes)).type, (await provider.list()).length],
        ['detached', 1],
      )
      assert.equal(logger.withEvent('provider.unavailable').length, 1)
      assert.equal(logger.withEvent('provider.recovered').length, 1)
    })

    it('reports readers detached when pcscd dies, and comes back with a new context', async function () {
      const contexts: FakeContext[] = []
      const provider = new PcscProvider({
        logger,
        retryIntervalMs: 10,
        firstListingTimeoutMs: 10,
        createContext: () => {
          const context = new FakeContext()
          contexts.push(context)
          return context
        },
      })
      const changes = provider.watch(controller.signal)[Symbol.asyncIterator]()
      await eventually(() => contexts.length === 1)
      const reader = contexts[0]!.addReader('Reader A') as unknown as PcscReader & FakeReader
      assert.equal((await nextValue(changes)).type, 'attached')
      contexts[0]!.emit(
        'error',
        new Error('SCardGetStatusChange error: Service was stopped. (0x8010001E)'),
      )
      assert.deepEqual((await nextValue(changes)).type, 'detached')
      assert.ok(reader.closed)
      await eventually(() => contexts.length === 2, 2000, 'a new context')
      contexts[1]!.addReader('Reader A')
      assert.equal((await nextValue(changes)).type, 'attached')
    })

    it('closes the context when the last watch ends', function () {
      const context = new FakeContext()
      const provider = new PcscProvider({ createContext: () => context, firstListingTimeoutMs: 10 })
      provider.watch(controller.signal)
      assert.equal(context.closed, false)
      controller.abort()
      assert.equal(context.closed, true)
    })
  })
})

import assert from 'node:assert/strict'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { createRootLogger, type RootLoggerOptions } from '../../../../agent/logging/logger'
import { AgentError } from '../../../../drivers/core/errors'

type Line = Record<string, unknown>

describe('createRootLogger', function () {
  let dir: string
  let stream: PassThrough
  let captured: string

  beforeEach(function () {
    dir = mkdtempSync(join(tmpdir(), 'idstation-log-'))
    stream = new PassThrough()
    captured = ''
    stream.on('data', (chunk: Buffer) => {
      captured += chunk.toString()
    })
  })

  afterEach(function () {
    rmSync(dir, { recursive: true, force: true })
  })

  function create(overrides: Partial<RootLoggerOptions> = {}) {
    return createRootLogger({
      level: 'info',
      dir,
      maxFileBytes: 1024 * 1024,
      maxFiles: 3,
      console: 'json',
      service: 'idstation-agent',
      version: '0.1.0',
      stream,
      ...overrides,
    })
  }

  function fileLines(): Line[] {
    return readFileSync(join(dir, 'agent.log'), 'utf8')
      .trim()
      .split('\n')
      .map(text => JSON.parse(text) as Line)
  }

  it('writes JSON lines with service, version, timestamp and child fields, and closes flushed', async function () {
    const root = create()
    root.logger
      .child({ component: 'server' })
      .info('listening', { event: 'server.listening', endpoint: 'ipc:///x' })
    await root.close()
    const [line] = fileLines()
    assert.deepEqual(
      { ...line, timestamp: typeof line?.timestamp },
      {
        level: 'info',
        message: 'listening',
        service: 'idstation-agent',
        version: '0.1.0',
        component: 'server',
        event: 'server.listening',
        endpoint: 'ipc:///x',
        timestamp: 'string',
      },
    )
    assert.equal((JSON.parse(captured.trim()) as Line).event, 'server.listening')
  })

  it('filters by level and answers isDebugEnabled', async function () {
    const root = create({ level: 'warn' })
    root.logger.info('hidden', { event: 'agent.started' })
    root.logger.warn('shown', { event: 'provider.unavailable' })
    assert.equal(root.logger.isDebugEnabled(), false)
    await root.close()
    assert.deepEqual(
      fileLines().map(line => line.message),
      ['shown'],
    )
    assert.equal(
      createRootLogger({
        level: 'debug',
        maxFileBytes: 1,
        maxFiles: 1,
        console: 'off',
        service: 's',
        version: 'v',
      }).logger.isDebugEnabled(),
      true,
    )
  })

  it('marks lines without a catalogued event and reports each slip once', async function () {
    const root = create()
    root.logger.info('no event')
    root.logger.info('no event again')
    root.logger.child({ component: 'jobs' }).warn('typo', { event: 'job.strated' })
    root.logger.debug('debug lines need no event')
    await root.close()
    const lines = fileLines()
    assert.deepEqual(
      lines.map(line => [line.event, line.reason]),
      [
        ['log.uncatalogued', 'no event field'],
        ['uncatalogued', undefined],
        ['uncatalogued', undefined],
        ['log.uncatalogued', 'unknown event job.strated'],
        ['uncatalogued', undefined],
      ],
    )
  })

  it('renders err and redacts fields outside the allow-list and MRZ text', async function () {
    const root = create()
    const cause = new Error('SCardTransmit failed')
    const error = new AgentError('TRANSPORT_IO', 'write failed for P<UTOERIKSSON<<ANNA', { cause })
    const fields = {
      event: 'request.failed',
      code: 'TRANSPORT_IO',
      mrz: 'P<UTO',
      err: error,
    } as const
    root.logger.error('request failed', fields)
    await root.close()
    const [line] = fileLines()
    assert.equal(line?.mrz, undefined)
    assert.equal(line?.err, undefined)
    const rendered = line?.error as Record<string, string>
    assert.equal(rendered.code, 'TRANSPORT_IO')
    assert.equal(rendered.message, 'write failed for [MRZ]')
    assert.equal(rendered.cause, 'Error: SCardTransmit failed')
    assert.ok(!JSON.stringify(line).includes('ERIKSSON'))
  })

  it('writes a readable console line in pretty mode', async function () {
    const root = createRootLogger({
      level: 'info',
      maxFileBytes: 1,
      maxFiles: 1,
      console: 'pretty',
      service: 's',
      version: 'v',
      stream,
    })
    root.logger.warn('pcscd is not running', { event: 'provider.unavailable', provider: 'pcsc' })
    await root.close()
    assert.match(
      captured,
      /^\S+ WARN {2}\[provider\.unavailable\] pcscd is not running provider=pcsc\n$/,
    )
  })

  it('rotates agent.log at maxFileBytes and keeps maxFiles', async function () {
    const root = create({ maxFileBytes: 2048, maxFiles: 2, console: 'off' })
    for (let index = 0; index < 80; index += 1) {
      root.logger.info(`line ${index} ${'x'.repeat(80)}`, { event: 'cli.command' })
      await new Promise(resolve => setImmediate(resolve))
    }
    await root.close()
    // winston checks the size per write batch and may finish a rotation after close(), so this
    // asserts the outcome, not exact sizes: rotated once at least, never more than maxFiles.
    const files = readdirSync(dir).sort()
    assert.ok(files.includes('agent1.log'), files.join())
    assert.ok(
      files.every(name => ['agent.log', 'agent1.log'].includes(name)),
      files.join(),
    )
    const all = files.map(name => readFileSync(join(dir, name), 'utf8')).join('')
    assert.match(all, /line 79 /)
  })

  it('close() is idempotent and later lines are dropped', async function () {
    const root = create()
    await root.close()
    await root.close()
    root.logger.info('late', { event: 'agent.stopped' })
  })
})

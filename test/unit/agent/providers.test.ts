import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import path from 'node:path'

const ROOT = path.resolve(__dirname, '..', '..', '..')

// In a process of its own: the test process may have loaded these modules for other tests.
const PROBE = `
const { createProviders } = require('./agent/providers')
const { NULL_LOGGER } = require('./drivers/core/logger')
const off = { enabled: false, pollIntervalMs: 1000 }
const providers = createProviders({
  simulated: { enabled: true, dir: '/nonexistent' },
  hid: off,
  serial: { ...off, paths: [], baudRate: 57600 },
  pcsc: { enabled: false, retryIntervalMs: 1000 },
}, NULL_LOGGER)
require('./agent/personalization/from-config')
const loaded = Object.keys(require.cache)
const has = name => loaded.some(file => file.includes('/node_modules/' + name + '/'))
process.stdout.write(JSON.stringify({
  providers: providers.map(p => p.name),
  pcsclite: has('pcsclite'),
  nodeHid: has('node-hid'),
  pkcs11js: has('pkcs11js'),
}))
`

describe('createProviders', function () {
  this.timeout(30_000)

  it('loads the native modules of enabled providers only, and pkcs11js only for a token', function () {
    const output = execFileSync(process.execPath, ['--require', 'tsx/cjs', '-e', PROBE], {
      cwd: ROOT,
      encoding: 'utf8',
    })
    const probe = JSON.parse(output) as Record<string, unknown>
    assert.deepEqual(probe, {
      providers: ['simulated'],
      pcsclite: false,
      nodeHid: false,
      pkcs11js: false,
    })
  })
})

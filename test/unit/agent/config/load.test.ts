import assert from 'node:assert/strict'
import { loadConfig, type LoadConfigOptions } from '../../../../agent/config/load'
import { describeConfig } from '../../../../agent/config/describe'
import { CONFIG_KEYS, envNameOf } from '../../../../agent/config/schema'
import { AgentError } from '../../../../drivers/core/errors'

const USER: Omit<LoadConfigOptions, 'argv' | 'env'> = {
  platform: 'linux',
  uid: 1000,
  cwd: '/work',
  homeDir: '/home/tech',
  tmpDir: '/tmp',
}

function load(
  argv: string[] = [],
  env: Record<string, string> = {},
  extra: Partial<LoadConfigOptions> = {},
) {
  return loadConfig({ ...USER, argv, env, ...extra })
}

function get(config: object, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, segment) => (node as Record<string, unknown>)[segment], config)
}

function loadError(action: () => unknown): AgentError {
  try {
    action()
  } catch (error) {
    assert.ok(error instanceof AgentError, `expected AgentError, got ${String(error)}`)
    assert.equal(error.code, 'CONFIG_INVALID')
    return error
  }
  assert.fail('expected CONFIG_INVALID')
}

describe('loadConfig', function () {
  describe('defaults', function () {
    const cases: {
      name: string
      options: Partial<LoadConfigOptions>
      env?: Record<string, string>
      expect: Record<string, unknown>
    }[] = [
      {
        name: 'root uses the system directories',
        options: { uid: 0 },
        expect: {
          dataDir: '/var/lib/idstation',
          runtimeDir: '/run/idstation',
          'endpoints.requests': 'ipc:///run/idstation/agent.sock',
          'endpoints.events': 'ipc:///run/idstation/events.sock',
          'keys.agentKeyFile': '/var/lib/idstation/keys/agent.key',
          'keys.authorizedClientsDir': '/var/lib/idstation/keys/authorized-clients',
          'log.dir': '/var/lib/idstation/logs',
          'providers.simulated.dir': '/run/idstation/simulated',
        },
      },
      {
        name: 'a user without XDG variables uses home and tmp',
        options: {},
        expect: {
          dataDir: '/home/tech/.local/share/idstation',
          runtimeDir: '/tmp/idstation-1000',
          'endpoints.requests': 'ipc:///tmp/idstation-1000/agent.sock',
        },
      },
      {
        name: 'a user with XDG variables follows them',
        options: {},
        env: { XDG_DATA_HOME: '/xdg/data', XDG_RUNTIME_DIR: '/run/user/1000' },
        expect: { dataDir: '/xdg/data/idstation', runtimeDir: '/run/user/1000/idstation' },
      },
      {
        name: 'relative XDG variables are ignored',
        options: {},
        env: { XDG_DATA_HOME: 'data', XDG_RUNTIME_DIR: 'run' },
        expect: { dataDir: '/home/tech/.local/share/idstation', runtimeDir: '/tmp/idstation-1000' },
      },
      {
        name: 'Windows uses loopback tcp',
        options: { platform: 'win32', homeDir: 'C:\\Users\\tech', tmpDir: 'C:\\Temp' },
        env: { LOCALAPPDATA: 'C:\\Users\\tech\\AppData\\Local' },
        expect: {
          dataDir: 'C:\\Users\\tech\\AppData\\Local\\idstation',
          runtimeDir: 'C:\\Temp\\idstation',
          'endpoints.requests': 'tcp://127.0.0.1:47301',
          'endpoints.events': 'tcp://127.0.0.1:47302',
        },
      },
      {
        name: 'limits and the rest',
        options: {},
        expect: {
          'limits.maxRequestBytes': 8 * 1024 * 1024,
          'limits.maxFramesPerRequest': 8,
          'limits.maxInFlightPerClient': 32,
          'limits.maxInFlight': 256,
          'limits.maxSessions': 64,
          'limits.sendQueueLimit': 10_000,
          'limits.defaultDeadlineMs': 30_000,
          'limits.maxDeadlineMs': 600_000,
          'sessions.heartbeatIntervalMs': 2000,
          'sessions.heartbeatTimeoutMs': 10_000,
          'events.heartbeatIntervalMs': 1000,
          'events.sendHighWaterMark': 10_000,
          'log.level': 'info',
          'log.maxFileBytes': 10 * 1024 * 1024,
          'log.maxFiles': 10,
          'log.console': 'pretty',
          'providers.simulated.enabled': false,
          'providers.hid.enabled': true,
          'providers.hid.pollIntervalMs': 1000,
          'providers.serial.enabled': true,
          'providers.serial.pollIntervalMs': 2000,
          'providers.serial.paths': [],
          'providers.pcsc.enabled': true,
          'providers.pcsc.retryIntervalMs': 2000,
          'drivers.allow': [],
          'drivers.options': {},
          'printers.encoders': {},
        },
      },
    ]
    for (const { name, options, env, expect } of cases) {
      it(name, function () {
        const { config } = load([], env ?? {}, options)
        for (const [key, value] of Object.entries(expect))
          assert.deepEqual(get(config, key), value, key)
      })
    }
  })

  it('covers every key and freezes the result deeply', function () {
    const { config } = load()
    for (const key of CONFIG_KEYS) assert.notEqual(get(config, key), undefined, key)
    assert.ok(Object.isFrozen(config))
    assert.ok(Object.isFrozen(config.limits))
    assert.ok(Object.isFrozen(config.providers.serial.paths))
  })

  describe('precedence: default < file < env < flag', function () {
    const file = JSON.stringify({ log: { level: 'warn' }, limits: { maxSessions: 10 } })
    const readFile = () => file
    const cases: {
      name: string
      argv: string[]
      env: Record<string, string>
      level: string
      sessions: number
    }[] = [
      { name: 'default', argv: [], env: {}, level: 'info', sessions: 64 },
      { name: 'file', argv: ['--config', '/etc/a.json'], env: {}, level: 'warn', sessions: 10 },
      {
        name: 'file named by IDSTATION_CONFIG',
        argv: [],
        env: { IDSTATION_CONFIG: '/etc/a.json' },
        level: 'warn',
        sessions: 10,
      },
      {
        name: 'env over file',
        argv: ['--config=/etc/a.json'],
        env: { IDSTATION_LOG_LEVEL: 'error', IDSTATION_LIMITS_MAX_SESSIONS: '20' },
        level: 'error',
        sessions: 20,
      },
      {
        name: 'flags over env',
        argv: ['--config', '/etc/a.json', '--log-level', 'debug', '--set', 'limits.maxSessions=30'],
        env: { IDSTATION_LOG_LEVEL: 'error', IDSTATION_LIMITS_MAX_SESSIONS: '20' },
        level: 'debug',
        sessions: 30,
      },
      {
        name: 'the last flag wins',
        argv: ['--set=log.level=warn', '--log-level=error', '--set', 'log.level=debug'],
        env: {},
        level: 'debug',
        sessions: 64,
      },
    ]
    for (const { name, argv, env, level, sessions } of cases) {
      it(name, function () {
        const { config } = load(argv, env, { readFile })
        assert.equal(config.log.level, level)
        assert.equal(config.limits.maxSessions, sessions)
      })
    }
  })

  it('moves derived paths with an explicit data or runtime dir, but not explicit ones', function () {
    const { config } = load([
      '--data-dir',
      'state',
      '--runtime-dir=/run/x',
      '--set',
      'log.dir=/var/log/ids',
    ])
    assert.equal(config.dataDir, '/work/state')
    assert.equal(config.keys.agentKeyFile, '/work/state/keys/agent.key')
    assert.equal(config.log.dir, '/var/log/ids')
    assert.equal(config.endpoints.requests, 'ipc:///run/x/agent.sock')
    const fromEnv = load([], {
      IDSTATION_DATA_DIR: '/srv/ids',
      IDSTATION_RUNTIME_DIR: '/run/ids',
    }).config
    assert.equal(fromEnv.keys.authorizedClientsDir, '/srv/ids/keys/authorized-clients')
    assert.equal(fromEnv.providers.simulated.dir, '/run/ids/simulated')
  })

  it('returns the arguments that are not configuration flags, in order', function () {
    const { rest } = load(['keys', '--data-dir', '/d', 'list', '--json', '--', '--set', 'x'])
    assert.deepEqual(rest, ['keys', 'list', '--json', '--', '--set', 'x'])
  })

  describe('text values from env and flags', function () {
    const cases: { env: string; text: string; key: string; value: unknown }[] = [
      {
        env: 'IDSTATION_PROVIDERS_HID_ENABLED',
        text: 'false',
        key: 'providers.hid.enabled',
        value: false,
      },
      {
        env: 'IDSTATION_PROVIDERS_SIMULATED_ENABLED',
        text: '1',
        key: 'providers.simulated.enabled',
        value: true,
      },
      {
        env: 'IDSTATION_PROVIDERS_SERIAL_PATHS',
        text: '/dev/pts/3, /dev/ttyS0',
        key: 'providers.serial.paths',
        value: ['/dev/pts/3', '/dev/ttyS0'],
      },
      {
        env: 'IDSTATION_DRIVERS_ALLOW',
        text: '["evolis-primacy"]',
        key: 'drivers.allow',
        value: ['evolis-primacy'],
      },
      { env: 'IDSTATION_DRIVERS_ALLOW', text: '', key: 'drivers.allow', value: [] },
      {
        env: 'IDSTATION_DRIVERS_OPTIONS',
        text: '{"evolis-primacy":{"dpi":300}}',
        key: 'drivers.options',
        value: { 'evolis-primacy': { dpi: 300 } },
      },
      {
        env: 'IDSTATION_PRINTERS_ENCODERS',
        text: '{"evolis:/dev/ttyS0":{"contact":"vpcd-reader:Virtual PCD 00 00"}}',
        key: 'printers.encoders',
        value: { 'evolis:/dev/ttyS0': { contact: 'vpcd-reader:Virtual PCD 00 00' } },
      },
      {
        env: 'IDSTATION_ENDPOINTS_REQUESTS',
        text: 'tcp://127.0.0.1:5555',
        key: 'endpoints.requests',
        value: 'tcp://127.0.0.1:5555',
      },
      { env: 'IDSTATION_LOG_CONSOLE', text: 'json', key: 'log.console', value: 'json' },
    ]
    for (const { env, text, key, value } of cases) {
      it(`${env}=${text}`, function () {
        assert.deepEqual(get(load([], { [env]: text }).config, key), value)
        assert.deepEqual(get(load(['--set', `${key}=${text}`]).config, key), value)
      })
    }
  })

  it('maps every key to its environment variable name', function () {
    assert.equal(envNameOf('limits.maxRequestBytes'), 'IDSTATION_LIMITS_MAX_REQUEST_BYTES')
    assert.equal(envNameOf('runtimeDir'), 'IDSTATION_RUNTIME_DIR')
    assert.equal(
      envNameOf('providers.hid.pollIntervalMs'),
      'IDSTATION_PROVIDERS_HID_POLL_INTERVAL_MS',
    )
    const names = new Set(CONFIG_KEYS.map(envNameOf))
    assert.equal(names.size, CONFIG_KEYS.length)
  })

  it('warns about IDSTATION_ variables that name no key, but not IDSTATION_CONFIG', function () {
    const { warnings } = load([], { IDSTATION_LOG_LEVLE: 'debug', IDSTATION_TEST_KEEP: '1' })
    assert.deepEqual(warnings, [
      'IDSTATION_LOG_LEVLE is not a configuration variable and was ignored',
    ])
  })

  describe('invalid values name the key, the source and what is allowed', function () {
    const cases: {
      name: string
      argv?: string[]
      env?: Record<string, string>
      file?: string
      message: RegExp
    }[] = [
      {
        name: 'integer below range from env',
        env: { IDSTATION_LIMITS_MAX_REQUEST_BYTES: '12' },
        message:
          /^limits\.maxRequestBytes: 12 \(from IDSTATION_LIMITS_MAX_REQUEST_BYTES\) is out of range, use an integer from 1024 to 268435456$/,
      },
      {
        name: 'integer above range from a flag',
        argv: ['--set', 'limits.maxFramesPerRequest=65'],
        message:
          /^limits\.maxFramesPerRequest: 65 \(from --set limits\.maxFramesPerRequest\) is out of range, use an integer from 1 to 64$/,
      },
      {
        name: 'not an integer',
        env: { IDSTATION_LIMITS_MAX_SESSIONS: '1.5' },
        message:
          /limits\.maxSessions: 1\.5 \(from IDSTATION_LIMITS_MAX_SESSIONS\) is not an integer, use an integer from 1 to 4096/,
      },
      {
        name: 'a string where the file needs a number',
        file: '{"limits":{"maxInFlight":"256"}}',
        message: /limits\.maxInFlight: "256" \(from \/etc\/c\.json\) is not an integer/,
      },
      {
        name: 'enum',
        argv: ['--log-level', 'verbose'],
        message:
          /log\.level: verbose \(from --log-level\) is not allowed, use one of error, warn, info, debug/,
      },
      {
        name: 'boolean',
        env: { IDSTATION_PROVIDERS_PCSC_ENABLED: 'maybe' },
        message:
          /providers\.pcsc\.enabled: maybe \(from IDSTATION_PROVIDERS_PCSC_ENABLED\) is not a boolean, use true or false/,
      },
      {
        name: 'relative path from the file',
        file: '{"keys":{"agentKeyFile":"keys/agent.key"}}',
        message:
          /keys\.agentKeyFile: "keys\/agent\.key" \(from \/etc\/c\.json\) is relative, use an absolute path/,
      },
      {
        name: 'endpoint',
        env: { IDSTATION_ENDPOINTS_EVENTS: 'http://localhost' },
        message:
          /endpoints\.events: http:\/\/localhost \(from IDSTATION_ENDPOINTS_EVENTS\) is not an endpoint, use ipc:/,
      },
      {
        name: 'endpoint port',
        env: { IDSTATION_ENDPOINTS_EVENTS: 'tcp://127.0.0.1:70000' },
        message: /has a port above 65535/,
      },
      {
        name: 'driver id',
        argv: ['--set', 'drivers.allow=Evolis'],
        message:
          /drivers\.allow: Evolis \(from --set drivers\.allow\) has an invalid item, use a list of driver ids/,
      },
      {
        name: 'driver options',
        file: '{"drivers":{"options":{"evolis":3}}}',
        message:
          /drivers\.options: \{"evolis":3\} \(from \/etc\/c\.json\) has options that are not an object/,
      },
      {
        name: 'unknown key in the file',
        file: '{"limits":{"maxRequestByte":5}}',
        message:
          /limits\.maxRequestByte \(from \/etc\/c\.json\) is an unknown key, known keys under limits: maxRequestBytes, /,
      },
      {
        name: 'unknown section in the file',
        file: '{"logging":{}}',
        message:
          /logging \(from \/etc\/c\.json\) is an unknown key, known keys: dataDir, runtimeDir, endpoints/,
      },
      {
        name: 'a section that is not an object',
        file: '{"limits":5}',
        message:
          /limits \(from \/etc\/c\.json\) is not an object, use an object with keys maxRequestBytes/,
      },
      {
        name: 'unknown --set key',
        argv: ['--set', 'limits.foo=1'],
        message: /--set limits\.foo: unknown key, known keys under limits/,
      },
      {
        name: '--set without =',
        argv: ['--set', 'log.level'],
        message: /--set log\.level needs the form key=value/,
      },
      { name: 'a flag without value', argv: ['--data-dir'], message: /--data-dir needs a value/ },
      {
        name: 'JSON syntax',
        file: '{"log": ',
        message: /config file \/etc\/c\.json is not valid JSON/,
      },
      {
        name: 'heartbeat timeout not above the interval',
        env: { IDSTATION_SESSIONS_HEARTBEAT_TIMEOUT_MS: '2000' },
        message:
          /sessions\.heartbeatTimeoutMs: 2000 \(from IDSTATION_SESSIONS_HEARTBEAT_TIMEOUT_MS\) must be greater than sessions\.heartbeatIntervalMs \(2000, default\)/,
      },
      {
        name: 'default deadline above the maximum',
        argv: ['--set', 'limits.maxDeadlineMs=10000'],
        message:
          /limits\.defaultDeadlineMs: 30000 \(default\) must be at most limits\.maxDeadlineMs \(10000, from --set/,
      },
      {
        name: 'per-client in-flight above the total',
        env: { IDSTATION_LIMITS_MAX_IN_FLIGHT: '16' },
        message: /limits\.maxInFlightPerClient: 32 \(default\) must be at most limits\.maxInFlight/,
      },
      {
        name: 'a printer station that does not exist',
        env: { IDSTATION_PRINTERS_ENCODERS: '{"evolis:1":{"front":"vpcd-reader:R 0"}}' },
        message:
          /^printers\.encoders: .* \(from IDSTATION_PRINTERS_ENCODERS\) names an unknown station, use an object of printer id/,
      },
      {
        name: 'an encoder that is not a device id',
        argv: ['--set', 'printers.encoders={"evolis:1":{"contact":"Virtual PCD 00 00"}}'],
        message: /^printers\.encoders: .* has an invalid encoder id/,
      },
      {
        name: 'both endpoints equal',
        argv: [
          '--set',
          'endpoints.events=tcp://127.0.0.1:1',
          '--set',
          'endpoints.requests=tcp://127.0.0.1:1',
        ],
        message: /endpoints\.events: .* is the same as endpoints\.requests/,
      },
    ]
    for (const { name, argv, env, file, message } of cases) {
      it(name, function () {
        const readFile = () => file ?? '{}'
        const args =
          file === undefined ? (argv ?? []) : ['--config', '/etc/c.json', ...(argv ?? [])]
        const error = loadError(() => load(args, env ?? {}, { readFile }))
        assert.match(error.message, message)
      })
    }
  })

  it('reports every problem at once', function () {
    const error = loadError(() =>
      load([], { IDSTATION_LOG_LEVEL: 'loud', IDSTATION_LIMITS_MAX_SESSIONS: '0' }),
    )
    assert.match(error.message, /log\.level/)
    assert.match(error.message, /limits\.maxSessions/)
    assert.equal(error.details.problems, 2)
  })

  it('names a config file that cannot be read', function () {
    const error = loadError(() =>
      loadConfig({ ...USER, argv: ['--config', '/nonexistent/c.json'], env: {} }),
    )
    assert.match(error.message, /config file \/nonexistent\/c\.json cannot be read \(ENOENT\)/)
  })

  // Found by npm run fuzz: a deep file overflowed the stack of deepFreeze and JSON.stringify.
  it('refuses a config file or JSON text nested too deep, by name, without overflowing', function () {
    const depth = 50_000
    const deepArray = '['.repeat(depth) + ']'.repeat(depth)
    const deepOptions = `{"r30x":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`
    for (const file of [
      `{"log":{"level":${deepArray}}}`,
      `{"drivers":{"options":${deepOptions}}}`,
    ]) {
      const error = loadError(() =>
        load([], { IDSTATION_CONFIG: '/etc/c.json' }, { readFile: () => file }),
      )
      assert.match(error.message, /config file \/etc\/c\.json nests deeper than 32 levels/)
    }
    const fromEnv = loadError(() => load([], { IDSTATION_DRIVERS_OPTIONS: deepOptions }))
    assert.match(fromEnv.message, /drivers\.options: .* is not JSON/)
    const shallow = `{"drivers":{"options":{"r30x":{"a":{"b":[1,[2]]}}}}}`
    const loaded = load([], { IDSTATION_CONFIG: '/etc/c.json' }, { readFile: () => shallow })
    assert.deepEqual(get(loaded.config, 'drivers.options'), { r30x: { a: { b: [1, [2]] } } })
  })

  it('describes every key for the documentation', function () {
    const rows = describeConfig()
    assert.equal(rows.length, CONFIG_KEYS.length)
    const limit = rows.find(row => row.key === 'limits.maxRequestBytes')
    assert.deepEqual(limit && { env: limit.env, allowed: limit.allowed, default: limit.default }, {
      env: 'IDSTATION_LIMITS_MAX_REQUEST_BYTES',
      allowed: 'integer 1024..268435456',
      default: '8388608',
    })
    assert.equal(rows.find(row => row.key === 'log.dir')?.default, '<dataDir>/logs')
  })
})

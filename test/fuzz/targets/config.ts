import fc from 'fast-check'
import { loadConfig } from '../../../agent/config/load'
import { CONFIG_KEYS, envNameOf } from '../../../agent/config/schema'
import { agentError } from '../accept'
import { target } from '../harness'
import { outsideBytes } from '../mutate'

const FILE = '/etc/idstation/config.json'

/** Values of every kind a key takes, right and wrong. */
const settingValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: -10, max: 100_000_000 }),
  fc.boolean(),
  fc.constantFrom(
    'debug',
    'json',
    'key-file',
    '/var/lib/idstation',
    'relative/path',
    'tcp://127.0.0.1:5555',
    'tcp://[::1]:99999',
    'ipc:///run/idstation/req.sock',
    'inproc://x',
    'r30x',
    '',
  ),
  fc.array(fc.constantFrom('/dev/ttyS0', 'r30x', 'evolis-primacy', 'Bad Id', 3), { maxLength: 3 }),
  fc.dictionary(
    fc.constantFrom('r30x', 'evolis', 'Bad Id', '__proto__'),
    fc.jsonValue({ maxDepth: 2 }),
    {
      maxKeys: 3,
    },
  ),
  fc.jsonValue({ maxDepth: 2 }),
)

/** Nests dotted keys the way the file writes them: `{ "limits": { "maxInFlight": … } }`. */
function documentOf(entries: readonly (readonly [string, unknown])[]): Record<string, unknown> {
  const root: Record<string, unknown> = {}
  for (const [key, value] of entries) {
    const segments = key.split('.')
    let node = root
    for (const segment of segments.slice(0, -1)) {
      const child = node[segment]
      if (typeof child !== 'object' || child === null || Array.isArray(child)) node[segment] = {}
      node = node[segment] as Record<string, unknown>
    }
    node[segments.at(-1) ?? key] = value
  }
  return root
}

const KEYS_AND_STRAYS = [...CONFIG_KEYS, 'limits.unknown', 'nope', 'log', 'drivers.options.x']

const documentText: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.constantFrom(...KEYS_AND_STRAYS), settingValue), { maxLength: 8 })
  .map(entries => JSON.stringify(documentOf(entries), null, 1))

/** Arrays and objects nested this deep, as a hostile or broken file might hold them. */
const deepText: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 1, max: 20_000 }), fc.boolean())
  .map(
    ([depth, objects]) =>
      `{"drivers":{"options":{"r30x":{"a":${
        objects
          ? '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)
          : '['.repeat(depth) + ']'.repeat(depth)
      }}}}}`,
  )

const envSettings: fc.Arbitrary<Record<string, string>> = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...CONFIG_KEYS).map(envNameOf), fc.constant('IDSTATION_NOPE')),
      fc.oneof(
        fc.string({ maxLength: 20 }),
        fc.constantFrom('1', 'yes', '[1,2', '["r30x"]', '{}', ' 99 '),
      ),
    ),
    { maxLength: 3 },
  )
  .map(pairs => Object.fromEntries(pairs))

/**
 * The agent's configuration file as text (valid documents, documents with wrong values, deep
 * nesting, and mutated bytes of them) plus IDSTATION_* variables, through loadConfig.
 */
export const configFile = target<{ text: string; env: Record<string, string> }>({
  name: 'config.file',
  arbitrary: () =>
    fc.record({
      text: fc.oneof(
        { weight: 4, arbitrary: documentText },
        {
          weight: 4,
          arbitrary: fc
            .tuple(documentText, fc.nat())
            .chain(([text]) => outsideBytes([Buffer.from(text)], 64))
            .map(bytes => bytes.toString('utf8')),
        },
        { weight: 1, arbitrary: deepText },
        { weight: 1, arbitrary: fc.json({ maxDepth: 3 }) },
      ),
      env: envSettings,
    }),
  run: ({ text, env }) =>
    loadConfig({
      argv: [],
      env: { ...env, IDSTATION_CONFIG: FILE, HOME: '/home/station' },
      platform: 'linux',
      uid: 1000,
      cwd: '/',
      homeDir: '/home/station',
      tmpDir: '/tmp',
      readFile: () => text,
    }),
  accept: agentError(['CONFIG_INVALID']),
})

import assert from 'node:assert/strict'
import type { CliCommand } from '../../../../agent/cli/command'
import { COMMANDS } from '../../../../agent/cli/commands'
import { EXIT_CODES, exitCodeForError } from '../../../../agent/cli/exit-codes'
import { renderTable } from '../../../../agent/cli/render-table'
import { UsageError } from '../../../../agent/cli/usage-error'
import { AgentError } from '../../../../drivers/core/errors'
import { AgentUnreachableError } from '../../../../protocol/client/errors'
import { runCliForTest } from '../../../support/run-cli'

const seen: { args: readonly string[]; json: boolean; dataDir: string }[] = []
const ECHO: CliCommand = {
  name: 'echo',
  summary: 'test command',
  usage: 'Usage: idstation echo [words]',
  run: context => {
    seen.push({ args: context.args, json: context.json, dataDir: context.config.dataDir })
    if (context.args[0] === 'throw') throw new AgentError('DEVICE_BUSY', 'printer is leased')
    if (context.args[0] === 'crash') throw new Error('boom')
    return Promise.resolve(EXIT_CODES.ok)
  },
}
const GROUP: CliCommand = { name: 'group', summary: 'a group', subcommands: [ECHO] }
const commands = [ECHO, GROUP]

describe('runCli', function () {
  beforeEach(function () {
    seen.length = 0
  })

  it('passes the command its arguments, --json and the configuration, wherever the flags stand', async function () {
    const run = await runCliForTest(
      ['--data-dir', '/d', 'echo', 'a', '--json', 'b', '--', '--json'],
      { commands },
    )
    assert.equal(run.code, 0)
    assert.deepEqual(seen, [{ args: ['a', 'b', '--', '--json'], json: true, dataDir: '/d' }])
  })

  it('descends into groups', async function () {
    await runCliForTest(['group', 'echo', 'x'], { commands })
    assert.deepEqual(seen[0]?.args, ['x'])
  })

  const helpCases: {
    name: string
    argv: string[]
    code: number
    stream: 'stdout' | 'stderr'
    text: RegExp
  }[] = [
    {
      name: 'no command prints help and exits 2',
      argv: [],
      code: 2,
      stream: 'stderr',
      text: /^Usage: idstation \[global options\]/,
    },
    {
      name: '--help',
      argv: ['--help'],
      code: 0,
      stream: 'stdout',
      text: /Commands:\n {2}echo {3}test command\n {2}group {2}a group/,
    },
    {
      name: '-h lists exit codes',
      argv: ['-h'],
      code: 0,
      stream: 'stdout',
      text: /78 {2}config invalid/,
    },
    {
      name: 'command help',
      argv: ['echo', '--help'],
      code: 0,
      stream: 'stdout',
      text: /^Usage: idstation echo \[words\]\n$/,
    },
    {
      name: 'group help',
      argv: ['group', '-h'],
      code: 0,
      stream: 'stdout',
      text: /Subcommands:\n {2}echo {2}test command/,
    },
    {
      name: 'group without subcommand',
      argv: ['group'],
      code: 2,
      stream: 'stderr',
      text: /Usage: idstation group <subcommand>/,
    },
    {
      name: 'unknown command',
      argv: ['nope'],
      code: 2,
      stream: 'stderr',
      text: /unknown command "nope"; see idstation --help/,
    },
    {
      name: 'unknown subcommand',
      argv: ['group', 'nope'],
      code: 2,
      stream: 'stderr',
      text: /unknown subcommand "group nope"/,
    },
    {
      name: 'unknown global option',
      argv: ['--verbose', 'echo'],
      code: 2,
      stream: 'stderr',
      text: /unknown option --verbose/,
    },
    {
      name: 'bad configuration exits 78',
      argv: ['--set', 'limits.maxSessions=0', 'echo'],
      code: 78,
      stream: 'stderr',
      text: /limits\.maxSessions: 0 \(from --set limits\.maxSessions\) is out of range/,
    },
    {
      name: 'AgentError code maps to the exit code',
      argv: ['echo', 'throw'],
      code: 5,
      stream: 'stderr',
      text: /^idstation: printer is leased\n$/,
    },
    {
      name: 'other errors exit 1',
      argv: ['echo', 'crash'],
      code: 1,
      stream: 'stderr',
      text: /^idstation: boom\n$/,
    },
  ]
  for (const { name, argv, code, stream, text } of helpCases) {
    it(name, async function () {
      const run = await runCliForTest(argv, { commands })
      assert.equal(run.code, code)
      assert.match(run[stream], text)
    })
  }

  it('reports IDSTATION_ variables that name no key', async function () {
    const run = await runCliForTest(['echo'], { commands, env: { IDSTATION_LOG_LEVLE: 'x' } })
    assert.match(run.stderr, /warning: IDSTATION_LOG_LEVLE is not a configuration variable/)
  })

  it('registers keys in the real command table, every name unique', function () {
    const names = COMMANDS.map(command => command.name)
    assert.ok(names.includes('keys'))
    assert.equal(new Set(names).size, names.length)
  })
})

describe('exitCodeForError', function () {
  const cases: { error: unknown; code: number }[] = [
    { error: new UsageError('x'), code: 2 },
    { error: new AgentUnreachableError('x'), code: 3 },
    { error: new AgentError('CONFIG_INVALID', 'x'), code: 78 },
    { error: new AgentError('PERMISSION_DENIED', 'x'), code: 4 },
    { error: new AgentError('UNAUTHENTICATED', 'x'), code: 4 },
    { error: new AgentError('DEVICE_BUSY', 'x'), code: 5 },
    { error: { code: 'DEVICE_BUSY' }, code: 5 },
    { error: new AgentError('INTERNAL', 'x'), code: 1 },
    { error: Object.assign(new Error('x'), { code: 'ENOENT' }), code: 1 },
    { error: 'text', code: 1 },
  ]
  for (const [index, { error, code }] of cases.entries()) {
    it(`case ${index}: ${error instanceof Error ? error.name : typeof error} → ${code}`, function () {
      assert.equal(exitCodeForError(error), code)
    })
  }
})

describe('renderTable', function () {
  it('pads columns, upper-cases headers and leaves no trailing blanks', function () {
    assert.equal(
      renderTable(
        ['name', 'role'],
        [
          ['technician-cli', 'technician'],
          ['a', ''],
        ],
      ),
      'NAME            ROLE\ntechnician-cli  technician\na\n',
    )
  })
})

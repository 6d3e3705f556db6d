import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const ROOT = path.resolve(__dirname, '../../..')
const SCRIPT = path.join(ROOT, 'scripts', 'check-protoc.sh')
const hasProtoc = spawnSync('protoc', ['--version']).status === 0

function check(protoRoot?: string): { status: number | null; output: string } {
  const run = spawnSync('bash', [SCRIPT, ...(protoRoot === undefined ? [] : [protoRoot])], {
    cwd: ROOT,
    encoding: 'utf8',
  })
  return { status: run.status, output: run.stdout + run.stderr }
}

// Debian's protoc is the peer every other language's code generator stands on: the schema must
// compile there, not only in protobufjs (which scopes enum values per enum and so never saw
// JobState.JOB_STATE_CANCELED clash with ErrorCode.ERROR_CODE_CANCELED).
describe("the schema through Debian's protoc (Python, Java, C#, C++)", function () {
  this.timeout(60_000)
  before(function () {
    if (!hasProtoc) {
      process.stdout.write(
        '      skipped: protoc not installed (apt-get install protobuf-compiler)\n',
      )
      this.skip()
    }
  })

  it('compiles every .proto for four languages without an error or a warning', () => {
    const { status, output } = check()
    assert.equal(status, 0, output)
    assert.match(output, /Python, Java, C# and C\+\+ compiled \d+ files/)
  })

  it('refuses a schema whose enum values clash across enums (the check can fail)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'idstation-protoc-'))
    try {
      cpSync(path.join(ROOT, 'protocol', 'idstation'), path.join(dir, 'idstation'), {
        recursive: true,
      })
      const jobs = path.join(dir, 'idstation', 'v1', 'jobs.proto')
      // Yesterday's schema: an unprefixed value that ErrorCode's CANCELED would share a scope with.
      writeFileSync(
        jobs,
        readFileSync(jobs, 'utf8').replace('JOB_STATE_CANCELED = 5;', 'CANCELED = 5;'),
      )
      writeFileSync(
        path.join(dir, 'idstation', 'v1', 'errors.proto'),
        readFileSync(path.join(dir, 'idstation', 'v1', 'errors.proto'), 'utf8').replace(
          'ERROR_CODE_CANCELED',
          'CANCELED',
        ),
      )
      const { status, output } = check(dir)
      assert.equal(status, 1, output)
      assert.match(output, /"idstation\.v1\.CANCELED" is already defined/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('prefixes every enum value with its enum name (protobuf style)', () => {
    const folder = path.join(ROOT, 'protocol', 'idstation', 'v1')
    for (const file of readdirSync(folder).filter(name => name.endsWith('.proto'))) {
      const text = readFileSync(path.join(folder, file), 'utf8')
      for (const match of text.matchAll(/enum (\w+) \{([^}]*)\}/g)) {
        const prefix = `${(match[1] ?? '').replace(/(?<!^)([A-Z])/g, '_$1').toUpperCase()}_`
        for (const value of (match[2] ?? '').matchAll(/^\s*([A-Z0-9_]+)\s*=/gm)) {
          assert.ok(
            value[1]?.startsWith(prefix),
            `${match[1] ?? ''}.${value[1] ?? ''} lacks ${prefix}`,
          )
        }
      }
    }
  })
})

/**
 * The fuzz campaign: every parser of outside bytes in test/fuzz/targets.ts, 100,000 cases each.
 *
 *   npm run fuzz [-- --runs N] [--only name[,name]] [--seed S] [--jobs J] [--case-limit MS]
 *
 * Each target runs in a child process (one per core), so a parser stuck in a loop is killed by a
 * watchdog and reported with the case that hung, regenerated from the seed. Exits 1 on any failure.
 */
import { fork, type ChildProcess } from 'node:child_process'
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import fc from 'fast-check'
import {
  DEFAULT_CASE_LIMIT_MS,
  fuzzTarget,
  type FuzzOutcome,
  type FuzzTarget,
} from '../test/fuzz/harness'
import { FUZZ_TARGETS } from '../test/fuzz/targets'

export const DEFAULT_RUNS = 100_000
/** Fixed so that a failure seen once replays; override with --seed. */
export const DEFAULT_SEED = 1917
/** No case finished for this long: a hang, not a slow case (those fail at the case limit). */
const HANG_MS = 15_000

export interface FuzzCliOptions {
  readonly runs: number
  readonly seed: number
  readonly jobs: number
  readonly caseLimitMs: number
  readonly only: readonly string[]
  readonly child: string | undefined
  readonly progressFile: string | undefined
}

/** `--runs N --only a,b --seed S --jobs J --case-limit MS`; throws for a bad number. */
export function parseFuzzArgs(argv: readonly string[]): FuzzCliOptions {
  const value = (flag: string): string | undefined => {
    const index = argv.indexOf(flag)
    return index < 0 ? undefined : argv[index + 1]
  }
  const number = (flag: string, fallback: number): number => {
    const text = value(flag)
    if (text === undefined) return fallback
    const parsed = Number(text)
    if (!Number.isSafeInteger(parsed) || parsed < 0) throw new Error(`${flag} needs an integer`)
    return parsed
  }
  const only = argv.flatMap((arg, index) =>
    arg === '--only' ? (argv[index + 1] ?? '').split(',').filter(name => name !== '') : [],
  )
  return {
    runs: number('--runs', DEFAULT_RUNS),
    seed: number('--seed', DEFAULT_SEED),
    jobs: Math.max(1, number('--jobs', availableParallelism())),
    caseLimitMs: number('--case-limit', DEFAULT_CASE_LIMIT_MS),
    only,
    child: value('--child'),
    progressFile: value('--progress'),
  }
}

function print(line = ''): void {
  process.stdout.write(`${line}\n`)
}

/** Child side: run one target, note each case's index in the progress file, send the outcome. */
async function runChild(options: FuzzCliOptions, target: FuzzTarget): Promise<void> {
  const fd = options.progressFile === undefined ? undefined : openSync(options.progressFile, 'w')
  const index = Buffer.alloc(4)
  const outcome = await fuzzTarget(target, {
    numRuns: options.runs,
    seed: options.seed,
    caseLimitMs: options.caseLimitMs,
    onCase: at => {
      if (fd === undefined) return
      index.writeUInt32BE(at)
      writeSync(fd, index, 0, 4, 0)
    },
  })
  if (fd !== undefined) closeSync(fd)
  // The outcome must reach the parent before the child exits.
  await new Promise<void>(resolve => {
    if (process.send === undefined) resolve()
    else
      process.send(outcome, () => {
        resolve()
      })
  })
}

function readProgress(file: string): number {
  const fd = openSync(file, 'r')
  try {
    const index = Buffer.alloc(4)
    return readSync(fd, index, 0, 4, 0) === 4 ? index.readUInt32BE() : -1
  } finally {
    closeSync(fd)
  }
}

/** The input of case `index` under `seed`: fast-check generates the same sequence for a seed. */
async function regenerate(target: FuzzTarget, seed: number, index: number): Promise<string> {
  const values = fc.sample(await target.arbitrary(), { seed, numRuns: index + 1 })
  return fc.stringify(values[index])
}

async function runInChild(
  options: FuzzCliOptions,
  target: FuzzTarget,
  workDir: string,
): Promise<FuzzOutcome> {
  const progressFile = join(workDir, `${target.name}.progress`)
  writeSync(openSync(progressFile, 'w'), Buffer.alloc(4, 0xff))
  const args = [
    '--child',
    target.name,
    '--runs',
    String(options.runs),
    '--seed',
    String(options.seed),
    '--case-limit',
    String(options.caseLimitMs),
    '--progress',
    progressFile,
  ]
  const started = performance.now()
  const child: ChildProcess = fork(__filename, args, {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  let outcome: FuzzOutcome | undefined
  child.on('message', message => {
    outcome = message as FuzzOutcome
  })
  let last = -2
  let lastChange = performance.now()
  let hungAt: number | undefined
  const watchdog = setInterval(() => {
    const now = readProgress(progressFile)
    if (now !== last) {
      last = now
      lastChange = performance.now()
    } else if (performance.now() - lastChange > HANG_MS && hungAt === undefined) {
      hungAt = now
      child.kill('SIGKILL')
    }
  }, 500)
  const code = await new Promise<number | null>(resolve => child.on('exit', resolve))
  clearInterval(watchdog)
  if (outcome !== undefined && hungAt === undefined && code === 0) return outcome
  const index = hungAt ?? readProgress(progressFile)
  return {
    name: target.name,
    cases: Math.max(index, 0),
    tally: {},
    slowestMs: 0,
    durationMs: performance.now() - started,
    failure: {
      reason:
        hungAt === undefined
          ? `the fuzz process died (exit ${String(code)}) during case ${index}`
          : `case ${index} did not finish within ${HANG_MS} ms (a hang)`,
      counterexample: index >= 0 ? await regenerate(target, options.seed, index) : '(none)',
      seed: options.seed,
      path: undefined,
    },
  }
}

function formatTally(tally: Readonly<Record<string, number>>): string {
  return Object.entries(tally)
    .map(([key, count]) => `${key}=${count}`)
    .join(', ')
}

function summaryLine(outcome: FuzzOutcome): string {
  const verdict = outcome.failure === undefined ? 'pass' : 'FAIL'
  return [
    outcome.name.padEnd(32),
    String(outcome.cases).padStart(7),
    `${(outcome.durationMs / 1000).toFixed(1)} s`.padStart(8),
    `${outcome.slowestMs.toFixed(1)} ms`.padStart(10),
    verdict,
  ].join('  ')
}

async function main(): Promise<void> {
  const options = parseFuzzArgs(process.argv.slice(2))
  if (options.child !== undefined) {
    const target = FUZZ_TARGETS.find(t => t.name === options.child)
    if (target === undefined) throw new Error(`no fuzz target ${options.child}`)
    await runChild(options, target)
    return
  }
  const unknown = options.only.filter(name => !FUZZ_TARGETS.some(t => t.name === name))
  if (unknown.length > 0) throw new Error(`no fuzz target ${unknown.join(', ')}`)
  const targets = FUZZ_TARGETS.filter(
    t => options.only.length === 0 || options.only.includes(t.name),
  )
  print(
    `fuzz: ${targets.length} targets × ${options.runs} cases, seed ${options.seed}, ` +
      `${options.jobs} jobs, case limit ${options.caseLimitMs} ms`,
  )
  print(`replay: npm run fuzz -- --seed ${options.seed} --only <target>`)
  const workDir = mkdtempSync(join(tmpdir(), 'idstation-fuzz-'))
  const started = performance.now()
  const outcomes = new Map<string, FuzzOutcome>()
  const queue = [...targets]
  const worker = async (): Promise<void> => {
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      const outcome = await runInChild(options, next, workDir)
      outcomes.set(next.name, outcome)
      print(summaryLine(outcome))
    }
  }
  try {
    await Promise.all(Array.from({ length: Math.min(options.jobs, targets.length) }, worker))
  } finally {
    rmSync(workDir, { recursive: true, force: true })
  }
  const totalS = (performance.now() - started) / 1000
  print()
  print(
    `${'target'.padEnd(32)}  ${'cases'.padStart(7)}  ${'time'.padStart(8)}  ${'slowest'.padStart(10)}  result`,
  )
  let failed = 0
  let cases = 0
  for (const target of targets) {
    const outcome = outcomes.get(target.name)
    if (outcome === undefined) continue
    cases += outcome.cases
    print(summaryLine(outcome))
    print(`  errors: ${formatTally(outcome.tally) || 'none'}`)
    if (outcome.failure !== undefined) failed += 1
  }
  print()
  print(
    `total: ${cases} cases in ${totalS.toFixed(1)} s, ${failed} of ${targets.length} targets failed`,
  )
  for (const outcome of outcomes.values()) {
    const failure = outcome.failure
    if (failure === undefined) continue
    print()
    print(`FAIL ${outcome.name}: ${failure.reason}`)
    print(`  counterexample: ${failure.counterexample}`)
    print(`  replay: npm run fuzz -- --seed ${failure.seed} --only ${outcome.name}`)
  }
  process.exitCode = failed > 0 ? 1 : 0
}

// Imported by its unit test for the argument parser; runs only as a script.
if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(
      `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    )
    process.exitCode = 1
  })
}

import assert from 'node:assert/strict'
import {
  runWorkflow,
  type Step,
  type StepMachineHooks,
  type WorkflowDefinition,
} from '../../../../agent/jobs/step-machine'
import { AgentError } from '../../../../drivers/core/errors'

type Log = string[]

function step(name: string, run: Step<Log>['run'], extra: Partial<Step<Log>> = {}): Step<Log> {
  return { name, run, ...extra }
}

const record = (name: string): Step<Log> =>
  step(name, context => {
    context.data.push(name)
    return Promise.resolve()
  })

function workflow(steps: Step<Log>[], cleanup: Step<Log>[] = [record('cleanup')]) {
  return { name: 'test', version: 1, steps, cleanup } satisfies WorkflowDefinition<Log>
}

const noSleep = () => Promise.resolve()

describe('agent/jobs/step-machine', () => {
  it('runs steps in order, reports each before it acts, and runs cleanup after success', async () => {
    const log: Log = []
    const seen: string[] = []
    const hooks: StepMachineHooks = {
      onStep: (name, percent) => seen.push(`${name}@${percent}`),
    }
    const outcome = await runWorkflow(workflow([record('a'), record('b')]), {
      jobId: 'j',
      data: log,
      signal: new AbortController().signal,
      hooks: {
        onStep: (name, percent, attempt) => {
          // The step has not run yet when its hook fires.
          assert.equal(log.includes(name), false)
          hooks.onStep?.(name, percent, attempt)
        },
      },
    })
    assert.deepEqual(outcome, { state: 'succeeded' })
    assert.deepEqual(log, ['a', 'b', 'cleanup'])
    assert.deepEqual(seen, ['a@0', 'b@50'])
  })

  it('stops at the failing step, names it, and still runs every cleanup step', async () => {
    const log: Log = []
    const failing = step('write-dg2', () =>
      Promise.reject(new AgentError('CARD_WRITE_FAILED', 'memory failure')),
    )
    const brokenCleanup = step('eject', () => Promise.reject(new Error('jam')))
    const failures: string[] = []
    const outcome = await runWorkflow(
      workflow([record('a'), failing, record('never')], [brokenCleanup, record('close')]),
      {
        jobId: 'j',
        data: log,
        signal: new AbortController().signal,
        hooks: { onCleanupFailed: (name, error) => failures.push(`${name}:${error.code}`) },
      },
    )
    if (outcome.state !== 'failed') assert.fail(`expected a failure, got ${outcome.state}`)
    assert.equal(outcome.failedStep, 'write-dg2')
    assert.equal(outcome.error.code, 'CARD_WRITE_FAILED')
    assert.deepEqual(log, ['a', 'close'])
    assert.deepEqual(failures, ['eject:INTERNAL'])
  })

  it('retries only the listed codes, up to the attempt limit', async () => {
    let calls = 0
    const flaky = step(
      'identify-chip',
      () => {
        calls += 1
        return calls < 3
          ? Promise.reject(new AgentError('TRANSPORT_TIMEOUT', 'slow'))
          : Promise.resolve()
      },
      { retry: { attempts: 3, delayMs: 10, on: ['TRANSPORT_TIMEOUT'] } },
    )
    const attempts: number[] = []
    const outcome = await runWorkflow(workflow([flaky]), {
      jobId: 'j',
      data: [],
      signal: new AbortController().signal,
      sleep: noSleep,
      hooks: { onStep: (_name, _percent, attempt) => attempts.push(attempt) },
    })
    assert.deepEqual(outcome, { state: 'succeeded' })
    assert.deepEqual(attempts, [1, 2, 3])

    calls = -10
    const exhausted = await runWorkflow(workflow([flaky]), {
      jobId: 'j',
      data: [],
      signal: new AbortController().signal,
      sleep: noSleep,
    })
    assert.equal(exhausted.state, 'failed')
  })

  it('does not retry a code outside the list', async () => {
    let calls = 0
    const once = step(
      's',
      () => {
        calls += 1
        return Promise.reject(new AgentError('CARD_NOT_BLANK', 'used'))
      },
      { retry: { attempts: 5, delayMs: 0, on: ['TRANSPORT_TIMEOUT'] } },
    )
    const outcome = await runWorkflow(workflow([once]), {
      jobId: 'j',
      data: [],
      signal: new AbortController().signal,
      sleep: noSleep,
    })
    assert.equal(outcome.state, 'failed')
    assert.equal(calls, 1)
  })

  it('cancels at the running step when the signal aborts, and runs cleanup', async () => {
    const log: Log = []
    const controller = new AbortController()
    const blocking = step('wait-card', context => {
      controller.abort()
      return Promise.reject(context.signal.reason as Error)
    })
    const outcome = await runWorkflow(workflow([blocking, record('never')]), {
      jobId: 'j',
      data: log,
      signal: controller.signal,
    })
    assert.deepEqual(outcome, { state: 'canceled', atStep: 'wait-card' })
    assert.deepEqual(log, ['cleanup'])
  })

  it('turns an operator Cancel into a canceled outcome and Continue into progress', async () => {
    const answers = ['continue', 'cancel'] as const
    let asked = 0
    const prompting = step('insert-card', async context => {
      await context.prompt({ kind: 'insert-card', message: 'insert a blank card' })
      context.data.push('continued')
      await context.prompt({ kind: 'card-not-blank', message: 'the card is not blank' })
      context.data.push('never')
    })
    const log: Log = []
    const outcome = await runWorkflow(workflow([prompting]), {
      jobId: 'j',
      data: log,
      signal: new AbortController().signal,
      hooks: { prompt: () => Promise.resolve(answers[asked++] ?? 'cancel') },
    })
    assert.deepEqual(outcome, { state: 'canceled', atStep: 'insert-card' })
    assert.deepEqual(log, ['continued', 'cleanup'])
  })

  it('maps progress inside a step onto the job percentage by weight', async () => {
    const percents: number[] = []
    const heavy = step(
      'write',
      context => {
        context.progress(0.5)
        context.progress(2)
        return Promise.resolve()
      },
      { weight: 3 },
    )
    await runWorkflow(workflow([record('a'), heavy]), {
      jobId: 'j',
      data: [],
      signal: new AbortController().signal,
      hooks: { onProgress: (_step, percent) => percents.push(percent) },
    })
    assert.deepEqual(percents, [62, 100])
  })
})

import assert from 'node:assert/strict'
import type { CheckResult } from '../../agent/diagnostics/check-result'
import { AGENT_VERSION } from '../../agent/version'
import { startAgentProcess, type AgentProcess } from '../support/agent-process'

// The real idstation doctor against the real idstation-agent, then with the agent stopped.
describe('e2e: idstation doctor', function () {
  this.timeout(60_000)
  let agent: AgentProcess

  before(async () => {
    agent = await startAgentProcess()
  })
  after(async () => {
    await agent.dispose()
  })

  it('prints the table with the agent reachable, and exits by whether any check failed', async () => {
    const run = await agent.cli(['doctor'])
    assert.ok(run.code === 0 || run.code === 1, `exit ${run.code}: ${run.stderr}`)
    const lines = run.stdout.trim().split('\n')
    assert.match(lines[0] ?? '', /^CHECK +STATUS +DETAIL +FIX$/i)
    assert.match(
      run.stdout,
      new RegExp(`^agent +ok +reachable, version ${AGENT_VERSION.replace(/\./g, '\\.')}`, 'm'),
    )
    for (const name of [
      'pcscd',
      'serial ports',
      'service user',
      'permissions',
      'key ownership',
      'keys',
      'signer',
      'disk space',
      'clock',
      'packages',
    ])
      assert.match(run.stdout, new RegExp(`^${name} +(ok|warn|fail) `, 'm'), name)

    const json = await agent.cli(['doctor', '--json'])
    const results = JSON.parse(json.stdout) as CheckResult[]
    const byName = new Map(results.map(result => [result.name, result]))
    // keys init made the keys with private modes; the agent made its runtime directory 0700.
    assert.equal(byName.get('keys')?.status, 'ok')
    assert.equal(byName.get('permissions')?.status, 'ok', byName.get('permissions')?.detail)
    // No idstation user here: the keys must be the doctor's own user's (or root's) alone.
    assert.equal(byName.get('key ownership')?.status, 'ok', byName.get('key ownership')?.detail)
    assert.equal(byName.get('clock')?.status, 'ok')
    assert.equal(json.code, results.some(result => result.status === 'fail') ? 1 : 0)
  })

  it('with the agent down, the agent check fails with the fix and the rest still run', async () => {
    await agent.stop()
    const run = await agent.cli(['doctor', '--json'])
    assert.equal(run.code, 1, run.stderr)
    const results = JSON.parse(run.stdout) as CheckResult[]
    assert.equal(results.length, 11)
    assert.deepEqual(results[0], {
      name: 'agent',
      status: 'fail',
      detail: `no agent at ipc://${agent.runtimeDir}/agent.sock: is idstation-agent running?`,
      fix: 'systemctl start idstation-agent (or run idstation-agent in a terminal to see why it stops)',
    })
  })
})

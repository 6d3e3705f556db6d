import assert from 'node:assert/strict'
import { AgentError } from '../../../../../drivers/core/errors'
import { AgentUnreachableError, ProtocolError } from '../../../../../protocol/client/errors'
import type { AgentClient } from '../../../../../protocol/client/agent-client'
import { checkAgent, probeAgent } from '../../../../../agent/diagnostics/checks/agent'

describe('doctor: agent', function () {
  it('an agent that is down is a failed check with the start fix, not an exception', async function () {
    const facts = await probeAgent(() =>
      Promise.reject(new AgentUnreachableError('no agent at ipc:///run/idstation/agent.sock')),
    )
    const result = checkAgent(facts)
    assert.equal(result.status, 'fail')
    assert.equal(result.detail, 'no agent at ipc:///run/idstation/agent.sock')
    assert.match(result.fix ?? '', /^systemctl start idstation-agent/)
  })

  it('a refused or missing CLI key is fixed by keys init', async function () {
    for (const error of [
      new ProtocolError('UNAUTHENTICATED', 'refused'),
      new AgentError('CONFIG_INVALID', 'key file /k/cli.key cannot be read (ENOENT)'),
    ]) {
      const result = checkAgent(await probeAgent(() => Promise.reject(error)))
      assert.equal(result.status, 'fail')
      assert.match(result.fix ?? '', /^idstation keys init/)
    }
  })

  it('reads the version from Hello and the clock from Ping, and closes the client', async function () {
    let closed = false
    const client = {
      hello: { agentVersion: '1.2.3' },
      call: () => Promise.resolve({ result: { agentTimeMs: 5000 }, attachments: [] }),
      close: () => {
        closed = true
      },
    } as unknown as AgentClient
    let tick = 4000
    const facts = await probeAgent(
      () => Promise.resolve(client),
      () => (tick += 1000),
    )
    assert.deepEqual(facts, {
      reachable: true,
      version: '1.2.3',
      agentTimeMs: 5000,
      sentAtMs: 5000,
      receivedAtMs: 6000,
    })
    assert.equal(closed, true)
    assert.deepEqual(checkAgent(facts), {
      name: 'agent',
      status: 'ok',
      detail: 'reachable, version 1.2.3',
    })
  })
})

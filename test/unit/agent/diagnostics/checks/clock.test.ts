import assert from 'node:assert/strict'
import { checkClock } from '../../../../../agent/diagnostics/checks/clock'

const NOW = Date.UTC(2025, 5, 1)

describe('doctor: clock', function () {
  it('fails a clock before 2024 with the NTP fix', function () {
    const result = checkClock(Date.UTC(2023, 11, 31, 23, 59), undefined)
    assert.equal(result.status, 'fail')
    assert.match(result.detail, /2023-12-31T23:59:00\.000Z, before 2024/)
    assert.equal(result.fix, 'timedatectl set-ntp true (then check with: timedatectl status)')
  })

  it('accepts an agent time inside the ping window and warns beyond 2 s outside it', function () {
    const agent = (agentTimeMs: number) =>
      ({
        reachable: true,
        version: '1',
        agentTimeMs,
        sentAtMs: NOW,
        receivedAtMs: NOW + 500,
      }) as const
    assert.equal(checkClock(NOW, agent(NOW + 250)).status, 'ok')
    assert.equal(checkClock(NOW, agent(NOW + 2500)).status, 'ok')
    assert.equal(checkClock(NOW, agent(NOW - 2000)).status, 'ok')
    const ahead = checkClock(NOW, agent(NOW + 2501))
    assert.equal(ahead.status, 'warn')
    assert.match(ahead.detail, /2001 ms off/)
    assert.match(ahead.fix ?? '', /timedatectl set-ntp true.*systemctl restart idstation-agent/)
    assert.equal(checkClock(NOW, agent(NOW - 2001)).status, 'warn')
  })

  it('checks only the local clock when the agent is down', function () {
    const down = { reachable: false, detail: 'no agent', fix: 'x' } as const
    assert.deepEqual(
      [checkClock(NOW, down).status, checkClock(NOW, down).detail],
      ['ok', 'local time 2025-06-01T00:00:00.000Z'],
    )
  })
})

import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { DEPLOYED_NODE_FLAGS } from '../../../bench/protocol/agent-launcher'

describe('the protocol bench runs the agent as deployed', () => {
  it('uses the Node flags of the systemd unit', () => {
    const unit = fs.readFileSync(
      path.resolve(__dirname, '../../../packaging/systemd/idstation-agent.service'),
      'utf8',
    )
    const execStart = /^ExecStart=(.*)$/m.exec(unit)?.[1] ?? ''
    const flags = execStart.split(' ').filter(word => word.startsWith('--'))
    assert.deepEqual(flags, DEPLOYED_NODE_FLAGS)
    assert.match(execStart, /dist\/agent\/main\.js$/)
  })
})

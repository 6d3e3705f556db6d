import assert from 'node:assert/strict'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { format, resolveConfig } from 'prettier'
import { LOG_EVENTS, isLogEventId } from '../../../../agent/logging/events'
import { renderLogEventsMarkdown } from '../../../../agent/logging/render-log-events'

const DOC = join(__dirname, '..', '..', '..', '..', 'docs', 'log-events.md')

describe('log event catalogue', function () {
  it('is rendered to docs/log-events.md (UPDATE_DOCS=1 rewrites it)', async function () {
    // Formatted as `prettier --check` wants it, so the committed file passes both checks.
    const options = (await resolveConfig(DOC)) ?? {}
    const rendered = await format(renderLogEventsMarkdown(), { ...options, filepath: DOC })
    if (process.env.UPDATE_DOCS === '1') writeFileSync(DOC, rendered)
    assert.equal(
      readFileSync(DOC, 'utf8'),
      rendered,
      'docs/log-events.md is stale: run this test with UPDATE_DOCS=1',
    )
  })

  it('has kebab-case ids under a dotted area and a sentence of doc each', function () {
    for (const [id, entry] of Object.entries(LOG_EVENTS)) {
      assert.match(id, /^[a-z]+(-[a-z]+)*\.[a-z]+(-[a-z]+)*$/, id)
      assert.match(entry.doc, /^[A-Z].*\.$/, id)
    }
  })

  it('includes the events the agent is built around', function () {
    const required = [
      'agent.started',
      'agent.stopping',
      'agent.stopped',
      'agent.config-invalid',
      'server.listening',
      'server.endpoint-in-use',
      'client.authorized',
      'client.refused',
      'session.opened',
      'session.closed',
      'session.expired',
      'request.rejected',
      'request.failed',
      'request.canceled',
      'reply.dropped',
      'lease.acquired',
      'lease.released',
      'device.attached',
      'device.detached',
      'device.status-changed',
      'device.unsupported',
      'provider.unavailable',
      'provider.recovered',
      'events.subscribed',
      'keys.created',
      'cli.command',
    ]
    for (const id of required) assert.ok(isLogEventId(id), id)
    assert.equal(isLogEventId('device.exploded'), false)
  })
})

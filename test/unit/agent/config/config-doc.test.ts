import assert from 'node:assert/strict'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { format, resolveConfig } from 'prettier'
import { renderConfigMarkdown } from '../../../../agent/config/render-config-docs'
import { CONFIG_KEYS } from '../../../../agent/config/schema'

const DOC = join(__dirname, '..', '..', '..', '..', 'docs', 'configuration.md')

describe('configuration reference', function () {
  it('is rendered to docs/configuration.md (UPDATE_DOCS=1 rewrites it)', async function () {
    const options = (await resolveConfig(DOC)) ?? {}
    const rendered = await format(renderConfigMarkdown(), { ...options, filepath: DOC })
    if (process.env.UPDATE_DOCS === '1') writeFileSync(DOC, rendered)
    assert.equal(
      readFileSync(DOC, 'utf8'),
      rendered,
      'docs/configuration.md is stale: run this test with UPDATE_DOCS=1',
    )
    for (const key of CONFIG_KEYS) assert.ok(rendered.includes(`\`${key}\``), key)
  })
})

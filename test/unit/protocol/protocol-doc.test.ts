import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { ERROR_CATALOGUE, ERROR_CODES } from '../../../drivers/core/error-codes'

// docs/protocol.md is what front-end authors in other languages read: it must name every message
// and every error code of the schema, with the right numbers.
describe('docs/protocol.md', () => {
  const root = path.resolve(__dirname, '../../..')
  const doc = fs.readFileSync(path.join(root, 'docs/protocol.md'), 'utf8')
  const protoDir = path.join(root, 'protocol/idstation/v1')
  const messages = fs
    .readdirSync(protoDir)
    .filter(file => file.endsWith('.proto'))
    .flatMap(file => [
      ...fs.readFileSync(path.join(protoDir, file), 'utf8').matchAll(/^message (\w+)/gm),
    ])
    .map(match => match[1]!)

  it('names every message of the schema', () => {
    const missing = messages.filter(name => !new RegExp(`\\b${name}\\b`).test(doc))
    assert.deepEqual(missing, [])
  })

  it('lists every error code with its number', () => {
    for (const code of ERROR_CODES) {
      assert.match(
        doc,
        new RegExp(`\\|\\s*\`${code}\`\\s*\\|\\s*${ERROR_CATALOGUE[code].number}\\s*\\|`),
        code,
      )
    }
  })
})

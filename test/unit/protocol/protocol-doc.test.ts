import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { ERROR_CATALOGUE, ERROR_CODES } from '../../../drivers/core/error-codes'
import { COMMAND_NAMES } from '../../../protocol'
import { declaredRoles, messageName } from './command-roles'

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

  it('gives every command of the Request oneof the role its handler declares', async function () {
    this.timeout(30_000)
    const section = doc.slice(doc.indexOf('### Roles per command'))
    const table = section.slice(0, section.indexOf('\n#'))
    const documented = new Map(
      [...table.matchAll(/^\|\s*`(\w+)`\s*\|\s*(none|operator|technician)\s*\|$/gm)].map(match => [
        match[1]!,
        match[2]!,
      ]),
    )
    const oneof = fs.readFileSync(path.join(protoDir, 'agent.proto'), 'utf8')
    const request = oneof.slice(oneof.indexOf('message Request'), oneof.indexOf('message Reply'))
    const commands = [...request.matchAll(/^\s+(\w+) \w+ = \d+;$/gm)]
      .map(match => match[1]!)
      .filter(type => COMMAND_NAMES.some(name => messageName(name) === type))
    assert.equal(commands.length, COMMAND_NAMES.length, 'every oneof case is a command name')
    const actual = await declaredRoles()
    const expected = new Map([...actual].map(([command, role]) => [messageName(command), role]))
    assert.deepEqual(documented, expected)
    assert.deepEqual([...documented.keys()].sort(), [...commands].sort())
  })
})

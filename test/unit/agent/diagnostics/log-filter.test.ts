import assert from 'node:assert/strict'
import fc from 'fast-check'
import { emptyCounts, filterLogText } from '../../../../agent/diagnostics/log-filter'
import { LOG_FIELD_NAMES } from '../../../../agent/logging/log-fields'

const line = (record: Record<string, unknown>) => JSON.stringify(record)

describe('filterLogText', function () {
  it('keeps catalogued lines with allow-listed fields only, and counts what it drops', function () {
    const text = [
      line({
        level: 'info',
        message: 'device attached',
        timestamp: 't',
        service: 'idstation-agent',
        version: '1',
        event: 'device.attached',
        deviceId: 'd1',
        surname: 'ZEBULON-QUARTZ',
      }),
      line({ level: 'info', message: 'x', event: 'not.catalogued', givenNames: 'ZEBULON' }),
      line({ level: 'debug', message: 'no event' }),
      'at Object.<anonymous> (/x.js:1:1)',
      '[1,2]',
      line({
        level: 'error',
        message: 'failed',
        event: 'request.failed',
        error: { name: 'Error', message: 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<', extra: 'ZEBULON' },
        nested: { mrz: 'x' },
        count: 3,
      }),
      '',
    ].join('\n')
    const counts = emptyCounts()
    const out = filterLogText(text, counts)
    assert.doesNotMatch(out, /ZEBULON|ERIKSSON|nested|surname/)
    const lines = out
      .trim()
      .split('\n')
      .map(text => JSON.parse(text) as Record<string, unknown>)
    assert.deepEqual(lines[0], {
      level: 'info',
      message: 'device attached',
      timestamp: 't',
      service: 'idstation-agent',
      version: '1',
      event: 'device.attached',
      deviceId: 'd1',
    })
    assert.deepEqual(lines[1], {
      level: 'error',
      message: 'failed',
      event: 'request.failed',
      error: { name: 'Error', message: '[MRZ]' },
      count: 3,
    })
    assert.deepEqual(counts, {
      kept: 2,
      droppedNotJson: 2,
      droppedUncatalogued: 2,
      droppedFields: 3,
    })
  })

  it('never passes a field outside the allow-list nor a nested value, and never throws', function () {
    const allowed = new Set([...LOG_FIELD_NAMES, 'level', 'message', 'timestamp', 'service'])
    const key = fc.oneof(
      fc.constantFrom(...allowed, 'error', 'name', 'mrz'),
      fc.string({ maxLength: 8 }),
    )
    fc.assert(
      fc.property(
        fc.dictionary(key, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 8 }),
        fc.string({ maxLength: 40 }),
        (extra, garbage) => {
          const record = { ...extra, level: 'info', event: 'device.attached' }
          const counts = emptyCounts()
          const out = filterLogText(`${garbage}\n${JSON.stringify(record)}\n`, counts)
          const kept = JSON.parse(out.trim().split('\n').at(-1) ?? '') as Record<string, unknown>
          for (const [name, value] of Object.entries(kept)) {
            if (name === 'error') {
              for (const [part, inner] of Object.entries(value as object)) {
                assert.ok(['name', 'code', 'message', 'cause', 'stack'].includes(part), part)
                assert.notEqual(typeof inner, 'object')
              }
            } else {
              assert.ok(allowed.has(name), name)
              assert.notEqual(typeof value, 'object', name)
            }
          }
        },
      ),
      { numRuns: 200 },
    )
  })
})

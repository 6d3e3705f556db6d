import assert from 'node:assert/strict'
import fc from 'fast-check'
import {
  downloadLength,
  EscParser,
  type Parsed,
} from '../../../../../simulators/printer/evolis/parser'

function commands(parsed: readonly Parsed[]): unknown[] {
  return parsed.map(p =>
    p.kind === 'command' ? [p.mnemonic, ...p.params, p.data?.length ?? null] : [p.kind, p.reason],
  )
}

describe('Evolis simulator command parser', function () {
  it('reads commands, skipping NULs between them', function () {
    const parser = new EscParser()
    const parsed = parser.push(Buffer.from('\x00\x00\x1bPem;4\r\x1bSis\r\x00\x1bRlr;p\r', 'latin1'))
    assert.deepEqual(commands(parsed), [
      ['Pem', '4', null],
      ['Sis', null],
      ['Rlr', 'p', null],
    ])
  })

  it('reads a Db bitmap by length, CR bytes and all, cut anywhere', function () {
    const data = Buffer.alloc(downloadLength('2') ?? 0, 0x0d)
    const bytes = Buffer.concat([
      Buffer.from('\x1bDb;k;2;', 'latin1'),
      data,
      Buffer.from('\r\x1bSe\r', 'latin1'),
    ])
    const parser = new EscParser()
    const parsed: Parsed[] = []
    for (let offset = 0; offset < bytes.length; offset += 4099) {
      parsed.push(...parser.push(bytes.subarray(offset, offset + 4099)))
    }
    assert.deepEqual(commands(parsed), [
      ['Db', 'k', '2', data.length],
      ['Se', null],
    ])
  })

  it('reports noise as junk and finds the next command', function () {
    const parser = new EscParser()
    const parsed = parser.push(Buffer.from('xyz\x1bS\xffs\r\x1bSe\r', 'latin1'))
    assert.deepEqual(commands(parsed), [
      ['junk', 'outside-frame'],
      ['junk', 'not-text'],
      ['junk', 'outside-frame'],
      ['Se', null],
    ])
  })

  it('never throws on arbitrary bytes, and a command after them still parses', function () {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 300 }), { maxLength: 6 }), chunks => {
        const parser = new EscParser()
        for (const chunk of chunks) parser.push(chunk)
        // Whatever state the noise left, a CR and a full command get through (a Db in progress
        // may swallow them: its length is the point).
        const tail = parser.push(Buffer.from('\r\x1bRtp\r', 'latin1'))
        for (const p of tail) if (p.kind === 'command') assert.match(p.mnemonic, /^[A-Za-z]{1,8}$/)
      }),
      { numRuns: 300 },
    )
  })
})

import assert from 'node:assert/strict'
import { maskSensitiveText, redactLogRecord } from '../../../../agent/logging/redact'

describe('redact', function () {
  describe('maskSensitiveText', function () {
    const cases: { name: string; text: string; expect: string }[] = [
      {
        name: 'a TD3 name line',
        text: 'read P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<< from chip',
        expect: 'read [MRZ] from chip',
      },
      {
        name: 'a TD3 second line with filler',
        text: 'L898902C36UTO7408122F1204159ZE184226B<<<<<10',
        expect: '[MRZ]',
      },
      {
        name: 'a 30-character line without filler',
        text: 'x I0UTOD231458907123456789012345 y',
        expect: 'x [MRZ] y',
      },
      { name: 'a name fragment', text: 'holder DOE<<JOHN', expect: 'holder [MRZ]' },
      { name: 'a shift operator stays', text: 'a << b and x<<2', expect: 'a << b and x<<2' },
      {
        name: 'an error code stays',
        text: 'failed with TRANSPORT_UNAVAILABLE',
        expect: 'failed with TRANSPORT_UNAVAILABLE',
      },
      {
        name: 'a 64-character hex blob',
        text: `key ${'0123456789abcdef'.repeat(4)} end`,
        expect: 'key [64 chars redacted] end',
      },
      {
        name: 'a base64 blob',
        text: `img=${'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0MTIzNDU2Nzg5K2Fi'.repeat(2)}==`,
        expect: 'img=[106 chars redacted]',
      },
      {
        name: 'a short hex value stays',
        text: 'sw 6982 atr 3b8f8001804f0ca000000306030001000000006a',
        expect: 'sw 6982 atr 3b8f8001804f0ca000000306030001000000006a',
      },
      {
        name: 'a long file path stays',
        text: '/tmp/idstation-test-1234/keys/authorized-clients/technician-cli.key/more/depth/here',
        expect:
          '/tmp/idstation-test-1234/keys/authorized-clients/technician-cli.key/more/depth/here',
      },
      {
        name: 'an ISO timestamp stays',
        text: '2024-11-25T12:00:00.000Z',
        expect: '2024-11-25T12:00:00.000Z',
      },
    ]
    for (const { name, text, expect } of cases) {
      it(name, function () {
        assert.equal(maskSensitiveText(text), expect)
      })
    }
  })

  describe('redactLogRecord', function () {
    it('drops fields outside the allow-list and keeps the logger keys and symbols', function () {
      const level = Symbol.for('level')
      const record = redactLogRecord({
        level: 'info',
        message: 'done',
        [level]: 'info',
        service: 'idstation-agent',
        version: '0.1.0',
        timestamp: 't',
        event: 'device.attached',
        deviceId: 'evolis:1',
        mrz: 'P<UTO',
        documentNumber: 'L898902C3',
      })
      assert.deepEqual(Object.keys(record).sort(), [
        'deviceId',
        'event',
        'level',
        'message',
        'service',
        'timestamp',
        'version',
      ])
      assert.equal(record[level], 'info')
    })

    it('masks the message and string values, and drops non-scalar values', function () {
      const record = redactLogRecord({
        level: 'warn',
        message: 'holder DOE<<JOHN refused',
        reason: 'L898902C36UTO7408122F1204159ZE184226B<<<<<10',
        path: { nested: true },
        bytes: 12,
      })
      assert.deepEqual(record, {
        level: 'warn',
        message: 'holder [MRZ] refused',
        reason: '[MRZ]',
        bytes: 12,
      })
    })

    it('masks inside the rendered error', function () {
      const record = redactLogRecord({
        level: 'error',
        message: 'failed',
        error: {
          name: 'AgentError',
          message: 'bad DOE<<JOHN',
          stack: 'AgentError: bad DOE<<JOHN\n at x',
          extra: {},
        },
      })
      assert.deepEqual(record.error, {
        name: 'AgentError',
        message: 'bad [MRZ]',
        stack: 'AgentError: bad [MRZ]\n at x',
        extra: undefined,
      })
    })
  })
})

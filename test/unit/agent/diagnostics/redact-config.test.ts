import assert from 'node:assert/strict'
import { REDACTED, redactConfig } from '../../../../agent/diagnostics/redact-config'

describe('redactConfig', function () {
  it('replaces values named like secrets, keeps paths and labels of secrets', function () {
    const config = {
      signer: { pkcs11: { pinFile: '/p/token.pin', tokenLabel: 'ds', module: '/m.so' } },
      drivers: {
        options: {
          acme: { pin: '1234', userPassword: 'pw', apiToken: 't', baud: 9600, tags: ['a'] },
        },
      },
    }
    assert.deepEqual(redactConfig(config), {
      signer: { pkcs11: { pinFile: '/p/token.pin', tokenLabel: 'ds', module: '/m.so' } },
      drivers: {
        options: {
          acme: {
            pin: REDACTED,
            userPassword: REDACTED,
            apiToken: REDACTED,
            baud: 9600,
            tags: ['a'],
          },
        },
      },
    })
  })
})

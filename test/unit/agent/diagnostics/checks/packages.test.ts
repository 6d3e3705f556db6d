import assert from 'node:assert/strict'
import { checkPackages } from '../../../../../agent/diagnostics/checks/packages'

describe('doctor: packages', function () {
  it('warns (never fails) with the apt-get line for the missing packages', async function () {
    const result = await checkPackages(() =>
      Promise.resolve(
        new Map([
          ['pcscd', '1.9.9-2'],
          ['socat', '1.7.4.4-2'],
        ]),
      ),
    )
    assert.equal(result.status, 'warn')
    assert.equal(result.fix, 'apt-get install vsmartcard-vpcd softhsm2')
    assert.match(result.detail, /installed: pcscd 1\.9\.9-2, socat 1\.7\.4\.4-2/)
  })

  it('is ok with all four, and warns off Debian', async function () {
    const all = new Map(['pcscd', 'vsmartcard-vpcd', 'socat', 'softhsm2'].map(name => [name, '1']))
    assert.equal((await checkPackages(() => Promise.resolve(all))).status, 'ok')
    const none = await checkPackages(() => Promise.resolve(undefined))
    assert.equal(none.status, 'warn')
    assert.match(none.detail, /dpkg-query not found/)
  })
})

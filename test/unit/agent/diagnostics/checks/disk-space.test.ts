import assert from 'node:assert/strict'
import { checkDiskSpace } from '../../../../../agent/diagnostics/checks/disk-space'

const MIB = 1024 * 1024

function statfsWith(freeBytes: number, existing = '/var/lib/idstation') {
  const asked: string[] = []
  const statOf = (path: string) => {
    asked.push(path)
    if (path !== existing) return Promise.reject(Object.assign(new Error('no'), { code: 'ENOENT' }))
    return Promise.resolve({ bavail: freeBytes / 4096, bsize: 4096 })
  }
  return { statOf, asked }
}

describe('doctor: disk space', function () {
  it('ok at 1 GiB, warn just below, fail below 100 MiB, with the fix', async function () {
    const at = async (bytes: number) =>
      checkDiskSpace('/var/lib/idstation', '/var/lib/idstation/logs', statfsWith(bytes).statOf)
    assert.equal((await at(1024 * MIB)).status, 'ok')
    const warn = await at(1024 * MIB - 4096)
    assert.equal(warn.status, 'warn')
    assert.equal((await at(100 * MIB)).status, 'warn')
    const fail = await at(100 * MIB - 4096)
    assert.equal(fail.status, 'fail')
    assert.equal(fail.detail, '100 MiB free for /var/lib/idstation')
    assert.equal(
      fail.fix,
      'free space on that file system (df -h /var/lib/idstation); rotated logs in /var/lib/idstation/logs can go, or lower log.maxFiles',
    )
  })

  it('asks the nearest existing parent of a data directory not made yet', async function () {
    const fake = statfsWith(50 * MIB, '/var/lib')
    const result = await checkDiskSpace('/var/lib/idstation/x', '/l', fake.statOf)
    assert.deepEqual(fake.asked, ['/var/lib/idstation/x', '/var/lib/idstation', '/var/lib'])
    assert.deepEqual([result.status, result.detail], ['fail', '50 MiB free for /var/lib'])
  })

  it('warns, not throws, when statfs fails otherwise', async function () {
    const result = await checkDiskSpace('/d', '/d/logs', () =>
      Promise.reject(Object.assign(new Error('io'), { code: 'EIO' })),
    )
    assert.deepEqual(
      [result.status, result.fix],
      ['warn', 'check that /d is on a mounted file system: df -h /d'],
    )
  })
})

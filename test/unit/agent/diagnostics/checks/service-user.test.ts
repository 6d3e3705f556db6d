import assert from 'node:assert/strict'
import {
  checkServiceUser,
  type SystemProbe,
} from '../../../../../agent/diagnostics/checks/service-user'
import { configIn } from '../config-for-test'

const PASSWD = [
  'root:x:0:0:root:/root:/bin/bash',
  'idstation:x:998:998:idstation device agent:/var/lib/idstation:/usr/sbin/nologin',
].join('\n')
const GROUPS = ['root:x:0:', 'dialout:x:20:idstation', 'plugdev:x:46:idstation', 'idstation:x:998:']
const UNIT = '[Service]\nUser=idstation\nGroup=idstation\nSupplementaryGroups=dialout plugdev\n'
const RULE = 'SUBSYSTEM=="hidraw", ATTRS{idVendor}=="1209", GROUP="plugdev"\n'

/** A fake system: files by path, and pcscd's socket as Debian makes it (root:root 0666). */
function system(
  files: Record<string, string>,
  socket = { uid: 0, gid: 0, mode: 0o140666 },
): SystemProbe {
  return {
    readText: path => Promise.resolve(files[path]),
    stat: path => Promise.resolve(path === '/run/pcscd/pcscd.comm' ? socket : undefined),
  }
}

const installed = (overrides: Record<string, string> = {}) =>
  system({
    '/etc/passwd': PASSWD,
    '/etc/group': GROUPS.join('\n'),
    '/etc/systemd/system/idstation-agent.service': UNIT,
    '/etc/udev/rules.d/70-idstation.rules': RULE,
    ...overrides,
  })

describe('doctor: service user', function () {
  const config = configIn('/nowhere')

  it('passes the packaged setup: idstation in dialout and plugdev, the unit runs as it, the rule', async function () {
    const result = await checkServiceUser(config, installed())
    assert.equal(result.status, 'ok', result.detail)
    assert.equal(
      result.detail,
      'idstation (uid 998) in dialout, plugdev; /etc/systemd/system/idstation-agent.service runs as it',
    )
  })

  it('warns on a development machine without the user or the unit, naming sysusers', async function () {
    const result = await checkServiceUser(
      config,
      system({ '/etc/passwd': 'root:x:0:0::/root:/bin/bash' }),
    )
    assert.equal(result.status, 'warn')
    assert.equal(result.detail, 'no system user idstation (no system service installed)')
    assert.equal(
      result.fix,
      'cp packaging/sysusers.d/idstation.conf /usr/lib/sysusers.d/ && systemd-sysusers',
    )
  })

  it('fails an installed unit without its user', async function () {
    const result = await checkServiceUser(
      config,
      installed({ '/etc/passwd': 'root:x:0:0::/root:/bin/bash' }),
    )
    assert.equal(result.status, 'fail')
    assert.match(result.detail, /for \/etc\/systemd\/system\/idstation-agent\.service$/)
  })

  it('fails missing groups with the usermod that adds them', async function () {
    const result = await checkServiceUser(
      config,
      installed({
        '/etc/group': ['dialout:x:20:', 'plugdev:x:46:someone', 'idstation:x:998:'].join('\n'),
      }),
    )
    assert.equal(result.status, 'fail')
    assert.equal(result.detail, 'idstation is not in group(s) dialout, plugdev')
    assert.equal(
      result.fix,
      'usermod -aG dialout,plugdev idstation && systemctl restart idstation-agent',
    )
  })

  it("asks for pcscd's socket group only when the socket is not open to all", async function () {
    const groups = [...GROUPS, 'scard:x:115:'].join('\n')
    const narrow = { uid: 0, gid: 115, mode: 0o140660 }
    const result = await checkServiceUser(
      config,
      system(
        {
          '/etc/passwd': PASSWD,
          '/etc/group': groups,
          '/etc/systemd/system/idstation-agent.service': UNIT,
          '/etc/udev/rules.d/70-idstation.rules': RULE,
        },
        narrow,
      ),
    )
    assert.equal(result.status, 'fail')
    assert.equal(result.detail, 'idstation is not in group(s) scard')
  })

  it('fails a unit that runs as root, and warns on a login shell and a missing udev rule', async function () {
    const result = await checkServiceUser(
      config,
      system({
        '/etc/passwd': PASSWD.replace('/usr/sbin/nologin', '/bin/bash'),
        '/etc/group': GROUPS.join('\n'),
        '/lib/systemd/system/idstation-agent.service': '[Service]\nExecStart=/usr/bin/node agent\n',
      }),
    )
    assert.equal(result.status, 'fail')
    assert.deepEqual(result.detail.split('; '), [
      'idstation can log in (shell /bin/bash)',
      '/lib/systemd/system/idstation-agent.service runs the agent as root',
      'no udev rule 70-idstation.rules gives HID readers to plugdev',
    ])
    assert.match(result.fix ?? '', /usermod -s \/usr\/sbin\/nologin idstation/)
    assert.match(result.fix ?? '', /cp packaging\/udev\/70-idstation.rules \/etc\/udev\/rules.d\//)
  })

  it('needs no device group for a provider that is off', async function () {
    const result = await checkServiceUser(
      configIn('/nowhere', 'providers.serial.enabled=false', 'providers.hid.enabled=false'),
      installed({ '/etc/group': 'idstation:x:998:' }),
    )
    assert.equal(result.status, 'ok', result.detail)
  })
})

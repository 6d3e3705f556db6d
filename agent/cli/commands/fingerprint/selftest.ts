import type { CliLeafCommand } from '../../command'
import { withAgent } from '../../connect'
import { EXIT_CODES } from '../../exit-codes'
import { parseCommandArgs } from '../../parse-command-args'
import { UsageError } from '../../usage-error'

/** `idstation fingerprint selftest <device>`: claims the reader and runs its self-test. */
export const FINGERPRINT_SELFTEST_COMMAND: CliLeafCommand = {
  name: 'selftest',
  summary: "run a fingerprint reader's self-test",
  usage:
    'Usage: idstation fingerprint selftest <device> [--json]\nExits 1 when the self-test fails.',
  async run(context) {
    const { positionals } = parseCommandArgs(context.args, {})
    const [deviceId, ...extra] = positionals
    if (deviceId === undefined || extra.length > 0) {
      throw new UsageError('fingerprint selftest takes one device id')
    }
    const result = await withAgent(context, async client => {
      const lease = await client.claimDevice(deviceId)
      try {
        return await client.selfTestScanner(deviceId)
      } finally {
        await client.releaseDevice(lease.leaseId ?? '').catch(() => undefined)
      }
    })
    if (context.json)
      context.output.json({ deviceId, passed: result.passed, checks: result.checks })
    else {
      for (const [name, value] of Object.entries(result.checks)) {
        context.output.print(`${name.padEnd(12)}${value}`)
      }
      context.output.print(`self-test ${result.passed ? 'passed' : 'FAILED'}`)
    }
    return result.passed ? EXIT_CODES.ok : EXIT_CODES.failure
  },
}

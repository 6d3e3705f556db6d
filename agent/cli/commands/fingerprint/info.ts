import { enumValueName, v1 } from '../../../../protocol/messages'
import type { CliLeafCommand } from '../../command'
import { withAgent } from '../../connect'
import { EXIT_CODES } from '../../exit-codes'
import { parseCommandArgs } from '../../parse-command-args'
import { UsageError } from '../../usage-error'

/** `idstation fingerprint info <device>`: model, serial, units and what the device computes. */
export const FINGERPRINT_INFO_COMMAND: CliLeafCommand = {
  name: 'info',
  summary: 'show a fingerprint reader: model, serial, capture units, resolution',
  usage: 'Usage: idstation fingerprint info <device> [--json]',
  async run(context) {
    const { positionals } = parseCommandArgs(context.args, {})
    const [deviceId, ...extra] = positionals
    if (deviceId === undefined || extra.length > 0) {
      throw new UsageError('fingerprint info takes one device id')
    }
    const info = await withAgent(context, client => client.getScannerInfo(deviceId))
    const view = {
      deviceId,
      model: info.model,
      serialNumber: info.serialNumber,
      firmware: info.firmware,
      units: info.units.map(unit =>
        enumValueName(v1.CaptureUnit, unit, 'CAPTURE_UNIT_').toLowerCase().replace('_', '-'),
      ),
      resolutionPpi: info.resolutionPpi,
      templates: info.deviceTemplates ? 'device' : 'agent',
      quality: info.deviceQuality ? 'device' : 'agent',
      duplicateCheck: info.deviceMatch ? 'device match' : 'agent matcher',
    }
    if (context.json) context.output.json(view)
    else
      for (const [key, value] of Object.entries(view)) {
        context.output.print(
          `${key.padEnd(16)}${Array.isArray(value) ? value.join(', ') : String(value)}`,
        )
      }
    return EXIT_CODES.ok
  },
}

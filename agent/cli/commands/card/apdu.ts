import { AgentError } from '../../../../drivers/core/errors'
import type { CliLeafCommand } from '../../command'
import { withAgent } from '../../connect'
import { EXIT_CODES } from '../../exit-codes'
import { parseCommandArgs } from '../../parse-command-args'
import { UsageError } from '../../usage-error'
import { hex } from './card-view'

/**
 * `idstation card apdu <device> <hex>`: claims the reader, sends one APDU, releases. The APDU's
 * structure is checked by the agent, so the CLI and every other client get the same answer.
 */
export const CARD_APDU_COMMAND: CliLeafCommand = {
  name: 'apdu',
  summary: 'send one raw APDU to the card in a reader (technician key)',
  usage: [
    'Usage: idstation card apdu <device> <hex> [--json]',
    '',
    '  <hex>  the command APDU; spaces and colons between bytes are allowed,',
    '         e.g. "00 A4 04 0C 07 A0000002471001"',
    '',
    'Prints the response data and the status word. 61xx and 6Cxx are handled by the agent.',
    'Exits 0 whatever the status word; 2 for a malformed APDU.',
  ].join('\n'),
  async run(context) {
    const { positionals } = parseCommandArgs(context.args, {})
    const [deviceId, ...words] = positionals
    if (deviceId === undefined || words.length === 0) {
      throw new UsageError('card apdu takes a device id and the APDU in hex')
    }
    const apdu = parseHex(words.join(''))
    const result = await withAgent(context, async client => {
      const lease = await client.claimDevice(deviceId)
      try {
        return await client.transmit(deviceId, apdu)
      } finally {
        await client.releaseDevice(lease.leaseId ?? '').catch(() => undefined)
      }
    })
    const sw = result.sw.toString(16).toUpperCase().padStart(4, '0')
    const response = hex(result.response)
    if (context.json) {
      context.output.json({ deviceId, response, sw, durationUs: result.durationUs })
    } else context.output.print(response === '' ? sw : `${response} ${sw}`)
    return EXIT_CODES.ok
  },
}

function parseHex(text: string): Buffer {
  const digits = text.replace(/[\s:]/g, '')
  if (!/^(?:[0-9a-fA-F]{2})+$/.test(digits)) {
    throw new AgentError('INVALID_ARGUMENT', 'the APDU is not a whole number of hex bytes', {
      details: { reason: 'not-hex', length: digits.length },
    })
  }
  return Buffer.from(digits, 'hex')
}

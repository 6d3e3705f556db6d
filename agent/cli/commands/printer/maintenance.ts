import type { AgentClient } from '../../../../protocol/client/agent-client'
import type { v1 } from '../../../../protocol/messages'
import type { CliLeafCommand } from '../../command'
import { withAgent } from '../../connect'
import { EXIT_CODES } from '../../exit-codes'
import { parseCommandArgs } from '../../parse-command-args'
import { UsageError } from '../../usage-error'
import { printerStatusView, printLines, statusLines } from './printer-view'

interface Maintenance {
  readonly name: string
  readonly summary: string
  readonly notes: readonly string[]
  /** Past tense for the closing line, e.g. `ejected`. */
  readonly done: string
  call(client: AgentClient, deviceId: string): Promise<{ status?: v1.IPrinterStatus | null }>
}

/**
 * A command that claims the printer, moves a medium and prints the state it left the printer
 * in. A refusal (attention, fault, busy, role) is an error from the agent, printed with its
 * exit code.
 */
function maintenanceCommand(spec: Maintenance): CliLeafCommand {
  return {
    name: spec.name,
    summary: spec.summary,
    usage: [`Usage: idstation printer ${spec.name} <device> [--json]`, ...spec.notes].join('\n'),
    async run(context) {
      const { positionals } = parseCommandArgs(context.args, {})
      const [deviceId, ...extra] = positionals
      if (deviceId === undefined || extra.length > 0) {
        throw new UsageError(`printer ${spec.name} takes one device id`)
      }
      const result = await withAgent(context, async client => {
        const lease = await client.claimDevice(deviceId)
        try {
          return await spec.call(client, deviceId)
        } finally {
          await client.releaseDevice(lease.leaseId ?? '').catch(() => undefined)
        }
      })
      const status = printerStatusView(result.status)
      if (context.json) context.output.json({ deviceId, status })
      else {
        printLines(line => {
          context.output.print(line)
        }, statusLines(status))
        context.output.print(spec.done)
      }
      return EXIT_CODES.ok
    },
  }
}

/** `idstation printer test-card <device>`: feeds, prints the printer's own pattern, ejects. */
export const PRINTER_TEST_CARD_COMMAND = maintenanceCommand({
  name: 'test-card',
  summary: "feed a blank, print the printer's test pattern and eject it",
  notes: [
    'Uses one blank card or booklet. Exits 1 when the printer refuses (attention, fault),',
    '5 when another client holds it or a job is using it.',
  ],
  done: 'test card printed',
  call: (client, deviceId) => client.printTestCard(deviceId),
})

/** `idstation printer eject <device>`: technician only, the medium inside leaves as if good. */
export const PRINTER_EJECT_COMMAND = maintenanceCommand({
  name: 'eject',
  summary: 'send the medium inside out through the output tray (technician key)',
  notes: [
    'Only a technician may eject by hand: a document that leaves as good must have passed its',
    "checks in a job. Exits 4 with an operator's key, 1 when the printer refuses.",
  ],
  done: 'medium ejected',
  call: (client, deviceId) => client.ejectMedium(deviceId),
})

/** `idstation printer reject <device>`: the medium inside goes to the reject box. */
export const PRINTER_REJECT_COMMAND = maintenanceCommand({
  name: 'reject',
  summary: 'send the medium inside to the reject box',
  notes: ['Exits 1 when the printer refuses (attention, fault), 5 when it is busy.'],
  done: 'medium rejected',
  call: (client, deviceId) => client.rejectMedium(deviceId),
})

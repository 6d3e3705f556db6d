import { enumValueName, v1 } from '../../../protocol/messages'
import type { CliLeafCommand } from '../command'
import { withAgent } from '../connect'
import { EXIT_CODES } from '../exit-codes'
import { parseCommandArgs } from '../parse-command-args'
import { UsageError } from '../usage-error'

function duration(ms: number): string {
  const s = Math.floor(ms / 1000)
  return s < 60
    ? `${s}s`
    : s < 3600
      ? `${Math.floor(s / 60)}m${s % 60}s`
      : `${Math.floor(s / 3600)}h${Math.floor((s % 3600) / 60)}m`
}

/** `idstation status`: is the agent up, which version, who is connected. */
export const STATUS_COMMAND: CliLeafCommand = {
  name: 'status',
  summary: "the agent's version, uptime, endpoints, sessions and counts",
  usage: [
    'Usage: idstation status [--json]',
    '',
    'Needs the technician key made by `idstation keys init`.',
  ].join('\n'),
  async run(context) {
    const { positionals } = parseCommandArgs(context.args, {})
    if (positionals.length > 0) throw new UsageError('status takes no arguments')
    const status = await withAgent(context, client => client.status())
    if (context.json) {
      context.output.json(v1.GetStatusResult.toObject(status, { enums: String, defaults: true }))
      return EXIT_CODES.ok
    }
    const { output } = context
    output.print(
      `agent      ${status.agentVersion} (pid ${status.pid}), up ${duration(status.uptimeMs)}`,
    )
    output.print(`requests   ${status.requestsEndpoint}`)
    output.print(`events     ${status.eventsEndpoint} (seq ${status.eventSeq})`)
    output.print(
      `devices    ${status.deviceCount}, leases ${status.leaseCount}, requests in flight ${status.requestsInFlight}`,
    )
    output.print(`memory     ${(status.rssBytes / 1024 / 1024).toFixed(1)} MB RSS`)
    output.print('')
    output.table(
      ['client', 'key', 'role', 'program', 'idle'],
      status.sessions.map(session => [
        session.clientId ?? '',
        session.keyName ?? '',
        enumValueName(v1.Role, session.role ?? 0, 'ROLE_').toLowerCase(),
        session.clientName ?? '',
        duration(session.idleMs ?? 0),
      ]),
    )
    return EXIT_CODES.ok
  },
}

import type { CliLeafCommand } from '../../command'
import { withAgent } from '../../connect'
import { EXIT_CODES } from '../../exit-codes'
import { parseCommandArgs } from '../../parse-command-args'
import { UsageError } from '../../usage-error'
import { jobRow } from './job-row'

/** `idstation jobs show <job>`: one job, its outcome or error. */
export const JOBS_SHOW_COMMAND: CliLeafCommand = {
  name: 'show',
  summary: 'show one job',
  usage: 'Usage: idstation jobs show <job id> [--json]',
  async run(context) {
    const { positionals } = parseCommandArgs(context.args, {})
    const [jobId, ...extra] = positionals
    if (jobId === undefined || extra.length > 0) throw new UsageError('jobs show takes one job id')
    const row = jobRow(await withAgent(context, client => client.getJob(jobId)))
    if (context.json) {
      context.output.json(row)
      return EXIT_CODES.ok
    }
    const lines: [string, string][] = [
      ['job', row.id],
      ['kind', row.kind],
      ['state', row.state],
      ['step', `${row.step} (${row.percent}%)`],
      ['device', row.device],
      ['chip serial', row.chip || '-'],
      ['created', row.created],
      ['updated', row.updated],
    ]
    if (row.error) lines.push(['error', row.error])
    if (row.resolution) lines.push(['resolution', row.resolution])
    const outcome = row.outcome
    if (outcome) {
      lines.push(
        ['data groups', outcome.dataGroups.join(', ')],
        ['APDUs', String(outcome.apduCount)],
        ['bytes written', String(outcome.bytesWritten)],
        ['duration', `${outcome.durationMs} ms`],
        ['passive auth', outcome.passiveAuthentication ? 'passed' : 'not passed'],
        ['active auth', outcome.activeAuthentication ? 'passed' : 'not run'],
      )
    }
    for (const [name, value] of lines) context.output.print(`${name.padEnd(14)}${value}`)
    return EXIT_CODES.ok
  },
}

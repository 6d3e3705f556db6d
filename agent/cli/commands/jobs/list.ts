import { v1 } from '../../../../protocol/messages'
import type { CliLeafCommand } from '../../command'
import { withAgent } from '../../connect'
import { EXIT_CODES } from '../../exit-codes'
import { parseCommandArgs } from '../../parse-command-args'
import { UsageError } from '../../usage-error'
import { jobRow } from './job-row'

const STATES = ['accepted', 'running', 'succeeded', 'failed', 'canceled', 'spoiled', 'interrupted']

/** `idstation jobs list`: the journal's jobs, newest first (ids, states, steps; no PII). */
export const JOBS_LIST_COMMAND: CliLeafCommand = {
  name: 'list',
  summary: 'list jobs, newest first',
  usage: [
    'Usage: idstation jobs list [--state STATE]... [--limit N] [--before JOB] [--json]',
    `  STATE: ${STATES.join(', ')}`,
  ].join('\n'),
  async run(context) {
    const { positionals, values } = parseCommandArgs(context.args, {
      state: { type: 'string', multiple: true },
      limit: { type: 'string' },
      before: { type: 'string' },
    })
    if (positionals.length > 0) throw new UsageError('jobs list takes no positional arguments')
    const states = (values.state ?? []).map(name => {
      if (!STATES.includes(name)) throw new UsageError(`--state is one of ${STATES.join(', ')}`)
      return v1.JobState[`JOB_STATE_${name.toUpperCase()}` as keyof typeof v1.JobState]
    })
    const limit = values.limit === undefined ? 50 : Number(values.limit)
    if (!Number.isInteger(limit) || limit < 1 || limit > 500) {
      throw new UsageError('--limit is an integer from 1 to 500')
    }
    const page = await withAgent(context, client =>
      client.listJobs({ states, limit, ...(values.before ? { before: values.before } : {}) }),
    )
    const rows = page.jobs.map(jobRow)
    if (context.json) {
      context.output.json({ jobs: rows, nextBefore: page.nextBefore })
      return EXIT_CODES.ok
    }
    if (rows.length === 0) context.output.print('no jobs')
    else
      context.output.table(
        ['id', 'state', 'step', '%', 'device', 'chip', 'updated'],
        rows.map(row => [
          row.id,
          row.state,
          row.step,
          String(row.percent),
          row.device,
          row.chip,
          row.updated,
        ]),
      )
    if (page.nextBefore) context.output.print(`more: --before ${page.nextBefore}`)
    return EXIT_CODES.ok
  },
}

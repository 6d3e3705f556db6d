import type { CliLeafCommand } from '../../command'
import { withAgent } from '../../connect'
import { EXIT_CODES } from '../../exit-codes'
import { parseCommandArgs } from '../../parse-command-args'
import { UsageError } from '../../usage-error'
import { jobRow } from './job-row'

/**
 * `idstation jobs resolve <job> --as spoiled|issued`: settles a job a crash interrupted, after a
 * person has looked at the card (technician key). `spoiled` frees the document number for a new
 * card; `issued` confirms the chip carries the document and keeps the number consumed.
 */
export const JOBS_RESOLVE_COMMAND: CliLeafCommand = {
  name: 'resolve',
  summary: 'settle an interrupted job as spoiled or issued (technician key)',
  usage: [
    'Usage: idstation jobs resolve <job id> --as spoiled|issued [--note TEXT] [--json]',
    '  spoiled: the card is destroyed; the document number may be issued again',
    '  issued:  the chip was checked and carries the document; the number stays used',
    '  The note goes to the journal: no names or document numbers in it.',
  ].join('\n'),
  async run(context) {
    const { positionals, values } = parseCommandArgs(context.args, {
      as: { type: 'string' },
      note: { type: 'string' },
    })
    const [jobId, ...extra] = positionals
    if (jobId === undefined || extra.length > 0)
      throw new UsageError('jobs resolve takes one job id')
    const resolution = values.as
    if (resolution !== 'spoiled' && resolution !== 'issued') {
      throw new UsageError('jobs resolve needs --as spoiled or --as issued')
    }
    const job = jobRow(
      await withAgent(context, client => client.resolveJob(jobId, resolution, values.note ?? '')),
    )
    if (context.json) context.output.json(job)
    else context.output.print(`${job.id} ${job.state} (resolved ${job.resolution})`)
    return EXIT_CODES.ok
  },
}

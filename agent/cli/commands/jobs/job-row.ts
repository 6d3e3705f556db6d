import { enumValueName, errorCodeName, v1 } from '../../../../protocol/messages'

/** A job as the CLI prints it: enum names in lower case, times in ISO 8601. */
export interface JobRow {
  readonly id: string
  readonly kind: string
  readonly state: string
  readonly step: string
  readonly percent: number
  readonly device: string
  readonly chip: string
  readonly error: string
  readonly resolution: string
  readonly created: string
  readonly updated: string
  readonly outcome?: {
    readonly apduCount: number
    readonly bytesWritten: number
    readonly durationMs: number
    readonly dataGroups: readonly number[]
    readonly passiveAuthentication: boolean
    readonly activeAuthentication: boolean
  }
}

const lower = (name: string | undefined) => (name ?? 'unspecified').toLowerCase()
const iso = (ms: number | null | undefined) => (ms ? new Date(ms).toISOString() : '')

export function jobRow(job: v1.IJob): JobRow {
  const outcome = job.outcome
  return {
    id: job.jobId ?? '',
    kind: job.kind ?? '',
    state: lower(enumValueName(v1.JobState, job.state ?? 0, 'JOB_STATE_')),
    step: job.step ?? '',
    percent: job.percent ?? 0,
    device: job.deviceId ?? '',
    chip: job.chipSerial ?? '',
    error: job.error ? `${errorCodeName(job.error.code ?? 0)}: ${job.error.message ?? ''}` : '',
    resolution: job.resolution
      ? lower(enumValueName(v1.JobResolution, job.resolution, 'JOB_RESOLUTION_'))
      : '',
    created: iso(job.createdAtMs),
    updated: iso(job.updatedAtMs),
    ...(outcome
      ? {
          outcome: {
            apduCount: outcome.apduCount ?? 0,
            bytesWritten: outcome.bytesWritten ?? 0,
            durationMs: outcome.durationMs ?? 0,
            dataGroups: outcome.dataGroups ?? [],
            passiveAuthentication: outcome.passiveAuthentication === true,
            activeAuthentication: outcome.activeAuthentication === true,
          },
        }
      : {}),
  }
}

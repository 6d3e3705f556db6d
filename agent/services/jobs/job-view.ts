import type { JobRecord, JobState } from '../../jobs/journal'
import { errorCodeNumber, v1 } from '../../../protocol'

const STATES: Record<JobState, v1.JobState> = {
  accepted: v1.JobState.JOB_STATE_ACCEPTED,
  running: v1.JobState.JOB_STATE_RUNNING,
  succeeded: v1.JobState.JOB_STATE_SUCCEEDED,
  failed: v1.JobState.JOB_STATE_FAILED,
  canceled: v1.JobState.JOB_STATE_CANCELED,
  spoiled: v1.JobState.JOB_STATE_SPOILED,
  interrupted: v1.JobState.JOB_STATE_INTERRUPTED,
}

export function wireJobState(state: JobState): v1.JobState {
  return STATES[state]
}

export function jobStateFromWire(state: v1.JobState): JobState | undefined {
  return (Object.keys(STATES) as JobState[]).find(name => STATES[name] === state)
}

const number = (value: unknown): number => (typeof value === 'number' ? value : 0)

/** The wire Job: the journal's record, which holds nothing personal, as clients see it. */
export function wireJob(job: JobRecord): v1.IJob {
  const result = job.result
  return {
    jobId: job.id,
    kind: job.kind,
    state: wireJobState(job.state),
    step: job.step ?? '',
    percent: job.percent,
    deviceId: job.deviceId,
    chipSerial: job.chipSerial ?? '',
    ...(job.error
      ? {
          error: {
            code: errorCodeNumber(job.error.code),
            message: job.error.message,
            details: { step: job.error.failedStep },
          },
        }
      : {}),
    ...(result
      ? {
          outcome: {
            apduCount: number(result.apduCount),
            bytesWritten: number(result.bytesWritten),
            durationMs: number(result.durationMs),
            dataGroups: String(result.dataGroups ?? '')
              .split(',')
              .filter(item => item !== '')
              .map(Number),
            passiveAuthentication: result.passiveAuthentication === true,
            activeAuthentication: result.activeAuthentication === true,
            facesPrinted: number(result.facesPrinted),
            encoderId: typeof result.encoderId === 'string' ? result.encoderId : '',
            fingersCaptured: number(result.fingersCaptured),
            mediumDisposition:
              typeof result.mediumDisposition === 'string' ? result.mediumDisposition : '',
          },
        }
      : {}),
    resolution:
      job.resolution === null
        ? v1.JobResolution.JOB_RESOLUTION_UNSPECIFIED
        : job.resolution.resolution === 'issued'
          ? v1.JobResolution.JOB_RESOLUTION_ISSUED
          : v1.JobResolution.JOB_RESOLUTION_SPOILED,
    createdAtMs: job.createdAt,
    updatedAtMs: job.updatedAt,
  }
}

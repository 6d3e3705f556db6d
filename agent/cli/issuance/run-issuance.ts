/**
 * One issuance as a front-end runs it, shared by `idstation issue` and the demo: take the leases,
 * start the job with the applicant (or document data) and its profile, follow it to its end, give
 * the leases back. The agent draws the faces; with `facesDir` the CLI asks it for them first
 * (RenderDocument at the printer's raster) and keeps them for a person to look at.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { AgentClient } from '../../../protocol/client/agent-client'
import { followJob } from '../../../protocol/client/job-follower'
import { v1 } from '../../../protocol/messages'
import { UsageError } from '../usage-error'
import type { Applicant } from './applicant-file'

export interface IssuanceOptions {
  readonly kind: 'id-card' | 'passport'
  readonly printerId: string
  readonly encoderId: string
  /** Fingerprint reader the job captures from; absent → applicant fingerRecords (or none). */
  readonly scannerId?: string
  readonly applicant: Applicant
  readonly idempotencyKey: string
  /** A per-document Active Authentication key on the chip (DG15); default true. */
  readonly activeAuthentication?: boolean
  /** Where to keep the faces sent (PNG) for a person to look at; absent → not kept. */
  readonly facesDir?: string
  readonly onJob?: (job: v1.IJob) => void
  readonly onPrompt?: (prompt: v1.IJobPrompt) => Promise<'continue' | 'cancel'>
  readonly signal?: AbortSignal
}

export interface IssuanceOutcome {
  readonly job: v1.IJob
  readonly facesSent: readonly string[]
}

/** The fingers a job captures itself when given a reader. */
const CAPTURED_FINGERS = [
  v1.FingerPosition.FINGER_POSITION_RIGHT_INDEX,
  v1.FingerPosition.FINGER_POSITION_LEFT_INDEX,
]

/**
 * Issues one document and resolves with the job's final state (any state: a SPOILED job is an
 * outcome, not an error). Throws for what stops it before the job exists: a printer without a
 * raster, an applicant of the wrong format, a lease someone else holds. The client must send
 * heartbeats (AgentClient `heartbeat: true`): a session that expires takes the printer lease
 * with it, and the agent cancels the job and rejects the medium. Aborting `signal` cancels the
 * job and still waits for its end, so the medium's fate is known when this returns.
 */
export async function runIssuance(
  client: AgentClient,
  options: IssuanceOptions,
): Promise<IssuanceOutcome> {
  const { applicant, kind } = options
  const wanted = kind === 'id-card' ? 'TD1' : 'TD3'
  if (applicant.format !== wanted) {
    throw new UsageError(
      `${kind === 'id-card' ? 'an ID card' : 'a passport'} needs a ${wanted} applicant`,
    )
  }
  const facesSent =
    options.facesDir === undefined
      ? []
      : await keepFaces(
          client,
          applicant,
          options.printerId,
          options.facesDir,
          options.idempotencyKey,
        )

  const attachments: Buffer[] = [applicant.face]
  const useRecords = options.scannerId === undefined
  const fingerAttachments = useRecords
    ? applicant.fingerRecords.map((_, index) => attachments.length + index + 1)
    : []
  if (useRecords) attachments.push(...applicant.fingerRecords)
  const fingerprints: v1.IIssuanceFingerprints | null =
    options.scannerId === undefined
      ? null
      : { deviceId: options.scannerId, positions: CAPTURED_FINGERS }

  const activeAuthentication = options.activeAuthentication ?? true
  const devices = [options.printerId, options.encoderId]
  if (options.scannerId !== undefined) devices.push(options.scannerId)
  const leases: string[] = []
  try {
    for (const deviceId of devices) {
      const lease = await client.claimDevice(deviceId)
      leases.push(lease.leaseId ?? '')
    }
    const started =
      kind === 'id-card'
        ? await client.issueIdCard(
            {
              printerId: options.printerId,
              encoderId: options.encoderId,
              ...documentOf(applicant),
              faceAttachment: 1,
              fingerAttachments,
              fingerprints,
              activeAuthentication,
            },
            attachments,
            options.idempotencyKey,
          )
        : await client.issuePassport(
            {
              printerId: options.printerId,
              encoderId: options.encoderId,
              ...documentOf(applicant),
              faceAttachment: 1,
              fingerAttachments,
              fingerprints,
              activeAuthentication,
            },
            attachments,
            options.idempotencyKey,
          )
    const jobId = started.job?.jobId ?? ''
    if (started.job) options.onJob?.(started.job)
    const job = await follow(client, jobId, options)
    return { job, facesSent }
  } finally {
    for (const leaseId of leases.reverse()) {
      await client.releaseDevice(leaseId).catch(() => undefined)
    }
  }
}

/** Follows to the end; on abort, cancels the job and follows on to see where the medium went. */
async function follow(
  client: AgentClient,
  jobId: string,
  options: IssuanceOptions,
): Promise<v1.IJob> {
  const { signal } = options
  const follow = (withSignal: boolean) =>
    followJob(client, jobId, {
      ...(options.onJob === undefined ? {} : { onChange: options.onJob }),
      ...(options.onPrompt === undefined ? {} : { onPrompt: options.onPrompt }),
      ...(withSignal && signal !== undefined ? { signal } : {}),
    })
  // A function, so the check after the await is not narrowed by the one before it.
  const aborted = () => signal?.aborted === true
  if (!aborted()) {
    try {
      return await follow(true)
    } catch (error) {
      if (!aborted()) throw error
    }
  }
  await client.cancelJob(jobId).catch(() => undefined)
  return follow(false)
}

/** The profile with the applicant, or with the document data the file holds. */
function documentOf(
  applicant: Applicant,
): Pick<v1.IIssueIdCard, 'profile' | 'applicant' | 'document'> {
  return {
    profile: applicant.profile,
    ...(applicant.applicant === undefined ? {} : { applicant: applicant.applicant }),
    ...(applicant.document === undefined ? {} : { document: applicant.document }),
  }
}

/**
 * Asks the agent to draw the faces (at the printer's raster when `printerId` is given) and keeps
 * them as files a person may open: personal data, so readable by the owner only.
 */
export async function keepFaces(
  client: AgentClient,
  applicant: Applicant,
  printerId: string | undefined,
  dir: string,
  prefix: string,
): Promise<string[]> {
  const { result, attachments } = await client.renderDocument(
    { ...documentOf(applicant), ...(printerId === undefined ? {} : { printerId }) },
    applicant.face,
  )
  await mkdir(dir, { recursive: true, mode: 0o700 })
  const files: string[] = []
  for (const face of result.faces) {
    const png = attachments[(face.attachment ?? 0) - 1]
    if (png === undefined) throw new Error(`the agent sent no image for the ${face.side} face`)
    const file = path.join(dir, `${safeName(prefix)}-${face.side}.png`)
    await writeFile(file, png, { mode: 0o600 })
    files.push(file)
  }
  return files
}

/** An idempotency key is the caller's text: keep it from naming another directory. */
function safeName(key: string): string {
  return key.replace(/[^A-Za-z0-9._-]/g, '_')
}

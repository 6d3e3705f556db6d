import { randomBytes } from 'node:crypto'
import { readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { AgentConfig } from '../config/schema'
import { AGENT_VERSION } from '../version'
import type { CheckResult } from './check-result'
import { emptyCounts, filterLogText, type LogFilterCounts } from './log-filter'
import { redactConfig } from './redact-config'
import { writeTarGz, type TarEntry } from './tar-writer'

/** agent.log and winston's tailable rotations agent1.log, agent2.log, … */
const LOG_FILE = /^agent\d*\.log$/
/** Read at most this much log text, newest files first; a bundle must stay mailable. */
const MAX_LOG_BYTES = 64 * 1024 * 1024

/** manifest.json: what the bundle holds and what was left out, and why. */
export interface BundleManifest {
  readonly format: 'idstation-support-bundle/1'
  readonly createdAt: string
  readonly idstationVersion: string
  readonly files: { readonly name: string; readonly bytes: number }[]
  readonly logs: ({ readonly file: string } & LogFilterCounts)[]
  readonly logTotals: LogFilterCounts
  /** Files in the log directory not taken: not agent logs, or past the size cap. */
  readonly logFilesSkipped: { readonly file: string; readonly reason: string }[]
  readonly neverIncluded: readonly string[]
}

/** What goes into a bundle besides the logs, gathered by the caller. */
export interface BundleInputs {
  readonly config: AgentConfig
  readonly doctor: readonly CheckResult[]
  readonly versions: Record<string, unknown>
  readonly now?: Date
}

function rotationIndex(name: string): number {
  const digits = /(\d+)\.log$/.exec(name)?.[1]
  return digits === undefined ? 0 : Number(digits)
}

async function logEntries(
  logDir: string,
  manifest: Pick<BundleManifest, 'logs' | 'logFilesSkipped'>,
  totals: LogFilterCounts,
): Promise<TarEntry[]> {
  let names: string[]
  try {
    names = await readdir(logDir)
  } catch {
    return []
  }
  const entries: TarEntry[] = []
  let read = 0
  // agent.log is the newest (tailable rotation), then agent1.log, agent2.log, …
  const ordered = names.sort((a, b) => rotationIndex(a) - rotationIndex(b))
  for (const name of ordered) {
    if (!LOG_FILE.test(name)) {
      manifest.logFilesSkipped.push({ file: name, reason: 'not an agent log' })
      continue
    }
    const path = join(logDir, name)
    const info = await stat(path)
    if (!info.isFile()) {
      manifest.logFilesSkipped.push({ file: name, reason: 'not a regular file' })
      continue
    }
    if (read + info.size > MAX_LOG_BYTES) {
      manifest.logFilesSkipped.push({ file: name, reason: 'over the bundle size cap' })
      continue
    }
    read += info.size
    const counts = emptyCounts()
    const text = filterLogText(await readFile(path, 'utf8'), counts)
    manifest.logs.push({ file: name, ...counts })
    totals.kept += counts.kept
    totals.droppedNotJson += counts.droppedNotJson
    totals.droppedUncatalogued += counts.droppedUncatalogued
    totals.droppedFields += counts.droppedFields
    entries.push({ name: `logs/${name}`, content: text })
  }
  return entries
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`

/**
 * A support bundle as a .tar.gz in memory: the redacted configuration, versions, the doctor's
 * findings and the filtered agent logs, with a manifest. The journal, keys, signer material,
 * biometrics and images are never read, so they cannot end up in it.
 */
export async function buildSupportBundle(
  inputs: BundleInputs,
): Promise<{ readonly tarball: Buffer; readonly manifest: BundleManifest }> {
  const now = inputs.now ?? new Date()
  const totals = emptyCounts()
  const manifest: BundleManifest = {
    format: 'idstation-support-bundle/1',
    createdAt: now.toISOString(),
    idstationVersion: AGENT_VERSION,
    files: [],
    logs: [],
    logTotals: totals,
    logFilesSkipped: [],
    neverIncluded: [
      'the job journal and its key',
      'CURVE keys and authorized clients',
      'Document Signer key, PIN and token',
      'biometrics, portraits and printed faces',
    ],
  }
  const entries: TarEntry[] = [
    { name: 'config.json', content: json(redactConfig(inputs.config)) },
    { name: 'versions.json', content: json(inputs.versions) },
    { name: 'doctor.json', content: json(inputs.doctor) },
    ...(await logEntries(inputs.config.log.dir, manifest, totals)),
  ]
  for (const entry of entries)
    manifest.files.push({ name: entry.name, bytes: Buffer.byteLength(entry.content) })
  const all = [{ name: 'manifest.json', content: json(manifest) }, ...entries]
  return {
    tarball: writeTarGz(
      all.map(entry => ({ ...entry, mode: 0o600 })),
      now,
    ),
    manifest,
  }
}

/**
 * Writes the tarball with mode 0600 whatever was at `path` before: to a fresh file beside it,
 * then renamed over it.
 */
export async function writePrivateFile(path: string, content: Buffer): Promise<void> {
  const temporary = `${path}.${randomBytes(4).toString('hex')}.tmp`
  await writeFile(temporary, content, { mode: 0o600, flag: 'wx' })
  try {
    await rename(temporary, path)
  } catch (error) {
    await unlink(temporary).catch(() => undefined)
    throw error
  }
}

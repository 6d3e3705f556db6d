/** How a doctor check came out: fine, worth a look, or broken. */
export type CheckStatus = 'ok' | 'warn' | 'fail'

/**
 * One doctor finding. `detail` says what was seen, `fix` is a command or step a technician can
 * act on as written; both carry paths and counts, never personal data.
 */
export interface CheckResult {
  readonly name: string
  readonly status: CheckStatus
  readonly detail: string
  readonly fix?: string
}

/** The worse of two statuses. */
export function worse(a: CheckStatus, b: CheckStatus): CheckStatus {
  const rank = { ok: 0, warn: 1, fail: 2 } as const
  return rank[a] >= rank[b] ? a : b
}

/** `0o644` → `'0644'`, as `ls -l` readers and chmod expect. */
export function octalMode(mode: number): string {
  return (mode & 0o777).toString(8).padStart(4, '0')
}

/** The errno code of a failed fs call, or 'error'. */
export function errnoCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : 'error'
}

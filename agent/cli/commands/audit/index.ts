import type { CliCommandGroup } from '../../command'
import { AUDIT_EXPORT_COMMAND } from './export'
import { AUDIT_VERIFY_COMMAND } from './verify'

/** `idstation audit …`: the journal's hash-chained audit trail, read from the file directly. */
export const AUDIT_COMMAND: CliCommandGroup = {
  name: 'audit',
  summary: 'audit trail: verify the hash chain, export records',
  subcommands: [AUDIT_VERIFY_COMMAND, AUDIT_EXPORT_COMMAND],
}

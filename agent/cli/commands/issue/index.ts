import type { CliCommandGroup } from '../../command'
import { issueCommand } from './issue-command'

/** `idstation issue …`: issuance jobs end to end, as a front-end runs them. */
export const ISSUE_COMMAND: CliCommandGroup = {
  name: 'issue',
  summary: 'issue an ID card or a passport: chip, print, eject',
  subcommands: [issueCommand('id-card'), issueCommand('passport')],
}

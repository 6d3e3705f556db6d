import type { CliCommandGroup } from '../../command'
import { MRZ_TRANSLITERATE_COMMAND } from './transliterate'

/** `idstation mrz …`: the machine readable zone, computed locally (no agent needed). */
export const MRZ_COMMAND: CliCommandGroup = {
  name: 'mrz',
  summary: 'machine readable zone tools, offline: transliterate',
  subcommands: [MRZ_TRANSLITERATE_COMMAND],
}

import type { CliCommandGroup } from '../../command'
import { FINGERPRINT_CAPTURE_COMMAND } from './capture'
import { FINGERPRINT_INFO_COMMAND } from './info'
import { FINGERPRINT_SELFTEST_COMMAND } from './selftest'

/** `idstation fingerprint …`: fingerprint readers. */
export const FINGERPRINT_COMMAND: CliCommandGroup = {
  name: 'fingerprint',
  summary: 'fingerprint readers: info, selftest, capture',
  subcommands: [
    FINGERPRINT_INFO_COMMAND,
    FINGERPRINT_SELFTEST_COMMAND,
    FINGERPRINT_CAPTURE_COMMAND,
  ],
}

import type { CliCommand } from '../command'
import { AUDIT_COMMAND } from './audit'
import { CARD_COMMAND } from './card'
import { DEMO_COMMAND } from './demo'
import { DEVICES_COMMAND } from './devices'
import { DOCTOR_COMMAND } from './doctor'
import { FINGERPRINT_COMMAND } from './fingerprint'
import { ISSUE_COMMAND } from './issue'
import { JOBS_COMMAND } from './jobs'
import { KEYS_COMMAND } from './keys'
import { MRZ_COMMAND } from './mrz'
import { PING_COMMAND } from './ping'
import { PRINTER_COMMAND } from './printer'
import { SIMULATE_COMMAND } from './simulate'
import { STATUS_COMMAND } from './status'
import { SUPPORT_BUNDLE_COMMAND } from './support-bundle'

/**
 * The `idstation` command table, in help order. A new command is a file (or folder) in this
 * directory exporting a `CliCommand`, registered here with one line.
 */
export const COMMANDS: readonly CliCommand[] = [
  STATUS_COMMAND,
  DEVICES_COMMAND,
  CARD_COMMAND,
  JOBS_COMMAND,
  AUDIT_COMMAND,
  FINGERPRINT_COMMAND,
  PRINTER_COMMAND,
  ISSUE_COMMAND,
  MRZ_COMMAND,
  PING_COMMAND,
  KEYS_COMMAND,
  DOCTOR_COMMAND,
  SUPPORT_BUNDLE_COMMAND,
  SIMULATE_COMMAND,
  DEMO_COMMAND,
]

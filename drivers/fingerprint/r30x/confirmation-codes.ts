import type { ErrorCode } from '../../core/error-codes'
import { AgentError } from '../../core/errors'

/**
 * The confirmation codes an R30x module puts first in an acknowledge payload, with the agent
 * error each one becomes when a command did not expect it (pyscard's status-word table, for
 * this protocol). Commands that expect more than OK (GenImg's "no finger", Match's "no match")
 * look at the code before this table is consulted.
 */
export const CONFIRMATION = {
  0x00: { name: 'ok', code: 'INTERNAL' },
  0x01: { name: 'packet-receive-error', code: 'TRANSPORT_IO' },
  0x02: { name: 'no-finger', code: 'BAD_STATE' },
  0x03: { name: 'image-capture-failed', code: 'DEVICE_OFFLINE' },
  0x06: { name: 'image-too-disorderly', code: 'BAD_STATE' },
  0x07: { name: 'too-few-features', code: 'BAD_STATE' },
  0x08: { name: 'no-match', code: 'BAD_STATE' },
  0x09: { name: 'not-found', code: 'BAD_STATE' },
  0x0a: { name: 'enroll-mismatch', code: 'BAD_STATE' },
  0x0b: { name: 'bad-page', code: 'INVALID_ARGUMENT' },
  0x0c: { name: 'invalid-template', code: 'INVALID_ARGUMENT' },
  0x0d: { name: 'template-upload-failed', code: 'TRANSPORT_IO' },
  0x0e: { name: 'cannot-receive-packets', code: 'TRANSPORT_IO' },
  0x0f: { name: 'image-upload-failed', code: 'TRANSPORT_IO' },
  0x10: { name: 'delete-failed', code: 'DEVICE_OFFLINE' },
  0x11: { name: 'clear-failed', code: 'DEVICE_OFFLINE' },
  0x13: { name: 'wrong-password', code: 'DEVICE_OFFLINE' },
  0x15: { name: 'no-valid-image', code: 'BAD_STATE' },
  0x18: { name: 'flash-error', code: 'DEVICE_OFFLINE' },
  0x1a: { name: 'invalid-register', code: 'INVALID_ARGUMENT' },
  0x20: { name: 'wrong-address', code: 'DEVICE_OFFLINE' },
  0x21: { name: 'password-not-verified', code: 'DEVICE_OFFLINE' },
} as const satisfies Record<number, { readonly name: string; readonly code: ErrorCode }>

/** Named confirmation codes, for commands that branch on them. */
export const CONFIRMATION_CODE = {
  ok: 0x00,
  packetReceiveError: 0x01,
  noFinger: 0x02,
  imageCaptureFailed: 0x03,
  imageTooDisorderly: 0x06,
  tooFewFeatures: 0x07,
  noMatch: 0x08,
} as const

/** The table's name for a code, or `unknown-0xNN`. */
export function confirmationName(confirmation: number): string {
  const entry = (CONFIRMATION as Readonly<Record<number, { readonly name: string } | undefined>>)[
    confirmation
  ]
  return entry?.name ?? `unknown-0x${hex(confirmation)}`
}

/**
 * The AgentError for a confirmation a command did not expect. `details.confirmation` is the
 * code as a number, `details.confirmationName` its name, `details.instruction` the command. An
 * unknown code is DEVICE_OFFLINE: the module says something is wrong and the agent cannot tell
 * what.
 */
export function confirmationError(confirmation: number, instruction: string): AgentError {
  const entry = (
    CONFIRMATION as Readonly<Record<number, { readonly name: string; code: ErrorCode } | undefined>>
  )[confirmation]
  const name = entry?.name ?? `unknown-0x${hex(confirmation)}`
  return new AgentError(
    entry?.code ?? 'DEVICE_OFFLINE',
    `R30x ${instruction}: the module answered ${name} (0x${hex(confirmation)})`,
    { details: { confirmation, confirmationName: name, instruction } },
  )
}

function hex(value: number): string {
  return value.toString(16).padStart(2, '0')
}

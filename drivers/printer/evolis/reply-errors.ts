import type { AttentionCondition, FaultCondition } from '../../core/printer'
import { AgentError } from '../../core/errors'
import type { NackCode } from './replies'

/** What a command does, because a NACK code or `ERR CARD` means different things for each. */
export type CommandRole = 'feed' | 'print' | 'eject' | 'reject' | 'other'

type Mapped =
  | { readonly attention: AttentionCondition }
  | { readonly fault: FaultCondition; readonly reason?: string }
  | { readonly invalid: string }
  | { readonly badState: true }

/**
 * Legacy text replies that report a failure (guide; the Pebble applet's strings, printers.md
 * §2.6; evolis.h `ERROR CDE`). Spellings not in those sources are marked [inferred] in
 * docs/evolis-esc.md: they are what our simulator sends.
 */
const TEXT_ERRORS: Readonly<Record<string, Mapped>> = {
  'COVER OPEN': { attention: 'cover-open' },
  'ERR COVER OPEN': { attention: 'cover-open' },
  'FEEDER EMPTY': { attention: 'feeder-empty' },
  'ERR FEEDER EMPTY': { attention: 'feeder-empty' },
  'ERR FEEDER': { attention: 'feeder-empty' },
  'ERR RIBBON': { attention: 'ribbon-ended' },
  'ERROR RIBBON': { attention: 'ribbon-ended' },
  'ERR RIBBON ENDED': { attention: 'ribbon-ended' },
  'ERR NO RIBBON': { attention: 'no-ribbon' },
  'ERR REJECT BOX FULL': { attention: 'reject-box-full' },
  'ERR HOPPER FULL': { attention: 'output-full' },
  'ERR RIBBON TYPE': { fault: 'ribbon-error', reason: 'unsupported-ribbon' },
  'ERR MECHANICAL': { fault: 'jam' },
  'ERR JAM': { fault: 'jam' },
  'ERROR TIME OUT': { fault: 'jam' },
  'ERR TIME': { fault: 'jam' },
  'ERR HEAD TEMP': { fault: 'head-temperature' },
  'ERR NEED CLEANING': { fault: 'mechanical', reason: 'needs-cleaning' },
  'ERROR MAGN': { fault: 'mechanical', reason: 'magnetic' },
  'ERR CARD': { badState: true },
  'ERROR CDE': { invalid: 'unknown-command' },
  'ERR PARAMETRES': { invalid: 'bad-parameter' },
}

/** True when a text reply reports a failure rather than answering a query. */
export function isErrorText(text: string): boolean {
  const upper = text.toUpperCase()
  return upper in TEXT_ERRORS || /^ERR(OR)?\b/.test(upper)
}

/** The AgentError a failure text stands for; any other ERR… is a mechanical fault. */
export function textError(text: string, command: string, role: CommandRole): AgentError {
  const upper = text.toUpperCase()
  const mapped = TEXT_ERRORS[upper] ?? { fault: 'mechanical', reason: 'unrecognised-error' }
  return toError(mapped, command, role, `printer answered ${upper}`)
}

/**
 * NACK codes (guide, ACK/NACK protocol). `F` names a card tray: the feeder for a feed, the
 * reject box for a reject, the output hopper for an eject [inferred]. `1` on a movement means
 * the card is not where the command needs it [inferred: our simulator's use].
 */
export function nackError(code: NackCode, command: string, role: CommandRole): AgentError {
  return toError(nackMapping(code, role), command, role, `printer answered NACK ${code}`)
}

function nackMapping(code: NackCode, role: CommandRole): Mapped {
  switch (code) {
    case '1':
      return role === 'other' ? { invalid: 'command-error' } : { badState: true }
    case '2':
      return { invalid: 'bad-parameter' }
    case 'T':
      return { fault: 'jam' }
    case 'C':
      return { attention: 'cover-open' }
    case 'F':
      if (role === 'reject') return { attention: 'reject-box-full' }
      if (role === 'eject') return { attention: 'output-full' }
      return { attention: 'feeder-empty' }
    case 'R':
      return { attention: 'ribbon-ended' }
    case 'K':
    case 'D':
    case 'W':
      return { fault: 'mechanical', reason: 'magnetic' }
  }
}

function toError(mapped: Mapped, command: string, role: CommandRole, message: string): AgentError {
  const text = `Evolis ${command}: ${message}`
  if ('attention' in mapped) {
    return new AgentError('PRINTER_ATTENTION', text, {
      details: { condition: mapped.attention, command },
    })
  }
  if ('fault' in mapped) {
    return new AgentError('PRINTER_FAULT', text, {
      details: {
        condition: mapped.fault,
        command,
        ...(mapped.reason === undefined ? {} : { reason: mapped.reason }),
      },
    })
  }
  if ('invalid' in mapped) {
    return new AgentError('INVALID_ARGUMENT', text, {
      details: { reason: mapped.invalid, command },
    })
  }
  return new AgentError('BAD_STATE', text, {
    details: {
      reason: role === 'feed' || role === 'other' ? 'medium-inside' : 'no-medium',
      command,
    },
  })
}

import { TransportError } from '../../core/errors'
import type { MediumPosition } from '../../core/printer'

/**
 * `Rlr;p`: where the card is. `NO CARD` / `ERR CARD` (guide) and `CARD` / `SMART CARD` /
 * `CONTACTLESS CARD` (newer firmware, as kiosk code reads it). `OK` is taken for no card and
 * `ERR CARD` for a card under the head [inferred].
 */
export function parsePosition(text: string): MediumPosition {
  switch (text.toUpperCase()) {
    case 'NO CARD':
    case 'OK':
      return 'none'
    case 'CARD':
    case 'ERR CARD':
      return 'print'
    case 'SMART CARD':
      return 'contact'
    case 'CONTACTLESS CARD':
      return 'contactless'
    default:
      throw unexpected('Rlr;p')
  }
}

/**
 * `Rse;o`: the cover sensor's voltage, e.g. `5,00 Volts`. The guide gives no polarity; we read a
 * high level (≥ 2.5 V) as the cover closed on its switch [inferred].
 */
export function parseCoverOpen(text: string): boolean {
  const match = /^(\d{1,2})[,.](\d{1,2}) ?V(OLTS?)?$/i.exec(text)
  if (match === null) throw unexpected('Rse;o')
  return Number(`${match[1] ?? '0'}.${match[2] ?? '0'}`) < 2.5
}

/** `Sk;f`: `0` not empty; `1`, `2`, `3`: feeder 1, feeder 2, both empty (guide). */
export function parseFeederEmpty(text: string): boolean {
  if (!/^[0-3]$/.test(text)) throw unexpected('Sk;f')
  return text !== '0'
}

function unexpected(step: string): TransportError {
  return new TransportError('TRANSPORT_IO', `Evolis ${step}: an unexpected reply`, {
    details: { reason: 'unexpected-reply', step },
  })
}

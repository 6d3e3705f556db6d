import { TransportError } from '../core/errors'

/** Why a transport closes: its owner is done with it, or the device left (unplugged). */
export type CloseReason = 'closed' | 'detached'

/**
 * What I/O still pending at a close rejects with. A detach is the device gone, and the job or
 * front-end waiting on it must say so (TRANSPORT_DISCONNECTED), not that someone canceled.
 */
export function closeError(reason: CloseReason, message: string): TransportError {
  return reason === 'detached'
    ? new TransportError('TRANSPORT_DISCONNECTED', `${message}: the device was detached`)
    : new TransportError('TRANSPORT_CANCELED', message)
}

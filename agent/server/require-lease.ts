import { AgentError } from '../../drivers/core/errors'
import { sessionOf, type RequestContext } from './handler'
import type { LeaseTable } from './leases'

/**
 * The caller's lease on a device: BAD_STATE 'not-claimed' when nobody holds it, DEVICE_BUSY
 * naming the holder when another client does.
 */
export function requireLease(leases: LeaseTable, deviceId: string, context: RequestContext): void {
  const lease = leases.forDevice(deviceId)
  const session = sessionOf(context)
  if (lease === undefined) {
    throw new AgentError('BAD_STATE', 'claim the device first', {
      details: { deviceId, reason: 'not-claimed' },
    })
  }
  if (lease.sessionId !== session.id) {
    throw new AgentError('DEVICE_BUSY', 'another client holds the device', {
      details: { deviceId, holder: lease.holder },
    })
  }
}

import { BasicDevice } from '../../core/basic-device'
import type { DriverContext, DriverDescriptor, SmartcardEncoderDriver } from '../../core/driver'
import { AgentError } from '../../core/errors'
import type { AnyTransport, ApduTransport } from '../../transport/types'

/**
 * A PC/SC reader as a card encoder: BasicDevice's lifecycle plus the ApduTransport for the card
 * service. Reader-specific drivers (escapes through SCardControl, LED and buzzer) extend it.
 */
export class PcscReaderDevice extends BasicDevice implements SmartcardEncoderDriver {
  readonly apdu: ApduTransport

  constructor(
    descriptor: DriverDescriptor,
    transport: AnyTransport,
    context: DriverContext,
    readonly maxCommandLength: number,
  ) {
    super(descriptor, transport, context)
    if (transport.kind !== 'pcsc') {
      throw new AgentError('INTERNAL', `driver ${descriptor.id} needs a PC/SC transport`)
    }
    this.apdu = transport
  }
}

import type { EventEmitter } from 'node:events'
import type { DeviceDriver, DeviceKind } from '../../../drivers/core/driver'
import { isSmartcardEncoder } from '../../../drivers/core/driver'
import type { CardPresence } from '../../../drivers/transport/types'
import { AgentError } from '../../../drivers/core/errors'
import type { Logger } from '../../../drivers/core/logger'
import { TOPICS, v1 } from '../../../protocol'
import type { EventStream } from '../../server/event-stream'
import { sessionOf, type CommandHandler } from '../../server/handler'
import type { Lease, LeaseTable } from '../../server/leases'
import type { SessionTable } from '../../server/sessions'
import type { DeviceSummary, RegistryEvent } from './device-registry'
import { kindFromWire, wireDevice, wireLease } from './device-view'
import { StationPairings } from './station-pairing'

/** The part of the DeviceRegistry this service reads. */
export interface DeviceSource {
  readonly events: EventEmitter<{ change: [event: RegistryEvent] }>
  list(filter?: { readonly kind?: DeviceKind }): readonly DeviceSummary[]
  get(id: string): DeviceSummary | undefined
  /** The live driver, for services that talk to the device (the registry has it). */
  driver?(id: string): DeviceDriver | undefined
}

export interface DeviceServiceOptions {
  readonly source: DeviceSource
  readonly leases: LeaseTable
  readonly sessions: SessionTable
  readonly stream: EventStream
  readonly logger: Logger
  /** The configured printer ↔ encoder wiring, shown on both devices. */
  readonly pairings?: StationPairings
}

/**
 * Devices as clients see them: listing, leases, and the event stream. Registry changes, lease
 * changes and session ends all turn into numbered events here, in the same tick as the state
 * change, which is what lets GetSnapshot pair the state with a seq.
 */
export class DeviceService {
  private readonly pairings: StationPairings

  constructor(private readonly options: DeviceServiceOptions) {
    this.pairings = options.pairings ?? new StationPairings()
    const { source, leases, sessions, logger } = options
    source.events.on('change', event => {
      this.onRegistryChange(event)
    })
    leases.events.on('changed', deviceId => {
      const device = source.get(deviceId)
      if (device) this.publishStatus(device)
    })
    sessions.events.on('closed', (session, reason) => {
      for (const lease of leases.releaseSession(session.id)) {
        logger.info('lease released', {
          event: 'lease.released',
          deviceId: lease.deviceId,
          clientId: session.id,
          keyName: session.keyName,
          reason: `session-${reason}`,
        })
      }
      logger.info('session closed', {
        event: reason === 'expired' ? 'session.expired' : 'session.closed',
        clientId: session.id,
        keyName: session.keyName,
        reason,
      })
    })
  }

  private onRegistryChange(event: RegistryEvent): void {
    const { stream } = this.options
    switch (event.type) {
      case 'attached':
        stream.publish(TOPICS.device(event.device.id), {
          deviceAttached: {
            device: wireDevice(
              event.device,
              undefined,
              this.card(event.device.id),
              this.pairings.of(event.device.id),
            ),
          },
        })
        return
      case 'detached': {
        // The lease ends with the device; the registry no longer lists it, so releasing publishes
        // no status event and the detach is the one event clients see.
        this.releaseWithDevice(event.deviceId)
        stream.publish(TOPICS.device(event.deviceId), {
          deviceDetached: { deviceId: event.deviceId },
        })
        return
      }
      case 'status':
        this.publishStatus(event.device)
        return
    }
  }

  private releaseWithDevice(deviceId: string): void {
    const lease = this.options.leases.releaseDevice(deviceId)
    if (lease) {
      this.options.logger.info('lease released', {
        event: 'lease.released',
        deviceId,
        clientId: lease.sessionId,
        keyName: lease.holder,
        reason: 'device-detached',
      })
    }
  }

  private publishStatus(device: DeviceSummary): void {
    const lease = this.options.leases.forDevice(device.id)
    this.options.stream.publish(TOPICS.device(device.id), {
      deviceStatusChanged: {
        device: wireDevice(device, lease, this.card(device.id), this.pairings.of(device.id)),
      },
    })
  }

  /** A reader's card as its transport last saw it; undefined for devices without a slot. */
  private card(deviceId: string): CardPresence | undefined {
    const driver = this.options.source.driver?.(deviceId)
    return driver !== undefined && isSmartcardEncoder(driver) ? driver.apdu.card : undefined
  }

  // The registry replaces a summary when anything about the device changes, and leases and card
  // presences are immutable too, so a view can be reused for as long as all three are the same.
  private readonly views = new WeakMap<
    DeviceSummary,
    { lease: Lease | undefined; card: CardPresence | undefined; view: v1.IDevice }
  >()

  private view(device: DeviceSummary): v1.IDevice {
    const lease = this.options.leases.forDevice(device.id)
    const card = this.card(device.id)
    const cached = this.views.get(device)
    if (cached !== undefined && cached.lease === lease && cached.card === card) return cached.view
    const view = wireDevice(device, lease, card, this.pairings.of(device.id))
    this.views.set(device, { lease, card, view })
    return view
  }

  private find(deviceId: string): DeviceSummary {
    const device = this.options.source.get(deviceId)
    if (!device) {
      throw new AgentError('DEVICE_NOT_FOUND', 'no device has this id', { details: { deviceId } })
    }
    return device
  }

  handlers(): {
    listDevices: CommandHandler<'listDevices'>
    getDevice: CommandHandler<'getDevice'>
    claimDevice: CommandHandler<'claimDevice'>
    releaseDevice: CommandHandler<'releaseDevice'>
    getSnapshot: CommandHandler<'getSnapshot'>
  } {
    const { source, leases, stream, logger } = this.options
    return {
      listDevices: {
        requiresSession: true,
        run: body => {
          const kind = kindFromWire(body.kind ?? v1.DeviceKind.DEVICE_KIND_UNSPECIFIED)
          const devices = source.list(kind ? { kind } : undefined)
          return { result: { devices: devices.map(device => this.view(device)) } }
        },
      },
      getDevice: {
        requiresSession: true,
        run: body => ({ result: { device: this.view(this.find(body.deviceId ?? '')) } }),
      },
      claimDevice: {
        requiresSession: true,
        run: async (body, context) => {
          const deviceId = body.deviceId ?? ''
          this.find(deviceId)
          const session = sessionOf(context)
          const lease = await leases.acquire(deviceId, session, {
            wait: body.wait ?? false,
            signal: context.signal,
          })
          if (!source.get(deviceId)) {
            // Unplugged while we waited for it.
            leases.releaseDevice(deviceId)
            throw new AgentError('DEVICE_NOT_FOUND', 'the device went away', {
              details: { deviceId },
            })
          }
          logger.info('lease acquired', {
            event: 'lease.acquired',
            deviceId,
            clientId: session.id,
            keyName: session.keyName,
          })
          return { result: { lease: wireLease(lease) } }
        },
      },
      releaseDevice: {
        requiresSession: true,
        run: (body, context) => {
          const session = sessionOf(context)
          const lease = leases.release(body.leaseId ?? '', session)
          logger.info('lease released', {
            event: 'lease.released',
            deviceId: lease.deviceId,
            clientId: session.id,
            keyName: session.keyName,
            reason: 'client',
          })
          return { result: {} }
        },
      },
      getSnapshot: {
        requiresSession: true,
        run: () => ({
          result: {
            seq: stream.seq,
            epoch: stream.epoch,
            devices: source.list().map(device => this.view(device)),
          },
        }),
      },
    }
  }
}

import { devicesAsync, type Device } from 'node-hid'
import { NULL_LOGGER, type Logger } from '../core/logger'
import { pollChanges } from '../transport/poll-changes'
import type { PortChange, PortInfo, TransportProvider } from '../transport/types'
import { HidReportTransport, type HidReportTransportOptions } from './hid-report-transport'

export interface HidProviderOptions {
  /** How often watch() lists devices; hidapi has no hot-plug callback. Default 1000. */
  readonly pollIntervalMs?: number
  readonly logger?: Logger
  /** Lists HID devices; defaults to node-hid's `devicesAsync`. Tests inject their own. */
  readonly listDevices?: () => Promise<readonly Device[]>
  readonly transport?: HidReportTransportOptions
}

/**
 * Finds HID devices through node-hid (hidapi) and follows hot-plug by polling, diffing by path.
 * open() returns a closed HidReportTransport; its open() claims the device.
 */
export class HidProvider implements TransportProvider<HidReportTransport> {
  readonly name = 'hid'
  private readonly pollIntervalMs: number
  private readonly logger: Logger
  private readonly listDevices: () => Promise<readonly Device[]>
  private listFailing = false

  constructor(private readonly options: HidProviderOptions = {}) {
    this.pollIntervalMs = options.pollIntervalMs ?? 1000
    this.logger = options.logger ?? NULL_LOGGER
    this.listDevices = options.listDevices ?? (() => devicesAsync())
  }

  /** Devices without a path cannot be opened and are left out. Rejects when hidapi fails. */
  async list(): Promise<readonly PortInfo[]> {
    const devices = await this.listDevices()
    return devices.flatMap(device => {
      const info = toPortInfo(device)
      return info === undefined ? [] : [info]
    })
  }

  open(info: PortInfo): Promise<HidReportTransport> {
    return Promise.resolve(new HidReportTransport(info, this.options.transport))
  }

  /** A failing listing keeps the previous snapshot and is logged once until it works again. */
  watch(signal: AbortSignal): AsyncIterable<PortChange> {
    return pollChanges(() => this.checkedList(), { intervalMs: this.pollIntervalMs, signal })
  }

  private async checkedList(): Promise<readonly PortInfo[]> {
    try {
      const ports = await this.list()
      if (this.listFailing) {
        this.listFailing = false
        this.logger.info('HID listing works again', {
          event: 'provider.recovered',
          provider: this.name,
        })
      }
      return ports
    } catch (error) {
      if (!this.listFailing) {
        this.listFailing = true
        this.logger.warn('HID listing failed', {
          event: 'provider.unavailable',
          provider: this.name,
          ...(error instanceof Error ? { err: error } : {}),
        })
      }
      throw error
    }
  }
}

function toPortInfo(device: Device): PortInfo | undefined {
  if (device.path === undefined || device.path === '') return undefined
  return {
    kind: 'hid',
    path: device.path,
    vendorId: device.vendorId,
    productId: device.productId,
    ...(device.serialNumber === undefined || device.serialNumber === ''
      ? {}
      : { serialNumber: device.serialNumber }),
    ...(device.product === undefined ? {} : { product: device.product }),
    provider: 'hid',
  }
}

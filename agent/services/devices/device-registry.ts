import { EventEmitter } from 'node:events'
import { sameStatus } from '../../../drivers/core/basic-device'
import { SYSTEM_CLOCK, type Clock } from '../../../drivers/core/clock'
import type {
  DeviceDriver,
  DeviceKind,
  DeviceStatus,
  DriverDescriptor,
} from '../../../drivers/core/driver'
import { toAgentError } from '../../../drivers/core/errors'
import type { Logger } from '../../../drivers/core/logger'
import type { CloseReason } from '../../../drivers/transport/close-reason'
import type { PortChange, PortInfo, TransportProvider } from '../../../drivers/transport/types'
import { matchDriver } from './match-driver'

/** What the registry knows about one device, as clients see it. */
export interface DeviceSummary {
  readonly id: string
  readonly driverId: string
  readonly driverName: string
  readonly kind: DeviceKind
  readonly info: PortInfo
  readonly status: DeviceStatus
}

/** A change of the device list, emitted only when something actually changed. */
export type RegistryEvent =
  | { readonly type: 'attached'; readonly device: DeviceSummary }
  | { readonly type: 'detached'; readonly deviceId: string; readonly device: DeviceSummary }
  | { readonly type: 'status'; readonly device: DeviceSummary }

export interface DeviceRegistryOptions {
  readonly providers: readonly TransportProvider[]
  readonly drivers: readonly DriverDescriptor[]
  readonly logger: Logger
  readonly clock?: Clock
  /** Driver ids that may be used (libfprint's allow-list); all when absent. */
  readonly allow?: readonly string[]
  /** Each driver's own configuration slice, by driver id. */
  readonly driverOptions?: Readonly<Record<string, Readonly<Record<string, unknown>>>>
  /** Delay before a provider whose watch() threw or ended is watched again. Default 1000. */
  readonly watchRestartDelayMs?: number
}

interface Entry {
  readonly portKey: string
  readonly descriptor: DriverDescriptor
  readonly driver: DeviceDriver
  summary: DeviceSummary
  readonly unsubscribe: () => void
}

/**
 * Owns every device of the workstation: lists the providers, matches each port to a driver
 * (matchDriver), creates and opens it, follows hot-plug, and reports changes on `events`.
 * Ports with no driver are logged once and not listed. A provider that fails is retried; it
 * never stops the registry.
 */
export class DeviceRegistry {
  /** 'change' for attach, detach and status changes; never 'error'. */
  readonly events = new EventEmitter<{ change: [event: RegistryEvent] }>()
  private readonly devices = new Map<string, Entry>()
  private readonly deviceByPort = new Map<string, string>()
  private readonly unsupported = new Set<string>()
  private readonly opening = new Set<Promise<void>>()
  private readonly unavailable = new Set<string>()
  private readonly controller = new AbortController()
  private readonly watches: Promise<void>[] = []
  private readonly logger: Logger
  private readonly clock: Clock
  private started = false
  private stopping: Promise<void> | undefined

  constructor(private readonly options: DeviceRegistryOptions) {
    this.logger = options.logger.child({ component: 'device-registry' })
    this.clock = options.clock ?? SYSTEM_CLOCK
  }

  /**
   * Lists every provider, matches, creates and opens the drivers, then follows each provider's
   * watch() in the background. Resolves once the initial listing is done and its devices have
   * finished opening (an open that fails leaves the device listed with status 'error'). Never
   * rejects for a provider failure. Calling it twice, or after stop(), does nothing.
   */
  async start(): Promise<void> {
    if (this.started || this.stopping !== undefined) return
    this.started = true
    await Promise.all(this.options.providers.map(provider => this.reconcile(provider)))
    await this.settleOpens()
    if (this.stopped()) return
    for (const provider of this.options.providers) this.watches.push(this.follow(provider))
  }

  /**
   * Stops following the providers and closes every driver. Emits no 'detached' events: the
   * devices are still plugged in. Idempotent; resolves when every driver is closed.
   */
  stop(): Promise<void> {
    this.stopping ??= this.shutdown()
    return this.stopping
  }

  /** The devices with a driver, sorted by id. */
  list(filter: { readonly kind?: DeviceKind } = {}): readonly DeviceSummary[] {
    return [...this.devices.values()]
      .map(entry => entry.summary)
      .filter(summary => filter.kind === undefined || summary.kind === filter.kind)
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  }

  get(id: string): DeviceSummary | undefined {
    return this.devices.get(id)?.summary
  }

  /** The live driver, for services that talk to the device. */
  driver(id: string): DeviceDriver | undefined {
    return this.devices.get(id)?.driver
  }

  private async shutdown(): Promise<void> {
    this.controller.abort()
    await this.settleOpens()
    const entries = [...this.devices.values()]
    this.devices.clear()
    this.deviceByPort.clear()
    await Promise.all(
      entries.map(async entry => {
        entry.unsubscribe()
        await this.closeDriver(entry)
      }),
    )
    // Watch loops end on abort; waiting keeps stop() from returning while one still runs.
    await Promise.all(this.watches)
  }

  // A method rather than the flag, because TypeScript keeps a property narrowed across awaits.
  private stopped(): boolean {
    return this.controller.signal.aborted
  }

  private async settleOpens(): Promise<void> {
    while (this.opening.size > 0) await Promise.allSettled([...this.opening])
  }

  /** Brings this provider's devices in line with a fresh listing. */
  private async reconcile(provider: TransportProvider): Promise<void> {
    let ports: readonly PortInfo[]
    try {
      ports = await provider.list()
    } catch (error) {
      this.providerFailed(provider, error)
      return
    }
    this.providerWorks(provider)
    const listed = new Set(ports.map(info => portKey(provider, info)))
    for (const [key, deviceId] of [...this.deviceByPort]) {
      const entry = this.devices.get(deviceId)
      if (key.startsWith(`${provider.name}\u0000`) && !listed.has(key) && entry !== undefined) {
        await this.detach(provider, entry.summary.info)
      }
    }
    for (const info of ports) await this.attach(provider, info)
  }

  private async follow(provider: TransportProvider): Promise<void> {
    const signal = this.controller.signal
    let restarted = false
    while (!this.stopped()) {
      try {
        const changes = provider.watch(signal)
        if (restarted) await this.reconcile(provider)
        for await (const change of changes) {
          if (this.stopped()) break
          this.providerWorks(provider)
          await this.apply(provider, change)
        }
      } catch (error) {
        this.providerFailed(provider, error)
      }
      if (this.stopped()) break
      restarted = true
      await delay(this.options.watchRestartDelayMs ?? 1000, signal)
    }
  }

  private async apply(provider: TransportProvider, change: PortChange): Promise<void> {
    switch (change.type) {
      case 'attached':
        await this.attach(provider, change.info)
        return
      case 'detached':
        await this.detach(provider, change.info)
        return
    }
  }

  private async attach(provider: TransportProvider, info: PortInfo): Promise<void> {
    const key = portKey(provider, info)
    if (this.deviceByPort.has(key) || this.stopped()) return
    const descriptor = matchDriver(info, this.options.drivers, this.options.allow)
    if (descriptor === undefined) {
      if (!this.unsupported.has(key)) {
        this.unsupported.add(key)
        this.logger.info(`no driver for ${describe(info)}`, {
          event: 'device.unsupported',
          path: info.path,
          provider: provider.name,
        })
      }
      return
    }
    let driver: DeviceDriver
    try {
      const transport = await provider.open(info)
      driver = descriptor.create(transport, {
        logger: this.options.logger.child({ driver: descriptor.id }),
        clock: this.clock,
        options: this.options.driverOptions?.[descriptor.id] ?? {},
      })
    } catch (error) {
      const failure = toAgentError(error, 'TRANSPORT_OPEN_FAILED')
      this.logger.error('cannot create the driver', {
        event: 'device.open-failed',
        driver: descriptor.id,
        path: info.path,
        provider: provider.name,
        code: failure.code,
        err: failure,
      })
      return
    }
    if (this.stopped() || this.deviceByPort.has(key)) {
      await driver.close().catch(() => undefined)
      return
    }
    if (this.devices.has(driver.id)) {
      // The same serial number on two ports (one device seen by two providers, or a cloned
      // serial): the first one keeps the id, so a client never sees one id change hands.
      this.logger.warn('a device with this id is already attached', {
        event: 'device.duplicate',
        deviceId: driver.id,
        path: info.path,
        provider: provider.name,
      })
      await driver.close().catch(() => undefined)
      return
    }
    const onStatus = (status: DeviceStatus): void => {
      this.updateStatus(driver.id, status)
    }
    driver.events.on('status', onStatus)
    const entry: Entry = {
      portKey: key,
      descriptor,
      driver,
      summary: {
        id: driver.id,
        driverId: descriptor.id,
        driverName: descriptor.fullName,
        kind: descriptor.kind,
        info,
        status: driver.status(),
      },
      unsubscribe: () => driver.events.off('status', onStatus),
    }
    this.devices.set(driver.id, entry)
    this.deviceByPort.set(key, driver.id)
    this.unsupported.delete(key)
    this.logger.info(`attached ${describe(info)}`, {
      event: 'device.attached',
      deviceId: driver.id,
      driver: descriptor.id,
      path: info.path,
      provider: provider.name,
    })
    this.events.emit('change', { type: 'attached', device: entry.summary })
    const opening = this.open(entry)
    this.opening.add(opening)
    void opening.finally(() => this.opening.delete(opening))
  }

  private async open(entry: Entry): Promise<void> {
    try {
      await entry.driver.open()
    } catch (error) {
      const failure = toAgentError(error, 'TRANSPORT_OPEN_FAILED')
      this.logger.error('device open failed', {
        event: 'device.open-failed',
        deviceId: entry.driver.id,
        driver: entry.descriptor.id,
        code: failure.code,
        err: failure,
      })
      // Drivers should report their own failure; this covers one that only rejects.
      this.updateStatus(entry.driver.id, {
        state: 'error',
        code: failure.code,
        message: failure.message,
      })
    }
  }

  private async detach(provider: TransportProvider, info: PortInfo): Promise<void> {
    const key = portKey(provider, info)
    this.unsupported.delete(key)
    const deviceId = this.deviceByPort.get(key)
    const entry = deviceId === undefined ? undefined : this.devices.get(deviceId)
    if (deviceId === undefined || entry === undefined) return
    this.deviceByPort.delete(key)
    this.devices.delete(deviceId)
    entry.unsubscribe()
    this.logger.info(`detached ${describe(entry.summary.info)}`, {
      event: 'device.detached',
      deviceId,
      driver: entry.descriptor.id,
      path: info.path,
      provider: provider.name,
    })
    this.events.emit('change', { type: 'detached', deviceId, device: entry.summary })
    await this.closeDriver(entry, 'detached')
  }

  private async closeDriver(entry: Entry, reason: CloseReason = 'closed'): Promise<void> {
    try {
      await entry.driver.close(reason)
    } catch (error) {
      const failure = toAgentError(error)
      this.logger.warn('device close failed', {
        event: 'device.close-failed',
        deviceId: entry.driver.id,
        code: failure.code,
        err: failure,
      })
    }
  }

  private updateStatus(deviceId: string, status: DeviceStatus): void {
    const entry = this.devices.get(deviceId)
    if (entry === undefined || sameStatus(entry.summary.status, status)) return
    entry.summary = { ...entry.summary, status }
    this.logger.info('device status changed', {
      event: 'device.status-changed',
      deviceId,
      state: status.state,
      ...('code' in status ? { code: status.code } : {}),
    })
    this.events.emit('change', { type: 'status', device: entry.summary })
  }

  private providerFailed(provider: TransportProvider, error: unknown): void {
    if (this.unavailable.has(provider.name)) return
    this.unavailable.add(provider.name)
    const failure = toAgentError(error, 'TRANSPORT_UNAVAILABLE')
    this.logger.warn('transport provider failed; retrying', {
      event: 'provider.unavailable',
      provider: provider.name,
      code: failure.code,
      err: failure,
    })
  }

  private providerWorks(provider: TransportProvider): void {
    if (!this.unavailable.delete(provider.name)) return
    this.logger.info('transport provider works again', {
      event: 'provider.recovered',
      provider: provider.name,
    })
  }
}

// NUL cannot appear in a provider name or a path, so the key cannot be forged by either part.
function portKey(provider: TransportProvider, info: PortInfo): string {
  return `${provider.name}\u0000${info.kind}\u0000${info.path}`
}

// Product names and ids describe the model, not a person; serial numbers stay out.
function describe(info: PortInfo): string {
  const ids =
    info.vendorId === undefined || info.productId === undefined
      ? ''
      : ` ${hex4(info.vendorId)}:${hex4(info.productId)}`
  return `${info.kind} port${ids}${info.product === undefined ? '' : ` (${info.product})`}`
}

function hex4(value: number): string {
  return value.toString(16).padStart(4, '0')
}

function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise(resolve => {
    const done = (): void => {
      clearTimeout(timer)
      signal.removeEventListener('abort', done)
      resolve()
    }
    const timer = setTimeout(done, ms)
    signal.addEventListener('abort', done, { once: true })
  })
}

import { stat } from 'node:fs/promises'
import { SerialPort } from 'serialport'
import { NULL_LOGGER, type Logger } from '../core/logger'
import { pollChanges } from '../transport/poll-changes'
import type { PortChange, PortInfo, TransportProvider } from '../transport/types'
import { SerialByteStream, type SerialByteStreamOptions } from './serial-byte-stream'

/** What serialport's list() returns, reduced to the fields we map. */
export interface SystemSerialPort {
  readonly path: string
  readonly manufacturer?: string | undefined
  readonly serialNumber?: string | undefined
  readonly vendorId?: string | undefined
  readonly productId?: string | undefined
}

export interface SerialProviderOptions {
  /** How often watch() lists; serialport has no hot-plug events. Default 1000. */
  readonly pollIntervalMs?: number
  /**
   * Paths listed while the file exists, whatever the system enumerates: pseudo-terminals
   * (simulators) and adapters udev does not describe are never in serialport's list.
   */
  readonly paths?: readonly string[]
  readonly logger?: Logger
  /** Defaults to `SerialPort.list`; tests inject their own. */
  readonly listPorts?: () => Promise<readonly SystemSerialPort[]>
  /**
   * While enumeration fails, how long to serve "no system ports" before trying it again.
   * Default 30000: without udevadm (a container) every try spawns a process that fails, which
   * at the poll interval cost the agent a few per cent of its CPU for nothing.
   */
  readonly enumerationRetryMs?: number
  /** Milliseconds clock for the retry; tests inject their own. */
  readonly now?: () => number
  readonly stream?: SerialByteStreamOptions
}

/**
 * Serial ports from serialport's enumeration plus configured static paths. Enumeration failures
 * (no udevadm in a container) count as "no system ports", are logged once at warn and retried
 * every enumerationRetryMs rather than at every poll; the configured paths keep working.
 * open() returns a closed SerialByteStream.
 */
export class SerialProvider implements TransportProvider<SerialByteStream> {
  readonly name = 'serial'
  private readonly logger: Logger
  private readonly listPorts: () => Promise<readonly SystemSerialPort[]>
  private enumerationFailing = false
  private retryEnumerationAt = 0
  private readonly now: () => number

  constructor(private readonly options: SerialProviderOptions = {}) {
    this.logger = options.logger ?? NULL_LOGGER
    this.listPorts = options.listPorts ?? (() => SerialPort.list())
    this.now = options.now ?? Date.now
  }

  /** Never rejects. A configured path that is also enumerated is listed once. */
  async list(): Promise<readonly PortInfo[]> {
    const system = (await this.systemPorts()).map(toPortInfo)
    const seen = new Set(system.map(info => info.path))
    const configured: PortInfo[] = []
    for (const path of this.options.paths ?? []) {
      if (seen.has(path) || !(await exists(path))) continue
      seen.add(path)
      configured.push({ kind: 'serial', path, provider: this.name })
    }
    return [...system, ...configured]
  }

  open(info: PortInfo): Promise<SerialByteStream> {
    return Promise.resolve(new SerialByteStream(info, this.options.stream))
  }

  watch(signal: AbortSignal): AsyncIterable<PortChange> {
    return pollChanges(() => this.list(), {
      intervalMs: this.options.pollIntervalMs ?? 1000,
      signal,
    })
  }

  private async systemPorts(): Promise<readonly SystemSerialPort[]> {
    if (this.enumerationFailing && this.now() < this.retryEnumerationAt) return []
    try {
      const ports = await this.listPorts()
      if (this.enumerationFailing) {
        this.enumerationFailing = false
        this.logger.info('serial port enumeration works again', {
          event: 'provider.recovered',
          provider: this.name,
        })
      }
      return ports
    } catch (error) {
      this.retryEnumerationAt = this.now() + (this.options.enumerationRetryMs ?? 30_000)
      if (!this.enumerationFailing) {
        this.enumerationFailing = true
        this.logger.warn('serial port enumeration failed; only configured paths are listed', {
          event: 'provider.unavailable',
          provider: this.name,
          ...(error instanceof Error ? { err: error } : {}),
        })
      }
      return []
    }
  }
}

function toPortInfo(port: SystemSerialPort): PortInfo {
  const vendorId = parseHex(port.vendorId)
  const productId = parseHex(port.productId)
  return {
    kind: 'serial',
    path: port.path,
    ...(vendorId === undefined ? {} : { vendorId }),
    ...(productId === undefined ? {} : { productId }),
    ...(port.serialNumber === undefined || port.serialNumber === ''
      ? {}
      : { serialNumber: port.serialNumber }),
    provider: 'serial',
  }
}

// serialport gives USB ids as hex strings ("0403").
function parseHex(value: string | undefined): number | undefined {
  if (value === undefined || !/^[0-9a-f]{1,4}$/i.test(value)) return undefined
  return Number.parseInt(value, 16)
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path)
    return true
  } catch {
    return false
  }
}

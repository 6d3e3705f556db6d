import type { EncodingStation, PrinterEncoders } from '../../config/schema'
import type { StationPairing } from './device-view'

const STATIONS: readonly EncodingStation[] = ['contact', 'contactless']

/**
 * The configured wiring of printers to encoders (`printers.encoders`), looked up from either
 * side: a printer's encoder per station, and the printer and station an encoder serves.
 */
export class StationPairings {
  private readonly byDevice = new Map<string, StationPairing>()

  constructor(encoders: PrinterEncoders = {}) {
    for (const [printerId, stations] of Object.entries(encoders)) {
      const stationEncoders = STATIONS.flatMap(station => {
        const encoderId = stations[station]
        return encoderId === undefined ? [] : [{ station, encoderId }]
      })
      this.byDevice.set(printerId, { ...this.byDevice.get(printerId), stationEncoders })
      for (const { station, encoderId } of stationEncoders) {
        this.byDevice.set(encoderId, {
          ...this.byDevice.get(encoderId),
          printer: { printerId, station },
        })
      }
    }
  }

  /** What the wire Device of `deviceId` says about the wiring; {} for a device not in it. */
  of(deviceId: string): StationPairing {
    return this.byDevice.get(deviceId) ?? {}
  }

  /** The encoder wired to `station` of `printerId`, if the configuration names one. */
  encoderAt(printerId: string, station: string): string | undefined {
    return this.byDevice.get(printerId)?.stationEncoders?.find(e => e.station === station)
      ?.encoderId
  }

  /** Whether the configuration says anything about this printer's stations. */
  knowsPrinter(printerId: string): boolean {
    return (this.byDevice.get(printerId)?.stationEncoders?.length ?? 0) > 0
  }
}

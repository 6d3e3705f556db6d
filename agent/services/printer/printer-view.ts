import type { PrinterInfo, PrinterStatus } from '../../../drivers/core/printer'
import type { v1 } from '../../../protocol'

export function wirePrinterInfo(info: PrinterInfo): v1.IPrinterInfo {
  return {
    model: info.model,
    serialNumber: info.serialNumber,
    firmware: info.firmware,
    medium: info.medium,
    stations: [...info.stations],
    faces: [...info.faces],
    dpi: info.dpi,
    widthPx: info.widthPx,
    heightPx: info.heightPx,
  }
}

export function wirePrinterStatus(status: PrinterStatus): v1.IPrinterStatus {
  return {
    position: status.position,
    attention: [...status.attention],
    faults: [...status.faults],
    feederRemaining: status.feederRemaining ?? -1,
    ribbonRemaining: status.ribbonRemaining ?? -1,
    ...(status.counters ? { counters: { ...status.counters } } : {}),
  }
}

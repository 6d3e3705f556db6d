import type { DeviceDriver } from '../../../drivers/core/driver'
import { AgentError } from '../../../drivers/core/errors'
import type { Logger } from '../../../drivers/core/logger'
import { isPrinter, type Printer } from '../../../drivers/core/printer'
import type { CommandHandler } from '../../server/handler'
import type { LeaseTable } from '../../server/leases'
import { requireLease } from '../../server/require-lease'
import { wirePrinterInfo, wirePrinterStatus } from './printer-view'

export interface PrinterServiceOptions {
  readonly source: { driver?(id: string): DeviceDriver | undefined; get(id: string): unknown }
  readonly leases: LeaseTable
  readonly logger: Logger
}

/** A printer to one user for a while: an issuance job, or one maintenance command. */
export interface PrinterAccess {
  withPrinter<T>(deviceId: string, work: (printer: Printer) => Promise<T>): Promise<T>
}

/**
 * Printers for front-ends and technicians: status (no lease), a test card, and moving a medium
 * out by hand (reject for operators, eject for technicians only). A printer runs one thing at a
 * time: a maintenance command while an issuance job holds the printer is DEVICE_BUSY, so nobody
 * ejects a card mid-job.
 */
export class PrinterService implements PrinterAccess {
  private readonly inUse = new Set<string>()

  constructor(private readonly options: PrinterServiceOptions) {}

  async withPrinter<T>(deviceId: string, work: (printer: Printer) => Promise<T>): Promise<T> {
    const printer = this.printer(deviceId)
    if (this.inUse.has(deviceId)) {
      throw new AgentError('DEVICE_BUSY', 'the printer is running another job', {
        details: { deviceId, reason: 'printer-in-use' },
      })
    }
    this.inUse.add(deviceId)
    try {
      return await work(printer)
    } finally {
      this.inUse.delete(deviceId)
    }
  }

  handlers(): {
    getPrinterStatus: CommandHandler<'getPrinterStatus'>
    printTestCard: CommandHandler<'printTestCard'>
    ejectMedium: CommandHandler<'ejectMedium'>
    rejectMedium: CommandHandler<'rejectMedium'>
  } {
    const { leases, logger } = this.options
    return {
      getPrinterStatus: {
        requiresSession: true,
        run: async (body, context) => {
          const printer = this.printer(body.deviceId ?? '')
          const options = { signal: context.signal }
          const info = await printer.info(options)
          const status = await printer.status(options)
          return { result: { info: wirePrinterInfo(info), status: wirePrinterStatus(status) } }
        },
      },
      printTestCard: {
        requiresSession: true,
        run: async (body, context) => {
          const deviceId = body.deviceId ?? ''
          requireLease(leases, deviceId, context)
          const status = await this.withPrinter(deviceId, async printer => {
            await printer.printTest({ signal: context.signal })
            return printer.status({ signal: context.signal })
          })
          logger.info('printer test card', { event: 'printer.test-card', deviceId })
          return { result: { status: wirePrinterStatus(status) } }
        },
      },
      ejectMedium: {
        requiresSession: true,
        role: 'technician',
        run: async (body, context) => {
          const deviceId = body.deviceId ?? ''
          requireLease(leases, deviceId, context)
          const status = await this.withPrinter(deviceId, async printer => {
            await printer.eject({ signal: context.signal })
            return printer.status({ signal: context.signal })
          })
          logger.warn('medium ejected by hand', {
            event: 'printer.ejected-by-hand',
            deviceId,
            keyName: context.session?.keyName,
          })
          return { result: { status: wirePrinterStatus(status) } }
        },
      },
      rejectMedium: {
        requiresSession: true,
        run: async (body, context) => {
          const deviceId = body.deviceId ?? ''
          requireLease(leases, deviceId, context)
          const status = await this.withPrinter(deviceId, async printer => {
            await printer.reject({ signal: context.signal })
            return printer.status({ signal: context.signal })
          })
          logger.info('medium rejected by hand', {
            event: 'printer.rejected-by-hand',
            deviceId,
            keyName: context.session?.keyName,
          })
          return { result: { status: wirePrinterStatus(status) } }
        },
      },
    }
  }

  /** The printer capability, or DEVICE_NOT_FOUND / DEVICE_UNSUPPORTED. */
  printer(deviceId: string): Printer {
    if (this.options.source.get(deviceId) === undefined) {
      throw new AgentError('DEVICE_NOT_FOUND', 'no device has this id', { details: { deviceId } })
    }
    const driver = this.options.source.driver?.(deviceId)
    if (driver === undefined || !isPrinter(driver)) {
      throw new AgentError('DEVICE_UNSUPPORTED', 'the device is not a printer', {
        details: { deviceId },
      })
    }
    return driver.printer
  }
}

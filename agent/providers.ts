import type { Logger } from '../drivers/core/logger'
import { HidProvider } from '../drivers/hid/hid-provider'
import { PcscProvider } from '../drivers/pcsc/pcsc-provider'
import { SerialProvider } from '../drivers/serial/serial-provider'
import { DirectoryProvider } from '../drivers/simulated/directory-provider'
import type { TransportProvider } from '../drivers/transport/types'
import type { AgentConfig } from './config/schema'

/** The transport providers the configuration enables, each with its own slice. */
export function createProviders(
  config: AgentConfig['providers'],
  logger: Logger,
): TransportProvider[] {
  const providers: TransportProvider[] = []
  if (config.hid.enabled) {
    providers.push(
      new HidProvider({
        pollIntervalMs: config.hid.pollIntervalMs,
        logger: logger.child({ provider: 'hid' }),
      }),
    )
  }
  if (config.serial.enabled) {
    providers.push(
      new SerialProvider({
        pollIntervalMs: config.serial.pollIntervalMs,
        paths: config.serial.paths,
        stream: { baudRate: config.serial.baudRate },
        logger: logger.child({ provider: 'serial' }),
      }),
    )
  }
  if (config.pcsc.enabled) {
    providers.push(
      new PcscProvider({
        retryIntervalMs: config.pcsc.retryIntervalMs,
        logger: logger.child({ provider: 'pcsc' }),
      }),
    )
  }
  if (config.simulated.enabled) {
    providers.push(
      new DirectoryProvider({
        dir: config.simulated.dir,
        logger: logger.child({ provider: 'simulated' }),
      }),
    )
  }
  return providers
}

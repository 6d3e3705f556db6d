import type { Logger } from '../drivers/core/logger'
import type { TransportProvider } from '../drivers/transport/types'
import type { AgentConfig } from './config/schema'

/**
 * The transport providers the configuration enables, each with its own slice. Each provider's
 * module is loaded only when it is enabled: they bring native addons (node-hid, serialport,
 * pcsclite and libpcsclite) that cost resident memory in an agent that never uses them.
 */
export function createProviders(
  config: AgentConfig['providers'],
  logger: Logger,
): TransportProvider[] {
  const providers: TransportProvider[] = []
  if (config.hid.enabled) {
    const { HidProvider } = loadWhenUsed(
      '../drivers/hid/hid-provider',
    ) as typeof import('../drivers/hid/hid-provider')
    providers.push(
      new HidProvider({
        pollIntervalMs: config.hid.pollIntervalMs,
        logger: logger.child({ provider: 'hid' }),
      }),
    )
  }
  if (config.serial.enabled) {
    const { SerialProvider } = loadWhenUsed(
      '../drivers/serial/serial-provider',
    ) as typeof import('../drivers/serial/serial-provider')
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
    const { PcscProvider } = loadWhenUsed(
      '../drivers/pcsc/pcsc-provider',
    ) as typeof import('../drivers/pcsc/pcsc-provider')
    providers.push(
      new PcscProvider({
        retryIntervalMs: config.pcsc.retryIntervalMs,
        logger: logger.child({ provider: 'pcsc' }),
      }),
    )
  }
  if (config.simulated.enabled) {
    const { DirectoryProvider } = loadWhenUsed(
      '../drivers/simulated/directory-provider',
    ) as typeof import('../drivers/simulated/directory-provider')
    providers.push(
      new DirectoryProvider({
        dir: config.simulated.dir,
        logger: logger.child({ provider: 'simulated' }),
      }),
    )
  }
  return providers
}

/**
 * Loads a module of this project at its first use. A plain require, because import() would
 * bypass the tsx CommonJS hook that bin/ runs the sources under.
 */
function loadWhenUsed(id: string): unknown {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when used: the module brings a native addon
  return require(id)
}

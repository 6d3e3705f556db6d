// Entry point of `idstation-agent` (bin/idstation-agent.cjs requires this file): configuration,
// logging, signals and exit codes around startAgent().
import { isAgentError } from '../drivers/core/errors'
import { startAgent } from './agent'
import { loadConfig } from './config/load'
import { createRootLogger } from './logging/logger'
import { AGENT_VERSION } from './version'

const EXIT = { ok: 0, failure: 1, configInvalid: 78, software: 70 } as const

async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(
      'usage: idstation-agent [--config FILE] [--set key=value]... [--runtime-dir DIR] [--data-dir DIR] [--log-level LEVEL]\n' +
        'Configuration keys: see README.md (Configuration) or docs/configuration.md.\n',
    )
    return EXIT.ok
  }
  if (argv.includes('--version')) {
    process.stdout.write(`${AGENT_VERSION}\n`)
    return EXIT.ok
  }
  let config
  try {
    config = loadConfig({ argv, env: process.env }).config
  } catch (error) {
    process.stderr.write(
      `idstation-agent: ${error instanceof Error ? error.message : String(error)}\n`,
    )
    return EXIT.configInvalid
  }
  const root = createRootLogger({
    level: config.log.level,
    dir: config.log.dir,
    maxFileBytes: config.log.maxFileBytes,
    maxFiles: config.log.maxFiles,
    console: config.log.console,
    service: 'idstation-agent',
    version: AGENT_VERSION,
  })
  const logger = root.logger
  let agent
  try {
    agent = await startAgent(config, logger)
  } catch (error) {
    const code = isAgentError(error) ? error.code : 'INTERNAL'
    const event = code === 'BAD_STATE' ? 'server.endpoint-in-use' : 'agent.config-invalid'
    logger.error(error instanceof Error ? error.message : 'start failed', {
      event,
      code,
      ...(error instanceof Error ? { err: error } : {}),
    })
    await root.close()
    return code === 'CONFIG_INVALID' ? EXIT.configInvalid : EXIT.failure
  }
  logger.info('agent started', { event: 'agent.started', version: AGENT_VERSION, pid: process.pid })

  const running = agent
  return new Promise<number>(resolve => {
    let exitCode: number = EXIT.ok
    const stop = (reason: string, code: number) => {
      exitCode = Math.max(exitCode, code)
      logger.info('agent stopping', { event: 'agent.stopping', reason })
      void running
        .stop()
        .catch((error: unknown) => {
          logger.error('stop failed', {
            event: 'agent.stopped',
            err: error instanceof Error ? error : new Error(String(error)),
          })
          exitCode = EXIT.failure
        })
        .then(async () => {
          logger.info('agent stopped', { event: 'agent.stopped' })
          await root.close()
          resolve(exitCode)
        })
    }
    process.once('SIGTERM', () => {
      stop('SIGTERM', EXIT.ok)
    })
    process.once('SIGINT', () => {
      stop('SIGINT', EXIT.ok)
    })
    // A bug must not leave a half-working agent behind: log it, stop cleanly, exit non-zero.
    process.once('uncaughtException', error => {
      logger.error('uncaught exception', { event: 'agent.stopping', err: error })
      stop('uncaught-exception', EXIT.software)
    })
    process.once('unhandledRejection', reason => {
      logger.error('unhandled rejection', {
        event: 'agent.stopping',
        err: reason instanceof Error ? reason : new Error('non-error rejection'),
      })
      stop('unhandled-rejection', EXIT.software)
    })
  })
}

void main(process.argv.slice(2)).then(code => {
  process.exitCode = code
})

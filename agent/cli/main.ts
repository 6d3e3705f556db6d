// Entry point of the `idstation` command (bin/idstation.cjs requires this file). Everything
// testable lives in run.ts; this file only binds it to the process.
import { runCli } from './run'

// `idstation devices | head` closes our stdout early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})

const controller = new AbortController()
process.once('SIGINT', () => {
  controller.abort()
})

void runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  signal: controller.signal,
}).then(code => {
  process.exitCode = code
})

import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** The package version, read once: the agent reports it in Hello and GetStatus. */
export const AGENT_VERSION: string = (
  JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version: string }
).version

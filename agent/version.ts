import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

// From agent/ in a checkout, or from dist/agent/ in a build.
const file = [
  join(__dirname, '..', 'package.json'),
  join(__dirname, '..', '..', 'package.json'),
].find(path => existsSync(path))

/** The package version, read once: the agent reports it in Hello and GetStatus. */
export const AGENT_VERSION: string =
  file === undefined
    ? '0.0.0'
    : (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version

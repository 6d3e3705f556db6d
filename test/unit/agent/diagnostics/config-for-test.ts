import { loadConfig } from '../../../../agent/config/load'
import type { AgentConfig } from '../../../../agent/config/schema'

/** The effective configuration for data and runtime directories under `dir`, plus `--set`s. */
export function configIn(dir: string, ...sets: string[]): AgentConfig {
  return loadConfig({
    argv: [
      '--data-dir',
      `${dir}/data`,
      '--runtime-dir',
      `${dir}/run`,
      ...sets.flatMap(set => ['--set', set]),
    ],
    env: {},
    platform: 'linux',
    uid: 1000,
    homeDir: dir,
    tmpDir: dir,
  }).config
}

import type { CliCommandGroup } from '../../command'
import { SIMULATE_CONTROL_COMMAND } from './control'
import { SIMULATE_DEVICE_COMMAND } from './device'
import { SIMULATE_STATION_COMMAND } from './station'

/**
 * `idstation simulate …`: simulators as processes of their own, started by path (agent/cli
 * imports no simulator code): one device, or a whole workstation, and control of a running one.
 */
export const SIMULATE_COMMAND: CliCommandGroup = {
  name: 'simulate',
  summary: 'run simulated devices or a whole simulated workstation, and control them',
  subcommands: [SIMULATE_STATION_COMMAND, SIMULATE_CONTROL_COMMAND, SIMULATE_DEVICE_COMMAND],
}

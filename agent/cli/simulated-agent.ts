/**
 * The `idstation-agent` arguments for a machine with only simulated devices (demo, tests,
 * benchmarks): the simulated provider on, the hardware providers off, the given directories.
 */
export function simulatedAgentArgs(dataDir: string, runtimeDir: string): string[] {
  return [
    '--data-dir',
    dataDir,
    '--runtime-dir',
    runtimeDir,
    '--set',
    'providers.simulated.enabled=true',
    '--set',
    'providers.hid.enabled=false',
    '--set',
    'providers.serial.enabled=false',
    '--set',
    'providers.pcsc.enabled=false',
  ]
}

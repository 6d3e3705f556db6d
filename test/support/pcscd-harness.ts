// The launcher moved to simulators/pcscd so the CLI demo can start one too; tests keep this path.
export * from '../../simulators/pcscd/private-pcscd'

/**
 * simulators/station: a whole simulated issuance workstation, the composition root that the demo,
 * `idstation simulate station`, the end-to-end tests, the issuance benchmark, the soak and the
 * fault campaign share.
 *
 * Unlike the device simulators beside it (which import nothing of agent/ or protocol/, so a bug
 * shared with the driver cannot cancel itself out), this folder starts the REAL agent and needs a
 * few of its pieces. What it can reach by path it spawns by path: the agent (agent/main.ts), every
 * simulator's main.ts and scripts/make-test-pki.ts run as their own processes. What it cannot, it
 * imports, and eslint.config.mjs allows exactly that for simulators/station/** only:
 *  - protocol/client and protocol/messages: `connect()` hands callers a typed AgentClient, and the
 *    station waits for its devices through it;
 *  - agent/keys: the agent's CURVE key pair and the enrolled client keys, in the agent's own file
 *    formats (a second writer of those formats could drift from the reader);
 *  - agent/signer/test-pki: the test CSCA and Document Signer, on SoftHSM2 or in a key file;
 *  - drivers/core/logger: the null logger those key functions take.
 * No device simulator imports this folder, and agent/ never does, except agent/cli's demo
 * command (its own, equally narrow, exception).
 */
export { answerAsOperator, emptyOutput, type PrinterControl, type PrinterFamily } from './operator'
export { SimProcess, type SimLine } from './sim-process'
export { makeStationPki, softHsmAvailable, type StationPki } from './station-pki'
export {
  startStation,
  StationUnavailable,
  STATION_CLI_CLIENT_NAME,
  type LaneDevices,
  type Station,
  type StationDevices,
  type StationLane,
  type StationOptions,
  type StationTiming,
} from './station'

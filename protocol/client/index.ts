export {
  AgentClient,
  type AgentClientOptions,
  type CallOptions,
  type ClientKeys,
} from './agent-client'
export { AgentUnreachableError, ProtocolError } from './errors'
export { watchDevices, type DeviceChange, type DeviceView } from './device-watcher'
export { followJob, isFinalJobState, type FollowJobOptions } from './job-follower'
export type { AgentEvent } from './event-subscription'

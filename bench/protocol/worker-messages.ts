/** What a client process talks to. */
export type TargetSpec =
  | { readonly kind: 'agent'; readonly endpoint: string; readonly serverPublicKey: string }
  | { readonly kind: 'zmq-echo'; readonly endpoint: string; readonly serverPublicKey: string }
  | { readonly kind: 'http'; readonly url: string }

export type TargetKind = TargetSpec['kind']

/** One kind of round trip; `payload` echoes `payloadBytes` of binary data. */
export type Operation = 'ping' | 'list-devices' | 'payload'

export interface KeyPair {
  readonly publicKey: string
  readonly secretKey: string
}

export interface Workload {
  readonly operation: Operation
  readonly requests: number
  readonly payloadBytes: number
  /** Whether to send every round trip back; the RSS soak only needs the count. */
  readonly keepSamples: boolean
}

/** Parent → client process, over the IPC channel. Each carries an id its answer repeats. */
export type WorkerCommand =
  | {
      readonly id: number
      readonly type: 'connect'
      readonly target: TargetSpec
      readonly keys: KeyPair
    }
  | { readonly id: number; readonly type: 'warm-up'; readonly workload: Workload }
  | { readonly id: number; readonly type: 'run'; readonly workload: Workload }
  | { readonly id: number; readonly type: 'disconnect' }

/** What one client measured. Times are epoch milliseconds with sub-millisecond precision. */
export interface RunReport {
  readonly requests: number
  readonly startedAtMs: number
  readonly endedAtMs: number
  readonly samplesMs: readonly number[]
}

/** Client process → parent. */
export type WorkerAnswer =
  | { readonly id: number; readonly ok: true; readonly report?: RunReport }
  | { readonly id: number; readonly ok: false; readonly message: string }

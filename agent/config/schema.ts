import { posix, win32 } from 'node:path'

/** Log verbosity, most severe first. */
export type LogLevel = 'error' | 'warn' | 'info' | 'debug'
/** How the agent writes its log to stderr: a readable line, JSON lines, or nothing. */
export type ConsoleLogFormat = 'pretty' | 'json' | 'off'
/** Where the Document Signer key lives: nowhere (no personalization), a file, or a PKCS#11 token. */
export type SignerType = 'none' | 'key-file' | 'pkcs11'

/**
 * The agent's whole configuration, validated and deeply frozen by `loadConfig`. Components
 * receive the slice they need by constructor; none of them reads the environment.
 */
export interface AgentConfig {
  readonly dataDir: string
  readonly runtimeDir: string
  readonly endpoints: { readonly requests: string; readonly events: string }
  readonly keys: { readonly agentKeyFile: string; readonly authorizedClientsDir: string }
  readonly limits: {
    readonly maxRequestBytes: number
    readonly maxFramesPerRequest: number
    readonly maxInFlightPerClient: number
    readonly maxInFlight: number
    readonly maxSessions: number
    readonly sendQueueLimit: number
    readonly defaultDeadlineMs: number
    readonly maxDeadlineMs: number
  }
  readonly sessions: { readonly heartbeatIntervalMs: number; readonly heartbeatTimeoutMs: number }
  readonly events: { readonly heartbeatIntervalMs: number; readonly sendHighWaterMark: number }
  readonly log: {
    readonly level: LogLevel
    readonly dir: string
    readonly maxFileBytes: number
    readonly maxFiles: number
    readonly console: ConsoleLogFormat
  }
  readonly providers: {
    readonly simulated: { readonly enabled: boolean; readonly dir: string }
    readonly hid: { readonly enabled: boolean; readonly pollIntervalMs: number }
    readonly serial: {
      readonly enabled: boolean
      readonly pollIntervalMs: number
      readonly paths: readonly string[]
      readonly baudRate: number
    }
    readonly pcsc: { readonly enabled: boolean; readonly retryIntervalMs: number }
  }
  readonly journal: { readonly path: string }
  readonly signer: {
    readonly type: SignerType
    readonly keyFile: string
    readonly certificateFile: string
    readonly pkcs11: {
      readonly module: string
      readonly tokenLabel: string
      readonly keyLabel: string
      readonly pinFile: string
    }
  }
  readonly personalization: {
    readonly trustAnchors: readonly string[]
    readonly maxFaceBytes: number
    readonly stationSerial: string
    readonly cardTimeoutMs: number
    readonly extendedAccessControl: boolean
  }
  readonly issuance: {
    readonly chipWaitMs: number
    readonly dg3BudgetBytes: number
    readonly maxFaceImageBytes: number
    /** Overprint SPECIMEN on every face the agent draws. */
    readonly specimen: boolean
  }
  readonly printers: {
    /** Printer device id → the encoder device id at each of its encoding stations. */
    readonly encoders: PrinterEncoders
  }
  readonly drivers: {
    /** Driver ids the registry may use; empty means every driver. */
    readonly allow: readonly string[]
    /** Driver id → that driver's own options, which the driver validates. */
    readonly options: Readonly<Record<string, Readonly<Record<string, unknown>>>>
  }
}

/** An encoding station of a printer, where a parked medium's chip is reachable. */
export type EncodingStation = 'contact' | 'contactless'

/**
 * Which encoder (a PC/SC reader's device id) reaches a medium parked at each station of a
 * printer (its device id): wiring only the installer knows, so it is configuration.
 */
export type PrinterEncoders = Readonly<
  Record<string, Readonly<Partial<Record<EncodingStation, string>>>>
>

/**
 * What the machine-dependent defaults depend on. `dataDir` and `runtimeDir` are the values
 * already chosen, so paths under them follow an explicit `--data-dir` or `--runtime-dir`.
 */
export interface DefaultsContext {
  readonly platform: NodeJS.Platform
  /** Undefined on Windows, where there is no uid. */
  readonly uid: number | undefined
  readonly env: Readonly<Record<string, string | undefined>>
  readonly homeDir: string
  readonly tmpDir: string
  readonly dataDir: string
  readonly runtimeDir: string
}

type Default<T> = T | ((context: DefaultsContext) => T)

interface FieldBase<T> {
  readonly default: Default<T>
  /** How the default reads in documentation, when it is computed. */
  readonly defaultText?: string
  readonly doc: string
}

/** How one configuration key is validated; the table below is the only place defaults live. */
export type FieldSpec =
  | (FieldBase<string> & { readonly type: 'path' })
  | (FieldBase<string> & { readonly type: 'endpoint' })
  | (FieldBase<number> & { readonly type: 'integer'; readonly min: number; readonly max: number })
  | (FieldBase<boolean> & { readonly type: 'boolean' })
  | (FieldBase<string> & { readonly type: 'text'; readonly pattern: RegExp; readonly hint: string })
  | (FieldBase<string> & { readonly type: 'enum'; readonly values: readonly string[] })
  | (FieldBase<readonly string[]> & {
      readonly type: 'list'
      readonly item: 'path' | 'driver-id'
    })
  | (FieldBase<Readonly<Record<string, unknown>>> & { readonly type: 'driver-options' })
  | (FieldBase<PrinterEncoders> & { readonly type: 'printer-encoders' })

const KIB = 1024
const MIB = 1024 * KIB

function pathApi(platform: NodeJS.Platform): typeof posix {
  return platform === 'win32' ? win32 : posix
}

function isRoot(context: DefaultsContext): boolean {
  return context.platform !== 'win32' && context.uid === 0
}

function defaultDataDir(context: DefaultsContext): string {
  const path = pathApi(context.platform)
  if (context.platform === 'win32') {
    const base = context.env.LOCALAPPDATA ?? path.join(context.homeDir, 'AppData', 'Local')
    return path.join(base, 'idstation')
  }
  if (isRoot(context)) return '/var/lib/idstation'
  const xdg = context.env.XDG_DATA_HOME
  // The XDG spec says relative values are invalid and must be ignored.
  if (xdg !== undefined && path.isAbsolute(xdg)) return path.join(xdg, 'idstation')
  return path.join(context.homeDir, '.local', 'share', 'idstation')
}

function defaultRuntimeDir(context: DefaultsContext): string {
  const path = pathApi(context.platform)
  if (isRoot(context)) return '/run/idstation'
  const xdg = context.env.XDG_RUNTIME_DIR
  if (context.platform !== 'win32' && xdg !== undefined && path.isAbsolute(xdg)) {
    return path.join(xdg, 'idstation')
  }
  // A per-user name, so two users on one workstation never share a socket directory.
  const suffix = context.uid === undefined ? '' : `-${context.uid}`
  return path.join(context.tmpDir, `idstation${suffix}`)
}

function under(base: 'dataDir' | 'runtimeDir', ...segments: string[]) {
  return (context: DefaultsContext): string =>
    pathApi(context.platform).join(context[base], ...segments)
}

function ipcOrTcp(socket: string, port: number) {
  return (context: DefaultsContext): string =>
    context.platform === 'win32'
      ? `tcp://127.0.0.1:${port}`
      : `ipc://${pathApi(context.platform).join(context.runtimeDir, socket)}`
}

function interval(doc: string, value: number): FieldSpec {
  return { type: 'integer', min: 50, max: 3_600_000, default: value, doc }
}

/** Every configuration key, by its dotted path. */
export const CONFIG_FIELDS = {
  dataDir: {
    type: 'path',
    default: defaultDataDir,
    defaultText:
      'root: /var/lib/idstation; others: $XDG_DATA_HOME/idstation or ~/.local/share/idstation',
    doc: 'Persistent state: keys, logs, the job journal.',
  },
  runtimeDir: {
    type: 'path',
    default: defaultRuntimeDir,
    defaultText:
      'root: /run/idstation; others: $XDG_RUNTIME_DIR/idstation or <tmp>/idstation-<uid>',
    doc: 'Sockets and other state that dies with the machine; created with mode 0700.',
  },
  'endpoints.requests': {
    type: 'endpoint',
    default: ipcOrTcp('agent.sock', 47301),
    defaultText: 'ipc://<runtimeDir>/agent.sock (Windows: tcp://127.0.0.1:47301)',
    doc: 'ROUTER endpoint for requests.',
  },
  'endpoints.events': {
    type: 'endpoint',
    default: ipcOrTcp('events.sock', 47302),
    defaultText: 'ipc://<runtimeDir>/events.sock (Windows: tcp://127.0.0.1:47302)',
    doc: 'XPUB endpoint for events.',
  },
  'keys.agentKeyFile': {
    type: 'path',
    default: under('dataDir', 'keys', 'agent.key'),
    defaultText: '<dataDir>/keys/agent.key',
    doc: "The agent's CURVE key pair; must not be readable by group or others.",
  },
  'keys.authorizedClientsDir': {
    type: 'path',
    default: under('dataDir', 'keys', 'authorized-clients'),
    defaultText: '<dataDir>/keys/authorized-clients',
    doc: 'One <name>.key file per client allowed to connect: "<role> <public key>".',
  },
  'limits.maxRequestBytes': {
    type: 'integer',
    min: KIB,
    max: 256 * MIB,
    default: 8 * MIB,
    doc: 'Largest request, all frames together.',
  },
  'limits.maxFramesPerRequest': {
    type: 'integer',
    min: 1,
    max: 64,
    default: 8,
    doc: 'Frames in one request.',
  },
  'limits.maxInFlightPerClient': {
    type: 'integer',
    min: 1,
    max: 1024,
    default: 32,
    doc: 'Requests one client may have unanswered.',
  },
  'limits.maxInFlight': {
    type: 'integer',
    min: 1,
    max: 65_536,
    default: 256,
    doc: 'Requests all clients together may have unanswered.',
  },
  'limits.maxSessions': {
    type: 'integer',
    min: 1,
    max: 4096,
    default: 64,
    doc: 'Concurrent client sessions.',
  },
  'limits.sendQueueLimit': {
    type: 'integer',
    min: 10,
    max: 1_000_000,
    default: 10_000,
    doc: 'Replies queued for sending before new requests are refused.',
  },
  'limits.defaultDeadlineMs': {
    type: 'integer',
    min: 100,
    max: 86_400_000,
    default: 30_000,
    doc: 'Deadline of a request that sets none; at most limits.maxDeadlineMs.',
  },
  'limits.maxDeadlineMs': {
    type: 'integer',
    min: 1000,
    max: 86_400_000,
    default: 600_000,
    doc: 'Longest deadline a request may ask for.',
  },
  'sessions.heartbeatIntervalMs': interval(
    'How often the agent sends a ZMTP heartbeat (PING) to each client connection.',
    2000,
  ),
  'sessions.heartbeatTimeoutMs': {
    type: 'integer',
    min: 100,
    max: 3_600_000,
    default: 10_000,
    doc:
      'A client connection from which nothing arrives (PONG, PING or request) for this long is ' +
      'dropped: its session ends and its leases are released. Above the interval.',
  },
  'events.heartbeatIntervalMs': interval('Heartbeat on the event stream.', 1000),
  'events.sendHighWaterMark': {
    type: 'integer',
    min: 10,
    max: 1_000_000,
    default: 10_000,
    doc: 'Events queued per subscriber before ZeroMQ drops them (the client resynchronises).',
  },
  'log.level': {
    type: 'enum',
    values: ['error', 'warn', 'info', 'debug'],
    default: 'info',
    doc: 'Least severe level written.',
  },
  'log.dir': {
    type: 'path',
    default: under('dataDir', 'logs'),
    defaultText: '<dataDir>/logs',
    doc: 'Where agent.log and its rotated files go.',
  },
  'log.maxFileBytes': {
    type: 'integer',
    min: 64 * KIB,
    max: 1024 * MIB,
    default: 10 * MIB,
    doc: 'Size at which agent.log is rotated.',
  },
  'log.maxFiles': { type: 'integer', min: 1, max: 1000, default: 10, doc: 'Rotated files kept.' },
  'log.console': {
    type: 'enum',
    values: ['pretty', 'json', 'off'],
    default: 'pretty',
    doc: 'Log format on stderr.',
  },
  'providers.simulated.enabled': {
    type: 'boolean',
    default: false,
    doc: 'Look for simulator processes in providers.simulated.dir.',
  },
  'providers.simulated.dir': {
    type: 'path',
    default: under('runtimeDir', 'simulated'),
    defaultText: '<runtimeDir>/simulated',
    doc: 'Where simulator processes announce themselves.',
  },
  'providers.hid.enabled': { type: 'boolean', default: true, doc: 'Scan USB HID devices.' },
  'providers.hid.pollIntervalMs': interval('HID scan interval.', 1000),
  'providers.serial.enabled': { type: 'boolean', default: true, doc: 'Scan serial ports.' },
  'providers.serial.pollIntervalMs': interval('Serial port scan interval.', 2000),
  'providers.serial.paths': {
    type: 'list',
    item: 'path',
    default: [],
    doc: 'Extra serial device paths to probe (e.g. a pty); comma-separated in env and flags.',
  },
  'providers.serial.baudRate': {
    type: 'integer',
    min: 1200,
    max: 921_600,
    default: 57_600,
    doc: 'Line speed for serial devices (R30x fingerprint modules ship at 57600; ptys ignore it).',
  },
  'providers.pcsc.enabled': {
    type: 'boolean',
    default: true,
    doc: 'Use PC/SC readers through pcscd.',
  },
  'providers.pcsc.retryIntervalMs': interval('Wait before reconnecting to pcscd.', 2000),
  'journal.path': {
    type: 'path',
    default: under('dataDir', 'journal', 'journal.db'),
    defaultText: '<dataDir>/journal/journal.db',
    doc: 'The SQLite job journal; its station key (journal.key) sits beside it.',
  },
  'signer.type': {
    type: 'enum',
    values: ['none', 'key-file', 'pkcs11'],
    default: 'none',
    doc: 'Document Signer for EF.SOD: none (no personalization), key-file (development) or pkcs11 (HSM).',
  },
  'signer.keyFile': {
    type: 'path',
    default: under('dataDir', 'signer', 'ds-key.pem'),
    defaultText: '<dataDir>/signer/ds-key.pem',
    doc: 'key-file signer: PKCS#8 PEM private key, mode 0600.',
  },
  'signer.certificateFile': {
    type: 'path',
    default: under('dataDir', 'signer', 'ds-cert.pem'),
    defaultText: '<dataDir>/signer/ds-cert.pem',
    doc: 'The Document Signer certificate (PEM or DER), for both signer types.',
  },
  'signer.pkcs11.module': {
    type: 'path',
    default: '/usr/lib/softhsm/libsofthsm2.so',
    doc: 'pkcs11 signer: the PKCS#11 module (SoftHSM2 in tests).',
  },
  'signer.pkcs11.tokenLabel': {
    type: 'text',
    pattern: /^[\x20-\x7e]{1,32}$/,
    hint: '1 to 32 printable ASCII characters',
    default: 'idstation-ds',
    doc: 'pkcs11 signer: label of the token holding the key.',
  },
  'signer.pkcs11.keyLabel': {
    type: 'text',
    pattern: /^[\x20-\x7e]{1,64}$/,
    hint: '1 to 64 printable ASCII characters',
    default: 'ds',
    doc: 'pkcs11 signer: CKA_LABEL of the private key.',
  },
  'signer.pkcs11.pinFile': {
    type: 'path',
    default: under('dataDir', 'signer', 'token.pin'),
    defaultText: '<dataDir>/signer/token.pin',
    doc: 'pkcs11 signer: file holding the user PIN, mode 0600.',
  },
  'personalization.trustAnchors': {
    type: 'list',
    item: 'path',
    default: [],
    doc: 'CSCA certificates the read-back passive authentication trusts.',
  },
  'personalization.maxFaceBytes': {
    type: 'integer',
    min: 1024,
    max: 32_000,
    default: 30_000,
    doc: "Largest face JPEG the chip profile takes (the applet's files stop at 32767 bytes).",
  },
  'personalization.stationSerial': {
    type: 'text',
    pattern: /^[A-Za-z0-9-]{1,32}$/,
    hint: '1 to 32 of A-Z a-z 0-9 -',
    default: 'IDSTATION-0001',
    doc: 'Serial of this personalization system, written to DG12 (5F56) and the audit trail.',
  },
  'personalization.cardTimeoutMs': {
    type: 'integer',
    min: 100,
    max: 600_000,
    default: 10_000,
    doc: 'Longest wait for one card command before the job fails.',
  },
  'personalization.extendedAccessControl': {
    type: 'boolean',
    default: false,
    doc:
      'Whether the chips take EAC (Chip and Terminal Authentication, DG14, EF.CVCA). Only then are ' +
      'fingerprints written to DG3, which no inspection system can read without EAC; without it ' +
      'PersonalizeCard refuses finger attachments and issuance jobs keep captured fingers off the chip.',
  },
  'issuance.chipWaitMs': {
    type: 'integer',
    min: 100,
    max: 120_000,
    default: 5000,
    doc: 'Longest wait for the chip a printer parked at its station to show in the encoder.',
  },
  'issuance.dg3BudgetBytes': {
    type: 'integer',
    min: 2000,
    max: 32_000,
    default: 30_000,
    doc: 'Bytes the finger records a job captures may take together in DG3 (cut to fit).',
  },
  'issuance.maxFaceImageBytes': {
    type: 'integer',
    min: 1024,
    max: 64 * 1024 * 1024,
    default: 8 * 1024 * 1024,
    doc: 'Largest PNG card face or data page a front-end may send.',
  },
  'issuance.specimen': {
    type: 'boolean',
    default: false,
    doc: 'Overprint SPECIMEN on every face the agent draws: set it wherever test keys sign the chips.',
  },
  'printers.encoders': {
    type: 'printer-encoders',
    default: {},
    doc:
      'Printer device id → {"contact": encoder id, "contactless": encoder id}: the PC/SC reader ' +
      'wired to each encoding station (JSON in env and flags). ListDevices shows it on both ' +
      'devices, and an issuance job refuses another encoder for that printer.',
  },
  'drivers.allow': {
    type: 'list',
    item: 'driver-id',
    default: [],
    doc: 'Driver ids the agent may use; empty means every driver.',
  },
  'drivers.options': {
    type: 'driver-options',
    default: {},
    doc: "Driver id → an object of that driver's options (JSON in env and flags).",
  },
} as const satisfies Record<string, FieldSpec>

/** A configuration key as written in files, `--set` and messages, e.g. `limits.maxRequestBytes`. */
export type ConfigKey = keyof typeof CONFIG_FIELDS

/** All keys, in documentation order. */
export const CONFIG_KEYS = Object.keys(CONFIG_FIELDS) as readonly ConfigKey[]

/** Resolves a field's default for this machine. */
export function defaultValue(spec: FieldSpec, context: DefaultsContext): unknown {
  return typeof spec.default === 'function' ? spec.default(context) : spec.default
}

/** `limits.maxRequestBytes` → `IDSTATION_LIMITS_MAX_REQUEST_BYTES`. */
export function envNameOf(key: string): string {
  const snake = key
    .split('.')
    .map(segment => segment.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase())
    .join('_')
  return `IDSTATION_${snake}`
}

/** Picks the path flavour of the target platform, so tests can ask for Windows defaults on Linux. */
export { pathApi }

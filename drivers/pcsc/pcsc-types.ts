import type { EventEmitter } from 'node:events'

/** The pcsclite reader object, as far as this package uses it (its own typings omit `once`). */
export interface PcscReader extends EventEmitter {
  readonly name: string
  readonly SCARD_SHARE_SHARED: number
  readonly SCARD_SHARE_EXCLUSIVE: number
  readonly SCARD_PROTOCOL_T0: number
  readonly SCARD_PROTOCOL_T1: number
  readonly SCARD_STATE_PRESENT: number
  readonly SCARD_LEAVE_CARD: number
  readonly SCARD_RESET_CARD: number
  readonly SCARD_UNPOWER_CARD: number
  readonly SCARD_EJECT_CARD: number
  connect(
    options: { share_mode?: number; protocol?: number },
    callback: (error: unknown, protocol: number) => void,
  ): void
  disconnect(disposition: number, callback: (error: unknown) => void): void
  transmit(
    data: Buffer,
    responseLength: number,
    protocol: number,
    callback: (error: unknown, response: Buffer) => void,
  ): void
  control(
    data: Buffer,
    code: number,
    responseLength: number,
    callback: (error: unknown, response: Buffer) => void,
  ): void
  close(): void
}

/** The pcsclite context: 'reader' for each new reader, 'error' when pcscd goes away. */
export interface PcscContext extends EventEmitter {
  close(): void
}

/** The last status pcsclite reported for a reader. */
export interface ReaderStatus {
  readonly state: number
  readonly atr?: Buffer
}

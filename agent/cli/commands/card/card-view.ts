import type { v1 } from '../../../../protocol/messages'

/** A reader's card as the CLI prints it, in tables and as JSON. Hex is upper case, unspaced. */
export interface CardView {
  readonly deviceId: string
  readonly present: boolean
  readonly atr: string
  /** e.g. ['T=0', 'T=1']. */
  readonly protocols: readonly string[]
  readonly historicalBytes: string
  /** The historical bytes as text when all are printable ASCII (many cards name themselves). */
  readonly historicalText?: string
}

export function hex(bytes: Uint8Array | null | undefined): string {
  return Buffer.from(bytes ?? [])
    .toString('hex')
    .toUpperCase()
}

export function cardView(deviceId: string, info: v1.IGetCardInfoResult): CardView {
  const historical = Buffer.from(info.historicalBytes ?? [])
  const printable = historical.length > 0 && [...historical].every(b => b >= 0x20 && b < 0x7f)
  return {
    deviceId,
    present: info.present ?? false,
    atr: hex(info.atr),
    protocols: (info.protocols ?? []).map(protocol => `T=${protocol}`),
    historicalBytes: hex(historical),
    ...(printable ? { historicalText: historical.toString('latin1') } : {}),
  }
}

import { enumValueName, errorCodeName, v1 } from '../../protocol/messages'

/** A device as the CLI prints it, in tables and as JSON. */
export interface DeviceRow {
  readonly id: string
  readonly kind: string
  readonly state: string
  readonly detail: string
  readonly holder: string
  readonly product: string
  readonly path: string
}

export const DEVICE_HEADERS = ['id', 'kind', 'state', 'lease', 'product', 'path'] as const

/** `card-printer`, `ready`…: the wire value less its enum prefix, in kebab case. */
function name(
  table: Readonly<Record<string, number | string>>,
  value: number | null | undefined,
  prefix: string,
): string {
  return (enumValueName(table, value ?? 0, prefix) || 'UNKNOWN').toLowerCase().replaceAll('_', '-')
}

export function deviceRow(device: v1.IDevice): DeviceRow {
  const status = device.status
  const detail =
    status?.operation ||
    (status?.code
      ? `${errorCodeName(status.code)}${status.message ? `: ${status.message}` : ''}`
      : '')
  return {
    id: device.id ?? '',
    kind: name(v1.DeviceKind, device.kind, 'DEVICE_KIND_'),
    state: name(v1.DeviceState, status?.state, 'DEVICE_STATE_'),
    detail,
    holder: device.lease?.holder ?? '',
    product: device.product ?? '',
    path: device.path ?? '',
  }
}

export function deviceCells(row: DeviceRow): string[] {
  return [
    row.id,
    row.kind,
    row.detail ? `${row.state} (${row.detail})` : row.state,
    row.holder || '-',
    row.product,
    row.path,
  ]
}

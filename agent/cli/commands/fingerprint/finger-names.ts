import { enumValueName, v1 } from '../../../../protocol/messages'

const PREFIX = 'FINGER_POSITION_'

/** `right-index`, `left-thumb`…: the CLI's names for ISO/IEC 19794-4 finger positions. */
export function fingerName(position: number | null | undefined): string {
  const name = enumValueName(v1.FingerPosition, position ?? 0, PREFIX) || 'UNKNOWN'
  return name.toLowerCase().replace('_', '-')
}

export function parseFinger(text: string): v1.FingerPosition | undefined {
  const key = `${PREFIX}${text.toUpperCase().replace('-', '_')}` as keyof typeof v1.FingerPosition
  const value = v1.FingerPosition[key] as v1.FingerPosition | undefined
  if (value !== undefined && value !== v1.FingerPosition.FINGER_POSITION_UNKNOWN) return value
  const number = Number(text)
  return Number.isInteger(number) && number >= 1 && number <= 10
    ? v1.FingerPosition[v1.FingerPosition[number] as keyof typeof v1.FingerPosition]
    : undefined
}

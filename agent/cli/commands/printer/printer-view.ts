import type { v1 } from '../../../../protocol/messages'

/** A printer's state as the CLI prints and `--json` returns it. */
export interface PrinterStatusView {
  readonly position: string
  readonly attention: readonly string[]
  readonly faults: readonly string[]
  /** -1 when the printer cannot tell. */
  readonly feederRemaining: number
  readonly ribbonRemaining: number
  readonly counters: {
    readonly fed: number
    readonly printed: number
    readonly ejected: number
    readonly rejected: number
  }
}

export function printerStatusView(status: v1.IPrinterStatus | null | undefined): PrinterStatusView {
  const counters = status?.counters
  return {
    position: status?.position ?? 'none',
    attention: status?.attention ?? [],
    faults: status?.faults ?? [],
    feederRemaining: status?.feederRemaining ?? -1,
    ribbonRemaining: status?.ribbonRemaining ?? -1,
    counters: {
      fed: counters?.fed ?? 0,
      printed: counters?.printed ?? 0,
      ejected: counters?.ejected ?? 0,
      rejected: counters?.rejected ?? 0,
    },
  }
}

/** True when a person must look at the printer. */
export function needsAttention(view: PrinterStatusView): boolean {
  return view.attention.length > 0 || view.faults.length > 0
}

/** `label   value` lines for a status. */
export function statusLines(view: PrinterStatusView): [string, string][] {
  const remaining = (n: number) => (n < 0 ? 'unknown' : String(n))
  const { counters } = view
  return [
    ['position', view.position],
    ['attention', view.attention.length > 0 ? view.attention.join(', ') : '-'],
    ['faults', view.faults.length > 0 ? view.faults.join(', ') : '-'],
    ['feeder', remaining(view.feederRemaining)],
    ['ribbon', remaining(view.ribbonRemaining)],
    [
      'counters',
      `fed ${counters.fed}, printed ${counters.printed}, ejected ${counters.ejected}, rejected ${counters.rejected}`,
    ],
  ]
}

export function printLines(
  print: (line: string) => void,
  lines: readonly [string, string][],
): void {
  for (const [label, value] of lines) print(`${label.padEnd(12)}${value}`)
}

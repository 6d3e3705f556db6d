/** One column of a text table; numbers read best right-aligned. */
export interface Column {
  readonly header: string
  readonly align?: 'left' | 'right'
}

/** Renders rows under their headers with a rule below the headers, as plain monospaced text. */
export function renderTable(
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
): string {
  const widths = columns.map((column, index) =>
    Math.max(column.header.length, ...rows.map(row => (row[index] ?? '').length)),
  )
  const line = (cells: readonly string[]) =>
    columns
      .map((column, index) => {
        const cell = cells[index] ?? ''
        const width = widths[index] ?? 0
        return column.align === 'right' ? cell.padStart(width) : cell.padEnd(width)
      })
      .join('  ')
      .trimEnd()
  return [
    line(columns.map(column => column.header)),
    widths.map(width => '-'.repeat(width)).join('  '),
    ...rows.map(line),
  ].join('\n')
}

/** Milliseconds shown in µs below 10 ms, where a bench's round trips live. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return '—'
  if (ms < 10) return `${Math.round(ms * 1000)} µs`
  return `${ms.toFixed(1)} ms`
}

/** A rate with thousands separators and no false precision. */
export function formatRate(perSecond: number, unit: string): string {
  if (!Number.isFinite(perSecond)) return '—'
  const digits = perSecond < 100 ? 1 : 0
  return `${perSecond.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })} ${unit}`
}

/** Bytes in decimal megabytes, the unit the targets are written in. */
export function formatMegabytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return '—'
  return `${(bytes / 1e6).toFixed(1)} MB`
}

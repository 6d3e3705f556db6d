/**
 * Renders rows under upper-case headers in space-padded columns, the last column unpadded so
 * lines carry no trailing blanks. Cells are printed as given; callers keep them one line.
 */
export function renderTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const all = [headers.map(header => header.toUpperCase()), ...rows]
  const widths = headers.map((_, column) => Math.max(...all.map(row => (row[column] ?? '').length)))
  return all
    .map(row =>
      headers
        .map((_, column) => {
          const cell = row[column] ?? ''
          return column === headers.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)
        })
        .join('  ')
        .trimEnd(),
    )
    .join('\n')
    .concat('\n')
}

import { LOG_EVENTS, UNCATALOGUED_EVENT, type LogEventId } from './events'

/**
 * Renders the event catalogue as the Markdown committed at docs/log-events.md, grouped by type
 * and sorted by id so a new event shows up as a one-line diff.
 */
export function renderLogEventsMarkdown(): string {
  const ids = (Object.keys(LOG_EVENTS) as LogEventId[]).sort()
  const lines = [
    '# Log events',
    '',
    '<!-- Generated from agent/logging/events.ts by test/unit/agent/logging/log-events-doc.test.ts;',
    '     run the test with UPDATE_DOCS=1 to rewrite this file. -->',
    '',
    'Every log line at `info` or above carries one of these ids in its `event` field. A line',
    `without one is written with \`event: ${UNCATALOGUED_EVENT}\` and reported once by \`log.uncatalogued\`.`,
    '',
  ]
  for (const type of ['system', 'client', 'device', 'job'] as const) {
    const rows = ids.filter(id => LOG_EVENTS[id].type === type)
    if (rows.length === 0) continue
    lines.push(`## ${type}`, '', '| Event | Meaning |', '| --- | --- |')
    for (const id of rows)
      lines.push(`| \`${id}\` | ${LOG_EVENTS[id].doc.replaceAll('|', '\\|')} |`)
    lines.push('')
  }
  return lines.join('\n')
}

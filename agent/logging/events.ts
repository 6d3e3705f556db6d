/** Who an event is about: a device, a client, a job, or the agent itself. */
export type LogEventType = 'device' | 'client' | 'job' | 'system'

/**
 * The log-event catalogue (vxsuite's): every info-or-higher line carries one of these ids in its
 * `event` field, so operators can filter and alert on stable names instead of message text.
 * docs/log-events.md is rendered from this table and a test keeps the two equal.
 */
export const LOG_EVENTS = {
  'agent.started': { type: 'system', doc: 'The agent is listening and serving requests.' },
  'agent.stopping': { type: 'system', doc: 'A signal or a fatal fault asked the agent to stop.' },
  'agent.stopped': { type: 'system', doc: 'The agent released its devices and sockets.' },
  'agent.config-invalid': {
    type: 'system',
    doc: 'The configuration was refused at start-up; the line names the key and the source.',
  },
  'server.listening': { type: 'system', doc: 'An endpoint is bound.' },
  'server.endpoint-in-use': {
    type: 'system',
    doc: 'Another agent already answers on the endpoint; this one does not start.',
  },
  'server.failed': { type: 'system', doc: 'The server loop failed and the agent will stop.' },
  'client.authorized': {
    type: 'client',
    doc: 'A client key passed ZAP; logged by name and fingerprint.',
  },
  'client.refused': { type: 'client', doc: 'A client key is not authorized; repeats are merged.' },
  'client.revoked': {
    type: 'client',
    doc: 'A key in use left authorized-clients or changed name or role: its sessions were closed (leases released, jobs handled as on a disconnect).',
  },
  'session.opened': { type: 'client', doc: 'A client completed Hello.' },
  'session.closed': { type: 'client', doc: 'A client said goodbye or disconnected.' },
  'session.expired': {
    type: 'client',
    doc: 'A client missed its heartbeats; its leases are released.',
  },
  'request.rejected': {
    type: 'client',
    doc: 'A request was refused before dispatch (size, frames, in-flight limit, deadline).',
  },
  'request.failed': { type: 'client', doc: 'A request ended with an unexpected fault.' },
  'request.canceled': {
    type: 'client',
    doc: 'A request was canceled by its client or by a deadline.',
  },
  'reply.dropped': {
    type: 'client',
    doc: 'A reply could not be delivered (client gone or queue full).',
  },
  'lease.acquired': { type: 'device', doc: 'A client claimed a device.' },
  'lease.released': {
    type: 'device',
    doc: 'A lease ended: released, client gone, or device gone.',
  },
  'device.attached': { type: 'device', doc: 'A supported device appeared and has a driver.' },
  'device.detached': { type: 'device', doc: 'A device disappeared.' },
  'device.status-changed': {
    type: 'device',
    doc: "A device's status changed (logged only on change).",
  },
  'device.unsupported': { type: 'device', doc: 'A port appeared that no allowed driver matches.' },
  'device.duplicate': {
    type: 'device',
    doc: 'A port was reported twice; the second report is ignored.',
  },
  'card.inserted': { type: 'device', doc: 'A card appeared in a PC/SC reader (ATR length only).' },
  'card.removed': { type: 'device', doc: 'The card left a PC/SC reader.' },
  'card.apdu': {
    type: 'device',
    doc: 'Debug: one APDU of a Transmit (header, SW, lengths, duration; never data).',
  },
  'card.disconnect-failed': {
    type: 'device',
    doc: 'Debug: leaving the card connection after a lease ended failed (the card was gone).',
  },
  'signer.ready': {
    type: 'system',
    doc: 'The Document Signer is open (type and number of trusted CSCAs).',
  },
  'signer.unavailable': {
    type: 'system',
    doc: 'The Document Signer could not be opened; PersonalizeCard answers SIGNER_UNAVAILABLE.',
  },
  'job.accepted': {
    type: 'job',
    doc: 'A job was journaled and started (ids, kind and device only; never document data).',
  },
  'job.replayed': {
    type: 'job',
    doc: 'A request reused an idempotency key: the first job was returned, nothing started.',
  },
  'job.step': { type: 'job', doc: 'A job entered a step (committed to the journal first).' },
  'job.prompt': { type: 'job', doc: 'A job waits for an operator (kind of prompt only).' },
  'job.succeeded': {
    type: 'job',
    doc: 'A job finished and its chip passed the read-back (APDU count, duration).',
  },
  'job.failed': { type: 'job', doc: 'A job failed at a named step with an error code.' },
  'job.spoiled': {
    type: 'job',
    doc: 'A job failed after writing to the chip: the card must be destroyed.',
  },
  'job.canceled': { type: 'job', doc: 'A job was canceled by its client or an operator.' },
  'job.interrupted': {
    type: 'job',
    doc: 'At start-up, a job a crash left running was marked interrupted (chip serial kept).',
  },
  'job.resolved': {
    type: 'job',
    doc: 'A technician resolved an interrupted job as spoiled or issued.',
  },
  'job.cleanup-failed': {
    type: 'job',
    doc: 'A cleanup step of a job failed (logged, the job outcome stands).',
  },
  'job.medium-rejected': {
    type: 'job',
    doc: 'An issuance job sent its card or booklet to the reject box (the job did not succeed).',
  },
  'job.medium-ejected': {
    type: 'job',
    doc: 'An issuance job ejected its card or booklet as good, after the chip passed verification.',
  },
  'job.client-gone': {
    type: 'job',
    doc: "An issuance job lost its client's printer lease (disconnect, missed heartbeats): canceled.",
  },
  'printer.test-card': { type: 'device', doc: 'A printer printed its test card on request.' },
  'printer.ejected-by-hand': {
    type: 'device',
    doc: 'A technician ejected the medium inside a printer by hand.',
  },
  'printer.rejected-by-hand': {
    type: 'device',
    doc: 'A client sent the medium inside a printer to the reject box by hand.',
  },
  'fingerprint.capture-started': {
    type: 'device',
    doc: 'A fingerprint capture began (device, request id and finger count; never images).',
  },
  'fingerprint.captured': {
    type: 'device',
    doc: 'A fingerprint capture ended: outcome, fingers captured, duration.',
  },
  'fingerprint.duplicate': {
    type: 'device',
    doc: 'A capture holds a finger that matches another of the same enrolment (count only).',
  },
  'device.open-failed': { type: 'device', doc: 'A driver could not open its device.' },
  'device.close-failed': {
    type: 'device',
    doc: 'A driver failed while closing; the device is dropped.',
  },
  'provider.unavailable': {
    type: 'system',
    doc: 'A transport provider cannot list devices (pcscd down, udev unreadable).',
  },
  'provider.recovered': { type: 'system', doc: 'A transport provider works again.' },
  'events.subscribed': { type: 'client', doc: 'A client subscribed to the event stream.' },
  'events.subscribers-cut': {
    type: 'system',
    doc: 'Every event subscriber was disconnected so that a revoked key receives nothing more; the others reconnect at once.',
  },
  'events.rebind-failed': {
    type: 'system',
    doc: 'The event endpoint could not be bound again after cutting its subscribers.',
  },
  'keys.created': { type: 'system', doc: 'A CURVE key pair file was created.' },
  'keys.client-enrolled': { type: 'system', doc: 'A client key was added to authorized-clients.' },
  'keys.client-removed': {
    type: 'system',
    doc: 'A client key was removed from authorized-clients.',
  },
  'keys.refused': {
    type: 'system',
    doc: "The agent key file, or a directory above it, is not the agent user's alone (StrictModes): the agent does not start.",
  },
  'keys.recheck-failed': {
    type: 'system',
    doc: 'The authorized-clients directory could not be read to recheck the keys in use; they were kept.',
  },
  'keys.client-skipped': {
    type: 'system',
    doc: 'An authorized-clients file was ignored (bad name, syntax, role, key or permissions).',
  },
  'cli.command': { type: 'system', doc: 'The idstation CLI ran a command.' },
  'log.uncatalogued': {
    type: 'system',
    doc: 'A line at info or above had no catalogued event; the line itself carries `event: uncatalogued`.',
  },
} as const satisfies Record<string, { readonly type: LogEventType; readonly doc: string }>

/** A catalogued event id, e.g. `device.attached`. */
export type LogEventId = keyof typeof LOG_EVENTS

/** What an info-or-higher line without a catalogued event is marked with. */
export const UNCATALOGUED_EVENT = 'uncatalogued'

/** True when `value` names an event in the catalogue. */
export function isLogEventId(value: unknown): value is LogEventId {
  return typeof value === 'string' && Object.hasOwn(LOG_EVENTS, value)
}

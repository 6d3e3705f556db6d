/** Names that hold a secret value itself (a PIN, a password); `pinFile`-like paths are fine. */
const SECRET_NAME = /pin|pass(word|phrase)?|secret|credential|token/i
const PATH_NAME = /(file|dir|path|module|label)s?$/i

/** Marks a value left out of a support bundle. */
export const REDACTED = '[redacted]'

function redact(value: unknown, key: string | undefined): unknown {
  if (Array.isArray(value)) return value.map(item => redact(item, key))
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(
      Object.entries(value).map(([name, part]) => [name, redact(part, name)]),
    )
  if (key !== undefined && SECRET_NAME.test(key) && !PATH_NAME.test(key)) return REDACTED
  return value
}

/**
 * The effective configuration as a support bundle shows it. The agent's own keys hold paths,
 * never secrets, but drivers.options is each driver's own free-form object, so any value whose
 * name says PIN, password, secret or token is replaced.
 */
export function redactConfig(config: unknown): unknown {
  return redact(config, undefined)
}

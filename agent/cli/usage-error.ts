/**
 * Thrown by a command for a wrong command line; the CLI prints the message with a pointer to
 * `--help` and exits with 2.
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

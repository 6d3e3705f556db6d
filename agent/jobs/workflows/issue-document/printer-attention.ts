import { toAgentError } from '../../../../drivers/core/errors'
import type { StepContext } from '../../step-machine'

/** Prompts before a printer condition that keeps coming back fails the step. */
const MAX_PROMPTS = 5

const HINTS: Readonly<Record<string, string>> = {
  'cover-open': 'Close the printer cover',
  'feeder-empty': 'Load blank cards or booklets into the feeder',
  'ribbon-ended': 'Replace the ribbon',
  'no-ribbon': 'Insert a ribbon',
  'reject-box-full': 'Empty the reject box',
  'output-full': 'Empty the output tray',
}

/**
 * Runs a printer command; an attention state (cover open, feeder empty…) becomes the operator
 * prompt "printer-<condition>", and Continue sends the same command again. Cancel, a fault or a
 * condition that survives MAX_PROMPTS answers end the step.
 */
export async function withAttention<T>(
  context: StepContext<unknown>,
  action: () => Promise<T>,
): Promise<T> {
  for (let asked = 0; ; asked += 1) {
    try {
      return await action()
    } catch (error) {
      const failure = toAgentError(error)
      if (failure.code !== 'PRINTER_ATTENTION' || asked >= MAX_PROMPTS) throw failure
      const condition = String(failure.details.condition ?? 'unknown')
      await context.prompt({
        kind: `printer-${condition}`,
        message: HINTS[condition] ?? 'The printer needs attention',
      })
    }
  }
}

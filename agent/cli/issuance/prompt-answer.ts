/**
 * Answers to a job's operator prompts from the command line: asked on a terminal (the person at
 * the printer fixes the cover and presses Enter), or a fixed answer for scripts.
 */
import { createInterface } from 'node:readline'
import type { v1 } from '../../../protocol/messages'
import type { TextSink } from '../output'

export type PromptMode = 'ask' | 'continue' | 'cancel'
export type PromptAnswer = 'continue' | 'cancel'

/** What the agent's prompt kinds ask a person to do. */
const HINTS: Readonly<Record<string, string>> = {
  'insert-card': 'insert a blank card',
  'card-not-blank': 'the card is not blank: insert a blank one',
  'printer-cover-open': 'close the printer cover',
  'printer-feeder-empty': 'load blanks into the feeder',
  'printer-ribbon-ended': 'replace the ribbon',
  'printer-no-ribbon': 'fit a ribbon',
  'printer-reject-box-full': 'empty the reject box',
  'printer-output-full': 'empty the output tray',
}

/** `printer-cover-open: close the printer cover (the agent's hint)`. */
export function promptText(prompt: v1.IJobPrompt): string {
  const kind = prompt.kind ?? 'prompt'
  const hint = HINTS[kind]
  const message = prompt.message ?? ''
  return [kind, hint, message].filter(part => part !== undefined && part !== '').join(': ')
}

/**
 * Asks on `input` (a terminal): Enter continues, `c` (or `cancel`) cancels, end of input or
 * `signal` cancels. The question goes to `sink`.
 */
export function askPrompt(
  prompt: v1.IJobPrompt,
  input: NodeJS.ReadableStream,
  sink: TextSink,
  signal?: AbortSignal,
): Promise<PromptAnswer> {
  sink.write(`${promptText(prompt)}\n  Enter = continue, c = cancel: `)
  return new Promise(resolve => {
    const lines = createInterface({ input, terminal: false })
    let done = false
    const finish = (answer: PromptAnswer) => {
      if (done) return
      done = true
      signal?.removeEventListener('abort', onAbort)
      lines.close()
      resolve(answer)
    }
    const onAbort = () => {
      finish('cancel')
    }
    if (signal?.aborted === true) {
      finish('cancel')
      return
    }
    signal?.addEventListener('abort', onAbort, { once: true })
    lines.once('line', line => {
      finish(/^\s*c(ancel)?\s*$/i.test(line) ? 'cancel' : 'continue')
    })
    lines.once('close', () => {
      finish('cancel')
    })
  })
}

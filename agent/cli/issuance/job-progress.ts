/**
 * How `idstation issue` shows a job running: on a terminal one bar redrawn in place
 * (`[########------] 57%  personalize › chip-write-files`), elsewhere (logs, pipes) one line
 * per step change, so a log holds the steps and not a line per percent.
 */
import type { v1 } from '../../../protocol/messages'
import type { TextSink } from '../output'

const BAR_WIDTH = 14

/** A step as a person reads it: the personalize workflow's `chip-*` steps nest under it. */
export function stepLabel(step: string): string {
  return step.startsWith('chip-') ? `personalize › ${step}` : step
}

/** `[########------] 57%  personalize › chip-write-files`. */
export function progressBar(job: v1.IJob, width = BAR_WIDTH): string {
  const percent = Math.max(0, Math.min(100, job.percent ?? 0))
  const filled = Math.round((percent / 100) * width)
  const bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`
  return `${bar} ${`${percent}%`.padStart(4)}  ${stepLabel(job.step ?? '')}`.trimEnd()
}

export interface JobProgress {
  /** A job change: redraws the bar, or prints a line when the step changed. */
  update(job: v1.IJob): void
  /** Ends the bar's line so a prompt or the summary starts on a fresh one. */
  pause(): void
}

/** Progress on `sink` (stderr): a bar redrawn with `\r` when `tty`, step lines otherwise. */
export function jobProgress(sink: TextSink, tty: boolean): JobProgress {
  let drawn = ''
  let onLine = false
  let lastStep: string | undefined
  return {
    update(job) {
      if (tty) {
        const text = progressBar(job)
        if (text === drawn && onLine) return
        // Spaces over what is left of a longer previous bar.
        sink.write(`\r${text.padEnd(drawn.length)}`)
        drawn = text
        onLine = true
        return
      }
      const step = job.step ?? ''
      if (step === lastStep || step === '') return
      lastStep = step
      sink.write(`${`${job.percent ?? 0}%`.padStart(4)}  ${stepLabel(step)}\n`)
    },
    pause() {
      if (onLine) sink.write('\n')
      onLine = false
      drawn = ''
    },
  }
}

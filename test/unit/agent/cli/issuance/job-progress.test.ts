import assert from 'node:assert/strict'
import { jobProgress, progressBar, stepLabel } from '../../../../../agent/cli/issuance/job-progress'

function sink(): { write(text: string): void; text: string } {
  return {
    text: '',
    write(text: string) {
      this.text += text
    },
  }
}

describe('agent/cli/issuance/job-progress', () => {
  it('draws a bar with the percent and the step, chip steps under personalize', () => {
    assert.equal(
      progressBar({ percent: 57, step: 'chip-write-files' }),
      '[########------]  57%  personalize › chip-write-files',
    )
    assert.equal(progressBar({ percent: 0, step: 'feed' }), '[--------------]   0%  feed')
    assert.equal(progressBar({ percent: 100, step: 'eject' }), '[##############] 100%  eject')
    assert.equal(progressBar({ percent: 250 }, 4), '[####] 100%')
    assert.equal(stepLabel('print'), 'print')
  })

  it('redraws in place on a terminal, clearing what a longer bar left', () => {
    const out = sink()
    const progress = jobProgress(out, true)
    progress.update({ percent: 40, step: 'chip-write-files' })
    progress.update({ percent: 40, step: 'chip-write-files' })
    progress.update({ percent: 80, step: 'print' })
    progress.pause()
    const long = '[######--------]  40%  personalize › chip-write-files'
    const short = '[###########---]  80%  print'
    assert.equal(out.text, `\r${long}\r${short.padEnd(long.length)}\n`)
  })

  it('prints one line per step change when not on a terminal', () => {
    const out = sink()
    const progress = jobProgress(out, false)
    for (const [percent, step] of [
      [0, ''],
      [5, 'feed'],
      [6, 'feed'],
      [40, 'chip-write-files'],
      [55, 'chip-write-files'],
      [90, 'print'],
    ] as const) {
      progress.update({ percent, step })
    }
    progress.pause()
    assert.equal(out.text, '  5%  feed\n 40%  personalize › chip-write-files\n 90%  print\n')
  })
})

import assert from 'node:assert/strict'
import { PassThrough } from 'node:stream'
import { askPrompt, promptText } from '../../../../../agent/cli/issuance/prompt-answer'

function sink(): { write(text: string): void; text: string } {
  return {
    text: '',
    write(text: string) {
      this.text += text
    },
  }
}

describe('agent/cli/issuance/prompt-answer', () => {
  const prompt = { kind: 'printer-cover-open', message: 'the cover is open', promptId: 'p1' }

  it('words a prompt from its kind and the agent hint', () => {
    assert.equal(
      promptText(prompt),
      'printer-cover-open: close the printer cover: the cover is open',
    )
    assert.equal(promptText({ kind: 'something-new' }), 'something-new')
  })

  it('continues on Enter, cancels on c, and cancels at end of input', async () => {
    for (const [typed, expected] of [
      ['\n', 'continue'],
      ['c\n', 'cancel'],
      [' Cancel \n', 'cancel'],
      ['yes\n', 'continue'],
    ] as const) {
      const input = new PassThrough()
      const out = sink()
      const answer = askPrompt(prompt, input, out)
      input.write(typed)
      assert.equal(await answer, expected)
      assert.match(out.text, /close the printer cover[\s\S]*Enter = continue, c = cancel/)
    }
    const input = new PassThrough()
    const answer = askPrompt(prompt, input, sink())
    input.end()
    assert.equal(await answer, 'cancel')
  })

  it('cancels when the command is interrupted', async () => {
    const controller = new AbortController()
    const answer = askPrompt(prompt, new PassThrough(), sink(), controller.signal)
    controller.abort()
    assert.equal(await answer, 'cancel')
  })
})

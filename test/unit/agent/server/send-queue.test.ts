import assert from 'node:assert/strict'
import { SendQueue, type DropReason } from '../../../../agent/server/send-queue'

describe('SendQueue', () => {
  it('sends one message at a time, in order', async () => {
    let active = 0
    let maxActive = 0
    const sent: string[] = []
    const queue = new SendQueue(
      {
        async send(frames) {
          active += 1
          maxActive = Math.max(maxActive, active)
          await new Promise(resolve => setTimeout(resolve, 1))
          sent.push(Buffer.from(frames[0]!).toString())
          active -= 1
        },
      },
      100,
      () => assert.fail('nothing should drop'),
    )
    for (const name of ['a', 'b', 'c']) queue.push([Buffer.from(name)])
    await queue.flush()
    assert.deepEqual(sent, ['a', 'b', 'c'])
    assert.equal(maxActive, 1)
  })

  it('drops past its limit and when a send fails, and keeps going', async () => {
    const drops: DropReason[] = []
    let release: () => void = () => undefined
    const gate = new Promise<void>(resolve => (release = resolve))
    const sent: string[] = []
    const queue = new SendQueue(
      {
        async send(frames) {
          const name = Buffer.from(frames[0]!).toString()
          await gate
          if (name === 'bad') throw new Error('EHOSTUNREACH')
          sent.push(name)
        },
      },
      2,
      (_frames, reason) => drops.push(reason),
    )
    queue.push([Buffer.from('first')]) // taken by the sender at once
    queue.push([Buffer.from('bad')])
    queue.push([Buffer.from('ok')])
    queue.push([Buffer.from('over')]) // third waiting: over the limit of 2
    release()
    await queue.flush()
    assert.deepEqual(sent, ['first', 'ok'])
    assert.deepEqual(drops, ['queue-full', 'unreachable'])
    queue.close()
    queue.push([Buffer.from('late')])
    assert.deepEqual(drops, ['queue-full', 'unreachable', 'closed'])
  })
})

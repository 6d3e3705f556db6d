import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { startCard } from '../../support/card-process'
import { startPcscd, type PrivatePcscd } from '../../support/pcscd-harness'

/** opensc-tool's reader list as name → whether a card sits in it. */
function cardsPresent(env: NodeJS.ProcessEnv): Promise<Map<string, boolean>> {
  return new Promise((resolve, reject) => {
    execFile('opensc-tool', ['--list-readers'], { env, timeout: 10000 }, (error, stdout) => {
      if (error !== null) {
        reject(new Error(`opensc-tool --list-readers failed: ${error.message}`))
        return
      }
      // "0    Yes   Virtual PCD 00 00": index, card present, reader name.
      const present = new Map<string, boolean>()
      for (const match of stdout.matchAll(/^\s*\d+\s+(Yes|No)\s+(.+?)\s*$/gm)) {
        present.set(match[2] ?? '', match[1] === 'Yes')
      }
      resolve(present)
    })
  })
}

async function until(condition: () => Promise<boolean>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise(resolve => setTimeout(resolve, 200))
  }
}

describe('a private pcscd with two vpcd reader pairs (a two-counter station)', function () {
  this.timeout(30000)
  let pcscd: PrivatePcscd | undefined
  const cards: ReturnType<typeof startCard>[] = []

  before(async function () {
    if (process.getuid?.() !== 0) {
      process.stdout.write('      skipped: the private pcscd needs root for unshare -m\n')
      this.skip()
    }
    pcscd = await startPcscd({ readerPairs: 2 })
  })

  after(async function () {
    for (const card of cards) card.child.kill('SIGTERM')
    await pcscd?.stop()
  })

  it('names four distinct readers on four consecutive ports', function () {
    assert.deepEqual(pcscd!.readerNames, [
      'Virtual PCD 00 00',
      'Virtual PCD 00 01',
      'Virtual PCD 1 00 00',
      'Virtual PCD 1 00 01',
    ])
    const port = pcscd!.vpcdPort
    assert.deepEqual(pcscd!.vpcdPorts, [port, port + 1, port + 2, port + 3])
  })

  it('shows a card only in the reader whose port it connected to', async function () {
    // Without a driver copy per pair, the second pair's slots would share the first pair's
    // sockets and this card would show up in (or steal) "Virtual PCD 00 01".
    const env = { ...process.env, ...pcscd!.env }
    const last = startCard({ ...pcscd!, vpcdPort: pcscd!.vpcdPort + 3 })
    cards.push(last)
    await last.out.waitFor(line => line.startsWith('connected'), 10000, 'the card to reach vpcd')
    const onlyLast = async () => {
      const present = await cardsPresent(env)
      return (
        present.get('Virtual PCD 1 00 01') === true &&
        ['Virtual PCD 00 00', 'Virtual PCD 00 01', 'Virtual PCD 1 00 00'].every(
          name => present.get(name) === false,
        )
      )
    }
    await until(onlyLast, 10000, 'a card in Virtual PCD 1 00 01 alone')

    const firstSlot = startCard(pcscd!)
    cards.push(firstSlot)
    await firstSlot.out.waitFor(line => line.startsWith('connected'), 10000, 'the second card')
    await until(
      async () => {
        const present = await cardsPresent(env)
        return (
          present.get('Virtual PCD 00 00') === true &&
          present.get('Virtual PCD 1 00 01') === true &&
          present.get('Virtual PCD 00 01') === false &&
          present.get('Virtual PCD 1 00 00') === false
        )
      },
      10000,
      'cards in Virtual PCD 00 00 and Virtual PCD 1 00 01 only',
    )
  })
})

/**
 * The virtual eMRTD chip as its own process: a vpcd client (Debian's vsmartcard-vpcd driver inside
 * pcscd), so PC/SC clients see the card in that vpcd slot's reader.
 *
 *   tsx simulators/card/main.ts [--host 127.0.0.1] [--port 35963] [--image card.json] [--stack N]
 *                               [--empty]
 *
 * Port 35963 is slot 0 of Debian's /etc/reader.conf.d/vpcd (0x8C7B); a private pcscd from
 * test/support/pcscd-harness.ts uses its own. `--image` keeps the card across restarts (created
 * blank with a random 8-byte serial when missing; the serial is read with GET DATA `80 CA 9F 7F`);
 * without it the card lives in memory. `--stack N` queues N blank cards for `insert-next`;
 * `--empty` starts with the reader empty (a printer simulator inserts cards as it moves them to
 * its contact station).
 * stdout carries "connected"/"disconnected" lines and the JSON replies of the control channel on
 * stdin (control.ts). The card keeps reconnecting while pcscd is down or restarting.
 */
import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'
import { CardSlot } from './card-slot'
import { parseControl, type ControlCommand } from './control'
import { VpcdClient } from './vpcd-client'

/** Long enough for pcscd's ~0.44 s presence poll to see the slot empty between two cards. */
const SWAP_GAP_MS = 1200

function main(): void {
  const { values } = parseArgs({
    options: {
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: '35963' },
      image: { type: 'string' },
      stack: { type: 'string', default: '0' },
      empty: { type: 'boolean', default: false },
    },
    strict: true,
  })
  const port = Number(values.port)
  if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`--port ${values.port}: 1–65535`)
  const stack = Number(values.stack)
  if (!Number.isInteger(stack) || stack < 0) fail(`--stack ${values.stack}: an integer ≥ 0`)

  let inserted = !values.empty
  const slot = new CardSlot({
    imagePath: values.image,
    stack,
    onPull: () => {
      inserted = false
      void client.stop()
      emit({ event: 'pulled' })
    },
  })
  const client = new VpcdClient(slot, {
    host: values.host,
    port,
    onState: state => {
      const atr = Buffer.from(slot.atr).toString('hex')
      process.stdout.write(`${state} ${values.host}:${port} atr=${atr}\n`)
    },
  })

  const describe = (): Record<string, unknown> => ({
    serial: slot.current.image.serial.toString('hex'),
    lifeCycle: slot.current.image.lifeCycle,
    image: slot.imagePath ?? null,
  })

  const run = async (command: ControlCommand): Promise<Record<string, unknown>> => {
    switch (command.cmd) {
      case 'status':
        return {
          event: 'status',
          inserted,
          stackRemaining: slot.stackRemaining,
          faults: slot.faults.armed(),
          ...describe(),
        }
      case 'remove':
        inserted = false
        await client.stop()
        return { event: 'removed' }
      case 'insert':
        if (!inserted) client.start()
        inserted = true
        return { event: 'inserted', ...describe() }
      case 'insert-next': {
        if (slot.stackRemaining === 0) return { event: 'error', message: 'the stack is empty' }
        if (inserted) {
          await client.stop()
          await new Promise(resolve => setTimeout(resolve, SWAP_GAP_MS))
        }
        slot.next()
        inserted = true
        client.start()
        return { event: 'inserted', ...describe() }
      }
      case 'fault':
        slot.faults.arm(command.kind, command.count, command.ins)
        return { event: 'armed', faults: slot.faults.armed() }
      case 'clear-faults':
        slot.faults.clear()
        return { event: 'armed', faults: {} }
    }
  }

  // Commands run one after another, so an insert-next cannot interleave with a remove.
  let queue = Promise.resolve()
  createInterface({ input: process.stdin }).on('line', line => {
    if (line.trim() === '') return
    const command = parseControl(line)
    queue = queue.then(async () => {
      emit('error' in command ? { event: 'error', message: command.error } : await run(command))
    })
  })

  const shutdown = (): void => {
    void client.stop().then(() => {
      process.exit(0)
    })
  }
  process.on('SIGTERM', shutdown)
  process.on('SIGINT', shutdown)
  if (inserted) client.start()
}

function emit(message: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(message)}\n`)
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`)
  process.exit(2)
}

main()

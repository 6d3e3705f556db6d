import { generateKeyPair, type KeyObject } from 'node:crypto'
import { promisify } from 'node:util'
import type { AaKey } from './prepare'
import { generateRsaAaKey, rsaAaKey } from './aa-key'

const generate = promisify(generateKeyPair)

/**
 * A few Active Authentication keys made ahead on libuv's thread pool, so a PersonalizeCard
 * request does not wait ~11 ms for RSA key generation on the event loop. Each key is handed out
 * once; an empty pool falls back to generating on the spot.
 */
export class AaKeyPool {
  private readonly ready: AaKey[] = []
  private filling = false

  constructor(private readonly size = 2) {
    this.refill()
  }

  take(): AaKey {
    const key = this.ready.shift() ?? generateRsaAaKey()
    this.refill()
    return key
  }

  /** Resolves once the pool holds `size` keys (tests and benchmarks wait for a warm pool). */
  async warm(): Promise<void> {
    while (this.ready.length < this.size) await this.makeOne()
  }

  private refill(): void {
    if (this.filling || this.ready.length >= this.size) return
    this.filling = true
    void (async () => {
      try {
        while (this.ready.length < this.size) await this.makeOne()
      } catch {
        // Key generation failing is not this pool's to report: take() generates on the spot.
      } finally {
        this.filling = false
      }
    })()
  }

  private async makeOne(): Promise<void> {
    const pair: { privateKey: KeyObject; publicKey: KeyObject } = await generate('rsa', {
      modulusLength: 1024,
      publicExponent: 0x10001,
    })
    this.ready.push(rsaAaKey(pair.privateKey, pair.publicKey))
  }
}

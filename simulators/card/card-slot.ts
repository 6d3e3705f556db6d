import { blankImage, loadOrCreateImage, saveImage, type CardImage } from './card-image'
import { EmrtdCard } from './emrtd-card'
import { Faults } from './faults'
import type { VpcdCard } from './vpcd-client'

export interface CardSlotOptions {
  /** The first card's image file; stack cards go next to it as `<name>.<n>.json`. */
  readonly imagePath?: string | undefined
  /** Blank cards queued behind the first one. */
  readonly stack?: number
  readonly onPull?: (() => void) | undefined
}

/**
 * The reader slot: one card in it at a time, a queue of blank cards behind it. Faults belong to
 * the slot, so a test can arm one before inserting the card it is meant for.
 */
export class CardSlot implements VpcdCard {
  readonly faults = new Faults()
  private card: EmrtdCard
  private currentPath: string | undefined
  private inserted = 0
  private remaining: number

  constructor(private readonly options: CardSlotOptions) {
    this.remaining = options.stack ?? 0
    this.currentPath = options.imagePath
    this.card = this.make(
      this.currentPath === undefined ? blankImage() : loadOrCreateImage(this.currentPath),
    )
  }

  get atr(): Uint8Array {
    return this.card.atr
  }

  get current(): EmrtdCard {
    return this.card
  }

  get imagePath(): string | undefined {
    return this.currentPath
  }

  get stackRemaining(): number {
    return this.remaining
  }

  resetSession(): void {
    this.card.resetSession()
  }

  process(apdu: Buffer): Uint8Array | undefined {
    return this.card.process(apdu)
  }

  /** Swaps in the next blank card; false when the stack is empty. */
  next(): boolean {
    if (this.remaining === 0) return false
    this.remaining -= 1
    this.inserted += 1
    const base = this.options.imagePath
    this.currentPath =
      base === undefined ? undefined : `${base.replace(/\.json$/, '')}.${this.inserted}.json`
    this.card = this.make(
      this.currentPath === undefined ? blankImage() : loadOrCreateImage(this.currentPath),
    )
    return true
  }

  private make(image: CardImage): EmrtdCard {
    const path = this.currentPath
    return new EmrtdCard({
      image,
      faults: this.faults,
      save:
        path === undefined
          ? undefined
          : saved => {
              saveImage(path, saved)
            },
      onPull: this.options.onPull,
    })
  }
}

/** How long each mechanical step takes, in ms. */
export interface Timing {
  /** Feeder to a station or the print head. */
  readonly feedMs: number
  /** Station to print head, or turning the card over. */
  readonly moveMs: number
  /** One face, all panels (shared evenly among the panels received). */
  readonly printMs: number
  /** Out to the hopper or into the reject box. */
  readonly ejectMs: number
}

/**
 * 'fast': no delays (tests). 'realistic': a YMCKO duplex desktop printer (Primacy class): about
 * 1.5 s to feed a card to the contact station, 0.8 s to move or turn it, 12 s per YMCKO face
 * (the brochure's ~150 cards/h one-side colour, plus heating), 1 s to eject [inferred].
 */
export const TIMING_PRESETS: Readonly<Record<'fast' | 'realistic', Timing>> = {
  fast: { feedMs: 0, moveMs: 0, printMs: 0, ejectMs: 0 },
  realistic: { feedMs: 1500, moveMs: 800, printMs: 12_000, ejectMs: 1000 },
}

export function scaleTiming(timing: Timing, factor: number): Timing {
  return {
    feedMs: timing.feedMs * factor,
    moveMs: timing.moveMs * factor,
    printMs: timing.printMs * factor,
    ejectMs: timing.ejectMs * factor,
  }
}

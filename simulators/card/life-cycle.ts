/**
 * The applet life cycle of the e-mrtd fork of the JMRTD passport applet (icao-9303.md §12). The
 * state is persistent and only moves forward: a locked chip can never be personalised again, which
 * is what lets an issuance station detect a card that is not blank.
 */
export type LifeCycle = 'pre-personalised' | 'personalised' | 'locked'

/** PUT DATA P1 = DE selects a life-cycle change; P2 names the target. */
export const LIFE_CYCLE_P1 = 0xde
export const LIFE_CYCLE_P2 = { PERSONALISED: 0xaf, LOCKED: 0xad } as const

const ORDER: readonly LifeCycle[] = ['pre-personalised', 'personalised', 'locked']

/** The target of a life-cycle PUT DATA, undefined for an unknown P2. */
export function lifeCycleTarget(p2: number): LifeCycle | undefined {
  if (p2 === LIFE_CYCLE_P2.PERSONALISED) return 'personalised'
  if (p2 === LIFE_CYCLE_P2.LOCKED) return 'locked'
  return undefined
}

/** Moving backwards would let a locked chip be rewritten, so it is refused; staying put is fine. */
export function advance(from: LifeCycle, to: LifeCycle): LifeCycle | undefined {
  return ORDER.indexOf(to) >= ORDER.indexOf(from) ? to : undefined
}

/** After the lock, the personalization commands (E0, D6, DA) answer 6985. */
export function writable(state: LifeCycle): boolean {
  return state !== 'locked'
}

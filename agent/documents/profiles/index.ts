/**
 * Every document profile this agent can issue, as data: a new document is a profile file, its
 * face files, and a row here.
 */
import type { DocumentProfile } from '../profile'
import { IRQ_NATIONAL_ID } from './irq-national-id'
import { IRQ_PASSPORT } from './irq-passport'
import { IRQ_RESIDENCE } from './irq-residence'
import { UTO_SPECIMEN_ID } from './uto-specimen-id'
import { UTO_SPECIMEN_PASSPORT } from './uto-specimen-passport'

export const PROFILES: readonly DocumentProfile[] = [
  IRQ_NATIONAL_ID,
  IRQ_PASSPORT,
  IRQ_RESIDENCE,
  UTO_SPECIMEN_ID,
  UTO_SPECIMEN_PASSPORT,
]

/** The profile with this id, or undefined. */
export function findProfile(id: string): DocumentProfile | undefined {
  return PROFILES.find(profile => profile.id === id)
}

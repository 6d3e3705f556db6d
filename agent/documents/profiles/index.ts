/**
 * Every document profile this agent can issue, as data: a new document is a profile file, its
 * face templates, and a row here.
 */
import type { DocumentProfile } from '../profile'
import { IRQ_NATIONAL_ID } from './irq-national-id'

export const PROFILES: readonly DocumentProfile[] = [IRQ_NATIONAL_ID]

/** The profile with this id, or undefined. */
export function findProfile(id: string): DocumentProfile | undefined {
  return PROFILES.find(profile => profile.id === id)
}

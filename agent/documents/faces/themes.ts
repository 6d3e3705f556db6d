/** The colour themes of the document families. */
import type { Theme } from './parts'

/** Iraqi national documents: deep green band, gold accents, pale green paper. */
export const IRAQ_GREEN: Theme = {
  paper: '#f2f6f0',
  band: '#0d4f34',
  accent: '#d4b24c',
  bandText: '#ffffff',
  pattern: 'rgba(13, 79, 52, 0.07)',
  label: '#4f6b5c',
  value: '#111a15',
}

/** Residence cards: a distinct plum band, so a foreigner's card is told apart at a glance. */
export const IRAQ_RESIDENCE: Theme = {
  ...IRAQ_GREEN,
  paper: '#f6f1f4',
  band: '#5b2348',
  pattern: 'rgba(91, 35, 72, 0.07)',
  label: '#6d5563',
  value: '#1c1218',
}

/** Utopia specimens: ICAO blue. */
export const UTOPIA_BLUE: Theme = {
  paper: '#eef3f8',
  band: '#1d3f72',
  accent: '#e8c056',
  bandText: '#ffffff',
  pattern: 'rgba(29, 63, 114, 0.07)',
  label: '#4d6282',
  value: '#0f1a2b',
}

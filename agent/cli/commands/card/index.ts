import type { CliCommandGroup } from '../../command'
import { CARD_APDU_COMMAND } from './apdu'
import { CARD_ATR_COMMAND } from './atr'
import { CARD_READ_COMMAND } from './read'
import { CARD_READERS_COMMAND } from './readers'
import { CARD_VERIFY_COMMAND } from './verify'
import { CARD_WATCH_COMMAND } from './watch'

/** `idstation card …`: PC/SC readers and the cards in them. */
export const CARD_COMMAND: CliCommandGroup = {
  name: 'card',
  summary: 'PC/SC readers and cards: readers, atr, apdu, read, verify, watch',
  subcommands: [
    CARD_READERS_COMMAND,
    CARD_ATR_COMMAND,
    CARD_APDU_COMMAND,
    CARD_READ_COMMAND,
    CARD_VERIFY_COMMAND,
    CARD_WATCH_COMMAND,
  ],
}

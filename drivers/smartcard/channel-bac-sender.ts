import type { IoOptions } from '../transport/types'
import { BacError } from './bac-error'
import { type BacSender, externalAuthenticateCommand, getChallengeCommand } from './bac-sender'
import type { CardChannel } from './card-channel'
import { formatStatusWord, StatusWordError } from './status-words'

/**
 * Status words with which a chip refuses EXTERNAL AUTHENTICATE because our cryptogram does not
 * verify under its keys: the MRZ typed is not this document's. They become `BacError('refused')`
 * so callers see one UNAUTHENTICATED error for a wrong MRZ whichever way the chip says it.
 */
const REFUSED = new Set([0x6300, 0x6982, 0x6a80])

/**
 * The plain BAC commands over a {@link CardChannel}: BAC runs before secure messaging exists, so
 * these two go out unprotected. A status word other than 9000 rejects with `StatusWordError`
 * (`details.step: 'bac'`), or `BacError('refused')` for a refused EXTERNAL AUTHENTICATE.
 */
export function channelBacSender(channel: CardChannel, io: IoOptions = {}): BacSender {
  return {
    async getChallenge() {
      const response = await channel.transmit(getChallengeCommand(), io)
      if (response.sw !== 0x9000) throw new StatusWordError(response.sw, { step: 'bac' })
      return response.data
    },
    async externalAuthenticate(data) {
      const response = await channel.transmit(externalAuthenticateCommand(data), io)
      if (REFUSED.has(response.sw)) {
        throw new BacError('refused', 'The chip refused BAC: the MRZ does not match it', {
          sw: formatStatusWord(response.sw),
        })
      }
      if (response.sw !== 0x9000) throw new StatusWordError(response.sw, { step: 'bac' })
      return response.data
    },
  }
}

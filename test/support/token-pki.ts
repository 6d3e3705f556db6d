import { makeStationPki, type StationPki } from '../../simulators/station/station-pki'

/** A SoftHSM2 token holding a Document Signer key, a test CSCA, and the agent settings for them. */
export type TokenPki = StationPki

/** A private SoftHSM2 store under `dir` with the DS key generated on its token. */
export function makeTokenPki(dir: string): Promise<TokenPki> {
  return makeStationPki(dir, 'softhsm')
}

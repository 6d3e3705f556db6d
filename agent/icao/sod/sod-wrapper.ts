import { readDer } from './der'
import { DerError } from './der'
import { malformedDer, malformedSod } from './sod-error'

/** EF.SOD's application tag around the CMS ContentInfo (ICAO 9303-10). */
export const EF_SOD_TAG = 0x77

/**
 * The DER ContentInfo inside EF.SOD's `77` wrapper: what standard CMS tools read.
 *
 * @throws IcaoDecodeError (`INVALID_ARGUMENT`) when `sod` is not exactly one `77` object.
 */
export function sodContentInfo(sod: Uint8Array): Uint8Array {
  try {
    return readDer(sod, EF_SOD_TAG, 'EF.SOD').value
  } catch (error) {
    if (error instanceof DerError) throw malformedDer('wrapper', error)
    throw malformedSod('wrapper', 'bad-value', error)
  }
}

import type { FuzzTarget } from './harness'
import { configFile } from './targets/config'
import {
  hidCaptureUpload,
  hidPayloads,
  hidReportStream,
  r30xPacketStream,
} from './targets/fingerprint'
import { icaoTargets } from './targets/icao'
import { png } from './targets/imaging'
import { evolisReplies, pageFrameStream, pageReply } from './targets/printer'
import { protocolEvent, protocolReply, protocolRequest } from './targets/protocol'
import {
  atr,
  bacAnswer,
  responseApdu,
  smDataObjects,
  smUnwrap3des,
  smUnwrapAes,
} from './targets/smartcard'

/**
 * Every parser of outside bytes, one entry each: what `npm run fuzz` runs 100,000 cases of and
 * test/unit/fuzz runs a few hundred of. A new parser of device, network or file bytes belongs here.
 */
export const FUZZ_TARGETS: readonly FuzzTarget[] = [
  protocolRequest,
  protocolReply,
  protocolEvent,
  responseApdu,
  atr,
  smDataObjects,
  smUnwrap3des,
  smUnwrapAes,
  bacAnswer,
  ...icaoTargets,
  evolisReplies,
  pageFrameStream,
  pageReply,
  hidReportStream,
  hidPayloads,
  hidCaptureUpload,
  r30xPacketStream,
  configFile,
  png,
]

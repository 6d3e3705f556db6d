export { ACK, CR, encodeCommand, encodeDownload, ESC, NACK } from './commands'
export { EVOLIS_DESCRIPTOR, EVOLIS_PATH_PATTERN } from './descriptor'
export { EvolisPrinter } from './driver'
export {
  BITS_PER_DOT,
  DPI,
  FACE_HEIGHT,
  FACE_WIDTH,
  PANEL_HEIGHT,
  PANEL_WIDTH,
  panelBytes,
} from './geometry'
export { EvolisLink, type EvolisLinkOptions } from './link'
export { DEFAULT_OPTIONS, parseOptions, type EvolisOptions } from './options'
export { COLOUR_BITS, facePanels, MONO_BITS, type Panel } from './panels'
export { isErrorText, nackError, textError, type CommandRole } from './reply-errors'
export {
  MAX_REPLY_LENGTH,
  NACK_CODES,
  ReplyFramer,
  type NackCode,
  type Reply,
  type Terminator,
} from './replies'
export { parseCoverOpen, parseFeederEmpty, parsePosition } from './status-replies'

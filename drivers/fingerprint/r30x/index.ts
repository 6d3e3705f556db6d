export { R30X_DESCRIPTOR, R30X_PATH_PATTERN } from './descriptor'
export { DEFAULT_OPTIONS, MODEL, R30xScanner, type R30xOptions } from './driver'
export {
  AURA_COLOUR,
  AURA_CONTROL,
  INSTRUCTION,
  MAX_CHAR_FILE,
  PACKET_SIZES,
  R30xCommands,
  type CharBuffer,
  type InstructionName,
  type SystemParameters,
} from './commands'
export {
  CONFIRMATION,
  CONFIRMATION_CODE,
  confirmationError,
  confirmationName,
} from './confirmation-codes'
export { expandImage, IMAGE_HEIGHT, IMAGE_PPI, IMAGE_WIDTH } from './image'
export { R30xLink, type Acknowledge, type R30xLinkOptions } from './link'
export { percentScore, SATURATION } from './match-score'
export {
  decodePacket,
  DEFAULT_ADDRESS,
  encodePacket,
  HEADER_LENGTH,
  isPacketFault,
  MAX_PAYLOAD,
  PACKET_ID,
  packetChecksum,
  packetKind,
  START_CODE,
  type DecodedPacket,
  type Packet,
  type PacketFault,
  type PacketKind,
} from './packets'

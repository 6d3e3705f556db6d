export { IDSTATION_PAGE_DESCRIPTOR, PAGE_PRINTER_PATH_PATTERN } from './descriptor'
export { DEFAULT_OPTIONS, PagePrinter, type PagePrinterOptions } from './driver'
export {
  COMMAND,
  decodeInfo,
  FEED_TARGET,
  FORMAT_RGB24,
  PageCommands,
  STATION_BITS,
  type CommandName,
  type Reply,
  type WireInfo,
} from './commands'
export { crc16, crc32 } from './crc'
export {
  decodeFrame,
  declaredFrameLength,
  encodeFrame,
  frameFault,
  HEADER_LENGTH,
  isFrameFault,
  MAX_PAYLOAD,
  PROTOCOL_VERSION,
  REPLY_BIT,
  SOH,
  TRAILER_LENGTH,
  type DecodedFrame,
  type Frame,
  type FrameFault,
} from './frames'
export { dataPage, toWireImage } from './image'
export { PageLink, type PageLinkOptions } from './link'
export {
  ACTIVITIES,
  ATTENTION_BITS,
  decodeStatusBlock,
  FAULT_BITS,
  STATUS_BLOCK_LENGTH,
  STATUS_CODE,
  statusError,
  statusName,
  toPrinterStatus,
  WIRE_POSITIONS,
  type Activity,
  type StatusName,
  type WirePosition,
  type WireStatus,
} from './status'

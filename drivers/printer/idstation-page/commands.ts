import { TransportError } from '../../core/errors'
import type { IoOptions } from '../../transport/types'
import { crc32 } from './crc'
import type { PageLink } from './link'
import {
  decodeStatusBlock,
  STATUS_BLOCK_LENGTH,
  STATUS_CODE,
  statusError,
  type WireStatus,
} from './status'

/** Command codes (CMD of a request; a reply carries CMD | 0x80). */
export const COMMAND = {
  'get-info': 0x01,
  'get-status': 0x02,
  feed: 0x10,
  'print-begin': 0x20,
  'print-data': 0x21,
  'print-end': 0x22,
  eject: 0x30,
  reject: 0x31,
  clear: 0x32,
  'test-page': 0x40,
} as const

export type CommandName = keyof typeof COMMAND

/** FEED's target byte. */
export const FEED_TARGET = { contact: 0x01, contactless: 0x02, print: 0x03 } as const

/** PRINT_BEGIN's format byte: rows top to bottom, 3 bytes R G B per pixel. */
export const FORMAT_RGB24 = 0x01

/** GET_INFO's station bits. */
export const STATION_BITS = { contact: 0x01, contactless: 0x02 } as const

export interface WireInfo {
  readonly dpi: number
  readonly widthPx: number
  readonly heightPx: number
  readonly stations: readonly ('contact' | 'contactless')[]
  readonly formats: number
  readonly maxChunk: number
  readonly model: string
  readonly serialNumber: string
  readonly firmware: string
}

/** A reply whose status was ok: the printer's status block and what followed it. */
export interface Reply {
  readonly status: WireStatus
  readonly data: Buffer
}

/**
 * The protocol's commands over a PageLink, with their payloads encoded and replies decoded. A
 * non-ok status code rejects with statusError's AgentError; `onStatus` hears every status
 * block that arrives, ok or not.
 */
export class PageCommands {
  constructor(
    private readonly link: PageLink,
    private readonly onStatus: (status: WireStatus) => void = () => undefined,
  ) {}

  async getInfo(io?: IoOptions): Promise<WireInfo> {
    const { data } = await this.call('get-info', Buffer.alloc(0), io)
    return decodeInfo(data)
  }

  async getStatus(io?: IoOptions): Promise<WireStatus> {
    return (await this.call('get-status', Buffer.alloc(0), io)).status
  }

  async feed(target: keyof typeof FEED_TARGET, io?: IoOptions): Promise<WireStatus> {
    return (await this.call('feed', Buffer.from([FEED_TARGET[target]]), io)).status
  }

  /**
   * PRINT_BEGIN, the image as PRINT_DATA chunks of `chunkSize`, PRINT_END with the CRC-32 of the
   * whole image. `printIo` bounds PRINT_END, which is answered once the page is printed.
   */
  async printPage(
    width: number,
    height: number,
    rgb: Buffer,
    chunkSize: number,
    io: IoOptions,
    printIo: IoOptions,
  ): Promise<WireStatus> {
    const begin = Buffer.alloc(9)
    begin.writeUInt16BE(width, 0)
    begin.writeUInt16BE(height, 2)
    begin[4] = FORMAT_RGB24
    begin.writeUInt32BE(rgb.length, 5)
    await this.call('print-begin', begin, io)
    for (let offset = 0; offset < rgb.length; offset += chunkSize) {
      const chunk = rgb.subarray(offset, Math.min(offset + chunkSize, rgb.length))
      const data = Buffer.alloc(4 + chunk.length)
      data.writeUInt32BE(offset, 0)
      chunk.copy(data, 4)
      await this.call('print-data', data, io)
    }
    const end = Buffer.alloc(4)
    end.writeUInt32BE(crc32(rgb), 0)
    return (await this.call('print-end', end, printIo)).status
  }

  async eject(io?: IoOptions): Promise<WireStatus> {
    return (await this.call('eject', Buffer.alloc(0), io)).status
  }

  async reject(io?: IoOptions): Promise<WireStatus> {
    return (await this.call('reject', Buffer.alloc(0), io)).status
  }

  async clear(io?: IoOptions): Promise<WireStatus> {
    return (await this.call('clear', Buffer.alloc(0), io)).status
  }

  async testPage(io?: IoOptions): Promise<WireStatus> {
    return (await this.call('test-page', Buffer.alloc(0), io)).status
  }

  private async call(name: CommandName, payload: Buffer, io?: IoOptions): Promise<Reply> {
    const frame = await this.link.request(COMMAND[name], name, payload, io)
    if (frame.payload.length < 1 + STATUS_BLOCK_LENGTH) {
      throw new TransportError('TRANSPORT_IO', `page printer ${name}: the reply is short`, {
        details: { reason: 'truncated', step: name, bytes: frame.payload.length },
      })
    }
    const code = frame.payload[0] ?? 0
    const status = decodeStatusBlock(frame.payload.subarray(1, 1 + STATUS_BLOCK_LENGTH))
    this.onStatus(status)
    if (code !== STATUS_CODE.ok) throw statusError(code, name)
    return { status, data: frame.payload.subarray(1 + STATUS_BLOCK_LENGTH) }
  }
}

/**
 * GET_INFO's data: DPI (2), WIDTH (2), HEIGHT (2), STATIONS (1), FORMATS (1), MAX_CHUNK (4),
 * then MODEL, SERIAL, FIRMWARE, each a length byte and that many ASCII bytes.
 */
export function decodeInfo(data: Buffer): WireInfo {
  if (data.length < 12) throw truncatedInfo(data.length)
  let offset = 12
  const text = (): string => {
    const length = data[offset]
    if (length === undefined || offset + 1 + length > data.length) throw truncatedInfo(data.length)
    const value = data.subarray(offset + 1, offset + 1 + length).toString('latin1')
    offset += 1 + length
    return value
  }
  const stations = data[6] ?? 0
  return {
    dpi: data.readUInt16BE(0),
    widthPx: data.readUInt16BE(2),
    heightPx: data.readUInt16BE(4),
    stations: (['contact', 'contactless'] as const).filter(
      station => (stations & STATION_BITS[station]) !== 0,
    ),
    formats: data[7] ?? 0,
    maxChunk: data.readUInt32BE(8),
    model: text(),
    serialNumber: text(),
    firmware: text(),
  }
}

function truncatedInfo(bytes: number): TransportError {
  return new TransportError('TRANSPORT_IO', 'page printer get-info: the reply is short', {
    details: { reason: 'truncated', step: 'get-info', bytes },
  })
}

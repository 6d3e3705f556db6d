import type { EventEmitter } from 'node:events'
import type { DeviceDriver, SmartcardEncoderDriver } from '../../../drivers/core/driver'
import { isSmartcardEncoder } from '../../../drivers/core/driver'
import { AgentError } from '../../../drivers/core/errors'
import type { Logger } from '../../../drivers/core/logger'
import { CommandApdu } from '../../../drivers/smartcard/apdu'
import { parseAtr } from '../../../drivers/smartcard/atr'
import { deriveBacKeys } from '../../../drivers/smartcard/bac'
import { CardChannel } from '../../../drivers/smartcard/card-channel'
import { readEmrtdFile, SHORT_READ_LENGTH } from '../../../drivers/smartcard/emrtd-reader'
import { mrzInformation } from '../../../drivers/smartcard/mrz-information'
import { formatStatusWord } from '../../../drivers/smartcard/status-words'
import type { CardPresence } from '../../../drivers/transport/types'
import type { ReaderAccess } from '../../jobs/personalization-engine'
import { TOPICS, type v1 } from '../../../protocol'
import type { EventStream } from '../../server/event-stream'
import { sessionOf, type CommandHandler, type RequestContext } from '../../server/handler'
import type { LeaseTable } from '../../server/leases'
import type { DeviceSummary, RegistryEvent } from '../devices/device-registry'

/** The part of the DeviceRegistry the card service reads. */
export interface CardDeviceSource {
  readonly events: EventEmitter<{ change: [event: RegistryEvent] }>
  list(): readonly DeviceSummary[]
  get(id: string): DeviceSummary | undefined
  /** The live driver; a source without one offers no card access. */
  driver?(id: string): DeviceDriver | undefined
}

export interface CardServiceOptions {
  readonly source: CardDeviceSource
  readonly leases: LeaseTable
  readonly stream: EventStream
  readonly logger: Logger
}

/** The longest short command APDU: 4 header + 1 Lc + 255 data + 1 Le. */
const SHORT_APDU_LIMIT = 261

interface Reader {
  readonly driver: SmartcardEncoderDriver
  readonly channel: CardChannel
  readonly detach: () => void
  /** Whether this service holds a PC/SC connection to the present card. */
  connected: boolean
  /** Transmits and connects one at a time per reader, in arrival order. */
  queue: Promise<unknown>
  /** The longest plain READ BINARY a protected read asks for, from the reader's APDU limit. */
  readonly maxReadLength: number
}

/**
 * The cards in PC/SC readers: presence events, GetCardInfo and raw Transmit. The service holds
 * one shared-mode connection per reader while a lease is held, so a technician's SELECT and the
 * READ after it reach the same card session; the lease's end disconnects with 'leave', which
 * keeps the card powered for whoever comes next.
 */
export class CardService implements ReaderAccess {
  private readonly readers = new Map<string, Reader>()

  constructor(private readonly options: CardServiceOptions) {
    const { source, leases } = options
    source.events.on('change', event => {
      if (event.type === 'attached') this.follow(event.device.id)
      else if (event.type === 'detached') this.forget(event.deviceId)
    })
    for (const device of source.list()) this.follow(device.id)
    leases.events.on('changed', deviceId => {
      if (leases.forDevice(deviceId) === undefined) this.hangUp(deviceId)
    })
  }

  private follow(deviceId: string): void {
    if (this.readers.has(deviceId)) return
    const driver = this.options.source.driver?.(deviceId)
    if (driver === undefined || !isSmartcardEncoder(driver)) return
    const logger = this.options.logger
    const onCard = (presence: CardPresence): void => {
      const entry = this.readers.get(deviceId)
      if (entry !== undefined && !presence.present) entry.connected = false
      logger.info(presence.present ? 'card inserted' : 'card removed', {
        event: presence.present ? 'card.inserted' : 'card.removed',
        deviceId,
        bytes: presence.present ? presence.atr.length : 0,
      })
      this.options.stream.publish(TOPICS.device(deviceId), {
        cardPresenceChanged: {
          deviceId,
          present: presence.present,
          atr: presence.present ? presence.atr : Buffer.alloc(0),
        },
      })
    }
    driver.apdu.events.on('card', onCard)
    const channel = new CardChannel(driver.apdu, {
      maxCommandLength: driver.maxCommandLength,
      observer: trace => {
        if (!logger.isDebugEnabled()) return
        logger.debug('apdu', {
          event: 'card.apdu',
          deviceId,
          cla: trace.cla,
          ins: trace.ins,
          p1: trace.p1,
          p2: trace.p2,
          sw: formatStatusWord(trace.sw),
          bytes: trace.dataLength,
          durationMs: Math.round(trace.durationMs * 1000) / 1000,
        })
      },
    })
    this.readers.set(deviceId, {
      driver,
      channel,
      connected: false,
      queue: Promise.resolve(),
      // The reader's buffer bounds answers as it bounds commands (vpcd frames: 65535 bytes), so a
      // protected read asks for what fits it with room for the SM framing; a reader that takes
      // only short APDUs gets short reads.
      maxReadLength:
        driver.maxCommandLength > SHORT_APDU_LIMIT
          ? Math.min(driver.maxCommandLength - 64, 0xffe0)
          : SHORT_READ_LENGTH,
      detach: () => driver.apdu.events.off('card', onCard),
    })
  }

  private forget(deviceId: string): void {
    const entry = this.readers.get(deviceId)
    if (entry === undefined) return
    entry.detach()
    this.readers.delete(deviceId)
  }

  private hangUp(deviceId: string): void {
    const entry = this.readers.get(deviceId)
    if (entry === undefined || !entry.connected) return
    void this.serially(entry, async () => {
      if (!entry.connected) return
      entry.connected = false
      await entry.driver.apdu.disconnect('leave').catch((error: unknown) => {
        this.options.logger.debug('card disconnect failed', {
          event: 'card.disconnect-failed',
          deviceId,
          code: error instanceof AgentError ? error.code : 'INTERNAL',
        })
      })
    })
  }

  private serially<T>(entry: Reader, work: () => Promise<T>): Promise<T> {
    const run = entry.queue.then(work, work)
    entry.queue = run.catch(() => undefined)
    return run
  }

  private reader(deviceId: string): Reader {
    if (this.options.source.get(deviceId) === undefined) {
      throw new AgentError('DEVICE_NOT_FOUND', 'no device has this id', { details: { deviceId } })
    }
    const entry = this.readers.get(deviceId)
    if (entry === undefined) {
      throw new AgentError('DEVICE_UNSUPPORTED', 'the device is not a smart-card reader', {
        details: { deviceId },
      })
    }
    return entry
  }

  /**
   * Runs `work` with the reader to itself, after any Transmit queued before it and before any
   * queued after: a personalization job holds it from the first APDU to the read-back. A
   * technician's shared connection is dropped first; the work's own connection is left ('leave',
   * the card stays powered) afterwards, whatever happened.
   */
  withReader<T>(
    deviceId: string,
    work: (driver: SmartcardEncoderDriver) => Promise<T>,
  ): Promise<T> {
    const entry = this.reader(deviceId)
    const leave = () =>
      entry.driver.apdu.disconnect('leave').catch(() => {
        // The card or reader is gone: nothing is left to disconnect.
      })
    return this.serially(entry, async () => {
      if (entry.connected) {
        entry.connected = false
        await leave()
      }
      try {
        return await work(entry.driver)
      } finally {
        await leave()
      }
    })
  }

  handlers(): {
    getCardInfo: CommandHandler<'getCardInfo'>
    transmit: CommandHandler<'transmit'>
    readChipFile: CommandHandler<'readChipFile'>
  } {
    return {
      getCardInfo: {
        requiresSession: true,
        run: body => ({ result: cardInfo(this.reader(body.deviceId ?? '').driver.apdu.card) }),
      },
      transmit: {
        requiresSession: true,
        role: 'technician',
        run: async (body, context) => {
          const deviceId = body.deviceId ?? ''
          const entry = this.claimedReader(deviceId, context, 'Transmit')
          const command = CommandApdu.parse(body.apdu ?? new Uint8Array())
          this.checkCard(entry, deviceId)
          return this.serially(entry, async () => {
            await this.connect(entry)
            const started = performance.now()
            const response = await entry.channel.transmit(command, { signal: context.signal })
            const durationUs = Math.round((performance.now() - started) * 1000)
            return { result: { response: response.data, sw: response.sw, durationUs } }
          })
        },
      },
      readChipFile: {
        requiresSession: true,
        role: 'technician',
        run: async (body, context) => {
          const deviceId = body.deviceId ?? ''
          const entry = this.claimedReader(deviceId, context, 'ReadChipFile')
          // Keys are derived at once so the MRZ fields go no further than this function.
          const keys = deriveBacKeys(
            mrzInformation({
              documentNumber: body.documentNumber ?? '',
              dateOfBirth: body.dateOfBirth ?? '',
              dateOfExpiry: body.dateOfExpiry ?? '',
            }),
          )
          const fileId = body.fileId ?? 0
          this.checkCard(entry, deviceId)
          return this.serially(entry, async () => {
            await this.connect(entry)
            const started = performance.now()
            const data = await readEmrtdFile(entry.channel, keys, fileId, {
              signal: context.signal,
              maxReadLength: entry.maxReadLength,
            })
            // Lengths and timing only: the file is personal data.
            this.options.logger.info('chip file read', {
              event: 'card.file-read',
              deviceId,
              bytes: data.length,
              durationMs: Math.round(performance.now() - started),
            })
            return { result: { fileId, attachment: 1 }, attachments: [data] }
          })
        },
      },
    }
  }

  /** The reader, if this session holds its lease (Transmit's and ReadChipFile's rule). */
  private claimedReader(deviceId: string, context: RequestContext, command: string): Reader {
    const entry = this.reader(deviceId)
    const lease = this.options.leases.forDevice(deviceId)
    if (lease?.sessionId !== sessionOf(context).id) {
      throw new AgentError('BAD_STATE', `claim the device before ${command}`, {
        details: { deviceId, reason: 'not-claimed' },
      })
    }
    return entry
  }

  private checkCard(entry: Reader, deviceId: string): void {
    if (!entry.driver.apdu.card.present) {
      throw new AgentError('BAD_STATE', 'no card in the reader', {
        details: { deviceId, reason: 'no-card' },
      })
    }
  }

  /** One shared connection per lease: a SELECT and the READ after it reach the same session. */
  private async connect(entry: Reader): Promise<void> {
    if (entry.connected) return
    await entry.driver.apdu.connect({ share: 'shared' })
    entry.connected = true
  }
}

/** GetCardInfo's answer; an ATR that does not parse still shows its bytes. */
export function cardInfo(presence: CardPresence): v1.IGetCardInfoResult {
  if (!presence.present) return { present: false }
  try {
    const atr = parseAtr(presence.atr)
    return {
      present: true,
      atr: presence.atr,
      protocols: [...atr.protocols],
      historicalBytes: atr.historicalBytes,
    }
  } catch {
    return { present: true, atr: presence.atr }
  }
}

import { randomBytes } from 'node:crypto'
import type { SmartcardEncoderDriver } from '../../../../drivers/core/driver'
import { AgentError } from '../../../../drivers/core/errors'
import { CommandApdu } from '../../../../drivers/smartcard/apdu'
import type { CardChannel } from '../../../../drivers/smartcard/card-channel'
import { EmrtdPersonalizer } from '../../../../drivers/smartcard/emrtd-personalizer'
import { openEmrtdSession, SHORT_READ_LENGTH } from '../../../../drivers/smartcard/emrtd-reader'
import { verifyRsaActiveAuthentication } from '../../../icao/active-authentication'
import { dataGroupFile, decodeCom } from '../../../icao/lds'
import { verifyPassiveAuthentication } from '../../../icao/passive-auth'
import { buildSod, type DocumentSigner } from '../../../icao/sod'
import type { JobControl } from '../../personalization-engine'
import type { Step, StepContext, WorkflowDefinition } from '../../step-machine'
import type { PersonalizationPlan } from './prepare'

/** What the steps share: the plan, the reader, and what earlier steps found. */
export interface PersonalizeRun {
  readonly plan: PersonalizationPlan
  readonly control: JobControl
  readonly driver: SmartcardEncoderDriver
  readonly channel: CardChannel
  readonly signer: DocumentSigner
  readonly trustAnchors: readonly Uint8Array[]
  readonly extendedLength: boolean
  readonly cardTimeoutMs: number
  /**
   * True at a desk encoder, where a person swaps a missing or used card after a prompt; false at
   * a printer's encoding station, where the printer fed the card and a wrong one is a failure
   * (the issuance job rejects it).
   */
  readonly operatorSwapsCards: boolean
  readonly now: () => Date
  /** APDUs on the wire so far (the channel's observer counts them). */
  readonly apdus: () => number
  found: { chipSerial?: string; sod?: Buffer; bytesWritten: number }
}

/** Files every eMRTD has: a blank chip answers 6A82 to all three. */
const PROBE_FILES = [dataGroupFile('COM').fid, dataGroupFile(1).fid, dataGroupFile('SOD').fid]
/** Operator prompts before the job gives up on an empty reader or a used card. */
const MAX_PROMPTS = 5
/** DG3 is EAC-protected: a BAC read-back cannot see it, so its hash is checked as written. */
const EAC_PROTECTED = new Set([3, 4])

function personalizer(run: PersonalizeRun, signal: AbortSignal): EmrtdPersonalizer {
  return new EmrtdPersonalizer(run.channel, {
    maxCommandLength: run.driver.maxCommandLength,
    extendedLength: run.extendedLength,
    signal,
    timeoutMs: run.cardTimeoutMs,
  })
}

async function waitForCard(context: StepContext<PersonalizeRun>): Promise<void> {
  const { driver } = context.data
  for (let asked = 0; !driver.apdu.card.present; asked += 1) {
    if (asked >= MAX_PROMPTS || !context.data.operatorSwapsCards) {
      throw new AgentError('BAD_STATE', 'no card in the encoder', {
        details: { step: context.step, reason: 'no-card' },
      })
    }
    await context.prompt({ kind: 'insert-card', message: 'Insert a blank card in the encoder' })
  }
}

const waitCard: Step<PersonalizeRun> = { name: 'wait-card', run: waitForCard }

/**
 * Connects, reads the chip's serial and checks it is blank. A used card is a prompt, not a
 * failure: the operator swaps it and answers Continue. Only then is the serial bound in the
 * journal, which refuses a chip that already received a document.
 */
const identifyChip: Step<PersonalizeRun> = {
  name: 'identify-chip',
  async run(context) {
    const run = context.data
    for (let asked = 0; ; asked += 1) {
      await run.driver.apdu.connect({
        share: 'exclusive',
        signal: context.signal,
        timeoutMs: run.cardTimeoutMs,
      })
      const chip = personalizer(run, context.signal)
      await chip.selectApplication()
      const serial = await chip.readSerial()
      const content = await chip.content(PROBE_FILES)
      if (content === 'blank') {
        run.control.bindChip(serial)
        run.found.chipSerial = serial
        return
      }
      await run.driver.apdu.disconnect('leave')
      if (asked >= MAX_PROMPTS || !run.operatorSwapsCards) {
        throw new AgentError('CARD_NOT_BLANK', 'the card in the encoder is not blank', {
          details: { step: context.step, reason: content },
        })
      }
      await context.prompt({
        kind: 'card-not-blank',
        message: `The card is ${content}; insert a blank card`,
      })
      await waitForCard(context)
    }
  },
}

/** EF.SOD is signed before the first write, so a signer that is down spoils no card. */
const signDocument: Step<PersonalizeRun> = {
  name: 'sign-document',
  async run(context) {
    const run = context.data
    const dataGroups = new Map<number, Uint8Array>()
    for (const file of run.plan.files) {
      if (file.dataGroup !== undefined) dataGroups.set(file.dataGroup, file.bytes)
    }
    const sod = await buildSod({
      hashAlgorithm: 'sha256',
      dataGroups,
      signer: run.signer,
      signingTime: run.now(),
    })
    run.found.sod = Buffer.from(sod)
  },
}

const writeFiles: Step<PersonalizeRun> = {
  name: 'write-files',
  weight: 6,
  async run(context) {
    const run = context.data
    // Journaled before the first write APDU: from here on a failure spoils the card.
    run.control.markWriting()
    const chip = personalizer(run, context.signal)
    const total = run.plan.files.reduce((sum, file) => sum + file.bytes.length, 0)
    let done = 0
    for (const file of run.plan.files) {
      await chip.writeFile(file.fid, file.bytes, `write-${file.name.toLowerCase()}`, written => {
        context.progress((done + written) / total)
      })
      done += file.bytes.length
      run.found.bytesWritten += file.bytes.length
    }
  },
}

const setAccessKeys: Step<PersonalizeRun> = {
  name: 'set-access-keys',
  async run(context) {
    const run = context.data
    const chip = personalizer(run, context.signal)
    await chip.putMrzSeed(run.plan.bacSeed)
    const aa = run.plan.aaKey
    if (aa !== undefined) await chip.putAaKey(aa.modulus, aa.privateExponent)
  },
}

const writeSod: Step<PersonalizeRun> = {
  name: 'write-sod',
  async run(context) {
    const run = context.data
    const sod = run.found.sod
    if (sod === undefined) throw new AgentError('INTERNAL', 'EF.SOD was not built')
    await personalizer(run, context.signal).writeFile(dataGroupFile('SOD').fid, sod, 'write-sod')
    run.found.bytesWritten += sod.length
  },
}

const lockChip: Step<PersonalizeRun> = {
  name: 'lock-chip',
  async run(context) {
    await personalizer(context.data, context.signal).lock()
  },
}

function failedCheck(reason: string, details: Record<string, string | number>): AgentError {
  return new AgentError('PASSIVE_AUTH_FAILED', `read-back verification failed: ${reason}`, {
    details: { step: 'verify', reason, ...details },
  })
}

/**
 * Reads everything back the way a border reader would (BAC, secure messaging), compares it with
 * what was written, runs passive authentication against the configured CSCAs and, with a DG15,
 * Active Authentication. Only then is the job a success.
 */
const verify: Step<PersonalizeRun> = {
  name: 'verify',
  weight: 2,
  async run(context) {
    const run = context.data
    const maxCommand = run.driver.maxCommandLength
    const session = await openEmrtdSession(run.channel, run.plan.mrzInformation, {
      signal: context.signal,
      timeoutMs: run.cardTimeoutMs,
      maxReadLength:
        run.extendedLength && maxCommand > 261
          ? Math.min(maxCommand - 64, 0xffe0)
          : SHORT_READ_LENGTH,
    })
    const dataGroups = new Map<number, Uint8Array>()
    let comTags: readonly number[] = []
    for (const file of run.plan.files) {
      if (file.dataGroup !== undefined && EAC_PROTECTED.has(file.dataGroup)) {
        dataGroups.set(file.dataGroup, file.bytes)
        continue
      }
      const read = await session.readFile(file.fid)
      if (!read.equals(file.bytes)) throw failedCheck('read-back-mismatch', { file: file.name })
      if (file.dataGroup === undefined) comTags = decodeCom(read).dataGroups
      else dataGroups.set(file.dataGroup, read)
    }
    const sod = await session.readFile(dataGroupFile('SOD').fid)
    if (run.found.sod === undefined || !sod.equals(run.found.sod)) {
      throw failedCheck('read-back-mismatch', { file: 'EF.SOD' })
    }
    const verdict = verifyPassiveAuthentication({
      sod,
      dataGroups,
      comTagList: comTags,
      trustAnchors: run.trustAnchors,
      at: run.now(),
    })
    if (!verdict.passed) {
      const failed = verdict.checks.find(check => !check.passed)
      throw failedCheck('passive-authentication', { check: failed?.name ?? 'unknown' })
    }
    const aa = run.plan.aaKey
    let activeAuthentication = false
    if (aa !== undefined) {
      const challenge = randomBytes(8)
      const answer = await session.transmit(
        new CommandApdu({ cla: 0, ins: 0x88, p1: 0, p2: 0, data: challenge, ne: 256 }),
        'active-authentication',
      )
      activeAuthentication =
        answer.sw === 0x9000 && verifyRsaActiveAuthentication(aa.spki, challenge, answer.data)
      if (!activeAuthentication) {
        throw new AgentError('CARD_WRITE_FAILED', 'the chip does not prove its AA key', {
          details: { step: 'verify', reason: 'active-authentication' },
        })
      }
    }
    run.control.setResult({
      chipSerial: run.found.chipSerial ?? '',
      apduCount: run.apdus(),
      bytesWritten: run.found.bytesWritten,
      dataGroups: run.plan.files.flatMap(file => file.dataGroup ?? []).join(','),
      passiveAuthentication: true,
      activeAuthentication,
    })
  },
}

export const PERSONALIZE_CARD: WorkflowDefinition<PersonalizeRun> = {
  name: 'personalize-card',
  version: 1,
  steps: [
    waitCard,
    identifyChip,
    signDocument,
    writeFiles,
    setAccessKeys,
    writeSod,
    lockChip,
    verify,
  ],
  cleanup: [],
}

import { readFile, writeFile } from 'node:fs/promises'
import { AgentError } from '../../drivers/core/errors'
import type { Logger } from '../../drivers/core/logger'
import { isZ85Key } from '../../protocol/z85'
import { keyFingerprint } from './fingerprint'
import type { CurveKeyPair } from './key-pair'
import { ensureKeyPairFile, readKeyPairFile, type KeyPairFileResult } from './key-pair-file'
import { strictModesProblem } from './strict-modes'

/**
 * Where the agent's public key is published next to its key pair file: `agent.key` →
 * `agent.pub`. Clients (the CLI run by a technician) need the public key but must not be able
 * to read the secret one.
 */
export function agentPublicKeyFile(agentKeyFile: string): string {
  return agentKeyFile.endsWith('.key') ? `${agentKeyFile.slice(0, -4)}.pub` : `${agentKeyFile}.pub`
}

/**
 * Reads the agent's CURVE key pair, creating it (mode 0600, directory 0700) when absent, and
 * (re)writes the public key file beside it. Logs `keys.created` with the fingerprint only.
 *
 * With `ownerUid` (the agent passes its own uid) sshd's StrictModes apply too: the file and
 * every directory above it must be owned by that user or root and not group/other-writable,
 * or the agent refuses to start (`keys.refused` is logged).
 *
 * @throws AgentError `CONFIG_INVALID` when the file is group/world accessible (the message
 *   names the path and `chmod 600`), malformed, unwritable, or fails StrictModes.
 */
export async function ensureAgentKeys(
  agentKeyFile: string,
  logger: Logger,
  platform: NodeJS.Platform = process.platform,
  ownerUid?: number,
): Promise<KeyPairFileResult> {
  const result = await ensureKeyPairFile(agentKeyFile, platform)
  if (platform !== 'win32' && ownerUid !== undefined) {
    const problem = await strictModesProblem(agentKeyFile, { uid: ownerUid })
    if (problem !== undefined) {
      logger.error('agent key file refused', {
        event: 'keys.refused',
        path: agentKeyFile,
        reason: problem,
      })
      throw new AgentError('CONFIG_INVALID', `agent key refused: ${problem}`, {
        details: { path: agentKeyFile },
      })
    }
  }
  await writeFile(agentPublicKeyFile(agentKeyFile), `${result.keyPair.publicKey}\n`, {
    mode: 0o644,
  })
  if (result.created) {
    logger.info('agent key pair created', {
      event: 'keys.created',
      path: agentKeyFile,
      keyFingerprint: keyFingerprint(result.keyPair.publicKey),
    })
  }
  return result
}

/** Reads the agent's key pair without creating it; same checks and errors as `ensureAgentKeys`. */
export function readAgentKeys(
  agentKeyFile: string,
  platform: NodeJS.Platform = process.platform,
): Promise<CurveKeyPair> {
  return readKeyPairFile(agentKeyFile, platform)
}

/**
 * Reads the agent's published public key (see `agentPublicKeyFile`).
 *
 * @throws AgentError `CONFIG_INVALID` when the file is missing or holds no Z85 key; the
 *   message says to run `idstation keys init`.
 */
export async function readAgentPublicKey(agentKeyFile: string): Promise<string> {
  const path = agentPublicKeyFile(agentKeyFile)
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable'
    throw new AgentError(
      'CONFIG_INVALID',
      `agent public key ${path} cannot be read (${code}); run: idstation keys init`,
      {
        cause: error,
        details: { path },
      },
    )
  }
  const key = text.trim()
  if (!isZ85Key(key)) {
    throw new AgentError(
      'CONFIG_INVALID',
      `agent public key ${path} is not a Z85 key; run: idstation keys init`,
      {
        details: { path },
      },
    )
  }
  return key
}

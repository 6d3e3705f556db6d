import type { CurveKeyPair } from './key-pair'
import { generateKeyPair } from './key-pair'
import {
  ensureKeyPairFile,
  readKeyPairFile,
  writeKeyPairFile,
  type KeyPairFileResult,
} from './key-pair-file'

/**
 * A client's own key pair file, e.g. the CLI's `<dataDir>/keys/cli.key` or one made by
 * `idstation keys add-client --generate`. Same format and mode rules as the agent's.
 */
export function ensureClientKeyPair(
  path: string,
  platform: NodeJS.Platform = process.platform,
): Promise<KeyPairFileResult> {
  return ensureKeyPairFile(path, platform)
}

/** Reads a client key pair file. @throws AgentError `CONFIG_INVALID` naming the path and the fix. */
export function readClientKeyPair(
  path: string,
  platform: NodeJS.Platform = process.platform,
): Promise<CurveKeyPair> {
  return readKeyPairFile(path, platform)
}

/**
 * Generates a pair and writes it to a new file (0600).
 *
 * @throws AgentError `CONFIG_INVALID` when the file already exists: a client's key is never
 *   silently replaced.
 */
export async function createClientKeyPair(path: string): Promise<CurveKeyPair> {
  const keyPair = generateKeyPair()
  await writeKeyPairFile(path, keyPair)
  return keyPair
}

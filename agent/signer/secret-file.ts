import { readFile } from 'node:fs/promises'
import { AgentError } from '../../drivers/core/errors'
import { assertPrivateFile } from '../keys/key-pair-file'

/**
 * Reads a file holding a secret (a PIN, a private key) after checking that only its owner can
 * read it, as the agent's own key files are checked.
 *
 * @throws AgentError `CONFIG_INVALID` naming the path, and the chmod fix when group or others
 *   have access.
 */
export async function readSecretFile(
  path: string,
  platform: NodeJS.Platform = process.platform,
): Promise<string> {
  try {
    await assertPrivateFile(path, platform)
    return await readFile(path, 'utf8')
  } catch (error) {
    if (error instanceof AgentError) throw error
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable'
    throw new AgentError('CONFIG_INVALID', `${path} cannot be read (${code})`, {
      details: { path },
      cause: error,
    })
  }
}

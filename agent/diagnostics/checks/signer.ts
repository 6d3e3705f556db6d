import { access } from 'node:fs/promises'
import type { AgentConfig } from '../../config/schema'
import type { CheckResult } from '../check-result'

async function exists(path: string): Promise<boolean> {
  try {
    await access(path)
    return true
  } catch {
    return false
  }
}

/** The Document Signer is configured and the files or module its type needs are there. */
export async function checkSigner(signer: AgentConfig['signer']): Promise<CheckResult> {
  const name = 'signer'
  if (signer.type === 'none')
    return {
      name,
      status: 'warn',
      detail: 'signer.type is none: chips cannot be personalized',
      fix: 'set signer.type to pkcs11 (or key-file for development) with its files; see docs/configuration.md',
    }
  const needed: { path: string; fix: string }[] = [
    {
      path: signer.certificateFile,
      fix: `install the Document Signer certificate at ${signer.certificateFile}`,
    },
  ]
  if (signer.type === 'key-file')
    needed.unshift({
      path: signer.keyFile,
      fix: `install the PKCS#8 PEM key at ${signer.keyFile} (chmod 600)`,
    })
  else
    needed.unshift(
      {
        path: signer.pkcs11.module,
        fix: signer.pkcs11.module.includes('softhsm')
          ? 'apt-get install softhsm2'
          : `install the HSM vendor's PKCS#11 module at ${signer.pkcs11.module}`,
      },
      {
        path: signer.pkcs11.pinFile,
        fix: `write the token's user PIN to ${signer.pkcs11.pinFile} (chmod 600)`,
      },
    )
  const absent: { path: string; fix: string }[] = []
  for (const entry of needed) if (!(await exists(entry.path))) absent.push(entry)
  if (absent.length > 0)
    return {
      name,
      status: 'fail',
      detail: `signer.type ${signer.type}: missing ${absent.map(entry => entry.path).join(', ')}`,
      fix: absent.map(entry => entry.fix).join('; '),
    }
  return {
    name,
    status: 'ok',
    detail:
      signer.type === 'pkcs11'
        ? `pkcs11 via ${signer.pkcs11.module}, token ${signer.pkcs11.tokenLabel}`
        : 'key-file (a development signer)',
  }
}

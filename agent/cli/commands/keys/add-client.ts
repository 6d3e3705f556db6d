import { resolve } from 'node:path'
import {
  isClientRole,
  listAuthorizedClients,
  writeAuthorizedClient,
} from '../../../keys/authorized-clients'
import { createClientKeyPair } from '../../../keys/client-keys'
import { keyFingerprint } from '../../../keys/fingerprint'
import { isZ85Key } from '../../../../protocol/z85'
import type { CliContext, CliLeafCommand } from '../../command'
import { EXIT_CODES, type ExitCode } from '../../exit-codes'
import { parseCommandArgs } from '../../parse-command-args'
import { UsageError } from '../../usage-error'
import { clientNameArgument } from './client-name'

const USAGE = [
  'Usage: idstation keys add-client <name> --role operator|technician --public-key <z85>',
  '       idstation keys add-client <name> --role operator|technician --generate --out <file>',
  '',
  'Enrols a client key in keys.authorizedClientsDir as <name>.key. Either give the public',
  'key the client made (40 Z85 characters; write --public-key=<key> when it starts with -),',
  'or let --generate make a pair and write it to a new --out file (mode 0600) for the client.',
  'Names: 1-63 of a-z, 0-9 and -. A running agent picks it up at the next connection.',
].join('\n')

function failure(context: CliContext, message: string): ExitCode {
  context.output.error(`idstation: ${message}`)
  return EXIT_CODES.failure
}

/** `idstation keys add-client`. */
export const KEYS_ADD_CLIENT_COMMAND: CliLeafCommand = {
  name: 'add-client',
  summary: 'enrol a front-end or technician key',
  usage: USAGE,
  async run(context) {
    const { values, positionals } = parseCommandArgs(context.args, {
      role: { type: 'string' },
      'public-key': { type: 'string' },
      generate: { type: 'boolean' },
      out: { type: 'string' },
    })
    const name = clientNameArgument('add-client', positionals)
    const role = values.role
    if (role === undefined || !isClientRole(role))
      throw new UsageError('--role must be operator or technician')
    const given = values['public-key']
    const generate = values.generate === true
    if ((given === undefined) === !generate)
      throw new UsageError('give either --public-key or --generate')
    if (generate !== (values.out !== undefined))
      throw new UsageError('--generate needs --out <file>, and --out needs --generate')
    if (given !== undefined && !isZ85Key(given))
      throw new UsageError('--public-key is not a 40-character Z85 key')

    const dir = context.config.keys.authorizedClientsDir
    const existing = await listAuthorizedClients(dir, context.logger)
    if (existing.some(client => client.name === name)) {
      return failure(
        context,
        `a client named ${name} is already enrolled; run: idstation keys remove ${name}`,
      )
    }
    const holder = existing.find(client => client.publicKey === given)
    if (holder !== undefined)
      return failure(context, `this key is already enrolled as ${holder.name}`)

    let publicKey: string
    let out: string | undefined
    if (given !== undefined) publicKey = given
    else {
      out = resolve(context.cwd, values.out ?? '')
      try {
        publicKey = (await createClientKeyPair(out)).publicKey
      } catch (error) {
        const code = (error as { cause?: NodeJS.ErrnoException }).cause?.code
        if (code === 'EEXIST')
          return failure(context, `${out} already exists; choose another --out`)
        throw error
      }
    }
    await writeAuthorizedClient(dir, { name, role, publicKey })
    const fingerprint = keyFingerprint(publicKey)
    context.logger.info('client key enrolled', {
      event: 'keys.client-enrolled',
      keyName: name,
      role,
      keyFingerprint: fingerprint,
    })
    if (context.json)
      context.output.json({
        name,
        role,
        fingerprint,
        ...(out === undefined ? {} : { keyFile: out }),
      })
    else {
      context.output.print(`enrolled ${name} (${role}), key fingerprint ${fingerprint}`)
      if (out !== undefined)
        context.output.print(`key pair written to ${out}; hand it to the client and delete it here`)
    }
    return EXIT_CODES.ok
  },
}

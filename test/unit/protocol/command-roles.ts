import { Dealer } from 'zeromq'
import { COMMAND_NAMES, v1, type CommandName } from '../../../protocol'
import { startServer } from '../../support/agent-fixture'

export type CommandRole = 'none' | 'operator' | 'technician'

/** `getCardInfo` → `GetCardInfo`: the message name of a Request oneof case. */
export function messageName(command: CommandName): string {
  return command[0]!.toUpperCase() + command.slice(1)
}

/**
 * The role each command's handler declares, asked of a real AgentServer: a command that answers
 * without Hello needs no role, one an operator gets PERMISSION_DENIED for is technician-only.
 */
export async function declaredRoles(): Promise<Map<CommandName, CommandRole>> {
  const fixture = await startServer()
  const anonymous = new Dealer({
    routingId: 'roles-anonymous',
    curveServerKey: fixture.agentKeys.publicKey,
    curvePublicKey: fixture.keys.operator.publicKey,
    curveSecretKey: fixture.keys.operator.secretKey,
    linger: 0,
    receiveTimeout: 3000,
  })
  try {
    anonymous.connect(fixture.endpoints.requests)
    const operator = await fixture.rawSession('operator')
    const roles = new Map<CommandName, CommandRole>()
    for (const command of COMMAND_NAMES) {
      const request = { apiLevel: 1, requestId: command, deadlineMs: 2000, [command]: {} }
      await anonymous.send(v1.Request.encode(request).finish())
      const [head] = await anonymous.receive()
      const before = v1.Reply.decode(head!)
      if (before.error?.code !== v1.ErrorCode.ERROR_CODE_UNAUTHENTICATED) {
        roles.set(command, 'none')
        continue
      }
      const reply = await operator.request(request)
      roles.set(
        command,
        reply.error?.code === v1.ErrorCode.ERROR_CODE_PERMISSION_DENIED ? 'technician' : 'operator',
      )
    }
    return roles
  } finally {
    anonymous.close()
    await fixture.stop()
  }
}

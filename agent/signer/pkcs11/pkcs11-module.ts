import * as pkcs11js from 'pkcs11js'
import { returnValueOf, pkcs11Unavailable } from './pkcs11-errors'

/** The part of pkcs11js the signer and the test PKI call; a fake implements it in unit tests. */
export type Pkcs11Api = Pick<
  pkcs11js.PKCS11,
  | 'load'
  | 'close'
  | 'C_Initialize'
  | 'C_Finalize'
  | 'C_GetSlotList'
  | 'C_GetTokenInfo'
  | 'C_OpenSession'
  | 'C_CloseSession'
  | 'C_Login'
  | 'C_Logout'
  | 'C_FindObjectsInit'
  | 'C_FindObjects'
  | 'C_FindObjectsFinal'
  | 'C_GetAttributeValue'
  | 'C_CreateObject'
  | 'C_GenerateKeyPair'
  | 'C_SignInit'
  | 'C_SignAsync'
>

/** Makes the pkcs11js object a module path is loaded into; tests wrap the real one. */
export type Pkcs11Factory = () => Pkcs11Api

const realFactory: Pkcs11Factory = () => new pkcs11js.PKCS11()

/**
 * One loaded, initialised Cryptoki library shared by everything in this process that uses the
 * same module path. Sharing is forced on us: dlopen returns the same library, a second
 * C_Initialize fails and one C_Finalize would end every other user's sessions. The last
 * `release` finalizes. Login state is per application and token in PKCS#11, so sessions are
 * counted per slot too, which lets a user log out only when it is the last one there.
 *
 * SoftHSM2 reads `SOFTHSM2_CONF` during C_Initialize, i.e. on the first `acquire` of its path.
 */
export class Pkcs11Module {
  private static readonly loaded = new Map<string, Pkcs11Module>()
  private users = 0
  private readonly sessions = new Map<string, number>()

  private constructor(
    readonly api: Pkcs11Api,
    private readonly key: string,
  ) {}

  /**
   * Loads and initialises the module, or shares the one already loaded.
   *
   * @throws AgentError `SIGNER_UNAVAILABLE` (`module-missing` when the library cannot be loaded,
   *   `module-failed` when C_Initialize fails).
   */
  static acquire(modulePath: string, factory: Pkcs11Factory = realFactory): Pkcs11Module {
    // As given, not resolved: a bare library name is for dlopen's search path.
    const key = modulePath
    let module = Pkcs11Module.loaded.get(key)
    if (module === undefined) {
      const api = factory()
      try {
        api.load(key)
      } catch (error) {
        throw pkcs11Unavailable('module-missing', `cannot load the PKCS#11 module ${key}`, error)
      }
      try {
        api.C_Initialize()
      } catch (error) {
        // Someone in this process initialised it outside this class; Cryptoki is usable anyway.
        if (returnValueOf(error) !== pkcs11js.CKR_CRYPTOKI_ALREADY_INITIALIZED) {
          api.close()
          throw pkcs11Unavailable('module-failed', `C_Initialize failed for ${key}`, error)
        }
      }
      module = new Pkcs11Module(api, key)
      Pkcs11Module.loaded.set(key, module)
    }
    module.users += 1
    return module
  }

  /** Whether some user still holds `modulePath`, e.g. a signer someone forgot to close. */
  static isLoaded(modulePath: string): boolean {
    return Pkcs11Module.loaded.has(modulePath)
  }

  /** Records a session opened on `slot` by a user of this module. */
  sessionOpened(slot: Buffer): void {
    const id = slot.toString('hex')
    this.sessions.set(id, (this.sessions.get(id) ?? 0) + 1)
  }

  /** Records a session on `slot` closing; returns how many others stay open there. */
  sessionClosed(slot: Buffer): number {
    const id = slot.toString('hex')
    const remaining = Math.max(0, (this.sessions.get(id) ?? 0) - 1)
    if (remaining === 0) this.sessions.delete(id)
    else this.sessions.set(id, remaining)
    return remaining
  }

  /** Ends one `acquire`; the last one finalizes and unloads. Never throws. */
  release(): void {
    this.users -= 1
    if (this.users > 0) return
    Pkcs11Module.loaded.delete(this.key)
    try {
      this.api.C_Finalize()
    } catch {
      // A module that cannot finalize is unloaded anyway; nothing else can be done with it.
    }
    try {
      this.api.close()
    } catch {
      // As above.
    }
  }
}

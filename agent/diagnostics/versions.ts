import { execFile } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { release } from 'node:os'
import { dirname, join } from 'node:path'
import { AGENT_VERSION } from '../version'

/** The dependencies with native code: the ones whose builds differ between stations. */
export const NATIVE_PACKAGES = [
  'zeromq',
  'pcsclite',
  'serialport',
  '@serialport/bindings-cpp',
  'node-hid',
  'better-sqlite3',
  'pkcs11js',
] as const

/** The installed version of a package, found in the nearest node_modules above this file. */
function packageVersion(name: string): string | undefined {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const file = join(dir, 'node_modules', name, 'package.json')
    if (existsSync(file)) {
      try {
        const version = (JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown }).version
        return typeof version === 'string' ? version : undefined
      } catch {
        return undefined
      }
    }
    if (dirname(dir) === dir) return undefined
  }
}

/** A line of a tool's version output, or undefined when the tool is absent. */
function toolVersion(
  command: string,
  args: readonly string[],
  pattern: RegExp,
): Promise<string | undefined> {
  return new Promise(resolve => {
    execFile(command, [...args], { timeout: 3000 }, (_error, stdout, stderr) => {
      const line = `${stdout}\n${stderr}`.split('\n').find(text => pattern.test(text))
      resolve(line?.trim())
    })
  })
}

function osRelease(): string | undefined {
  try {
    const text = readFileSync('/etc/os-release', 'utf8')
    return /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(text)?.[1]
  } catch {
    return undefined
  }
}

/** versions.json of a support bundle: what runs on this station. */
export async function collectVersions(): Promise<Record<string, unknown>> {
  return {
    idstation: AGENT_VERSION,
    node: process.versions.node,
    platform: process.platform,
    arch: process.arch,
    kernel: release(),
    os: osRelease() ?? null,
    packages: Object.fromEntries(NATIVE_PACKAGES.map(name => [name, packageVersion(name) ?? null])),
    tools: {
      pcscd: (await toolVersion('pcscd', ['--version'], /version/i)) ?? null,
      socat: (await toolVersion('socat', ['-V'], /socat version/i)) ?? null,
    },
  }
}

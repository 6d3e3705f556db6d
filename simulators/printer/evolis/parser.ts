/**
 * The simulated printer's own reading of the Esc byte stream (written from the Programming
 * Guide, not shared with the driver): `ESC mnemonic (;param)* CR`, NULs between commands skipped
 * (dpavlin's simulator saw hosts pad with them), and `Db;panel;bits;` followed by exactly as
 * many bytes as the panel holds (they may contain CR), then CR.
 */
export type Parsed =
  | {
      readonly kind: 'command'
      readonly mnemonic: string
      readonly params: readonly string[]
      /** The bitmap of a `Db`. */
      readonly data?: Buffer
    }
  /** Bytes that were no command: noise outside a frame, or a frame we could not read. */
  | { readonly kind: 'junk'; readonly reason: string; readonly bytes: number }

const ESC = 0x1b
const CR = 0x0d
const NUL = 0x00
/** No real command header is longer; beyond this it is noise. */
export const MAX_HEADER = 256

/** Dots per panel: 648 per line, 1016 lines. */
export const DOTS = 648 * 1016

/** The `bits` codes of `Db` and their bits per dot. */
export const DEPTH: Readonly<Record<string, number>> = { '2': 1, '32': 5, '64': 6, '128': 7 }

export function downloadLength(bits: string): number | undefined {
  const depth = DEPTH[bits]
  return depth === undefined ? undefined : (DOTS * depth) / 8
}

type State =
  | { readonly name: 'between' }
  | { readonly name: 'header'; readonly bytes: number[] }
  | {
      readonly name: 'data'
      readonly params: readonly string[]
      readonly chunks: Buffer[]
      got: number
      readonly need: number
    }
  | { readonly name: 'trailer'; readonly params: readonly string[]; readonly data: Buffer }

export class EscParser {
  private state: State = { name: 'between' }
  private junk = 0

  /** Feeds bytes; returns what they completed, in order. Never throws. */
  push(bytes: Uint8Array): Parsed[] {
    const out: Parsed[] = []
    let i = 0
    while (i < bytes.length) {
      const state = this.state
      if (state.name === 'data') {
        const take = Math.min(state.need - state.got, bytes.length - i)
        state.chunks.push(Buffer.from(bytes.subarray(i, i + take)))
        state.got += take
        i += take
        if (state.got === state.need) {
          this.state = { name: 'trailer', params: state.params, data: Buffer.concat(state.chunks) }
        }
        continue
      }
      const byte = bytes[i] ?? 0
      i += 1
      if (state.name === 'trailer') {
        // The CR after the bitmap; a host that leaves it out loses nothing.
        out.push({ kind: 'command', mnemonic: 'Db', params: state.params, data: state.data })
        this.state = { name: 'between' }
        if (byte !== CR) i -= 1
        continue
      }
      if (state.name === 'between') {
        if (byte === ESC) {
          this.flushJunk(out)
          this.state = { name: 'header', bytes: [] }
        } else if (byte !== NUL && byte !== CR) {
          this.junk += 1
        }
        continue
      }
      // header
      if (byte === ESC) {
        out.push({ kind: 'junk', reason: 'unterminated', bytes: state.bytes.length + 1 })
        this.state = { name: 'header', bytes: [] }
        continue
      }
      if (byte === CR) {
        out.push(command(state.bytes))
        this.state = { name: 'between' }
        continue
      }
      if (byte < 0x20 || byte > 0x7e) {
        out.push({ kind: 'junk', reason: 'not-text', bytes: state.bytes.length + 2 })
        this.state = { name: 'between' }
        continue
      }
      state.bytes.push(byte)
      if (state.bytes.length > MAX_HEADER) {
        out.push({ kind: 'junk', reason: 'too-long', bytes: state.bytes.length + 1 })
        this.state = { name: 'between' }
        continue
      }
      if (byte === 0x3b) this.maybeDownload(state.bytes)
    }
    this.flushJunk(out)
    return out
  }

  /** After `Db;panel;bits;` the bitmap follows, its length known from `bits`. */
  private maybeDownload(header: readonly number[]): void {
    const text = String.fromCharCode(...header)
    const match = /^Db;([a-z]{1,3});(\d{1,3});$/.exec(text)
    if (match === null) return
    const need = downloadLength(match[2] ?? '')
    // Unknown bits: read on to CR and let the printer refuse it as a bad parameter.
    if (need === undefined) return
    this.state = {
      name: 'data',
      params: [match[1] ?? '', match[2] ?? ''],
      chunks: [],
      got: 0,
      need,
    }
  }

  private flushJunk(out: Parsed[]): void {
    if (this.junk === 0) return
    out.push({ kind: 'junk', reason: 'outside-frame', bytes: this.junk })
    this.junk = 0
  }
}

function command(bytes: readonly number[]): Parsed {
  const [mnemonic = '', ...params] = String.fromCharCode(...bytes).split(';')
  if (!/^[A-Za-z]{1,8}$/.test(mnemonic)) {
    return { kind: 'junk', reason: 'bad-mnemonic', bytes: bytes.length + 2 }
  }
  return { kind: 'command', mnemonic, params }
}

import { read as fsRead } from 'node:fs'

/** The members of serialport's unix port binding (LinuxPortBinding, DarwinPortBinding) used here. */
interface UnixPortBinding {
  fd: number | null
  readonly isOpen: boolean
  readonly poller: {
    once(event: 'readable', callback: (error: Error | null) => void): unknown
  }
  read(
    buffer: Buffer,
    offset: number,
    length: number,
  ): Promise<{ buffer: Buffer; bytesRead: number }>
}

/**
 * serialport's unix read retries forever when read(2) returns 0, which is what a pseudo-terminal
 * returns once its master side is gone (socat, a simulator): the port never closes and one
 * libuv thread spins. This replaces the binding's read with one that treats 0 bytes as a hangup,
 * so the stream closes as disconnected. A real tty in non-blocking raw mode answers EAGAIN when
 * idle, never 0, so nothing else changes. Returns false, leaving the port as it was, for a
 * binding without a file descriptor and poller (Windows).
 */
export function installHangupAwareRead(binding: unknown): boolean {
  if (!isUnixBinding(binding)) return false
  binding.read = async (buffer, offset, length) => {
    for (;;) {
      const fd = binding.fd
      if (!binding.isOpen || fd === null) {
        throw Object.assign(new Error('Port is not open'), { canceled: true })
      }
      try {
        const bytesRead = await readOnce(fd, buffer, offset, length)
        if (bytesRead === 0) {
          throw Object.assign(new Error('the other end of the port hung up'), { disconnect: true })
        }
        return { buffer, bytesRead }
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code
        if (code !== 'EAGAIN' && code !== 'EWOULDBLOCK' && code !== 'EINTR') throw error
        // Polling a closed port's destroyed poller crashes the process (native handle).
        if (!isOpen(binding)) throw Object.assign(new Error('Port is not open'), { canceled: true })
        await new Promise<void>((resolve, reject) => {
          binding.poller.once('readable', pollError => {
            if (pollError === null) resolve()
            else reject(pollError)
          })
        })
      }
    }
  }
  return true
}

// A call, not the property: TypeScript would keep `isOpen` narrowed across the await.
function isOpen(binding: UnixPortBinding): boolean {
  return binding.isOpen
}

function readOnce(fd: number, buffer: Buffer, offset: number, length: number): Promise<number> {
  return new Promise((resolve, reject) => {
    fsRead(fd, buffer, offset, length, null, (error, bytesRead) => {
      if (error === null) resolve(bytesRead)
      else reject(error)
    })
  })
}

function isUnixBinding(value: unknown): value is UnixPortBinding {
  if (typeof value !== 'object' || value === null) return false
  const candidate = value as Partial<UnixPortBinding>
  return (
    typeof candidate.fd === 'number' &&
    typeof candidate.read === 'function' &&
    typeof candidate.poller?.once === 'function'
  )
}

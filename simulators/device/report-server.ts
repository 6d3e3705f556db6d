import { createServer, type Server, type Socket } from 'node:net'

// The device side of drivers/simulated/report-frames.ts, written again from its comment on
// purpose: frame = length:u16be type:u8 body, length counting type + body.
const OUTPUT = 0x01
const INPUT = 0x02
const SET_FEATURE = 0x03
const GET_FEATURE = 0x04
const FEATURE = 0x05

/** One host connected to a simulated device (one open handle). */
export interface ReportHost {
  /** An output report from this host, report id first. */
  onOutputReport(report: Buffer): void
  /** The host's connection is gone; the device drops what it was doing for it. */
  detach(): void
}

/**
 * What a simulated HID device does with its hosts. `attach` is called per connection with the
 * function that sends that host an input report, at any time (a device may stream reports
 * without being asked, as an interrupt-in endpoint does).
 */
export interface ReportDevice {
  attach(send: (report: Buffer) => void): ReportHost
}

/** A device that answers every output report with the same bytes: enough for a round trip. */
export const ECHO_DEVICE: ReportDevice = {
  attach: send => ({ onOutputReport: send, detach: () => undefined }),
}

/** The server of serveReports, which can also drop every connection (an unplug in-process). */
export interface ReportServer extends Server {
  dropConnections(): void
}

/**
 * Serves one simulated HID device on a Unix socket, to any number of hosts at once. Feature
 * reports set with SET_FEATURE are kept by report id and returned, padded or cut to the asked
 * length, by GET_FEATURE.
 */
export function serveReports(device: ReportDevice): ReportServer {
  const features = new Map<number, Buffer>()
  const sockets = new Set<Socket>()
  const server = createServer(socket => {
    sockets.add(socket)
    const host = device.attach(report => {
      send(socket, INPUT, report)
    })
    let pending = Buffer.alloc(0)
    socket.on('error', () => socket.destroy())
    socket.on('close', () => {
      sockets.delete(socket)
      host.detach()
    })
    socket.on('data', chunk => {
      pending = Buffer.concat([pending, chunk])
      while (pending.length >= 2) {
        const length = pending.readUInt16BE(0)
        if (length === 0) {
          socket.destroy()
          return
        }
        if (pending.length < 2 + length) break
        const type = pending[2] ?? 0
        const body = Buffer.from(pending.subarray(3, 2 + length))
        pending = pending.subarray(2 + length)
        handle(socket, host, type, body)
      }
    })
  })
  return Object.assign(server, {
    dropConnections: () => {
      for (const socket of sockets) socket.destroy()
    },
  })

  function handle(socket: Socket, host: ReportHost, type: number, body: Buffer): void {
    switch (type) {
      case OUTPUT:
        host.onOutputReport(body)
        return
      case SET_FEATURE:
        if (body.length > 0) features.set(body[0] ?? 0, body)
        return
      case GET_FEATURE: {
        const reportId = body[0] ?? 0
        const length = body.length >= 3 ? body.readUInt16BE(1) : 0
        const stored = features.get(reportId) ?? Buffer.of(reportId)
        const reply = Buffer.alloc(length)
        stored.copy(reply, 0, 0, Math.min(length, stored.length))
        send(socket, FEATURE, reply)
        return
      }
      default:
        // An unknown frame type is ignored, as a HID device ignores an unknown report.
        return
    }
  }
}

function send(socket: Socket, type: number, body: Buffer): void {
  if (socket.destroyed) return
  // A device streams an upload as thousands of reports in one go: gather a tick's worth into one
  // write instead of one system call per 64-byte report.
  if (socket.writableCorked === 0) {
    socket.cork()
    process.nextTick(() => {
      socket.uncork()
    })
  }
  const header = Buffer.alloc(3)
  header.writeUInt16BE(body.length + 1, 0)
  header.writeUInt8(type, 2)
  socket.write(Buffer.concat([header, body]))
}

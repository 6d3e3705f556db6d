import { createServer, type Server, type Socket } from 'node:net'

// The device side of drivers/simulated/report-frames.ts, written again from its comment on
// purpose: frame = length:u16be type:u8 body, length counting type + body.
const OUTPUT = 0x01
const INPUT = 0x02
const SET_FEATURE = 0x03
const GET_FEATURE = 0x04
const FEATURE = 0x05

/** What a simulated HID device does with the reports the host sends. */
export interface ReportDevice {
  /** Input reports to send back for one output report. */
  onOutputReport(report: Buffer): Buffer[]
}

/** A device that answers every output report with the same bytes: enough for a round trip. */
export const ECHO_DEVICE: ReportDevice = { onOutputReport: report => [report] }

/**
 * Serves one simulated HID device on a Unix socket, to any number of hosts in turn. Feature
 * reports set with SET_FEATURE are kept by report id and returned, padded or cut to the asked
 * length, by GET_FEATURE.
 */
export function serveReports(device: ReportDevice): Server {
  const features = new Map<number, Buffer>()
  return createServer(socket => {
    let pending = Buffer.alloc(0)
    socket.on('error', () => socket.destroy())
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
        handle(socket, type, body)
      }
    })
  })

  function handle(socket: Socket, type: number, body: Buffer): void {
    switch (type) {
      case OUTPUT:
        for (const report of device.onOutputReport(body)) send(socket, INPUT, report)
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
  const header = Buffer.alloc(3)
  header.writeUInt16BE(body.length + 1, 0)
  header.writeUInt8(type, 2)
  socket.write(Buffer.concat([header, body]))
}

"""python3-pyscard (Debian) as a peer of the apdu bench: the same plan as bench/apdu/plan.ts.

    PCSCLITE_CSOCK_NAME=... /usr/bin/python3 bench/apdu/pyscard-peer.py READER WARMUP SHORT EXTENDED

Uses pyscard's ordinary API (readers(), createConnection(), transmit() with byte lists), as a
Python personalization tool would. Prints one JSON line shaped like a PeerReport.
"""
import json
import sys
import time

from smartcard.System import readers
from smartcard.scard import SCARD_LEAVE_CARD, SCARD_SHARE_SHARED

SELECT_EMRTD = list(bytes.fromhex("00A4040C07A0000002471001"))
GET_CHALLENGE = list(bytes.fromhex("0084000008"))
FID = 0x0102
LENGTH = 3000


def select_file(fid):
    return [0x00, 0xA4, 0x02, 0x0C, 0x02, fid >> 8, fid & 0xFF]


def create_file(fid, size):
    return [0x00, 0xE0, 0, 0, 6, 0x63, 0x04, size >> 8, size & 0xFF, fid >> 8, fid & 0xFF]


def main(argv):
    name = argv[1] if len(argv) > 1 else "Virtual PCD 00 00"
    warmup, short, extended = (int(x) for x in (argv[2:5] + ["50", "1000", "200"][len(argv[2:5]):]))
    deadline = time.monotonic() + 10
    reader = None
    while reader is None:
        reader = next((r for r in readers() if str(r) == name), None)
        if reader is None:
            if time.monotonic() > deadline:
                raise SystemExit(f"no reader {name}")
            time.sleep(0.1)
    connection = reader.createConnection()
    connection.connect(mode=SCARD_SHARE_SHARED, disposition=SCARD_LEAVE_CARD)

    def send(apdu):
        data, sw1, sw2 = connection.transmit(apdu)
        return (sw1 << 8) | sw2, len(data)

    def ok(apdu, what):
        sw, _ = send(apdu)
        if sw != 0x9000:
            raise SystemExit(f"{what}: SW {sw:04x}")

    def loop(apdu, count, expected, timed):
        samples = []
        started = time.perf_counter()
        for _ in range(count):
            t0 = time.perf_counter()
            sw, length = send(apdu)
            t1 = time.perf_counter()
            if sw != 0x9000 or length != expected:
                raise SystemExit(f"{bytes(apdu[:4]).hex()}: SW {sw:04x}, {length} bytes")
            if timed:
                samples.append((t1 - t0) * 1000)
        return {"samplesMs": samples, "elapsedMs": (time.perf_counter() - started) * 1000}

    ok(SELECT_EMRTD, "SELECT eMRTD")
    if send(select_file(FID))[0] != 0x9000:
        ok(create_file(FID, LENGTH), "CREATE FILE")
        ok(select_file(FID), "SELECT after CREATE FILE")
    loop(GET_CHALLENGE, warmup, 8, False)
    short_result = loop(GET_CHALLENGE, short, 8, True)
    ok(select_file(FID), "SELECT before UPDATE BINARY")
    update = [0x00, 0xD6, 0, 0, 0, LENGTH >> 8, LENGTH & 0xFF] + [0x5A] * LENGTH
    loop(update, max(1, warmup // 10), 0, False)
    extended_result = loop(update, extended, 0, True)
    print(json.dumps({"done": True, "peer": "pyscard", "short": short_result, "extended": extended_result}), flush=True)
    connection.disconnect()


if __name__ == "__main__":
    main(sys.argv)

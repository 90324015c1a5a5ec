#!/usr/bin/env python3
"""End-of-DATA to WebSocket push latency against a running mayfly-relay (standard library only).

Subscribes to the address's events with a minimal RFC 6455 client, then sends N messages over one
SMTP session and, for each, measures from the moment the final "." is written to the moment the
matching message.new event arrives. Prints p50/p90/p99 in milliseconds.
"""
import base64
import json
import os
import select
import socket
import sys
import time


def ws_connect(port, address_id, token):
    s = socket.create_connection(("127.0.0.1", port))
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    key = base64.b64encode(os.urandom(16)).decode()
    s.sendall((f"GET /api/v1/addresses/{address_id}/events HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
               f"Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
               f"Sec-WebSocket-Version: 13\r\nAuthorization: Bearer {token}\r\n\r\n").encode())
    buf = b""
    while b"\r\n\r\n" not in buf:
        chunk = s.recv(4096)
        if not chunk:
            sys.exit("websocket handshake failed")
        buf += chunk
    head, rest = buf.split(b"\r\n\r\n", 1)
    if b" 101 " not in head.split(b"\r\n")[0]:
        sys.exit("websocket refused: " + head.split(b"\r\n")[0].decode())
    return s, rest


def ws_frames(s, buf):
    """Yields text payloads of unmasked server frames (blocking)."""
    while True:
        while len(buf) < 2:
            buf += s.recv(65536)
        b0, b1 = buf[0], buf[1]
        length = b1 & 0x7F
        offset = 2
        if length == 126:
            while len(buf) < 4:
                buf += s.recv(65536)
            length = int.from_bytes(buf[2:4], "big")
            offset = 4
        elif length == 127:
            while len(buf) < 10:
                buf += s.recv(65536)
            length = int.from_bytes(buf[2:10], "big")
            offset = 10
        while len(buf) < offset + length:
            buf += s.recv(65536)
        payload, buf = buf[offset:offset + length], buf[offset + length:]
        if b0 & 0x0F == 1:
            yield payload.decode()


class Smtp:
    def __init__(self, port):
        self.s = socket.create_connection(("127.0.0.1", port))
        # Nagle would hold the final "." back until the body is acknowledged (up to 40 ms).
        self.s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.buf = b""
        self.reply()

    def reply(self):
        while True:
            while b"\r\n" not in self.buf:
                self.buf += self.s.recv(65536)
            line, self.buf = self.buf.split(b"\r\n", 1)
            if len(line) < 4 or line[3:4] == b" ":
                return int(line[:3])


def main():
    smtp_port, http_port, address_id, token, rcpt, count = sys.argv[1:7]
    count = int(count)
    ws, rest = ws_connect(int(http_port), address_id, token)
    events = ws_frames(ws, rest)
    smtp = Smtp(int(smtp_port))
    smtp.s.sendall(b"EHLO bench.test\r\n")
    assert smtp.reply() == 250
    body = b"Subject: latency\r\n\r\n" + (b"x" * 76 + b"\r\n") * 130  # about 10 KiB
    samples = []
    for _ in range(count):
        smtp.s.sendall(b"MAIL FROM:<bench@example.org>\r\nRCPT TO:<" + rcpt.encode() + b">\r\nDATA\r\n")
        assert smtp.reply() == 250 and smtp.reply() == 250 and smtp.reply() == 354
        smtp.s.sendall(body + b".\r\n")
        t0 = time.perf_counter()  # the end of DATA has left the client
        while True:
            event = json.loads(next(events))
            if event.get("type") == "message.new":
                break
        samples.append((time.perf_counter() - t0) * 1000.0)
        assert smtp.reply() == 250
    samples.sort()
    pct = lambda p: samples[min(len(samples) - 1, int(p / 100.0 * len(samples)))]
    print(f"end-of-DATA -> WebSocket event over {count} messages: "
          f"p50 {pct(50):.2f} ms, p90 {pct(90):.2f} ms, p99 {pct(99):.2f} ms, max {samples[-1]:.2f} ms")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""A small SOCKS5 server (RFC 1928, no authentication) for Mayfly's proxy tests.

It stands in for Tor: host names in CONNECT requests are resolved here, never by the client, and
only names given with --map are reachable (everything else gets "host unreachable"). One line per
request is appended to --log: "connect domain NAME PORT" or "connect ipv4 ADDRESS PORT" (or ipv6),
so a test can check that every connection went through the proxy and no name was resolved by
the program under test. Prints "listening PORT" on stdout once it accepts connections.
Standard library only.
"""
import argparse
import socket
import struct
import sys
import threading


def pipe(src, dst):
    try:
        while True:
            data = src.recv(65536)
            if not data:
                break
            dst.sendall(data)
    except OSError:
        pass
    finally:
        for s in (src, dst):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


def recv_exact(sock, n):
    data = b""
    while len(data) < n:
        chunk = sock.recv(n - len(data))
        if not chunk:
            raise ConnectionError("short read")
        data += chunk
    return data


def handle(client, mapping, log, lock):
    try:
        version, count = recv_exact(client, 2)
        methods = recv_exact(client, count)
        if version != 5 or 0 not in methods:
            client.sendall(b"\x05\xff")
            return
        client.sendall(b"\x05\x00")
        version, command, _, atyp = recv_exact(client, 4)
        if atyp == 1:
            kind, host = "ipv4", socket.inet_ntop(socket.AF_INET, recv_exact(client, 4))
        elif atyp == 4:
            kind, host = "ipv6", socket.inet_ntop(socket.AF_INET6, recv_exact(client, 16))
        elif atyp == 3:
            length = recv_exact(client, 1)[0]
            kind, host = "domain", recv_exact(client, length).decode("idna")
        else:
            client.sendall(b"\x05\x08\x00\x01" + b"\x00" * 6)
            return
        port = struct.unpack("!H", recv_exact(client, 2))[0]
        with lock:
            log.write("connect %s %s %d\n" % (kind, host, port))
            log.flush()
        target = mapping.get(host.lower())
        if command != 1 or target is None:
            client.sendall(b"\x05\x04\x00\x01" + b"\x00" * 6)  # host unreachable
            return
        upstream = socket.create_connection((target, port), timeout=10)
        upstream.settimeout(None)
        client.sendall(b"\x05\x00\x00\x01" + socket.inet_aton("127.0.0.1") + struct.pack("!H", 0))
        t = threading.Thread(target=pipe, args=(upstream, client), daemon=True)
        t.start()
        pipe(client, upstream)
        t.join()
    except (OSError, ConnectionError):
        pass
    finally:
        client.close()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--map", action="append", default=[], help="NAME=IP: a name the proxy resolves")
    parser.add_argument("--log", required=True)
    args = parser.parse_args()
    mapping = {}
    for item in args.map:
        name, _, ip = item.partition("=")
        mapping[name.lower()] = ip
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("127.0.0.1", 0))
    server.listen(64)
    log = open(args.log, "a")
    lock = threading.Lock()
    print("listening %d" % server.getsockname()[1], flush=True)
    while True:
        client, _ = server.accept()
        threading.Thread(target=handle, args=(client, mapping, log, lock), daemon=True).start()


if __name__ == "__main__":
    sys.exit(main())

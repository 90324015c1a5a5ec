#!/usr/bin/env python3
"""Time from swaks finishing the SMTP transaction (the relay's final 250 after DATA) to
`mayfly-cli wait --code` printing the code, relay on loopback; p50 and p99.

Side by side with the peer: a client that polls the relay's HTTP API once a second, as clients
of hosted temp-mail services do (they usually poll every 5-10 s), fetching and grepping the new
message. Standard library only.
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

BUILD = os.environ.get("MAYFLY_BUILD_DIR", "build/ci")
CLI = os.path.join(BUILD, "app", "mayfly-cli")
RELAY = os.path.join(BUILD, "relay", "mayfly-relay")
N = int(os.environ.get("E2E_COUNT", "200"))
PEER_N = int(os.environ.get("E2E_PEER_COUNT", "50"))


def percentile(values, p):
    s = sorted(values)
    k = min(len(s) - 1, max(0, int(round(p / 100.0 * (len(s) - 1)))))
    return s[k]


def swaks(port, to, code):
    """Sends one mail; returns perf_counter() at the server's 250 after the message body."""
    p = subprocess.Popen(["swaks", "--server", "127.0.0.1", "--port", str(port), "--from", "noreply@shop.test",
                          "--to", to, "--header", "Subject: Your code",
                          "--body", "Your verification code is %s." % code],
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1)
    after_data = False
    done_at = None
    for line in p.stdout:
        if line.startswith(" -> .") or line.strip() == "-> .":
            after_data = True
        elif after_data and done_at is None and line.lstrip().startswith("<-") and " 250" in line:
            done_at = time.perf_counter()
    p.wait()
    if p.returncode != 0 or done_at is None:
        raise RuntimeError("swaks failed")
    return done_at


def main():
    for tool in (CLI, RELAY):
        if not os.access(tool, os.X_OK):
            sys.exit("missing %s: build it first (bench/e2e/run does)" % tool)
    tmp = tempfile.mkdtemp(prefix="mayfly-e2e-")
    relay = subprocess.Popen([RELAY, "--smtp", "127.0.0.1:0", "--http", "127.0.0.1:0", "--domain", "mayfly.test",
                              "--data", os.path.join(tmp, "relay")], stdout=subprocess.PIPE, text=True)
    try:
        ready = relay.stdout.readline()
        m = re.search(r"smtp=127\.0\.0\.1:(\d+) http=(\S+)", ready)
        if not m:
            sys.exit("relay did not start: %r" % ready)
        smtp_port, http = m.group(1), "http://" + m.group(2)
        env = dict(os.environ, MAYFLY_PASSPHRASE="bench")
        env.pop("DBUS_SESSION_BUS_ADDRESS", None)
        profile = os.path.join(tmp, "profile")
        address = subprocess.run([CLI, "--profile", profile, "new", "--relay", http, "--ttl", "1h"], env=env,
                                 check=True, capture_output=True, text=True).stdout.strip()
        print("end-to-end: relay on loopback, %d messages, address %s" % (N, address.split("@")[1]))

        latencies = []
        for i in range(N):
            code = "%06d" % (100000 + i * 7)
            wait = subprocess.Popen([CLI, "--profile", profile, "wait", address, "--code", "--timeout", "30"],
                                    env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            # Send only once wait is listening (its one stderr line), as a user would.
            line = wait.stderr.readline()
            if "waiting" not in line:
                sys.exit("wait did not start: %r" % line)
            printed = {}

            def reader():
                out = wait.stdout.readline()
                printed["at"] = time.perf_counter()
                printed["code"] = out.strip()

            t = threading.Thread(target=reader)
            t.start()
            sent = swaks(smtp_port, address, code)
            t.join(30)
            wait.wait(30)
            if printed.get("code") != code:
                sys.exit("wait printed %r, expected %s" % (printed.get("code"), code))
            latencies.append((printed["at"] - sent) * 1000.0)
            if os.environ.get("E2E_VERBOSE"):
                print("    %d: %.1f ms" % (i, latencies[-1]))
        print("  mayfly-cli wait --code (push)      p50 %7.1f ms   p99 %7.1f ms   max %7.1f ms"
              % (percentile(latencies, 50), percentile(latencies, 99), max(latencies)))

        # The peer: poll the HTTP API every second.
        req = urllib.request.Request(http + "/api/v1/addresses", data=b"{}", method="POST",
                                     headers={"Content-Type": "application/json"})
        created = json.load(urllib.request.urlopen(req))
        auth = {"Authorization": "Bearer " + created["token"]}
        base = http + "/api/v1/addresses/" + created["id"]
        peer = []
        for i in range(PEER_N):
            code = "%06d" % (200000 + i * 11)
            seen = {m["id"] for m in json.load(urllib.request.urlopen(
                urllib.request.Request(base + "/messages", headers=auth)))["messages"]}
            result = {}
            stop = threading.Event()

            def poller():
                while not stop.is_set():
                    msgs = json.load(urllib.request.urlopen(
                        urllib.request.Request(base + "/messages", headers=auth)))["messages"]
                    for msg in msgs:
                        if msg["id"] not in seen:
                            raw = urllib.request.urlopen(urllib.request.Request(
                                base + "/messages/" + msg["id"] + "/raw", headers=auth)).read().decode()
                            found = re.search(r"code is (\d{6})", raw)
                            if found:
                                result["at"] = time.perf_counter()
                                result["code"] = found.group(1)
                                return
                    stop.wait(1.0)

            t = threading.Thread(target=poller)
            t.start()
            sent = swaks(smtp_port, created["address"], code)
            t.join(30)
            stop.set()
            if result.get("code") != code:
                sys.exit("peer saw %r, expected %s" % (result.get("code"), code))
            peer.append((result["at"] - sent) * 1000.0)
        print("  peer: HTTP polling every 1 s       p50 %7.1f ms   p99 %7.1f ms   max %7.1f ms  (%d messages)"
              % (percentile(peer, 50), percentile(peer, 99), max(peer), PEER_N))
    finally:
        relay.terminate()
        relay.wait(10)


if __name__ == "__main__":
    main()

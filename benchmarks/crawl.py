"""Downloading URLs apart from analysing them: wall time for a list of URLs served with a
fixed latency by local hosts on 127.0.0.1 (no internet).

    python benchmarks/crawl.py [--urls 40] [--hosts 4] [--latency 0.2] [--rounds 3]

Each host (a port) answers every article after ``--latency`` seconds; robots.txt is
missing (404). Runs `newsscan analyze --from-file LIST --allow-private-addresses -f jsonl`
with several download and worker settings and reports the median wall time and how many
requests a host had in flight at most. Run by hand; no test asserts these numbers.
"""

import argparse
import http.server
import pathlib
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

TEXT = (
    "<html><head><title>Meldung {n}</title></head><body><article><p>Die Sprecherin Eva Roth sagte am Montag, "
    "die Brücke Nummer {n} werde im Mai eröffnet. „Wir sind im Zeitplan“, sagte Roth vor dem Rathaus.</p>"
    "<p>Die Bauarbeiten hätten länger gedauert als geplant, erklärte sie.</p></article></body></html>"
)


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        server = self.server
        with server.lock:
            server.active += 1
            server.peak = max(server.peak, server.active)
        try:
            if self.path == "/robots.txt":
                body, code = b"", 404
            else:
                time.sleep(server.latency)
                body, code = TEXT.format(n=self.path.strip("/")).encode(), 200
        finally:
            with server.lock:  # counted out before the answer goes: the client may ask again at once
                server.active -= 1
        self.send_response(code)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def start(latency: float):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    server.latency, server.lock, server.active, server.peak = latency, threading.Lock(), 0, 0
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--urls", type=int, default=40)
    ap.add_argument("--hosts", type=int, default=4)
    ap.add_argument("--latency", type=float, default=0.2)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    exe = shutil.which("newsscan") or str(pathlib.Path(sys.executable).parent / "newsscan")
    hosts = [start(args.latency) for _ in range(args.hosts)]
    runs = [
        ("--downloads 1 -j 1", ["--downloads", "1", "-j", "1"]),
        ("--downloads 8 --per-host 2 -j 1", ["--downloads", "8", "--per-host", "2", "-j", "1"]),
        ("--downloads 8 --per-host 2 -j 2", ["--downloads", "8", "--per-host", "2", "-j", "2"]),
        ("--downloads 16 --per-host 4 -j 8", ["--downloads", "16", "--per-host", "4", "-j", "8"]),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        listing = pathlib.Path(tmp) / "urls.txt"
        listing.write_text(
            "".join(
                f"http://127.0.0.1:{hosts[n % args.hosts].server_address[1]}/{n}\n" for n in range(args.urls)
            ),
            encoding="utf-8",
        )
        print(
            f"{args.urls} URLs on {args.hosts} hosts, {args.latency:g} s latency each "
            f"(fetched one after another: {args.urls * args.latency:.1f} s of waiting)"
        )
        for label, extra in runs:
            walls, peaks = [], []
            for _ in range(args.rounds):
                for h in hosts:
                    h.peak = 0
                t0 = time.perf_counter()
                proc = subprocess.run(
                    [
                        exe,
                        "analyze",
                        "--from-file",
                        str(listing),
                        "--allow-private-addresses",
                        "-f",
                        "jsonl",
                        "-o",
                        str(pathlib.Path(tmp) / "out.jsonl"),
                        "--quiet",
                        *extra,
                    ],
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.PIPE,
                )
                walls.append(time.perf_counter() - t0)
                peaks.append(max(h.peak for h in hosts))
                if proc.returncode != 0:
                    raise SystemExit(proc.stderr.decode()[-500:])
            print(
                f"{label}: {statistics.median(walls):.2f} s wall (median of {args.rounds}; "
                f"{min(walls):.2f}–{max(walls):.2f}), at most {max(peaks)} requests at a time on one host"
            )


if __name__ == "__main__":
    main()

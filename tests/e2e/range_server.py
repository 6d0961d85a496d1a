#!/usr/bin/env python3
"""A small static HTTP server for the sync tests: serves a directory with Range support
(python's http.server has none), can throttle bodies, and logs each GET with its Range header.

Usage: range_server.py DIR LOGFILE [--port N] [--rate BYTES_PER_SECOND]
Prints "port N" on stdout once listening.
"""
import argparse
import http.server
import os
import re
import sys
import time


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("root")
    ap.add_argument("log")
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--rate", type=int, default=0, help="bytes per second per response, 0 = unlimited")
    args = ap.parse_args()
    log = open(args.log, "a", buffering=1)

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, fmt, *a):
            pass

        def do_GET(self):
            name = os.path.basename(self.path.split("?")[0])
            path = os.path.join(args.root, name)
            rng = self.headers.get("Range", "")
            log.write("GET %s range=%s\n" % (name, rng or "-"))
            if not name or not os.path.isfile(path):
                self.send_error(404)
                return
            size = os.path.getsize(path)
            start = 0
            m = re.fullmatch(r"bytes=(\d+)-", rng)
            if m:
                start = int(m.group(1))
                if start >= size:
                    self.send_response(416)
                    self.send_header("Content-Range", "bytes */%d" % size)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                self.send_response(206)
                self.send_header("Content-Range", "bytes %d-%d/%d" % (start, size - 1, size))
            else:
                self.send_response(200)
            self.send_header("Content-Length", str(size - start))
            self.send_header("Accept-Ranges", "bytes")
            self.end_headers()
            chunk = 16384
            with open(path, "rb") as f:
                f.seek(start)
                while True:
                    b = f.read(chunk)
                    if not b:
                        break
                    self.wfile.write(b)
                    self.wfile.flush()
                    if args.rate:
                        time.sleep(len(b) / args.rate)

    http.server.ThreadingHTTPServer.allow_reuse_address = True
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    print("port", srv.server_address[1], flush=True)
    srv.serve_forever()


if __name__ == "__main__":
    sys.exit(main())

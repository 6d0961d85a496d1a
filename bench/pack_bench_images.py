#!/usr/bin/env python3
"""Pack build benchmark with pictures (prints figures; not a test).

The issue's benchmark flux has "a share with images": real DATAtourisme objects point at
pictures on the web, and fetching, checking and resizing them is most of a real build. This
takes the 30,000-object flux of pack_bench.py (generated there and cached), gives every Nth
object one picture in the DATAtourisme shape (hasMainRepresentation -> ebucore locator), and
serves distinct JPEGs (1200x800, like a tourist office's photo) from a local HTTP server that
answers conditional requests (Last-Modified / If-Modified-Since), as a CDN would.

Cases, each timed with wait4 (wall time, peak RSS):
  - full build, cold image cache (every picture downloaded);
  - full build, warm cache (conditional requests, 304s; pictures still checked and resized);
  - incremental build after 1% of objects changed (--previous, warm cache): unchanged objects
    keep their rows and pictures from the previous pack without being parsed or decoded.
It also checks that the incremental pack has the rows of a fresh full build.

First, and on its own (--offline-only), pictures that cannot be had (issue 13, "pictures that
fail, fail fast"): a 2,550-object flux (the size of the real DATAtourisme flux this was
measured on) where every object has a picture on a host that cannot be reached -- a loopback
port nobody listens on, then a host name that cannot resolve (.invalid, RFC 2606) -- timed
against the same flux built with --no-images, no image cache. A dead host is tried once per
build, so both should be of the same order; it prints the medians and the ratios.

usage: pack_bench_images.py [--kiosk-pack build/kiosk-pack] [--every 10] [--runs 1]
                            [--offline-objects 2550] [--offline-runs 3] [--offline-only]
"""
import argparse
import http.server
import json
import os
import random
import shutil
import socket
import sys
import tempfile
import threading

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import pack_bench  # noqa: E402  (the flux generator and the timing helper)

IMAGES_VERSION = "img-v1"  # bump when the pictures change, so their cache is rebuilt


def make_images(root, ids):
    """One distinct JPEG per id: a sky/ground gradient, a few coloured blocks and the id's
    digits drawn in, so no two files share bytes (the pack stores pictures by content hash)."""
    from PIL import Image, ImageDraw  # python3-pil; only the benchmark needs it
    os.makedirs(root, exist_ok=True)
    for i in ids:
        path = os.path.join(root, "%d.jpg" % i)
        if os.path.exists(path):
            continue
        rng = random.Random(i)
        img = Image.new("RGB", (1200, 800))
        d = ImageDraw.Draw(img)
        top, bottom = [rng.randint(40, 220) for _ in range(3)], [rng.randint(20, 160) for _ in range(3)]
        for y in range(800):
            t = y / 799
            d.line([(0, y), (1199, y)], fill=tuple(int(a + (b - a) * t) for a, b in zip(top, bottom)))
        for _ in range(12):
            x, y = rng.randint(0, 1100), rng.randint(200, 750)
            d.rectangle([x, y, x + rng.randint(30, 260), y - rng.randint(40, 400)],
                        fill=tuple(rng.randint(0, 255) for _ in range(3)))
        d.text((40, 40), "objet %d" % i, fill=(255, 255, 255))
        tmp = path + ".part"
        img.save(tmp, "JPEG", quality=85)
        os.replace(tmp, path)


def with_pictures(src, dst, url_of, every):
    """A copy of flux `src` (hard links) where every `every`th object of index.json carries one
    picture. The member is spliced in as text after the object's opening brace: re-parsing
    thousands of files of up to 700 KB would take longer than the builds it prepares."""
    with open(os.path.join(src, "index.json"), encoding="utf-8") as f:
        index = json.load(f)
    for pos, e in enumerate(index):
        s, d = os.path.join(src, "objects", e["file"]), os.path.join(dst, "objects", e["file"])
        os.makedirs(os.path.dirname(d), exist_ok=True)
        if pos % every:
            os.link(s, d)
            continue
        rep = [{"ebucore:hasAnnotation": [{"ebucore:title": {"fr": ["Photo %d" % pos]},
                                           "credits": ["Office de tourisme (banc d'essai)"],
                                           "ebucore:isCoveredBy": "CC BY 4.0"}],
                "ebucore:hasRelatedResource": [{"ebucore:locator": [url_of(pos)],
                                                "ebucore:hasMimeType": [{"@id": "kb:JPEG"}]}]}]
        with open(s, encoding="utf-8") as f:
            body = f.read()
        assert body.startswith("{")
        with open(d, "w", encoding="utf-8") as f:
            f.write("{\n \"hasMainRepresentation\": " + json.dumps(rep, ensure_ascii=False) + "," + body[1:])
    shutil.copyfile(os.path.join(src, "index.json"), os.path.join(dst, "index.json"))
    return len(range(0, len(index), every))


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


class Server(http.server.ThreadingHTTPServer):
    # socketserver's default listen backlog is 5: with kiosk-pack's 8 parallel downloads the
    # kernel drops the extra SYNs and each costs a 1 s retransmit, which measured the test
    # server instead of the pack tool (12 s instead of 4 s for 197 pictures).
    request_queue_size = 128


def closed_loopback_port():
    """A loopback port nothing listens on: bound, read, closed (connections are refused)."""
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def offline(tool, cache_root, objects, runs):
    """Pictures on unreachable hosts vs --no-images, medians of `runs` builds each."""
    cache = os.path.join(cache_root, "%s-offline-%d" % (pack_bench.VERSION, objects))
    base = os.path.join(cache, "flux")
    if not os.path.exists(os.path.join(cache, "done")):
        shutil.rmtree(cache, ignore_errors=True)
        os.makedirs(cache)
        print("generating %d objects into %s ..." % (objects, cache), flush=True)
        pack_bench.generate(base, objects)
        open(os.path.join(cache, "done"), "w").close()
    work = tempfile.mkdtemp(prefix="kiosk-pack-bench-offline-")
    try:
        port = closed_loopback_port()
        fluxes = {}
        for name, url_of in (("refused", lambda pos: "http://127.0.0.1:%d/%d.jpg" % (port, pos)),
                             ("unresolvable", lambda pos: "http://pictures.kiosk-bench.invalid/%d.jpg" % pos)):
            fluxes[name] = os.path.join(work, name)
            n_pics = with_pictures(base, fluxes[name], url_of, 1)

        def build(flux, *extra):
            out = os.path.join(work, "out.pack")
            report = out + ".json"
            t, _ = pack_bench.timed([tool, "build", flux, "-o", out, "--report", report, "-q"] + list(extra))
            with open(report) as f:
                return t, json.load(f)

        def median(xs):
            return sorted(xs)[len(xs) // 2]

        cases = [("--no-images", fluxes["refused"], ["--no-images"]),
                 ("refused (127.0.0.1:%d)" % port, fluxes["refused"], []),
                 ("unresolvable (.invalid)", fluxes["unresolvable"], [])]
        results = []
        for name, flux, extra in cases:
            runs_ = [build(flux, *extra) for _ in range(runs)]
            results.append((name, median([t for t, _ in runs_]), runs_[-1][1]))
        base_t = results[0][1]
        print("offline pictures: %d objects, %d pictures on a host that cannot be reached; %d run(s) each, medians"
              % (objects, n_pics, runs))
        print("%-28s %8s %9s  %s" % ("case", "seconds", "ratio", "pictures not shipped (by reason); hosts given up"))
        for name, t, rep in results:
            reasons = ", ".join("%s %d" % (k, v) for k, v in rep["images_not_shipped"].items() if v)
            hosts = ", ".join("%s (%s)" % (h["host"], h["reason"]) for h in rep["image_hosts_given_up"])
            print("%-28s %8.2f %8.2fx  %s%s" % (name, t, t / base_t, reasons, "; " + hosts if hosts else ""))
        print("target: pictures on an unreachable host cost the same order of time as --no-images")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kiosk-pack", default=os.path.join(HERE, "..", "build", "kiosk-pack"))
    ap.add_argument("--objects", type=int, default=30000)
    ap.add_argument("--cache", default="/tmp/kiosk-pack-bench")
    ap.add_argument("--every", type=int, default=10, help="one object in EVERY gets a picture (default: 10%%)")
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--offline-objects", type=int, default=2550)
    ap.add_argument("--offline-runs", type=int, default=3)
    ap.add_argument("--offline-only", action="store_true", help="only the unreachable-host measurement")
    a = ap.parse_args()

    offline(os.path.abspath(a.kiosk_pack), a.cache, a.offline_objects, a.offline_runs)
    if a.offline_only:
        return

    cache = os.path.join(a.cache, "%s-%d" % (pack_bench.VERSION, a.objects))
    base, changed = os.path.join(cache, "flux"), os.path.join(cache, "flux-1pct")
    if not os.path.exists(os.path.join(cache, "done")):
        sys.exit("run bench/pack_bench.py first: it generates the flux this benchmark adds pictures to")
    images = os.path.join(a.cache, IMAGES_VERSION)
    with open(os.path.join(base, "index.json"), encoding="utf-8") as f:
        count = len(json.load(f))
    ids = range(0, count, a.every)
    print("drawing %d distinct JPEGs into %s (cached) ..." % (len(ids), images), flush=True)
    make_images(images, ids)

    handler = lambda *args, **kw: QuietHandler(*args, directory=images, **kw)  # noqa: E731
    server = Server(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]
    work = tempfile.mkdtemp(prefix="kiosk-pack-bench-img-")
    try:
        url_of = lambda pos: "http://127.0.0.1:%d/%d.jpg" % (port, pos)  # noqa: E731
        flux, flux2 = os.path.join(work, "flux"), os.path.join(work, "flux-1pct")
        n_pics = with_pictures(base, flux, url_of, a.every)
        with_pictures(changed, flux2, url_of, a.every)
        tool = os.path.abspath(a.kiosk_pack)
        warm = os.path.join(work, "warm-cache")

        def build(src, out, cache_dir, *extra):
            report = out + ".json"
            t, rss = pack_bench.timed([tool, "build", src, "-o", out, "--image-cache", cache_dir, "--report", report,
                                       "-q"] + list(extra))
            with open(report) as f:
                return t, rss, json.load(f)

        rows = []
        cold = []
        for r in range(a.runs):
            c = warm if r == 0 else os.path.join(work, "cold-%d" % r)  # the first one fills the warm cache
            cold.append(build(flux, os.path.join(work, "cold.pack"), c))
            if c != warm:
                shutil.rmtree(c, ignore_errors=True)
        warm_runs = [build(flux, os.path.join(work, "full.pack"), warm) for _ in range(a.runs)]
        inc = [build(flux2, os.path.join(work, "inc.pack"), warm, "--previous", os.path.join(work, "full.pack"))
               for _ in range(a.runs)]
        fresh = build(flux2, os.path.join(work, "fresh.pack"), warm)

        def med(runs):
            xs = sorted(runs, key=lambda x: x[0])
            return xs[len(xs) // 2]

        for name, runs in (("full, cold image cache", cold), ("full, warm image cache", warm_runs),
                           ("incremental 1%, warm", inc)):
            t, rss, rep = med(runs)
            rows.append((name, t, rss, rep))
        # An incremental pack is its predecessor's copy updated in place: same rows, other pages.
        same = pack_bench.pack_rows_digest(os.path.join(work, "inc.pack")) == \
            pack_bench.pack_rows_digest(os.path.join(work, "fresh.pack"))

        print("flux: %d objects, %d with a 1200x800 JPEG served over HTTP on 127.0.0.1; %d run(s), medians; %d cores"
              % (count, n_pics, a.runs, os.cpu_count()))
        print("%-26s %8s %10s %10s  %s" % ("case", "seconds", "objects/s", "peak RSS", "pictures fetched/cached/failed/stored"))
        for name, t, rss, rep in rows:
            print("%-26s %8.2f %10.0f %7.0f MB  %d/%d/%d/%d" % (name, t, count / t, rss, rep["images_fetched"],
                                                              rep["images_cached"], rep["images_failed"], rep["images_stored"]))
        t_inc, t_cold, t_warm = rows[2][1], rows[0][1], rows[1][1]
        print("incremental 1%%: %.1f%% of a full build with a warm cache, %.1f%% of a cold one"
              % (100 * t_inc / t_warm, 100 * t_inc / t_cold))
        print("incremental pack == full rebuild of the same flux, row for row: %s" % ("yes" if same else "NO"))
        print("pack size: %.1f MB" % (os.path.getsize(os.path.join(work, "full.pack")) / 1e6))
        print("target: incremental 1% rebuild < 10% of a full build")
        if fresh[2]["warnings"]:
            print("warnings in the fresh build's report: %d, first: %s" % (len(fresh[2]["warnings"]), fresh[2]["warnings"][0]))
    finally:
        server.shutdown()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""The soak monkey: a long random visit of the real kiosk, played through its script player.

A seeded generator writes a script of random events (taps anywhere, drags and flings, named
controls when they happen to be on screen, typing on the keyboard, language and access-mode
switches, waits long enough for the idle reset), and the kiosk plays it under a private Xvfb.
Meanwhile a new pack is installed every few minutes the way kiosk-sync does it (the state
directory's `active` symlink renamed to point at another file), so hot reloads happen at the
kiosk's own idle moments. The kiosk's resident memory (VmRSS) is sampled every few seconds.

It fails (exit 1) when the kiosk crashes, stops with a script error, or does not exit; with
--max-growth P also when memory has not levelled off: the last half of the run grew by more
than P percent (the mean of the last tenth of the samples against the mean of the tenth around
the middle).

    python3 bench/monkey.py --kiosk build/kiosk --pack build/default.pack --events 100000 --scale 0.5
    python3 bench/monkey.py --kiosk build-san/kiosk --pack build/default.pack --seconds 120 --asan
"""
import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

# Named controls worth reaching on purpose; `try` taps one only if the current screen has it.
NAMED = (["nav.home", "nav.back", "nav.lang", "nav.access", "nav.speak", "panel.close", "attract",
          "home.map", "home.search", "home.weekend", "detail.map", "detail.qr", "idle.stay",
          "map.zoom_in", "map.zoom_out", "map.here", "sort.distance", "sort.name", "list.more"]
         + ["tile." + k for k in ("site", "belfry", "event", "office", "route", "eat", "sleep")]
         + ["card.%d" % i for i in range(8)] + ["filter.%d" % i for i in range(6)]
         + ["map.preview.%d" % i for i in range(3)])
LANGS = ("fr", "en", "nl", "de")
MODES = ("access.large", "access.contrast", "access.reach", "access.speak", "access.off")
KEYS = "abcdefghijklmnopqrstuvwxyz0123456789"


def make_script(n_events, rng, width, height, idle_every, idle_ms):
    """n_events script lines (a `type`-like burst counts one event per key)."""
    lines = []
    while len(lines) < n_events:
        r = rng.random()
        if idle_every and rng.random() < 1.0 / idle_every:
            lines.append("wait %d" % idle_ms)  # nobody touches: the countdown, then the attract loop
        elif r < 0.38:
            lines.append("tap %d %d" % (rng.randrange(width), rng.randrange(height)))
        elif r < 0.52:
            x, y = rng.randrange(width), rng.randrange(height)
            if rng.random() < 0.7:  # mostly vertical scrolling, sometimes a sideways swipe or pan
                x2, y2 = x + rng.randint(-60, 60), y + rng.randint(-900, 900)
            else:
                x2, y2 = x + rng.randint(-800, 800), y + rng.randint(-200, 200)
            ms = rng.choice((80, 150, 300, 600))
            hold = rng.choice((0, 0, 0, 200))
            lines.append("drag %d %d %d %d %d %d" % (x, y, max(0, min(width - 1, x2)), max(0, min(height - 1, y2)), ms, hold))
        elif r < 0.74:
            lines.append("try " + rng.choice(NAMED))
        elif r < 0.86:
            lines.append("try home.search")
            for _ in range(rng.randint(1, 8)):
                lines.append("try key." + rng.choice(KEYS))
            if rng.random() < 0.3:
                lines.append("try key.backspace")
        elif r < 0.91:
            lines += ["try nav.lang", "try lang." + rng.choice(LANGS)]
        elif r < 0.96:
            lines += ["try nav.access", "try " + rng.choice(MODES), "try panel.close"]
        elif r < 0.98:
            lines.append("hold %d %d %d" % (rng.randrange(width), rng.randrange(height), rng.choice((400, 900, 1500))))
        else:
            lines.append("wait %d" % rng.choice((100, 500, 1500)))
    return lines[:n_events]


def rss_kib(pid):
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


class Xvfb:
    def __init__(self, width, height):
        r, w = os.pipe()
        self.proc = subprocess.Popen(
            ["Xvfb", "-displayfd", str(w), "-screen", "0", "%dx%dx24" % (width, height), "-nolisten", "tcp"],
            pass_fds=[w], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(w)
        with os.fdopen(r) as f:
            self.display = ":" + f.readline().strip()
        if self.display == ":":
            sys.exit("monkey: Xvfb did not start")

    def close(self):
        self.proc.terminate()
        self.proc.wait(timeout=10)


def write_partial(path, samples, events, installs, inside):
    """The report so far, rewritten at each sample: a run of hours that is cut short (the machine
    stops, a session ends) still leaves its memory curve and how far it got."""
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        json.dump({"running": True, "events_at_least": events, "installs": installs, "samples": samples,
                   "inside": inside}, f)
    os.replace(tmp, path)


def read_inside(path, now):
    """(seconds, events, KiB of pictures in the texture cache, KiB of C heap in use, KiB of C heap
    free but kept) from a progress dump: what RSS is made of, when the curve must be explained."""
    try:
        with open(path) as f:
            d = json.load(f)
        heap = d.get("heap", {})
        return (round(now, 1), int(os.path.basename(path)[:7]), d.get("texture_bytes", 0) // 1024,
                heap.get("in_use", 0) // 1024, heap.get("free", 0) // 1024)
    except (OSError, ValueError):
        return (round(now, 1), 0, 0, 0, 0)


def switch_active(state, target):
    """What kiosk-sync does to install: a new symlink renamed over `active` in one step."""
    tmp = os.path.join(state, "active.new")
    if os.path.lexists(tmp):
        os.unlink(tmp)
    os.symlink(target, tmp)
    os.replace(tmp, os.path.join(state, "active"))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kiosk", required=True)
    ap.add_argument("--pack", required=True, help="the pack to show; a second copy of it is swapped in and out")
    ap.add_argument("--other-pack", help="a different pack to alternate with (default: a copy of --pack)")
    ap.add_argument("--events", type=int, default=100000)
    ap.add_argument("--seconds", type=float, default=0, help="stop the kiosk (SIGTERM) after this long; 0 = when the script ends")
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--reload-every", type=float, default=180, help="seconds between pack installs")
    ap.add_argument("--sample-every", type=float, default=10)
    ap.add_argument("--landscape", action="store_true")
    ap.add_argument("--scale", type=float, default=1.0,
                    help="draw on a screen this fraction of the kiosk's 1080x1920 pixels, same physical size "
                         "(0.5: a quarter of the pixels for software GL to fill, about twice the events a second; "
                         "the layout in font units is the same)")
    ap.add_argument("--patient", action="store_true",
                    help="wait for each screen to settle before the next event (default: impatient, as a hurried "
                         "visitor: about 5-6 events a second against 2 when patient, on 2 cores)")
    ap.add_argument("--picture-cache-mb", type=int, default=0, help="the config's picture cache budget (0 = the kiosk's default)")
    ap.add_argument("--max-growth", type=float, default=0, help="fail if the last half grew more than this percent")
    ap.add_argument("--asan", action="store_true", help="the kiosk is a sanitizer build: set its options, no RSS verdict")
    ap.add_argument("--report", help="write the RSS samples and the verdict as JSON here")
    ap.add_argument("--goal", type=float, default=0,
                    help="print the last half's growth beside this goal (percent), without failing: the bench's way")
    args = ap.parse_args()

    width, height = (1920, 1080) if args.landscape else (1080, 1920)
    width, height = int(width * args.scale), int(height * args.scale)
    rng = random.Random(args.seed)
    work = tempfile.mkdtemp(prefix="kiosk-monkey-")
    try:
        state = os.path.join(work, "state")
        os.makedirs(state)
        packs = [os.path.join(state, "a.pack"), os.path.join(state, "b.pack")]
        shutil.copyfile(args.pack, packs[0])
        shutil.copyfile(args.other_pack or args.pack, packs[1])
        switch_active(state, packs[0])
        # Short idle times so the idle reset (and the pack switch it allows) happen often.
        idle_s, countdown_s = 5, 3
        config = os.path.join(work, "kiosk.toml")
        with open(config, "w") as f:
            f.write("[kiosk]\nidle_seconds = %d\ncountdown_seconds = %d\n" % (idle_s, countdown_s))
            if args.picture_cache_mb:
                f.write("picture_cache_mb = %d\n" % args.picture_cache_mb)
            f.write("\n[screen]\nwidth_mm = %s\nheight_mm = %s\n" % (("708.5", "398.5") if args.landscape else ("398.5", "708.5")))
            f.write("\n[sync]\nstate = \"%s\"\n" % state)
            f.write("\n[speech]\ndevice = \"wav:%s\"\n" % os.path.join(work, "speech.wav"))
        script = os.path.join(work, "monkey.txt")
        lines = make_script(args.events, rng, width, height, idle_every=1000, idle_ms=(idle_s + countdown_s + 2) * 1000)
        # Every 100 events a state dump named after the count: how far the kiosk got, even when
        # the run is stopped (--seconds) or wedged.
        progress = os.path.join(work, "progress")
        os.makedirs(progress)
        with open(script, "w") as f:
            f.write("" if args.patient else "impatient\n")
            for i, line in enumerate(lines, 1):
                f.write(line + "\n")
                if i % 100 == 0:
                    f.write("dump %s\n" % os.path.join(progress, "%07d.json" % i))

        env = dict(os.environ)
        x = Xvfb(width, height)
        env["DISPLAY"] = x.display
        env.pop("WAYLAND_DISPLAY", None)
        if args.asan:
            # Leaks are reported by the GL driver's own allocations at exit; the run is about
            # memory errors and undefined behaviour in our code, which abort at once.
            env.setdefault("ASAN_OPTIONS", "detect_leaks=0:abort_on_error=1:halt_on_error=1")
            env.setdefault("UBSAN_OPTIONS", "halt_on_error=1:print_stacktrace=1")
        log_path = os.path.join(work, "kiosk.log")
        log = open(log_path, "w")
        cmd = [args.kiosk, "--config", config, "--state", state, "--script", script, "--exit-after-script"]
        t0 = time.monotonic()
        proc = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT)

        samples = []  # (seconds, KiB)
        inside = []  # what the kiosk's own dumps say, every 100 events (read_inside)
        installs = 0
        stop = threading.Event()
        wedged = threading.Event()
        progress_seen = [0, 0.0]  # progress dumps seen, and when the last one appeared

        def watch():
            nonlocal installs
            next_sample, next_reload, which = 0.0, args.reload_every, 0
            while not stop.is_set():
                now = time.monotonic() - t0
                if now >= next_sample:
                    kib = rss_kib(proc.pid)
                    if kib is not None:
                        samples.append((round(now, 1), kib))
                        if args.report:
                            write_partial(args.report, samples, progress_seen[0] * 100, installs, inside)
                    next_sample += args.sample_every
                # A kiosk that plays no event for ten minutes is wedged: stop it, the run fails.
                marks = os.listdir(progress)
                if len(marks) != progress_seen[0]:
                    progress_seen[:] = [len(marks), now]
                    inside.append(read_inside(os.path.join(progress, max(marks)), now))
                elif now - progress_seen[1] > 600 and proc.poll() is None:
                    wedged.set()
                    proc.kill()
                if now >= next_reload:
                    which = 1 - which
                    switch_active(state, packs[which])
                    installs += 1
                    next_reload += args.reload_every
                stop.wait(0.5)

        watcher = threading.Thread(target=watch, daemon=True)
        watcher.start()
        # A generous ceiling: a wedged kiosk must fail the run, not hang it.
        ceiling = args.seconds + 60 if args.seconds else max(600.0, args.events * 2.0)
        stopped_by_us = hit_ceiling = False
        try:
            rc = proc.wait(timeout=args.seconds if args.seconds else ceiling)
        except subprocess.TimeoutExpired:
            stopped_by_us = bool(args.seconds)
            hit_ceiling = not args.seconds
            proc.send_signal(signal.SIGTERM)  # systemd's way: the kiosk quits cleanly
            try:
                rc = proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                rc = proc.wait()
                stopped_by_us = False
        elapsed = time.monotonic() - t0
        stop.set()
        watcher.join()
        log.close()
        x.close()
        with open(log_path, errors="replace") as f:
            log_text = f.read()

        done = max([int(n[:7]) for n in os.listdir(progress) if n.endswith(".json")] or [0])
        problems = []
        if wedged.is_set():
            problems.append("no event played for ten minutes (after about %d events): the kiosk was killed" % done)
        if hit_ceiling:
            problems.append("the script had not ended after %.0f s (about %d of %d events played)" % (ceiling, done, len(lines)))
        if rc != 0:
            problems.append("kiosk exited with %d%s" % (rc, "" if stopped_by_us else " before the run ended"))
        if not stopped_by_us and args.seconds == 0 and "script line" in log_text:
            problems.append("script stopped: " + [l for l in log_text.splitlines() if "script line" in l][-1])
        for marker in ("ERROR: AddressSanitizer", "runtime error:", "terminate called", "Segmentation fault"):
            if marker in log_text:
                problems.append("log shows '%s'" % marker)
        # Growth over the last half: the mean of the last tenth of the samples against the mean
        # of the tenth around the middle. Means, because the picture cache fills and empties as
        # screens change: one sample at either end would measure where that cycle stood.
        growth = None
        if len(samples) >= 20:
            n = len(samples)
            tenth = max(2, n // 10)
            middle = [k for _, k in samples[n // 2 - tenth // 2: n // 2 - tenth // 2 + tenth]]
            last = [k for _, k in samples[-tenth:]]
            growth = 100.0 * (sum(last) / len(last) - sum(middle) / len(middle)) / (sum(middle) / len(middle))
        mid = samples[len(samples) // 2] if samples else (0, 0)
        played = done if (stopped_by_us or hit_ceiling or wedged.is_set()) else len(lines)
        print("monkey: %s%d events in %.0f s (%.1f events/s), %d pack installs, kiosk exit %d"
              % ("" if played == len(lines) else "stopped, at least ", played, elapsed, played / elapsed, installs, rc))
        if samples:
            mib = lambda k: k / 1024.0
            print("monkey: RSS MiB start %.1f (at %.0f s), middle %.1f (at %.0f s), end %.1f (at %.0f s), max %.1f"
                  % (mib(samples[0][1]), samples[0][0], mib(mid[1]), mid[0], mib(samples[-1][1]), samples[-1][0],
                     mib(max(k for _, k in samples))))
        if inside:
            at = lambda i: inside[i]
            print("monkey: inside (MiB: pictures, heap in use, heap free) start %s, middle %s, end %s"
                  % tuple("%.0f/%.0f/%.0f" % (at(i)[2] / 1024.0, at(i)[3] / 1024.0, at(i)[4] / 1024.0)
                          for i in (0, len(inside) // 2, -1)))
        if growth is not None:
            print("monkey: last half grew %.1f%%%s%s" % (growth, " (limit %.1f%%)" % args.max_growth if args.max_growth else "",
                                                        "; goal: levels off within %.0f minutes, last half < %.0f%%: %s"
                                                        % (elapsed / 60, args.goal, "met" if growth < args.goal else "NOT met")
                                                        if args.goal else ""))
            if args.max_growth and not args.asan and growth > args.max_growth:
                problems.append("memory did not level off: the last half grew %.1f%%" % growth)
        if args.report:
            with open(args.report, "w") as f:
                json.dump({"events": played, "seconds": elapsed, "installs": installs, "exit": rc,
                           "samples": samples, "inside": inside, "growth_percent": growth, "problems": problems}, f, indent=1)
        for p in problems:
            print("monkey: FAIL:", p)
        if problems:
            print("monkey: last lines of the kiosk's log:\n" + "\n".join(log_text.splitlines()[-30:]))
        return 1 if problems else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

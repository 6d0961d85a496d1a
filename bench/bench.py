#!/usr/bin/env python3
"""Start-up, memory and idle-CPU figures for the kiosk, next to a Chromium --kiosk page.

DESIGN.md section 6 asks for benchmarks that report medians and ratios against "the usual
alternative", a Chromium --kiosk page with the same content, measured in the same run on the
same machine. This script does that and prints a table; it never asserts a timing (it is not a
test, and exits 0 whatever the figures are).

    python3 bench/bench.py [--runs N] [--pack FILE] [--no-peer] [--json FILE] [--scale-only | --no-scale]

What it measures, on a private 1080x1920 Xvfb for every run (so both programs start on the
same kind of empty X server):
  1. kiosk start-up, as the kiosk itself reports it (--dump-state: first_frame_ms and
     first_settled_ms), and its peak RSS (wait4's ru_maxrss);
  2. for the kiosk and for Chromium alike, from outside: time to first paint and time to the
     final pixels (screen grabs of the X root window), PSS once the screen has settled
     (sum over all processes), and CPU used over an idle window after that.
The peer page is generated from the same pack by this script (header, welcome, three tiles
with the first picture of each kind, the list of belfries), so both show the same content.
  3. issue 16's section (--scale-only runs just this one): the default pack and a 50,000-item
     pack (bench/big_pack.py, cached under /tmp), side by side and beside the issue's goals:
     first frame, content ready, the longest frame while loading, the hot-reload pause,
     tap-to-next-frame CPU over a scripted tour, the busiest screen's CPU per frame, map zoom,
     search typing, the attract loop's CPU, and PSS against Chromium, from the kiosk's own
     counters (--dump-state's "perf", kiosk/core/perf_stats.h) and /proc.
  4. issue 17's section (--langs-only runs just this one): the same pack started with today's
     four languages and with eight (Japanese among them, shown or not): first frame, content
     ready, PSS and RSS once settled, the font atlas and its longest build (a visitor picking
     Japanese on a French start rebuilds it), beside the goal "within 10%".

Python 3 standard library only; needs Xvfb and xwd (x11-apps) or ImageMagick's import, and
for the peer Debian's chromium (apt-get install -y chromium).
"""
import argparse
import base64
import ctypes
import hashlib
import html
import json
import os
import platform
import select
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCREEN_W, SCREEN_H = 1080, 1920
CLK_TCK = os.sysconf("SC_CLK_TCK")
PAGE_SIZE_KB = os.sysconf("SC_PAGE_SIZE") // 1024


class BenchError(Exception):
    """Something the bench cannot work around (missing tool, program that never shows up)."""


# --- processes we own, and their clean-up ----------------------------------------------------

# Every process this script starts is registered here, so that an error or Ctrl-C anywhere
# still ends them (by pid or by the process group we created for them, never by name).
_LIVE = []


def _stop_all():
    while _LIVE:
        proc = _LIVE.pop()
        stop_process(proc, grace=2.0)


def _on_term(signum, _frame):
    # SIGTERM/SIGHUP become an exception, so every `finally` (temp dirs, Xvfb) runs.
    raise SystemExit(128 + signum)


def spawn(args, env=None, **kw):
    """Starts a program in its own session, so its children can be ended with it."""
    proc = subprocess.Popen(args, env=env, start_new_session=True, **kw)
    _LIVE.append(proc)
    return proc


def reap(proc, timeout):
    """Waits for proc with wait4 (for its rusage). Returns (exit status, ru_maxrss KB) or None."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        except ChildProcessError:
            return None  # already reaped elsewhere
        if pid == proc.pid:
            # Tell Popen, so it does not try to wait for a pid that may be reused.
            proc.returncode = os.waitstatus_to_exitcode(status)
            return proc.returncode, usage.ru_maxrss
        if time.monotonic() >= deadline:
            return None
        time.sleep(0.01)


def stop_process(proc, grace=2.0, extra_pids=()):
    """SIGTERM, then SIGKILL after `grace` seconds, for proc's process group and extra_pids.

    Returns (seconds it took to exit after SIGTERM or None if it had to be killed, ru_maxrss KB).
    """
    if proc in _LIVE:
        _LIVE.remove(proc)
    if proc.returncode is not None:
        return 0.0, None
    t = time.monotonic()
    _signal(proc.pid, signal.SIGTERM)
    got = reap(proc, grace)
    took = time.monotonic() - t if got else None
    if got is None:
        _signal_group(proc.pid, signal.SIGKILL)
        got = reap(proc, 5.0)
    # Children of a browser may outlive it for a moment; they are ours, end them too.
    _signal_group(proc.pid, signal.SIGKILL)
    for pid in extra_pids:
        _signal(pid, signal.SIGKILL)
    time.sleep(0.05)  # let SIGKILLed helpers die before collecting them
    reap_orphans()
    return took, (got[1] if got else None)


def become_subreaper():
    """Makes orphaned descendants (a browser's helpers) our children, so we can reap them.

    Without it they are reparented to the machine's init, which in a container may never
    reap them, and they linger as zombies after every run.
    """
    try:
        ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER
    except (OSError, AttributeError):
        pass


def reap_orphans():
    """Collects exited descendants that no Popen waits for (only zombies: never blocks)."""
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def _signal(pid, sig):
    try:
        os.kill(pid, sig)
    except (ProcessLookupError, PermissionError):
        pass


def _signal_group(pgid, sig):
    try:
        os.killpg(pgid, sig)
    except (ProcessLookupError, PermissionError):
        pass


# --- /proc readers ---------------------------------------------------------------------------

def cpu_ticks(pid):
    """utime + stime of a whole process (all its threads), in clock ticks; None once gone."""
    try:
        with open("/proc/%d/stat" % pid) as f:
            stat = f.read()
    except OSError:
        return None
    # Fields after the ")" that closes the command name: state is field 3, utime 14, stime 15.
    fields = stat[stat.rindex(")") + 2:].split()
    return int(fields[11]) + int(fields[12])


def pss_kb(pid):
    try:
        with open("/proc/%d/smaps_rollup" % pid) as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def rss_kb(pid):
    try:
        with open("/proc/%d/statm" % pid) as f:
            return int(f.read().split()[1]) * PAGE_SIZE_KB
    except OSError:
        return 0


def process_tree(root_pid, marker=None):
    """root_pid, its descendants, and (if marker) any process whose command line contains it.

    The marker catches helpers that left the tree (Chromium's zygote and crashpad handler
    are started through intermediate processes); the tree catches the rest.
    """
    parent, cmdlines = {}, {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        pid = int(name)
        try:
            with open("/proc/%d/stat" % pid) as f:
                stat = f.read()
            with open("/proc/%d/cmdline" % pid, "rb") as f:
                cmdlines[pid] = f.read().replace(b"\0", b" ").decode("utf-8", "replace")
        except OSError:
            continue
        parent[pid] = int(stat[stat.rindex(")") + 2:].split()[1])
    found = {root_pid} if root_pid in parent else set()
    if marker:
        found |= {pid for pid, cmd in cmdlines.items() if marker in cmd and pid != os.getpid()}
    grew = True
    while grew:
        kids = {pid for pid, ppid in parent.items() if ppid in found and pid not in found}
        found |= kids
        grew = bool(kids)
    return sorted(found)


# --- the X server and screen grabs -----------------------------------------------------------

class Xvfb:
    """A private X server; -displayfd lets Xvfb choose a free display number itself."""

    def __init__(self, width=SCREEN_W, height=SCREEN_H, timeout=15.0):
        rfd, wfd = os.pipe()
        try:
            self.proc = spawn(["Xvfb", "-displayfd", str(wfd), "-screen", "0", "%dx%dx24" % (width, height),
                               "-nolisten", "tcp"],
                              pass_fds=[wfd], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        finally:
            os.close(wfd)
        try:
            number = b""
            deadline = time.monotonic() + timeout
            while not number.endswith(b"\n"):
                left = deadline - time.monotonic()
                if left <= 0 or not select.select([rfd], [], [], left)[0]:
                    raise BenchError("Xvfb gave no display number within %.0f s" % timeout)
                chunk = os.read(rfd, 64)
                if not chunk:
                    raise BenchError("Xvfb exited at start (is the xvfb package installed?)")
                number += chunk
        finally:
            os.close(rfd)
        self.display = ":" + number.decode().strip()

    def env(self):
        env = dict(os.environ)
        env["DISPLAY"] = self.display
        env.pop("WAYLAND_DISPLAY", None)
        return env

    def close(self):
        stop_process(self.proc, grace=5.0)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class Grabber:
    """Hashes of the X root window's pixels, with whichever grab tool is faster here."""

    TOOLS = {
        "xwd": ["xwd", "-root", "-silent"],
        "import": ["import", "-window", "root", "rgb:-"],
    }

    def __init__(self, xvfb):
        self.env = xvfb.env()
        timings = {}
        for name, args in self.TOOLS.items():
            if not shutil.which(args[0]):
                continue
            self.args = args
            try:
                t = time.monotonic()
                for _ in range(3):
                    self.grab()
                timings[name] = (time.monotonic() - t) / 3
            except BenchError:
                pass
        if not timings:
            raise BenchError("no screen grab tool: apt-get install -y x11-apps (xwd) or imagemagick")
        self.name = min(timings, key=timings.get)
        self.args = self.TOOLS[self.name]
        self.seconds = timings[self.name]

    def grab(self, keep=None):
        """Returns a hash of the screen's pixels; `keep` also saves the raw grab to that file."""
        try:
            r = subprocess.run(self.args, env=self.env, capture_output=True, timeout=10)
        except subprocess.TimeoutExpired:
            raise BenchError("%s did not return within 10 s" % self.args[0])
        if r.returncode != 0 or not r.stdout:
            raise BenchError("%s failed: %s" % (self.args[0], r.stderr.decode(errors="replace").strip()[-200:]))
        if keep:
            with open(keep, "wb") as f:
                f.write(r.stdout)
        return hashlib.blake2b(r.stdout, digest_size=16).digest()


def watch_screen(grabber, proc, t0, blank, interval=0.05, quiet=1.0, timeout=40.0):
    """Polls the screen until it has changed from `blank` and then stayed the same for `quiet` s.

    Returns (first paint s, final pixels s), both measured from t0 (just before the program
    was started) to the end of the first grab that showed them; a grab takes a few tens of
    ms, so the figures are upper bounds with that resolution. None when never reached.
    """
    first_paint = final_at = None
    last_hash = blank
    last_change = None
    deadline = t0 + timeout
    while time.monotonic() < deadline:
        started = time.monotonic()
        h = grabber.grab()
        done = time.monotonic()
        if h != last_hash:
            last_hash, last_change = h, done
            if h != blank:
                if first_paint is None:
                    first_paint = done - t0
                final_at = done - t0
            else:
                final_at = None  # back to an empty screen: nothing is shown after all
        elif final_at is not None and done - last_change >= quiet:
            return first_paint, final_at
        if proc.poll() is not None:
            raise BenchError("the program exited (code %s) before its screen settled" % proc.returncode)
        time.sleep(max(0.0, interval - (time.monotonic() - started)))
    return first_paint, None


# --- the comparison page --------------------------------------------------------------------

def read_strings(lang):
    """The kiosk's own UI strings (assets/i18n/LANG.txt: `key = value` lines)."""
    out = {}
    path = os.path.join(ROOT, "assets", "i18n", lang + ".txt")
    try:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if "=" in line and not line.lstrip().startswith("#"):
                    k, v = line.split("=", 1)
                    out[k.strip()] = v.strip()
    except OSError:
        pass
    return out


def _data_uri(blob):
    if not blob:
        return None
    mime = "image/png" if bytes(blob[:8]) == b"\x89PNG\r\n\x1a\n" else "image/jpeg"
    return "data:%s;base64,%s" % (mime, base64.b64encode(bytes(blob)).decode())


def pack_facts(pack):
    db = sqlite3.connect("file:%s?mode=ro" % pack, uri=True)
    try:
        meta = dict(db.execute("SELECT key, value FROM meta"))
        kinds = dict(db.execute("SELECT kind, count(*) FROM item GROUP BY kind"))
        media = db.execute("SELECT count(*) FROM media").fetchone()[0]
        thumbs = db.execute("SELECT count(*) FROM thumbnail").fetchone()[0]
    finally:
        db.close()
    return {"meta": meta, "items": kinds, "media": media, "thumbnails": thumbs, "bytes": os.path.getsize(pack)}


def write_peer_page(pack, path, lang="fr"):
    """A static HTML page with what the kiosk's home screen shows, from the same pack.

    Same palette, font (Noto Sans), header and sizes as the kiosk (1 em = 1/34 of the screen's
    short side), the kiosk's French strings, a picture per tile chosen the way the kiosk
    chooses it (the first card of the kind that has one, thumbnail first), and below the tiles
    the belfry cards the brief asks for. Pictures are data: URIs, so nothing is fetched.
    Returns how many pictures the page embeds.
    """
    s = read_strings(lang)
    tr = lambda key, *args: _fill(s.get(key, key), args)
    # Counted strings (key.one / key.other): the French and English rules, the page's languages
    # (the kiosk's own for every language: kiosk/core/languages.cpp).
    one = lambda n: n in (0, 1) if lang == "fr" else n == 1
    count = lambda key, n: _fill(s.get(key + (".one" if one(n) else ".other"), key), (n,))
    db = sqlite3.connect("file:%s?mode=ro" % pack, uri=True)
    try:
        meta = dict(db.execute("SELECT key, value FROM meta"))
        today = time.strftime("%Y-%m-%d")
        rank = "CASE lang WHEN :lang THEN 0 WHEN 'fr' THEN 1 WHEN 'en' THEN 2 ELSE 3 END"
        rows = db.execute(
            "SELECT i.id, i.kind, i.town,"
            " (SELECT value FROM item_text WHERE item_id = i.id AND field = 'title' ORDER BY " + rank + " LIMIT 1),"
            " (SELECT media_id FROM item_media WHERE item_id = i.id ORDER BY position LIMIT 1),"
            " (SELECT start_date FROM event_period WHERE item_id = i.id AND end_date >= :today"
            "   ORDER BY start_date, start_time LIMIT 1)"
            " FROM item i", {"lang": lang, "today": today}).fetchall()

        def picture(media_id):
            if media_id is None:
                return None
            row = db.execute("SELECT bytes FROM thumbnail WHERE media_id = ?", (media_id,)).fetchone()
            row = row or db.execute("SELECT bytes FROM media WHERE id = ?", (media_id,)).fetchone()
            return _data_uri(row[0]) if row else None

        cards = {}
        for item_id, kind, town, title, media_id, next_start in rows:
            if kind == "event" and next_start is None:
                continue  # the kiosk hides events whose dates are all over
            cards.setdefault(kind, []).append(
                {"title": title or "", "town": town or "", "media": media_id, "next": next_start or ""})
        for kind in cards:
            # As the kiosk sorts: events by next date, then titles in byte order (UTF-8).
            cards[kind].sort(key=lambda c: (c["next"], c["title"].encode()))

        pictures = 0
        tiles = []
        for kind in ("site", "belfry", "event"):
            uri = next((u for u in (picture(c["media"]) for c in cards.get(kind, [])) if u), None)
            pictures += uri is not None
            img = '<img src="%s" alt="">' % uri if uri else ""
            tiles.append(
                '<a class="tile %s" href="#">%s<div class="band"><div class="label">%s</div>'
                '<div class="count">%s</div></div></a>'
                % (kind, img, html.escape(tr("kind.%s.plural" % kind)),
                   html.escape(count("home.count." + kind, len(cards.get(kind, []))))))
        belfries = []
        for c in cards.get("belfry", []):
            uri = picture(c["media"])
            pictures += uri is not None
            belfries.append('<div class="card">%s<div><div class="title">%s</div><div class="town">%s</div></div></div>'
                            % ('<img src="%s" alt="">' % uri if uri else '<div class="ph"></div>',
                               html.escape(c["title"]), html.escape(c["town"])))
    finally:
        db.close()

    em = min(SCREEN_W, SCREEN_H) / 34.0
    langs = "".join('<span class="lang%s">%s</span>' % (" on" if l == lang else "", l.upper())
                    for l in ("fr", "en", "nl", "de"))
    page = PAGE_TEMPLATE % {
        "em": "%.2f" % em,
        "lang": lang,
        "region": html.escape(meta.get("region") or tr("app.name")),
        "langs": langs,
        "welcome": html.escape(tr("home.welcome")),
        "subtitle": html.escape(tr("home.subtitle")),
        "tiles": "\n".join(tiles),
        "belfries_title": html.escape(tr("kind.belfry.plural")),
        "belfries": "\n".join(belfries),
    }
    with open(path, "w", encoding="utf-8") as f:
        f.write(page)
    return pictures


def _fill(text, args):
    for a in args:
        text = text.replace("{}", str(a), 1)
    return text


PAGE_TEMPLATE = """<!DOCTYPE html>
<html lang="%(lang)s" translate="no"><head><meta charset="utf-8"><title>Kiosk</title>
<meta name="google" content="notranslate">
<style>
/* 1rem = the kiosk's em (layout); --t turns an ImGui font size into CSS (Noto Sans
   spans 1.362 em from ascent to descent, ImGui sizes that span, CSS sizes the em). */
html { font-size: %(em)spx; --t: 0.734; }
* { box-sizing: border-box; margin: 0; }
body { width: 100vw; height: 100vh; overflow: hidden; background: rgb(246,243,236); color: rgb(25,25,30);
       font-family: "Noto Sans", sans-serif; cursor: none;
       font-size: calc(var(--t) * 1rem); display: flex; flex-direction: column; }
header { height: 3.6rem; flex: none; background: rgb(22,49,84); color: #fff; display: flex; align-items: center;
         padding: 0 0.5rem; gap: 0.3rem; }
header h1 { flex: 1; font-size: calc(var(--t) * 1.45rem); padding-left: 0.2rem; white-space: nowrap; overflow: hidden; }
.lang { width: 2.7rem; height: 2.6rem; border-radius: 0.4rem; background: rgba(255,255,255,0.16);
        display: flex; align-items: center; justify-content: center; font-weight: bold; }
.lang.on { background: #fff; color: rgb(22,49,84); }
main { flex: 1; display: flex; flex-direction: column; padding: 1.2rem 1rem 1rem; min-height: 0; }
h2 { font-size: calc(var(--t) * 2.1rem); line-height: 1.3; }
.sub { color: rgb(88,88,96); margin: 0.3rem 0 1rem; }
.tiles { flex: 3; display: flex; flex-direction: column; gap: 0.8rem; min-height: 0; }
.tile { flex: 1; position: relative; border-radius: 0.6rem; overflow: hidden; background: rgb(225,220,210);
        text-decoration: none; color: #fff; }
.tile img { width: 100%%; height: 100%%; object-fit: cover; display: block; }
.band { position: absolute; left: 0; right: 0; bottom: 0; height: 4.2rem; padding: 0.3rem 0.9rem; }
.site .band { background: rgb(31,111,139); } .belfry .band { background: rgb(150,75,30); }
.event .band { background: rgb(122,48,120); }
.label { font-size: calc(var(--t) * 2.1rem); font-weight: bold; line-height: 1.35; }
.count { color: rgba(255,255,255,0.9); }
h3 { font-size: calc(var(--t) * 1.45rem); margin: 0.8rem 0 0.4rem; }
.cards { flex: 2; display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 0.4rem; align-content: start; overflow: hidden; }
.card { display: flex; gap: 0.5rem; align-items: center; background: #fff; border: 1px solid rgb(214,208,196);
        border-radius: 0.4rem; padding: 0.3rem; height: 3.4rem; }
.card img, .card .ph { width: 4.2rem; height: 2.8rem; object-fit: cover; border-radius: 0.3rem; flex: none;
                       background: rgb(225,220,210); }
.card > div { min-width: 0; }
.card .title { font-weight: bold; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.card .town { color: rgb(88,88,96); font-size: calc(var(--t) * 0.8rem); }
</style></head>
<body>
<header><h1>%(region)s</h1>%(langs)s</header>
<main>
<h2>%(welcome)s</h2>
<p class="sub">%(subtitle)s</p>
<div class="tiles">
%(tiles)s
</div>
<h3>%(belfries_title)s</h3>
<div class="cards">
%(belfries)s
</div>
</main>
</body></html>
"""


# --- runs ------------------------------------------------------------------------------------

def kiosk_selfreport_run(kiosk, pack, tmp, timeout=60.0):
    """One `--dump-state --exit-after-script` run: the kiosk's own start-up figures."""
    state = os.path.join(tmp, "state.json")
    if os.path.exists(state):
        os.remove(state)
    with Xvfb() as x, open(os.path.join(tmp, "kiosk.err"), "w+b") as err:
        t0 = time.monotonic()
        proc = spawn([kiosk, "--pack", pack, "--start-home", "--dump-state", state, "--exit-after-script"], env=x.env(),
                     stdout=subprocess.DEVNULL, stderr=err)
        got = reap(proc, timeout)
        wall = time.monotonic() - t0
        if got is None:
            stop_process(proc)
            raise BenchError("kiosk did not exit within %.0f s with --exit-after-script" % timeout)
        _LIVE.remove(proc)
        code, maxrss = got
        if code != 0 or not os.path.exists(state):
            err.seek(0)
            raise BenchError("kiosk failed (exit %s): %s" % (code, err.read().decode(errors="replace").strip()[-400:]))
    with open(state, encoding="utf-8") as f:
        s = json.load(f)
    # -1 means "never happened" (first_settled_ms stays -1 when no picture ever loaded).
    opt = lambda v: v if isinstance(v, (int, float)) and v >= 0 else None
    return {"first_frame_ms": opt(s.get("first_frame_ms")), "first_settled_ms": opt(s.get("first_settled_ms")),
            "exit_ms": wall * 1000, "peak_rss_kb": maxrss, "frames": s.get("frames"),
            "texture_bytes": s.get("texture_bytes")}


def live_run(args, marker, tmp, idle_seconds, settle_wait, shot=None):
    """Starts a program on a fresh Xvfb and measures it from outside, as a person would see it.

    Time to first paint and to the final pixels (screen grabs), PSS and RSS summed over its
    processes once settled, then CPU over `idle_seconds` with nobody touching it.
    """
    with Xvfb() as x:
        grabber = Grabber(x)
        blank = grabber.grab()
        err = open(os.path.join(tmp, "live.err"), "w+b")
        try:
            t0 = time.monotonic()
            proc = spawn(args, env=x.env(), stdout=subprocess.DEVNULL, stderr=err)
            try:
                first_paint, pixels = watch_screen(grabber, proc, t0, blank)
                if pixels is None:
                    raise BenchError("%s never showed a settled screen (first paint: %s)"
                                     % (os.path.basename(args[0]), first_paint))
                if shot:
                    grabber.grab(keep=shot)
                # Give late work (a browser's post-load tasks, a picture still decoding) its
                # time, so the idle window below really is idle.
                time.sleep(max(0.0, t0 + settle_wait - time.monotonic()))
                pids = process_tree(proc.pid, marker)
                pss = sum(pss_kb(p) for p in pids)
                rss = sum(rss_kb(p) for p in pids)
                before = {p: cpu_ticks(p) for p in pids}
                t_idle = time.monotonic()
                time.sleep(idle_seconds)
                idle_wall = time.monotonic() - t_idle
                after_pids = process_tree(proc.pid, marker)
                ticks = 0
                for p in after_pids:
                    now = cpu_ticks(p)
                    if now is not None:
                        ticks += now - (before.get(p) or 0)  # a process born in the window counts whole
                if proc.poll() is not None:
                    raise BenchError("%s exited during the idle window" % os.path.basename(args[0]))
            finally:
                took, maxrss = stop_process(proc, grace=3.0, extra_pids=process_tree(proc.pid, marker))
        except BenchError as e:
            err.seek(0)
            tail = err.read().decode(errors="replace").strip()[-400:]
            raise BenchError("%s%s" % (e, "\n  stderr: " + tail if tail else ""))
        finally:
            err.close()
    cpu_s = ticks / CLK_TCK
    return {"first_paint_ms": first_paint * 1000, "pixels_ms": pixels * 1000, "pss_kb": pss, "rss_sum_kb": rss,
            "processes": len(pids), "idle_cpu_s": cpu_s, "idle_cpu_pct": 100.0 * cpu_s / idle_wall,
            "idle_window_s": idle_wall, "sigterm_exit_s": took, "peak_rss_kb": maxrss, "grab_tool": grabber.name,
            "grab_ms": grabber.seconds * 1000}


def chromium_binary():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def chromium_args(binary, profile, page):
    return [binary, "--kiosk", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-sandbox", "--user-data-dir=" + profile,
            "--window-size=%d,%d" % (SCREEN_W, SCREEN_H), "--window-position=0,0", "file://" + page]


# --- reporting -------------------------------------------------------------------------------

def summary(values):
    vals = [v for v in values if v is not None]
    if not vals:
        return None
    return {"median": statistics.median(vals), "min": min(vals), "max": max(vals), "n": len(vals),
            "missing": len(values) - len(vals)}


def fmt(v, digits=0):
    if v is None:
        return "n/a"
    return "%.*f" % (digits, v)


def fmt_summary(s, digits=0):
    if not s:
        return "n/a"
    out = "%s  (%s-%s, n=%d)" % (fmt(s["median"], digits), fmt(s["min"], digits), fmt(s["max"], digits), s["n"])
    if s["missing"]:
        out += ", %d n/a" % s["missing"]
    return out


def ratio(peer, ours):
    if peer is None or ours is None:
        return "n/a"
    if ours == 0:
        return "inf" if peer > 0 else "1.0x"
    return "%.1fx" % (peer / ours)


def print_table(headers, rows):
    widths = [max(len(str(r[i])) for r in [headers] + rows) for i in range(len(headers))]
    line = lambda r: "  ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w) for i, (c, w) in enumerate(zip(r, widths)))
    print(line(headers))
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print(line(r))


def machine_facts(chromium):
    def first_line(cmd):
        try:
            r = subprocess.run(cmd, capture_output=True, text=True, timeout=20)
            return (r.stdout + r.stderr).strip().splitlines()[0] if (r.stdout + r.stderr).strip() else None
        except (OSError, subprocess.TimeoutExpired):
            return None

    cpu = None
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next((l.split(":", 1)[1].strip() for l in f if l.startswith("model name")), None)
    except OSError:
        pass
    mem = None
    try:
        with open("/proc/meminfo") as f:
            mem = int(f.readline().split()[1]) // 1024
    except OSError:
        pass
    dpkg = lambda pkg: first_line(["dpkg-query", "-W", "-f=${Version}", pkg])
    facts = {
        "nproc": len(os.sched_getaffinity(0)),
        "cpu": cpu,
        "memory_mb": mem,
        "kernel": platform.release(),
        "loadavg_start": os.getloadavg(),
        "xvfb": dpkg("xvfb"),
        "mesa": dpkg("libgl1-mesa-dri"),
        # Xvfb has no GPU: GLX goes through Mesa's software rasteriser (llvmpipe), and
        # Chromium composites in software (SwiftShader or its software output device).
        "gl": first_line(["sh", "-c", "glxinfo -B 2>/dev/null | grep 'OpenGL renderer'"]) if shutil.which("glxinfo")
        else "Mesa software rasteriser under Xvfb (glxinfo not installed to name it)",
        "chromium": first_line([chromium, "--version"]) if chromium else None,
    }
    return facts


# --- issue 16: the same kiosk on the default pack and on a 50,000-item pack -------------------
#
# Every figure comes from the kiosk's own counters (--dump-state's "perf": UI-thread CPU per
# frame, wall time per frame, the pause of a pack switch; kiosk/core/perf_stats.h) or from
# /proc, in scripted runs (--script; `perf_reset` starts each measured phase), and is printed
# beside issue 16's goal. Goals are reported, never asserted: a missed goal is a figure.

# The tour: tiles, filters, sorting, language switches, back, detail, on every kind. `try`
# steps skip a control this pack's screen does not have (a filter with no category, say).
TOUR_SCRIPT = """
perf_reset
tap tile.site
try filter.open_now
try filter.open_now
try filter.wheelchair
try filter.wheelchair
try sort.distance
try sort.name
try card.0
try nav.back
tap nav.lang
tap lang.en
try panel.close
try card.1
try nav.back
tap nav.home
tap tile.event
try filter.today
try filter.weekend
try filter.week
try filter.all
try card.0
try nav.back
tap nav.home
tap tile.belfry
try card.0
try detail.map
try nav.back
try nav.back
tap nav.home
tap nav.lang
tap lang.nl
try panel.close
tap tile.site
try card.2
try nav.back
tap nav.lang
tap lang.de
try panel.close
tap nav.home
tap nav.lang
tap lang.fr
try panel.close
dump {dir}/tour.json
"""

# Zooming the whole map in, panning, and out again.
MAP_SCRIPT = """
tap home.map
perf_reset
tap map.zoom_in
tap map.zoom_in
tap map.zoom_in
drag 400 900 700 1100 300
tap map.zoom_in
tap map.zoom_out
tap map.zoom_out
drag 700 1100 400 900 300
tap map.zoom_out
tap map.zoom_out
try map.recenter
dump {dir}/map.json
"""

# Several words on the search screen, letter by letter as a visitor types them.
SEARCH_SCRIPT = """
tap home.search
perf_reset
type beffroi
tap key.space
type lille
tap key.clear
type carnaval_geants
tap key.clear
type musee_histoire
tap key.clear
type chateau
dump {dir}/search.json
"""

# Hot reload: the bench renames `active` once `before.json` is written; the kiosk, idle on
# its home screen, switches within a few seconds (it looks every 2 s, once nobody touched it
# for a while) and the dump after the wait holds the switch's figures.
RELOAD_SCRIPT = """
dump {dir}/before.json
perf_reset
wait {wait_ms}
dump {dir}/after.json
"""

GOALS = {
    "first_frame": "50k <= 1.2x default",
    "content_ready": "-",
    "load_frame": "< 50 ms",
    "reload_pause": "< 50 ms",
    "reload_frame": "< 50 ms",
    "tap_p99": "< 16 ms",
    "busiest_p50": "< 1 ms",
    "map_p99": "< 4 ms",
    "search_p99": "< 5 ms",
    "attract_pct": "< 2 %",
    "pss_ratio": ">= 6x",
}


def perf_of(dump, series, key):
    """A figure of a dump's perf series, or None when the series has no sample."""
    s = ((dump or {}).get("perf") or {}).get(series)
    return s.get(key) if s and s.get("n") else None


def kiosk_scripted(kiosk, args, script, tmp, name, timeout=240.0, during=None, **fill):
    """Runs the kiosk once on a fresh Xvfb with `script` and --exit-after-script.

    Returns {dump name: its JSON} for every `dump {dir}/NAME.json` the script wrote, plus
    "final" (--dump-state once the script ended). `during(proc, dir)` runs while it plays.
    """
    run_dir = os.path.join(tmp, name)
    shutil.rmtree(run_dir, ignore_errors=True)
    os.makedirs(run_dir)
    script_path = os.path.join(run_dir, "script.txt")
    with open(script_path, "w", encoding="utf-8") as f:
        f.write(script.format(dir=run_dir, **fill))
    final = os.path.join(run_dir, "final.json")
    with Xvfb() as x, open(os.path.join(run_dir, "kiosk.err"), "w+b") as err:
        proc = spawn([kiosk] + args + ["--script", script_path, "--dump-state", final, "--exit-after-script"],
                     env=x.env(), stdout=subprocess.DEVNULL, stderr=err)
        try:
            if during:
                during(proc, run_dir)
            # during() may have seen it exit (Popen.poll reaps it, so wait4 would find nothing).
            got = reap(proc, timeout) if proc.returncode is None else (proc.returncode, None)
        finally:
            if proc.returncode is None:
                stop_process(proc)
        if proc in _LIVE:
            _LIVE.remove(proc)
        if got is None:
            raise BenchError("kiosk (%s) did not finish its script within %.0f s" % (name, timeout))
        err.seek(0)
        tail = err.read().decode(errors="replace").strip()
        if got[0] != 0:
            raise BenchError("kiosk (%s) exited with %s: %s" % (name, got[0], tail[-400:]))
    dumps = {"peak_rss_kb": got[1]}
    for file in os.listdir(run_dir):
        if file.endswith(".json"):
            with open(os.path.join(run_dir, file), encoding="utf-8") as f:
                dumps[file[:-5]] = json.load(f)
    return dumps


def reload_run(kiosk, pack, tmp, name, wait_s):
    """A hot reload of a second pack (the same content under another file name, so the kiosk
    sees a new install) while the kiosk sits on its home screen."""
    state = os.path.join(tmp, name + "-state")
    shutil.rmtree(state, ignore_errors=True)
    os.makedirs(state)
    first, second = os.path.join(state, "pack-1.pack"), os.path.join(state, "pack-2.pack")
    for path in (first, second):
        try:
            os.link(pack, path)
        except OSError:
            shutil.copyfile(pack, path)
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from monkey import switch_active  # kiosk-sync's install: a symlink renamed over `active`
    switch_active(state, first)

    def during(proc, run_dir):
        deadline = time.monotonic() + 120
        while not os.path.exists(os.path.join(run_dir, "before.json")):
            if proc.poll() is not None or time.monotonic() > deadline:
                return
            time.sleep(0.05)
        switch_active(state, second)

    dumps = kiosk_scripted(kiosk, ["--state", state, "--start-home"], RELOAD_SCRIPT, tmp, name,
                           during=during, wait_ms=int(wait_s * 1000))
    after = dumps.get("after") or {}
    switched = os.path.basename(after.get("pack_file", "")) == "pack-2.pack"
    return {"switched": switched, "pause_ms": perf_of(after, "reload", "max"),
            "frame_wall_max_ms": perf_of(after, "frame_wall", "max"), "perf": after.get("perf")}


def attract_cpu(kiosk, pack, settle_s, window_s):
    """CPU of the whole kiosk (all threads: software GL draws on its own) on the attract loop,
    as % of one core over `window_s` after `settle_s`."""
    with Xvfb() as x:
        proc = spawn([kiosk, "--pack", pack], env=x.env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            time.sleep(settle_s)
            if proc.poll() is not None:
                raise BenchError("kiosk exited on the attract loop (code %s)" % proc.returncode)
            pids = process_tree(proc.pid)
            before = {p: cpu_ticks(p) or 0 for p in pids}
            t = time.monotonic()
            time.sleep(window_s)
            wall = time.monotonic() - t
            ticks = sum((cpu_ticks(p) or 0) - before.get(p, 0) for p in process_tree(proc.pid))
        finally:
            stop_process(proc, grace=3.0)
    return 100.0 * ticks / CLK_TCK / wall


def scale_pack_figures(opt, kiosk, pack, tmp, tag, chromium):
    """Every issue-16 figure for one pack; returns a dict, printing progress."""
    out = {"pack": pack, "items": sum(pack_facts(pack)["items"].values())}
    say = lambda s: print("  [%s] %s" % (tag, s), flush=True)  # noqa: E731
    say("start-up, %d runs ..." % opt.scale_runs)
    kiosk_selfreport_run(kiosk, pack, tmp)  # warm-up: the pack into the page cache
    starts = [kiosk_scripted(kiosk, ["--pack", pack, "--start-home"], "", tmp, tag + "-start")
              for _ in range(opt.scale_runs)]
    finals = [s.get("final") or {} for s in starts]
    med = lambda xs: statistics.median(xs) if xs else None  # noqa: E731
    num = lambda v: v if isinstance(v, (int, float)) and v >= 0 else None  # noqa: E731
    out["first_frame_ms"] = med([v for v in (num(f.get("first_frame_ms")) for f in finals) if v is not None])
    out["content_ready_ms"] = med([v for v in (num(f.get("content_ready_ms")) for f in finals) if v is not None])
    # While the content loads, the screen must keep moving: the longest frame until the
    # start-up dump (once settled), and the UI thread's own time in the load when it happens
    # before the first frame (then no frame is drawn at all for that long).
    loads = []
    for f in finals:
        frame_max = perf_of(f, "frame_wall", "max") or 0
        ui_load = num(f.get("ui_load_ms")) or 0
        loads.append(max(frame_max, ui_load))
        out.setdefault("ui_load_ms", []).append(ui_load)
        out.setdefault("startup_frame_wall_max_ms", []).append(frame_max)
    out["load_frame_max_ms"] = max(loads) if loads else None
    # The UI thread's own CPU in each frame drawn while the loader worked (after the first
    # frame): what the screen waits for, without the X server's and software GL's share.
    cpus = [perf_of(f, "loading", "max") for f in finals]
    cpus = [c for c in cpus if c is not None]
    out["load_frame_cpu_max_ms"] = max(cpus) if cpus else None

    say("hot reload ...")
    rel = reload_run(kiosk, pack, tmp, tag + "-reload", opt.reload_wait)
    out["reload"] = rel
    out["reload_pause_ms"] = rel["pause_ms"] if rel["switched"] else None
    out["reload_frame_max_ms"] = rel["frame_wall_max_ms"] if rel["switched"] else None
    out["reload_frame_cpu_max_ms"] = perf_of(rel, "frame", "max") if rel["switched"] else None

    say("tour (tiles, filters, languages, back, detail) ...")
    tour = kiosk_scripted(kiosk, ["--pack", pack, "--start-home"], TOUR_SCRIPT, tmp, tag + "-tour").get("tour")
    say("map zoom ...")
    mapd = kiosk_scripted(kiosk, ["--pack", pack, "--start-home"], MAP_SCRIPT, tmp, tag + "-map").get("map")
    say("search typing ...")
    search = kiosk_scripted(kiosk, ["--pack", pack, "--start-home"], SEARCH_SCRIPT, tmp, tag + "-search").get("search")
    out["perf"] = {"tour": (tour or {}).get("perf"), "map": (mapd or {}).get("perf"),
                   "search": (search or {}).get("perf")}
    out["tap_p99_ms"] = perf_of(tour, "tap", "p99")
    out["tap_n"] = perf_of(tour, "tap", "n")
    # The busiest screen: the highest median CPU per frame among the list (tour), the map
    # (zooming) and the search screen's frames (typing: its "frame" series after perf_reset).
    screens = {"list": perf_of(tour, "list", "p50"), "map": perf_of(mapd, "map", "p50"),
               "search": perf_of(search, "frame", "p50")}
    screens = {k: v for k, v in screens.items() if v is not None}
    out["busiest_screen"] = max(screens, key=screens.get) if screens else None
    out["busiest_p50_ms"] = screens.get(out["busiest_screen"]) if screens else None
    out["screens_p50_ms"] = screens
    out["map_p99_ms"] = perf_of(mapd, "map", "p99")
    out["search_p99_ms"] = perf_of(search, "search", "p99")
    out["search_n"] = perf_of(search, "search", "n")

    say("attract loop CPU over %.0f s ..." % opt.attract_seconds)
    # After the content is read: the loader's read of a big pack is start-up, not the loop.
    settle = max(5.0, (max(out["first_frame_ms"] or 0, out["content_ready_ms"] or 0)) / 1000 + 4)
    out["attract_pct"] = attract_cpu(kiosk, pack, settle, opt.attract_seconds)

    out["kiosk_pss_mb"] = out["chromium_pss_mb"] = out["pss_ratio"] = None
    if chromium:
        say("PSS of the kiosk and of Chromium on the same content ...")
        try:
            k = live_run([kiosk, "--pack", pack, "--start-home"], None, tmp, 1.0, max(3.0, settle - 1))
            page = os.path.join(tmp, tag + "-home.html")
            write_peer_page(pack, page)
            profile = os.path.join(tmp, "chromium-profile-%s-%d" % (tag, os.getpid()))
            live_run(chromium_args(chromium, profile, page), profile, tmp, idle_seconds=0.5, settle_wait=0)
            try:
                c = live_run(chromium_args(chromium, profile, page), profile, tmp, 1.0, 3.0)
            except BenchError as e:
                # On a busy 2-core machine Chromium sometimes takes longer than watch_screen's
                # 40 s to settle a page of 3,000 cards: once more before giving up.
                say("Chromium again (%s)" % str(e).splitlines()[0])
                c = live_run(chromium_args(chromium, profile, page), profile, tmp, 1.0, 3.0)
            out["kiosk_pss_mb"], out["chromium_pss_mb"] = k["pss_kb"] / 1024, c["pss_kb"] / 1024
            out["pss_ratio"] = c["pss_kb"] / k["pss_kb"] if k["pss_kb"] else None
        except BenchError as e:
            say("PSS comparison skipped: %s" % e)
    return out


def met(ok):
    return "n/a" if ok is None else ("yes" if ok else "NO")


def print_scale_table(default, big):
    f = lambda v, d=1: fmt(v, d)  # noqa: E731
    lt = lambda v, goal: None if v is None else v < goal  # noqa: E731
    ff_ratio = (big["first_frame_ms"] / default["first_frame_ms"]
                if big.get("first_frame_ms") and default.get("first_frame_ms") else None)
    rows = [
        ["first frame, ms (kiosk's first_frame_ms, median)", f(default["first_frame_ms"], 0), f(big["first_frame_ms"], 0),
         GOALS["first_frame"], "%s (%.2fx)" % (met(ff_ratio <= 1.2), ff_ratio) if ff_ratio else "n/a"],
        ["content ready, ms (content_ready_ms, median)", f(default["content_ready_ms"], 0), f(big["content_ready_ms"], 0),
         GOALS["content_ready"], "-"],
        ["longest frame or UI-thread load while loading, ms", f(default["load_frame_max_ms"]),
         f(big["load_frame_max_ms"]), GOALS["load_frame"], met(lt(big["load_frame_max_ms"], 50))],
        ["longest frame's UI-thread CPU while loading, ms", f(default.get("load_frame_cpu_max_ms")),
         f(big.get("load_frame_cpu_max_ms")), GOALS["load_frame"], met(lt(big.get("load_frame_cpu_max_ms"), 50))],
        ["hot-reload pause (UI thread), ms", f(default["reload_pause_ms"]), f(big["reload_pause_ms"]),
         GOALS["reload_pause"], met(lt(big["reload_pause_ms"], 50))],
        ["longest frame during the hot reload, ms", f(default["reload_frame_max_ms"]), f(big["reload_frame_max_ms"]),
         GOALS["reload_frame"], met(lt(big["reload_frame_max_ms"], 50))],
        ["longest frame's UI-thread CPU during the hot reload, ms", f(default.get("reload_frame_cpu_max_ms")),
         f(big.get("reload_frame_cpu_max_ms")), GOALS["reload_frame"], met(lt(big.get("reload_frame_cpu_max_ms"), 50))],
        ["tap-to-next-frame CPU p99, ms (tour, n=%s/%s)" % (default.get("tap_n"), big.get("tap_n")),
         f(default["tap_p99_ms"], 2), f(big["tap_p99_ms"], 2), GOALS["tap_p99"], met(lt(big["tap_p99_ms"], 16))],
        ["busiest screen CPU per frame p50, ms (%s / %s)" % (default.get("busiest_screen"), big.get("busiest_screen")),
         f(default["busiest_p50_ms"], 2), f(big["busiest_p50_ms"], 2), GOALS["busiest_p50"],
         met(lt(big["busiest_p50_ms"], 1))],
        ["map zoom CPU per frame p99, ms", f(default["map_p99_ms"], 2), f(big["map_p99_ms"], 2), GOALS["map_p99"],
         met(lt(big["map_p99_ms"], 4))],
        ["search keystroke to frame CPU p99, ms (n=%s/%s)" % (default.get("search_n"), big.get("search_n")),
         f(default["search_p99_ms"], 2), f(big["search_p99_ms"], 2), GOALS["search_p99"],
         met(lt(big["search_p99_ms"], 5))],
        ["attract loop CPU, % of one core", f(default["attract_pct"], 2), f(big["attract_pct"], 2),
         GOALS["attract_pct"], met(lt(big["attract_pct"], 2))],
        ["PSS, Chromium / kiosk (kiosk MB; Chromium MB)",
         "%s (%s; %s)" % (f(default["pss_ratio"]), f(default["kiosk_pss_mb"]), f(default["chromium_pss_mb"])),
         "%s (%s; %s)" % (f(big["pss_ratio"]), f(big["kiosk_pss_mb"]), f(big["chromium_pss_mb"])),
         GOALS["pss_ratio"], met(None if big["pss_ratio"] is None else big["pss_ratio"] >= 6)],
    ]
    print_table(["figure", "default (%d items)" % default["items"], "50k (%d items)" % big["items"], "goal",
                 "50k meets it"], rows)
    print("screens' median CPU per frame, ms: default %s; 50k %s" % (
        ", ".join("%s %.2f" % kv for kv in sorted(default["screens_p50_ms"].items())),
        ", ".join("%s %.2f" % kv for kv in sorted(big["screens_p50_ms"].items()))))
    for tag, r in (("default", default), ("50k", big)):
        if not r["reload"]["switched"]:
            print("note: %s: the kiosk had not switched to the second pack when the reload run ended "
                  "(raise --reload-wait)" % tag)
    print("CPU figures are the UI thread's (CLOCK_THREAD_CPUTIME_ID, up to the buffer swap); 'tap' counts the "
          "intent's apply and the frame after it; the attract loop is the whole process (software GL included).")


def run_scale(opt, kiosk, tmp, results, chromium):
    print("\n== Issue 16: the default pack and a 50,000-item pack, each figure beside its goal ==", flush=True)
    if opt.big_pack:
        big_pack_path = os.path.abspath(opt.big_pack)
    else:
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        import big_pack
        try:
            big_pack_path = big_pack.pack(opt.kiosk_pack, opt.big_items, opt.big_cache,
                                          log=lambda s: print("  " + s, flush=True))
        except (RuntimeError, OSError) as e:
            raise BenchError("cannot make the 50k pack: %s" % e)
    default_pack = os.path.abspath(opt.pack)
    print("  default pack: %s\n  50k pack: %s" % (default_pack, big_pack_path), flush=True)
    default = scale_pack_figures(opt, kiosk, default_pack, tmp, "default", chromium)
    big = scale_pack_figures(opt, kiosk, big_pack_path, tmp, "50k", chromium)
    results["scale"] = {"default": default, "50k": big}
    print()
    print_scale_table(default, big)


# --- issue 17: eight languages with Japanese against today's four ----------------------------

LANGS_TODAY = ["fr", "en", "nl", "de"]
LANGS_EIGHT = ["fr", "en", "nl", "de", "es", "it", "pl", "ja"]


def langs_run(kiosk, pack, tmp, name, languages, lang, settle_wait, taps=()):
    """One start on the same pack with `languages` offered: the kiosk's own start-up figures
    and, once settled plus `settle_wait` seconds, its PSS and RSS from /proc."""
    cfg = os.path.join(tmp, name + ".toml")
    with open(cfg, "w", encoding="utf-8") as f:
        f.write("[kiosk]\nlanguages = [%s]\nlanguage = \"%s\"\nstate_dir = \"%s\"\n"
                % (", ".join('"%s"' % l for l in languages), languages[0], os.path.join(tmp, name + "-state")))
    mem = {}

    def during(proc, run_dir):
        settled = os.path.join(run_dir, "settled.json")
        deadline = time.monotonic() + 120
        while not os.path.exists(settled) and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(settle_wait)
        if proc.poll() is None:
            mem["pss_kb"], mem["rss_kb"] = pss_kb(proc.pid), rss_kb(proc.pid)

    args = ["--config", cfg, "--pack", pack, "--start-home"] + (["--lang", lang] if lang else [])
    script = "".join("tap %s\n" % t for t in taps) + "dump {dir}/settled.json\nwait %d\n" % int((settle_wait + 2) * 1000)
    d = kiosk_scripted(kiosk, args, script, tmp, name, during=during)
    s = d["settled"]
    opt = lambda v: v if isinstance(v, (int, float)) and v >= 0 else None
    g = s.get("glyphs") or {}
    return {"first_frame_ms": opt(s.get("first_frame_ms")), "content_ready_ms": opt(s.get("content_ready_ms")),
            "pss_kb": mem.get("pss_kb"), "rss_kb": mem.get("rss_kb"), "atlas_kb": (g.get("atlas_bytes") or 0) / 1024,
            "glyphs": g.get("wanted"), "missing": len(g.get("missing") or []), "language": s.get("language"),
            "font_build_ms": perf_of(s, "font_build", "max")}


def run_langs(opt, kiosk, pack, tmp, results):
    print("\n== Issue 17: eight languages with Japanese against today's four, same pack ==", flush=True)
    kinds = [("today: fr en nl de", LANGS_TODAY, None), ("8 languages, French shown", LANGS_EIGHT, None),
             ("8 languages, Japanese shown", LANGS_EIGHT, "ja"), ("8 languages, French, then ja picked", LANGS_EIGHT, "+ja")]
    binaries = {label: kiosk for label, _, _ in kinds}
    if opt.langs_today_kiosk:
        # Today's build (before CJK glyphs), four languages: what "today's" means in the goal.
        kinds.append(("today's binary, fr en nl de", LANGS_TODAY, None))
        binaries[kinds[-1][0]] = os.path.abspath(opt.langs_today_kiosk)
    # Round robin, so that a machine whose load drifts during the section weighs on every kind
    # alike rather than on the ones that happened to run during a busy minute.
    runs = {label: [] for label, _, _ in kinds}
    for i in range(opt.langs_runs):
        for n, (label, languages, lang) in enumerate(kinds):
            # "+ja": started in French, then a visitor picks Japanese (the atlas rebuilt for it).
            taps = ("nav.lang", "lang.ja") if lang == "+ja" else ()
            runs[label].append(langs_run(binaries[label], pack, tmp, "langs%d-%d" % (n, i), languages,
                                         None if lang == "+ja" else lang, opt.settle_wait, taps))
        print("  round %d of %d done" % (i + 1, opt.langs_runs), flush=True)
    med = lambda rs, k: summary([r[k] for r in rs if r[k] is not None])["median"] if any(r[k] is not None for r in rs) else None
    # "Today's" is today's binary when given, else this build with today's four languages.
    base_label = kinds[-1][0] if opt.langs_today_kiosk else kinds[0][0]
    base = runs[base_label]
    rows = []
    figures = {}
    for label, _, _ in kinds:
        rs = runs[label]
        row = [label]
        figures[label] = {}
        for key, scale in (("first_frame_ms", 1), ("content_ready_ms", 1), ("pss_kb", 1 / 1024), ("rss_kb", 1 / 1024),
                           ("atlas_kb", 1 / 1024), ("font_build_ms", 1)):
            v, b = med(rs, key), med(base, key)
            figures[label][key] = v
            if v is None:
                row.append("-")
            elif rs is base or not b:
                row.append(fmt(v * scale, 1))
            else:
                row.append("%s (%+.1f%%)" % (fmt(v * scale, 1), 100.0 * (v - b) / b if b else 0.0))
        row.append("-" if rs[-1]["glyphs"] is None else "%s / %s" % (rs[-1]["glyphs"], rs[-1]["missing"]))
        rows.append(row)
    print_table(["languages", "first frame ms", "content ready ms", "PSS MB", "RSS MB", "atlas MB", "atlas build ms",
                 "glyphs / missing"], rows)
    # "Japanese enabled" is Japanese among the languages the config offers: the kiosk starts in
    # its usual language and a visitor may pick Japanese (then its glyphs are built). A kiosk
    # whose first language is Japanese draws some 400 more glyphs at four sizes before its first
    # frame: printed beside the goal, not counted in it.
    def worst_of(pick):
        worst = []
        for label, languages, lang in kinds:
            if languages is not LANGS_EIGHT or not pick(lang):
                continue
            for key in ("first_frame_ms", "pss_kb", "rss_kb"):
                v, b = figures[label][key], figures[base_label][key]
                if v is not None and b:
                    worst.append((100.0 * (v - b) / b, label, key))
        return max(worst) if worst else None
    w = worst_of(lambda lang: lang != "ja")
    if w:
        print("goal: memory and start-up within 10%% of today's with Japanese enabled (offered); largest change %+.1f%% (%s, %s): %s"
              % (w[0], w[1], w[2], met(w[0] <= 10.0)))
    w = worst_of(lambda lang: lang == "ja")
    if w:
        print("(Japanese as the kiosk's first language, not the goal's case: largest change %+.1f%% (%s))" % (w[0], w[2]))
    print("(medians of %d runs each, changes against \"%s\"; start-up is the kiosk's own first_frame_ms, memory read "
          "%.0f s after it settled)" % (opt.langs_runs, base_label, opt.settle_wait))
    results["langs"] = {"runs": runs, "medians": figures}


# --- main ------------------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=7, help="kiosk runs of each kind (default 7)")
    ap.add_argument("--peer-runs", type=int, default=None, help="Chromium runs (default: min(runs, 5))")
    ap.add_argument("--pack", default=os.path.join(ROOT, "build", "default.pack"), help="content pack to show")
    ap.add_argument("--kiosk", default=os.path.join(ROOT, "build", "kiosk"), help="kiosk binary")
    ap.add_argument("--no-peer", action="store_true", help="skip the Chromium comparison")
    ap.add_argument("--idle-seconds", type=float, default=10.0, help="length of the idle-CPU window (default 10)")
    ap.add_argument("--settle-wait", type=float, default=3.0,
                    help="seconds after start before memory and idle CPU are read (default 3)")
    ap.add_argument("--json", metavar="FILE", help="also save every figure as JSON")
    ap.add_argument("--shots", metavar="DIR", help="save each program's settled screen (xwd) there, to look at")
    sc = ap.add_argument_group("issue 16's section: the default pack and a 50,000-item pack, figures beside goals")
    sc.add_argument("--scale-only", action="store_true", help="run only this section")
    sc.add_argument("--no-scale", action="store_true", help="skip this section")
    sc.add_argument("--big-pack", metavar="FILE", help="use this pack as the big one (default: bench/big_pack.py's)")
    sc.add_argument("--big-items", type=int, default=50000, help="items of the generated big pack (default 50000)")
    sc.add_argument("--big-cache", default="/tmp/kiosk-big-pack", help="where the generated big pack is cached")
    sc.add_argument("--kiosk-pack", default=os.path.join(ROOT, "build", "kiosk-pack"),
                    help="kiosk-pack binary that builds the big pack")
    sc.add_argument("--scale-runs", type=int, default=3, help="start-up runs per pack (default 3)")
    sc.add_argument("--attract-seconds", type=float, default=30.0,
                    help="length of the attract loop's CPU window (default 30)")
    sc.add_argument("--reload-wait", type=float, default=20.0,
                    help="seconds the hot-reload run waits for the switch (default 20)")
    lg = ap.add_argument_group("issue 17's section: start-up and memory with eight languages (Japanese) against four")
    lg.add_argument("--langs-only", action="store_true", help="run only this section")
    lg.add_argument("--no-langs", action="store_true", help="skip this section")
    lg.add_argument("--langs-runs", type=int, default=3, help="starts per language set (default 3)")
    lg.add_argument("--langs-today-kiosk", metavar="FILE",
                    help="also start this kiosk binary (a build from before issue 17) with the four languages")
    opt = ap.parse_args()
    if opt.langs_only and opt.no_langs:
        ap.error("--langs-only and --no-langs exclude each other")
    if opt.langs_only:
        opt.no_scale = True
    if opt.langs_runs < 1:
        ap.error("--langs-runs must be at least 1")
    if opt.scale_only and opt.no_scale:
        ap.error("--scale-only and --no-scale exclude each other")
    if opt.scale_runs < 1:
        ap.error("--scale-runs must be at least 1")
    if opt.runs < 1:
        ap.error("--runs must be at least 1")
    peer_runs = opt.peer_runs if opt.peer_runs is not None else min(opt.runs, 5)

    for path, what in ((opt.kiosk, "kiosk binary (cmake --build build)"), (opt.pack, "content pack")):
        if not os.path.exists(path):
            print("bench: no %s at %s" % (what, path), file=sys.stderr)
            return 2
    if not shutil.which("Xvfb"):
        print("bench: Xvfb is missing: apt-get install -y xvfb", file=sys.stderr)
        return 2
    chromium = None
    if not opt.no_peer:
        chromium = chromium_binary()
        if not chromium:
            print("bench: chromium not found, so no comparison this time (apt-get install -y chromium, "
                  "or pass --no-peer to silence this)", file=sys.stderr)
    pack = os.path.abspath(opt.pack)
    kiosk = os.path.abspath(opt.kiosk)

    become_subreaper()
    # Ctrl-C must reach us even when started from a shell that ignores it for background jobs.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, _on_term)
    signal.signal(signal.SIGHUP, _on_term)
    tmp = tempfile.mkdtemp(prefix="kiosk-bench-")
    if opt.shots:
        os.makedirs(opt.shots, exist_ok=True)
    results = {"pack": pack, "pack_facts": pack_facts(pack), "machine": machine_facts(chromium),
               "runs": opt.runs, "peer_runs": peer_runs if chromium else 0, "idle_seconds": opt.idle_seconds}
    try:
        if not opt.scale_only and not opt.langs_only:
            run_all(opt, kiosk, pack, chromium, peer_runs, tmp, results)
        if not opt.no_scale:
            run_scale(opt, kiosk, tmp, results, chromium)
        if not opt.no_langs and not opt.scale_only:
            run_langs(opt, kiosk, pack, tmp, results)
        if opt.json:
            with open(opt.json, "w", encoding="utf-8") as f:
                json.dump(results, f, indent=2)
            print("figures saved to %s" % opt.json)
        return 0
    except BenchError as e:
        print("bench: %s" % e, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("bench: interrupted; stopping what it started", file=sys.stderr)
        return 130
    except SystemExit:
        print("bench: stopped by a signal; stopping what it started", file=sys.stderr)
        raise
    finally:
        _stop_all()
        shutil.rmtree(tmp, ignore_errors=True)


def run_all(opt, kiosk, pack, chromium, peer_runs, tmp, results):
    pf = results["pack_facts"]
    print("pack: %s (%d KB; %s; %d pictures, %d thumbnails)" % (
        pack, pf["bytes"] // 1024, ", ".join("%d %s" % (n, k) for k, n in sorted(pf["items"].items())),
        pf["media"], pf["thumbnails"]))
    if pf["media"] == 0:
        print("note: this pack has no pictures, so the kiosk never reports first_settled_ms "
              "(it waits for the tiles' pictures) and the peer page has plain tiles too")

    # Warm-up, not counted: loads both programs' files into the page cache, and creates the
    # Chromium profile, so every counted run is a warm start like a kiosk's daily reboot.
    print("\nwarming up ...", flush=True)
    kiosk_selfreport_run(kiosk, pack, tmp)
    profile = os.path.join(tmp, "chromium-profile-%d" % os.getpid())  # unique: finds its processes
    page = os.path.join(tmp, "home.html")
    if chromium:
        pictures = write_peer_page(pack, page)
        results["peer_page"] = {"bytes": os.path.getsize(page), "pictures": pictures}
        live_run(chromium_args(chromium, profile, page), profile, tmp, idle_seconds=0.5, settle_wait=0)

    print("kiosk start-up (--dump-state --exit-after-script), %d runs ..." % opt.runs, flush=True)
    selfrep = [kiosk_selfreport_run(kiosk, pack, tmp) for _ in range(opt.runs)]
    results["kiosk_selfreport"] = selfrep

    # The peer is a static home page, so the kiosk is compared on its (static) home screen;
    # the attract loop, which animates by design, is measured on its own below.
    kiosk_args = [kiosk, "--pack", pack, "--start-home"]
    print("kiosk seen from outside, %d runs of ~%.0f s ..." % (opt.runs, opt.settle_wait + opt.idle_seconds + 1),
          flush=True)
    live_k = []
    for i in range(opt.runs):
        shot = os.path.join(opt.shots, "kiosk.xwd") if opt.shots and i == 0 else None
        live_k.append(live_run(kiosk_args, None, tmp, opt.idle_seconds, opt.settle_wait, shot))
    results["kiosk_live"] = live_k
    print("kiosk attract loop, 1 run of ~%.0f s ..." % (opt.settle_wait + opt.idle_seconds + 1), flush=True)
    results["kiosk_attract"] = live_run([kiosk, "--pack", pack], None, tmp, opt.idle_seconds, opt.settle_wait)

    live_c = []
    if chromium:
        print("chromium --kiosk seen from outside, %d runs of ~%.0f s ..."
              % (peer_runs, opt.settle_wait + opt.idle_seconds + 2), flush=True)
        for i in range(peer_runs):
            shot = os.path.join(opt.shots, "chromium.xwd") if opt.shots and i == 0 else None
            live_c.append(live_run(chromium_args(chromium, profile, page), profile, tmp, opt.idle_seconds,
                                   opt.settle_wait, shot))
        results["chromium_live"] = live_c
    results["machine"]["loadavg_end"] = os.getloadavg()

    # --- the kiosk's own figures
    col = lambda rows, key: [r[key] for r in rows]
    print("\n== 1. Kiosk start-up, as the kiosk reports it (ms from process start; median (min-max, n)) ==")
    print_table(["figure", "kiosk"], [
        ["first frame swapped (first_frame_ms)", fmt_summary(summary(col(selfrep, "first_frame_ms")))],
        ["home pictures loaded (first_settled_ms)", fmt_summary(summary(col(selfrep, "first_settled_ms")))],
        ["Popen to exit after settling", fmt_summary(summary(col(selfrep, "exit_ms")))],
        ["peak RSS, MB (ru_maxrss)", fmt_summary(summary([v / 1024 for v in col(selfrep, "peak_rss_kb")]), 1)],
    ])

    # --- side by side
    grab = live_k[0]
    print("\n== 2. Seen from outside: same Xvfb %dx%d, same method (median (min-max, n)) ==" % (SCREEN_W, SCREEN_H))
    print("time to pixels: Popen to the end of the first %s grab (%.0f ms each, every ~50 ms) that shows the"
          % (grab["grab_tool"], grab["grab_ms"]))
    print("screen as it stays for 1 s; PSS/RSS summed over all the program's processes %.0f s after start;"
          % opt.settle_wait)
    print("idle CPU over %.0f s after that, nobody touching the screen." % opt.idle_seconds)
    metrics = [
        ("time to first paint, ms", "first_paint_ms", 1, 0),
        ("time to pixels, ms", "pixels_ms", 1, 0),
        ("PSS after settle, MB", "pss_kb", 1 / 1024, 1),
        ("RSS sum after settle, MB", "rss_sum_kb", 1 / 1024, 1),
        ("processes", "processes", 1, 0),
        ("idle CPU, s per %.0f s" % opt.idle_seconds, "idle_cpu_s", 1, 2),
        ("idle CPU, %% of one core", "idle_cpu_pct", 1, 2),
        ("peak RSS of the main process, MB", "peak_rss_kb", 1 / 1024, 1),
    ]
    rows, final = [], []
    for label, key, scale, digits in metrics:
        k = summary([None if r[key] is None else r[key] * scale for r in live_k])
        c = summary([None if r[key] is None else r[key] * scale for r in live_c]) if live_c else None
        rows.append([label.replace("%%", "%"), fmt_summary(k, digits), fmt_summary(c, digits) if chromium else "skipped"])
        final.append([label.replace("%%", "%"), fmt(k and k["median"], digits), fmt(c and c["median"], digits)
                      if chromium else "skipped", ratio(c and c["median"], k and k["median"])])
    print_table(["metric", "kiosk", "chromium --kiosk"], rows)

    slow_exit = sum(1 for r in live_k if r["sigterm_exit_s"] is None)
    if slow_exit:
        print("note: the kiosk did not exit within 3 s of SIGTERM in %d of %d runs (it was killed)"
              % (slow_exit, len(live_k)))

    print("\n== 3. Summary: medians, and how many times the kiosk's figure Chromium's is ==")
    sr = summary(col(selfrep, "first_frame_ms"))
    ss = summary(col(selfrep, "first_settled_ms"))
    final.insert(0, ["kiosk first frame (self-reported), ms", fmt(sr and sr["median"]), "-", "-"])
    final.insert(1, ["kiosk pictures loaded (self-reported), ms", fmt(ss and ss["median"]), "-", "-"])
    print_table(["metric", "kiosk", "chromium", "chromium/kiosk"], final)

    m = results["machine"]
    att = results.get("kiosk_attract")
    if att:
        print("\nattract loop (what a kiosk shows when nobody is there; a 0.6 s cross-fade every slide): "
              "CPU %.2f s per %.0f s = %.1f %% of one core" % (att["idle_cpu_s"], att["idle_window_s"], att["idle_cpu_pct"]))
    print("\nmachine: %d CPUs (%s), %s MB RAM, Linux %s; load average %.2f at start, %.2f at end"
          % (m["nproc"], m["cpu"], m["memory_mb"], m["kernel"], m["loadavg_start"][0], m["loadavg_end"][0]))
    print("X: Xvfb %s, no GPU; GL: %s (Mesa %s)" % (m["xvfb"], m["gl"], m["mesa"]))
    if chromium:
        print("peer: %s; page %d KB with %d embedded pictures" % (
            m["chromium"], results["peer_page"]["bytes"] // 1024, results["peer_page"]["pictures"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())

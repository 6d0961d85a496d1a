#!/usr/bin/env python3
"""Start-up, memory and idle-CPU figures for the kiosk, next to a Chromium --kiosk page.

DESIGN.md section 6 asks for benchmarks that report medians and ratios against "the usual
alternative", a Chromium --kiosk page with the same content, measured in the same run on the
same machine. This script does that and prints a table; it never asserts a timing (it is not a
test, and exits 0 whatever the figures are).

    python3 bench/bench.py [--runs N] [--pack FILE] [--no-peer] [--json FILE]

What it measures, on a private 1080x1920 Xvfb for every run (so both programs start on the
same kind of empty X server):
  1. kiosk start-up, as the kiosk itself reports it (--dump-state: first_frame_ms and
     first_settled_ms), and its peak RSS (wait4's ru_maxrss);
  2. for the kiosk and for Chromium alike, from outside: time to first paint and time to the
     final pixels (screen grabs of the X root window), PSS once the screen has settled
     (sum over all processes), and CPU used over an idle window after that.
The peer page is generated from the same pack by this script (header, welcome, three tiles
with the first picture of each kind, the list of belfries), so both show the same content.

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
                   html.escape(tr("home.count." + kind, len(cards.get(kind, []))))))
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
    opt = ap.parse_args()
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
        return run_all(opt, kiosk, pack, chromium, peer_runs, tmp, results)
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

    if opt.json:
        with open(opt.json, "w", encoding="utf-8") as f:
            json.dump(results, f, indent=2)
        print("figures saved to %s" % opt.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())

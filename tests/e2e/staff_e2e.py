#!/usr/bin/env python3
"""End-to-end tests of staff mode (issue 7) against the real kiosk under Xvfb: the hidden
gesture and PIN pad (right, wrong, lockout that survives a restart), usage statistics counted
from a scripted visit and exported as CSV to a "USB stick" directory, installing a signed pack
from a stick (and refusing a tampered one), rollback, and a broken kiosk.toml.

Run as: staff_e2e.py NAME (CTest lists each NAME as e2e.NAME); `staff_e2e.py --list` prints the
names, from the test_NAME functions below (tests/CMakeLists.txt reads them at configure time)."""
import csv
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run_e2e  # noqa: E402
from run_e2e import (Failure, Xvfb, check, run, load, flip, make_sync_channel, serve_version,  # noqa: E402
                     sha256_of, KIOSK, SYNC_TOOL, PACK_ID)

PIN = "2468"
# The staff entry: a finger held still for 3 s on the top band (no visitor control there).
GESTURE = ["hold 540 40 3300", "wait 300"]


def pin_hash(pin=PIN):
    r = run([SYNC_TOOL, "pin-hash"], input=pin + "\n")
    check(r.returncode == 0 and r.stdout.startswith('pin_hash = "$argon2id$'),
          "kiosk-sync pin-hash prints an argon2id line (%s)" % (r.stdout.strip() or r.stderr.strip()))
    return r.stdout.strip().split('"')[1]


def write_config(tmp, state, pin_line=True, usb=None, key=None, name="kiosk.toml"):
    path = os.path.join(tmp, name)
    lines = ['[kiosk]', 'id = "test-kiosk"', 'name = "Hall d’essai"', 'idle_seconds = 5', 'countdown_seconds = 1',
             '[sync]', 'state = "%s"' % state,
             'usb = ["%s"]' % (usb or os.path.join(tmp, "usb"))]
    if key:
        lines.append('trusted_keys = ["%s"]' % key)
    if pin_line:
        lines += ['[staff]', 'pin_hash = "%s"' % pin_hash()]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return path


def kiosk(xvfb, tmp, config, script_lines, name, pack=None, now="2026-11-21T11:00", timeout=120):
    script = os.path.join(tmp, name + ".txt")
    with open(script, "w") as f:
        f.write("\n".join(script_lines) + "\n")
    dump = os.path.join(tmp, name + ".json")
    args = [KIOSK, "--config", config, "--script", script, "--exit-after-script", "--now", now,
            "--dump-state", dump, "--screenshot", os.path.join(tmp, name + ".png")]
    if pack:
        args += ["--pack", pack]
    r = run(args, env=xvfb.env(), timeout=timeout)
    check(r.returncode == 0, "%s: kiosk ran the script (rc=%d, stderr: %s)" % (name, r.returncode, r.stderr.strip()[-400:]))
    return load(dump), r


def default_pack():
    return os.path.join(os.environ["KIOSK_BUILD"], "default.pack")


def test_staff_pin_flows(tmp):
    state = os.path.join(tmp, "state")
    os.makedirs(state)
    config = write_config(tmp, state)
    x = Xvfb()
    try:
        # A shorter hold is not the gesture: on the attract loop it is a touch that starts a visit.
        d, _ = kiosk(x, tmp, config, ["hold 540 40 1500", "wait 300"], "short", pack=default_pack())
        check(d["screen"] == "home", "a 1.5 s hold is only a touch (got %s)" % d["screen"])
        # The hold anywhere else (on a card, below the top band) opens nothing.
        d, _ = kiosk(x, tmp, config, ["tap attract", "hold 540 1000 3300", "wait 300"], "elsewhere", pack=default_pack())
        check(d["screen"] != "staff_pin", "a long press below the top band does not open the pad (got %s)" % d["screen"])

        d, _ = kiosk(x, tmp, config, GESTURE + ["tap pin.2", "tap pin.4", "tap pin.6", "tap pin.8", "tap pin.ok", "wait 300"],
                     "right", pack=default_pack())
        check(d["screen"] == "staff" and d["staff"]["tab"] == "status", "gesture + right PIN opens the staff status screen")
        check("staff.leave" in d["targets"] and "staff.quit" in d["targets"], "staff screen offers leave and quit")

        d, _ = kiosk(x, tmp, config, GESTURE + ["tap pin.1", "tap pin.1", "tap pin.1", "tap pin.1", "tap pin.ok", "wait 300"],
                     "wrong", pack=default_pack())
        check(d["screen"] == "staff_pin" and d["staff"]["pin_message"] == "staff.pin_wrong" and d["staff"]["tries_left"] == 4,
              "a wrong PIN keeps the pad, says so, 4 tries left (got %s)" % d["staff"])
        check(d["staff"]["pin_digits"] == 0, "the pad is cleared after a wrong PIN")

        # Four more wrong PINs (five in a row) lock the pad; then even the right PIN is refused.
        wrong = []
        for _ in range(4):
            wrong += ["tap pin.9", "tap pin.9", "tap pin.9", "tap pin.9", "tap pin.ok", "wait 200"]
        d, _ = kiosk(x, tmp, config, GESTURE + wrong + ["dump " + os.path.join(tmp, "locked.json")], "lockout",
                     pack=default_pack())
        locked = load(os.path.join(tmp, "locked.json"))
        check(locked["staff"]["locked_until"] > 0 and locked["staff"]["pin_message"] == "staff.pin_locked",
              "five wrong PINs in a row lock the pad")
        check(not any(t.startswith("pin.") and t != "pin.cancel" for t in locked["targets"]),
              "while locked the digit keys are dead (targets: %s)" % locked["targets"])

        # A restart (new process) does not lift the lock: the right PIN cannot even be typed.
        d, _ = kiosk(x, tmp, config, GESTURE, "after_restart", pack=default_pack())
        check(d["screen"] == "staff_pin" and d["staff"]["locked_until"] > 0, "the lockout survives a restart of the kiosk")
        check(os.path.exists(os.path.join(state, "staff-pin.state")), "the lockout is kept in the state directory")

        # Quit and restart exist only here: quit exits 75 (systemd's RestartPreventExitStatus),
        # restart exits 0 (Restart=always starts it again).
        fresh = os.path.join(tmp, "state2")
        os.makedirs(fresh)
        config3 = write_config(tmp, fresh, name="quit.toml")
        for button, code in (("staff.quit", 75), ("staff.restart", 0)):
            script = os.path.join(tmp, button + ".txt")
            with open(script, "w") as f:
                f.write("\n".join(GESTURE + ["tap pin.2", "tap pin.4", "tap pin.6", "tap pin.8", "tap pin.ok", "tap " + button,
                                              "wait 5000"]) + "\n")
            r = run([KIOSK, "--config", config3, "--pack", default_pack(), "--script", script, "--now", "2026-11-21T11:00"],
                    env=x.env(), timeout=60)
            check(r.returncode == code and "staff chose" in r.stderr,
                  "%s ends the kiosk with exit code %d (got %d)" % (button, code, r.returncode))

        # Cancel goes back to where the pad was opened: the attract loop...
        d, _ = kiosk(x, tmp, config, GESTURE + ["tap pin.cancel", "wait 300"], "cancel", pack=default_pack())
        check(d["screen"] == "attract", "Cancel on the pad returns to the attract loop")
        # ...or the visitor's screen as it was, in their language: the pad speaks it too.
        d, _ = kiosk(x, tmp, config, ["tap attract", "tap nav.lang", "tap lang.de", "tap tile.belfry"] + GESTURE +
                     ["dump " + os.path.join(tmp, "pad_de.json"), "tap pin.cancel", "wait 300"], "cancel_visit",
                     pack=default_pack())
        pad = load(os.path.join(tmp, "pad_de.json"))
        check(pad["screen"] == "staff_pin" and pad["language"] == "de", "the pad opened mid-visit speaks German (got %s, %s)"
              % (pad["screen"], pad["language"]))
        check(d["screen"] == "list" and d["kind"] == "belfry" and d["language"] == "de",
              "Cancel gives the visitor their belfry list back in German (got %s %s %s)" % (d["screen"], d["kind"], d["language"]))

        # Without a configured PIN, the gesture opens nothing at all.
        config2 = write_config(tmp, state, pin_line=False, name="nopin.toml")
        d, r = kiosk(x, tmp, config2, GESTURE, "nopin", pack=default_pack())
        check(d["screen"] == "attract", "no pin_hash: the gesture does nothing")
        check("staff mode is off" in r.stderr, "no pin_hash: the journal says why staff mode did not open")
    finally:
        x.close()


def test_staff_statistics_counted(tmp):
    state = os.path.join(tmp, "state")
    stick = os.path.join(tmp, "usb", "STICK")
    os.makedirs(state)
    os.makedirs(stick)
    config = write_config(tmp, state)
    x = Xvfb()
    try:
        # Two visits: belfries, one card, Dutch; then the map. Each ends by the idle reset.
        visit1 = ["tap 540 960", "tap tile.belfry", "tap card.0", "tap nav.lang", "tap lang.nl", "tap nav.back", "tap card.1",
                  "tap nav.back", "wait 7500"]
        visit2 = ["tap 540 960", "tap nav.access", "tap access.contrast", "tap panel.close", "tap home.map", "wait 7500"]
        d, _ = kiosk(x, tmp, config, visit1 + visit2, "visits", pack=default_pack())
        check(d["screen"] == "attract", "both visits ended by the idle reset")
        check(os.path.exists(os.path.join(state, "stats.db")), "statistics live in their own database in the state dir")

        d, _ = kiosk(x, tmp, config, GESTURE + ["tap pin.2", "tap pin.4", "tap pin.6", "tap pin.8", "tap pin.ok",
                                                "tap staff.tab.stats", "wait 300"], "stats", pack=default_pack())
        check(d["screen"] == "staff" and d["staff"]["tab"] == "stats", "the statistics tab opens")
        check(d["staff"]["sessions"] == 2, "the statistics tab counts 2 visits (got %s)" % d["staff"]["sessions"])

        d, _ = kiosk(x, tmp, config, GESTURE + ["tap pin.2", "tap pin.4", "tap pin.6", "tap pin.8", "tap pin.ok",
                                                "tap staff.tab.usb", "tap staff.usb.export.0", "wait 300"], "export",
                     pack=default_pack())
        check(d["staff"]["result_ok"], "export to the stick succeeded (%s)" % d["staff"]["result"])
        files = [f for f in os.listdir(stick) if f.endswith(".csv")]
        check(len(files) == 1 and files[0].startswith("kiosk-stats-test-kiosk-"), "one CSV named after the kiosk (%s)" % files)
        # utf-8-sig: the file starts with a BOM so that spreadsheets read the accents right.
        with open(os.path.join(stick, files[0]), encoding="utf-8-sig") as f:
            rows = list(csv.DictReader(f))
        by = {}
        for row in rows:
            by.setdefault(row["section"], []).append(row)
        print("csv sections:", {k: len(v) for k, v in by.items()})
        sessions = sum(int(r["count"]) for r in rows if r["section"] == "sessions")
        check(sessions == 2, "CSV: 2 sessions (got %d)" % sessions)
        cards = [r for r in rows if r["section"] == "card"]
        check(sum(int(r["count"]) for r in cards) == 2 and len(cards) == 2, "CSV: two different cards opened once each")
        check(all(r["key"].startswith("https://data.datatourisme.fr/") for r in cards),
              "CSV: cards are keyed by their stable DATAtourisme id, not the pack's row id (%s)" % [r["key"] for r in cards])
        cats = {r["key"]: int(r["count"]) for r in rows if r["section"] == "category"}
        check(cats.get("belfry") == 1 and cats.get("map") == 1, "CSV: categories belfry and map counted (%s)" % cats)
        langs = {r["key"]: int(r["count"]) for r in rows if r["section"] == "language"}
        check(langs.get("fr") == 2 and langs.get("nl") == 1, "CSV: languages fr 2 sessions, nl 1 (%s)" % langs)
        # Beside the CSV, the fleet report's tree (deploy/FLEET.md), as kiosk-sync would upload it.
        tree = os.path.join(stick, "kiosk-stats", "test-kiosk")
        days = sorted(os.listdir(os.path.join(tree, "days")))
        check(len(days) == 1 and days[0].endswith(".json"), "kiosk-stats/test-kiosk/days/ holds the day (%s)" % days)
        day = load(os.path.join(tree, "days", days[0]))
        check(day["format"] == "kiosk-stats-day/1" and day["visits"] == 2 and sum(day["visits_by_hour"]) == 2 and
              not day["complete"], "the day file: 2 visits by hour, today not complete")
        check(day["access"] == {"large": 0, "contrast": 1, "reach": 0, "speak": 0}, "one visit turned contrast on (%s)" % day["access"])
        check(sum(i["opened"] for i in day["items"]) == 2 and day["zero_result_searches"] == {}, "two cards, no search")
        hb = load(os.path.join(tree, "heartbeat.json"))
        check(hb["format"] == "kiosk-heartbeat/1" and hb["kiosk"] == "test-kiosk", "and a heartbeat (%s)" % hb)
    finally:
        x.close()


def test_staff_zero_result_search_needs_five_visits(tmp):
    """Issue 17's k=5 rule in the real kiosk: a search that found nothing reaches the statistics
    file only once 5 distinct visits of one kiosk run searched it; 4 visits leave no trace (and
    a restart forgets them: they were in memory only)."""
    state = os.path.join(tmp, "state")
    os.makedirs(state)
    config = write_config(tmp, state)
    visit = ["tap 540 960", "tap home.search", "type qxzw", "wait 7500"]

    def terms():
        import sqlite3
        db = sqlite3.connect(os.path.join(state, "stats.db"))
        rows = dict(db.execute("SELECT key, sum(n) FROM tally WHERE section = 'zero_search' GROUP BY key").fetchall())
        db.close()
        return rows

    x = Xvfb()
    try:
        d, _ = kiosk(x, tmp, config, visit * 4, "four", pack=default_pack(), timeout=180)
        check(d["screen"] == "attract", "four visits searched 'qxzw' and ended")
        check(terms() == {}, "four visits: no search text in the statistics file (%s)" % terms())
        kiosk(x, tmp, config, visit * 5, "five", pack=default_pack(), timeout=180)
        check(terms() == {"qxzw": 5}, "five visits in one run: the term, counted 5 (%s)" % terms())
    finally:
        x.close()


def test_staff_usb_install_and_rollback(tmp):
    built, channel, pub = make_sync_channel(tmp, versions=(1, 2))
    state = os.path.join(tmp, "state")
    os.makedirs(state)
    # Version 1 is installed (as kiosk-sync would); version 2 arrives on a stick.
    serve_version(built, channel, 1)
    r = run([SYNC_TOOL, "--state", state, "--from", channel, "--key", pub])
    check(r.returncode == 0, "version 1 installed (%s)" % r.stderr.strip())
    usb = os.path.join(tmp, "usb")
    good = os.path.join(usb, "GOOD", "npdc")
    bad = os.path.join(usb, "TAMPERED", "npdc")
    for d, v in ((good, 2), (bad, 2)):
        os.makedirs(d)
        serve_version(built, d, v)
    pack_on_bad = os.path.join(bad, "%s-v2.pack" % PACK_ID)
    flip(pack_on_bad, os.path.getsize(pack_on_bad) // 2)
    config = write_config(tmp, state, usb=usb, key=pub)
    active_before = sha256_of(os.path.join(state, "active"))
    x = Xvfb()
    try:
        login = GESTURE + ["tap pin.2", "tap pin.4", "tap pin.6", "tap pin.8", "tap pin.ok"]
        # The sticks are scanned in name order: GOOD first, TAMPERED second.
        d, _ = kiosk(x, tmp, config, login + ["tap staff.tab.usb", "wait 300", "tap staff.usb.install.1", "wait 4000",
                                              "tap staff.tab.usb", "wait 300"], "tampered")
        check(d["staff"]["usb_packs"] == 2, "both sticks' packs are listed")
        check(not d["staff"]["result_ok"], "the tampered pack is refused (%s)" % d["staff"]["result"])
        check(sha256_of(os.path.join(state, "active")) == active_before, "after the refusal the active pack is unchanged")
        check(d["staff"]["shown_version"] == "1", "the kiosk still shows version 1")

        d, _ = kiosk(x, tmp, config, login + ["tap staff.tab.usb", "wait 300", "tap staff.usb.install.0", "wait 4000",
                                              "tap staff.tab.status", "wait 2500", "dump " + os.path.join(tmp, "v2.json")],
                     "install")
        v2 = load(os.path.join(tmp, "v2.json"))
        check(v2["staff"]["result_ok"], "the signed pack from the stick installs (%s)" % v2["staff"]["result"])
        check(v2["pack_version"] == "2" and v2["staff"]["shown_version"] == "2", "the kiosk switched to version 2 at once")
        check(v2["staff"]["previous_version"] == "1", "version 1 is kept for rollback")
        r = run([SYNC_TOOL, "status", "--config", config])
        check(r.returncode == 0 and "version 2" in r.stdout, "kiosk-sync status --config sees what the staff screen installed")

        d, _ = kiosk(x, tmp, config, login + ["tap staff.rollback", "wait 2500", "tap staff.tab.status", "wait 300"], "rollback")
        check(d["staff"]["result_ok"] and d["pack_version"] == "1", "rollback from the staff screen shows version 1 again (%s)"
              % d["staff"]["result"])
    finally:
        x.close()


def test_sync_as_root_keeps_owner(tmp):
    """sudo kiosk-sync on a state directory owned by the kiosk user works as that user: every
    file it leaves there stays writable for the kiosk and the next unprivileged sync."""
    if os.geteuid() != 0:
        print("skipped: needs root (CI runs as root)")
        return
    import pwd
    nobody = pwd.getpwnam("nobody")
    os.chmod(tmp, 0o755)
    built, channel, pub = make_sync_channel(tmp, versions=(1,))
    serve_version(built, channel, 1)
    for root, dirs, files in os.walk(tmp):
        for n in dirs:
            os.chmod(os.path.join(root, n), 0o755)
        for n in files:
            os.chmod(os.path.join(root, n), 0o644)
    state = os.path.join(tmp, "state")
    os.makedirs(state)
    os.chown(state, nobody.pw_uid, nobody.pw_gid)
    r = run([SYNC_TOOL, "install", "--state", state, "--from", channel, "--key", pub])
    check(r.returncode == 0, "root installs into a state directory owned by nobody (%s)" % r.stderr.strip())
    owners = set()
    for root, dirs, files in os.walk(state):
        for n in dirs + files:
            owners.add(os.lstat(os.path.join(root, n)).st_uid)
    check(owners == {nobody.pw_uid}, "every file kiosk-sync left belongs to the directory's owner (uids %s)" % owners)


def test_ui_config_errors(tmp):
    """A broken kiosk.toml: each bad key named on one line, defaults used, the kiosk serves on."""
    path = os.path.join(tmp, "kiosk.toml")
    with open(path, "w") as f:
        f.write('[kiosk]\nidle_seconds = "soon"\nlanguage = "es"\n[screen]\nwidth_mm = -3\n[position]\nlat = 50.29\n')
    x = Xvfb()
    try:
        d, r = kiosk(x, tmp, path, ["tap 540 960", "wait 300"], "config", pack=default_pack())
        lines = [l for l in r.stderr.splitlines() if l.startswith("kiosk: config:")]
        check(len(lines) == 3, "three config problems, one line each (%s)" % lines)
        check(any("kiosk.idle_seconds" in l for l in lines) and any("kiosk.language" in l for l in lines)
              and any("screen.width_mm" in l for l in lines), "each line names its key")
        check(d["screen"] == "home" and d["language"] == "fr", "the kiosk started on defaults and serves visitors")
        with open(path, "w") as f:
            f.write("this is [not toml\n")
        d, r = kiosk(x, tmp, path, ["tap 540 960", "wait 300"], "garbage", pack=default_pack())
        check(d["screen"] == "home" and "using every default" in r.stderr, "a file that is not TOML: all defaults, still runs")
    finally:
        x.close()


def test_ui_systemd_watchdog(tmp):
    """Type=notify as systemd runs it: READY=1 once a frame is up, then WATCHDOG=1 pings from the
    main loop at half of WATCHDOG_USEC, even while the screen sleeps on the attract loop."""
    import socket
    import time
    path = os.path.join(tmp, "notify.sock")
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(path)
    sock.settimeout(0.2)
    x = Xvfb()
    try:
        env = x.env()
        env["NOTIFY_SOCKET"] = path
        env["WATCHDOG_USEC"] = "2000000"  # 2 s: pings expected every second
        proc = subprocess.Popen([KIOSK, "--pack", default_pack(), "--now", "2026-11-21T11:00"], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        messages, start = [], time.time()
        while time.time() - start < 6.5:
            try:
                messages.append((time.time() - start, sock.recv(4096).decode()))
            except socket.timeout:
                pass
        proc.terminate()
        rc = proc.wait(timeout=10)
        check(rc == 0, "the kiosk stops cleanly on SIGTERM (rc=%d)" % rc)
        ready = [t for t, m in messages if "READY=1" in m]
        pings = [t for t, m in messages if m.strip() == "WATCHDOG=1"]
        print("READY at %s s, %d WATCHDOG pings" % (["%.2f" % t for t in ready], len(pings)))
        check(len(ready) == 1, "READY=1 sent once")
        check(len(pings) >= 4 and all(p >= ready[0] for p in pings), "WATCHDOG=1 about every second after READY")
        gaps = [b - a for a, b in zip(pings, pings[1:])]
        check(max(gaps) < 1.6, "no gap between pings reaches the 2 s watchdog (max %.2f s)" % max(gaps))
    finally:
        sock.close()
        x.close()


if __name__ == "__main__":
    sys.exit(run_e2e.main(globals()))

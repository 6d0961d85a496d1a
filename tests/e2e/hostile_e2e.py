#!/usr/bin/env python3
"""End-to-end tests of issue 15 against the real kiosk under Xvfb: packs that open but that the
reader does not expect (a table or column dropped or renamed), and a pack that breaks while it
is on screen. The kiosk must never stop: it keeps the last good pack (or falls back to it), or
shows the calm "information temporarily unavailable" screen, and tells staff why.

Run as: hostile_e2e.py NAME (CTest lists each NAME as e2e.NAME); `hostile_e2e.py --list` prints
the names."""
import os
import shutil
import sqlite3
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run_e2e  # noqa: E402
from run_e2e import Xvfb, check, load, KIOSK  # noqa: E402

NOW = "2026-11-21T11:00"

# Foreign packs: each is the default pack with one change a reader of this version does not
# expect. All pass SQLite's quick_check and carry our application id and schema version.
FOREIGN = {
    "no_item_text": "DROP TABLE item_text",
    "renamed_column": "ALTER TABLE item RENAME COLUMN kind TO category_kind",
    "no_contact": "DROP TABLE contact",
    "no_category_label": "DROP TABLE category_label",
    "no_opening_hours": "DROP TABLE opening_hours",
}


def default_pack():
    return os.path.join(os.environ["KIOSK_BUILD"], "default.pack")


def foreign_pack(tmp, name):
    path = os.path.join(tmp, name + ".pack")
    shutil.copyfile(default_pack(), path)
    db = sqlite3.connect(path)
    db.execute(FOREIGN[name])
    db.commit()
    db.close()
    check(sqlite3.connect(path).execute("PRAGMA quick_check").fetchone()[0] == "ok",
          "the %s pack passes quick_check" % name)
    return path


def start_kiosk(xvfb, tmp, name, lines, args):
    script = os.path.join(tmp, name + ".txt")
    with open(script, "w") as f:
        f.write("\n".join(lines) + "\n")
    return subprocess.Popen([KIOSK, "--script", script, "--exit-after-script", "--now", NOW] + args, env=xvfb.env(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_for(path, what, seconds=60):
    """Wait until the kiosk has written the dump `path` (its script reached that line), then read
    it. A loaded machine starts the kiosk late: the test must not act before the kiosk has."""
    deadline = time.time() + seconds
    while not os.path.exists(path) and time.time() < deadline:
        time.sleep(0.2)
    check(os.path.exists(path), "the kiosk reached %s within %d s" % (what, seconds))
    return load(path)  # the kiosk writes a dump beside and renames it: it is whole


def finish(proc, what):
    out, err = proc.communicate(timeout=90)
    check(proc.returncode == 0, "the kiosk ran to the end of its script: %s (rc=%d, stderr: %s)"
          % (what, proc.returncode, err.strip()[-400:]))
    return err


# A visit over the screens that read the pack in different ways. `try`: a screen may be the
# unavailable one by then, without these controls.
VISIT = ["tap attract", "try tile.site", "wait 300", "try card.0", "wait 300", "try nav.home", "try home.map",
         "wait 300", "try nav.home", "try home.search", "try key.a", "try key.r", "wait 300", "try nav.home"]


def test_foreign_pack_without_fallback_is_calm(tmp):
    """Each foreign pack alone: the kiosk neither crashes nor shows half a screen; it shows the
    unavailable screen, in the visitor's language, and names the problem for staff."""
    x = Xvfb()
    try:
        for name in FOREIGN:
            bad = foreign_pack(tmp, name)
            dump = os.path.join(tmp, name + ".json")
            shot = os.path.join(tmp, name + ".png")
            proc = start_kiosk(x, tmp, name, ["tap attract", "wait 300", "try tile.site", "try card.0", "tap nav.lang", "tap lang.en",
                                              "screenshot " + shot, "dump " + dump],
                               ["--pack", bad, "--config", "/dev/null"])
            err = finish(proc, name)
            state = load(dump)
            check(state["unavailable"], "%s: the unavailable screen is shown" % name)
            check(state["pack_version"] == "" and state["visible_cards"] == [],
                  "%s: nothing of the foreign pack is on screen" % name)
            check(any(name_part in p for p in state["pack_problems"] for name_part in (bad,)),
                  "%s: staff can read the problem: %s" % (name, state["pack_problems"][:1]))
            check(err.count("kiosk: " + bad) <= 3, "%s: the journal names it in a few lines, not per frame (%d)"
                  % (name, err.count("kiosk: " + bad)))
            check(os.path.getsize(shot) > 0, "%s: a screenshot was taken (%s)" % (name, shot))
    finally:
        x.close()


def test_foreign_pack_keeps_the_good_one(tmp):
    """kiosk-sync switches `active` to a foreign pack while the kiosk runs: the kiosk keeps the
    good pack on screen, and a visitor can use every screen."""
    state = os.path.join(tmp, "state")
    os.makedirs(os.path.join(state, "packs"))
    shutil.copyfile(default_pack(), os.path.join(state, "packs", "good.pack"))
    os.symlink(os.path.join("packs", "good.pack"), os.path.join(state, "active"))
    x = Xvfb()
    try:
        for name in ("no_item_text", "renamed_column", "no_category_label"):
            bad = foreign_pack(tmp, name)
            shutil.copyfile(bad, os.path.join(state, "packs", name + ".pack"))
            dump, start = os.path.join(tmp, name + "-after.json"), os.path.join(tmp, name + "-start.json")
            proc = start_kiosk(x, tmp, name, ["wait 300", "dump " + start, "wait 4000"] + VISIT + ["dump " + dump],
                               ["--state", state])
            # Switch only once the kiosk shows the good pack: before that, the foreign one would
            # be the first pack it opens, with nothing good to keep.
            check(wait_for(start, "its first screen")["pack_file"].endswith("good.pack"), "%s: the kiosk started on the good pack" % name)
            link = os.path.join(state, "active.tmp")
            os.symlink(os.path.join("packs", name + ".pack"), link)
            os.replace(link, os.path.join(state, "active"))
            finish(proc, name)
            after = load(dump)
            check(not after["unavailable"] and after["pack_file"].endswith("good.pack"),
                  "%s: the good pack stays on screen (%s)" % (name, after["pack_file"]))
            check(any("refused" in p and name in p for p in after["pack_problems"]),
                  "%s: the refusal is kept for staff: %s" % (name, after["pack_problems"][:1]))
            # Back to the good pack for the next case (kiosk-sync's rollback).
            os.symlink(os.path.join("packs", "good.pack"), link)
            os.replace(link, os.path.join(state, "active"))
    finally:
        x.close()


def zero_in_place(path):
    """Damage a pack the kiosk has open, as a failing disk would: same file, zeroed bytes."""
    size = os.path.getsize(path)
    with open(path, "r+b") as f:
        f.write(b"\0" * size)
        f.flush()
        os.fsync(f.fileno())


def test_pack_breaking_while_shown_falls_back(tmp):
    """The pack on screen breaks: the kiosk goes back to the previous good pack at once."""
    state = os.path.join(tmp, "state")
    os.makedirs(os.path.join(state, "packs"))
    for v in ("v1", "v2"):
        shutil.copyfile(default_pack(), os.path.join(state, "packs", v + ".pack"))
    os.symlink(os.path.join("packs", "v1.pack"), os.path.join(state, "active"))
    config = os.path.join(tmp, "kiosk.toml")
    with open(config, "w") as f:
        f.write("[kiosk]\nidle_seconds = 300\n")
    before, after = os.path.join(tmp, "before.json"), os.path.join(tmp, "after.json")
    x = Xvfb()
    try:
        start = os.path.join(tmp, "start.json")
        proc = start_kiosk(x, tmp, "break", ["wait 300", "dump " + start, "wait 5000", "dump " + before, "wait 3000"] + VISIT
                           + ["dump " + after], ["--state", state, "--config", config])
        check(wait_for(start, "its first screen")["pack_file"].endswith("v1.pack"), "the kiosk started on v1")
        link = os.path.join(state, "active.tmp")
        os.symlink(os.path.join("packs", "v2.pack"), link)
        os.replace(link, os.path.join(state, "active"))
        # The switch happens on the attract loop within a few seconds; break v2 once it is shown.
        check(wait_for(before, "the dump after the switch")["pack_file"].endswith("v2.pack"), "the kiosk took v2")
        zero_in_place(os.path.join(state, "packs", "v2.pack"))
        finish(proc, "v2 broken while shown")
    finally:
        x.close()
    a = load(after)
    check(not a["unavailable"] and a["pack_file"].endswith("v1.pack"),
          "the kiosk fell back to the previous good pack (%s)" % a["pack_file"])
    check(any("v2.pack" in p for p in a["pack_problems"]), "staff can read why: %s" % a["pack_problems"][:1])
    check(a["screen"] == "home", "the visitor carried on from home (%s)" % a["screen"])


def test_only_pack_breaking_shows_unavailable(tmp):
    """The only pack breaks and there is no other: the calm screen, then the kiosk carries on
    answering touches (no crash, no hang)."""
    pack = os.path.join(tmp, "only.pack")
    shutil.copyfile(default_pack(), pack)
    dump, shot = os.path.join(tmp, "after.json"), os.path.join(tmp, "unavailable.png")
    x = Xvfb()
    try:
        proc = start_kiosk(x, tmp, "only", ["wait 3000"] + VISIT + ["tap nav.lang", "tap lang.de", "screenshot " + shot, "dump " + dump],
                           ["--pack", pack, "--config", "/dev/null"])
        time.sleep(2.0)
        zero_in_place(pack)
        finish(proc, "the only pack broken while shown")
    finally:
        x.close()
    a = load(dump)
    check(a["unavailable"] and a["language"] == "de", "the unavailable screen, in the visitor's language")
    check(any("only.pack" in p for p in a["pack_problems"]), "staff can read why: %s" % a["pack_problems"][:1])


if __name__ == "__main__":
    sys.exit(run_e2e.main(globals()))

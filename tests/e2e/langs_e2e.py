#!/usr/bin/env python3
"""End-to-end tests of issue 17's languages against the real kiosk under Xvfb: Japanese drawn
with its own glyphs (the atlas holds every character the UI and the pack need, none missing),
a missing CJK font shown as '?' with one line in the journal rather than a crash, and the
language sheet reaching all eight languages by script, paging when they do not fit (200% text,
low reach, landscape) with targets of 9 mm or more.

Run as: langs_e2e.py NAME (CTest lists each NAME as e2e.NAME); `langs_e2e.py --list` prints
the names, from the test_NAME functions below (tests/CMakeLists.txt reads them at configure time)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run_e2e  # noqa: E402
from run_e2e import Xvfb, check, run, load, check_targets_9mm, image_facts, KIOSK  # noqa: E402

NOW = "2026-11-21T11:00"
EIGHT = ["fr", "en", "nl", "de", "es", "it", "pl", "ja"]


def default_pack():
    return os.path.join(os.environ["KIOSK_BUILD"], "default.pack")


def eight_config(tmp):
    cfg = os.path.join(tmp, "eight.toml")
    with open(cfg, "w") as f:
        f.write("[kiosk]\nlanguages = [%s]\nlanguage = \"fr\"\n" % ", ".join('"%s"' % l for l in EIGHT))
    return cfg


def kiosk(xvfb, tmp, name, lines, lang="fr", env=None):
    """Runs the kiosk (eight languages offered) on the default pack with a script; returns the
    final dump and stderr."""
    script = os.path.join(tmp, name + ".txt")
    with open(script, "w") as f:
        f.write("\n".join(lines) + "\n")
    dump = os.path.join(tmp, name + ".json")
    args = [KIOSK, "--pack", default_pack(), "--config", eight_config(tmp), "--script", script, "--exit-after-script",
            "--now", NOW, "--lang", lang, "--start-home", "--dump-state", dump]
    e = xvfb.env()
    e.update(env or {})
    r = run(args, env=e, timeout=150)
    check(r.returncode == 0, "%s: kiosk ran the script (rc=%d, stderr: %s)" % (name, r.returncode, r.stderr.strip()[-400:]))
    check("config:" not in r.stderr, "%s: the eight languages are a valid config (stderr: %s)" % (name, r.stderr.strip()[-300:]))
    return load(dump), r.stderr


def check_japanese_home(x, tmp, what):
    shot = os.path.join(tmp, "home-ja-%s.png" % what)
    d, err = kiosk(x, tmp, "home-ja-" + what, ["screenshot " + shot], lang="ja")
    g = d["glyphs"]
    check(d["screen"] == "home" and d["language"] == "ja", "%s: the home screen in Japanese (%s, %s)" % (what, d["screen"], d["language"]))
    check(g["cjk_font"] != "", "%s: a CJK font was found (install fonts-noto-cjk)" % what)
    check(not g["missing"], "%s: every character wanted is in a font, none drawn as '?' (missing: %s)"
          % (what, " ".join("U+%04X" % c for c in g["missing"][:20])))
    # The UI strings of eight languages and the pack's texts: hundreds, not a CJK font's 65,000.
    check(300 < g["wanted"] < 6000, "%s: the atlas holds only the characters wanted (%d)" % (what, g["wanted"]))
    w, h, colours = image_facts(shot)
    check(colours > 200, "%s: the screenshot shows something (%dx%d, %d colours)" % (what, w, h, colours))
    check("characters" not in err, "%s: nothing in the journal about missing characters (%s)" % (what, err.strip()[-300:]))
    return d


def test_langs_japanese_home_portrait(tmp):
    """--lang ja on a totem: the home screen drawn with Noto Sans CJK's glyphs, none missing."""
    x = Xvfb()
    try:
        check_japanese_home(x, tmp, "portrait")
    finally:
        x.close()


def test_langs_japanese_home_landscape(tmp):
    x = Xvfb(1920, 1080)
    try:
        check_japanese_home(x, tmp, "landscape")
    finally:
        x.close()


def test_langs_no_cjk_font(tmp):
    """Without a CJK font (KIOSK_CJK_FONT naming no file) Japanese shows as '?', the kiosk runs
    on, and the journal says so in one line."""
    x = Xvfb()
    try:
        d, err = kiosk(x, tmp, "nofont", ["tap nav.lang", "dump " + os.path.join(tmp, "sheet.json")], lang="ja",
                       env={"KIOSK_CJK_FONT": os.path.join(tmp, "no-such-font.ttc")})
        lines = [l for l in err.splitlines() if "CJK font" in l]
        check(len(lines) == 1 and "fonts-noto-cjk" in lines[0], "one journal line names the missing font: %s" % lines)
        check(d["glyphs"]["cjk_font"] == "" and len(d["glyphs"]["missing"]) > 100,
              "the Japanese characters are reported missing (%d)" % len(d["glyphs"]["missing"]))
        check(d["language"] == "ja" and "lang.ja" in load(os.path.join(tmp, "sheet.json"))["targets"],
              "the kiosk runs on in Japanese, its language sheet open")
    finally:
        x.close()


def reach_all_eight(x, tmp, what, setup):
    """Opens the sheet and picks each language in turn, paging down until its button shows."""
    lines = list(setup)
    for lang in EIGHT:
        lines += ["tap nav.lang", "dump " + os.path.join(tmp, "%s-open-%s.json" % (what, lang))]
        lines += ["try lang." + lang, "try panel.down"] * 4
        lines += ["dump " + os.path.join(tmp, "%s-%s.json" % (what, lang))]
    kiosk(x, tmp, what, lines)
    paged = False
    for lang in EIGHT:
        d = load(os.path.join(tmp, "%s-%s.json" % (what, lang)))
        check(d["language"] == lang and d["panel"] == "none", "%s: the script picked %s (shows %s, sheet %s)"
              % (what, lang, d["language"], d["panel"]))
        opened = load(os.path.join(tmp, "%s-open-%s.json" % (what, lang)))
        check(opened["panel"] == "language", "%s: the sheet opened" % what)
        check_targets_9mm(opened, "the language sheet (%s)" % what)
        paged = paged or "panel.down" in opened["targets"]
    return paged


def test_langs_sheet_reaches_eight(tmp):
    """Portrait at 100%: all eight fit, no pages. Landscape at 200% text in the low reach band:
    they do not, and the page buttons reach each one."""
    x = Xvfb()
    try:
        paged = reach_all_eight(x, tmp, "portrait", [])
        check(not paged, "portrait at 100%: the eight languages fit without pages")
    finally:
        x.close()
    x = Xvfb(1920, 1080)
    try:
        setup = ["tap nav.access", "tap access.large", "tap access.large", "tap access.reach", "tap panel.close"]
        paged = reach_all_eight(x, tmp, "landscape-200", setup)
        check(paged, "landscape at 200% text in the reach band: the sheet pages")
        last = load(os.path.join(tmp, "landscape-200-ja.json"))
        check(last["modes"]["text"] == 200 and last["modes"]["reach"], "200%% text and low reach stayed on (%s)" % last["modes"])
    finally:
        x.close()


def test_langs_latin_switch_keeps_the_atlas(tmp):
    """Switching between the Latin-script languages never rebuilds the font atlas (each rebuild
    is 20 ms or more of the tap on software GL); picking Japanese does, once."""
    x = Xvfb()
    try:
        # Settled, and two seconds more: the pack's own characters have reached the atlas.
        lines = ["wait 2000", "dump " + os.path.join(tmp, "start.json")]
        for lang in ("nl", "de", "es", "it", "pl", "en", "fr"):
            lines += ["tap nav.lang", "tap lang." + lang, "try panel.close"]
        lines += ["dump " + os.path.join(tmp, "latin.json"), "tap nav.lang", "tap lang.ja", "try panel.close"]
        d, _ = kiosk(x, tmp, "latin-switch", lines)
    finally:
        x.close()
    builds = lambda state: state["perf"].get("font_build", {}).get("n", 0)
    start, latin = load(os.path.join(tmp, "start.json")), load(os.path.join(tmp, "latin.json"))
    check(latin["language"] == "fr", "the tour of languages ended in French (%s)" % latin["language"])
    check(builds(latin) == builds(start), "seven Latin languages, no atlas rebuild (%d builds, %d at start)"
          % (builds(latin), builds(start)))
    check(d["language"] == "ja" and builds(d) == builds(start) + 1, "Japanese rebuilt it once (%d builds)" % builds(d))


if __name__ == "__main__":
    sys.exit(run_e2e.main(globals()))

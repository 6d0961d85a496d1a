#!/usr/bin/env python3
"""End-to-end tests of issue 14 against the real kiosk under Xvfb: the access modes turned on
from the attract loop (large text, high contrast, low reach, speech), the reach band, no
overlap and no clipped text at 200% in both orientations, the tap guard (a double tap opens one
screen), the list's order and "You are here", and the longer wait on a card.

Run as: access_e2e.py NAME (CTest lists each NAME as e2e.NAME); `access_e2e.py --list` prints
the names, from the test_NAME functions below (tests/CMakeLists.txt reads them at configure time)."""
import os
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run_e2e  # noqa: E402
from run_e2e import Failure, Xvfb, check, run, load, check_targets_9mm, KIOSK  # noqa: E402

NOW = "2026-11-21T11:00"
# The default panel and mount (deploy/kiosk.toml defaults): 708.5 mm tall, bottom edge 900 mm
# above the floor. Reach: 380-1220 mm. In portrait the band's top row is therefore
# (900 + 708.5 - 1220) mm * 1920 px / 708.5 mm.
PORTRAIT_BAND_TOP = round((900 + 708.5 - 1220) * 1920 / 708.5)


def fold(title):
    """Case and accents set aside, as the kiosk sorts names."""
    return "".join(c for c in unicodedata.normalize("NFKD", title.lower()) if not unicodedata.combining(c))


def default_pack():
    return os.path.join(os.environ["KIOSK_BUILD"], "default.pack")


def kiosk(xvfb, tmp, name, lines, extra=(), lang="fr"):
    """Runs the kiosk on the default pack with a script; returns the final dump and stderr."""
    script = os.path.join(tmp, name + ".txt")
    with open(script, "w") as f:
        f.write("\n".join(lines) + "\n")
    dump = os.path.join(tmp, name + ".json")
    args = [KIOSK, "--pack", default_pack(), "--script", script, "--exit-after-script", "--now", NOW, "--lang", lang,
            "--dump-state", dump] + list(extra)
    r = run(args, env=xvfb.env(), timeout=150)
    check(r.returncode == 0, "%s: kiosk ran the script (rc=%d, stderr: %s)" % (name, r.returncode, r.stderr.strip()[-400:]))
    return load(dump), r.stderr


def overlapping(state, ignore=("panel.outside",)):
    """Pairs of targets whose rectangles overlap by more than a pixel."""
    rects = [(n, r) for n, r in state["target_rects"].items() if n not in ignore]
    out = []
    for i, (a, ra) in enumerate(rects):
        for b, rb in rects[i + 1:]:
            w = min(ra[2], rb[2]) - max(ra[0], rb[0])
            h = min(ra[3], rb[3]) - max(ra[1], rb[1])
            if w > 1 and h > 1:
                out.append("%s/%s" % (a, b))
    return out


def test_access_modes_from_attract(tmp):
    """Each mode is one tap away on the attract loop (via the access button), and each starts
    the visit with the mode on; the next visitor finds everything off again."""
    x = Xvfb()
    try:
        for target, key, want in (("access.large", "text", 150), ("access.contrast", "contrast", True),
                                  ("access.reach", "reach", True), ("access.speak", "speech", True)):
            d, _ = kiosk(x, tmp, "mode-" + key, ["dump " + os.path.join(tmp, "attract.json"), "tap nav.access",
                                                  "tap " + target, "dump " + os.path.join(tmp, key + ".json")])
            attract = load(os.path.join(tmp, "attract.json"))
            check(attract["screen"] == "attract" and "nav.access" in attract["targets"] and "nav.lang" in attract["targets"],
                  "the attract loop offers the access and language buttons (%s)" % attract["targets"])
            on = load(os.path.join(tmp, key + ".json"))
            check(on["modes"][key] == want and on["screen"] == "home" and on["panel"] == "access",
                  "%s from the attract loop: %s = %s on the home screen, the sheet still open" % (target, key, on["modes"][key]))
        # The end of the visit switches everything off (idle 5 s + countdown 1 s).
        cfg = os.path.join(tmp, "quick.toml")
        with open(cfg, "w") as f:
            f.write("[kiosk]\nidle_seconds = 5\ncountdown_seconds = 1\n")
        d, _ = kiosk(x, tmp, "reset", ["tap nav.access", "tap access.large", "tap access.contrast", "tap panel.close",
                                       "wait 7500"], extra=["--config", cfg])
        check(d["screen"] == "attract" and d["modes"] == {"text": 100, "contrast": False, "reach": False, "speech": False},
              "the visit's end resets every mode (got %s)" % d["modes"])
    finally:
        x.close()


def test_access_low_reach_band(tmp):
    """In low-reach mode every control on every visitor screen lies in the band computed from
    the default config (380-1220 mm from the floor)."""
    x = Xvfb()
    try:
        p = lambda n: os.path.join(tmp, n + ".json")  # noqa: E731
        kiosk(x, tmp, "reach", ["tap nav.access", "tap access.reach", "dump " + p("sheet"), "tap panel.close",
                                "dump " + p("home"), "tap tile.site", "dump " + p("list"), "tap card.0", "dump " + p("detail"),
                                "tap nav.home", "tap home.search", "dump " + p("search"), "tap nav.home", "tap home.map",
                                "wait 300", "dump " + p("map"), "screenshot " + os.path.join(tmp, "reach.png")])
        for name in ("sheet", "home", "list", "detail", "search", "map"):
            d = load(p(name))
            top, bottom = d["reach_band"]
            check(abs(top - PORTRAIT_BAND_TOP) <= 2 and bottom == 1920,
                  "%s: the band is %s, from 1220 mm down (expected top %d)" % (name, d["reach_band"], PORTRAIT_BAND_TOP))
            outside = [n for n, r in d["target_rects"].items() if r[1] < top - 1 or r[3] > bottom + 1]
            check(d["targets"] and not outside, "%s: all %d controls lie within 1220 mm of the floor%s" % (
                name, len(d["targets"]), (": outside " + ", ".join(outside)) if outside else ""))
        # Without the mode the band is the whole screen.
        d, _ = kiosk(x, tmp, "noreach", ["tap attract"])
        check(d["reach_band"] == [0, 1920], "low reach off: controls use the whole screen (%s)" % d["reach_band"])
    finally:
        x.close()


def large_text_screens(xvfb, tmp, tag):
    """Every visitor screen at 200%: dumps named tag-SCREEN.json, screenshots tag-SCREEN.png."""
    p = lambda n: os.path.join(tmp, "%s-%s" % (tag, n))  # noqa: E731
    lines = ["tap nav.access", "tap access.large", "tap access.large", "dump " + p("access.json"),
             "screenshot " + p("access.png"), "tap panel.close", "dump " + p("home.json"), "screenshot " + p("home.png"),
             "tap nav.lang", "dump " + p("language.json"), "screenshot " + p("language.png"), "tap lang.fr", "tap tile.site", "dump " + p("list.json"), "screenshot " + p("list.png"), "tap card.0",
             "dump " + p("detail.json"), "screenshot " + p("detail.png"), "tap nav.home", "tap home.weekend",
             "dump " + p("events.json"), "tap nav.home", "tap home.search", "type lens", "dump " + p("search.json"),
             "screenshot " + p("search.png"), "tap nav.home", "tap home.map", "wait 300", "dump " + p("map.json"),
             "screenshot " + p("map.png")]
    kiosk(xvfb, tmp, tag, lines)
    return {n: load(p(n + ".json")) for n in ("access", "home", "language", "list", "detail", "events", "search", "map")}


def check_large(states, what):
    for name, d in states.items():
        check(d["modes"]["text"] == 200, "%s %s: text at 200%%" % (what, name))
        ov = overlapping(d)
        check(not ov, "%s %s: no two of %d controls overlap%s" % (what, name, len(d["targets"]), (": " + ", ".join(ov[:8])) if ov else ""))
        check(not d["clipped_text"], "%s %s: no text is clipped%s" % (what, name, (": %s" % d["clipped_text"][:5]) if d["clipped_text"] else ""))
    check_targets_9mm(states["home"], what + " home at 200%")


def test_access_large_text_portrait(tmp):
    x = Xvfb()
    try:
        check_large(large_text_screens(x, tmp, "portrait"), "portrait")
    finally:
        x.close()


def test_access_large_text_landscape(tmp):
    x = Xvfb(1920, 1080)
    try:
        check_large(large_text_screens(x, tmp, "landscape"), "landscape")
    finally:
        x.close()


def test_access_high_contrast(tmp):
    """The high-contrast palette: black background, white text, outlined controls."""
    x = Xvfb()
    try:
        shot = os.path.join(tmp, "contrast.png")
        d, _ = kiosk(x, tmp, "contrast", ["tap nav.access", "tap access.contrast", "tap panel.close", "tap tile.site",
                                          "screenshot " + shot])
        check(d["modes"]["contrast"], "high contrast is on")
        # A pixel of the list's background, between the header and the first chips.
        r = run(["convert", shot, "-format", "%[pixel:p{5,260}]", "info:"])
        check(r.returncode == 0 and r.stdout.strip() in ("srgb(0,0,0)", "black", "srgba(0,0,0,1)"),
              "the background is black in high contrast (got %s)" % r.stdout.strip())
    finally:
        x.close()


def test_tap_guard_double_tap(tmp):
    """A double tap on a home tile opens the list, and its second tap does not open a card."""
    x = Xvfb()
    try:
        d, _ = kiosk(x, tmp, "double", ["tap attract", "doubletap tile.site", "wait 500"])
        check(d["screen"] == "list" and d["kind"] == "site", "a double tap on a tile opens one screen: the list (got %s)" % d["screen"])
        d, _ = kiosk(x, tmp, "double-card", ["tap attract", "tap tile.belfry", "doubletap card.0", "wait 500",
                                             "tap nav.back"])
        check(d["screen"] == "list", "a double tap on a card opened one card: one Back returns to the list (got %s)" % d["screen"])
    finally:
        x.close()


def test_list_order_and_you_are_here(tmp):
    """Nearest first where the kiosk knows where it is (the default: the Louvre-Lens hall), by
    name on request; the kiosk's own place reads "You are here", not "0,0 km"."""
    x = Xvfb()
    try:
        p = lambda n: os.path.join(tmp, n + ".json")  # noqa: E731
        kiosk(x, tmp, "order", ["tap attract", "tap tile.site", "dump " + p("near"), "tap sort.name", "dump " + p("name"),
                                "tap sort.distance", "tap card.0", "dump " + p("card")])
        near, by_name, card = load(p("near")), load(p("name")), load(p("card"))
        check(near["sort"] == "distance" and "Louvre-Lens" in near["visible_cards"][0],
              "sites nearest first: the Louvre-Lens where the kiosk stands comes first (%s)" % near["visible_cards"][:3])
        titles = by_name["visible_cards"]
        check(by_name["sort"] == "name" and titles == sorted(titles, key=fold) and titles != near["visible_cards"],
              "by name on request (%s)" % titles[:4])
        check("Vous êtes ici" in card["detail_texts"] and not any("0,0 km" in t for t in card["detail_texts"]),
              "the kiosk's own place reads 'Vous êtes ici' (%s)" % [t for t in card["detail_texts"] if "km" in t or "ici" in t])
    finally:
        x.close()


def test_reading_is_not_a_wait(tmp):
    """On a card the countdown waits detail_idle_seconds, not idle_seconds; elsewhere it does not."""
    cfg = os.path.join(tmp, "idle.toml")
    with open(cfg, "w") as f:
        f.write("[kiosk]\nidle_seconds = 5\ncountdown_seconds = 30\ndetail_idle_seconds = 60\n")
    x = Xvfb()
    try:
        d, _ = kiosk(x, tmp, "card", ["tap attract", "tap tile.site", "tap card.0", "wait 6500"], extra=["--config", cfg])
        check(d["screen"] == "detail" and not d["countdown"], "6.5 s on a card: no countdown yet")
        d, _ = kiosk(x, tmp, "list", ["tap attract", "tap tile.site", "wait 6500"], extra=["--config", cfg])
        check(d["screen"] == "list" and d["countdown"] and "idle.continue" in d["targets"],
              "6.5 s on a list: the countdown shows, with its button to stay")
        d, _ = kiosk(x, tmp, "stay", ["tap attract", "tap tile.site", "wait 6500", "tap idle.continue", "wait 300"],
                     extra=["--config", cfg])
        check(d["screen"] == "list" and not d["countdown"], "the countdown is cancelled by its button")
    finally:
        x.close()


def wav_rms(path):
    """Root mean square of a 16-bit mono WAV's samples (0 for silence)."""
    import array
    import math
    import wave
    with wave.open(path, "rb") as w:
        check(w.getsampwidth() == 2 and w.getnchannels() == 1, "%s is 16-bit mono" % os.path.basename(path))
        samples = array.array("h", w.readframes(w.getnframes()))
    return math.sqrt(sum(x * x for x in samples) / max(1, len(samples))), len(samples)


def test_access_speech_reads_the_card(tmp):
    """In speech mode the speaker button on a card reads it with espeak-ng; the test config
    sends the voice to a WAV file, which must hold speech, not silence."""
    wav = os.path.join(tmp, "card.wav")
    cfg = os.path.join(tmp, "speech.toml")
    with open(cfg, "w") as f:
        f.write('[speech]\ndevice = "wav:%s"\n' % wav)
    x = Xvfb()
    try:
        p = lambda n: os.path.join(tmp, n + ".json")  # noqa: E731
        d, err = kiosk(x, tmp, "speech", ["tap nav.access", "dump " + p("sheet"), "tap access.speak", "tap panel.close",
                                          "tap tile.site", "dump " + p("list"), "tap card.0", "dump " + p("card"),
                                          "tap nav.speak", "wait 2000", "dump " + p("spoken")], extra=["--config", cfg])
        check("nav.speak" not in load(p("list"))["targets"], "no speaker button where there is no card to read")
        card = load(p("card"))
        check(card["modes"]["speech"] and "nav.speak" in card["targets"], "speech mode: the card has a speaker button")
        check(os.path.exists(wav), "the voice was written to the configured WAV (stderr: %s)" % err.strip()[-300:])
        rms, n = wav_rms(wav)
        check(n > 22050 and rms > 300, "the WAV holds speech: %.1f s, RMS %.0f" % (n / 22050.0, rms))
        # Without speech mode there is no speaker and nothing is said.
        wav2 = os.path.join(tmp, "none.wav")
        with open(cfg, "w") as f:
            f.write('[speech]\ndevice = "wav:%s"\n' % wav2)
        d, _ = kiosk(x, tmp, "nospeech", ["tap attract", "tap tile.site", "tap card.0", "wait 500"], extra=["--config", cfg])
        check("nav.speak" not in d["targets"] and not os.path.exists(wav2), "speech off: no speaker button, no voice")
    finally:
        x.close()


ALL_LANGUAGES = '["fr", "en", "nl", "de", "es", "it", "pl", "ja"]'
# The marker over a text the pack has not in the visitor's language (assets/i18n fallback.*).
MARKERS = {"es": {"en": "texto en inglés", "fr": "texto en francés"},
           "it": {"en": "testo in inglese", "fr": "testo in francese"},
           "pl": {"en": "tekst po angielsku", "fr": "tekst po francusku"}}


def test_new_languages_large_text_and_fallback(tmp):
    """Spanish, Italian and Polish at 200% text: home, the language and access sheets, a list and
    a card, with no text too wide for its box and no overlapping controls; the language sheet
    offers all eight languages each named in itself; the card's title, written in English or
    French in the pack, carries the "text in English" marker in the visitor's language."""
    cfg = os.path.join(tmp, "langs.toml")
    with open(cfg, "w") as f:
        f.write("[kiosk]\nlanguages = %s\n" % ALL_LANGUAGES)
    x = Xvfb()
    try:
        for lang in ("es", "it", "pl"):
            p = lambda n: os.path.join(tmp, "%s-%s" % (lang, n))  # noqa: E731
            lines = ["tap nav.access", "tap access.large", "tap access.large", "dump " + p("access.json"),
                     "screenshot " + p("access.png"), "tap panel.close", "dump " + p("home.json"),
                     "screenshot " + p("home.png"), "tap nav.lang", "dump " + p("language.json"),
                     "screenshot " + p("language.png"), "tap lang." + lang, "tap tile.site", "dump " + p("list.json"),
                     "screenshot " + p("list.png"), "tap card.0", "dump " + p("detail.json"),
                     "screenshot " + p("detail.png")]
            kiosk(x, tmp, lang, lines, extra=["--config", cfg], lang=lang)
            states = {n: load(p(n + ".json")) for n in ("access", "home", "language", "list", "detail")}
            for name, d in states.items():
                check(d["language"] == lang, "%s %s: still in %s" % (lang, name, lang))
            check_large(states, lang)
            sheet = states["language"]["targets"]
            check(all("lang." + l in sheet for l in ("fr", "en", "nl", "de", "es", "it", "pl", "ja")),
                  "%s: the language sheet offers the eight languages" % lang)
            card = states["detail"]
            tl = card["title_language"]
            if tl != lang:
                want = MARKERS[lang].get(tl)
                check(want is not None and want in card["language_markers"],
                      "%s: a card titled in %s says %r (markers: %s)" % (lang, tl, want, card["language_markers"]))
            check(any(m in states["list"]["language_markers"] for m in MARKERS[lang].values()),
                  "%s: the list marks titles not in %s (markers: %s)" % (lang, lang, states["list"]["language_markers"][:3]))
    finally:
        x.close()


def test_japanese_speech_says_nothing_wrong(tmp):
    """Speech mode turned on, then Japanese chosen: espeak-ng's Japanese voice reads kana only,
    so the card has no speaker button, nothing is written to the WAV device, and one journal
    line says why."""
    wav = os.path.join(tmp, "ja.wav")
    cfg = os.path.join(tmp, "ja.toml")
    with open(cfg, "w") as f:
        f.write('[kiosk]\nlanguages = %s\n[speech]\ndevice = "wav:%s"\n' % (ALL_LANGUAGES, wav))
    x = Xvfb()
    try:
        p = lambda n: os.path.join(tmp, "ja-" + n + ".json")  # noqa: E731
        d, err = kiosk(x, tmp, "ja-speech", ["tap nav.access", "tap access.speak", "tap panel.close", "tap nav.lang",
                                             "tap lang.ja", "tap tile.site", "tap card.0", "dump " + p("card"),
                                             "tap nav.access", "dump " + p("sheet"), "wait 500"],
                       extra=["--config", cfg])
        card = load(p("card"))
        check(card["language"] == "ja" and card["screen"] == "detail" and card["modes"]["speech"],
              "a card in Japanese with speech mode on")
        check("nav.speak" not in card["targets"], "no speaker button in Japanese")
        check("access.speak" not in load(p("sheet"))["targets"], "no Read aloud switch in Japanese")
        check(not os.path.exists(wav), "nothing was read aloud")
        check(err.count("no espeak-ng voice reads 'ja'") == 1, "one journal line says why (stderr: %s)" % err.strip()[-300:])
    finally:
        x.close()


if __name__ == "__main__":
    sys.exit(run_e2e.main(globals()))

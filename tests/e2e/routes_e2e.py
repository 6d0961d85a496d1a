#!/usr/bin/env python3
"""End-to-end tests of issue 17's route screen against the real kiosk under Xvfb: the Routes
tile on home, a route opened from it (its steps, figures, straight-line notice, QR code and
where it starts), a step's card with its "part of route" button and the way back, the route
found by search, and the screen at 200% text, in contrast and landscape without clipped text.

Two packs: one built by kiosk-pack from a small export with a walking tour (its steps by @id,
a named point, a schema:line path, a loop); and the default pack with one route added in the
pack's own v4 tables (schema.sql): three of its sites near the Louvre-Lens and a named point
between them, no geometry (so the kiosk draws straight legs and says so).

Run as: routes_e2e.py NAME (CTest lists each NAME as e2e.NAME); `routes_e2e.py --list` prints
the names, from the test_NAME functions below (tests/CMakeLists.txt reads them at configure time)."""
import os
import shutil
import sqlite3
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run_e2e  # noqa: E402
from run_e2e import Xvfb, check, run, load, check_targets_9mm, write_flux, place, KIOSK, PACK_TOOL, SOURCE  # noqa: E402

NOW = "2026-11-21T11:00"
ROUTE_TITLE = {"fr": "Promenade d’essai autour du Louvre-Lens", "en": "Trial walk around the Louvre-Lens"}
POINT_NAME = {"fr": "Parvis de la gare", "en": "Station forecourt"}
# Where the screenshots a person looks at are kept (set by hand; the test's files go in tmp).
SHOTS = os.environ.get("ROUTES_SHOTS", "")


def route_pack(tmp):
    """The default pack plus one route; returns (path, the steps' item ids and titles)."""
    pack = os.path.join(tmp, "routes.pack")
    shutil.copy(os.path.join(os.environ["KIOSK_BUILD"], "default.pack"), pack)
    with open(os.path.join(SOURCE, "kiosk", "core", "schema.sql"), encoding="utf-8") as f:
        schema = f.read()
    # The v4 tables, as schema.sql defines them (a pack built before v4 lacks them).
    v4 = schema[schema.index("CREATE TABLE route ("):]
    v4 = v4.replace("CREATE TABLE ", "CREATE TABLE IF NOT EXISTS ").replace("CREATE INDEX ", "CREATE INDEX IF NOT EXISTS ")
    db = sqlite3.connect(pack)
    db.executescript(v4)
    db.execute("PRAGMA user_version = 4")
    # Three sites nearest the kiosk's default place (the Louvre-Lens hall), with their titles.
    sites = db.execute(
        "SELECT id, source_id, lat, lon, (SELECT value FROM item_text WHERE item_id = id AND field = 'title' AND lang = 'fr')"
        " FROM item WHERE kind = 'site' AND lat IS NOT NULL"
        # Sites no other route of the pack goes through: their cards then name ours alone.
        " AND source_id NOT IN (SELECT ref FROM route_step WHERE ref IS NOT NULL)"
        " ORDER BY (lat - 50.4302) * (lat - 50.4302) + (lon - 2.8032) * (lon - 2.8032) LIMIT 3").fetchall()
    check(len(sites) == 3, "the default pack has three sites with a position for the route")
    rid = db.execute("SELECT max(id) + 1 FROM item").fetchone()[0]
    db.execute("INSERT INTO item (id, source_id, kind, town) VALUES (?, 'urn:e2e:route:trial', 'route', 'Lens')", (rid,))
    for lang in ("fr", "en"):
        db.execute("INSERT INTO item_text VALUES (?, 'title', ?, ?)", (rid, lang, ROUTE_TITLE[lang]))
    db.execute("INSERT INTO item_text VALUES (?, 'short', 'fr', 'Une boucle courte entre le musée et ses voisins.')", (rid,))
    db.execute("INSERT INTO route (item_id, means, length_m, duration_min, loop, path) VALUES (?, 'walk', 4200, 75, 0, NULL)",
               (rid,))
    db.execute("INSERT INTO route_difficulty VALUES (?, 'fr', 'Facile')", (rid,))
    db.execute("INSERT INTO route_difficulty VALUES (?, 'en', 'Easy')", (rid,))
    mid = ((sites[0][2] + sites[1][2]) / 2, (sites[0][3] + sites[1][3]) / 2 + 0.002)
    steps = [(sites[0][1], None, None), (None, mid[0], mid[1]), (sites[1][1], None, None), (sites[2][1], None, None)]
    for pos, (ref, lat, lon) in enumerate(steps, 1):
        db.execute("INSERT INTO route_step VALUES (?, ?, ?, ?, ?)", (rid, pos, ref, lat, lon))
    for lang in ("fr", "en"):
        db.execute("INSERT INTO route_step_name VALUES (?, 2, ?, ?)", (rid, lang, POINT_NAME[lang]))
    db.commit()
    db.close()
    return pack, rid, [(s[0], s[4]) for s in sites]


def route_card(xvfb, tmp, pack, title, lang="fr", extra=()):
    """The list's target name of the route titled `title` (the default pack may hold routes of
    its own, listed before ours)."""
    d = kiosk(xvfb, tmp, pack, "find-card", ["tap attract", "tap tile.route"], extra=extra, lang=lang)
    check(title in d["visible_cards"], "the Routes list shows %r (%s)" % (title, d["visible_cards"]))
    return "card.%d" % d["visible_cards"].index(title)


def kiosk(xvfb, tmp, pack, name, lines, extra=(), lang="fr"):
    script = os.path.join(tmp, name + ".txt")
    with open(script, "w") as f:
        f.write("\n".join(lines) + "\n")
    dump = os.path.join(tmp, name + ".json")
    args = [KIOSK, "--pack", pack, "--script", script, "--exit-after-script", "--now", NOW, "--lang", lang,
            "--dump-state", dump] + list(extra)
    r = run(args, env=xvfb.env(), timeout=150)
    check(r.returncode == 0, "%s: kiosk ran the script (rc=%d, stderr: %s)" % (name, r.returncode, r.stderr.strip()[-400:]))
    return load(dump)


def test_routes_tile_route_step_and_back(tmp):
    """Home's Routes tile lists the route; it opens on the route screen with its steps, figures
    and notices; a step opens its card, which says it is part of the route; Back returns."""
    pack, rid, sites = route_pack(tmp)
    x = Xvfb()
    try:
        p = lambda n: os.path.join(tmp, n + ".json")  # noqa: E731
        card = route_card(x, tmp, pack, ROUTE_TITLE["fr"])
        d = kiosk(x, tmp, pack, "walk", [
            "tap attract", "dump " + p("home"), "tap tile.route", "dump " + p("list"), "tap " + card, "dump " + p("route"),
            "screenshot " + os.path.join(tmp, "route.png"), "tap route.step.3", "dump " + p("step"),
            "tap nav.back", "dump " + p("back"), "tap route.step.1", "tap detail.route.1", "dump " + p("again"),
            "tap nav.back", "dump " + p("list2")])
        home = load(p("home"))
        check("tile.route" in home["targets"], "home shows a Routes tile when the pack holds a route")
        lst = load(p("list"))
        check(lst["screen"] == "list" and lst["kind"] == "route" and ROUTE_TITLE["fr"] in lst["visible_cards"],
              "the Routes tile lists the route (%s)" % lst["visible_cards"])
        r = load(p("route"))
        check(r["screen"] == "route" and r["title"] == ROUTE_TITLE["fr"], "the route opens on the route screen (%s, %r)" % (
            r["screen"], r["title"]))
        route = r["route"]
        check(route and route["id"] == rid and len(route["steps"]) == 4, "the route's four steps are read (%s)" % route)
        check([s["item"] for s in route["steps"]] == [sites[0][0], 0, sites[1][0], sites[2][0]],
              "steps 1, 3, 4 are the pack's sites, step 2 a named point")
        check(route["steps"][1]["name"] == POINT_NAME["fr"], "the named point keeps its own name")
        check(route["length_m"] == 4200 and route["duration_min"] == 75, "length and duration are the export's")
        check(not route["path_from_export"] and route["path_points"] == 4, "no geometry: straight legs between the 4 steps")
        check(route["start"] in ("here", "away"), "where the route starts from the kiosk is said (%s, %.0f m)" % (
            route["start"], route["start_m"]))
        texts = r["detail_texts"]
        for want in ("Longueur : 4,2 km", "Durée : 1 h 15", "À pied", "Difficulté : Facile"):
            check(any(want in t for t in texts), "the route screen shows %r" % want)
        check(any(t.startswith("Les tirets relient") for t in texts), "it says the line joins the steps straight")
        check(any(t.startswith("Départ") for t in texts), "it says where the route starts")
        check(r["link"].startswith("geo:"), "the QR code takes the start away (%s)" % r["link"])
        for t in ("route.step.1", "route.step.3", "route.step.4", "route.qr", "route.map"):
            check(t in r["targets"], "target %s is on the route screen" % t)
        check("route.step.2" not in r["targets"], "a named point is not a button")
        check(not r["clipped_text"], "no clipped text on the route screen (%s)" % r["clipped_text"])
        check_targets_9mm(r, "the route screen")
        s = load(p("step"))
        check(s["screen"] == "detail" and s["title"] == sites[1][1], "step 3 opens its card (%r)" % s["title"])
        check({"route": rid, "title": ROUTE_TITLE["fr"], "step": 3} in s["part_of_routes"] and "detail.route.1" in s["targets"],
              "the card says it is step 3 of the route (%s)" % s["part_of_routes"])
        check(load(p("back"))["screen"] == "route", "Back from the step's card returns to the route")
        again = load(p("again"))
        check(again["screen"] == "route" and again["route"]["id"] == rid, "the step's 'part of route' button goes back to its route")
        check(load(p("list2"))["screen"] == "list", "Back from the route returns to the list")
    finally:
        x.close()


def test_routes_from_export(tmp):
    """A tour of a DATAtourisme export, built by kiosk-pack: the Routes tile, the route with
    the export's path (no straight-line notice), its loop and figures; a step opens its card,
    which says it is step 2 of the tour."""
    flux = os.path.join(tmp, "flux")
    ids = ["b%d000000-0000-0000-0000-0000000000%02d" % (i, i) for i in range(1, 4)]

    def site(fr, en, town, lat, lon):
        return {"@type": ["CulturalSite", "Museum", "PlaceOfInterest"], "rdfs:label": {"fr": [fr], "en": [en]},
                "isLocatedAt": place(town, lat, lon)}
    tour = {"@type": ["WalkingTour", "Tour", "PointOfInterest"],
            "rdfs:label": {"fr": ["Boucle des deux musées"], "en": ["Two museums loop"]},
            "hasDescription": [{"shortDescription": {"fr": ["Une boucle entre deux musées de Lens."]}}],
            "isLocatedAt": [{"schema:address": [{"schema:addressLocality": "Lens"}], "schema:geo": [
                {"schema:latitude": "50.4306", "schema:longitude": "2.8044"},
                {"@type": ["schema:GeoShape"],
                 "schema:line": "50.4306 2.8044 50.4330 2.8100 50.4360 2.8200 50.4330 2.8260 50.4306 2.8044"}]}],
            "tourDistance": 3600,
            "hasTourType": [{"@id": "kb:Loop"}],
            "hasPracticeCondition": [{"duration": 60, "hasDifficultyLevel": [
                {"@id": "kb:EasyTour", "rdfs:label": {"fr": ["Facile"], "en": ["Easy"]}}]}],
            "olo:slot": [
                {"olo:index": 1, "olo:item": {"@id": "https://data.datatourisme.fr/62/" + ids[0]}},
                {"olo:index": 2, "olo:item": {"@id": "https://data.datatourisme.fr/62/" + ids[1]}},
                {"olo:index": 3, "olo:item": {"@id": "https://example.org/belvedere", "rdfs:label": {"fr": ["Belvédère"]},
                                              "schema:geo": {"schema:latitude": 50.4330, "schema:longitude": 2.8260}}}]}
    write_flux(flux, [(ids[0], site("Musée du carreau", "Pithead museum", "Lens", 50.4306, 2.8044)),
                      (ids[1], site("Musée de la cité", "Mining village museum", "Lens", 50.4360, 2.8200)),
                      (ids[2], tour)])
    pack = os.path.join(tmp, "tour.pack")
    r = run([PACK_TOOL, "build", flux, "-o", pack, "--build-time", "2026-11-01T00:00:00Z"])
    check(r.returncode == 0, "kiosk-pack builds an export with a tour (stderr: %s)" % r.stderr.strip()[-300:])
    x = Xvfb()
    try:
        p = lambda n: os.path.join(tmp, n + ".json")  # noqa: E731
        d = kiosk(x, tmp, pack, "tour", ["tap attract", "dump " + p("home"), "tap tile.route", "tap card.0", "dump " + p("route"),
                                         "tap route.step.2", "dump " + p("step"), "tap detail.route.1"])
        check("tile.route" in load(p("home"))["targets"], "home shows the Routes tile")
        rt = load(p("route"))
        route = rt["route"]
        check(rt["screen"] == "route" and rt["title"] == "Boucle des deux musées", "the tour opens on the route screen")
        check(route["path_from_export"] and route["path_points"] == 5, "the export's path is drawn (%s)" % route)
        check([s["name"] for s in route["steps"]] == ["Musée du carreau", "Musée de la cité", "Belvédère"]
              and route["steps"][2]["item"] == 0, "steps in order, the belvedere a named point")
        texts = " | ".join(rt["detail_texts"])
        for want in ("Longueur : 3,6 km", "Durée : 1 h", "À pied", "Difficulté : Facile", "Boucle : retour au point de départ"):
            check(want in texts, "the route screen shows %r" % want)
        check("Les tirets" not in texts, "no straight-line notice when the export gives the path")
        st = load(p("step"))
        check(st["screen"] == "detail" and st["title"] == "Musée de la cité" and
              [(r["title"], r["step"]) for r in st["part_of_routes"]] == [("Boucle des deux musées", 2)],
              "step 2's card says it is part of the tour (%s)" % st["part_of_routes"])
        check(d["screen"] == "route", "its 'part of route' button returns to the tour")
    finally:
        x.close()


def test_routes_found_by_search(tmp):
    """A route is an item: search finds it by its title and opens it on the route screen."""
    pack, rid, _ = route_pack(tmp)
    x = Xvfb()
    try:
        d = kiosk(x, tmp, pack, "search", ["tap attract", "tap home.search", "type essai", "dump " + os.path.join(tmp, "s.json"),
                                           "tap result.0"])
        s = load(os.path.join(tmp, "s.json"))
        check(ROUTE_TITLE["fr"] in s["visible_cards"], "searching 'essai' finds the route (%s)" % s["visible_cards"])
        check(d["screen"] == "route" and d["route"]["id"] == rid, "the search result opens the route screen")
    finally:
        x.close()


def test_routes_speech_reads_the_route(tmp):
    """In speech mode the route screen has the speaker button, and the voice reads the route:
    its title, figures, start and each step take several seconds, not a title alone."""
    from access_e2e import wav_rms, wav_speech_config
    pack, _, _ = route_pack(tmp)
    wav, cfg = wav_speech_config(tmp, "route")
    x = Xvfb()
    try:
        card = route_card(x, tmp, pack, ROUTE_TITLE["fr"])
        d = kiosk(x, tmp, pack, "speech", ["tap attract", "tap tile.route", "tap " + card, "tap nav.access", "tap access.speak",
                                           "tap panel.close", "dump " + os.path.join(tmp, "r.json"), "tap nav.speak",
                                           "wait 4000"], extra=["--config", cfg])
        check("nav.speak" in load(os.path.join(tmp, "r.json"))["targets"], "the route screen has the speaker button")
        check(os.path.exists(wav), "the voice was written to the WAV")
        rms, n = wav_rms(wav)
        check(n > 22050 * 8 and rms > 300, "the route is read at length: %.1f s of speech, RMS %.0f" % (n / 22050.0, rms))
    finally:
        x.close()


def test_routes_large_text_contrast_landscape(tmp):
    """At 200% text, in high contrast, in portrait and landscape, in English: no clipped text,
    every control at least 9 mm, the steps still reachable by scrolling."""
    pack, _, _ = route_pack(tmp)
    for w, h, tag in ((1080, 1920, "portrait"), (1920, 1080, "landscape")):
        x = Xvfb(w, h)
        try:
            shot = os.path.join(tmp, "large-%s.png" % tag)
            card = route_card(x, tmp, pack, ROUTE_TITLE["en"], lang="en", extra=["--windowed", "%dx%d" % (w, h)])
            # The list is chosen at 100% (where the card's number was found), then the modes.
            d = kiosk(x, tmp, pack, "large-" + tag, [
                "tap attract", "tap tile.route", "tap " + card, "tap nav.access", "tap access.large", "tap access.large",
                "tap access.contrast", "tap panel.close", "screenshot " + shot,
                "dump " + os.path.join(tmp, "large-%s.json" % tag)], extra=["--windowed", "%dx%d" % (w, h)], lang="en")
            check(d["screen"] == "route" and d["modes"]["text"] == 200 and d["modes"]["contrast"],
                  "%s: the route screen at 200%% text in contrast" % tag)
            check(not d["clipped_text"], "%s: no clipped text (%s)" % (tag, d["clipped_text"]))
            check(d["title"] == ROUTE_TITLE["en"] and any("Length: 4.2 km" in t for t in d["detail_texts"]), "%s: in English" % tag)
            check_targets_9mm(d, "the route screen, %s, 200%%" % tag)
            if SHOTS:
                os.makedirs(SHOTS, exist_ok=True)
                shutil.copy(shot, SHOTS)
        finally:
            x.close()


if __name__ == "__main__":
    sys.exit(run_e2e.main(globals()))

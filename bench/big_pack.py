#!/usr/bin/env python3
"""The 50,000-item pack of issue 16's scale bench (bench.py --scale): generated, built, cached.

Writes a synthetic DATAtourisme flux (the 2024 JSON shape of /work/shared/DATATOURISME.md and
content/: index.json, objects/<h>/<hh>/<NN>-<uuid>.json) with about N items the kiosk keeps:
places to visit (museums, castles, parks...), belfries (RemarkableBuilding with the kb:Belfry
theme, or "Beffroi de ..." titles), events with one to a dozen periods and some with hundreds,
a few routes and tourist offices, plus restaurants and hotels the default build drops. Places
have opening hours of several rules (weekday mornings and afternoons, a summer season, a
Sunday rule); every item has themes, a position spread over Nord-Pas-de-Calais, French texts
and English, Dutch or German ones for part of them. A few hundred items have a picture, one of
a handful of small generated PNG (and, with python3-pil, JPEG) files under the flux's images/,
referenced by a path relative to the flux as content/ does: the importer's fetcher takes
http(s) only (kiosk/publish/image_fetch.cpp), so file:// URLs would not be read.

It then builds the flux with `kiosk-pack build` into <cache>/<version>-<n>/big.pack, reused
while the generator's VERSION and N are the same, and prints the pack's item count.

    python3 bench/big_pack.py [--items 50000] [--kiosk-pack build/kiosk-pack] [--cache /tmp/kiosk-big-pack]

Other scripts import pack(kiosk_pack, items, cache) to get the pack's path.
"""
import argparse
import fcntl
import json
import os
import random
import shutil
import sqlite3
import struct
import subprocess
import sys
import time
import uuid
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
VERSION = "big-v1"  # bump when the generator changes, so the cached flux and pack are rebuilt
NAMESPACE = uuid.UUID("6f1d2c7e-3b8a-4d5e-9f60-1a2b3c4d5e6f")

# Syllables and words to make titles and texts that a search can find (and not find).
WORDS = {
    "fr": ("beffroi musée carnaval géants braderie cathédrale citadelle jardin mine terril patrimoine "
           "exposition concert marché brocante église abbaye château dunes plage estaminet moulin canal "
           "port phare lumière histoire visite guidée famille ducasse kermesse brique tour cloche").split(),
    "en": ("belfry museum carnival giants fair cathedral citadel garden mine slag heap heritage exhibition "
           "concert market flea church abbey castle dunes beach tavern mill canal harbour lighthouse light "
           "history guided tour family bells brick").split(),
    "nl": ("belfort museum carnaval reuzen braderij kathedraal citadel tuin mijn terril erfgoed "
           "tentoonstelling concert markt rommelmarkt kerk abdij kasteel duinen strand herberg molen "
           "kanaal haven vuurtoren licht geschiedenis rondleiding gezin klokken").split(),
    "de": ("Belfried Museum Karneval Riesen Flohmarkt Kathedrale Zitadelle Garten Bergwerk Halde Erbe "
           "Ausstellung Konzert Markt Trödel Kirche Abtei Schloss Dünen Strand Kneipe Mühle Kanal Hafen "
           "Leuchtturm Licht Geschichte Führung Familie Glocken").split(),
}
SYLLABLES = "ar bel cou dou ghe har lan mar nor pe quen rou san tour val wat zel bri cas fon gue hem".split()
# Towns of Nord and Pas-de-Calais: name, postal code, INSEE code, department, lat, lon.
TOWNS = [
    ("Lille", "59000", "59350", "59", 50.631, 3.057), ("Roubaix", "59100", "59512", "59", 50.690, 3.181),
    ("Tourcoing", "59200", "59599", "59", 50.723, 3.161), ("Dunkerque", "59140", "59183", "59", 51.034, 2.377),
    ("Douai", "59500", "59178", "59", 50.370, 3.080), ("Cambrai", "59400", "59122", "59", 50.176, 3.235),
    ("Valenciennes", "59300", "59606", "59", 50.358, 3.523), ("Maubeuge", "59600", "59392", "59", 50.278, 3.973),
    ("Bergues", "59380", "59067", "59", 50.968, 2.433), ("Cassel", "59670", "59135", "59", 50.800, 2.486),
    ("Arras", "62000", "62041", "62", 50.291, 2.778), ("Lens", "62300", "62498", "62", 50.432, 2.833),
    ("Béthune", "62400", "62119", "62", 50.530, 2.640), ("Boulogne-sur-Mer", "62200", "62160", "62", 50.726, 1.614),
    ("Calais", "62100", "62193", "62", 50.951, 1.858), ("Saint-Omer", "62500", "62765", "62", 50.750, 2.252),
    ("Montreuil-sur-Mer", "62170", "62588", "62", 50.464, 1.764), ("Le Touquet", "62520", "62826", "62", 50.521, 1.589),
    ("Hesdin", "62140", "62447", "62", 50.373, 2.038), ("Aire-sur-la-Lys", "62120", "62014", "62", 50.639, 2.396),
]
DEPARTMENTS = {"59": "Nord", "62": "Pas-de-Calais"}
# (DATAtourisme classes, weight, kind the kiosk gives it). Restaurants and hotels are dropped
# by the default build: they stand for the part of a real export a kiosk does not show.
CLASSES = [
    (["CulturalSite", "Museum", "schema:Museum", "PlaceOfInterest", "PointOfInterest"], 14, "site"),
    (["CulturalSite", "Castle", "PlaceOfInterest", "PointOfInterest"], 5, "site"),
    (["NaturalHeritage", "ParkAndGarden", "schema:Park", "PlaceOfInterest", "PointOfInterest"], 9, "site"),
    (["CulturalSite", "ReligiousSite", "Church", "PlaceOfInterest", "PointOfInterest"], 8, "site"),
    (["SportsAndLeisurePlace", "PlaceOfInterest", "PointOfInterest"], 6, "site"),
    (["CulturalSite", "RemarkableBuilding", "CivilHeritage", "Tower", "PlaceOfInterest", "PointOfInterest"], 3, "belfry"),
    (["schema:Event", "EntertainmentAndEvent", "CulturalEvent", "Festival", "PointOfInterest"], 12, "event"),
    (["schema:Event", "EntertainmentAndEvent", "CulturalEvent", "Exhibition", "PointOfInterest"], 9, "event"),
    (["schema:Event", "EntertainmentAndEvent", "SaleEvent", "Market", "PointOfInterest"], 10, "event"),
    (["schema:Event", "EntertainmentAndEvent", "SportsEvent", "PointOfInterest"], 5, "event"),
    (["Tour", "WalkingTour", "PointOfInterest"], 3, "route"),
    (["PlaceOfInterest", "TouristInformationCenter", "LocalTouristOffice", "PointOfInterest"], 1, "office"),
    (["FoodEstablishment", "Restaurant", "PlaceOfInterest", "PointOfInterest"], 4, None),
    (["Accommodation", "schema:LodgingBusiness", "Hotel", "PlaceOfInterest", "PointOfInterest"], 3, None),
]
KEPT_SHARE = sum(w for _, w, k in CLASSES if k) / sum(w for _, w, _ in CLASSES)
THEMES = [("kb:" + t, fr, en) for t, fr, en in (
    ("Heritage", "Patrimoine", "Heritage"), ("Nature", "Nature", "Nature"), ("Family", "En famille", "Family"),
    ("Music", "Musique", "Music"), ("Art", "Art", "Art"), ("History", "Histoire", "History"),
    ("Gastronomy", "Gastronomie", "Food"), ("Sport", "Sport", "Sport"), ("Christmas", "Noël", "Christmas"),
    ("Carnival", "Carnaval", "Carnival"), ("Memory", "Mémoire", "Remembrance"), ("Sea", "Mer", "Seaside"))]
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
PICTURES = 6  # distinct picture files; a few hundred items share them


def node_id(*parts):
    return "https://data.datatourisme.fr/%s" % uuid.uuid5(NAMESPACE, "/".join(str(p) for p in parts))


def words(rng, lang, n):
    return " ".join(rng.choice(WORDS[lang]) for _ in range(n))


def name(rng):
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def langs_for(rng):
    """French always; English for most, Dutch and German for part of the items."""
    out = ["fr"]
    if rng.random() < 0.6:
        out.append("en")
    if rng.random() < 0.3:
        out.append("nl")
    if rng.random() < 0.2:
        out.append("de")
    return out


def city(town):
    _, _, insee, dep, _, _ = town
    return {"@id": "kb:" + insee, "@type": ["City"], "rdfs:label": {"fr": [town[0]]}, "insee": insee,
            "isPartOfDepartment": {"@id": "kb:France32" + dep, "@type": ["Department"],
                                   "rdfs:label": {"fr": [DEPARTMENTS[dep]]}, "insee": dep,
                                   "isPartOfRegion": {"@id": "kb:France32", "@type": ["Region"],
                                                      "rdfs:label": {"fr": ["Hauts-de-France"]}, "insee": "32"}}}


def opening_hours(rng, i):
    """Several rules: weekday mornings and afternoons, a longer summer season, a Sunday."""
    spec = lambda days, opens, closes, extra=None: dict(  # noqa: E731
        {"@id": node_id(i, "hours", days[0], opens), "@type": ["schema:OpeningHoursSpecification"],
         "schema:dayOfWeek": [{"@id": "schema:" + d, "@type": ["schema:DayOfWeek"]} for d in days],
         "schema:opens": opens, "schema:closes": closes}, **(extra or {}))
    weekdays = [d for d in DAYS[:6] if rng.random() < 0.85] or ["Saturday"]
    rules = [spec(weekdays, "%02d:00:00" % rng.choice((9, 10)), "12:30:00"),
             spec(weekdays, "14:00:00", "%02d:00:00" % rng.choice((17, 18)))]
    if rng.random() < 0.6:
        rules.append(spec(["Saturday", "Sunday"], "10:00:00", "19:00:00",
                          {"schema:validFrom": "2027-04-01T00:00:00", "schema:validThrough": "2027-09-30T23:59:59"}))
    if rng.random() < 0.4:
        rules.append(spec(["Sunday"], "14:00:00", "18:00:00"))
    return rules


def periods(rng, i):
    """One to a dozen dated periods, some with times; one event in 40 has hundreds (a
    weekly market, a show every evening), as real exports have."""
    n = rng.randint(200, 400) if rng.random() < 0.025 else rng.choice((1, 1, 2, 3, 5, 12))
    start = rng.randint(-60, 300)  # days from 2026-12-01: some running, most to come
    out = []
    for k in range(n):
        day = start + k * (7 if n > 12 else rng.randint(1, 20))
        first = time.strftime("%Y-%m-%d", time.gmtime(1796083200 + day * 86400))
        last = first if rng.random() < 0.8 else time.strftime("%Y-%m-%d", time.gmtime(1796083200 + (day + 2) * 86400))
        p = {"@id": node_id(i, "period", k), "@type": ["Period"], "startDate": first, "endDate": last}
        if rng.random() < 0.5:
            p["startTime"], p["endTime"] = "%02d:00:00" % rng.randint(9, 20), "23:00:00"
        out.append(p)
    rng.shuffle(out)  # real Period lists are not sorted
    return out


def picture(i, file):
    return [{"@id": node_id(i, "picture"), "@type": ["ebucore:EditorialObject"],
             "ebucore:hasAnnotation": [{"@id": node_id(i, "annotation"), "@type": ["ebucore:Annotation", "Annotation"],
                                        "credits": ["Kiosk bench"], "ebucore:isCoveredBy": "CC BY 4.0"}],
             "ebucore:hasRelatedResource": [{"@id": node_id(i, "resource"), "@type": ["ebucore:Resource"],
                                             "ebucore:locator": ["images/" + file]}]}]


def make_object(i, rng, pictures, stamp):
    types, _, kind = rng.choices(CLASSES, weights=[w for _, w, _ in CLASSES])[0]
    uid = str(uuid.uuid5(NAMESPACE, "item/%d" % i))
    town = rng.choice(TOWNS)
    langs = langs_for(rng)
    base = name(rng)
    if kind == "belfry":
        titles = {"fr": "Beffroi de %s" % base, "en": "Belfry of %s" % base, "nl": "Belfort van %s" % base,
                  "de": "Belfried von %s" % base}
    else:
        titles = {lang: "%s %s" % (words(rng, lang, rng.randint(1, 3)).capitalize(), base) for lang in langs}
    o = {
        "@id": "https://data.datatourisme.fr/%s/%s" % (town[3], uid),
        "dc:identifier": "PCUBENCH%08d" % i,
        "@type": types,
        "rdfs:label": {lang: [titles[lang]] for lang in langs},
        "rdfs:comment": {lang: [words(rng, lang, 18).capitalize() + "."] for lang in langs},
        "hasDescription": [{"@id": node_id(i, "description"), "@type": ["Description"],
                            "shortDescription": {lang: [words(rng, lang, 22).capitalize() + "."] for lang in langs},
                            "dc:description": {lang: [words(rng, lang, 70).capitalize() + ".",
                                                      words(rng, lang, 40).capitalize() + "."] for lang in langs}}],
        "isLocatedAt": [{
            "@id": node_id(i, "place"),
            "schema:address": [{"@id": node_id(i, "address"), "@type": ["schema:PostalAddress", "PostalAddress"],
                                "schema:addressLocality": town[0], "schema:postalCode": town[1],
                                "schema:streetAddress": ["%d rue %s" % (rng.randint(1, 200), name(rng))],
                                "hasAddressCity": city(town)}],
            # Around the town (a few km), so the map has dense clusters and a spread.
            "schema:geo": {"@id": node_id(i, "geo"), "@type": ["schema:GeoCoordinates"],
                           "schema:latitude": "%.5f" % (town[4] + rng.gauss(0, 0.06)),
                           "schema:longitude": "%.5f" % (town[5] + rng.gauss(0, 0.09))}}],
        "hasContact": [{"@id": node_id(i, "contact"), "@type": ["schema:Organization", "foaf:Agent", "Agent"],
                        "schema:telephone": ["+33 3 21 %02d %02d %02d" % (i % 100, i % 97, i % 89)],
                        "foaf:homepage": ["https://example.org/%d" % i]}],
        "hasTheme": [{"@id": t, "@type": ["Theme"], "rdfs:label": {"fr": [fr], "en": [en]}}
                     for t, fr, en in rng.sample(THEMES, rng.randint(1, 3))],
        "offers": [{"@id": node_id(i, "offer"), "schema:priceSpecification": [
            {"@id": node_id(i, "price"), "schema:minPrice": ["%d" % rng.randint(0, 8)],
             "schema:maxPrice": ["%d" % rng.randint(8, 20)], "schema:priceCurrency": "EUR"}]}],
        "hasBeenCreatedBy": {"@id": node_id("creator", i % 40), "schema:legalName": "Office de tourisme %d" % (i % 40),
                             "@type": ["schema:Organization", "foaf:Agent", "Agent"]},
        "lastUpdate": stamp[:10],
        "lastUpdateDatatourisme": stamp,
    }
    if kind == "belfry" and rng.random() < 0.7:
        o["hasTheme"].append({"@id": "kb:Belfry", "@type": ["Theme"], "rdfs:label": {"fr": ["Beffroi"], "en": ["Belfry"]}})
    if kind == "event":
        ps = periods(rng, i)
        o["takesPlaceAt"] = ps
        o["schema:startDate"] = [p["startDate"] for p in ps]
        o["schema:endDate"] = [p["endDate"] for p in ps]
    elif kind:
        o["isLocatedAt"][0]["schema:openingHoursSpecification"] = opening_hours(rng, i)
    if kind and pictures and rng.random() < 0.008:  # ~400 of 50,000
        o["hasMainRepresentation"] = picture(i, rng.choice(pictures))
    # Compact: json's C encoder only serves indent=None, and the importer does not care.
    body = json.dumps(o, ensure_ascii=False)
    rel = "%s/%s/%s-%s.json" % (uid[0], uid[:2], town[3], uid)
    return body, rel, titles["fr"], kind is not None


def png(path, w, h, seed):
    """A small gradient PNG with zlib alone (the standard library has no image writer)."""
    rng = random.Random(seed)
    top, bottom = [rng.randint(40, 220) for _ in range(3)], [rng.randint(20, 160) for _ in range(3)]
    rows = []
    for y in range(h):
        t = y / (h - 1)
        px = bytes(int(top[c] + (bottom[c] - top[c]) * t) for c in range(3))
        rows.append(b"\0" + px * w)
    chunk = lambda kind, data: (struct.pack(">I", len(data)) + kind + data  # noqa: E731
                                + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff))
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(b"".join(rows), 6)) + chunk(b"IEND", b""))


def make_pictures(root):
    """PICTURES small files: JPEGs when python3-pil is there (deploy/dev.sh bench installs it),
    PNGs otherwise or for the rest."""
    os.makedirs(root, exist_ok=True)
    try:
        from PIL import Image  # noqa: F401
        have_pil = True
    except ImportError:
        have_pil = False
    names = []
    for k in range(PICTURES):
        w, h = (640, 426) if k % 2 == 0 else (426, 640)
        if have_pil and k % 2 == 0:
            from PIL import Image, ImageDraw
            img = Image.new("RGB", (w, h), (60 + 30 * k, 90, 140))
            ImageDraw.Draw(img).rectangle([40 * k, 60, 40 * k + 200, 300], fill=(220, 180 - 20 * k, 60))
            name_ = "bench-%d.jpg" % k
            img.save(os.path.join(root, name_), quality=85)
        else:
            name_ = "bench-%d.png" % k
            png(os.path.join(root, name_), w, h, k)
        names.append(name_)
    return names


def generate(root, kept, seed=16):
    """Writes the flux; returns (objects written, objects of a kind the kiosk keeps)."""
    rng = random.Random(seed)
    pictures = make_pictures(os.path.join(root, "images"))
    index, n_kept, i = [], 0, 0
    while n_kept < kept:
        i += 1
        stamp = "2026-%02d-%02dT%02d:%02d:%02d.%dZ" % (1 + i % 11, 1 + i % 28, i % 24, i % 60, (i * 7) % 60, i % 1000)
        body, rel, label, keeps = make_object(i, rng, pictures, stamp)
        n_kept += keeps
        path = os.path.join(root, "objects", rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(body)
        index.append({"label": label, "lastUpdateDatatourisme": stamp, "file": rel})
    with open(os.path.join(root, "index.json"), "w", encoding="utf-8") as f:
        json.dump(index, f, ensure_ascii=False, indent=1)
    return i, n_kept


def item_count(pack_path):
    db = sqlite3.connect("file:%s?mode=ro" % pack_path, uri=True)
    try:
        return db.execute("SELECT count(*) FROM item").fetchone()[0]
    finally:
        db.close()


def pack(kiosk_pack, items=50000, cache="/tmp/kiosk-big-pack", log=print):
    """The cached pack's path, generating the flux and building the pack first if needed.

    A lock next to the cache makes a second caller wait for the first one's pack instead of
    deleting it half made."""
    where = os.path.join(cache, "%s-%d" % (VERSION, items))
    out = os.path.join(where, "big.pack")
    os.makedirs(cache, exist_ok=True)
    with open(os.path.join(cache, ".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if os.path.exists(os.path.join(where, "done")) and os.path.exists(out):
            return out
        return _make(kiosk_pack, items, where, out, log)


def _make(kiosk_pack, items, where, out, log):
    shutil.rmtree(where, ignore_errors=True)
    os.makedirs(where)
    flux = os.path.join(where, "flux")
    t0 = time.monotonic()
    log("generating a flux of about %d kept items into %s ..." % (items, flux))
    written, kept = generate(flux, items)
    log("  %d objects (%d of kinds the kiosk keeps) in %.0f s; building the pack ..."
        % (written, kept, time.monotonic() - t0))
    t1 = time.monotonic()
    r = subprocess.run([os.path.abspath(kiosk_pack), "build", flux, "-o", out + ".part", "-q",
                        "--report", os.path.join(where, "report.json"), "--region", "Nord-Pas-de-Calais"],
                       capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError("kiosk-pack build failed (%d): %s" % (r.returncode, (r.stderr or r.stdout).strip()[-800:]))
    os.replace(out + ".part", out)
    log("  built in %.0f s (%.0f MB)" % (time.monotonic() - t1, os.path.getsize(out) / 1e6))
    # The flux is not needed once built (a few hundred MB): the pack is what is cached.
    shutil.rmtree(os.path.join(flux, "objects"), ignore_errors=True)
    open(os.path.join(where, "done"), "w").close()
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--items", type=int, default=50000, help="items of kinds the kiosk keeps (default 50000)")
    ap.add_argument("--kiosk-pack", default=os.path.join(HERE, "..", "build", "kiosk-pack"))
    ap.add_argument("--cache", default="/tmp/kiosk-big-pack")
    a = ap.parse_args()
    try:
        path = pack(a.kiosk_pack, a.items, a.cache, log=lambda s: print(s, flush=True))
    except (RuntimeError, OSError) as e:
        print("big_pack: %s" % e, file=sys.stderr)
        return 1
    print("%s: %d items" % (path, item_count(path)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

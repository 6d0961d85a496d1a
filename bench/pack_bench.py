#!/usr/bin/env python3
"""Pack build benchmark (prints figures; not a test).

Generates a synthetic DATAtourisme flux shaped like the real one -- 30,000 objects of
15 KB to 700 KB (log-normal, most of them small; big ones are big because of long
hasBeenCreatedBy address lists, as in the real 705 KB file), 2020 and 2024 shapes mixed,
a fifth of them events of which some have hundreds of periods, restaurants and lodgings
the kiosk skips, no pictures -- as a directory and as a zip whose index.json is the LAST
entry, cached under /tmp. Then it times `kiosk-pack build` on each (objects/s, MB/s, peak
RSS from wait4), and an incremental rebuild (--previous) after 1% of the objects changed.
Then issue 16's stable ids: fluxes with 1% more objects and 1% fewer, their packs, the deltas
from the base pack (kiosk-pack delta, what publish makes) as a share of the pack, and the time
a kiosk takes to apply each (kiosk-pack apply-delta: install/delta.cpp's apply_delta, the path
kiosk-sync and the staff install take). Every figure is printed beside its goal.

usage: pack_bench.py [--kiosk-pack build/kiosk-pack] [--objects 30000] [--cache /tmp/kiosk-pack-bench]
                     [--runs 3] [--full-only]
--full-only times the two full builds (directory, zip) and nothing else: what a change to the
build's speed is measured by, in a third of the time.
"""
import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import time
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
VERSION = "v1"  # bump when the generator changes, so the cache is rebuilt

WORDS = ("beffroi musée carnaval géants braderie cathédrale citadelle jardin mine terril "
         "patrimoine exposition concert marché brocante église abbaye château dunes plage "
         "estaminet moulin canal port phare lumière histoire visite guidée famille").split()
TOWNS = [("Lille", "59000", "59350", "59"), ("Arras", "62000", "62041", "62"), ("Lens", "62300", "62498", "62"),
         ("Douai", "59500", "59178", "59"), ("Cambrai", "59400", "59122", "59"),
         ("Boulogne-sur-Mer", "62200", "62160", "62"), ("Saint-Omer", "62500", "62765", "62"),
         ("Dunkerque", "59140", "59183", "59"), ("Béthune", "62400", "62119", "62")]
CLASSES = [
    (["CulturalSite", "Museum", "schema:Museum", "PlaceOfInterest", "PointOfInterest"], 30),
    (["RemarkableBuilding", "CivilHeritage", "PlaceOfInterest", "PointOfInterest"], 15),
    (["schema:Event", "EntertainmentAndEvent", "CulturalEvent", "PointOfInterest"], 20),
    (["FoodEstablishment", "Restaurant", "PlaceOfInterest", "PointOfInterest"], 20),
    (["Accommodation", "schema:LodgingBusiness", "PlaceOfInterest", "PointOfInterest"], 15),
]


def text(rng, n):
    return " ".join(rng.choice(WORDS) for _ in range(n))


def langmap(rng, n, arrays=True):
    m = {lang: text(rng, n) for lang in ("fr", "en", "nl", "de")}
    return {k: [v] for k, v in m.items()} if arrays else m


def make_object(i, rng, target, stamp):
    uuid = "%08x-%04x-3%03x-8%03x-%012x" % (i, i % 65536, i % 4096, (i * 7) % 4096, i * 2654435761 % (1 << 48))
    sit = rng.choice(("15", "49", "30"))
    v2020 = i % 3 == 0
    host = "data.datatourisme.gouv.fr" if v2020 else "data.datatourisme.fr"
    town, postal, insee, dep = rng.choice(TOWNS)
    types = rng.choices([c for c, _ in CLASSES], weights=[w for _, w in CLASSES])[0]
    city = {"@id": "kb:" + insee, "@type": ["City"], "insee": insee, "rdfs:label": {"fr": [town]},
            "isPartOfDepartment": {"@id": "kb:France32" + dep, "insee": dep, "rdfs:label": {"fr": ["Nord"]}}}
    if v2020:  # the 2020 archives wrap these single nodes in arrays
        city["isPartOfDepartment"] = [city["isPartOfDepartment"]]
        city = [city]
    o = {
        "@id": "https://%s/%s/%s" % (host, sit, uuid),
        "dc:identifier": "PCU%08d" % i,
        "@type": types,
        "rdfs:label": langmap(rng, 4),
        "rdfs:comment": langmap(rng, 20),
        "hasDescription": [{"shortDescription": langmap(rng, 25),
                            "dc:description": {"fr": [text(rng, 120), text(rng, 60)], "en": [text(rng, 120)]},
                            "hasTranslatedProperty": [{"rdf:predicate": "shortDescription" if v2020 else {"@id": "dc:description"},
                                                       "rdf:language": "en"}]}],
        "isLocatedAt": [{"schema:address": [{"schema:addressLocality": town, "schema:postalCode": postal,
                                             "schema:streetAddress": ["%d rue %s" % (rng.randint(1, 200), text(rng, 2))],
                                             "hasAddressCity": city}],
                         "schema:geo": {"schema:latitude": "%.6f" % rng.uniform(50.2, 51.05),
                                        "schema:longitude": "%.6f" % rng.uniform(1.6, 3.9)},
                         "schema:openingHoursSpecification": [
                             {"schema:dayOfWeek": [{"@id": "schema:" + d}], "schema:opens": "10:00:00",
                              "schema:closes": "18:00:00", "schema:validFrom": "2026-04-01T00:00:00",
                              "schema:validThrough": "2026-10-31T23:59:59"}
                             for d in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")]}],
        "hasContact": [{"schema:telephone": ["+33 3 21 %02d %02d %02d" % (i % 100, i % 97, i % 89)],
                        "schema:email": ["contact%d@example.org" % i], "foaf:homepage": ["https://example.org/%d" % i]}],
        "hasTheme": [{"@id": "kb:" + w.capitalize(), "@type": ["Theme"], "rdfs:label": {"fr": [w], "en": [w]}}
                     for w in rng.sample(WORDS, 3)],
        "offers": [{"schema:priceSpecification": [{"schema:minPrice": ["4"], "schema:maxPrice": ["9"],
                                                   "schema:priceCurrency": "EUR"}]}],
        "hasBeenCreatedBy": {"@id": "https://%s/agent/%d" % (host, i % 50), "schema:legalName": "Office de tourisme",
                             "schema:address": []},
        "lastUpdate": stamp[:10],
        "lastUpdateDatatourisme": stamp,
    }
    if "schema:Event" in types:
        n = rng.choice((1, 2, 3, 5, 10)) if rng.random() > 0.05 else rng.randint(200, 540)
        days = sorted(rng.sample(range(0, 700), min(n, 700)))
        periods = []
        for d in days:
            day = time.strftime("%Y-%m-%d", time.gmtime(1767225600 + d * 86400))
            periods.append({"@type": ["Period"], "startDate": day, "endDate": day, "startTime": "18:45:00",
                            "endTime": "21:00:00"})
        rng.shuffle(periods)  # real Period lists are not sorted
        o["takesPlaceAt"] = periods
        o["schema:startDate"] = [p["startDate"] for p in periods]
    body = json.dumps(o, ensure_ascii=False, indent=1)
    # Pad to the target size the way real big files are big: the creator's address list.
    addr = {"@id": "https://%s/addr" % host, "schema:addressLocality": town, "schema:postalCode": postal,
            "schema:streetAddress": [text(rng, 6)], "@type": ["schema:PostalAddress", "PostalAddress"]}
    one = len(json.dumps(addr, ensure_ascii=False, indent=1)) + 2
    missing = target - len(body.encode())
    if missing > one:
        o["hasBeenCreatedBy"]["schema:address"] = [addr] * (missing // one)
        body = json.dumps(o, ensure_ascii=False, indent=1)
    return body, "%s/%s/%s-%s.json" % (uuid[0], uuid[:2], sit, uuid), o["rdfs:label"]["fr"][0]


def sizes(rng, n):
    out = []
    for _ in range(n):
        s = int(rng.lognormvariate(9.9, 0.55))  # median ~20 KB
        if rng.random() < 0.01:
            s = rng.randint(150_000, 705_000)  # a few very big ones
        out.append(max(15_000, min(705_000, s)))
    return out


def write_object(root, index, i, rng, target, stamp):
    """Writes object number i under root/objects and adds its entry to index."""
    body, rel, label = make_object(i, rng, target, stamp)
    path = os.path.join(root, "objects", rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(body)
    index.append({"label": label, "lastUpdateDatatourisme": stamp, "file": rel})


def write_index(root, index):
    with open(os.path.join(root, "index.json"), "w", encoding="utf-8") as f:
        json.dump(index, f, ensure_ascii=False, indent=1)


def generate(root, n, seed=1):
    rng = random.Random(seed)
    index = []
    for i, target in enumerate(sizes(rng, n)):
        stamp = "2026-%02d-%02dT%02d:%02d:%02d.%dZ" % (1 + i % 11, 1 + i % 28, i % 24, i % 60, (i * 7) % 60, i % 1000)
        write_object(root, index, i + 1, rng, target, stamp)
    write_index(root, index)
    return index


def make_changed(base, root, index, fraction=0.01, seed=2):
    """A later flux: hard links to the base files, with 1% of objects rewritten (new stamp)."""
    rng = random.Random(seed)
    picked = set(rng.sample(range(len(index)), max(1, int(len(index) * fraction))))
    new_index = []
    for i, e in enumerate(index):
        src = os.path.join(base, "objects", e["file"])
        dst = os.path.join(root, "objects", e["file"])
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        e = dict(e)
        if i in picked:
            with open(src, encoding="utf-8") as f:
                body = f.read()
            e["lastUpdateDatatourisme"] = "2026-11-20T10:00:00.1Z"
            body = body.replace('"rdfs:comment": {', '"rdfs:comment": {"it": ["modificato"],', 1)
            with open(dst, "w", encoding="utf-8") as f:
                f.write(body)
        else:
            os.link(src, dst)
        new_index.append(e)
    write_index(root, new_index)


def make_plus(base, root, index, n, fraction=0.01, seed=3):
    """A later flux with 1% more objects: hard links to the base files plus new objects."""
    rng = random.Random(seed)
    new_index = []
    for e in index:
        dst = os.path.join(root, "objects", e["file"])
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        os.link(os.path.join(base, "objects", e["file"]), dst)
        new_index.append(e)
    for k, target in enumerate(sizes(rng, max(1, int(n * fraction)))):
        stamp = "2026-11-21T%02d:%02d:%02d.0Z" % (k % 24, k % 60, (k * 7) % 60)
        write_object(root, new_index, n + 1 + k, rng, target, stamp)
    write_index(root, new_index)


def make_minus(base, root, index, fraction=0.01, seed=4):
    """A later flux with 1% of the objects gone."""
    rng = random.Random(seed)
    gone = set(rng.sample(range(len(index)), max(1, int(len(index) * fraction))))
    new_index = []
    for i, e in enumerate(index):
        if i in gone:
            continue
        dst = os.path.join(root, "objects", e["file"])
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        os.link(os.path.join(base, "objects", e["file"]), dst)
        new_index.append(e)
    write_index(root, new_index)


def pack_rows_digest(path):
    """SHA-256 of every row of every table in key order: equal for packs with the same rows,
    whatever their page layout (an incremental build is not VACUUMed)."""
    import hashlib
    import sqlite3
    h = hashlib.sha256()
    db = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
    db.text_factory = bytes
    for (t,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"):
        name = t.decode()
        n = len(db.execute('SELECT * FROM "%s" LIMIT 0' % name).description)
        h.update(b"table " + t)
        for row in db.execute('SELECT * FROM "%s" ORDER BY %s' % (name, ", ".join(str(i + 1) for i in range(n)))):
            h.update(repr(row).encode())
    db.close()
    return h.hexdigest()


def make_zip(root, zip_path):
    tmp = zip_path + ".part"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        for dirpath, _, files in sorted(os.walk(os.path.join(root, "objects"))):
            for name in sorted(files):
                full = os.path.join(dirpath, name)
                z.write(full, os.path.relpath(full, root))
        z.write(os.path.join(root, "index.json"), "index.json")  # last: the reader must not care
    os.replace(tmp, zip_path)


def du(path):
    total = 0
    for dirpath, _, files in os.walk(path):
        for f in files:
            total += os.path.getsize(os.path.join(dirpath, f))
    return total


def timed(cmd):
    """Wall time and peak RSS (MB) of one child, from wait4's rusage."""
    t0 = time.monotonic()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, ru = os.wait4(p.pid, 0)
    dt = time.monotonic() - t0
    err = p.stderr.read().decode(errors="replace")
    p.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit("failed: %s\n%s" % (" ".join(cmd), err[-2000:]))
    return dt, ru.ru_maxrss / 1024.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kiosk-pack", default=os.path.join(HERE, "..", "build", "kiosk-pack"))
    ap.add_argument("--objects", type=int, default=30000)
    ap.add_argument("--cache", default="/tmp/kiosk-pack-bench")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--full-only", action="store_true", help="time the full builds only (directory, zip)")
    a = ap.parse_args()

    cache = os.path.join(a.cache, "%s-%d" % (VERSION, a.objects))
    base, changed, zpath = (os.path.join(cache, x) for x in ("flux", "flux-1pct", "flux.zip"))
    if not os.path.exists(os.path.join(cache, "done")):
        shutil.rmtree(cache, ignore_errors=True)
        os.makedirs(cache)
        t0 = time.monotonic()
        print("generating %d objects into %s ..." % (a.objects, cache), flush=True)
        index = generate(base, a.objects)
        make_changed(base, changed, index)
        make_zip(base, zpath)
        open(os.path.join(cache, "done"), "w").close()
        print("generated in %.0f s" % (time.monotonic() - t0), flush=True)
    plus, minus = os.path.join(cache, "flux-plus1pct"), os.path.join(cache, "flux-minus1pct")
    if not os.path.exists(os.path.join(cache, "done-plusminus")):
        shutil.rmtree(plus, ignore_errors=True)
        shutil.rmtree(minus, ignore_errors=True)
        with open(os.path.join(base, "index.json"), encoding="utf-8") as f:
            index = json.load(f)
        make_plus(base, plus, index, a.objects)
        make_minus(base, minus, index)
        open(os.path.join(cache, "done-plusminus"), "w").close()
    mb = du(base) / 1e6
    zmb = os.path.getsize(zpath) / 1e6
    out = os.path.join(cache, "out")
    os.makedirs(out, exist_ok=True)
    tool = os.path.abspath(a.kiosk_pack)

    def median(xs):
        xs = sorted(xs)
        return xs[len(xs) // 2]

    rows = []
    full = {}
    for name, flux in (("directory", base), ("zip", zpath)):
        runs = [timed([tool, "build", flux, "-o", os.path.join(out, name + ".pack"), "-q"]) for _ in range(a.runs)]
        t = median([r[0] for r in runs])
        rss = max(r[1] for r in runs)
        full[name] = t
        rows.append(("full build, %s" % name, t, a.objects / t, mb / t, rss, ""))
    if a.full_only:
        print("flux: %d objects, %.0f MB as files, %.0f MB zipped; %d runs, medians; machine: %d cores, load %.1f"
              % (a.objects, mb, zmb, a.runs, os.cpu_count(), os.getloadavg()[0]))
        print("%-26s %8s %10s %8s %10s" % ("case", "seconds", "objects/s", "MB/s", "peak RSS"))
        for name, t, ops, mbs, rss, _ in rows:
            print("%-26s %8.2f %10.0f %8.1f %7.0f MB   (goal >= 5000 objects/s, < 300 MB)" % (name, t, ops, mbs, rss))
        return
    inc = [timed([tool, "build", changed, "-o", os.path.join(out, "inc.pack"), "--previous",
                  os.path.join(out, "directory.pack"), "-q"]) for _ in range(a.runs)]
    t_inc = median([r[0] for r in inc])
    rows.append(("incremental, 1% changed", t_inc, a.objects / t_inc, mb / t_inc, max(r[1] for r in inc),
                 "%.1f%% of full" % (100 * t_inc / full["directory"])))
    fresh = timed([tool, "build", changed, "-o", os.path.join(out, "fresh.pack"), "-q"])
    same = pack_rows_digest(os.path.join(out, "inc.pack")) == pack_rows_digest(os.path.join(out, "fresh.pack"))

    # Stable ids: +1% and -1% items, deltas from the base pack and their apply.
    base_pack = os.path.join(out, "directory.pack")
    pack_mb = os.path.getsize(base_pack) / 1e6
    deltas = {}
    for name, flux in (("+1% items", plus), ("-1% items", minus)):
        tag = "plus" if name.startswith("+") else "minus"
        newp, dpath, applied = (os.path.join(out, tag + x) for x in (".pack", ".delta", "-applied.pack"))
        timed([tool, "build", flux, "-o", newp, "--previous", base_pack, "-q"])
        for f in (dpath, applied):
            if os.path.exists(f):
                os.remove(f)
        timed([tool, "delta", base_pack, newp, "-o", dpath])
        t_apply = median([timed([tool, "apply-delta", base_pack, dpath, "-o", applied])[0] for _ in range(a.runs)])
        ok = pack_rows_digest(applied) == pack_rows_digest(newp)
        deltas[name] = (os.path.getsize(dpath) / 1e6, t_apply, ok)

    print("flux: %d objects, %.0f MB as files, %.0f MB zipped; %d runs, medians; machine: %d cores, load %.1f"
          % (a.objects, mb, zmb, a.runs, os.cpu_count(), os.getloadavg()[0]))
    print("%-26s %8s %10s %8s %10s  %s" % ("case", "seconds", "objects/s", "MB/s", "peak RSS", "note"))
    for name, t, ops, mbs, rss, note in rows:
        print("%-26s %8.2f %10.0f %8.1f %7.0f MB  %s" % (name, t, ops, mbs, rss, note))
    print("incremental pack == full rebuild of the same flux, row for row: %s" % ("yes" if same else "NO"))
    print("pack size: %.1f MB" % pack_mb)
    print()
    print("%-44s %12s   %s" % ("figure", "measured", "goal"))
    fig = [("full build, directory (objects/s)", "%.0f" % (a.objects / full["directory"]), ">= 5000"),
           ("full build, zip (objects/s)", "%.0f" % (a.objects / full["zip"]), ">= 5000"),
           ("peak RSS (MB)", "%.0f" % max(r[4] for r in rows), "< 300"),
           ("incremental, 1% changed (% of full)", "%.1f%%" % (100 * t_inc / full["directory"]), "< 10%")]
    for name, (dmb, t_apply, ok) in deltas.items():
        fig.append(("delta, %s (%% of the pack)" % name, "%.2f%%" % (100 * dmb / pack_mb), "< 3%"))
        fig.append(("delta apply, %s (s; rows equal: %s)" % (name, "yes" if ok else "NO"), "%.2f" % t_apply,
                    "(no goal; a full pack is %.0f MB to download)" % pack_mb))
    for name, value, goal in fig:
        print("%-44s %12s   %s" % (name, value, goal))


if __name__ == "__main__":
    main()

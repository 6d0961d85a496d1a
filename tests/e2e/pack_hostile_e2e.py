#!/usr/bin/env python3
"""End-to-end tests of issue 15 against the real kiosk-pack binary: hostile exports. A zip bomb
as an entry fails the build with exit 4 and one line naming the entry; a FIFO or /dev/zero as a
picture leaves a warning and the build completes; an empty export is refused unless
--allow-empty; an index.json padded with hundreds of megabytes of blanks is read in a few
megabytes of memory.

Run as: pack_hostile_e2e.py NAME (CTest lists each NAME as e2e.NAME); `pack_hostile_e2e.py
--list` prints the names, from the test_NAME functions below."""
import json
import os
import resource
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run_e2e  # noqa: E402
from run_e2e import check, run, PACK_TOOL, SOURCE  # noqa: E402


def fixture_flux():
    return os.path.join(SOURCE, "tests", "fixtures", "datatourisme", "flux2024")


def fixture_files():
    """(relative name, bytes) of every file of the 2024 fixture flux, sorted."""
    root = fixture_flux()
    out = []
    for d, _, files in os.walk(root):
        for name in files:
            path = os.path.join(d, name)
            with open(path, "rb") as f:
                out.append((os.path.relpath(path, root).replace(os.sep, "/"), f.read()))
    return sorted(out)


def build(flux, out, *extra):
    return run([PACK_TOOL, "build", flux, "-o", out, "--no-images", "--build-time", "2026-11-01T00:00:00Z"]
               + list(extra), timeout=120)


def errors(r):
    """The lines kiosk-pack printed as its own (not warnings)."""
    return [line for line in r.stderr.splitlines() if line.startswith("kiosk-pack:")]


def write_flux(root, objects):
    """A directory flux of museums: objects are (title, picture locator or None)."""
    index = []
    for i, (title, locator) in enumerate(objects, 1):
        rel = "t/t1/59-%08d.json" % i
        obj = {"@id": "https://data.datatourisme.fr/59/%d" % i, "@type": ["Museum", "PlaceOfInterest"],
               "rdfs:label": {"fr": [title]}, "lastUpdateDatatourisme": "2026-10-01T08:00:00Z"}
        if locator:
            obj["hasMainRepresentation"] = [{"ebucore:hasRelatedResource": [{"ebucore:locator": [locator]}]}]
        os.makedirs(os.path.join(root, "objects", "t", "t1"), exist_ok=True)
        with open(os.path.join(root, "objects", rel), "w", encoding="utf-8") as f:
            json.dump(obj, f, ensure_ascii=False)
        index.append({"label": title, "lastUpdateDatatourisme": "2026-10-01T08:00:00Z", "file": rel})
    with open(os.path.join(root, "index.json"), "w", encoding="utf-8") as f:
        json.dump(index, f, ensure_ascii=False)
    return root


def test_pack_zip_bomb_entry(tmp):
    """An object entry that inflates to 100 MiB (from about 100 kB), first in the zip: exit 4,
    one line naming the entry, no pack left behind (it was exit 0 and a pack of 0 items)."""
    files = fixture_files()
    victim = next(name for name, _ in files if name.startswith("objects/"))
    zpath = os.path.join(tmp, "bomb.zip")
    with zipfile.ZipFile(zpath, "w", zipfile.ZIP_DEFLATED) as z:
        with z.open(victim, "w") as f:
            block = b" " * (1 << 20)
            for _ in range(100):
                f.write(block)
        for name, data in files:
            if name != victim:
                z.writestr(name, data)
    check(os.path.getsize(zpath) < 1 << 20, "the bomb is small (%d bytes)" % os.path.getsize(zpath))
    out = os.path.join(tmp, "bomb.pack")
    r = build(zpath, out)
    lines = errors(r)
    check(r.returncode == 4, "a zip bomb entry fails the build with exit 4 (rc=%d, stderr: %s)" % (r.returncode, r.stderr[-300:]))
    check(len(lines) == 1 and victim in lines[0] and "inflates past 64 MiB" in lines[0],
          "one line names the entry and the limit (%s)" % lines)
    check(not os.path.exists(out) and not os.path.exists(out + ".tmp"), "no pack is left behind")


def test_pack_fifo_picture(tmp):
    """A FIFO (outside the flux and inside it) and /dev/zero as pictures: the build completes
    (it hung, or died of bad_alloc), each item kept with a placeholder and a warning."""
    flux = os.path.join(tmp, "flux")
    outside = os.path.join(tmp, "outside.fifo")
    write_flux(flux, [("Musée A", "file://" + outside), ("Musée B", "images/inside.fifo"),
                      ("Musée C", "file:///dev/zero"), ("Musée D", None)])
    os.mkfifo(outside)
    os.makedirs(os.path.join(flux, "images"))
    os.mkfifo(os.path.join(flux, "images", "inside.fifo"))
    out = os.path.join(tmp, "p.pack")
    report = os.path.join(tmp, "report.json")
    r = build(flux, out, "--report", report)
    check(r.returncode == 0, "the build completes (rc=%d, stderr: %s)" % (r.returncode, r.stderr[-300:]))
    warnings = [line for line in r.stderr.splitlines() if line.startswith("warning:")]
    check(any("a fifo" in w and outside in w for w in warnings), "a warning names the FIFO outside the flux")
    check(any("a fifo" in w and "images/inside.fifo" in w for w in warnings), "a warning names the FIFO in the flux")
    check(any("character device" in w and "/dev/zero" in w for w in warnings), "a warning names /dev/zero")
    rep = run_e2e.load(report)
    check(rep["items_kept"] == 4 and rep["images_failed"] == 3 and rep["images_stored"] == 0,
          "every item is kept, the three pictures failed (%s)" % {k: rep[k] for k in ("items_kept", "images_failed")})


def test_pack_empty_export(tmp):
    """An export without objects: refused with exit 4 and a line that says --allow-empty;
    with --allow-empty the (empty) pack is written."""
    flux = os.path.join(tmp, "empty")
    os.makedirs(os.path.join(flux, "objects"))
    with open(os.path.join(flux, "index.json"), "w") as f:
        f.write("[]\n")
    out = os.path.join(tmp, "empty.pack")
    r = build(flux, out)
    lines = errors(r)
    check(r.returncode == 4 and len(lines) == 1 and "no item" in lines[0] and "--allow-empty" in lines[0],
          "an empty pack is refused with exit 4 and one line (rc=%d, %s)" % (r.returncode, lines))
    check(not os.path.exists(out), "nothing is written")
    r = build(flux, out, "--allow-empty")
    check(r.returncode == 0 and os.path.exists(out), "--allow-empty writes it (rc=%d, %s)" % (r.returncode, r.stderr[-200:]))
    r = run([PACK_TOOL, "build", "--help"])
    check("--allow-empty" in r.stdout, "build --help lists --allow-empty")


def test_pack_blank_index_memory(tmp):
    """index.json with 200 MiB of blanks between its entries: the pack is built, and kiosk-pack's
    peak memory stays far below the file's size (it held the file twice: over 400 MB)."""
    flux = os.path.join(tmp, "blank")
    files = fixture_files()
    for name, data in files:
        path = os.path.join(flux, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            if name == "index.json":
                at = data.index(b"[") + 1
                f.write(data[:at])
                block = (b" " * 63 + b"\n") * (1 << 14)
                for _ in range(200):
                    f.write(block)
                f.write(data[at:])
            else:
                f.write(data)
    out = os.path.join(tmp, "blank.pack")
    r = build(flux, out, "--report", os.path.join(tmp, "report.json"))
    check(r.returncode == 0, "the pack is built (rc=%d, stderr: %s)" % (r.returncode, r.stderr[-300:]))
    check(run_e2e.load(os.path.join(tmp, "report.json"))["objects_read"] == 4, "every object is read")
    peak_mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    check(peak_mib < 100, "kiosk-pack's peak RSS is %.0f MiB for a 200 MiB index.json (limit 100)" % peak_mib)


if __name__ == "__main__":
    sys.exit(run_e2e.main(globals()))

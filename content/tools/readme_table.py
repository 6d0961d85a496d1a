#!/usr/bin/python3
"""Prints the item and route tables of content/README.md from the catalogue.

Usage: /usr/bin/python3 content/tools/readme_table.py [--write]

With --write, replaces the tables between the "## Items" and "## Where the facts come from"
headings of content/README.md; without, prints them. Python 3 standard library only.
"""
import sys
from pathlib import Path

sys.dont_write_bytecode = True
TOOLS = Path(__file__).resolve().parent
sys.path.insert(0, str(TOOLS))

from catalogue import ITEMS  # noqa: E402
from catalogue.common import TOWNS  # noqa: E402
from catalogue.routes import ROUTES  # noqa: E402

README = TOOLS.parent / "README.md"
KIND_ORDER = ["site", "belfry", "event"]
MEANS = {"walk": "walk", "bike": "bike", "car": "car"}


def town(key):
    t = TOWNS[key]
    return f"{t['fr']} ({t['dept']})"


def tables():
    by_slug = {i["slug"]: i for i in ITEMS}
    lines = ["## Items", "", f"Generated from the catalogue ({len(ITEMS)} items) by "
             "`tools/readme_table.py --write`.", "",
             "| kind | title | town | German text |", "|---|---|---|---|"]
    for kind in KIND_ORDER:
        for item in sorted((i for i in ITEMS if i["kind"] == kind), key=lambda i: i["title"]["fr"]):
            german = "yes" if "de" in item["title"] else ""
            lines.append(f"| {kind} | {item['title']['fr']} | {town(item['town'])} | {german} |")
    lines += ["", "## Routes", "", f"{len(ROUTES)} routes (`tools/catalogue/routes.py`); steps in "
              "order, a named point in italics.", "",
              "| route | means | start | steps | length, time |", "|---|---|---|---|---|"]
    for r in ROUTES:
        steps = []
        for s in r["steps"]:
            steps.append(by_slug[s["item"]]["title"]["fr"] if "item" in s else f"*{s['name']['fr']}*")
        figures = []
        if r["distance_m"] is not None:
            figures.append(f"{r['distance_m'] / 1000:g} km")
        if r["duration_min"] is not None:
            figures.append(f"{r['duration_min']} min")
        lines.append(f"| {r['title']['fr']} | {MEANS[r['means']]}{', loop' if r['loop'] else ''} | "
                     f"{town(r['town'])} | {' → '.join(steps)} | {', '.join(figures) or 'not stated'} |")
    return "\n".join(lines) + "\n"


def main(argv):
    text = tables()
    if "--write" not in argv:
        sys.stdout.write(text)
        return 0
    readme = README.read_text(encoding="utf-8")
    start = readme.index("## Items")
    end = readme.index("## Where the facts come from")
    README.write_text(readme[:start] + text + "\n" + readme[end:], encoding="utf-8")
    print(f"readme_table: wrote {len(ITEMS)} items and {len(ROUTES)} routes into {README}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""The items of the sample export, as plain Python data (one module per kind).

To add an item, append a dict to SITES, BELFRIES or EVENTS in the matching module; the
keys are described in common.py. build_export.py turns every item into one DATAtourisme
object file and draw_illustrations.py draws its picture.
"""
from .sites import SITES
from .sites_more import SITES_MORE
from .belfries import BELFRIES
from .events import EVENTS

ITEMS = SITES + SITES_MORE + BELFRIES + EVENTS


def check_unique_slugs(items=ITEMS):
    seen = set()
    for item in items:
        if item["slug"] in seen:
            raise ValueError(f"duplicate slug: {item['slug']}")
        seen.add(item["slug"])

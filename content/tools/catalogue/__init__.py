"""The items of the sample export, as plain Python data (one module per kind).

To add an item, append a dict to SITES, BELFRIES or EVENTS in the matching module; the
keys are described in common.py. The routes (routes.py, ROUTES) are not items: their steps
name items by slug. build_export.py turns every item into one DATAtourisme
object file and draw_illustrations.py draws its picture.
"""
from .sites import SITES
from .sites_more import SITES_MORE
from .sites_routes import SITES_ROUTES
from .belfries import BELFRIES
from .events import EVENTS

ITEMS = SITES + SITES_MORE + SITES_ROUTES + BELFRIES + EVENTS


def check_unique_slugs(items=ITEMS):
    seen = set()
    for item in items:
        if item["slug"] in seen:
            raise ValueError(f"duplicate slug: {item['slug']}")
        seen.add(item["slug"])

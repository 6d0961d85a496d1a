"""More sites of the region: Vauban citadels, the Opal Coast and the Deux-Caps, the Audomarois
marshes, Cities of Art and History, gardens, mills and lighthouses (same keys as sites.py)."""
from .common import days_except, rule  # noqa: F401

SITES_MORE = []

#!/usr/bin/python3
"""Writes the sample DATAtourisme flux (content/index.json + content/objects/**) from catalogue/.

Usage: /usr/bin/python3 content/tools/build_export.py [--check]

The output has the shape of a real 2024 DATAtourisme "flux" export: one JSON-LD object per
point of interest under objects/<hex>/<hex2>/<NN>-<uuid>.json and an index.json listing
them. Everything is derived from the catalogue data, with uuid5 identifiers, so a rerun
produces byte-identical files. --check validates the catalogue without writing anything.
Python 3 standard library only.
"""
import argparse
import datetime
import json
import re
import shutil
import sys
import uuid
from pathlib import Path

sys.dont_write_bytecode = True
TOOLS = Path(__file__).resolve().parent
sys.path.insert(0, str(TOOLS))

# When this sample was last edited; no item may claim a later update (see check_item).
CONTENT_WRITTEN = "2026-11-21T00:00:00Z"

from catalogue import ITEMS, check_unique_slugs  # noqa: E402
try:  # routes (issue 17) are optional: catalogue/routes.py may not exist
    from catalogue.routes import ROUTES  # noqa: E402
except ModuleNotFoundError as e:
    if e.name != "catalogue.routes":
        raise
    ROUTES = []
from catalogue.common import (DAYS, DEPARTMENTS, PRICING_POLICIES, PROJECT_AGENT,  # noqa: E402
                              REGION, THEMES, TOWNS, AMENITIES)

CONTENT = TOOLS.parent
DATA_HOST = "https://data.datatourisme.fr"
# Every identifier derives from this namespace and the item slug (uuid5), so that the same
# catalogue always gives the same @id, file name and node ids.
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:kiosk-nord-pas-de-calais:content")
LANG_ORDER = ["fr", "en", "nl", "de"]
REQUIRED_LANGS = ["fr", "en", "nl"]
IMAGE_CREDIT = "Illustration: Kiosk Nord-Pas-de-Calais project"
IMAGE_LICENCE = "CC BY 4.0"
# Rough bounding box of Nord, Pas-de-Calais and the Somme (whose six belfries share the UNESCO
# listing), to catch swapped or mistyped coordinates; the same box as tests/test_content.cpp.
BBOX = (49.55, 51.1, 1.35, 4.3)


class CatalogueError(ValueError):
    pass


def item_uuid(slug):
    return str(uuid.uuid5(NAMESPACE, slug))


def node_id(slug, path):
    """@id of a nested node (address, period...), stable for a given item and role."""
    return f"{DATA_HOST}/{uuid.uuid5(NAMESPACE, slug + '#' + path)}"


NNBSP = "\u202f"  # narrow no-break space


def french_typography(text):
    """Narrow no-break spaces before ; : ! ? and inside « », as French typography wants."""
    text = re.sub(r"« ?", "«" + NNBSP, text)
    text = re.sub(r" ?»", NNBSP + "»", text)
    text = re.sub(r" ([;:!?])", NNBSP + r"\1", text)
    return text


def lang_map(values, field, slug, required=REQUIRED_LANGS):
    """{"fr": "x"} or {"fr": ["a", "b"]} -> {"fr": ["x"]}, languages in a fixed order."""
    missing = [lang for lang in required if lang not in values]
    if missing:
        raise CatalogueError(f"{slug}: {field} lacks {', '.join(missing)}")
    out = {}
    for lang in sorted(values, key=lambda k: (LANG_ORDER.index(k) if k in LANG_ORDER else 99, k)):
        texts = values[lang]
        if isinstance(texts, str):
            texts = [texts]
        if not texts or any(not isinstance(t, str) or not t.strip() for t in texts):
            raise CatalogueError(f"{slug}: {field}.{lang} is empty")
        if lang == "fr":
            texts = [french_typography(t) for t in texts]
        out[lang] = list(texts)
    return out


def check_date(value, what, slug):
    try:
        datetime.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise CatalogueError(f"{slug}: {what} {value!r} is not YYYY-MM-DD") from None


def check_time(value, what, slug):
    if value is not None and not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", value):
        raise CatalogueError(f"{slug}: {what} {value!r} is not HH:MM")


def hhmmss(value):
    return f"{value}:00" if value else None


def agent(slug, role):
    return {
        "@id": f"{DATA_HOST}/{uuid.uuid5(NAMESPACE, PROJECT_AGENT['key'])}",
        "schema:legalName": PROJECT_AGENT["schema:legalName"],
        "@type": ["schema:Organization", "foaf:Agent", "Agent"],
    }


def city_node(town_key, slug):
    town = TOWNS.get(town_key)
    if town is None:
        raise CatalogueError(f"{slug}: unknown town {town_key!r}")
    dept = town["dept"]
    labels = {lang: [town.get(lang, town["fr"])] for lang in LANG_ORDER}
    dept_name = DEPARTMENTS[dept]["name"]
    return {
        "@id": f"kb:{town['insee']}",
        "@type": ["City"],
        "rdfs:label": labels,
        "insee": town["insee"],
        "isPartOfDepartment": {
            "@id": f"kb:France{REGION['insee']}{dept}",
            "@type": ["Department"],
            "rdfs:label": {lang: [dept_name] for lang in LANG_ORDER},
            "insee": dept,
            "isPartOfRegion": {
                "@id": f"kb:France{REGION['insee']}",
                "@type": ["Region"],
                "rdfs:label": {lang: [REGION["fr"]] for lang in LANG_ORDER},
                "insee": REGION["insee"],
                "isPartOfCountry": {
                    "@id": "kb:France",
                    "@type": ["schema:Country"],
                    "rdfs:label": {"fr": ["France"], "en": ["France"],
                                   "nl": ["France", "Frankrijk"], "de": ["France", "Frankreich"]},
                },
            },
        },
    }


def opening_nodes(item):
    slug = item["slug"]
    nodes = []
    for r_index, r in enumerate(item.get("hours", [])):
        check_time(r["opens"], "opens", slug)
        check_time(r["closes"], "closes", slug)
        for bound in ("valid_from", "valid_through"):
            if r[bound]:
                check_date(r[bound], bound, slug)
        if r["valid_from"] and r["valid_through"] and r["valid_from"] > r["valid_through"]:
            raise CatalogueError(f"{slug}: opening rule {r_index} ends before it starts")
        for day in r["days"]:
            schema_day, labels = DAYS[day]
            node = {
                "@id": node_id(slug, f"hours/{r_index}/{day}"),
                "schema:closes": hhmmss(r["closes"]),
                "schema:dayOfWeek": [{
                    "@id": f"schema:{schema_day}",
                    "@type": ["schema:DayOfWeek"],
                    "rdfs:label": {lang: [labels[lang]] for lang in LANG_ORDER},
                }],
                "schema:opens": hhmmss(r["opens"]),
            }
            if r["valid_from"]:
                node["schema:validFrom"] = f"{r['valid_from']}T{hhmmss(r['opens'])}"
            if r["valid_through"]:
                node["schema:validThrough"] = f"{r['valid_through']}T{hhmmss(r['closes'])}"
            if r.get("note"):
                node["additionalInformation"] = lang_map(r["note"], "hours note", slug, ["fr"])
            node["@type"] = ["schema:OpeningHoursSpecification"]
            nodes.append(node)
    return nodes


def place_node(item):
    slug = item["slug"]
    lat, lon = item["geo"]
    try:
        flat, flon = float(lat), float(lon)
    except ValueError:
        raise CatalogueError(f"{slug}: geo must be two numeric strings") from None
    if not (BBOX[0] <= flat <= BBOX[1] and BBOX[2] <= flon <= BBOX[3]):
        raise CatalogueError(f"{slug}: {lat},{lon} is outside Nord, Pas-de-Calais and the Somme")
    town = TOWNS[item["town"]]
    if not item["postal_code"].startswith(town["dept"]):
        raise CatalogueError(f"{slug}: postal code {item['postal_code']} not in {town['dept']}")
    place = {
        "@id": node_id(slug, "place"),
        "schema:address": [{
            "@id": node_id(slug, "place/address"),
            "schema:addressLocality": town["fr"],
            "schema:postalCode": item["postal_code"],
            "schema:streetAddress": list(item["street"]),
            "@type": ["schema:PostalAddress", "PostalAddress"],
            "hasAddressCity": city_node(item["town"], slug),
        }],
        "schema:geo": {
            "@id": node_id(slug, "place/geo"),
            "schema:latitude": lat,
            "schema:longitude": lon,
            "@type": ["schema:GeoCoordinates"],
        },
    }
    hours = opening_nodes(item)
    if hours:
        place["schema:openingHoursSpecification"] = hours
    if item.get("hours_text"):
        place["TextOpeningHoursSpecification"] = lang_map(item["hours_text"], "hours_text", slug,
                                                          ["fr"])
    place["@type"] = ["schema:Place", "Place"]
    return place


def contact_nodes(item):
    c = item.get("contact")
    if not c:
        return None
    slug = item["slug"]
    node = {"@id": node_id(slug, "contact")}
    if c.get("email"):
        node["schema:email"] = list(c["email"])
    if c.get("name"):
        node["schema:legalName"] = c["name"]
    if c.get("phone"):
        for p in c["phone"]:
            if not re.fullmatch(r"\+33 \d( \d\d){4}", p):
                raise CatalogueError(f"{slug}: phone {p!r} is not in +33 X XX XX XX XX form")
        node["schema:telephone"] = list(c["phone"])
    node["@type"] = ["schema:Organization", "foaf:Agent", "Agent"]
    if c.get("web"):
        for url in c["web"]:
            if not url.startswith("https://"):
                raise CatalogueError(f"{slug}: web address {url!r} should be https")
        node["foaf:homepage"] = list(c["web"])
    return [node]


def image_node(item, role):
    """The illustration, referenced by a path relative to the flux root (content/)."""
    slug = item["slug"]
    # The real feed labels kb:JPEG with a plain array in 2020 files and with a language map
    # in newer ones; belfries use the newer shape so that both reach the importer.
    if item["kind"] == "belfry":
        mime_label = {"fr": ["image/png"], "en": ["image/png"]}
    else:
        mime_label = ["image/png"]
    return {
        "@id": node_id(slug, f"{role}/image"),
        "ebucore:hasAnnotation": [{
            "@id": node_id(slug, f"{role}/image/annotation"),
            "ebucore:title": lang_map({"fr": item["title"]["fr"]}, "image title", slug, ["fr"]),
            "@type": ["ebucore:Annotation", "Annotation"],
            "credits": [IMAGE_CREDIT],
            "ebucore:isCoveredBy": IMAGE_LICENCE,
        }],
        "ebucore:hasRelatedResource": [{
            "@id": node_id(slug, f"{role}/image/resource"),
            "ebucore:hasMimeType": [{
                "@id": "kb:PNG",
                "@type": ["ebucore:MimeType"],
                "rdfs:comment": {"fr": ["Image PNG"]},
                "rdfs:label": mime_label,
            }],
            "ebucore:locator": [f"images/{slug}.png"],
            "@type": ["ebucore:Resource"],
        }],
        "@type": ["ebucore:EditorialObject"],
    }


def offer_nodes(item):
    prices = item.get("prices")
    if not prices:
        return None
    slug = item["slug"]
    specs = []
    for i, p in enumerate(prices):
        spec = {"@id": node_id(slug, f"offer/price/{i}")}
        if p["max"] is not None:
            spec["schema:maxPrice"] = [p["max"]]
        low = p["min"] if p["min"] is not None else p["price"]
        if low is None:
            raise CatalogueError(f"{slug}: price {i} has no amount")
        spec["schema:minPrice"] = [low]
        if p["price"] is not None:
            spec["schema:price"] = p["price"]
        for amount in (p["price"], p["min"], p["max"]):
            if amount is not None and not re.fullmatch(r"\d+(\.\d\d?)?", amount):
                raise CatalogueError(f"{slug}: price {amount!r} is not a decimal string")
        spec["schema:priceCurrency"] = "EUR"
        spec["@type"] = ["schema:PriceSpecification", "PriceSpecification"]
        spec["hasEligiblePolicy"] = [PRICING_POLICIES[p["policy"]]]
        specs.append(spec)
    return [{
        "@id": node_id(slug, "offer"),
        "schema:priceSpecification": specs,
        "@type": ["schema:Offer", "Offer"],
    }]


def period_nodes(item):
    slug = item["slug"]
    nodes = []
    seen = set()
    for p in item["periods"]:
        check_date(p["start"], "period start", slug)
        check_date(p["end"], "period end", slug)
        check_time(p["start_time"], "period start time", slug)
        check_time(p["end_time"], "period end time", slug)
        if p["end"] < p["start"]:
            raise CatalogueError(f"{slug}: period {p['start']} ends before it starts")
        key = (p["start"], p["start_time"], p["end"])
        if key in seen:
            raise CatalogueError(f"{slug}: duplicate period {key}")
        seen.add(key)
        node = {"@id": node_id(slug, f"period/{p['start']}/{p['start_time'] or ''}"),
                "@type": ["Period"], "endDate": p["end"]}
        if p["end_time"]:
            node["endTime"] = hhmmss(p["end_time"])
        if p["details"]:
            node["openingDetails"] = lang_map(p["details"], "period details", slug, ["fr"])
        node["startDate"] = p["start"]
        if p["start_time"]:
            node["startTime"] = hhmmss(p["start_time"])
        nodes.append(node)
    return nodes


def description_node(item):
    slug = item["slug"]
    return [{
        "@id": node_id(slug, "description"),
        "dc:description": lang_map(item["long"], "long", slug),
        "@type": ["Description"],
        "shortDescription": lang_map(item["short"], "short", slug),
    }]


IDENTIFIER_PREFIX = {"site": "PCU", "belfry": "PCU", "event": "FMA", "route": "ITI"}


def check_slug(slug):
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug):
        raise CatalogueError(f"{slug!r}: slugs are lowercase words joined by hyphens")


def build_object(item):
    """One DATAtourisme object (dict, keys in the order the real feed uses)."""
    slug = item["slug"]
    check_slug(slug)
    kind = item["kind"]
    if kind not in IDENTIFIER_PREFIX:
        raise CatalogueError(f"{slug}: unknown kind {kind!r}")
    if "PointOfInterest" not in item["types"]:
        raise CatalogueError(f"{slug}: @type must include PointOfInterest")
    if kind == "event" and not item.get("periods"):
        raise CatalogueError(f"{slug}: an event needs periods")
    if kind == "belfry" and "beffroi" not in item["title"]["fr"].lower():
        raise CatalogueError(f"{slug}: a belfry's French title must contain « beffroi »")
    check_date(item["updated"], "updated", slug)
    if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,3})?Z", item["platform"]):
        raise CatalogueError(f"{slug}: platform update {item['platform']!r} is not an ISO instant")
    # The pack's build time defaults to the newest update, and a kiosk whose clock is before
    # the build time hides every "open now" claim: an update dated after the content was
    # written would silence that for everyone until the date comes.
    if item["platform"] > CONTENT_WRITTEN or item["updated"] > CONTENT_WRITTEN[:10]:
        raise CatalogueError(f"{slug}: update dated after the content was written ({CONTENT_WRITTEN[:10]})")

    uid = item_uuid(slug)
    nn = TOWNS[item["town"]]["dept"]
    obj = {
        "@id": f"{DATA_HOST}/{nn}/{uid}",
        "dc:identifier": f"{IDENTIFIER_PREFIX[kind]}NPC{nn}{uid[:8].upper()}",
    }
    if kind == "event":
        periods = period_nodes(item)
        # One entry per occurrence, like the real feed (which lists them sorted).
        obj["schema:endDate"] = sorted(p["endDate"] for p in periods)
        obj["schema:startDate"] = sorted(p["startDate"] for p in periods)
    obj["@type"] = list(item["types"])
    obj["rdfs:comment"] = lang_map(item["short"], "short", slug)
    obj["rdfs:label"] = lang_map(item["title"], "title", slug)
    if item.get("created"):
        check_date(item["created"], "created", slug)
        obj["creationDate"] = item["created"]
    obj["hasBeenCreatedBy"] = agent(slug, "creator")
    obj["hasBeenPublishedBy"] = [agent(slug, "publisher")]
    contacts = contact_nodes(item)
    if contacts:
        obj["hasContact"] = contacts
    obj["hasDescription"] = description_node(item)
    amenities = item.get("amenities", [])
    if amenities:
        unknown = [a for a in amenities if a not in AMENITIES]
        if unknown:
            raise CatalogueError(f"{slug}: unknown amenities {unknown}")
        # One FeatureSpecification per amenity, as the real feed writes them.
        obj["hasFeature"] = [{"@id": node_id(slug, f"feature/{a}"),
                              "@type": ["schema:PropertyValue", "FeatureSpecification"],
                              "features": [AMENITIES[a]]} for a in amenities]
    obj["hasMainRepresentation"] = [image_node(item, "main")]
    if item.get("gallery_repeats_main"):
        # Real objects often list the main image again in the gallery.
        obj["hasRepresentation"] = [image_node(item, "main")]
    themes = item.get("themes", [])
    if themes:
        unknown = [t for t in themes if t not in THEMES]
        if unknown:
            raise CatalogueError(f"{slug}: unknown themes {unknown}")
        obj["hasTheme"] = [THEMES[t] for t in themes]
    obj["isLocatedAt"] = [place_node(item)]
    obj["lastUpdate"] = item["updated"]
    obj["lastUpdateDatatourisme"] = item["platform"]
    offers = offer_nodes(item)
    if offers:
        obj["offers"] = offers
    if "reduced_mobility" in item:
        obj["reducedMobilityAccess"] = bool(item["reduced_mobility"])
    if kind == "event":
        obj["takesPlaceAt"] = periods
    return obj


# Routes (issue 17), in the shape kiosk/publish/ROUTES.md documents: the tour class says how it
# is travelled, tourDistance in metres, hasPracticeCondition.duration in minutes, the difficulty
# in words, kb:Loop, olo:slot steps (a catalogue item by its @id, or a named point) and the
# path as a schema:line. Only what the catalogue states is written: no figure is derived.
ROUTE_TYPES = {"walk": "WalkingTour", "bike": "CyclingTour", "car": "RoadTour"}


def geo_pair(value, what, slug):
    try:
        lat, lon = value
        flat, flon = float(lat), float(lon)
    except (TypeError, ValueError):
        raise CatalogueError(f"{slug}: {what} must be a (lat, lon) pair of numeric strings") from None
    if not (isinstance(lat, str) and isinstance(lon, str)):
        raise CatalogueError(f"{slug}: {what} must be numeric strings")
    if not (BBOX[0] <= flat <= BBOX[1] and BBOX[2] <= flon <= BBOX[3]):
        raise CatalogueError(f"{slug}: {what} {lat},{lon} is outside Nord, Pas-de-Calais and the Somme")
    return lat, lon


def item_object_id(item):
    return f"{DATA_HOST}/{TOWNS[item['town']]['dept']}/{item_uuid(item['slug'])}"


def build_route(route, items_by_slug):
    """One DATAtourisme tour object for a ROUTES entry."""
    slug = route["slug"]
    check_slug(slug)
    means = route["means"]
    if means not in ROUTE_TYPES:
        raise CatalogueError(f"{slug}: means {means!r} is not one of {sorted(ROUTE_TYPES)}")
    check_date(route["updated"], "updated", slug)
    if route["updated"] > CONTENT_WRITTEN[:10]:
        raise CatalogueError(f"{slug}: update dated after the content was written ({CONTENT_WRITTEN[:10]})")
    if route["town"] not in TOWNS:
        raise CatalogueError(f"{slug}: unknown town {route['town']!r}")
    lat, lon = geo_pair(route["geo"], "geo", slug)
    uid = item_uuid(slug)
    nn = TOWNS[route["town"]]["dept"]
    obj = {"@id": f"{DATA_HOST}/{nn}/{uid}", "dc:identifier": f"ITINPC{nn}{uid[:8].upper()}"}
    obj["@type"] = [ROUTE_TYPES[means], "Tour", "PointOfInterest"]
    obj["rdfs:comment"] = lang_map(route["short"], "short", slug)
    obj["rdfs:label"] = lang_map(route["title"], "title", slug)
    obj["hasBeenCreatedBy"] = agent(slug, "creator")
    obj["hasBeenPublishedBy"] = [agent(slug, "publisher")]
    obj["hasDescription"] = description_node(route)
    obj["hasMainRepresentation"] = [image_node({"slug": slug, "kind": "route", "title": route["title"]}, "main")]
    practice = {"@id": node_id(slug, "practice"), "@type": ["PracticeCondition"]}
    if route.get("duration_min") is not None:
        d = route["duration_min"]
        if not isinstance(d, int) or isinstance(d, bool) or d <= 0:
            raise CatalogueError(f"{slug}: duration_min must be a positive whole number of minutes")
        practice["duration"] = d
    if route.get("difficulty") is not None:
        # Words only: the catalogue has no thesaurus id for its difficulties (ROUTES.md).
        practice["hasDifficultyLevel"] = [{
            "@type": ["TourDifficulty"],
            "rdfs:label": lang_map(route["difficulty"], "difficulty", slug),
        }]
    if len(practice) > 2:
        obj["hasPracticeCondition"] = [practice]
    themes = route.get("themes", [])
    unknown = [t for t in themes if t not in THEMES]
    if unknown:
        raise CatalogueError(f"{slug}: unknown themes {unknown}")
    if themes:
        obj["hasTheme"] = [THEMES[t] for t in themes]
    if not isinstance(route["loop"], bool):
        raise CatalogueError(f"{slug}: loop must be True or False")
    if route["loop"]:
        obj["hasTourType"] = [{"@id": "kb:Loop", "@type": ["TourType"],
                               "rdfs:label": {"fr": ["Boucle"], "en": ["Loop"], "nl": ["Lus"], "de": ["Rundweg"]}}]
    geo = [{"@id": node_id(slug, "place/geo"), "schema:latitude": lat, "schema:longitude": lon,
            "@type": ["schema:GeoCoordinates"]}]
    if route.get("path") is not None:
        points = [geo_pair(p, f"path point {i + 1}", slug) for i, p in enumerate(route["path"])]
        if len(points) < 2:
            raise CatalogueError(f"{slug}: a path needs at least two points")
        geo.append({"@id": node_id(slug, "place/line"), "@type": ["schema:GeoShape"],
                    "schema:line": " ".join(f"{a} {b}" for a, b in points)})
    town = TOWNS[route["town"]]
    obj["isLocatedAt"] = [{
        "@id": node_id(slug, "place"),
        "schema:address": [{
            "@id": node_id(slug, "place/address"),
            "schema:addressLocality": town["fr"],
            "@type": ["schema:PostalAddress", "PostalAddress"],
            "hasAddressCity": city_node(route["town"], slug),
        }],
        "schema:geo": geo,
        "@type": ["schema:Place", "Place"],
    }]
    obj["lastUpdate"] = route["updated"]
    obj["lastUpdateDatatourisme"] = f"{route['updated']}T00:00:00Z"
    slots = []
    if len(route["steps"]) < 2:
        raise CatalogueError(f"{slug}: a route needs at least two steps")
    for i, step in enumerate(route["steps"], start=1):
        if "item" in step:
            target = items_by_slug.get(step["item"])
            if target is None:
                raise CatalogueError(f"{slug}: step {i} names {step['item']!r}, which is not a catalogue item")
            node = {"@id": item_object_id(target)}
        else:
            node = {"@id": node_id(slug, f"step/{i}"), "@type": ["PointOfInterest"],
                    "rdfs:label": lang_map(step["name"], f"step {i} name", slug)}
            # A named point's position only when a source gives it: a point placed from a
            # street name would put a marker where the work is not. Without one the step is
            # listed, not drawn, and the map joins the steps that have a position.
            if step.get("geo") is not None:
                slat, slon = geo_pair(step["geo"], f"step {i} geo", slug)
                node["schema:geo"] = {"schema:latitude": slat, "schema:longitude": slon,
                                      "@type": ["schema:GeoCoordinates"]}
        slots.append({"@id": node_id(slug, f"slot/{i}"), "@type": ["olo:Slot"], "olo:index": i, "olo:item": node})
    obj["olo:slot"] = slots
    if route.get("distance_m") is not None:
        d = route["distance_m"]
        if not isinstance(d, int) or isinstance(d, bool) or d <= 0:
            raise CatalogueError(f"{slug}: distance_m must be a positive whole number of metres")
        obj["tourDistance"] = d
    if not route.get("sources"):
        raise CatalogueError(f"{slug}: a route needs its sources")
    return obj


def object_path(obj):
    """objects/<1st hex>/<2 hex>/<NN>-<uuid>.json, relative to objects/."""
    nn, uid = obj["@id"].rsplit("/", 2)[-2:]
    return f"{uid[0]}/{uid[:2]}/{nn}-{uid}.json"


def dump(data):
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def build(items, out_dir, write=True, routes=()):
    check_unique_slugs(list(items) + list(routes))
    by_slug = {item["slug"]: item for item in items}
    entries = []
    files = {}
    objects = [(item, build_object(item)) for item in items]
    objects += [(route, build_route(route, by_slug)) for route in routes]
    for item, obj in objects:
        rel = object_path(obj)
        files[rel] = dump(obj)
        entries.append({"label": item["title"]["fr"],
                        "lastUpdateDatatourisme": obj["lastUpdateDatatourisme"],
                        "file": rel})
    entries.sort(key=lambda e: e["file"])
    if write:
        objects = out_dir / "objects"
        if objects.exists():
            shutil.rmtree(objects)  # drop files of items that left the catalogue
        for rel, text in files.items():
            path = objects / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        (out_dir / "index.json").write_text(dump(entries), encoding="utf-8")
    return entries


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="validate only, write nothing")
    parser.add_argument("--out", type=Path, default=CONTENT,
                        help="flux root to write (default: content/)")
    args = parser.parse_args(argv)
    try:
        entries = build(ITEMS, args.out, write=not args.check, routes=ROUTES)
    except CatalogueError as e:
        print(f"build_export: {e}", file=sys.stderr)
        return 1
    counts = {}
    for item in ITEMS:
        counts[item["kind"]] = counts.get(item["kind"], 0) + 1
    if ROUTES:
        counts["route"] = len(ROUTES)
    plural = {"site": "sites", "belfry": "belfries", "event": "events", "route": "routes"}
    summary = ", ".join(f"{n} {plural[k]}" for k, n in sorted(counts.items()))
    verb = "checked" if args.check else f"wrote {args.out}/index.json and"
    print(f"build_export: {verb} {len(entries)} objects ({summary})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

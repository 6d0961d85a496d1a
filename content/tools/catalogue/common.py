"""Shared reference data and helpers for the catalogue modules.

An item is a dict with these keys (optional ones marked ?):

  slug          stable key: the uuid, the image name and the file name derive from it
  kind          "site", "belfry" or "event" (drives defaults and the illustration)
  types         DATAtourisme @type list
  town          key into TOWNS
  street        list of address lines; postal_code: string
  geo           ("lat", "lon") as strings with 4-6 decimals (WGS84)
  updated       producer-side "YYYY-MM-DD"; platform: the lastUpdateDatatourisme instant
  created?      creationDate "YYYY-MM-DD"
  title/short/long   language maps; a value is a string or a list of strings (paragraphs)
  contact?      {"name", "phone": [...], "email": [...], "web": [...]}
  hours?        list of rules built with rule(); one schema node is written per day
  hours_text?   language map, written as TextOpeningHoursSpecification
  prices?       list of price(...) dicts
  themes?       list of keys into THEMES
  periods?      list of period(...) dicts, kept in the order given (deliberately unsorted)
  art           parameters for draw_illustrations.py
  sources       where the facts come from (not exported; for reviewers)

French strings are written with ordinary spaces; build_export.py adds the narrow no-break
spaces French typography wants before ; : ! ? and inside « ».
"""

NN_BY_DEPARTMENT = {"59": "59", "62": "62"}

REGION = {"insee": "32", "fr": "Hauts-de-France"}

DEPARTMENTS = {
    "59": {"name": "Nord"},
    "62": {"name": "Pas-de-Calais"},
}

# INSEE code, department, and exonyms where a language has its own name for the town.
TOWNS = {
    "ablain-saint-nazaire": {"insee": "62001", "dept": "62", "fr": "Ablain-Saint-Nazaire"},
    "arras": {"insee": "62041", "dept": "62", "fr": "Arras", "nl": "Atrecht"},
    "bergues": {"insee": "59067", "dept": "59", "fr": "Bergues", "nl": "Sint-Winoksbergen"},
    "bethune": {"insee": "62119", "dept": "62", "fr": "Béthune", "nl": "Betun"},
    "calais": {"insee": "62193", "dept": "62", "fr": "Calais", "nl": "Kales"},
    "douai": {"insee": "59178", "dept": "59", "fr": "Douai", "nl": "Dowaai"},
    "dunkerque": {"insee": "59183", "dept": "59", "fr": "Dunkerque", "en": "Dunkirk",
                  "nl": "Duinkerke", "de": "Dünkirchen"},
    "escalles": {"insee": "62307", "dept": "62", "fr": "Escalles"},
    "lens": {"insee": "62498", "dept": "62", "fr": "Lens"},
    "lewarde": {"insee": "59345", "dept": "59", "fr": "Lewarde"},
    "lille": {"insee": "59350", "dept": "59", "fr": "Lille", "nl": "Rijsel"},
    "roubaix": {"insee": "59512", "dept": "59", "fr": "Roubaix", "nl": "Robaais"},
}

DAYS = {
    "Mon": ("Monday", {"fr": "Lundi", "en": "Monday", "nl": "Maandag", "de": "Montag"}),
    "Tue": ("Tuesday", {"fr": "Mardi", "en": "Tuesday", "nl": "Dinsdag", "de": "Dienstag"}),
    "Wed": ("Wednesday", {"fr": "Mercredi", "en": "Wednesday", "nl": "Woensdag", "de": "Mittwoch"}),
    "Thu": ("Thursday", {"fr": "Jeudi", "en": "Thursday", "nl": "Donderdag", "de": "Donnerstag"}),
    "Fri": ("Friday", {"fr": "Vendredi", "en": "Friday", "nl": "Vrijdag", "de": "Freitag"}),
    "Sat": ("Saturday", {"fr": "Samedi", "en": "Saturday", "nl": "Zaterdag", "de": "Samstag"}),
    "Sun": ("Sunday", {"fr": "Dimanche", "en": "Sunday", "nl": "Zondag", "de": "Sonntag"}),
}
WEEK = list(DAYS)

THEMES = {
    # Not a DATAtourisme thesaurus entry: the kiosk's importer recognises it (besides the
    # French word "beffroi" in the title) to file an item under belfries.
    "belfry": {"@id": "kb:Belfry", "@type": ["Theme"],
               "rdfs:label": {"fr": ["Beffroi"], "en": ["Belfry"], "nl": ["Belfort"],
                              "de": ["Belfried"]}},
    "christmas": {"@id": "kb:Christmas", "@type": ["EntertainmentAndEventTheme"],
                  "rdfs:label": {"fr": ["Noël"], "en": ["Christmas"], "nl": ["Kerst"],
                                 "de": ["Weihnachten"]}},
    "craft": {"@id": "kb:Craft", "@type": ["CulturalTheme"],
              "rdfs:label": {"fr": ["Artisanat"], "en": ["Craft"], "nl": ["Handwerk"],
                             "de": ["Handwerk"]}},
}

PRICING_POLICIES = {
    "full": {"@id": "kb:BaseRateFullRate", "@type": ["PricingPolicy"],
             "rdfs:label": {"fr": ["Tarif de base - plein tarif"], "en": ["Base rate - full rate"],
                            "nl": ["Basistarief - vol tarief"],
                            "de": ["Basistarif – voller Tarif"]}},
    # Guessed thesaurus id (the real vocabulary was not at hand); the label is what the
    # kiosk shows.
    "reduced": {"@id": "kb:ReducedRate", "@type": ["PricingPolicy"],
                "rdfs:label": {"fr": ["Tarif réduit"], "en": ["Reduced rate"],
                               "nl": ["Verminderd tarief"], "de": ["Ermäßigter Tarif"]}},
}

# The project is the producer and publisher of this sample export.
PROJECT_AGENT = {
    "key": "agent/kiosk-nord-pas-de-calais",
    "schema:legalName": "Projet Kiosk Nord-Pas-de-Calais (contenu d’exemple)",
}


def days_except(*closed):
    """All days of the week but the ones given ("Tue", ...)."""
    return [d for d in WEEK if d not in closed]


def rule(days, opens, closes, valid_from=None, valid_through=None, note=None):
    """One opening rule: the same hours on several days, optionally for a date range.

    Times are "HH:MM"; dates "YYYY-MM-DD". note is a language map written as
    additionalInformation on each generated node.
    """
    if isinstance(days, str):
        days = days.split()
    for d in days:
        if d not in DAYS:
            raise ValueError(f"unknown day {d!r}")
    return {"days": list(days), "opens": opens, "closes": closes,
            "valid_from": valid_from, "valid_through": valid_through, "note": note}


def price(policy, amount=None, min_amount=None, max_amount=None):
    """A price specification in euros; amounts are strings, as in the real feed."""
    if policy not in PRICING_POLICIES:
        raise ValueError(f"unknown pricing policy {policy!r}")
    return {"policy": policy, "price": amount, "min": min_amount, "max": max_amount}


def period(start, end=None, start_time=None, end_time=None, details=None):
    """One occurrence of an event. Times "HH:MM" (optional, independently)."""
    return {"start": start, "end": end or start, "start_time": start_time,
            "end_time": end_time, "details": details}

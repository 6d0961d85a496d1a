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
  reduced_mobility?  True/False, written as reducedMobilityAccess (only where the fact is known)
  amenities?    list of keys into AMENITIES, written as hasFeature (one FeatureSpecification each)
  periods?      list of period(...) dicts, kept in the order given (deliberately unsorted)
  art           parameters for draw_illustrations.py
  sources       where the facts come from (not exported; for reviewers)

French strings are written with ordinary spaces; build_export.py adds the narrow no-break
spaces French typography wants before ; : ! ? and inside « ».
"""

NN_BY_DEPARTMENT = {"59": "59", "62": "62", "80": "80"}

REGION = {"insee": "32", "fr": "Hauts-de-France"}

DEPARTMENTS = {
    "59": {"name": "Nord"},
    "62": {"name": "Pas-de-Calais"},
    # The Somme's six belfries belong to the same UNESCO listing as those of Nord and
    # Pas-de-Calais, so the export includes them.
    "80": {"name": "Somme"},
}

# INSEE code, department, and exonyms where a language has its own name for the town.
# Dutch exonyms only where they are in current use in both Belgium and the Netherlands
# (Rijsel, Atrecht, Kales, Bonen…) or are the usual name in Flanders for a town near the
# border (Sint-Winoksbergen, Grevelingen, Komen); historical forms such as Dowaai, Betun,
# Robaais or Toerkonje would puzzle most Dutch-speaking visitors, so the French name is used.
TOWNS = {
    "abbeville": {"insee": "80001", "dept": "80", "fr": "Abbeville"},
    "ablain-saint-nazaire": {"insee": "62001", "dept": "62", "fr": "Ablain-Saint-Nazaire"},
    "aire-sur-la-lys": {"insee": "62014", "dept": "62", "fr": "Aire-sur-la-Lys"},
    "amiens": {"insee": "80021", "dept": "80", "fr": "Amiens"},
    "armentieres": {"insee": "59017", "dept": "59", "fr": "Armentières"},
    "arras": {"insee": "62041", "dept": "62", "fr": "Arras", "nl": "Atrecht"},
    "bailleul": {"insee": "59043", "dept": "59", "fr": "Bailleul", "nl": "Belle"},
    "bergues": {"insee": "59067", "dept": "59", "fr": "Bergues", "nl": "Sint-Winoksbergen"},
    "bethune": {"insee": "62119", "dept": "62", "fr": "Béthune"},
    "boulogne-sur-mer": {"insee": "62160", "dept": "62", "fr": "Boulogne-sur-Mer", "nl": "Bonen"},
    "bruay-la-buissiere": {"insee": "62178", "dept": "62", "fr": "Bruay-la-Buissière"},
    "calais": {"insee": "62193", "dept": "62", "fr": "Calais", "nl": "Kales"},
    "cambrai": {"insee": "59122", "dept": "59", "fr": "Cambrai", "nl": "Kamerijk"},
    "cassel": {"insee": "59135", "dept": "59", "fr": "Cassel", "nl": "Kassel"},
    "comines": {"insee": "59152", "dept": "59", "fr": "Comines", "nl": "Komen"},
    "croix": {"insee": "59163", "dept": "59", "fr": "Croix"},
    "douai": {"insee": "59178", "dept": "59", "fr": "Douai"},
    "doullens": {"insee": "80253", "dept": "80", "fr": "Doullens"},
    "dunkerque": {"insee": "59183", "dept": "59", "fr": "Dunkerque", "en": "Dunkirk",
                  "nl": "Duinkerke", "de": "Dünkirchen"},
    "escalles": {"insee": "62307", "dept": "62", "fr": "Escalles"},
    "etaples": {"insee": "62318", "dept": "62", "fr": "Étaples"},
    "givenchy-en-gohelle": {"insee": "62371", "dept": "62", "fr": "Givenchy-en-Gohelle"},
    "gravelines": {"insee": "59273", "dept": "59", "fr": "Gravelines", "nl": "Grevelingen"},
    "hesdin": {"insee": "62447", "dept": "62", "fr": "Hesdin"},
    "le-cateau-cambresis": {"insee": "59136", "dept": "59", "fr": "Le Cateau-Cambrésis"},
    "lens": {"insee": "62498", "dept": "62", "fr": "Lens"},
    "lewarde": {"insee": "59345", "dept": "59", "fr": "Lewarde"},
    "lille": {"insee": "59350", "dept": "59", "fr": "Lille", "nl": "Rijsel"},
    "loos": {"insee": "59360", "dept": "59", "fr": "Loos"},
    "loos-en-gohelle": {"insee": "62528", "dept": "62", "fr": "Loos-en-Gohelle"},
    "lucheux": {"insee": "80495", "dept": "80", "fr": "Lucheux"},
    "roubaix": {"insee": "59512", "dept": "59", "fr": "Roubaix"},
    "rue": {"insee": "80688", "dept": "80", "fr": "Rue"},
    "saint-riquier": {"insee": "80716", "dept": "80", "fr": "Saint-Riquier"},
    "sars-poteries": {"insee": "59555", "dept": "59", "fr": "Sars-Poteries"},
    "souchez": {"insee": "62801", "dept": "62", "fr": "Souchez"},
    "tourcoing": {"insee": "59599", "dept": "59", "fr": "Tourcoing"},
    "villeneuve-d-ascq": {"insee": "59009", "dept": "59", "fr": "Villeneuve-d’Ascq"},
    "wizernes": {"insee": "62902", "dept": "62", "fr": "Wizernes"},
    # Towns of sites_more.py.
    "audinghen": {"insee": "62054", "dept": "62", "fr": "Audinghen"},
    "godewaersvelde": {"insee": "59262", "dept": "59", "fr": "Godewaersvelde"},
    "montreuil-sur-mer": {"insee": "62588", "dept": "62", "fr": "Montreuil-sur-Mer"},
    "saint-omer": {"insee": "62765", "dept": "62", "fr": "Saint-Omer", "nl": "Sint-Omaars"},
    "sericourt": {"insee": "62791", "dept": "62", "fr": "Séricourt"},
    "wimereux": {"insee": "62893", "dept": "62", "fr": "Wimereux"},
    # Towns of the events (events.py).
    "aulnoye-aymeries": {"insee": "59033", "dept": "59", "fr": "Aulnoye-Aymeries"},
    "berck": {"insee": "62108", "dept": "62", "fr": "Berck"},
    "le-touquet-paris-plage": {"insee": "62826", "dept": "62", "fr": "Le Touquet-Paris-Plage"},
    "valenciennes": {"insee": "59606", "dept": "59", "fr": "Valenciennes"},
    "vieux-conde": {"insee": "59616", "dept": "59", "fr": "Vieux-Condé"},
    "wattrelos": {"insee": "59650", "dept": "59", "fr": "Wattrelos"},
    # Towns of the route steps (sites_routes.py).
    "oignies": {"insee": "62637", "dept": "62", "fr": "Oignies"},
    "wallers": {"insee": "59632", "dept": "59", "fr": "Wallers"},
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
    # Themes of the museums, mining-basin and remembrance sites (guessed ids, like kb:Craft).
    "fine_arts": {"@id": "kb:FineArts", "@type": ["CulturalTheme"],
                  "rdfs:label": {"fr": ["Beaux-arts"], "en": ["Fine arts"],
                                 "nl": ["Beeldende kunst"], "de": ["Bildende Kunst"]}},
    "history": {"@id": "kb:History", "@type": ["CulturalTheme"],
                "rdfs:label": {"fr": ["Histoire"], "en": ["History"], "nl": ["Geschiedenis"],
                               "de": ["Geschichte"]}},
    "architecture": {"@id": "kb:Architecture", "@type": ["CulturalTheme"],
                     "rdfs:label": {"fr": ["Architecture"], "en": ["Architecture"],
                                    "nl": ["Architectuur"], "de": ["Architektur"]}},
    "industrial_heritage": {"@id": "kb:IndustrialHeritage", "@type": ["CulturalTheme"],
                            "rdfs:label": {"fr": ["Patrimoine industriel"],
                                           "en": ["Industrial heritage"],
                                           "nl": ["Industrieel erfgoed"],
                                           "de": ["Industriekultur"]}},
    "mining": {"@id": "kb:MiningHeritage", "@type": ["CulturalTheme"],
               "rdfs:label": {"fr": ["Patrimoine minier"], "en": ["Mining heritage"],
                              "nl": ["Mijnerfgoed"], "de": ["Bergbauerbe"]}},
    "remembrance": {"@id": "kb:Remembrance", "@type": ["CulturalTheme"],
                    "rdfs:label": {"fr": ["Mémoire et histoire militaire"],
                                   "en": ["Remembrance and military history"],
                                   "nl": ["Herinnering en militaire geschiedenis"],
                                   "de": ["Erinnerung und Militärgeschichte"]}},
    "world_heritage": {"@id": "kb:WorldHeritage", "@type": ["CulturalTheme"],
                       "rdfs:label": {"fr": ["Patrimoine mondial de l’UNESCO"],
                                      "en": ["UNESCO World Heritage"],
                                      "nl": ["UNESCO-werelderfgoed"],
                                      "de": ["UNESCO-Welterbe"]}},
    "sea": {"@id": "kb:Sea", "@type": ["NaturalTheme"],
            "rdfs:label": {"fr": ["Mer et océans"], "en": ["Sea and oceans"],
                           "nl": ["Zee en oceanen"], "de": ["Meer und Ozeane"]}},
    # Themes of sites_more.py (guessed ids, like kb:Craft).
    "fortifications": {"@id": "kb:Fortifications", "@type": ["CulturalTheme"],
                       "rdfs:label": {"fr": ["Fortifications et citadelles"],
                                      "en": ["Fortifications and citadels"],
                                      "nl": ["Vestingwerken en citadellen"],
                                      "de": ["Festungen und Zitadellen"]}},
    "nature": {"@id": "kb:NatureAndLandscape", "@type": ["NaturalTheme"],
               "rdfs:label": {"fr": ["Nature et paysages"], "en": ["Nature and landscapes"],
                              "nl": ["Natuur en landschap"], "de": ["Natur und Landschaft"]}},
    "gardens": {"@id": "kb:ParksAndGardens", "@type": ["NaturalTheme"],
                "rdfs:label": {"fr": ["Parcs et jardins"], "en": ["Parks and gardens"],
                               "nl": ["Parken en tuinen"], "de": ["Parks und Gärten"]}},
    "religious_heritage": {"@id": "kb:ReligiousHeritage", "@type": ["CulturalTheme"],
                           "rdfs:label": {"fr": ["Patrimoine religieux"],
                                          "en": ["Religious heritage"],
                                          "nl": ["Religieus erfgoed"],
                                          "de": ["Sakrales Erbe"]}},
    "maritime_heritage": {"@id": "kb:MaritimeHeritage", "@type": ["CulturalTheme"],
                          "rdfs:label": {"fr": ["Patrimoine maritime et phares"],
                                         "en": ["Maritime heritage and lighthouses"],
                                         "nl": ["Maritiem erfgoed en vuurtorens"],
                                         "de": ["Maritimes Erbe und Leuchttürme"]}},
    "mills": {"@id": "kb:Mills", "@type": ["CulturalTheme"],
              "rdfs:label": {"fr": ["Moulins"], "en": ["Windmills and watermills"],
                             "nl": ["Molens"], "de": ["Mühlen"]}},
    # Themes of the events (guessed ids, like kb:Craft).
    "music": {"@id": "kb:Music", "@type": ["CulturalTheme"],
              "rdfs:label": {"fr": ["Musique"], "en": ["Music"], "nl": ["Muziek"],
                             "de": ["Musik"]}},
    "cinema": {"@id": "kb:Cinema", "@type": ["CulturalTheme"],
               "rdfs:label": {"fr": ["Cinéma et séries"], "en": ["Film and series"],
                              "nl": ["Film en series"], "de": ["Film und Serien"]}},
    "street_arts": {"@id": "kb:StreetArts", "@type": ["CulturalTheme"],
                    "rdfs:label": {"fr": ["Arts de la rue"], "en": ["Street arts"],
                                   "nl": ["Straattheater"], "de": ["Straßenkunst"]}},
    "folklore": {"@id": "kb:Folklore", "@type": ["EntertainmentAndEventTheme"],
                 "rdfs:label": {"fr": ["Traditions et géants"], "en": ["Traditions and giants"],
                                "nl": ["Tradities en reuzen"], "de": ["Brauchtum und Riesen"]}},
    "gastronomy": {"@id": "kb:Gastronomy", "@type": ["EntertainmentAndEventTheme"],
                   "rdfs:label": {"fr": ["Gastronomie"], "en": ["Food and drink"],
                                  "nl": ["Gastronomie"], "de": ["Kulinarik"]}},
    "sport": {"@id": "kb:Sport", "@type": ["EntertainmentAndEventTheme"],
              "rdfs:label": {"fr": ["Sport"], "en": ["Sport"], "nl": ["Sport"], "de": ["Sport"]}},
    "family": {"@id": "kb:Family", "@type": ["EntertainmentAndEventTheme"],
               "rdfs:label": {"fr": ["En famille"], "en": ["Family outing"],
                              "nl": ["Met het gezin"], "de": ["Für Familien"]}},
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

# Amenities (hasFeature[].features[]). kb:Shop is the id a real 2024 object uses; the others
# are guessed ids in the same style (the full thesaurus was not at hand); the labels are what
# the kiosk shows.
AMENITIES = {
    "shop": {"@id": "kb:Shop", "@type": ["CommonAmenity"],
             "rdfs:label": {"fr": ["Boutique"], "en": ["Shop"], "nl": ["Winkel"], "de": ["Laden"]}},
    "car_park": {"@id": "kb:CarPark", "@type": ["CommonAmenity"],
                 "rdfs:label": {"fr": ["Parking"], "en": ["Car park"], "nl": ["Parkeerplaats"],
                                "de": ["Parkplatz"]}},
    "restaurant": {"@id": "kb:Restaurant", "@type": ["CommonAmenity"],
                   "rdfs:label": {"fr": ["Restaurant"], "en": ["Restaurant"], "nl": ["Restaurant"],
                                  "de": ["Restaurant"]}},
    "cafe": {"@id": "kb:Cafeteria", "@type": ["CommonAmenity"],
             "rdfs:label": {"fr": ["Café"], "en": ["Café"], "nl": ["Café"], "de": ["Café"]}},
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

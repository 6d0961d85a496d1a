"""Events: fairs, carnivals and giants, Christmas markets, festivals, sports events, a weekly
market and a weekly carillon recital, placed in 2026 and 2027 by their real recurrence rule.

Periods are deliberately listed out of order, some with times and some without, as the
real feed does; the importer has to sort them.
"""
import datetime
import random

from .common import period, price

EVENT = ["schema:Event", "EntertainmentAndEvent", "CulturalEvent"]
SPORT = ["schema:Event", "EntertainmentAndEvent", "SportsEvent"]
FREE = [price("full", "0")]


def daily_periods(first, last, hours_by_weekday, exceptions=None, seed="shuffle"):
    """One period per day from first to last (inclusive, "YYYY-MM-DD").

    hours_by_weekday maps 0=Monday..6=Sunday to (start, end) times (a weekday left out is
    closed: a weekly market or concert series); exceptions maps a date to (start, end) or to
    None when closed that day. The result is shuffled with a
    fixed seed so that the list is unsorted but identical on every run.
    """
    exceptions = exceptions or {}
    day = datetime.date.fromisoformat(first)
    end = datetime.date.fromisoformat(last)
    out = []
    while day <= end:
        iso = day.isoformat()
        times = exceptions.get(iso, hours_by_weekday.get(day.weekday()))
        if times is not None:
            out.append(period(iso, iso, times[0], times[1]))
        day += datetime.timedelta(days=1)
    random.Random(seed).shuffle(out)
    return out


def band(name_fr, name_en, name_nl, name_de=None):
    details = {"fr": name_fr, "en": name_en, "nl": name_nl}
    if name_de:
        details["de"] = name_de
    return details


EVENTS = [
    {
        "slug": "braderie-de-lille",
        "kind": "event",
        "types": EVENT + ["Market", "SaleEvent", "schema:SaleEvent", "PointOfInterest"],
        "town": "lille",
        "street": ["Place du Général-de-Gaulle (Grand’Place)", "Centre-ville, Vieux-Lille et Wazemmes"],
        "postal_code": "59000",
        "geo": ("50.6369", "3.0632"),
        "updated": "2026-11-09",
        "platform": "2026-11-10T03:01:16.92Z",
        "title": {
            "fr": "Braderie de Lille",
            "en": "Lille Braderie",
            "nl": "Braderie van Rijsel",
            "de": "Braderie von Lille",
        },
        "short": {
            "fr": "Le premier week-end de septembre, Lille se transforme en un immense marché aux puces, le plus grand d’Europe, au parfum de moules-frites.",
            "en": "On the first weekend of September, Lille turns into a huge flea market, the largest in Europe, with the scent of mussels and chips in the air.",
            "nl": "Het eerste weekend van september verandert Rijsel in een reusachtige rommelmarkt, de grootste van Europa, met de geur van mosselen met friet.",
            "de": "Am ersten Septemberwochenende verwandelt sich Lille in den größten Flohmarkt Europas – und überall duftet es nach Muscheln mit Pommes.",
        },
        "long": {
            "fr": [
                "Héritière d’une foire attestée dès le Moyen Âge, la Braderie de Lille réunit chaque année des milliers d’exposants, brocanteurs professionnels et simples particuliers, sur des dizaines de kilomètres de trottoirs du centre, du Vieux-Lille et de Wazemmes. Pendant plus de trente heures sans interruption, on y chine meubles, livres, vinyles et curiosités.",
                "C’est aussi une grande fête populaire : les restaurants rivalisent pour élever le plus haut tas de coquilles de moules, et un semi-marathon ouvre le week-end. Venez à pied ou en métro, le centre est fermé à la circulation.",
            ],
            "en": [
                "Descended from a fair recorded as early as the Middle Ages, the Lille Braderie brings together thousands of stallholders every year, from professional dealers to private individuals, along dozens of kilometres of pavement in the centre, Old Lille and Wazemmes. For more than thirty hours non-stop, people hunt for furniture, books, records and curiosities.",
                "It is also a huge popular celebration: restaurants compete to build the highest pile of empty mussel shells, and a half marathon opens the weekend. Come on foot or by metro, as the centre is closed to traffic.",
            ],
            "nl": [
                "De Braderie van Rijsel gaat terug op een jaarmarkt die al in de middeleeuwen bestond en brengt elk jaar duizenden standhouders samen, van professionele handelaars tot particulieren, op tientallen kilometers stoep in het centrum, Oud-Rijsel en Wazemmes. Meer dan dertig uur aan één stuk snuffel je er naar meubels, boeken, platen en curiosa.",
                "Het is ook een groot volksfeest: restaurants wedijveren om de hoogste berg lege mosselschelpen, en een halve marathon opent het weekend. Kom te voet of met de metro, want het centrum is afgesloten voor verkeer.",
            ],
            "de": [
                "Die Braderie von Lille geht auf einen schon im Mittelalter bezeugten Jahrmarkt zurück und versammelt jedes Jahr Tausende Aussteller, vom Profi-Trödler bis zur Privatperson, auf Dutzenden Kilometern Gehweg im Zentrum, in Vieux-Lille und in Wazemmes. Mehr als dreißig Stunden lang wird ohne Pause nach Möbeln, Büchern, Schallplatten und Kuriositäten gestöbert.",
                "Zugleich ist sie ein großes Volksfest: Die Restaurants wetteifern um den höchsten Berg leerer Muschelschalen, und ein Halbmarathon eröffnet das Wochenende. Kommen Sie zu Fuß oder mit der Metro, denn das Zentrum ist für den Verkehr gesperrt.",
            ],
        },
        "contact": {
            "name": "Lille Tourisme",
            "phone": ["+33 3 59 57 94 00"],
            "web": ["https://www.lilletourism.com/", "https://www.lille.fr/"],
        },
        "prices": FREE,
        "periods": [
            period("2027-09-04", "2027-09-05", "08:00", "18:00"),
            period("2025-09-06", "2025-09-07"),
            period("2026-09-05", "2026-09-06", "08:00", "18:00"),
        ],
        "art": {"poster": "braderie", "text": "BRADERIE DE LILLE", "palette": "braderie"},
        "sources": ["lille.fr / France Bleu (first weekend of September, Saturday 8 am to Sunday 6 pm)"],
    },
    {
        "slug": "carnaval-de-dunkerque",
        "kind": "event",
        "types": EVENT + ["Carnival", "Parade", "Festival", "PointOfInterest"],
        "town": "dunkerque",
        "street": ["Place Jean-Bart"],
        "postal_code": "59140",
        "geo": ("51.0346", "2.3775"),
        "updated": "2026-11-12",
        "platform": "2026-11-13T02:15:48.477Z",
        "title": {
            "fr": "Carnaval de Dunkerque",
            "en": "Dunkirk Carnival",
            "nl": "Carnaval van Duinkerke",
            "de": "Karneval von Dünkirchen",
        },
        "short": {
            "fr": "De janvier à mars, les bandes de carnavaleux déferlent dans les rues au son des fifres et des tambours, jusqu’aux Trois Joyeuses du mardi gras.",
            "en": "From January to March, bands of carnival-goers surge through the streets to the sound of fifes and drums, building up to the Trois Joyeuses at Shrovetide.",
            "nl": "Van januari tot maart trekken de ‘bandes’ van carnavalvierders op de tonen van fluiten en trommels door de straten, tot aan de Trois Joyeuses rond vastenavond.",
            "de": "Von Januar bis März ziehen die „Bandes“ der Karnevalisten zu Pfeifen und Trommeln durch die Straßen – bis zu den Trois Joyeuses rund um Fastnacht.",
        },
        "long": {
            "fr": [
                "Né des fêtes offertes aux pêcheurs avant leur départ pour la grande pêche en Islande, le carnaval de Dunkerque est l’un des plus populaires de France. Costumés, maquillés, parapluie à la main, les carnavaleux suivent le tambour-major en une « bande » compacte, font halte dans les « chapelles » et terminent par un rigodon endiablé.",
                "Le temps fort, ce sont les Trois Joyeuses, du dimanche au mardi gras : bande de Dunkerque et son jet de harengs depuis le balcon de l’hôtel de ville, puis bandes de la Citadelle et de Rosendaël. Le rigodon final tourne autour de la statue de Jean Bart et s’achève à genoux sur la Cantate à Jean Bart.",
            ],
            "en": [
                "Born of the festivities held for the fishermen before they left for the long Icelandic fishing season, the Dunkirk carnival is one of the most popular in France. In costume and make-up, umbrella in hand, carnival-goers follow the drum major in a tightly packed “band”, stop off in the “chapels” and end with a frantic rigodon.",
                "The high point is the Trois Joyeuses, from Sunday to Shrove Tuesday: the Dunkirk band with its herring throw from the town hall balcony, then the Citadelle and Rosendaël bands. The final rigodon circles the statue of Jean Bart and ends on bended knee with the Cantata to Jean Bart.",
            ],
            "nl": [
                "Het carnaval van Duinkerke ontstond uit de feesten voor de vissers voor hun vertrek naar de IJslandvisserij en is een van de populairste van Frankrijk. Verkleed, geschminkt en met een paraplu in de hand volgen de carnavalvierders de tamboer-majoor in een dichte ‘bande’, houden halt in de ‘chapelles’ en eindigen met een uitbundige rigodon.",
                "Het hoogtepunt zijn de Trois Joyeuses, van zondag tot vastenavond: de bande van Duinkerke met het haringgooien vanaf het balkon van het stadhuis, daarna de bandes van de Citadelle en van Rosendaël. De laatste rigodon draait rond het standbeeld van Jean Bart en eindigt knielend met de Cantate voor Jean Bart.",
            ],
            "de": [
                "Der Karneval von Dünkirchen entstand aus den Festen für die Fischer vor ihrer Abfahrt zum Fischfang vor Island und gehört zu den beliebtesten Frankreichs. Kostümiert, geschminkt und mit Regenschirm folgen die Karnevalisten dem Tambourmajor in einer dichten „Bande“, kehren in den „Chapelles“ ein und enden mit einem ausgelassenen Rigodon.",
                "Höhepunkt sind die Trois Joyeuses von Sonntag bis Fastnachtsdienstag: die Bande von Dünkirchen mit dem Heringswurf vom Rathausbalkon, danach die Bandes der Citadelle und von Rosendaël. Der letzte Rigodon kreist um die Statue von Jean Bart und endet kniend mit der Kantate auf Jean Bart.",
            ],
        },
        "contact": {
            "name": "Ville de Dunkerque",
            "web": ["https://www.ville-dunkerque.fr/"],
        },
        "prices": FREE,
        # Bands follow the usual calendar around Shrove Tuesday (9 February 2027); the
        # official programme is published in the autumn.
        "periods": [
            period("2027-02-07", "2027-02-07", "15:00", "19:30",
                   band("Bande de Dunkerque (Trois Joyeuses) : départ à 15 h, jet de harengs vers 17 h, rigodon final place Jean-Bart vers 19 h",
                        "Dunkirk band (Trois Joyeuses): starts at 3 pm, herring throw around 5 pm, final rigodon on Place Jean-Bart around 7 pm",
                        "Bande van Duinkerke (Trois Joyeuses): vertrek om 15 uur, haringgooien rond 17 uur, slotrigodon op de Place Jean-Bart rond 19 uur",
                        "Bande von Dünkirchen (Trois Joyeuses): Start 15 Uhr, Heringswurf gegen 17 Uhr, letzter Rigodon auf der Place Jean-Bart gegen 19 Uhr")),
            period("2027-01-31", "2027-01-31", "15:00", None,
                   band("Bande de Saint-Pol-sur-Mer", "Saint-Pol-sur-Mer band",
                        "Bande van Saint-Pol-sur-Mer", "Bande von Saint-Pol-sur-Mer")),
            period("2027-02-09", "2027-02-09", "15:00", None,
                   band("Bande de Rosendaël (mardi gras)", "Rosendaël band (Shrove Tuesday)",
                        "Bande van Rosendaël (vastenavond)", "Bande von Rosendaël (Fastnachtsdienstag)")),
            period("2026-02-15", "2026-02-15", "15:00", "19:30",
                   band("Bande de Dunkerque (Trois Joyeuses 2026)", "Dunkirk band (Trois Joyeuses 2026)",
                        "Bande van Duinkerke (Trois Joyeuses 2026)", "Bande von Dünkirchen (Trois Joyeuses 2026)")),
            period("2027-02-13", details=band("Bande de Petite-Synthe", "Petite-Synthe band",
                                              "Bande van Petite-Synthe", "Bande von Petite-Synthe")),
            period("2027-02-08", "2027-02-08", "16:00", None,
                   band("Bande de la Citadelle (Trois Joyeuses)", "Citadelle band (Trois Joyeuses)",
                        "Bande van de Citadelle (Trois Joyeuses)", "Bande der Citadelle (Trois Joyeuses)")),
            period("2027-02-06", details=band("Bande de la Basse-Ville", "Basse-Ville band",
                                              "Bande van de Basse-Ville", "Bande der Basse-Ville")),
            period("2026-02-17", details=band("Bande de Rosendaël (mardi gras 2026)",
                                              "Rosendaël band (Shrove Tuesday 2026)",
                                              "Bande van Rosendaël (vastenavond 2026)",
                                              "Bande von Rosendaël (Fastnachtsdienstag 2026)")),
            period("2027-02-14", details=band("Bande de Malo-les-Bains", "Malo-les-Bains band",
                                              "Bande van Malo-les-Bains", "Bande von Malo-les-Bains")),
            period("2026-02-16", details=band("Bande de la Citadelle (2026)", "Citadelle band (2026)",
                                              "Bande van de Citadelle (2026)", "Bande der Citadelle (2026)")),
        ],
        "art": {"poster": "carnival", "text": "CARNAVAL DE DUNKERQUE", "palette": "carnival"},
        "sources": ["France 3 Hauts-de-France, 20 Minutes (order of the bands, times of the Trois Joyeuses)",
                    "2027 dates computed from Shrove Tuesday (9 February 2027) and the usual weekly pattern"],
    },
    {
        "slug": "fetes-de-gayant",
        "kind": "event",
        "types": EVENT + ["Festival", "Parade", "PointOfInterest"],
        "town": "douai",
        "street": ["Hôtel de ville", "83 rue de la Mairie"],
        "postal_code": "59500",
        "geo": ("50.3700", "3.0797"),
        "updated": "2026-07-20",
        "platform": "2026-07-21T02:09:31.26Z",
        "title": {
            "fr": "Fêtes de Gayant",
            "en": "Gayant Festival",
            "nl": "Gayantfeesten in Douai",
        },
        "short": {
            "fr": "Chaque été, la famille Gayant, géants d’osier de Douai depuis 1530, danse trois jours durant dans les rues de la cité.",
            "en": "Every summer, the Gayant family, Douai’s wicker giants since 1530, dance through the streets of the town for three days.",
            "nl": "Elke zomer dansen de Gayants, de rieten reuzen van Douai sinds 1530, drie dagen lang door de straten van de stad.",
        },
        "long": {
            "fr": [
                "Monsieur Gayant, colosse d’osier de 8,50 mètres apparu en 1530, son épouse Marie Cagenon et leurs enfants Jacquot, Fillon et Binbin ne sortent qu’une fois par an, le premier dimanche qui suit le 5 juillet et les deux jours suivants. Le dimanche matin, la famille quitte sa maison de la rue de Lambres pour l’hôtel de ville, où le rigodon s’accompagne d’un lancer de bonbons.",
                "L’après-midi, un grand cortège réunit fanfares, compagnies d’arts de la rue et le « sot des canonniers ». Avec les autres géants et dragons processionnels de Belgique et de France, les Gayant sont inscrits au patrimoine culturel immatériel de l’humanité. Fête foraine, concerts et feu d’artifice prolongent la fête pendant une quinzaine de jours.",
            ],
            "en": [
                "Monsieur Gayant, an 8.5-metre wicker colossus who first appeared in 1530, his wife Marie Cagenon and their children Jacquot, Fillon and Binbin come out only once a year, on the first Sunday after 5 July and the two following days. On Sunday morning the family leaves its house on rue de Lambres for the town hall, where the rigodon dance comes with a shower of sweets.",
                "In the afternoon a grand procession brings together brass bands, street-theatre companies and the “sot des canonniers”, a hobby horse. Together with the other processional giants and dragons of Belgium and France, the Gayants are inscribed on UNESCO’s list of the intangible cultural heritage of humanity. A funfair, concerts and fireworks carry the festivities on for a fortnight.",
            ],
            "nl": [
                "Monsieur Gayant, een rieten kolos van 8,50 meter die in 1530 voor het eerst verscheen, zijn vrouw Marie Cagenon en hun kinderen Jacquot, Fillon en Binbin komen maar één keer per jaar naar buiten: op de eerste zondag na 5 juli en de twee dagen daarna. Op zondagochtend verlaat de familie haar huis in de rue de Lambres en trekt naar het stadhuis, waar de rigodon gepaard gaat met een regen van snoep.",
                "’s Middags trekt een grote stoet met fanfares, straattheatergezelschappen en de ‘sot des canonniers’ door de stad. Samen met de andere processiereuzen en -draken van België en Frankrijk staan de Gayants op de UNESCO-lijst van immaterieel cultureel erfgoed. Kermis, concerten en vuurwerk rekken het feest op tot zo’n twee weken.",
            ],
        },
        "contact": {
            "name": "Office de tourisme de Douai",
            "phone": ["+33 3 27 88 26 79"],
            "web": ["https://www.douaitourisme.fr/"],
        },
        "prices": FREE,
        # The giants go out on the first Sunday after 5 July and the Monday and Tuesday.
        "periods": [
            period("2027-07-12"),
            period("2026-07-12", "2026-07-12", "07:30", None),
            period("2027-07-11", "2027-07-11", "07:30", None),
            period("2026-07-14"),
            period("2026-07-13"),
            period("2027-07-13"),
        ],
        "art": {"poster": "giants", "text": "FÊTES DE GAYANT", "palette": "gayant"},
        "sources": ["douaitourisme.fr (Sunday after 5 July, three days)",
                    "evasion.lenord.fr (Sunday programme: 7.30 wake-up, rigodon, afternoon procession)"],
    },
    {
        "slug": "marche-de-noel-arras",
        "kind": "event",
        "types": EVENT + ["Market", "SaleEvent", "schema:SaleEvent", "ChildrensEvent",
                          "PointOfInterest"],
        "themes": ["christmas", "craft"],
        "town": "arras",
        "street": ["Grand’Place", "Place des Héros"],
        "postal_code": "62000",
        "geo": ("50.2927", "2.7807"),
        "updated": "2026-11-16",
        "platform": "2026-11-17T02:50:04.83Z",
        "title": {
            "fr": "Marché de Noël d’Arras",
            "en": "Arras Christmas Market",
            "nl": "Kerstmarkt van Atrecht",
            "de": "Weihnachtsmarkt Arras",
        },
        "short": {
            "fr": "Sur la Grand’Place et la place des Héros, plus de cent chalets, une grande roue et une patinoire font d’Arras une capitale de Noël.",
            "en": "On the Grand’Place and the Place des Héros, more than a hundred chalets, a big wheel and an ice rink make Arras a Christmas capital.",
            "nl": "Op de Grand’Place en de Place des Héros maken meer dan honderd chalets, een reuzenrad en een ijsbaan van Atrecht een echte kersthoofdstad.",
            "de": "Auf der Grand’Place und der Place des Héros machen mehr als hundert Hütten, ein Riesenrad und eine Eisbahn Arras zu einer Weihnachtshauptstadt.",
        },
        "long": {
            "fr": [
                "Chaque hiver, la « Ville de Noël » investit les places baroques d’Arras : chalets de producteurs et d’artisans sur la Grand’Place, grand sapin au pied du beffroi illuminé, carrousel, patinoire et grande roue. C’est l’un des plus grands marchés de Noël du nord de la France, qui attire des centaines de milliers de visiteurs.",
                "Parades le dimanche en fin d’après-midi, maison du Père Noël, vin chaud et gaufres : on y vient en famille. Les chalets ouvrent tous les jours, plus tard le vendredi et le samedi ; le 24 décembre, ils ferment en fin d’après-midi et le 25 décembre, ils restent fermés.",
            ],
            "en": [
                "Every winter the “Christmas Town” fills the Baroque squares of Arras: chalets of producers and craftspeople on the Grand’Place, a giant tree at the foot of the illuminated belfry, a carousel, an ice rink and a big wheel. It is one of the largest Christmas markets in northern France, drawing hundreds of thousands of visitors.",
                "Parades on Sunday late afternoons, Father Christmas’s house, mulled wine and waffles: it is a family outing. The chalets open every day, later on Fridays and Saturdays; on 24 December they close in the late afternoon and on 25 December they stay closed.",
            ],
            "nl": [
                "Elke winter neemt de ‘Kerststad’ de barokke pleinen van Atrecht in: chalets van producenten en ambachtslieden op de Grand’Place, een reusachtige kerstboom aan de voet van het verlichte belfort, een carrousel, een ijsbaan en een reuzenrad. Het is een van de grootste kerstmarkten van Noord-Frankrijk en trekt honderdduizenden bezoekers.",
                "Parades op zondag aan het eind van de middag, het huis van de Kerstman, glühwein en wafels: een uitje voor het hele gezin. De chalets zijn elke dag open, op vrijdag en zaterdag langer; op 24 december sluiten ze eind van de middag en op 25 december blijven ze dicht.",
            ],
            "de": [
                "Jeden Winter erobert die „Weihnachtsstadt“ die barocken Plätze von Arras: Hütten von Erzeugern und Kunsthandwerkern auf der Grand’Place, ein riesiger Tannenbaum am Fuß des beleuchteten Belfrieds, Karussell, Eisbahn und Riesenrad. Sie gehört zu den größten Weihnachtsmärkten Nordfrankreichs und zieht Hunderttausende Besucher an.",
                "Paraden am späten Sonntagnachmittag, das Haus des Weihnachtsmanns, Glühwein und Waffeln: ein Ausflug für die ganze Familie. Die Hütten öffnen täglich, freitags und samstags länger; am 24. Dezember schließen sie am späten Nachmittag, am 25. Dezember bleiben sie geschlossen.",
            ],
        },
        "contact": {
            "name": "Office de tourisme Arras Pays d’Artois",
            "phone": ["+33 3 21 51 26 95"],
            "web": ["https://www.arraspaysdartois.com/"],
        },
        "prices": FREE,
        "periods": daily_periods(
            "2026-11-27", "2026-12-30",
            {0: ("12:00", "20:30"), 1: ("12:00", "20:30"), 2: ("12:00", "20:30"),
             3: ("12:00", "20:30"), 4: ("12:00", "22:00"), 5: ("10:00", "22:00"),
             6: ("10:00", "20:30")},
            exceptions={"2026-12-24": ("12:00", "17:00"), "2026-12-25": None},
            seed="marche-de-noel-arras"),
        "art": {"poster": "christmas", "text": "MARCHÉ DE NOËL", "subtitle": "ARRAS",
                "palette": "christmas_red"},
        "sources": ["horizonactu.fr, tendancesandco.fr (2024 edition: dates pattern, daily hours, 24/25 December)",
                    "2026 dates extrapolated from past editions (last Friday of November to 30 December)",
                    "Review: 'for more than thirty years', 'more than a million visitors' and the Place d'Ipswich were not confirmed and were softened or removed"],
    },
    {
        "slug": "marche-de-noel-lille",
        "kind": "event",
        "types": EVENT + ["Market", "SaleEvent", "schema:SaleEvent", "PointOfInterest"],
        "themes": ["christmas"],
        "town": "lille",
        "street": ["Place Rihour"],
        "postal_code": "59000",
        "geo": ("50.6361", "3.0617"),
        "updated": "2026-11-04",
        "platform": "2026-11-05T02:27:50.3Z",
        "title": {
            "fr": "Marché de Noël de Lille",
            "en": "Lille Christmas Market",
            "nl": "Kerstmarkt van Rijsel",
        },
        "short": {
            "fr": "Place Rihour, près de 90 chalets de bois et, tout près, la grande roue de la Grand’Place : le rendez-vous gourmand des fêtes à Lille.",
            "en": "Nearly 90 wooden chalets on Place Rihour and the big wheel on the Grand’Place next door: Lille’s festive treat.",
            "nl": "Bijna 90 houten chalets op de Place Rihour en vlakbij het reuzenrad op de Grand’Place: het smakelijke feestrendez-vous van Rijsel.",
        },
        "long": {
            "fr": [
                "Chaque hiver, le marché de Noël de Lille s’installe place Rihour, au pied du palais Rihour. Près de 90 chalets y proposent décorations, artisanat, santons, spécialités d’ici et d’ailleurs, vin chaud et croustillons.",
                "Tout autour, la ville se met en fête : la grande roue tourne sur la Grand’Place depuis 1989 et des manèges attendent les enfants. Le marché est ouvert tous les jours à partir de 11 h, sauf le jour de Noël.",
            ],
            "en": [
                "Every winter Lille’s Christmas market sets up on Place Rihour, at the foot of the Palais Rihour. Nearly 90 chalets sell decorations, crafts, nativity figures, specialities from near and far, mulled wine and doughnut-like croustillons.",
                "All around, the city is in a festive mood: the big wheel has turned on the Grand’Place since 1989, and merry-go-rounds await the children. The market is open every day from 11 am, except on Christmas Day.",
            ],
            "nl": [
                "Elke winter staat de kerstmarkt van Rijsel op de Place Rihour, aan de voet van het Palais Rihour. Bijna 90 chalets verkopen versiering, ambachtelijk werk, kerstbeeldjes, specialiteiten van hier en elders, glühwein en croustillons.",
                "Rondom is de stad in feeststemming: het reuzenrad draait sinds 1989 op de Grand’Place en draaimolens wachten op de kinderen. De markt is elke dag open vanaf 11 uur, behalve op Kerstmis.",
            ],
        },
        "contact": {
            "name": "Lille Tourisme",
            "phone": ["+33 3 59 57 94 00"],
            "web": ["https://www.lilletourism.com/"],
        },
        "prices": FREE,
        "periods": [
            period("2026-11-18", "2026-12-30", None, None,
                   {"fr": "Du dimanche au jeudi de 11 h à 20 h 30, vendredi et samedi de 11 h à 22 h ; fermé le 25 décembre.",
                    "en": "Sunday to Thursday 11 am to 8.30 pm, Friday and Saturday 11 am to 10 pm; closed on 25 December.",
                    "nl": "Zondag tot donderdag van 11 tot 20.30 uur, vrijdag en zaterdag van 11 tot 22 uur; gesloten op 25 december."}),
        ],
        "art": {"poster": "christmas", "text": "MARCHÉ DE NOËL", "subtitle": "LILLE",
                "palette": "christmas_night"},
        "sources": ["circonflexmag.fr, contrepoint-lacatholille.fr, headtopics (90 chalets, hours, big wheel since 1989)",
                    "2026 dates extrapolated from past editions"],
    },
    {
        "slug": "arras-film-festival",
        "kind": "event",
        "types": EVENT + ["Festival", "PointOfInterest"],
        "town": "arras",
        "street": ["Grand’Place"],
        "postal_code": "62000",
        "geo": ("50.2930", "2.7805"),
        "updated": "2026-10-02",
        "platform": "2026-10-03T01:52:22.774Z",
        "title": {
            "fr": "Arras Film Festival",
            "en": "Arras Film Festival",
            "nl": "Arras Film Festival",
        },
        "short": {
            "fr": "Dix jours de cinéma européen en novembre : avant-premières, invités, compétition et séances pour toute la famille.",
            "en": "Ten days of European cinema in November: previews, guests, a competition and screenings for the whole family.",
            "nl": "Tien dagen Europese film in november: voorpremières, gasten, een competitie en voorstellingen voor het hele gezin.",
        },
        "long": {
            "fr": [
                "Créé en 2000, l’Arras Film Festival s’est imposé comme l’un des grands rendez-vous de cinéma en France. Pendant dix jours de novembre, plus d’une centaine de films sont projetés au Casino et au Megarama d’Arras, entre avant-premières en présence des équipes, rétrospectives et films pour les enfants.",
                "Sa compétition européenne, attentive aux cinémas d’Europe centrale et orientale, décerne l’Atlas d’or et l’Atlas d’argent. Les séances s’enchaînent du matin jusqu’à minuit.",
            ],
            "en": [
                "Founded in 2000, the Arras Film Festival has become one of the major film events in France. Over ten days in November, more than a hundred films are shown at the Casino and the Megarama in Arras, from previews attended by the film crews to retrospectives and films for children.",
                "Its European competition, with a keen eye on cinema from Central and Eastern Europe, awards the Golden and Silver Atlas. Screenings run from morning until midnight.",
            ],
            "nl": [
                "Het Arras Film Festival, opgericht in 2000, is uitgegroeid tot een van de grote filmevenementen van Frankrijk. Tien dagen lang worden in november meer dan honderd films vertoond in het Casino en de Megarama van Atrecht, van voorpremières in aanwezigheid van de filmploeg tot retrospectieven en kinderfilms.",
                "De Europese competitie, met veel aandacht voor film uit Centraal- en Oost-Europa, reikt de Gouden en de Zilveren Atlas uit. De voorstellingen lopen van ’s ochtends tot middernacht.",
            ],
        },
        "contact": {
            "name": "Arras Film Festival",
            "web": ["https://www.arrasfilmfestival.com/"],
        },
        "periods": [
            period("2026-11-06", "2026-11-15", None, None,
                   {"fr": "Séances de 9 h à minuit.", "en": "Screenings from 9 am to midnight.",
                    "nl": "Voorstellingen van 9 uur tot middernacht."}),
            period("2025-11-07", "2025-11-16"),
            period("2027-11-05", "2027-11-14"),
        ],
        "art": {"poster": "film", "text": "ARRAS FILM FESTIVAL", "palette": "film"},
        "sources": ["arrasfilmfestival.com, tendancesandco.fr (2025 edition 7-16 November, venues)",
                    "2026 and 2027 dates extrapolated (Friday to Sunday of the following week)"],
    },
]


def details(fr, en, nl, de=None):
    """openingDetails of one period (same shape as band())."""
    return band(fr, en, nl, de)


# ---------------------------------------------------------------------------------------
# Giants and carnivals, the Opal Coast on the move, cycling and festivals.

EVENTS += [
    {
        "slug": "carnaval-de-cassel",
        "kind": "event",
        "types": EVENT + ["Carnival", "Parade", "PointOfInterest"],
        "themes": ["folklore", "world_heritage"],
        "town": "cassel",
        "street": ["Grand’Place"],
        "postal_code": "59670",
        "geo": ("50.8006", "2.4883"),
        "updated": "2026-10-28",
        "platform": "2026-10-29T02:41:07.51Z",
        "title": {
            "fr": "Carnaval de Cassel – Reuze Papa et Reuze Maman",
            "en": "Cassel Carnival – Reuze Papa and Reuze Maman",
            "nl": "Carnaval van Kassel – Reuze Papa en Reuze Maman",
            "de": "Karneval von Cassel – Reuze Papa und Reuze Maman",
        },
        "short": {
            "fr": "Le lundi de Pâques, les géants Reuze Papa et Reuze Maman dansent sur le mont Cassel, du réveil en fanfare à l’aube jusqu’à la rentrée aux flambeaux.",
            "en": "On Easter Monday the giants Reuze Papa and Reuze Maman dance on Mont Cassel, from the drum-led wake-up at dawn to their torchlit return home.",
            "nl": "Op paasmaandag dansen de reuzen Reuze Papa en Reuze Maman op de Kasselberg, van de trommelwekker bij dageraad tot hun terugkeer bij fakkellicht.",
            "de": "Am Ostermontag tanzen die Riesen Reuze Papa und Reuze Maman auf dem Mont Cassel – vom Trommelweckruf im Morgengrauen bis zur Heimkehr im Fackelschein.",
        },
        "long": {
            "fr": [
                "Cassel a la particularité de fêter deux carnavals. Le dimanche qui précède le mardi gras, Reuze Papa sort seul pour le carnaval d’hiver. Le lundi de Pâques, il retrouve son épouse Reuze Maman pour le carnaval d’été, une tradition née en 1901.",
                "La journée commence vers 6 h par le « réveil » : tambours, cymbales et casseroles font le tour des rues, avec des haltes dans les maisons ouvertes. L’après-midi, le four merveilleux, le cheval-jupon et le coq-jupon précèdent les deux géants portés, inscrits avec les géants de Belgique et de France au patrimoine culturel immatériel de l’UNESCO. Le soir, la rentrée des géants se fait à la lumière des torches.",
            ],
            "en": [
                "Cassel is unusual in holding two carnivals. On the Sunday before Shrove Tuesday, Reuze Papa comes out alone for the winter carnival. On Easter Monday he is joined by his wife Reuze Maman for the summer carnival, a tradition dating from 1901.",
                "The day begins around 6 am with the “wake-up”: drums, cymbals and saucepans go round every street, stopping at houses thrown open for the occasion. In the afternoon the magic oven, the hobby horse and the hobby cockerel lead the way for the two carried giants, listed with the giants of Belgium and France as UNESCO intangible heritage. In the evening the giants go home by torchlight.",
            ],
            "nl": [
                "Kassel viert als een van de weinige steden twee carnavals. Op de zondag voor vastenavond komt Reuze Papa alleen naar buiten voor het wintercarnaval. Op paasmaandag krijgt hij gezelschap van zijn vrouw Reuze Maman voor het zomercarnaval, een traditie die teruggaat tot 1901.",
                "De dag begint rond 6 uur met de ‘wekker’: trommels, cimbalen en kookpotten trekken door alle straten en houden halt in huizen die die dag openstaan. ’s Middags gaan de wonderoven, het rokpaard en de rokhaan voor de twee gedragen reuzen uit, die samen met de reuzen van België en Frankrijk op de UNESCO-lijst van immaterieel erfgoed staan. ’s Avonds keren de reuzen bij fakkellicht terug.",
            ],
            "de": [
                "Cassel feiert als eine der wenigen Städte zwei Karnevale. Am Sonntag vor Fastnacht zieht Reuze Papa allein zum Winterkarneval aus. Am Ostermontag begleitet ihn seine Frau Reuze Maman zum Sommerkarneval – ein Brauch, der auf das Jahr 1901 zurückgeht.",
                "Der Tag beginnt gegen 6 Uhr mit dem „Réveil“: Trommeln, Becken und Kochtöpfe ziehen durch alle Straßen und kehren in Häusern ein, die an diesem Tag offen stehen. Am Nachmittag gehen der Wunderofen, das Rockpferd und der Rockhahn den beiden getragenen Riesen voraus, die mit den Riesen Belgiens und Frankreichs zum immateriellen UNESCO-Kulturerbe gehören. Abends kehren die Riesen im Fackelschein heim.",
            ],
        },
        "contact": {
            "name": "Les Amis de Reuze Papa et Reuze Maman",
            "web": ["https://www.carnavaldecassel.fr/", "https://www.cassel.fr/"],
        },
        "prices": FREE,
        # Summer carnival on Easter Monday (6 April 2026, 29 March 2027); winter carnival on
        # the Sunday before Shrove Tuesday (15 February 2026, 7 February 2027).
        "periods": [
            period("2027-03-29", "2027-03-29", "06:00", "23:00",
                   details("Réveil en fanfare à 6 h, sortie du four merveilleux vers 14 h 30, cortège des géants vers 17 h, rentrée aux flambeaux en soirée.",
                           "Drum-led wake-up at 6 am, magic oven around 2.30 pm, giants’ procession around 5 pm, torchlit return in the evening.",
                           "Wekker met trommels om 6 uur, wonderoven rond 14.30 uur, stoet van de reuzen rond 17 uur, terugkeer bij fakkellicht ’s avonds.",
                           "Weckruf mit Trommeln um 6 Uhr, Wunderofen gegen 14.30 Uhr, Umzug der Riesen gegen 17 Uhr, Heimkehr im Fackelschein am Abend.")),
            period("2026-02-15", details=details("Carnaval d’hiver : Reuze Papa sort seul.",
                                                 "Winter carnival: Reuze Papa comes out alone.",
                                                 "Wintercarnaval: Reuze Papa komt alleen naar buiten.",
                                                 "Winterkarneval: Reuze Papa zieht allein aus.")),
            period("2027-02-07", details=details("Carnaval d’hiver : Reuze Papa sort seul.",
                                                 "Winter carnival: Reuze Papa comes out alone.",
                                                 "Wintercarnaval: Reuze Papa komt alleen naar buiten.",
                                                 "Winterkarneval: Reuze Papa zieht allein aus.")),
            period("2026-04-06", "2026-04-06", "06:00", None),
        ],
        "art": {"poster": "giants", "text": "CARNAVAL DE CASSEL", "subtitle": "LUNDI DE PÂQUES",
                "palette": "cassel", "giants": "cassel"},
        "sources": ["carnavaldecassel.fr (history: two carnivals since 1901, Reuze Maman since 1860/1892)",
                    "pci-lab.fr inventory sheet (winter carnival on the Sunday before Shrove Tuesday, summer carnival on Easter Monday)",
                    "France 3 Hauts-de-France, nord-pasdecalais.blogspot.com (6 am wake-up, magic oven around 2.30 pm, giants around 5 pm)",
                    "Dates computed: Easter 2026 = 5 April, Easter 2027 = 28 March; exact times of the 2027 programme not yet published"],
    },
    {
        "slug": "cerfs-volants-berck",
        "kind": "event",
        "types": EVENT + ["Festival", "ChildrensEvent", "PointOfInterest"],
        "themes": ["sea", "family"],
        "town": "berck",
        "street": ["Esplanade Parmentier", "Plage de Berck-Plage (quartier de l’Entonnoir)"],
        "postal_code": "62600",
        "geo": ("50.4060", "1.5600"),
        "updated": "2026-11-03",
        "platform": "2026-11-04T03:12:44.2Z",
        "title": {
            "fr": "Rencontres internationales de cerfs-volants",
            "en": "Berck International Kite Festival",
            "nl": "Internationaal vliegerfestival van Berck",
            "de": "Internationales Drachenfest Berck",
        },
        "short": {
            "fr": "Neuf jours d’avril, la grande plage de Berck se couvre de cerfs-volants géants venus du monde entier : pieuvres, baleines, dragons et ballets acrobatiques.",
            "en": "For nine days in April, Berck’s vast beach fills with giant kites from all over the world: octopuses, whales, dragons and acrobatic ballets.",
            "nl": "Negen dagen lang in april vult het grote strand van Berck zich met reuzenvliegers uit de hele wereld: octopussen, walvissen, draken en acrobatische balletten.",
            "de": "Neun Apriltage lang füllt sich der weite Strand von Berck mit Riesendrachen aus aller Welt: Kraken, Wale, Drachen und akrobatische Flugballette.",
        },
        "long": {
            "fr": [
                "Depuis 1987, les Rencontres internationales de cerfs-volants font de Berck-sur-Mer l’une des capitales mondiales du vent. Plusieurs centaines de cerfs-volistes de plus de vingt pays investissent la plage, si large à marée basse qu’elle se partage en terrains : cerfs-volants géants, vols acrobatiques en équipe, combats de rokkakus japonais et jardin du vent aux créations recyclées. Certains engins, longs de plusieurs dizaines de mètres, ne décollent que lorsque le vent s’y prête.",
                "Le spectacle est gratuit et s’adresse à toute la famille : ateliers de fabrication, école de pilotage et vols libres chaque jour dès le matin. Le week-end, la digue est très fréquentée : venez tôt, ou en semaine pour profiter du ciel plus tranquillement. Pensez aussi aux horaires des marées : à marée haute, la plage se rétrécit nettement.",
            ],
            "en": [
                "Since 1987 the International Kite Festival has made Berck-sur-Mer one of the world capitals of wind. Several hundred kite flyers from more than twenty countries take over the beach, so wide at low tide that it is divided into fields: giant kites, team acrobatics, Japanese rokkaku fights and a wind garden of recycled creations. Some of the kites, several dozen metres long, only take off when the wind allows.",
                "The show is free and made for the whole family, with kite-building workshops, a flying school and free flying every day from the morning. At weekends the promenade is very busy: come early, or on a weekday to enjoy the sky in peace. Check the tide times too: at high tide the beach becomes much narrower.",
            ],
            "nl": [
                "Sinds 1987 maakt het internationale vliegerfestival van Berck-sur-Mer een van de wereldhoofdsteden van de wind. Honderden vliegeraars uit meer dan twintig landen nemen het strand in, dat bij eb zo breed is dat het in velden wordt verdeeld: reuzenvliegers, acrobatische teamvluchten, gevechten met Japanse rokkaku’s en een windtuin vol gerecyclede creaties. Sommige vliegers, tientallen meters lang, gaan pas de lucht in als de wind meewerkt.",
                "Het spektakel is gratis en voor het hele gezin: workshops om zelf een vlieger te bouwen, een vliegschool en elke dag vrij vliegen vanaf de ochtend. In het weekend is het druk op de dijk: kom vroeg, of doordeweeks om rustig van de lucht te genieten. Kijk ook naar de getijden: bij vloed wordt het strand een stuk smaller.",
            ],
            "de": [
                "Seit 1987 machen die Internationalen Drachentage Berck-sur-Mer zu einer Welthauptstadt des Windes. Mehrere hundert Drachenpiloten aus über zwanzig Ländern erobern den Strand, der bei Ebbe so breit ist, dass er in Felder aufgeteilt wird: Riesendrachen, Team-Akrobatik, Kämpfe japanischer Rokkakus und ein Windgarten mit Kreationen aus Recyclingmaterial. Manche Drachen sind Dutzende Meter lang und steigen nur auf, wenn der Wind mitspielt.",
                "Das Spektakel ist kostenlos und für die ganze Familie gedacht: Bastelwerkstätten, eine Flugschule und jeden Tag freies Fliegen ab dem Vormittag. Am Wochenende ist die Promenade sehr voll – kommen Sie früh oder unter der Woche, um den Himmel in Ruhe zu genießen. Achten Sie auch auf die Gezeiten: Bei Flut wird der Strand deutlich schmaler.",
            ],
        },
        "contact": {
            "name": "Ville de Berck – Berck Événements Loisirs Côte d’Opale",
            "web": ["https://www.berck.fr/"],
        },
        "prices": FREE,
        "periods": [
            period("2027-04-17", "2027-04-25", "10:00", "18:00"),
            period("2026-04-18", "2026-04-26", "10:00", "18:00",
                   details("39e édition.", "39th edition.", "39e editie.", "39. Ausgabe.")),
        ],
        "art": {"poster": "e_kites", "text": "CERFS-VOLANTS", "subtitle": "BERCK-SUR-MER",
                "palette": "kites"},
        "sources": ["tourmag.com (39th edition, 18-26 April 2026, nine days)",
                    "weo.fr (2024: 20-28 April; daily programme from 10 am), France 3 (2019: free flying from 10 am, delegations 2-6 pm)",
                    "Europe 1, 20 Minutes (first edition 1987, 300 to 500 flyers, 25 nationalities)",
                    "2027 dates extrapolated (Saturday to the following Sunday in the second half of April); daily hours approximate; beach coordinates approximate (esplanade Parmentier)"],
    },
    {
        "slug": "enduropale-le-touquet",
        "kind": "event",
        "types": SPORT + ["SportsCompetition", "PointOfInterest"],
        "themes": ["sport", "sea"],
        "town": "le-touquet-paris-plage",
        "street": ["Front de mer", "Boulevard du Docteur-Jules-Pouget"],
        "postal_code": "62520",
        "geo": ("50.5222", "1.5793"),
        "updated": "2026-10-14",
        "platform": "2026-10-15T01:58:32.09Z",
        "title": {
            "fr": "Enduropale du Touquet Pas-de-Calais",
            "en": "Enduropale, Le Touquet",
            "nl": "Enduropale van Le Touquet",
            "de": "Enduropale in Le Touquet",
        },
        "short": {
            "fr": "Chaque hiver, des centaines de motos s’élancent sur la plage du Touquet pour trois heures de course dans le sable : la plus grande course sur sable du monde.",
            "en": "Every winter, hundreds of motorbikes charge along the beach at Le Touquet for a three-hour race in the sand: the biggest beach race in the world.",
            "nl": "Elke winter stormen honderden motoren over het strand van Le Touquet voor een race van drie uur door het zand: de grootste strandrace ter wereld.",
            "de": "Jeden Winter stürmen Hunderte Motorräder über den Strand von Le Touquet zu einem dreistündigen Rennen im Sand – dem größten Strandrennen der Welt.",
        },
        "long": {
            "fr": [
                "Créé en 1975 par Thierry Sabine, le futur fondateur du Dakar, l’Enduropale réunit chaque année plus de deux mille pilotes, professionnels et amateurs, sur un circuit d’une quinzaine de kilomètres tracé dans le sable entre Le Touquet et Stella-Plage. Bosses, vagues de sable et virages relevés mettent les machines et les bras à rude épreuve. Le classement se fait au nombre de tours bouclés à l’issue des trois heures.",
                "Le week-end s’ouvre le vendredi avec l’Enduro Vintage des motos anciennes, se poursuit le samedi avec les jeunes pilotes et le Quaduro, et culmine le dimanche après-midi avec la course reine de trois heures. Des centaines de milliers de spectateurs se massent le long de la digue : prévoyez des vêtements chauds et un accès à pied ou en navette. Des villages d’exposants, des expositions de motos et des animations accompagnent les courses tout le week-end.",
            ],
            "en": [
                "Created in 1975 by Thierry Sabine, who went on to found the Dakar rally, the Enduropale brings together more than two thousand riders every year, professionals and amateurs alike, on a circuit of about fifteen kilometres laid out in the sand between Le Touquet and Stella-Plage. Bumps, sand waves and banked bends test both machines and arms. Riders are ranked by the number of laps completed when the three hours are up.",
                "The weekend opens on Friday with the Enduro Vintage for classic bikes, continues on Saturday with the young riders and the Quaduro for quads, and peaks on Sunday afternoon with the three-hour main race. Hundreds of thousands of spectators line the promenade: bring warm clothes and come on foot or by shuttle bus. Exhibitors’ villages, motorcycle displays and entertainment accompany the races all weekend.",
            ],
            "nl": [
                "De Enduropale werd in 1975 bedacht door Thierry Sabine, de latere oprichter van de Dakar-rally, en brengt elk jaar meer dan tweeduizend rijders samen, profs en amateurs, op een circuit van zo’n vijftien kilometer dat in het zand tussen Le Touquet en Stella-Plage wordt uitgezet. Bulten, zandgolven en kombochten stellen machines en armen zwaar op de proef. Het klassement wordt opgemaakt op basis van het aantal afgelegde ronden na drie uur.",
                "Het weekend begint op vrijdag met de Enduro Vintage voor oude motoren, gaat op zaterdag verder met de jonge rijders en de Quaduro en bereikt zondagmiddag zijn hoogtepunt met de hoofdrace van drie uur. Honderdduizenden toeschouwers staan langs de dijk: neem warme kleren mee en kom te voet of met de pendelbus. Standhoudersdorpen, motortentoonstellingen en animatie begeleiden de races het hele weekend.",
            ],
            "de": [
                "Die Enduropale wurde 1975 von Thierry Sabine ins Leben gerufen, dem späteren Gründer der Rallye Dakar. Jedes Jahr treten mehr als zweitausend Fahrer an, Profis wie Amateure, auf einer rund fünfzehn Kilometer langen Strecke, die zwischen Le Touquet und Stella-Plage in den Sand gezogen wird. Buckel, Sandwellen und Steilkurven fordern Maschinen und Arme.",
                "Das Wochenende beginnt am Freitag mit dem Enduro Vintage für historische Motorräder, geht am Samstag mit dem Nachwuchs und dem Quaduro weiter und gipfelt am Sonntagnachmittag im dreistündigen Hauptrennen. Hunderttausende Zuschauer säumen die Promenade: Warme Kleidung mitbringen und zu Fuß oder mit dem Pendelbus kommen. Ausstellerdörfer, Motorradausstellungen und Rahmenprogramm begleiten die Rennen das ganze Wochenende.",
            ],
        },
        "contact": {
            "name": "Office de tourisme du Touquet-Paris-Plage",
            "web": ["https://www.letouquet.com/"],
        },
        "prices": FREE,
        "periods": [
            period("2027-02-07", "2027-02-07", "13:30", "16:30",
                   details("Enduropale, course reine de trois heures.", "Enduropale, the three-hour main race.",
                           "Enduropale, hoofdrace van drie uur.", "Enduropale, dreistündiges Hauptrennen.")),
            period("2026-02-13", "2026-02-15", None, None,
                   details("50e édition.", "50th edition.", "50e editie.", "50. Ausgabe.")),
            period("2027-02-05", "2027-02-05", "14:30", None,
                   details("Enduro Vintage (motos anciennes).", "Enduro Vintage (classic bikes).",
                           "Enduro Vintage (oude motoren).", "Enduro Vintage (historische Motorräder).")),
            period("2027-02-06", details=details("Courses Juniors et Quaduro.", "Junior and Quaduro races.",
                                                 "Juniors- en Quaduro-races.", "Junioren- und Quaduro-Rennen.")),
        ],
        "art": {"poster": "e_moto", "text": "ENDUROPALE", "subtitle": "LE TOUQUET", "palette": "enduro"},
        "sources": ["pariszigzag.fr, contrepoint-lacatholille.fr (50th edition 13-15 February 2026, 15 km circuit, Friday vintage race at 2.30 pm)",
                    "motomag.com (2025: 7-9 February; races and villages), mxvoice.racing (created in 1975 by Thierry Sabine)",
                    "BFM Grand Littoral (main race Sunday 1.30 pm, three hours)",
                    "2027 dates extrapolated (first weekend of February, Friday to Sunday); beach coordinates approximate (front de mer)"],
    },
    {
        "slug": "paris-roubaix",
        "kind": "event",
        "types": SPORT + ["SportsCompetition", "PointOfInterest"],
        "themes": ["sport"],
        "town": "roubaix",
        "street": ["Vélodrome André-Pétrieux", "Avenue Alexandre-Fleming"],
        "postal_code": "59100",
        "geo": ("50.6781", "3.2052"),
        "updated": "2026-11-05",
        "platform": "2026-11-06T02:33:19.648Z",
        "title": {
            "fr": "Paris-Roubaix – arrivée au vélodrome",
            "en": "Paris–Roubaix – finish at the velodrome",
            "nl": "Parijs-Roubaix – aankomst op de wielerbaan",
            "de": "Paris–Roubaix – Zieleinlauf im Velodrom",
        },
        "short": {
            "fr": "Après les pavés de l’« Enfer du Nord », les coureurs et les coureuses de Paris-Roubaix bouclent un tour et demi de piste dans le mythique vélodrome de Roubaix.",
            "en": "After the cobbles of the “Hell of the North”, the men and women of Paris–Roubaix finish with a lap and a half of the legendary Roubaix velodrome.",
            "nl": "Na de kasseien van de ‘Hel van het Noorden’ rijden de renners en rensters van Parijs-Roubaix anderhalve ronde op de mythische wielerbaan van Roubaix.",
            "de": "Nach dem Kopfsteinpflaster der „Hölle des Nordens“ beenden die Fahrerinnen und Fahrer von Paris–Roubaix das Rennen mit anderthalb Runden im legendären Velodrom von Roubaix.",
        },
        "long": {
            "fr": [
                "Disputée depuis 1896, la « reine des classiques » traverse une trentaine de secteurs pavés, dont la trouée d’Arenberg, Mons-en-Pévèle et le Carrefour de l’Arbre, avant d’entrer dans le vélodrome André-Pétrieux, ligne d’arrivée depuis 1943. Depuis 2021, Paris-Roubaix Femmes emprunte les mêmes pavés au départ de Denain. Devant le vélodrome, un secteur pavé aménagé en 1996 porte les noms des vainqueurs.",
                "Au vélodrome, le public suit la course sur écran géant avant de voir surgir les coureurs couverts de poussière ou de boue. Les célèbres douches, où une plaque porte le nom de chaque vainqueur, se visitent lors de journées spéciales. Le samedi, le Paris-Roubaix Challenge permet aux cyclistes amateurs de rouler sur les mêmes pavés.",
            ],
            "en": [
                "Raced since 1896, the “Queen of the Classics” crosses some thirty cobbled sectors, including the Arenberg Trench, Mons-en-Pévèle and the Carrefour de l’Arbre, before entering the André-Pétrieux velodrome, its finish line since 1943. Since 2021 Paris–Roubaix Femmes has tackled the same cobbles from Denain. In front of the velodrome, a cobbled sector laid in 1996 bears the names of the winners.",
                "At the velodrome, spectators follow the race on a giant screen before the riders burst in covered in dust or mud. The famous showers, where a plaque bears the name of every winner, open on special days. On Saturday the Paris–Roubaix Challenge lets amateur cyclists ride the same cobbles.",
            ],
            "nl": [
                "De ‘koningin der klassiekers’, verreden sinds 1896, gaat over een dertigtal kasseistroken, waaronder het bos van Wallers-Arenberg, Mons-en-Pévèle en de Carrefour de l’Arbre, en eindigt op de wielerbaan André-Pétrieux, de aankomstplaats sinds 1943. Sinds 2021 rijdt Parijs-Roubaix voor vrouwen vanuit Denain over dezelfde kasseien. Voor de wielerbaan ligt een kasseistrook uit 1996 met de namen van de winnaars.",
                "Op de wielerbaan volgt het publiek de koers op een reuzenscherm, tot de renners onder het stof of de modder binnenstormen. De beroemde douches, met een naambordje voor elke winnaar, zijn op speciale dagen te bezoeken. Op zaterdag rijden wielertoeristen in de Paris-Roubaix Challenge over dezelfde kasseien.",
            ],
            "de": [
                "Die seit 1896 ausgetragene „Königin der Klassiker“ führt über rund dreißig Pflastersektoren, darunter den Wald von Arenberg, Mons-en-Pévèle und den Carrefour de l’Arbre, bevor sie im Velodrom André-Pétrieux endet, dem Ziel seit 1943. Seit 2021 fährt Paris–Roubaix Femmes ab Denain über dieselben Pflastersteine. Vor dem Velodrom trägt ein 1996 angelegter Pflasterabschnitt die Namen der Sieger.",
                "Im Velodrom verfolgt das Publikum das Rennen auf einer Großleinwand, bis die Fahrer staub- oder schlammbedeckt hereinstürmen. Die berühmten Duschen, in denen eine Plakette an jeden Sieger erinnert, sind an besonderen Tagen zu besichtigen. Am Samstag können Hobbyradler bei der Paris–Roubaix Challenge dieselben Pflastersteine befahren.",
            ],
        },
        "contact": {
            "name": "Amaury Sport Organisation",
            "web": ["https://www.paris-roubaix.fr/"],
        },
        "prices": FREE,
        # Second Sunday of April: 12 April 2026 (men and women on the same day for the first
        # time), 11 April 2027.
        "periods": [
            period("2027-04-11", "2027-04-11", None, None,
                   details("Arrivées des courses masculine et féminine au vélodrome dans l’après-midi.",
                           "Men’s and women’s races finish at the velodrome in the afternoon.",
                           "Aankomst van de mannen- en vrouwenkoers op de wielerbaan in de namiddag.",
                           "Zieleinläufe der Männer- und Frauenrennen am Nachmittag im Velodrom.")),
            period("2026-04-12", "2026-04-12", None, None,
                   details("Pour la première fois, courses masculine et féminine le même dimanche.",
                           "For the first time, the men’s and women’s races on the same Sunday.",
                           "Voor het eerst mannen- en vrouwenkoers op dezelfde zondag.",
                           "Erstmals Männer- und Frauenrennen am selben Sonntag.")),
            period("2027-04-10", details=details("Paris-Roubaix Challenge (cyclosportive pour amateurs, sur inscription).",
                                                 "Paris–Roubaix Challenge (amateur sportive, registration required).",
                                                 "Paris-Roubaix Challenge (toertocht voor amateurs, inschrijving verplicht).",
                                                 "Paris–Roubaix Challenge (Jedermannrennen, Anmeldung erforderlich).")),
        ],
        "art": {"poster": "e_cycling", "text": "PARIS-ROUBAIX", "subtitle": "VÉLODROME DE ROUBAIX",
                "palette": "cycling"},
        "sources": ["europesays.com / DirectVelo (2026: men’s and women’s races both on Sunday 12 April; men finish first)",
                    "vozer.fr (2025: women on Saturday 12 April, men Sunday 13 April, Challenge for amateurs)",
                    "Wikipedia: Vélodrome André-Pétrieux (address, finish since 1943 except 1986-1988, coordinates 50.6781, 3.2052)",
                    "2027 date extrapolated (second Sunday of April); whether both races stay on Sunday in 2027 is not known"],
    },
]


def _bethune_periods():
    """Cité de Noël de Béthune: daily hours, 24 December shortened (Father Christmas comes
    down the belfry), assumed closed on 25 December like the other markets of the region."""
    out = daily_periods(
        "2026-11-27", "2026-12-29",
        {0: ("14:30", "20:30"), 1: ("14:30", "20:30"), 2: ("14:30", "20:30"),
         3: ("14:30", "20:30"), 4: ("14:30", "21:30"), 5: ("11:00", "21:30"),
         6: ("11:00", "21:30")},
        exceptions={"2026-12-24": ("11:00", "18:00"), "2026-12-25": None},
        seed="cite-de-noel-bethune")
    for p in out:
        if p["start"] == "2026-12-24":
            p["details"] = details(
                "Vers 17 h 30, le Père Noël descend du beffroi en tyrolienne.",
                "Around 5.30 pm, Father Christmas comes down the belfry on a zip line.",
                "Rond 17.30 uur daalt de Kerstman met een tokkelbaan van het belfort af.",
                "Gegen 17.30 Uhr gleitet der Weihnachtsmann an einer Seilrutsche vom Belfried herab.")
    return out


EVENTS += [
    {
        "slug": "main-square-festival",
        "kind": "event",
        "types": EVENT + ["Festival", "Concert", "PointOfInterest"],
        "themes": ["music"],
        "town": "arras",
        "street": ["Citadelle d’Arras", "Boulevard du Général-de-Gaulle"],
        "postal_code": "62000",
        "geo": ("50.2825", "2.7592"),
        "updated": "2026-09-30",
        "platform": "2026-10-01T02:20:11.8Z",
        "title": {
            "fr": "Main Square Festival",
            "en": "Main Square Festival",
            "nl": "Main Square Festival",
            "de": "Main Square Festival",
        },
        "short": {
            "fr": "Le premier week-end de juillet, la citadelle Vauban d’Arras accueille trois jours de pop, rock, rap et électro sur plusieurs scènes.",
            "en": "On the first weekend of July, Vauban’s citadel in Arras hosts three days of pop, rock, rap and electronic music on several stages.",
            "nl": "Het eerste weekend van juli ontvangt de Vauban-citadel van Atrecht drie dagen pop, rock, rap en elektronische muziek op verschillende podia.",
            "de": "Am ersten Juliwochenende bietet die Vauban-Zitadelle von Arras drei Tage Pop, Rock, Rap und Elektro auf mehreren Bühnen.",
        },
        "long": {
            "fr": [
                "Né en 2004 sur la Grand’Place d’Arras, le Main Square Festival a déménagé en 2010 dans la citadelle construite par Vauban, inscrite au patrimoine mondial de l’UNESCO. Entre les remparts de brique et les pelouses des anciennes casernes, plusieurs scènes font se succéder têtes d’affiche internationales et artistes de la région. Les têtes d’affiche sont annoncées au fil de l’hiver et du printemps.",
                "Le festival est l’un des plus fréquentés de France, avec plusieurs dizaines de milliers de spectateurs chaque jour. Billets à la journée ou pass trois jours ; la citadelle est à une petite demi-heure à pied de la gare d’Arras. Réservez tôt, les pass partent vite.",
            ],
            "en": [
                "Born in 2004 on the Grand’Place in Arras, the Main Square Festival moved in 2010 to the citadel built by Vauban, a UNESCO World Heritage site. Between the brick ramparts and the lawns of the old barracks, several stages host a succession of international headliners and artists from the region. Headliners are announced through the winter and spring.",
                "It is one of the most popular festivals in France, drawing tens of thousands of people a day. Day tickets or three-day passes are on sale; the citadel is under half an hour’s walk from Arras station. Book early, as passes sell out fast.",
            ],
            "nl": [
                "Het Main Square Festival ontstond in 2004 op de Grand’Place van Atrecht en verhuisde in 2010 naar de citadel van Vauban, die op de UNESCO-werelderfgoedlijst staat. Tussen de bakstenen wallen en de grasvelden van de oude kazernes wisselen internationale topnamen en artiesten uit de regio elkaar af op verschillende podia. De topnamen worden in de loop van de winter en de lente bekendgemaakt.",
                "Het is een van de drukst bezochte festivals van Frankrijk, met tienduizenden bezoekers per dag. Er zijn dagtickets en driedagenpassen; de citadel ligt op nog geen halfuur lopen van het station van Atrecht. Reserveer op tijd, want de passen zijn snel uitverkocht.",
            ],
            "de": [
                "Das Main Square Festival begann 2004 auf der Grand’Place von Arras und zog 2010 in die von Vauban erbaute Zitadelle, die zum UNESCO-Welterbe gehört. Zwischen Backsteinwällen und den Rasenflächen der alten Kasernen wechseln sich auf mehreren Bühnen internationale Stars und Künstler aus der Region ab. Die Headliner werden im Lauf des Winters und Frühjahrs bekanntgegeben.",
                "Es gehört zu den meistbesuchten Festivals Frankreichs, mit Zehntausenden Besuchern pro Tag. Es gibt Tagestickets und Dreitagespässe; die Zitadelle liegt knapp eine halbe Stunde zu Fuß vom Bahnhof Arras entfernt. Früh buchen, die Pässe sind schnell vergriffen.",
            ],
        },
        "contact": {
            "name": "Main Square Festival (Live Nation)",
            "web": ["https://www.mainsquarefestival.fr/"],
        },
        "periods": [
            period("2027-07-02", "2027-07-04"),
            period("2026-07-03", "2026-07-05"),
        ],
        "art": {"poster": "e_stage", "text": "MAIN SQUARE", "subtitle": "FESTIVAL · ARRAS", "palette": "stage_night"},
        "sources": ["sortiraparis.com (2026 edition Friday 3 to Sunday 5 July at the citadel)",
                    "Le Figaro, grandlille.tv (created 2004 on the Grand’Place, citadel since 2010, stages, prices 2019)",
                    "2027 dates extrapolated (first weekend of July); the agreement with the city was announced until 2026 at least"],
    },
    {
        "slug": "journees-du-patrimoine-lille",
        "kind": "event",
        "types": EVENT + ["OpenDay", "PointOfInterest"],
        "themes": ["history", "architecture"],
        "town": "lille",
        "street": ["Hôtel de ville", "Place Augustin-Laurent"],
        "postal_code": "59000",
        "geo": ("50.6313", "3.0703"),
        "updated": "2026-10-06",
        "platform": "2026-10-07T02:48:55.02Z",
        "title": {
            "fr": "Journées européennes du patrimoine à Lille",
            "en": "European Heritage Days in Lille",
            "nl": "Europese Erfgoeddagen in Rijsel",
            "de": "Europäische Tage des Denkmals in Lille",
        },
        "short": {
            "fr": "Le troisième week-end de septembre, Lille ouvre gratuitement ses monuments, dont beaucoup de lieux habituellement fermés, de l’hôtel de ville à la préfecture.",
            "en": "On the third weekend of September, Lille opens its monuments free of charge, including many places usually closed, from the town hall to the prefecture.",
            "nl": "Het derde weekend van september opent Rijsel gratis zijn monumenten, ook veel plekken die normaal gesloten zijn, van het stadhuis tot de prefectuur.",
            "de": "Am dritten Septemberwochenende öffnet Lille kostenlos seine Baudenkmäler, darunter viele sonst verschlossene Orte, vom Rathaus bis zur Präfektur.",
        },
        "long": {
            "fr": [
                "Créées en France en 1984 et devenues européennes, les Journées du patrimoine invitent chaque année à pousser des portes d’ordinaire closes. À Lille, le programme réunit des dizaines de lieux : salons de l’hôtel de ville et de la préfecture, hôtels particuliers du Vieux-Lille, églises, ateliers, archives et bâtiments industriels reconvertis. Chaque édition suit un thème national qui oriente une partie des visites.",
                "Visites libres, visites guidées sur réservation, concerts et animations pour les enfants se succèdent du samedi matin au dimanche soir. Le programme détaillé paraît quelques semaines avant : repérez les visites à réserver, elles affichent vite complet. L’entrée est gratuite dans les monuments publics et souvent réduite ailleurs.",
            ],
            "en": [
                "Created in France in 1984 and later extended across Europe, the Heritage Days invite visitors every year to step through doors that are usually closed. In Lille the programme covers dozens of places: the state rooms of the town hall and the prefecture, the mansions of Old Lille, churches, workshops, archives and converted industrial buildings. Each edition follows a national theme that shapes part of the programme.",
                "Free visits, guided tours on booking, concerts and activities for children follow one another from Saturday morning to Sunday evening. The full programme is published a few weeks beforehand: look out for the tours that need booking, as they fill up quickly. Entry is free at public monuments and often reduced elsewhere.",
            ],
            "nl": [
                "De Erfgoeddagen ontstonden in 1984 in Frankrijk en werden later Europees; elk jaar openen ze deuren die normaal dicht blijven. In Rijsel omvat het programma tientallen plekken: de salons van het stadhuis en de prefectuur, herenhuizen in Oud-Rijsel, kerken, ateliers, archieven en herbestemde fabrieksgebouwen. Elke editie heeft een nationaal thema dat een deel van het programma bepaalt.",
                "Vrije bezoeken, rondleidingen op reservering, concerten en activiteiten voor kinderen wisselen elkaar af van zaterdagochtend tot zondagavond. Het volledige programma verschijnt enkele weken vooraf: let op de rondleidingen die je moet reserveren, want die zijn snel volgeboekt. De toegang is gratis in openbare monumenten en elders vaak verlaagd.",
            ],
            "de": [
                "Die Tage des Denkmals entstanden 1984 in Frankreich und wurden später europäisch; jedes Jahr öffnen sie Türen, die sonst verschlossen bleiben. In Lille umfasst das Programm Dutzende Orte: die Festsäle von Rathaus und Präfektur, Stadtpalais in Vieux-Lille, Kirchen, Werkstätten, Archive und umgenutzte Industriebauten. Jede Ausgabe steht unter einem landesweiten Motto, das einen Teil des Programms prägt.",
                "Freie Besichtigungen, Führungen mit Anmeldung, Konzerte und Kinderprogramme folgen von Samstagmorgen bis Sonntagabend aufeinander. Das ausführliche Programm erscheint einige Wochen vorher – Führungen mit Anmeldung sind schnell ausgebucht. In öffentlichen Baudenkmälern ist der Eintritt frei, anderswo oft ermäßigt.",
            ],
        },
        "contact": {
            "name": "Lille Tourisme",
            "phone": ["+33 3 59 57 94 00"],
            "web": ["https://journeesdupatrimoine.culture.gouv.fr/", "https://www.lilletourism.com/"],
        },
        "prices": FREE,
        # Third weekend of September.
        "periods": [
            period("2026-09-19", "2026-09-20"),
            period("2027-09-18", "2027-09-19", "10:00", "18:00"),
            period("2025-09-20", "2025-09-21"),
        ],
        "art": {"poster": "e_heritage", "text": "JOURNÉES DU PATRIMOINE", "subtitle": "LILLE",
                "palette": "heritage"},
        "sources": ["routard.com, opinionssur.com (third weekend of September; 21-22 September 2024)",
                    "lille.fr (Lille programme pages of the Journées européennes du patrimoine)",
                    "Dates computed from the third-weekend rule; 2027 opening hours indicative (they vary by venue)"],
    },
    {
        "slug": "nuit-des-musees-louvre-lens",
        "kind": "event",
        "types": EVENT + ["Exhibition", "PointOfInterest"],
        "themes": ["fine_arts", "family"],
        "town": "lens",
        "street": ["99 rue Paul-Bert"],
        "postal_code": "62300",
        "geo": ("50.4306", "2.8033"),
        "updated": "2026-06-02",
        "platform": "2026-06-03T01:44:38.91Z",
        "title": {
            "fr": "Nuit européenne des musées au Louvre-Lens",
            "en": "European Night of Museums at the Louvre-Lens",
            "nl": "Europese Museumnacht in het Louvre-Lens",
            "de": "Europäische Nacht der Museen im Louvre-Lens",
        },
        "short": {
            "fr": "Un samedi soir de mai, le Louvre-Lens reste ouvert tard et gratuitement : visites insolites, musique et médiation dans la Galerie du temps.",
            "en": "One Saturday evening in May, the Louvre-Lens stays open late and free of charge: unusual tours, music and talks in the Galerie du temps.",
            "nl": "Op een zaterdagavond in mei blijft het Louvre-Lens laat en gratis open: verrassende rondleidingen, muziek en uitleg in de Galerie du temps.",
            "de": "An einem Samstagabend im Mai bleibt das Louvre-Lens lange und kostenlos geöffnet: ungewöhnliche Führungen, Musik und Gespräche in der Galerie du temps.",
        },
        "long": {
            "fr": [
                "Depuis 2005, la Nuit européenne des musées ouvre gratuitement, le temps d’une soirée, des milliers de musées en France et en Europe. Au Louvre-Lens, le bâtiment de verre et d’aluminium posé sur un ancien carreau de mine se découvre à la tombée de la nuit, quand les vitrines de la Galerie du temps s’éclairent. Cette galerie de 120 mètres présente des œuvres du Louvre, de l’Antiquité au XIXe siècle.",
                "Le programme change chaque année : performances, concerts, lectures, visites flash et ateliers pour les familles, souvent imaginés avec des élèves de la région. Le parc, ses cavaliers et ses terrils voisins se prêtent à une promenade avant ou après la visite. Le programme détaillé est publié quelques semaines avant sur le site du musée.",
            ],
            "en": [
                "Since 2005, the European Night of Museums has opened thousands of museums in France and across Europe free of charge for one evening. At the Louvre-Lens, the glass and aluminium building set on a former colliery comes alive at nightfall, when the cases of the Galerie du temps light up. This 120-metre gallery displays works from the Louvre spanning antiquity to the 19th century.",
                "The programme changes every year, with performances, concerts, readings, short tours and family workshops, often devised with local school pupils. The park, with its paths and the slag heaps nearby, invites a walk before or after the visit. The detailed programme is published on the museum’s website a few weeks beforehand.",
            ],
            "nl": [
                "Sinds 2005 openen tijdens de Europese Museumnacht duizenden musea in Frankrijk en Europa één avond lang gratis hun deuren. In het Louvre-Lens, een gebouw van glas en aluminium op een voormalig mijnterrein, komt de Galerie du temps tot leven zodra het donker wordt en de vitrines oplichten. Die galerij van 120 meter toont werken uit het Louvre, van de oudheid tot de 19e eeuw.",
                "Het programma verandert elk jaar: performances, concerten, voorlezingen, korte rondleidingen en workshops voor gezinnen, vaak samen met scholieren uit de streek bedacht. Het park en de nabije terrils lenen zich voor een wandeling voor of na het bezoek. Het gedetailleerde programma verschijnt enkele weken vooraf op de website van het museum.",
            ],
            "de": [
                "Seit 2005 öffnen in der Europäischen Nacht der Museen Tausende Museen in Frankreich und Europa einen Abend lang kostenlos ihre Türen. Im Louvre-Lens, einem Bau aus Glas und Aluminium auf einer ehemaligen Zechenanlage, beginnt die Galerie du temps bei Einbruch der Dunkelheit zu leuchten. Die 120 Meter lange Galerie zeigt Werke des Louvre von der Antike bis ins 19. Jahrhundert.",
                "Das Programm wechselt jedes Jahr: Performances, Konzerte, Lesungen, Kurzführungen und Familienworkshops, oft gemeinsam mit Schülern aus der Region gestaltet. Der Park und die nahen Halden laden vor oder nach dem Besuch zu einem Spaziergang ein. Das genaue Programm erscheint einige Wochen vorher auf der Website des Museums.",
            ],
        },
        "contact": {
            "name": "Louvre-Lens",
            "phone": ["+33 3 21 18 62 62"],
            "web": ["https://www.louvrelens.fr/", "https://nuitdesmusees.culture.gouv.fr/"],
        },
        "prices": FREE,
        "periods": [
            period("2027-05-15", "2027-05-15", "19:00", None),
            period("2026-05-23", "2026-05-23", "19:00", None),
        ],
        "art": {"poster": "e_museum_night", "text": "NUIT DES MUSÉES", "subtitle": "LOUVRE-LENS",
                "palette": "museum_night"},
        "sources": ["unidivers.fr, sortiraparis.com (2026 edition: Saturday 23 May)",
                    "castagnere.com (created 2005, Saturday nearest 18 May, from sunset to 1 am)",
                    "2027 date extrapolated (Saturday 15 May, nearest to 18 May); Louvre-Lens evening programme and hours not yet published"],
    },
    {
        "slug": "fete-de-la-musique-lille",
        "kind": "event",
        "types": EVENT + ["Concert", "Festival", "PointOfInterest"],
        "themes": ["music", "family"],
        "town": "lille",
        "street": ["Place du Général-de-Gaulle (Grand’Place)", "Centre-ville"],
        "postal_code": "59000",
        "geo": ("50.6369", "3.0632"),
        "updated": "2026-06-24",
        "platform": "2026-06-25T02:06:52.337Z",
        "title": {
            "fr": "Fête de la musique à Lille",
            "en": "Fête de la Musique in Lille",
            "nl": "Fête de la Musique in Rijsel",
            "de": "Fête de la Musique in Lille",
        },
        "short": {
            "fr": "Le 21 juin, jour le plus long, Lille vibre jusque tard dans la nuit : fanfares, groupes amateurs, chorales et DJ dans les rues, les places et les bars.",
            "en": "On 21 June, the longest day, Lille buzzes late into the night: brass bands, amateur groups, choirs and DJs in the streets, squares and bars.",
            "nl": "Op 21 juni, de langste dag, bruist Rijsel tot diep in de nacht: fanfares, amateurbands, koren en dj’s in de straten, op de pleinen en in de cafés.",
            "de": "Am 21. Juni, dem längsten Tag, pulsiert Lille bis tief in die Nacht: Blaskapellen, Amateurbands, Chöre und DJs in Straßen, auf Plätzen und in Bars.",
        },
        "long": {
            "fr": [
                "Lancée en 1982, la Fête de la musique invite musiciens amateurs et professionnels à jouer gratuitement dans l’espace public le soir du solstice d’été. À Lille, la fête se répand de la Grand’Place au Vieux-Lille, de Wazemmes à la rue Masséna, sur des scènes officielles comme au coin des rues. Toutes les prestations sont gratuites pour le public.",
                "Rock, jazz, musiques du monde, chorales et fanfares se croisent à quelques mètres les uns des autres : le plus simple est de flâner et de s’arrêter là où la musique plaît. Le centre-ville, compact, se parcourt facilement à pied d’une scène à l’autre. Les bars et les associations de quartier installent aussi leurs propres scènes.",
            ],
            "en": [
                "Launched in 1982, the Fête de la Musique invites amateur and professional musicians to play for free in public spaces on the evening of the summer solstice. In Lille the party spreads from the Grand’Place to Old Lille and from Wazemmes to rue Masséna, on official stages and on street corners alike. Every performance is free for the public.",
                "Rock, jazz, world music, choirs and brass bands play a few metres apart: the easiest way is to wander and stop wherever the music takes your fancy. The compact city centre is easy to explore on foot from one stage to the next. Bars and neighbourhood associations set up stages of their own too.",
            ],
            "nl": [
                "De Fête de la Musique bestaat sinds 1982 en nodigt amateur- en beroepsmuzikanten uit om op de avond van de zomerzonnewende gratis in de openbare ruimte te spelen. In Rijsel verspreidt het feest zich van de Grand’Place tot Oud-Rijsel en van Wazemmes tot de rue Masséna, op officiële podia en op straathoeken. Alle optredens zijn gratis voor het publiek.",
                "Rock, jazz, wereldmuziek, koren en fanfares spelen op een paar meter van elkaar: slenter gewoon rond en blijf staan waar de muziek je bevalt. Het compacte centrum is makkelijk te voet te verkennen, van podium naar podium. Ook cafés en buurtverenigingen zetten hun eigen podia op.",
            ],
            "de": [
                "Die 1982 ins Leben gerufene Fête de la Musique lädt Amateur- und Berufsmusiker ein, am Abend der Sommersonnenwende kostenlos im öffentlichen Raum zu spielen. In Lille breitet sich das Fest von der Grand’Place bis Vieux-Lille und von Wazemmes bis zur Rue Masséna aus, auf offiziellen Bühnen wie an Straßenecken. Alle Auftritte sind für das Publikum kostenlos.",
                "Rock, Jazz, Weltmusik, Chöre und Blaskapellen spielen nur wenige Meter voneinander entfernt: Am besten lässt man sich treiben und bleibt stehen, wo die Musik gefällt. Die kompakte Innenstadt lässt sich bequem zu Fuß von Bühne zu Bühne erkunden. Auch Bars und Stadtteilvereine bauen eigene Bühnen auf.",
            ],
        },
        "contact": {
            "name": "Lille Tourisme",
            "phone": ["+33 3 59 57 94 00"],
            "web": ["https://fetedelamusique.culture.gouv.fr/", "https://www.lilletourism.com/"],
        },
        "prices": FREE,
        "periods": [
            period("2027-06-21", "2027-06-21", "18:00", None),
            period("2025-06-21"),
            period("2026-06-21", "2026-06-21", "18:00", None),
        ],
        "art": {"poster": "e_stage", "text": "FÊTE DE LA MUSIQUE", "subtitle": "LILLE · 21 JUIN",
                "palette": "stage_summer"},
        "sources": ["Ministère de la Culture (Fête de la musique on 21 June every year since 1982)",
                    "lille.fr (programme in the city centre and districts)",
                    "Start times indicative: concerts run from late afternoon into the night"],
    },
    {
        "slug": "cite-de-noel-bethune",
        "kind": "event",
        "types": EVENT + ["Market", "SaleEvent", "schema:SaleEvent", "ChildrensEvent", "PointOfInterest"],
        "themes": ["christmas", "family"],
        "town": "bethune",
        "street": ["Grand-Place"],
        "postal_code": "62400",
        "geo": ("50.5300", "2.6403"),
        "updated": "2026-11-12",
        "platform": "2026-11-13T02:52:16.37Z",
        "title": {
            "fr": "Cité de Noël de Béthune",
            "en": "Béthune Christmas Town",
            "nl": "Kerststad van Béthune",
            "de": "Weihnachtsstadt Béthune",
        },
        "short": {
            "fr": "Sur la Grand-Place Art déco de Béthune, au pied du beffroi, chalets, manèges et patinoire font la Cité de Noël, jusqu’à la descente du Père Noël le 24 décembre.",
            "en": "On Béthune’s Art Deco Grand-Place, at the foot of the belfry, chalets, rides and an ice rink make up the Christmas Town, until Father Christmas comes down on 24 December.",
            "nl": "Op de Grand-Place van Béthune, in art-decostijl en aan de voet van het belfort, vormen chalets, attracties en een schaatsbaan de Kerststad, tot de Kerstman op 24 december naar beneden komt.",
            "de": "Auf der Art-déco-Grand-Place von Béthune, zu Füßen des Belfrieds, bilden Hütten, Karussells und eine Eisbahn die Weihnachtsstadt – bis zum Abstieg des Weihnachtsmanns am 24. Dezember.",
        },
        "long": {
            "fr": [
                "Chaque hiver, la Grand-Place de Béthune, reconstruite dans le style Art déco après la Première Guerre mondiale, accueille une cinquantaine de chalets d’artisans et de producteurs de la région. Le beffroi du XIVe siècle, inscrit au patrimoine mondial de l’UNESCO, veille sur le manège-sapin, le carrousel, la grande roue et la piste de glisse. À la nuit tombée, les façades et le beffroi s’illuminent.",
                "Saint Nicolas rend visite aux enfants début décembre, la maison du Père Noël s’installe dans les salons de l’hôtel de ville, et le 24 décembre en fin d’après-midi le Père Noël descend du beffroi en tyrolienne, suivi d’une distribution de friandises. Le marché est ouvert tous les jours, l’après-midi en semaine et dès 11 h le week-end. Le 24 décembre, le marché ferme plus tôt, vers 18 h.",
            ],
            "en": [
                "Every winter, Béthune’s Grand-Place, rebuilt in the Art Deco style after the First World War, hosts some fifty chalets of craftspeople and producers from the region. The 14th-century belfry, a UNESCO World Heritage site, watches over the Christmas-tree ride, the carousel, the big wheel and the skating rink. At nightfall the façades and the belfry light up.",
                "Saint Nicholas visits the children in early December, Father Christmas’s house opens in the reception rooms of the town hall, and late in the afternoon of 24 December Father Christmas comes down the belfry on a zip line before handing out sweets. The market opens every day, in the afternoon on weekdays and from 11 am at weekends. On 24 December the market closes early, around 6 pm.",
            ],
            "nl": [
                "Elke winter verwelkomt de Grand-Place van Béthune, na de Eerste Wereldoorlog in art-decostijl herbouwd, een vijftigtal chalets van ambachtslieden en producenten uit de streek. Het 14e-eeuwse belfort, UNESCO-werelderfgoed, waakt over de kerstboommolen, de draaimolen, het reuzenrad en de schaatsbaan. Bij het vallen van de avond lichten de gevels en het belfort op.",
                "Sinterklaas bezoekt de kinderen begin december, het huis van de Kerstman komt in de salons van het stadhuis, en op 24 december laat in de middag daalt de Kerstman met een tokkelbaan van het belfort af, gevolgd door het uitdelen van snoep. De markt is elke dag open, doordeweeks ’s middags en in het weekend vanaf 11 uur. Op 24 december sluit de markt vroeger, rond 18 uur.",
            ],
            "de": [
                "Jeden Winter empfängt die Grand-Place von Béthune, nach dem Ersten Weltkrieg im Art-déco-Stil wiederaufgebaut, rund fünfzig Hütten von Kunsthandwerkern und Erzeugern aus der Region. Der Belfried aus dem 14. Jahrhundert, UNESCO-Welterbe, wacht über das Tannenbaum-Karussell, die Pferdchen, das Riesenrad und die Eisbahn. Bei Einbruch der Dunkelheit leuchten die Fassaden und der Belfried auf.",
                "Anfang Dezember besucht der Nikolaus die Kinder, das Haus des Weihnachtsmanns zieht in die Festsäle des Rathauses, und am späten Nachmittag des 24. Dezember gleitet der Weihnachtsmann an einer Seilrutsche vom Belfried herab und verteilt Süßigkeiten. Der Markt ist täglich geöffnet, werktags nachmittags und am Wochenende ab 11 Uhr. Am 24. Dezember schließt er früher, gegen 18 Uhr.",
            ],
        },
        "contact": {
            "name": "Ville de Béthune",
            "web": ["https://www.bethune.fr/"],
        },
        "prices": FREE,
        "periods": _bethune_periods(),
        "art": {"poster": "christmas", "text": "CITÉ DE NOËL", "subtitle": "BÉTHUNE",
                "palette": "christmas_green", "landmark": "belfry"},
        "sources": ["bethune.fr (2024 edition: 29 November-29 December, Mon-Thu 2.30-8.30 pm, Fri 2.30-9.30 pm, Sat-Sun 11 am-9.30 pm, 24 December 11 am-6 pm; Saint Nicholas, Father Christmas’s house, descent from the belfry)",
                    "horizonactu.fr (descent from the belfry at 5.30 pm on 24 December; rides), de.dayfr.com (about fifty chalets)",
                    "2026 dates extrapolated (last Friday of November to 29 December); closure on 25 December assumed"],
    },
    {
        "slug": "village-de-noel-valenciennes",
        "kind": "event",
        "types": EVENT + ["Market", "SaleEvent", "schema:SaleEvent", "PointOfInterest"],
        "themes": ["christmas", "family"],
        "town": "valenciennes",
        "street": ["Place d’Armes"],
        "postal_code": "59300",
        "geo": ("50.3581", "3.5233"),
        "updated": "2026-11-10",
        "platform": "2026-11-11T02:31:40.5Z",
        "title": {
            "fr": "Village de Noël de Valenciennes",
            "en": "Valenciennes Christmas Village",
            "nl": "Kerstdorp van Valenciennes",
        },
        "short": {
            "fr": "Place d’Armes, devant l’hôtel de ville sculpté par Carpeaux, les chalets du village de Noël, la grande roue et les manèges animent Valenciennes jusqu’au réveillon.",
            "en": "On the Place d’Armes, in front of the town hall sculpted by Carpeaux, the chalets of the Christmas village, the big wheel and the rides liven up Valenciennes until Christmas Eve.",
            "nl": "Op de Place d’Armes, voor het stadhuis met beeldhouwwerk van Carpeaux, brengen de chalets van het kerstdorp, het reuzenrad en de draaimolens Valenciennes tot kerstavond tot leven.",
        },
        "long": {
            "fr": [
                "Chaque fin d’année, la place d’Armes de Valenciennes se couvre de chalets regroupés par thèmes : artisanat, décorations, gourmandises, vin chaud et churros. La façade de l’hôtel de ville, dont le fronton est l’œuvre du sculpteur valenciennois Jean-Baptiste Carpeaux, sert de toile de fond aux illuminations. Les chalets restent ouverts jusqu’au soir, plus tard les vendredis et samedis.",
                "La grande roue tourne place du Commerce, un manège enfantin attend les plus petits place du Marché-aux-Herbes, et le carrousel et le sapin enchanté trônent place d’Armes. Saint Nicolas défile début décembre avec son âne, et le Père Noël reçoit les enfants les mercredis et les week-ends. Le village ferme le 24 décembre en fin d’après-midi.",
            ],
            "en": [
                "Every year-end, the Place d’Armes in Valenciennes fills with chalets grouped by theme: crafts, decorations, treats, mulled wine and churros. The façade of the town hall, whose pediment is the work of Valenciennes-born sculptor Jean-Baptiste Carpeaux, provides a backdrop for the lights. The chalets stay open into the evening, later on Fridays and Saturdays.",
                "The big wheel turns on Place du Commerce, a children’s merry-go-round waits on Place du Marché-aux-Herbes, and the carousel and the enchanted tree stand on the Place d’Armes. Saint Nicholas parades with his donkey in early December, and Father Christmas meets children on Wednesdays and at weekends. The village closes late in the afternoon of 24 December.",
            ],
            "nl": [
                "Elk jaareinde staat de Place d’Armes van Valenciennes vol chalets, per thema gegroepeerd: ambachten, versiering, lekkernijen, glühwein en churros. De gevel van het stadhuis, waarvan het fronton gemaakt is door de Valenciennese beeldhouwer Jean-Baptiste Carpeaux, vormt het decor voor de verlichting. De chalets blijven open tot de avond, op vrijdag en zaterdag langer.",
                "Het reuzenrad draait op de Place du Commerce, een kindermolen wacht op de kleintjes op de Place du Marché-aux-Herbes, en de draaimolen en de betoverde kerstboom staan op de Place d’Armes. Sinterklaas trekt begin december met zijn ezel door de stad, en de Kerstman ontvangt kinderen op woensdag en in het weekend. Het dorp sluit op 24 december aan het eind van de middag.",
            ],
        },
        "contact": {
            "name": "Ville de Valenciennes",
            "web": ["https://www.valenciennes.fr/"],
        },
        "prices": FREE,
        "periods": [
            period("2026-11-27", "2026-12-24", None, None,
                   {"fr": "Du dimanche au jeudi de 11 h à 20 h, vendredi et samedi de 11 h à 21 h 30 ; le 24 décembre jusqu’à 18 h.",
                    "en": "Sunday to Thursday 11 am to 8 pm, Friday and Saturday 11 am to 9.30 pm; on 24 December until 6 pm.",
                    "nl": "Zondag tot donderdag van 11 tot 20 uur, vrijdag en zaterdag van 11 tot 21.30 uur; op 24 december tot 18 uur."}),
            period("2024-11-29", "2024-12-24"),
        ],
        "art": {"poster": "christmas_tall", "text": "VILLAGE DE NOËL", "subtitle": "VALENCIENNES",
                "palette": "christmas_night", "landmark": "town_hall"},
        "sources": ["scaldis.fr (2024 edition 29 November-24 December, hours, big wheel place du Commerce, Saint Nicholas parade, Father Christmas on Wednesdays)",
                    "pagtour.info (chalets grouped by theme on the Place d’Armes); Carpeaux pediment: town hall of Valenciennes",
                    "2026 dates extrapolated (last Friday of November to 24 December)"],
    },
]


EVENTS += [
    {
        "slug": "carnaval-de-bailleul",
        "kind": "event",
        "types": EVENT + ["Carnival", "Parade", "PointOfInterest"],
        "themes": ["folklore"],
        "town": "bailleul",
        "street": ["Grand-Place", "Hôtel de ville"],
        "postal_code": "59270",
        "geo": ("50.7389", "2.7353"),
        "updated": "2026-11-09",
        "platform": "2026-11-10T02:14:58.66Z",
        "title": {
            "fr": "Carnaval de Bailleul",
            "en": "Bailleul Carnival",
            "nl": "Carnaval van Belle",
            "de": "Karneval von Bailleul",
        },
        "short": {
            "fr": "Cinq jours de fête autour du mardi gras, avec le géant Gargantua, ses marmitons et les opérations burlesques du docteur Piccolissimo.",
            "en": "Five days of celebration around Shrove Tuesday, with the giant Gargantua, his kitchen boys and the slapstick operations of Doctor Piccolissimo.",
            "nl": "Vijf dagen feest rond vastenavond, met de reus Gargantua, zijn koksmaatjes en de kluchtige operaties van dokter Piccolissimo.",
            "de": "Fünf Tage Fest rund um Fastnacht mit dem Riesen Gargantua, seinen Küchenjungen und den derben Operationen des Doktor Piccolissimo.",
        },
        "long": {
            "fr": [
                "Organisé depuis 1853 par la Société philanthropique, qui récoltait alors des fonds pour les plus pauvres, le carnaval de Bailleul est l’un des plus anciens de Flandre. Son héros est Gargantua, géant assis sur son char, dont la version actuelle date des années 1960, après la destruction des précédents par les guerres et un incendie.",
                "Le vendredi soir, un cortège nocturne lance les festivités ; le dimanche, les chars fleuris des sociétés locales défilent sous les confettis ; le lundi soir, les masques rivalisent d’« intrigues » dans les rues. Le mardi gras, le docteur Piccolissimo est reçu à la mairie, suit le grand cortège avec Gargantua et ses marmitons, puis « opère » en public à la scie et à la hache les malades atteints de sinistrose. Le carnaval se clôt par la rentrée de Gargantua dans ses quartiers.",
            ],
            "en": [
                "Organised since 1853 by the Société philanthropique, which then raised funds for the poor, the Bailleul carnival is one of the oldest in Flanders. Its hero is Gargantua, a giant seated on his float; the present one dates from the 1960s, after earlier giants were lost to the wars and a fire.",
                "On Friday evening a night procession opens the festivities; on Sunday the flower-decked floats of local societies parade under showers of confetti; on Monday evening masked revellers tease passers-by with their “intrigues”. On Shrove Tuesday Doctor Piccolissimo is welcomed at the town hall, follows the grand procession with Gargantua and his kitchen boys, then “operates” in public, with saw and axe, on patients suffering from gloom. The carnival ends with Gargantua’s return to his quarters.",
            ],
            "nl": [
                "Het carnaval van Belle wordt sinds 1853 georganiseerd door de Société philanthropique, die toen geld inzamelde voor de armsten, en is een van de oudste van Vlaanderen. De held is Gargantua, een reus die op zijn praalwagen zit; de huidige dateert uit de jaren 1960, nadat zijn voorgangers door oorlogen en een brand verloren gingen.",
                "Vrijdagavond opent een nachtelijke stoet de feesten; zondag trekken de bloemenwagens van de plaatselijke verenigingen onder een regen van confetti voorbij; maandagavond plagen gemaskerde feestvierders de voorbijgangers met hun ‘intriges’. Op vastenavond wordt dokter Piccolissimo ontvangen op het stadhuis, volgt hij de grote stoet met Gargantua en zijn koksmaatjes en ‘opereert’ hij daarna in het openbaar, met zaag en bijl, patiënten die aan somberheid lijden. Het carnaval eindigt met de terugkeer van Gargantua naar zijn onderkomen.",
            ],
            "de": [
                "Der Karneval von Bailleul wird seit 1853 von der Société philanthropique organisiert, die damals Geld für die Ärmsten sammelte, und ist einer der ältesten Flanderns. Sein Held ist Gargantua, ein Riese, der auf seinem Wagen thront; der heutige stammt aus den 1960er-Jahren, nachdem seine Vorgänger Kriegen und einem Brand zum Opfer gefallen waren.",
                "Am Freitagabend eröffnet ein nächtlicher Umzug die Feiern, am Sonntag ziehen die Blumenwagen der örtlichen Vereine im Konfettiregen vorbei, und am Montagabend necken Maskierte die Passanten mit ihren „Intrigen“. Am Fastnachtsdienstag wird Doktor Piccolissimo im Rathaus empfangen, begleitet den großen Umzug mit Gargantua und seinen Küchenjungen und „operiert“ anschließend öffentlich mit Säge und Axt Patienten, die an Trübsinn leiden. Der Karneval endet mit Gargantuas Rückkehr in sein Quartier.",
            ],
        },
        "contact": {
            "name": "Ville de Bailleul",
            "web": ["https://www.ville-bailleul.fr/"],
        },
        "prices": FREE,
        # Around Shrove Tuesday: 17 February 2026, 9 February 2027.
        "periods": [
            period("2027-02-09", details=details(
                "Mardi gras : accueil du docteur Piccolissimo à la mairie le matin, grand cortège avec Gargantua l’après-midi, opérations en public en fin de journée.",
                "Shrove Tuesday: Doctor Piccolissimo welcomed at the town hall in the morning, grand procession with Gargantua in the afternoon, public operations at the end of the day.",
                "Vastenavond: ontvangst van dokter Piccolissimo op het stadhuis in de ochtend, grote stoet met Gargantua in de middag, operaties in het openbaar aan het eind van de dag.",
                "Fastnachtsdienstag: Empfang des Doktor Piccolissimo im Rathaus am Morgen, großer Umzug mit Gargantua am Nachmittag, öffentliche Operationen am Abend.")),
            period("2026-02-13", "2026-02-17"),
            period("2027-02-07", details=details(
                "Cortège carnavalesque des chars et de Gargantua.", "Carnival procession of floats with Gargantua.",
                "Carnavalsstoet met praalwagens en Gargantua.", "Karnevalsumzug der Wagen mit Gargantua.")),
            period("2027-02-05", details=details(
                "Cortège nocturne d’ouverture.", "Opening night procession.",
                "Nachtelijke openingsstoet.", "Nächtlicher Eröffnungsumzug.")),
            period("2027-02-08", details=details(
                "Concours de masques et d’intrigues en soirée.", "Mask and “intrigue” contest in the evening.",
                "Masker- en intrigewedstrijd ’s avonds.", "Masken- und „Intrigen“-Wettbewerb am Abend.")),
        ],
        "art": {"poster": "carnival", "text": "CARNAVAL DE BAILLEUL", "lines": ["CARNAVAL", "DE BAILLEUL"],
                "palette": "bailleul", "float": "gargantua"},
        "sources": ["fr-academic / Wikipedia: Carnaval de Bailleul (five days, Friday night procession, Sunday floats, Monday masks, Shrove Tuesday procession and Dr Piccolissimo)",
                    "Delta FM, France 3, terre-de-geants.fr (Société philanthropique since 1853; Gargantua IV of 1962-1965); coordinates: belfry on the Grand-Place",
                    "2027 days computed from Shrove Tuesday (9 February 2027); hours of the 2027 programme not yet published",
                    "Review: the tune 'Gargantua Galaffre' was not in the sources and was removed"],
    },
    {
        "slug": "fete-de-l-andouille-aire-sur-la-lys",
        "kind": "event",
        "types": EVENT + ["Festival", "PointOfInterest"],
        "themes": ["folklore", "gastronomy"],
        "town": "aire-sur-la-lys",
        "street": ["Grand’Place", "Le Bailliage"],
        "postal_code": "62120",
        "geo": ("50.6385", "2.3962"),
        "updated": "2026-09-14",
        "platform": "2026-09-15T02:27:33.9Z",
        "title": {
            "fr": "Fête de l’andouille d’Aire-sur-la-Lys",
            "en": "Aire-sur-la-Lys Andouille Festival",
            "nl": "Andouillefeest van Aire-sur-la-Lys",
            "de": "Andouille-Fest in Aire-sur-la-Lys",
        },
        "short": {
            "fr": "Le premier week-end de septembre, Aire-sur-la-Lys fête son andouille : défilés, gala de catch, feu d’artifice et jet d’andouilles depuis la bretèche du Bailliage.",
            "en": "On the first weekend of September, Aire-sur-la-Lys celebrates its andouille sausage: parades, a wrestling gala, fireworks and sausages thrown from the balcony of the Bailliage.",
            "nl": "Het eerste weekend van september viert Aire-sur-la-Lys zijn andouille: optochten, een catchgala, vuurwerk en worsten die van het balkon van de Bailliage worden gegooid.",
            "de": "Am ersten Septemberwochenende feiert Aire-sur-la-Lys seine Andouille: Umzüge, eine Catch-Gala, Feuerwerk und Würste, die vom Erker des Bailliage geworfen werden.",
        },
        "long": {
            "fr": [
                "Depuis plus de soixante ans, la Fête de l’andouille ouvre la rentrée dans cette petite ville de la Lys aux riches façades baroques. La charcuterie locale, fumée et savoureuse, est à l’honneur sur les étals, et le moment le plus attendu reste le jet d’andouilles lancé du haut de la bretèche du Bailliage, élégant corps de garde Renaissance de 1600 qui abrite aujourd’hui l’office de tourisme. Ceux qui attrapent une andouille au vol la gardent en souvenir.",
                "Le samedi soir, le gala de catch et le feu d’artifice rassemblent les familles ; le dimanche, cortège, marché du terroir et concert sur la Grand’Place prolongent la fête. L’occasion de découvrir aussi la collégiale Saint-Pierre et l’hôtel de ville du XVIIIe siècle. Les animations de plein air sont gratuites.",
            ],
            "en": [
                "For more than sixty years the Andouille Festival has marked the end of the summer holidays in this small town on the Lys, with its richly decorated Baroque façades. The local smoked sausage takes pride of place on the stalls, and the most awaited moment is the andouille throw from the balcony of the Bailliage, an elegant Renaissance guardhouse of 1600 that now houses the tourist office. Anyone who catches a flying sausage gets to keep it.",
                "On Saturday evening the wrestling gala and fireworks bring families together; on Sunday a procession, a local produce market and a concert on the Grand’Place carry on the party. It is also a chance to discover the collegiate church of Saint-Pierre and the 18th-century town hall. The outdoor events are free.",
            ],
            "nl": [
                "Al meer dan zestig jaar luidt het Andouillefeest het nieuwe schooljaar in, in dit stadje aan de Leie met zijn rijk versierde barokgevels. De gerookte plaatselijke worst staat centraal op de kramen, en het meest verwachte moment is het werpen van andouilles vanaf het balkon van de Bailliage, een sierlijk renaissancewachthuis uit 1600 waarin nu het toeristenbureau zit. Wie een vliegende worst vangt, mag hem houden.",
                "Zaterdagavond brengen het catchgala en het vuurwerk gezinnen samen; op zondag zetten een stoet, een streekmarkt en een concert op de Grand’Place het feest voort. Een mooie gelegenheid om ook de collegiale Sint-Pieterskerk en het 18e-eeuwse stadhuis te ontdekken. De openluchtactiviteiten zijn gratis.",
            ],
            "de": [
                "Seit mehr als sechzig Jahren läutet das Andouille-Fest in diesem Städtchen an der Lys mit seinen prächtigen Barockfassaden das Ende der Sommerferien ein. Die geräucherte Wurst aus der Gegend steht im Mittelpunkt der Stände, und der Höhepunkt ist der Andouille-Wurf vom Erker des Bailliage, einer eleganten Renaissance-Wache von 1600, in der heute das Fremdenverkehrsamt sitzt. Wer eine der fliegenden Würste fängt, darf sie behalten.",
                "Am Samstagabend versammeln eine Catch-Gala und ein Feuerwerk die Familien, am Sonntag setzen ein Umzug, ein Bauernmarkt und ein Konzert auf der Grand’Place das Fest fort. Eine gute Gelegenheit, auch die Stiftskirche Saint-Pierre und das Rathaus aus dem 18. Jahrhundert zu entdecken.",
            ],
        },
        "contact": {
            "name": "Ville d’Aire-sur-la-Lys",
            "web": ["https://www.ville-airesurlalys.fr/"],
        },
        "prices": FREE,
        # First weekend of September (6-7 September 2025, 63rd edition).
        "periods": [
            period("2026-09-05", "2026-09-06"),
            period("2027-09-04", "2027-09-04", "15:00", "23:00",
                   details("Animations l’après-midi, gala de catch à 20 h 30, feu d’artifice à 22 h 30.",
                           "Activities in the afternoon, wrestling gala at 8.30 pm, fireworks at 10.30 pm.",
                           "Activiteiten in de namiddag, catchgala om 20.30 uur, vuurwerk om 22.30 uur.",
                           "Nachmittags Programm, Catch-Gala um 20.30 Uhr, Feuerwerk um 22.30 Uhr.")),
            period("2025-09-06", "2025-09-07", None, None,
                   details("63e édition.", "63rd edition.", "63e editie.", "63. Ausgabe.")),
            period("2027-09-05", details=details(
                "Défilé, jet d’andouilles depuis la bretèche du Bailliage, concert le soir sur la Grand’Place.",
                "Parade, andouille throw from the Bailliage balcony, evening concert on the Grand’Place.",
                "Optocht, andouillewerpen vanaf het balkon van de Bailliage, ’s avonds concert op de Grand’Place.",
                "Umzug, Andouille-Wurf vom Erker des Bailliage, abends Konzert auf der Grand’Place.")),
        ],
        "art": {"poster": "e_throw", "text": "FÊTE DE L’ANDOUILLE", "subtitle": "AIRE-SUR-LA-LYS",
                "palette": "andouille", "object": "andouille", "building": "bailliage"},
        "sources": ["Delta FM (63rd edition, 6-7 September 2025: Saturday colour run, 8.30 pm wrestling gala, 10.30 pm fireworks; Sunday concert on the Grand’Place)",
                    "Gazette Nord-Pas-de-Calais (andouille thrown from the bretèche of the Bailliage), museedupatrimoine.fr (Bailliage of 1600, tourist office)",
                    "2026 and 2027 dates computed from the first-weekend rule; 2027 times copied from 2025"],
    },
    {
        "slug": "fete-du-hareng-roi-etaples",
        "kind": "event",
        "types": EVENT + ["Festival", "PointOfInterest"],
        "themes": ["gastronomy", "sea", "folklore"],
        "town": "etaples",
        "street": ["Port de pêche", "Boulevard Bigot-Descelers"],
        "postal_code": "62630",
        "geo": ("50.5178", "1.6385"),
        "updated": "2026-11-02",
        "platform": "2026-11-03T02:59:01.18Z",
        "title": {
            "fr": "Fête du Hareng Roi d’Étaples",
            "en": "Herring King Festival, Étaples",
            "nl": "Feest van de Haringkoning in Étaples",
            "de": "Fest des Heringskönigs in Étaples",
        },
        "short": {
            "fr": "Un week-end de novembre, le port d’Étaples sent le hareng grillé : dégustations, chants de marins et costumes traditionnels de la Cité des pêcheurs.",
            "en": "One weekend in November, the port of Étaples smells of grilled herring: tastings, sea shanties and the traditional costumes of the fishermen’s town.",
            "nl": "Een weekend in november ruikt de haven van Étaples naar gegrilde haring: proeverijen, zeemansliederen en de traditionele kledij van de vissersstad.",
            "de": "An einem Novemberwochenende duftet der Hafen von Étaples nach gegrilltem Hering: Verkostungen, Seemannslieder und die Trachten der Fischerstadt.",
        },
        "long": {
            "fr": [
                "En novembre, le hareng descend la mer du Nord et passe au large de la Côte d’Opale : c’était autrefois la grande moisson des marins étaplois. La fête du Hareng Roi, organisée par l’ensemble folklorique Les Bons Z’Enfants d’Étaples, fait revivre ces retours de pêche, quand on célébrait les prises miraculeuses en dansant sur le port. Le hareng y porte des noms locaux : gendarme, kipper, bouffi ou craquelot.",
                "Autour des braseros, des dizaines de bénévoles grillent des milliers de harengs offerts par la coopérative maritime ; on les déguste aussi fumés, marinés ou en soupe, avec un morceau de pain. Les Étaplois ressortent casquettes, vareuses, coiffes et longues robes, et les groupes de musique de mer se succèdent tout le week-end. Contes de mer, ateliers et artisanat du port complètent le programme.",
            ],
            "en": [
                "In November the herring move south through the North Sea and pass off the Opal Coast: this was once the great harvest of the Étaples fishermen. The Herring King festival, run by the folk group Les Bons Z’Enfants d’Étaples, brings back those homecomings, when miraculous catches were celebrated with dancing on the quays. Local names for herring abound: gendarme, kipper, bouffi or craquelot.",
                "Around the braziers, dozens of volunteers grill thousands of herrings donated by the fishermen’s cooperative; they are also served smoked, marinated or as soup, with a chunk of bread. People bring out their caps, smocks, bonnets and long dresses, and sea-music groups play all weekend long. Sea tales, workshops and harbour crafts round off the programme.",
            ],
            "nl": [
                "In november trekt de haring door de Noordzee naar het zuiden, langs de Opaalkust: vroeger was dat de grote oogst van de vissers van Étaples. Het feest van de Haringkoning, georganiseerd door de folkloregroep Les Bons Z’Enfants d’Étaples, brengt die thuiskomsten weer tot leven, toen wonderbaarlijke vangsten met dansen op de kade werden gevierd. De haring heeft er plaatselijke namen: gendarme, kipper, bouffi of craquelot.",
                "Rond de vuurkorven grillen tientallen vrijwilligers duizenden haringen die de visserscoöperatie schenkt; je proeft ze ook gerookt, gemarineerd of als soep, met een stuk brood. De inwoners halen petten, kielen, kapjes en lange jurken tevoorschijn, en het hele weekend spelen groepen met zeemansmuziek. Zeeverhalen, workshops en ambachten van de haven maken het programma compleet.",
            ],
            "de": [
                "Im November zieht der Hering durch die Nordsee nach Süden und an der Opalküste vorbei – einst die große Ernte der Fischer von Étaples. Das Fest des Heringskönigs, ausgerichtet von der Folkloregruppe Les Bons Z’Enfants d’Étaples, lässt die Heimkehr der Boote wieder aufleben, als reiche Fänge mit Tanz am Kai gefeiert wurden. Der Hering trägt hier Namen wie Gendarme, Kipper, Bouffi oder Craquelot.",
                "An den Feuerkörben grillen Dutzende Freiwillige Tausende Heringe, die die Fischereigenossenschaft spendet; es gibt sie auch geräuchert, mariniert oder als Suppe, mit einem Stück Brot. Die Einheimischen holen Mützen, Kittel, Hauben und lange Kleider hervor, und das ganze Wochenende spielen Gruppen mit Seemannsmusik. Seegeschichten, Werkstätten und Handwerk aus dem Hafen runden das Programm ab.",
            ],
        },
        "contact": {
            "name": "Office de tourisme d’Étaples-sur-Mer",
            "web": ["https://www.etaples-sur-mer.fr/"],
        },
        "prices": FREE,
        "periods": [
            period("2026-11-22", "2026-11-22", "10:00", "18:00"),
            period("2027-11-20", "2027-11-20", "10:00", "21:00"),
            period("2023-11-18", "2023-11-19", None, None,
                   details("29e édition.", "29th edition.", "29e editie.", "29. Ausgabe.")),
            period("2026-11-21", "2026-11-21", "10:00", "21:00"),
            period("2027-11-21", "2027-11-21", "10:00", "18:00"),
        ],
        "art": {"poster": "e_herring", "text": "HARENG ROI", "subtitle": "ÉTAPLES-SUR-MER", "palette": "herring"},
        "sources": ["gastronomy.hautsdefrance.fr, tendancesandco.fr (29th edition 18-19 November 2023, Les Bons Z’Enfants, costumes)",
                    "oukankoi.fr (hours: Saturday 10 am-9 pm, Sunday 10 am-6 pm), destinationcotedopale.com (herring donated by the Coopérative maritime étaploise)",
                    "2026 and 2027 dates extrapolated (third weekend of November); port coordinates approximate"],
    },
    {
        "slug": "fete-du-hareng-boulogne",
        "kind": "event",
        "types": EVENT + ["Festival", "PointOfInterest"],
        "themes": ["gastronomy", "sea"],
        "town": "boulogne-sur-mer",
        "street": ["Quai Gambetta"],
        "postal_code": "62200",
        "geo": ("50.7262", "1.5968"),
        "updated": "2026-11-06",
        "platform": "2026-11-07T02:40:49.71Z",
        "title": {
            "fr": "Fête du hareng de Boulogne-sur-Mer",
            "en": "Boulogne-sur-Mer Herring Festival",
            "nl": "Haringfeest van Bonen",
        },
        "short": {
            "fr": "Fin novembre, le quai Gambetta du premier port de pêche de France grille, fume et marine le hareng, au son des chants de marins et en compagnie des géants Batisse et Zabelle.",
            "en": "In late November, Quai Gambetta in France’s leading fishing port grills, smokes and pickles herring to the sound of sea shanties, with the giants Batisse and Zabelle.",
            "nl": "Eind november wordt op de Quai Gambetta, in de grootste vissershaven van Frankrijk, haring gegrild, gerookt en ingelegd, met zeemansliederen en de reuzen Batisse en Zabelle.",
        },
        "long": {
            "fr": [
                "Depuis 1991, l’association Pêche Animation célèbre le hareng de novembre sur le quai Gambetta, face aux bateaux. « À chacun sin pin et s’n’hérin ! » : les bénévoles servent le poisson grillé ou le kipper avec une tranche de pain, et l’on repart avec des harengs fumés, saurs ou en conserve.",
                "Démonstrations d’écaillage et de filetage par des élèves de lycée professionnel, recettes de chefs, groupes folkloriques en costume boulonnais et déambulations des géants Batisse et Zabelle animent le week-end. Nausicaá est à deux pas, la ville fortifiée à un quart d’heure à pied.",
            ],
            "en": [
                "Since 1991 the Pêche Animation association has celebrated November herring on Quai Gambetta, facing the boats. “Everyone gets their bread and their herring!” goes the local refrain: volunteers serve grilled herring or kippers with a slice of bread, and visitors leave with smoked, salted or tinned herring.",
                "Scaling and filleting demonstrations by vocational school students, chefs’ recipes, folk groups in Boulonnais costume and the giants Batisse and Zabelle strolling through the crowd fill the weekend. Nausicaá is close by, and the fortified old town is a quarter of an hour’s walk away.",
            ],
            "nl": [
                "Sinds 1991 viert de vereniging Pêche Animation de novemberharing op de Quai Gambetta, tegenover de vissersboten. ‘Ieder zijn brood en zijn haring!’ klinkt het in het plaatselijke dialect: vrijwilligers serveren gegrilde haring of kipper met een snee brood, en je neemt gerookte, gezouten of ingeblikte haring mee naar huis.",
                "Demonstraties schubben en fileren door leerlingen van de vakschool, recepten van chefs, folkloregroepen in Boulonnaise klederdracht en de reuzen Batisse en Zabelle tussen het publiek vullen het weekend. Nausicaá ligt vlakbij, de versterkte oude stad op een kwartier lopen.",
            ],
        },
        "contact": {
            "name": "Ville de Boulogne-sur-Mer",
            "web": ["https://www.ville-boulogne-sur-mer.fr/"],
        },
        "prices": FREE,
        "periods": [
            period("2027-11-27", "2027-11-28"),
            period("2024-11-23", "2024-11-24"),
            period("2026-11-28", "2026-11-29", "10:00", "18:00"),
        ],
        "art": {"poster": "e_herring", "text": "FÊTE DU HARENG", "subtitle": "BOULOGNE-SUR-MER", "palette": "herring_night"},
        "sources": ["tendancesandco.fr (Boulogne herring festival since 1991 by Pêche Animation, 23-24 November 2024, Quai Gambetta, giants Batisse and Zabelle, demonstrations)",
                    "2026 and 2027 dates extrapolated (fourth weekend of November); daily hours indicative; quay coordinates approximate"],
    },
    {
        "slug": "fete-des-louches-comines",
        "kind": "event",
        "types": EVENT + ["Festival", "Parade", "PointOfInterest"],
        "themes": ["folklore"],
        "town": "comines",
        "street": ["Grand-Place", "Hôtel de ville"],
        "postal_code": "59560",
        "geo": ("50.7651", "3.0061"),
        "updated": "2026-10-16",
        "platform": "2026-10-17T02:03:45.2Z",
        "title": {
            "fr": "Fête historique des Louches de Comines",
            "en": "Comines Historic Ladle Festival",
            "nl": "Historisch Pollepelfeest van Komen",
            "de": "Historisches Kellenfest von Comines",
        },
        "short": {
            "fr": "Le deuxième dimanche d’octobre, des milliers de louches en bois pleuvent des fenêtres de l’hôtel de ville de Comines, après un cortège qui traverse la frontière.",
            "en": "On the second Sunday of October, thousands of wooden ladles rain down from the windows of Comines town hall, after a procession that crosses the border.",
            "nl": "Op de tweede zondag van oktober regent het duizenden houten pollepels uit de ramen van het stadhuis van Komen, na een stoet die de grens oversteekt.",
            "de": "Am zweiten Oktobersonntag regnet es Tausende Holzkellen aus den Fenstern des Rathauses von Comines – nach einem Umzug, der die Grenze überquert.",
        },
        "long": {
            "fr": [
                "La légende raconte qu’un seigneur de Comines, enfermé dans la tour de son château, jeta sa cuillère de bois gravée à ses armes pour signaler sa présence et fut délivré par ses sujets. Depuis 1884, la Confrérie de la Franche Louche commémore l’épisode, et la fête réunit les deux Comines, la française et la belge, séparées par la Lys. Près de 4 000 louches de bois, tournées par un artisan, s’envolent chaque année.",
                "Le samedi, marché médiéval, cortège des allumoirs et jet de louches pour les enfants ouvrent la fête. Le dimanche après-midi, le cortège historique part de Comines-Belgique avec chars, musiques et géants, puis, vers 17 h, les louches sont lancées du balcon et des fenêtres de l’hôtel de ville. Le lundi, franc marché et critérium cycliste clôturent ces trois jours.",
            ],
            "en": [
                "Legend has it that a lord of Comines, locked in the tower of his castle, threw down his wooden spoon engraved with his arms to signal his presence, and was freed by his people. Since 1884 the Confrérie de la Franche Louche has commemorated the story, and the festival unites the two towns of Comines, French and Belgian, separated by the river Lys. Nearly 4,000 wooden ladles, turned by a craftsman, fly through the air each year.",
                "On Saturday a medieval market, a lantern procession and a ladle throw for children open the festivities. On Sunday afternoon the historic procession sets off from Comines in Belgium with floats, bands and giants; then, around 5 pm, the ladles are thrown from the balcony and windows of the town hall. On Monday a fair and a cycle race round off the three days.",
            ],
            "nl": [
                "Volgens de legende wierp een heer van Komen, opgesloten in de toren van zijn kasteel, zijn houten lepel met zijn wapen naar beneden om te laten weten dat hij er was, en werd hij door zijn onderdanen bevrijd. Sinds 1884 herdenkt de Confrérie de la Franche Louche dat verhaal, en het feest verenigt de twee Komens, het Franse en het Belgische, die door de Leie gescheiden zijn. Elk jaar vliegen bijna 4.000 houten pollepels, gedraaid door een ambachtsman, door de lucht.",
                "Op zaterdag openen een middeleeuwse markt, een lampionnenstoet en een pollepelworp voor kinderen het feest. Zondagmiddag vertrekt de historische stoet in Komen (België) met praalwagens, muziek en reuzen; rond 17 uur worden de pollepels van het balkon en uit de ramen van het stadhuis gegooid. Maandag sluiten een jaarmarkt en een wielerkoers de drie dagen af.",
            ],
            "de": [
                "Der Legende nach warf ein Herr von Comines, eingesperrt im Turm seiner Burg, seinen mit dem Wappen gravierten Holzlöffel hinab, um auf sich aufmerksam zu machen, und wurde von seinen Untertanen befreit. Seit 1884 erinnert die Confrérie de la Franche Louche daran, und das Fest vereint die beiden Comines, das französische und das belgische, die von der Lys getrennt werden. Jedes Jahr fliegen fast 4.000 von einem Handwerker gedrechselte Holzkellen durch die Luft.",
                "Am Samstag eröffnen ein Mittelaltermarkt, ein Laternenumzug und ein Kellenwurf für Kinder das Fest. Am Sonntagnachmittag startet der historische Umzug im belgischen Comines mit Wagen, Musik und Riesen; gegen 17 Uhr fliegen die Kellen vom Balkon und aus den Fenstern des Rathauses. Am Montag runden ein Jahrmarkt und ein Radrennen die drei Tage ab.",
            ],
        },
        "contact": {
            "name": "Ville de Comines",
            "web": ["https://www.ville-comines.fr/"],
        },
        "prices": FREE,
        # Second Sunday of October: 11 October 2026, 10 October 2027.
        "periods": [
            period("2027-10-10", "2027-10-10", "10:00", "18:00",
                   details("Cortège historique l’après-midi, jet des louches vers 17 h.",
                           "Historic procession in the afternoon, ladle throw around 5 pm.",
                           "Historische stoet in de namiddag, pollepelworp rond 17 uur.",
                           "Historischer Umzug am Nachmittag, Kellenwurf gegen 17 Uhr.")),
            period("2026-10-10", "2026-10-12"),
            period("2027-10-11", "2027-10-11", "08:00", "20:00",
                   details("Franc marché et critérium des louches.", "Fair and the Louches cycle race.",
                           "Jaarmarkt en wielerkoers van de Louches.", "Jahrmarkt und Radrennen der Louches.")),
            period("2027-10-09", "2027-10-09", "14:00", "21:00",
                   details("Marché médiéval, cortège des allumoirs et jet des louches pour les enfants.",
                           "Medieval market, lantern procession and ladle throw for children.",
                           "Middeleeuwse markt, lampionnenstoet en pollepelworp voor kinderen.",
                           "Mittelaltermarkt, Laternenumzug und Kellenwurf für Kinder.")),
        ],
        "art": {"poster": "e_throw", "text": "FÊTE DES LOUCHES", "subtitle": "COMINES",
                "palette": "louches", "object": "ladle", "building": "belfry_hall"},
        "sources": ["Coordinates: town hall and belfry of Comines. lesplusbellesfetesdefrance.fr, L’Avenir, cetici.com (second Sunday of October, Saturday to Monday, procession from Comines-Belgique, ladle throw around 5 pm)",
                    "unidivers.fr (2021 programme: Saturday 2-11 pm, Sunday 10 am-5 pm, Monday 8 am-8 pm), France Bleu (legend, committee since 1884)",
                    "Dates computed from the second-Sunday rule; 2027 times copied from previous editions"],
    },
    {
        "slug": "fete-des-berlouffes-wattrelos",
        "kind": "event",
        "types": EVENT + ["SaleEvent", "schema:SaleEvent", "Festival", "PointOfInterest"],
        "themes": ["folklore", "history"],
        "town": "wattrelos",
        "street": ["Place Jean-Delvainquière", "Église Saint-Maclou"],
        "postal_code": "59150",
        "geo": ("50.7017", "3.2142"),
        "updated": "2026-09-18",
        "platform": "2026-09-19T02:19:27.004Z",
        "title": {
            "fr": "Fête des Berlouffes de Wattrelos",
            "en": "Berlouffes Festival, Wattrelos",
            "nl": "Berlouffesfeest in Wattrelos",
            "de": "Berlouffes-Fest in Wattrelos",
        },
        "short": {
            "fr": "Le deuxième dimanche de septembre, 17 km de vide-greniers, des géants, un jet de poupées depuis l’église Saint-Maclou et le brûlage du bonhomme Berlouffe.",
            "en": "On the second Sunday of September: 17 km of car-boot stalls, giants, rag dolls thrown from Saint-Maclou church and the burning of the Berlouffe figure.",
            "nl": "Op de tweede zondag van september: 17 km rommelmarkt, reuzen, poppen die van de Saint-Maclou-kerk worden gegooid en de verbranding van de Berlouffe-pop.",
            "de": "Am zweiten Septembersonntag: 17 km Flohmarkt, Riesen, Stoffpuppen, die vom Turm der Kirche Saint-Maclou geworfen werden, und das Verbrennen der Berlouffe-Figur.",
        },
        "long": {
            "fr": [
                "La fête des Berlouffes rappelle un drame des guerres de Religion : le 27 décembre 1566, des protestants réfugiés dans l’église de Wattrelos périrent dans l’incendie allumé par les troupes espagnoles, certains en se jetant du clocher. Depuis 1977, la ville en a fait une grande fête populaire, en commémorant l’épisode par un jet de poupées de chiffon ou de mousse depuis l’église Saint-Maclou. La fête a lieu chaque deuxième dimanche de septembre, au cœur de la ville.",
                "Dès 8 h, un immense vide-greniers réservé aux particuliers occupe 17 km de trottoirs. En fin de matinée, les géants Jeanne de Wattrelos, Ferrand de Portugal et Thomas de Savoie escortent le mannequin Berlouffe jusqu’à l’hôtel de ville ; vers 17 h, les poupées sont lancées au-dessus de la foule, puis le bonhomme Berlouffe est brûlé en place publique.",
            ],
            "en": [
                "The Berlouffes festival recalls a tragedy of the Wars of Religion: on 27 December 1566, Protestants sheltering in the church of Wattrelos died in a fire set by Spanish troops, some of them jumping from the bell tower. Since 1977 the town has turned the memory into a big popular festival, marked by rag or foam dolls thrown from Saint-Maclou church. It takes place on the second Sunday of September in the town centre.",
                "From 8 am, a huge car-boot sale reserved for private individuals fills 17 km of pavements. Late in the morning the giants Jeanne de Wattrelos, Ferrand of Portugal and Thomas of Savoy escort the Berlouffe figure to the town hall; around 5 pm the dolls are thrown over the crowd, and then the Berlouffe figure is burnt in public.",
            ],
            "nl": [
                "Het Berlouffesfeest herinnert aan een drama uit de godsdienstoorlogen: op 27 december 1566 kwamen protestanten die in de kerk van Wattrelos schuilden om bij een brand die Spaanse troepen hadden aangestoken; sommigen sprongen van de toren. Sinds 1977 maakt de stad er een groot volksfeest van, met poppen van stof of schuim die van de Saint-Maclou-kerk worden gegooid. Het feest vindt elk jaar plaats op de tweede zondag van september, in het centrum.",
                "Vanaf 8 uur beslaat een enorme rommelmarkt, alleen voor particulieren, 17 km stoep. Laat in de ochtend begeleiden de reuzen Jeanne de Wattrelos, Ferrand van Portugal en Thomas van Savoye de Berlouffe-pop naar het stadhuis; rond 17 uur worden de poppen boven de menigte gegooid en daarna wordt de Berlouffe-pop op het plein verbrand.",
            ],
            "de": [
                "Das Berlouffes-Fest erinnert an ein Drama der Religionskriege: Am 27. Dezember 1566 kamen in der Kirche von Wattrelos Protestanten ums Leben, als spanische Truppen Feuer legten; manche sprangen vom Glockenturm. Seit 1977 macht die Stadt daraus ein großes Volksfest und erinnert mit Stoff- oder Schaumstoffpuppen, die von der Kirche Saint-Maclou geworfen werden, an das Geschehen. Das Fest findet jedes Jahr am zweiten Septembersonntag im Stadtzentrum statt.",
                "Ab 8 Uhr belegt ein riesiger Flohmarkt, nur für Privatleute, 17 Kilometer Gehweg. Am späten Vormittag geleiten die Riesen Jeanne de Wattrelos, Ferrand von Portugal und Thomas von Savoyen die Berlouffe-Figur zum Rathaus; gegen 17 Uhr fliegen die Puppen über die Menge, danach wird die Figur öffentlich verbrannt.",
            ],
        },
        "contact": {
            "name": "Ville de Wattrelos – service des animations",
            "phone": ["+33 3 20 81 65 84"],
            "web": ["https://www.ville-wattrelos.fr/"],
        },
        "prices": FREE,
        # Second Sunday of September: 13 September 2026, 12 September 2027.
        "periods": [
            period("2026-09-13", "2026-09-13", "08:00", "19:00"),
            period("2027-09-12", "2027-09-12", "08:00", "19:00",
                   details("Arrivée des géants vers 11 h 15, jet de poupées vers 17 h, brûlage du bonhomme Berlouffe vers 17 h 45.",
                           "Giants arrive around 11.15 am, doll throw around 5 pm, burning of the Berlouffe figure around 5.45 pm.",
                           "Aankomst van de reuzen rond 11.15 uur, poppenworp rond 17 uur, verbranding van de Berlouffe-pop rond 17.45 uur.",
                           "Ankunft der Riesen gegen 11.15 Uhr, Puppenwurf gegen 17 Uhr, Verbrennen der Berlouffe-Figur gegen 17.45 Uhr.")),
            period("2025-09-14", "2025-09-14", "08:00", "19:00"),
        ],
        "art": {"poster": "e_throw", "text": "FÊTE DES BERLOUFFES", "subtitle": "WATTRELOS",
                "palette": "berlouffes", "object": "doll", "building": "church"},
        "sources": ["ville-wattrelos.fr (second Sunday of September, 17 km, giants, doll throw from the church, burning of the figure; SAVA phone)",
                    "wattrelos-tourisme.com (history of 27 December 1566, since 1977, 8 am-7 pm, giants around 11.15 am), boum-media.fr (2024: 8 September, burning at 5.45 pm)",
                    "Dates computed from the second-Sunday rule"],
    },
]


EVENTS += [
    {
        "slug": "marche-de-wazemmes",
        "kind": "event",
        "types": EVENT + ["Market", "SaleEvent", "schema:SaleEvent", "PointOfInterest"],
        "themes": ["gastronomy"],
        "town": "lille",
        "street": ["Place de la Nouvelle-Aventure", "Halles de Wazemmes"],
        "postal_code": "59000",
        "geo": ("50.6258", "3.0507"),
        "updated": "2026-11-15",
        "platform": "2026-11-16T03:05:12.6Z",
        "title": {
            "fr": "Marché de Wazemmes",
            "en": "Wazemmes Market",
            "nl": "Markt van Wazemmes",
            "de": "Markt von Wazemmes",
        },
        "short": {
            "fr": "Trois matins par semaine, quelque 400 marchands entourent les halles de Wazemmes : le « ventre de Lille », le plus grand marché de plein air de la ville.",
            "en": "Three mornings a week, some 400 traders surround the Wazemmes market hall: the “belly of Lille” and the city’s biggest open-air market.",
            "nl": "Drie ochtenden per week staan zo’n 400 marktkramers rond de markthal van Wazemmes: de ‘buik van Rijsel’ en de grootste openluchtmarkt van de stad.",
            "de": "An drei Vormittagen pro Woche umringen rund 400 Händler die Markthalle von Wazemmes – den „Bauch von Lille“ und den größten Freiluftmarkt der Stadt.",
        },
        "long": {
            "fr": [
                "Les mardis, jeudis et dimanches matin, la place de la Nouvelle-Aventure se couvre d’étals autour des halles de brique et de fonte construites de 1869 à 1873 dans le style de Baltard. Fruits et légumes, épices, olives, fleurs, tissus et bric-à-brac : le marché reflète la diversité de ce quartier populaire rattaché à Lille en 1858. Autour de la rue Gambetta, le quartier regorge de cafés et de commerces venus du monde entier.",
                "Le dimanche est le grand jour, avec des dizaines de milliers de visiteurs venus flâner, faire leurs courses puis prendre un verre en terrasse autour de la place. Les halles couvertes, ouvertes du mardi au dimanche, abritent une vingtaine de commerçants sédentaires. Station de métro Gambetta, ligne 1, à deux pas.",
            ],
            "en": [
                "On Tuesday, Thursday and Sunday mornings, Place de la Nouvelle-Aventure fills with stalls around the brick and cast-iron market hall built from 1869 to 1873 in the style of Baltard. Fruit and vegetables, spices, olives, flowers, fabrics and bric-a-brac: the market mirrors the diversity of this working-class district, joined to Lille in 1858. Around rue Gambetta the district is full of cafés and shops from all over the world.",
                "Sunday is the big day, when tens of thousands of people come to browse, shop and then have a drink on the café terraces around the square. The covered hall, open Tuesday to Sunday, houses some twenty permanent shops. Gambetta metro station, line 1, is just round the corner.",
            ],
            "nl": [
                "Op dinsdag-, donderdag- en zondagochtend staat de Place de la Nouvelle-Aventure vol kramen rond de markthal van baksteen en gietijzer, tussen 1869 en 1873 in de stijl van Baltard gebouwd. Groenten en fruit, specerijen, olijven, bloemen, stoffen en snuisterijen: de markt weerspiegelt de verscheidenheid van deze volkswijk, die in 1858 bij Rijsel werd gevoegd. Rond de rue Gambetta zit de wijk vol cafés en winkels uit alle windstreken.",
                "Zondag is de grote dag: tienduizenden mensen komen slenteren, boodschappen doen en daarna iets drinken op de terrassen rond het plein. In de overdekte hal, open van dinsdag tot zondag, zitten een twintigtal vaste handelaars. Metrostation Gambetta, lijn 1, ligt om de hoek.",
            ],
            "de": [
                "Dienstags, donnerstags und sonntags vormittags füllt sich die Place de la Nouvelle-Aventure mit Ständen rund um die Markthalle aus Backstein und Gusseisen, die 1869 bis 1873 im Stil Baltards errichtet wurde. Obst und Gemüse, Gewürze, Oliven, Blumen, Stoffe und Trödel: Der Markt spiegelt die Vielfalt dieses Arbeiterviertels wider, das 1858 zu Lille kam. Rund um die Rue Gambetta ist das Viertel voller Cafés und Läden aus aller Welt.",
                "Der Sonntag ist der große Tag, an dem Zehntausende zum Bummeln und Einkaufen kommen und danach auf den Caféterrassen rund um den Platz einkehren. In der überdachten Halle, dienstags bis sonntags geöffnet, verkaufen rund zwanzig feste Händler. Die Metrostation Gambetta (Linie 1) liegt gleich um die Ecke.",
            ],
        },
        "contact": {
            "name": "Ville de Lille – halles et marchés",
            "phone": ["+33 3 20 49 50 00"],
            "web": ["https://www.lille.fr/"],
        },
        "prices": FREE,
        # Tuesday, Thursday and Sunday mornings, one period per market day.
        "periods": daily_periods("2026-11-22", "2027-02-28",
                                 {1: ("07:00", "14:00"), 3: ("07:00", "14:00"), 6: ("07:00", "14:00")},
                                 seed="marche-de-wazemmes"),
        "art": {"poster": "e_market", "text": "MARCHÉ DE WAZEMMES", "subtitle": "LILLE",
                "palette": "market"},
        "sources": ["terres-et-territoires.com (Tuesday, Thursday and Sunday mornings, 380-400 traders, up to 50,000 visitors on Sundays)",
                    "lille.guide-ville.com (7 am to 2 pm), lille.fr (halls built 1869-1873, Baltard style), Wikipedia: Halles de Wazemmes",
                    "Periods listed for the next three months only; coordinates of the halls approximate"],
    },
    {
        "slug": "carillon-douai",
        "kind": "event",
        "types": EVENT + ["Concert", "PointOfInterest"],
        "themes": ["music", "world_heritage"],
        "town": "douai",
        "street": ["Beffroi – hôtel de ville", "83 rue de la Mairie"],
        "postal_code": "59500",
        "geo": ("50.3703", "3.0794"),
        "updated": "2026-11-17",
        "platform": "2026-11-18T02:11:09.93Z",
        "title": {
            "fr": "Concerts du carillon du beffroi de Douai",
            "en": "Carillon recitals at Douai belfry",
            "nl": "Beiaardconcerten in het belfort van Douai",
            "de": "Glockenspielkonzerte am Belfried von Douai",
        },
        "short": {
            "fr": "Chaque samedi de 11 h à midi, un carillonneur joue à la main les 62 cloches du beffroi de Douai : on l’écoute gratuitement depuis la rue et les places voisines.",
            "en": "Every Saturday from 11 am to noon, a carillonneur plays the 62 bells of Douai belfry by hand: listen for free from the street and nearby squares.",
            "nl": "Elke zaterdag van 11 tot 12 uur bespeelt een beiaardier met de hand de 62 klokken van het belfort van Douai: gratis te beluisteren vanaf de straat en de pleinen.",
            "de": "Jeden Samstag von 11 bis 12 Uhr spielt ein Carillonneur von Hand die 62 Glocken des Belfrieds von Douai – kostenlos zu hören von der Straße und den umliegenden Plätzen.",
        },
        "long": {
            "fr": [
                "Depuis 1391, une lignée ininterrompue de carillonneurs fait sonner le beffroi de Douai, que Victor Hugo trouvait le plus joli qu’il eût vu. L’instrument actuel, fondu par Paccard en 1954 et 1974, compte 62 cloches pour 18 tonnes, avec le bourdon « Joyeuse » de 5,5 tonnes ; il se joue « à coups de poings » sur un clavier de bois. On l’entend dans tout le centre-ville.",
                "Chaque samedi matin, le concert résonne sur la rue de la Mairie et la place d’Armes : Bach, Haendel, chansons et airs populaires. Le reste du temps, des ritournelles automatiques, dont un thème de Gayant, marquent chaque quart d’heure. C’est ce carillon qu’on entend dans le film « Bienvenue chez les Ch’tis ». Le beffroi se visite avec l’office de tourisme.",
            ],
            "en": [
                "Since 1391 an unbroken line of carillonneurs has rung out from Douai belfry, which Victor Hugo called the prettiest he had ever seen. The present instrument, cast by Paccard in 1954 and 1974, has 62 bells weighing 18 tonnes in all, including the 5.5-tonne bourdon “Joyeuse”; it is played with the fists on a wooden keyboard. It can be heard all over the town centre.",
                "Every Saturday morning the recital rings out over rue de la Mairie and Place d’Armes: Bach, Handel, songs and folk tunes. The rest of the time automatic tunes, one of them a Gayant theme, mark every quarter of an hour. This is the carillon heard in the film “Welcome to the Sticks”. The belfry can be visited with the tourist office.",
            ],
            "nl": [
                "Sinds 1391 laat een ononderbroken reeks beiaardiers het belfort van Douai klinken, dat Victor Hugo het mooiste vond dat hij ooit had gezien. Het huidige instrument, in 1954 en 1974 gegoten door Paccard, telt 62 klokken van samen 18 ton, met de bourdon ‘Joyeuse’ van 5,5 ton; het wordt met de vuisten bespeeld op een houten klavier. Je hoort het in het hele centrum.",
                "Elke zaterdagochtend klinkt het concert over de rue de la Mairie en de Place d’Armes: Bach, Händel, chansons en volksliedjes. De rest van de tijd markeren automatische deuntjes, waaronder een thema van Gayant, elk kwartier. Dit is de beiaard die je hoort in de film ‘Bienvenue chez les Ch’tis’. Het belfort is te bezoeken via het toeristenbureau.",
            ],
            "de": [
                "Seit 1391 lässt eine ununterbrochene Reihe von Carillonneuren den Belfried von Douai erklingen, den Victor Hugo den schönsten nannte, den er je gesehen hatte. Das heutige Instrument, 1954 und 1974 von Paccard gegossen, umfasst 62 Glocken mit zusammen 18 Tonnen, darunter den 5,5 Tonnen schweren Bourdon „Joyeuse“; gespielt wird mit den Fäusten auf einem Holzspieltisch. Man hört es in der ganzen Innenstadt.",
                "Jeden Samstagvormittag klingt das Konzert über die Rue de la Mairie und die Place d’Armes: Bach, Händel, Chansons und Volkslieder. Sonst markieren automatische Melodien, darunter ein Gayant-Thema, jede Viertelstunde. Dieses Glockenspiel ist im Film „Willkommen bei den Sch’tis“ zu hören. Der Belfried kann mit dem Fremdenverkehrsamt besichtigt werden.",
            ],
        },
        "contact": {
            "name": "Office de tourisme de Douai",
            "phone": ["+33 3 27 88 26 79"],
            "web": ["https://www.douaitourisme.fr/"],
        },
        "prices": FREE,
        "periods": daily_periods("2026-11-28", "2027-06-26", {5: ("11:00", "12:00")},
                                 seed="carillon-douai"),
        "art": {"poster": "e_bells", "text": "CARILLON", "subtitle": "BEFFROI DE DOUAI", "palette": "carillon"},
        "sources": ["ville-douai.fr (carillon since 1391, 35 carillonneurs, Paccard 1954 and 1974, 62 bells, 18 t, Joyeuse 5.5 t, played in « Bienvenue chez les Ch’tis »)",
                    "monnuage.fr, passionsetbilletsactu (every Saturday 11 am to noon all year; summer concert series May-September)",
                    "Periods listed until the end of June 2027; a recital may be cancelled on a given Saturday"],
    },
    {
        "slug": "series-mania",
        "kind": "event",
        "types": EVENT + ["Festival", "ScreeningEvent", "PointOfInterest"],
        "themes": ["cinema"],
        "town": "lille",
        "street": ["Le Nouveau Siècle", "19 place Pierre-Mendès-France"],
        "postal_code": "59000",
        "geo": ("50.6376", "3.0583"),
        "updated": "2026-10-20",
        "platform": "2026-10-21T01:49:58.37Z",
        "title": {
            "fr": "Festival Series Mania",
            "en": "Series Mania Festival",
            "nl": "Series Mania-festival",
            "de": "Festival Series Mania",
        },
        "short": {
            "fr": "Fin mars, Lille devient la capitale des séries : avant-premières mondiales, compétitions internationales, rencontres avec les équipes, tout en accès libre sur réservation.",
            "en": "In late March, Lille becomes the capital of TV series: world premieres, international competitions and meetings with casts and crews, all free on booking.",
            "nl": "Eind maart wordt Rijsel de hoofdstad van de tv-series: wereldpremières, internationale competities en ontmoetingen met cast en makers, allemaal gratis op reservering.",
            "de": "Ende März wird Lille zur Hauptstadt der Serien: Weltpremieren, internationale Wettbewerbe und Begegnungen mit Teams – alles kostenlos nach Reservierung.",
        },
        "long": {
            "fr": [
                "Né à Paris, Series Mania s’est installé à Lille en 2018 et est devenu le plus grand festival européen consacré aux séries. Pendant huit jours, une cinquantaine de séries venues du monde entier sont projetées au Nouveau Siècle, au Théâtre du Nord, à l’UGC ou à Lille Grand Palais, souvent en avant-première mondiale et en présence des équipes. Les prix du festival sont remis lors de la soirée de clôture au Nouveau Siècle.",
                "Les séances sont gratuites, sur réservation, et le Tripostal accueille une exposition immersive, des dédicaces et des soirées. Le festival accueille chaque année plus de cent mille festivaliers : réservez dès l’ouverture de la billetterie, quelques semaines avant. L’exposition du Tripostal change de thème à chaque édition.",
            ],
            "en": [
                "Born in Paris, Series Mania moved to Lille in 2018 and has become Europe’s biggest festival devoted to TV series. Over eight days, some fifty series from around the world are screened at the Nouveau Siècle, the Théâtre du Nord, the UGC cinema and Lille Grand Palais, often as world premieres attended by their casts and crews. The festival’s awards are presented at the closing ceremony in the Nouveau Siècle.",
                "Screenings are free on booking, and the Tripostal hosts an immersive exhibition, signings and parties. The festival welcomes more than a hundred thousand visitors a year: book as soon as reservations open a few weeks beforehand. The Tripostal exhibition takes a new theme every year.",
            ],
            "nl": [
                "Series Mania ontstond in Parijs, verhuisde in 2018 naar Rijsel en groeide uit tot het grootste Europese festival voor tv-series. Acht dagen lang worden een vijftigtal series uit de hele wereld vertoond in het Nouveau Siècle, het Théâtre du Nord, de UGC-bioscoop en Lille Grand Palais, vaak als wereldpremière en in aanwezigheid van de makers. De prijzen worden uitgereikt tijdens de slotavond in het Nouveau Siècle.",
                "De voorstellingen zijn gratis op reservering, en het Tripostal biedt een meeslepende tentoonstelling, signeersessies en feestavonden. Het festival trekt elk jaar meer dan honderdduizend bezoekers: reserveer zodra de ticketverkoop een paar weken vooraf opengaat. De tentoonstelling in het Tripostal heeft elk jaar een ander thema.",
            ],
            "de": [
                "Series Mania entstand in Paris, zog 2018 nach Lille und wurde zum größten europäischen Festival für Serien. Acht Tage lang laufen rund fünfzig Serien aus aller Welt im Nouveau Siècle, im Théâtre du Nord, im UGC-Kino und im Lille Grand Palais, oft als Weltpremiere und in Anwesenheit der Teams. Die Preise werden bei der Abschlussgala im Nouveau Siècle verliehen.",
                "Die Vorführungen sind nach Reservierung kostenlos, und im Tripostal gibt es eine immersive Ausstellung, Signierstunden und Partys. Das Festival zählt jedes Jahr mehr als hunderttausend Besucher: Reservieren Sie, sobald die Buchung einige Wochen vorher öffnet. Die Ausstellung im Tripostal wechselt jedes Jahr ihr Thema.",
            ],
        },
        "contact": {
            "name": "Series Mania",
            "web": ["https://seriesmania.com/"],
        },
        "prices": FREE,
        "periods": [
            period("2026-03-20", "2026-03-27", None, None,
                   details("9e édition à Lille.", "9th edition in Lille.", "9e editie in Rijsel.", "9. Ausgabe in Lille.")),
            period("2027-03-19", "2027-03-26"),
        ],
        "art": {"poster": "film", "text": "SERIES MANIA", "lines": ["SERIES MANIA", "LILLE"],
                "palette": "series"},
        "sources": ["lillemetropole.fr, jds.fr, pariszigzag.fr (9th edition 20-27 March 2026, 51 series, venues, free on booking, Tripostal exhibition)",
                    "France 3 (first Lille edition 2018), hyperconnectes.fr (more than 108,000 festival-goers)",
                    "2027 dates extrapolated (third/fourth week of March, Friday to Friday)"],
    },
    {
        "slug": "lille-pianos-festival",
        "kind": "event",
        "types": EVENT + ["Festival", "Concert", "PointOfInterest"],
        "themes": ["music"],
        "town": "lille",
        "street": ["Le Nouveau Siècle – Auditorium Jean-Claude-Casadesus", "19 place Pierre-Mendès-France"],
        "postal_code": "59000",
        "geo": ("50.6376", "3.0583"),
        "updated": "2026-07-08",
        "platform": "2026-07-09T02:37:20.5Z",
        "title": {
            "fr": "Lille Piano(s) Festival",
            "en": "Lille Piano(s) Festival",
            "nl": "Lille Piano(s) Festival",
        },
        "short": {
            "fr": "Mi-juin, l’Orchestre national de Lille consacre un long week-end à tous les claviers : une quarantaine de concerts, du récital classique au jazz et à l’électro.",
            "en": "In mid-June, the Orchestre national de Lille devotes a long weekend to every kind of keyboard: some forty concerts, from classical recitals to jazz and electronic music.",
            "nl": "Half juni wijdt het Orchestre national de Lille een lang weekend aan alle toetsinstrumenten: een veertigtal concerten, van klassiek recital tot jazz en elektronische muziek.",
        },
        "long": {
            "fr": [
                "Créé en 2004 par Jean-Claude Casadesus, chef fondateur de l’Orchestre national de Lille, le Lille Piano(s) Festival réunit grands noms du piano et jeunes talents pendant trois jours. Concertos avec l’orchestre dans l’auditorium du Nouveau Siècle, récitals au conservatoire, orgue à la cathédrale Notre-Dame-de-la-Treille : le programme circule dans la ville. Le festival se tient traditionnellement à la mi-juin, du vendredi au dimanche.",
                "Le piano y côtoie le clavecin, l’accordéon, le synthétiseur et le marimba, avec des ciné-concerts et des concerts pour les familles à petits prix. Certaines éditions ont proposé des marathons autour de Mozart ou de Chopin : le programme est dévoilé au printemps. On peut ainsi enchaîner plusieurs concerts dans la journée.",
            ],
            "en": [
                "Founded in 2004 by Jean-Claude Casadesus, founding conductor of the Orchestre national de Lille, the Lille Piano(s) Festival brings together great pianists and young talents over three days. Concertos with the orchestra in the Nouveau Siècle auditorium, recitals at the conservatoire, organ music in Notre-Dame-de-la-Treille cathedral: the programme moves around the city. It traditionally takes place in mid-June, from Friday to Sunday.",
                "The piano rubs shoulders with the harpsichord, accordion, synthesiser and marimba, alongside film concerts and low-priced family concerts. Some editions have offered Mozart or Chopin marathons; the programme is announced in spring. It is easy to string several concerts together in one day.",
            ],
            "nl": [
                "Het Lille Piano(s) Festival werd in 2004 opgericht door Jean-Claude Casadesus, de stichtende dirigent van het Orchestre national de Lille, en brengt drie dagen lang grote pianisten en jong talent samen. Concerto’s met het orkest in het auditorium van het Nouveau Siècle, recitals in het conservatorium, orgel in de kathedraal Notre-Dame-de-la-Treille: het programma trekt door de stad. Het vindt traditioneel half juni plaats, van vrijdag tot zondag.",
                "De piano staat er naast het klavecimbel, de accordeon, de synthesizer en de marimba, met filmconcerten en goedkope concerten voor gezinnen. Sommige edities boden marathons rond Mozart of Chopin; het programma wordt in het voorjaar bekendgemaakt. Zo kun je gemakkelijk meerdere concerten op één dag combineren.",
            ],
        },
        "contact": {
            "name": "Orchestre national de Lille",
            "web": ["https://www.lillepianosfestival.fr/", "https://www.onlille.com/"],
        },
        "periods": [
            period("2027-06-11", "2027-06-13"),
            period("2025-06-13", "2025-06-15", None, None,
                   details("22e édition, pendant les travaux du Nouveau Siècle (Casino Barrière, conservatoire).",
                           "22nd edition, during the Nouveau Siècle renovation (Casino Barrière, conservatoire).",
                           "22e editie, tijdens de werken aan het Nouveau Siècle (Casino Barrière, conservatorium).")),
        ],
        "art": {"poster": "e_piano", "text": "LILLE PIANO(S)", "subtitle": "FESTIVAL", "palette": "piano"},
        "sources": ["resmusica.com, classica.fr (created 2004 by Jean-Claude Casadesus; 2024 edition 14-16 June, Mozart marathon, venues)",
                    "L’Avenir via europesays.com, classiquenews.com (22nd edition June 2025 at the Casino Barrière and the conservatoire)",
                    "mediacites.fr (Nouveau Siècle closed for works until August 2026); the 2026 edition’s dates and venues were not found and are left out",
                    "2027 dates extrapolated (second weekend of June)"],
    },
    {
        "slug": "quatre-jours-de-dunkerque",
        "kind": "event",
        "types": SPORT + ["SportsCompetition", "PointOfInterest"],
        "themes": ["sport"],
        "town": "dunkerque",
        "street": ["Place Jean-Bart"],
        "postal_code": "59140",
        "geo": ("51.0346", "2.3775"),
        "updated": "2026-05-27",
        "platform": "2026-05-28T02:25:03.85Z",
        "title": {
            "fr": "Quatre Jours de Dunkerque",
            "en": "Four Days of Dunkirk",
            "nl": "Vierdaagse van Duinkerke",
            "de": "Vier Tage von Dünkirchen",
        },
        "short": {
            "fr": "En mai, la course cycliste par étapes née en 1955 traverse les Hauts-de-France, des pavés aux monts de Flandre, avec départ et arrivée finale à Dunkerque.",
            "en": "In May, the stage race founded in 1955 crosses Hauts-de-France, from cobbles to the Flemish hills, starting and finishing in Dunkirk.",
            "nl": "In mei trekt de etappekoers die in 1955 ontstond door Hauts-de-France, van kasseien tot de Vlaamse heuvels, met start en eindaankomst in Duinkerke.",
            "de": "Im Mai durchquert das 1955 gegründete Etappenrennen die Region Hauts-de-France, vom Kopfsteinpflaster bis zu den flämischen Hügeln, mit Start und Schlussankunft in Dünkirchen.",
        },
        "long": {
            "fr": [
                "Créés en 1955, les Quatre Jours de Dunkerque, qui portent aussi depuis 2018 le nom de Grand Prix des Hauts-de-France, n’ont gardé leur durée d’origine que quelques années : la course se dispute aujourd’hui sur six jours, avec une classique d’un jour au départ de la place Jean-Bart puis cinq étapes. Le maillot rose du leader se joue traditionnellement sur l’étape des monts, autour de Cassel et de ses rampes pavées. Le départ est donné en semaine et l’arrivée finale a lieu le dimanche à Dunkerque.",
                "Le public peut approcher les équipes au départ des étapes et vivre les sprints sur le circuit final de Dunkerque, près de la digue. Les grands noms du cyclisme, de Jacques Anquetil à Bernard Hinault, figurent à son palmarès. Le long du parcours, suivre la course au bord de la route est libre et gratuit.",
            ],
            "en": [
                "Founded in 1955, the Four Days of Dunkirk, also known since 2018 as the Grand Prix des Hauts-de-France, kept its original length for only a few years: the race now runs over six days, with a one-day classic starting from Place Jean-Bart followed by five stages. The leader’s pink jersey is traditionally decided on the hills stage, around Cassel and its cobbled climbs. The race starts midweek and ends on Sunday in Dunkirk.",
                "Spectators can get close to the teams at the stage starts and watch the sprints on the final circuit in Dunkirk, near the seafront. Great names of cycling, from Jacques Anquetil to Bernard Hinault, appear on its roll of honour. Watching from the roadside is free all along the route.",
            ],
            "nl": [
                "De Vierdaagse van Duinkerke, sinds 2018 ook Grand Prix des Hauts-de-France genoemd, ontstond in 1955 en hield de oorspronkelijke duur maar enkele jaren: de koers telt nu zes dagen, met een eendagsklassieker vanaf de Place Jean-Bart en daarna vijf etappes. De roze leiderstrui wordt traditioneel beslist in de heuvelrit rond Kassel en zijn gekasseide hellingen. De koers start midden in de week en eindigt op zondag in Duinkerke.",
                "Het publiek kan de ploegen van dichtbij zien bij de etappestarts en de sprints meemaken op het slotcircuit in Duinkerke, vlak bij de zeedijk. Grote namen uit het wielrennen, van Jacques Anquetil tot Bernard Hinault, staan op de erelijst. Langs het parcours is kijken vanaf de kant van de weg vrij en gratis.",
            ],
            "de": [
                "Die 1955 gegründeten Vier Tage von Dünkirchen, seit 2018 auch Grand Prix des Hauts-de-France genannt, hatten ihre ursprüngliche Länge nur wenige Jahre: Heute dauert das Rennen sechs Tage, mit einem Eintagesklassiker ab der Place Jean-Bart und anschließend fünf Etappen. Das Rosa Trikot des Führenden wird traditionell auf der Hügeletappe rund um Cassel und seine gepflasterten Rampen entschieden. Das Rennen beginnt unter der Woche und endet am Sonntag in Dünkirchen.",
                "Zuschauer kommen bei den Etappenstarts nah an die Teams heran und erleben die Sprints auf dem Schlusskurs in Dünkirchen nahe der Strandpromenade. Große Namen des Radsports, von Jacques Anquetil bis Bernard Hinault, stehen in der Siegerliste. Entlang der Strecke ist das Zuschauen am Straßenrand frei und kostenlos.",
            ],
        },
        "contact": {
            "name": "Office de tourisme de Dunkerque",
            "web": ["https://www.dunkerque-tourisme.fr/"],
        },
        "prices": FREE,
        "periods": [
            period("2026-05-24", details=details("Dernière étape Saint-Omer – Dunkerque.",
                                                 "Final stage, Saint-Omer to Dunkirk.",
                                                 "Laatste etappe Saint-Omer – Duinkerke.",
                                                 "Letzte Etappe Saint-Omer – Dünkirchen.")),
            period("2027-05-18", "2027-05-23"),
            period("2026-05-19", details=details("Classique Dunkerque – Hauts-de-France, départ place Jean-Bart.",
                                                 "Classique Dunkerque – Hauts-de-France, start on Place Jean-Bart.",
                                                 "Classique Dunkerque – Hauts-de-France, start op de Place Jean-Bart.",
                                                 "Classique Dunkerque – Hauts-de-France, Start auf der Place Jean-Bart.")),
            period("2026-05-23", details=details("Étape Bergues – Cassel, arrivée au sommet du mont Cassel.",
                                                 "Bergues to Cassel stage, finishing on top of Mont Cassel.",
                                                 "Etappe Bergues – Kassel, aankomst boven op de Kasselberg.",
                                                 "Etappe Bergues – Cassel mit Ziel auf dem Mont Cassel.")),
        ],
        "art": {"poster": "e_cycling", "text": "4 JOURS DE DUNKERQUE", "subtitle": "COURSE CYCLISTE",
                "palette": "cycling_pink", "variant": "road"},
        "sources": ["cyclismactu.net, nordsports-mag.fr, starsporttv.be (70th edition: Classique on 19 May 2026 from Place Jean-Bart, stages 20-24 May 2026 incl. Bergues-Cassel and Saint-Omer-Dunkerque)",
                    "sportquick.com (created 1955, pink jersey, Cassel hills stage, roll of honour); Wikipedia list of winners (Anquetil 1958-1959, Hinault 1984)",
                    "2027 dates extrapolated (Tuesday to Sunday in the second half of May)"],
    },
    {
        "slug": "braderie-de-l-art-roubaix",
        "kind": "event",
        "types": EVENT + ["Market", "SaleEvent", "schema:SaleEvent", "Exhibition", "PointOfInterest"],
        "themes": ["fine_arts", "craft"],
        "town": "roubaix",
        "street": ["La Condition Publique", "14 place Faidherbe"],
        "postal_code": "59100",
        "geo": ("50.6907", "3.1895"),
        "updated": "2026-11-18",
        "platform": "2026-11-19T02:58:41.27Z",
        "title": {
            "fr": "Braderie de l’Art",
            "en": "Braderie de l’Art (art jumble fair)",
            "nl": "Braderie de l’Art (kunstbraderie)",
            "de": "Braderie de l’Art (Kunstflohmarkt)",
        },
        "short": {
            "fr": "En décembre, 150 artistes créent pendant 24 heures non-stop à partir de matériaux de récupération, et vendent sur place leurs œuvres entre 1 et 400 euros.",
            "en": "In December, 150 artists create non-stop for 24 hours from salvaged materials and sell their works on the spot for between 1 and 400 euros.",
            "nl": "In december maken 150 kunstenaars 24 uur lang non-stop werk van gerecupereerde materialen en verkopen het ter plaatse voor 1 tot 400 euro.",
            "de": "Im Dezember arbeiten 150 Künstler 24 Stunden lang ohne Pause mit Fundstücken und verkaufen ihre Werke vor Ort für 1 bis 400 Euro.",
        },
        "long": {
            "fr": [
                "Imaginée en 1991 par l’artiste Fanny Bouyagui et l’association Art Point M, la Braderie de l’Art a fait du réemploi une fête. Dans la halle de la Condition Publique, ancien conditionnement de la laine devenu lieu culturel, peintres, soudeurs, graveurs, designers et graffeurs transforment sous les yeux du public des mètres cubes de planches, pneus, filets et objets cassés fournis par des entreprises de la métropole. Les œuvres changent de mains tout au long de la nuit, dès qu’elles sortent des ateliers.",
                "L’entrée est libre et chaque pièce, unique, se vend directement par son auteur : idéal pour trouver un cadeau de Noël qui ne ressemble à aucun autre. Concerts et animations accompagnent la nuit de création ; venez tôt le dimanche pour profiter du plus grand choix. La Condition Publique est desservie par le métro, station Eurotéléport.",
            ],
            "en": [
                "Dreamt up in 1991 by the artist Fanny Bouyagui and the association Art Point M, the Braderie de l’Art has turned reuse into a celebration. In the hall of the Condition Publique, a former wool-conditioning house turned cultural venue, painters, welders, engravers, designers and graffiti artists transform cubic metres of planks, tyres, nets and broken objects supplied by local companies in front of the public. Works change hands through the night as soon as they are finished.",
                "Entry is free and each unique piece is sold by its maker: ideal for finding a Christmas present unlike any other. Concerts and activities accompany the night of creation; come early on Sunday for the widest choice. La Condition Publique is served by the metro, Eurotéléport station.",
            ],
            "nl": [
                "De Braderie de l’Art werd in 1991 bedacht door kunstenares Fanny Bouyagui en de vereniging Art Point M en maakte van hergebruik een feest. In de hal van de Condition Publique, een vroegere wolconditionering die nu een cultuurhuis is, toveren schilders, lassers, graveurs, ontwerpers en graffitikunstenaars voor de ogen van het publiek kubieke meters planken, banden, netten en kapotte voorwerpen van bedrijven uit de regio om. De werken wisselen de hele nacht van eigenaar zodra ze klaar zijn.",
                "De toegang is gratis en elk uniek stuk wordt door de maker zelf verkocht: ideaal voor een kerstcadeau dat op niets anders lijkt. Concerten en activiteiten begeleiden de creatieve nacht; kom zondag vroeg voor de grootste keuze. La Condition Publique is bereikbaar met de metro, station Eurotéléport.",
            ],
            "de": [
                "Die Braderie de l’Art wurde 1991 von der Künstlerin Fanny Bouyagui und dem Verein Art Point M erdacht und hat Wiederverwertung zum Fest gemacht. In der Halle der Condition Publique, einer ehemaligen Wollprüfanstalt und heute Kulturort, verwandeln Maler, Schweißer, Graveure, Designer und Graffiti-Künstler vor Publikum Kubikmeter von Brettern, Reifen, Netzen und kaputten Gegenständen aus Betrieben der Metropole. Die Werke wechseln die ganze Nacht über den Besitzer, sobald sie fertig sind.",
                "Der Eintritt ist frei, und jedes Unikat wird direkt von seinem Urheber verkauft – ideal für ein Weihnachtsgeschenk, das es kein zweites Mal gibt. Konzerte und Programm begleiten die Nacht des Schaffens; kommen Sie am Sonntag früh, dann ist die Auswahl am größten. Die Condition Publique ist mit der Metro erreichbar, Station Eurotéléport.",
            ],
        },
        "contact": {
            "name": "Art Point M – La Condition Publique",
            "phone": ["+33 3 28 33 48 33"],
            "web": ["https://www.labraderiedelart.com/", "https://www.laconditionpublique.com/"],
        },
        "prices": FREE,
        "periods": [
            period("2026-12-12", "2026-12-13", "19:00", "19:00",
                   details("24 heures de création non-stop, du samedi soir au dimanche soir.",
                           "24 hours of non-stop creation, from Saturday evening to Sunday evening.",
                           "24 uur non-stop creatie, van zaterdagavond tot zondagavond.",
                           "24 Stunden Schaffen ohne Pause, von Samstagabend bis Sonntagabend.")),
            period("2025-12-13", "2025-12-14"),
        ],
        "art": {"poster": "e_art", "text": "BRADERIE DE L’ART", "subtitle": "ROUBAIX", "palette": "art"},
        "sources": ["lilleaddict.fr (13-14 December 2025, 24 hours non-stop, 150 artists, Art Point M, RE-COLLECTE materials)",
                    "vozer.fr (prices 1-400 €, first weekend of December in 2022 and 2024), artshebdomedias.com (2018: Saturday 7 pm to Sunday 7 pm opening), up-magazine.info (founded 1991 by Fanny Bouyagui)",
                    "2026 dates extrapolated (a weekend in mid-December); coordinates of La Condition Publique approximate"],
    },
]


EVENTS += [
    {
        "slug": "tourcoing-jazz-festival",
        "kind": "event",
        "types": EVENT + ["Festival", "Concert", "PointOfInterest"],
        "themes": ["music"],
        "town": "tourcoing",
        "street": ["Maison Folie Hospice d’Havré", "100 rue de Tournai"],
        "postal_code": "59200",
        "geo": ("50.7222", "3.1650"),
        "updated": "2026-10-22",
        "platform": "2026-10-23T02:09:44.81Z",
        "title": {
            "fr": "Tourcoing Jazz Festival",
            "en": "Tourcoing Jazz Festival",
            "nl": "Tourcoing Jazz Festival",
        },
        "short": {
            "fr": "En octobre, une semaine de jazz et de musiques du monde à Tourcoing, du théâtre municipal au chapiteau Magic Mirrors et au cloître de l’hospice d’Havré.",
            "en": "In October, a week of jazz and world music in Tourcoing, from the municipal theatre to the Magic Mirrors tent and the cloister of the Hospice d’Havré.",
            "nl": "In oktober een week jazz en wereldmuziek in Tourcoing, van de stadsschouwburg tot de Magic Mirrors-tent en de kloostergang van het Hospice d’Havré.",
        },
        "long": {
            "fr": [
                "Né en 1986 de l’envie de trois amis d’inviter à Tourcoing les musiciens qu’ils admiraient, le Tourcoing Jazz Festival est devenu l’un des grands rendez-vous du jazz dans le nord de la France. Chaque automne, une trentaine de concerts réunissent légendes du jazz vocal et instrumental, figures de la soul, du blues et des musiques du monde, et jeunes talents. Près de 10 000 spectateurs y viennent chaque année.",
                "Les grands concerts ont lieu au théâtre municipal Raymond-Devos, les soirées plus festives sous le chapiteau Magic Mirrors, et le jazz-club s’installe à la Maison Folie Hospice d’Havré, ancien couvent des XVIIe et XVIIIe siècles. Des concerts gratuits, des jam-sessions et des actions avec le conservatoire complètent la semaine. La plupart des lieux sont à quelques minutes à pied les uns des autres, dans le centre de Tourcoing.",
            ],
            "en": [
                "Born in 1986 from three friends’ wish to bring the musicians they admired to Tourcoing, the Tourcoing Jazz Festival has become one of the major jazz events in northern France. Every autumn some thirty concerts bring together legends of vocal and instrumental jazz, stars of soul, blues and world music, and young talents. Some 10,000 people attend each year.",
                "The big concerts take place in the Raymond-Devos municipal theatre, the more festive evenings in the Magic Mirrors tent, and the jazz club sets up in the Maison Folie Hospice d’Havré, a former 17th- and 18th-century convent. Free concerts, jam sessions and projects with the conservatoire round off the week. Most venues are a few minutes’ walk apart in the centre of Tourcoing.",
            ],
            "nl": [
                "Het Tourcoing Jazz Festival ontstond in 1986 uit de wens van drie vrienden om de muzikanten die ze bewonderden naar Tourcoing te halen en is uitgegroeid tot een van de grote jazzfestivals van Noord-Frankrijk. Elk najaar brengen een dertigtal concerten legendes van de vocale en instrumentale jazz, sterren van soul, blues en wereldmuziek en jong talent samen. Elk jaar komen er zo’n 10.000 toeschouwers.",
                "De grote concerten vinden plaats in de stadsschouwburg Raymond-Devos, de feestelijkere avonden in de Magic Mirrors-tent, en de jazzclub strijkt neer in het Maison Folie Hospice d’Havré, een voormalig klooster uit de 17e en 18e eeuw. Gratis concerten, jamsessies en projecten met het conservatorium maken de week compleet. De meeste zalen liggen op enkele minuten lopen van elkaar, in het centrum van Tourcoing.",
            ],
        },
        "contact": {
            "name": "Association culturelle tourquennoise (ACT)",
            "web": ["https://tourcoing-jazz-festival.com/"],
        },
        "periods": [
            period("2026-10-10", "2026-10-17"),
            period("2025-10-11", "2025-10-18", None, None,
                   details("39e édition.", "39th edition.", "39e editie.")),
            period("2027-10-09", "2027-10-16"),
        ],
        "art": {"poster": "e_stage", "text": "TOURCOING JAZZ", "subtitle": "FESTIVAL", "palette": "jazz",
                "variant": "jazz"},
        "sources": ["ngj.news, contrepoint-lacatholille.fr (39th edition 11-18 October 2025, venues: Théâtre Raymond-Devos, Magic Mirrors, Hospice d’Havré jazz club)",
                    "vozer.fr (founded in 1986 by three friends), tourcoing-jazz-festival.com (ACT organiser)",
                    "2026 and 2027 dates extrapolated (Saturday to Saturday in mid-October); Hospice d’Havré coordinates approximate"],
    },
    {
        "slug": "les-turbulentes-vieux-conde",
        "kind": "event",
        "types": EVENT + ["Festival", "ChildrensEvent", "PointOfInterest"],
        "themes": ["street_arts", "family"],
        "town": "vieux-conde",
        "street": ["Le Boulon – Centre national des arts de la rue", "Avenue de la Gare"],
        "postal_code": "59690",
        "geo": ("50.4603", "3.5692"),
        "updated": "2026-11-04",
        "platform": "2026-11-05T02:44:36.1Z",
        "title": {
            "fr": "Les Turbulentes – festival des arts de la rue",
            "en": "Les Turbulentes – street arts festival",
            "nl": "Les Turbulentes – straattheaterfestival",
            "de": "Les Turbulentes – Festival der Straßenkünste",
        },
        "short": {
            "fr": "Le premier week-end de mai, Vieux-Condé devient une scène à ciel ouvert : une trentaine de compagnies de théâtre de rue, de cirque et de danse, tout est gratuit.",
            "en": "On the first weekend of May, Vieux-Condé becomes an open-air stage: some thirty street-theatre, circus and dance companies, all free.",
            "nl": "Het eerste weekend van mei wordt Vieux-Condé een openluchtpodium: een dertigtal gezelschappen voor straattheater, circus en dans, alles gratis.",
            "de": "Am ersten Maiwochenende wird Vieux-Condé zur Freiluftbühne: rund dreißig Ensembles für Straßentheater, Zirkus und Tanz, alles kostenlos.",
        },
        "long": {
            "fr": [
                "Depuis 1999, Le Boulon, ancienne usine de boulons devenue Centre national des arts de la rue et de l’espace public, organise Les Turbulentes dans cette ville de l’ancien bassin minier, près de la frontière belge. Spectacles monumentaux, déambulations, cirque sous chapiteau, marionnettes et formes plus intimes investissent les rues, les places et les cités minières. Certaines compagnies y créent leurs spectacles lors de résidences au Boulon.",
                "Le festival s’ouvre le vendredi soir à 19 h 01 précises et se poursuit samedi et dimanche, de la fin de matinée au soir. Plus de 30 000 spectateurs y viennent en famille ; le tramway de Valenciennes dessert directement le terminus « Le Boulon ». Pensez à retirer le programme pour composer votre parcours.",
            ],
            "en": [
                "Since 1999 Le Boulon, a former bolt factory turned national centre for street arts, has organised Les Turbulentes in this town of the old mining basin near the Belgian border. Monumental shows, walkabouts, circus under canvas, puppets and more intimate pieces take over the streets, squares and miners’ estates. Some companies create their shows there during residencies at Le Boulon.",
                "The festival opens on Friday evening at precisely 7.01 pm and continues on Saturday and Sunday from late morning into the evening. More than 30,000 people come, many with their families; the Valenciennes tram runs straight to the “Le Boulon” terminus. Pick up the programme to plan your route.",
            ],
            "nl": [
                "Sinds 1999 organiseert Le Boulon, een voormalige boutenfabriek die nu een nationaal centrum voor straattheater is, Les Turbulentes in dit stadje in het oude mijnbekken vlak bij de Belgische grens. Monumentale voorstellingen, wandelacts, circus onder de tent, poppenspel en intiemere vormen nemen de straten, pleinen en mijnwerkerswijken in. Sommige gezelschappen maken er hun voorstelling tijdens een residentie in Le Boulon.",
                "Het festival begint vrijdagavond om precies 19.01 uur en loopt zaterdag en zondag door van de late ochtend tot de avond. Meer dan 30.000 toeschouwers komen, vaak met het gezin; de tram van Valenciennes rijdt rechtstreeks naar de eindhalte ‘Le Boulon’. Haal het programma om je route uit te stippelen.",
            ],
            "de": [
                "Seit 1999 veranstaltet Le Boulon, eine ehemalige Schraubenfabrik und heute nationales Zentrum für Straßenkünste, Les Turbulentes in dieser Stadt des alten Kohlereviers nahe der belgischen Grenze. Monumentale Inszenierungen, Walk-Acts, Zirkus im Zelt, Puppenspiel und intimere Formen erobern Straßen, Plätze und Bergarbeitersiedlungen. Manche Ensembles erarbeiten ihre Stücke während einer Residenz im Boulon.",
                "Das Festival beginnt am Freitagabend um genau 19.01 Uhr und geht am Samstag und Sonntag vom späten Vormittag bis in den Abend weiter. Mehr als 30.000 Zuschauer kommen, viele mit der Familie; die Straßenbahn von Valenciennes fährt direkt bis zur Endhaltestelle „Le Boulon“. Holen Sie sich das Programm, um Ihre Route zu planen.",
            ],
        },
        "contact": {
            "name": "Le Boulon, CNAREP",
            "phone": ["+33 3 27 20 35 40"],
            "web": ["https://leboulon.fr/"],
        },
        "prices": FREE,
        # First weekend of May (2-4 May 2025, 27th edition).
        "periods": [
            period("2027-05-01", "2027-05-02"),
            period("2025-05-02", "2025-05-04"),
            period("2027-04-30", "2027-04-30", "19:01", None,
                   details("Ouverture du festival.", "Festival opening.", "Opening van het festival.",
                           "Eröffnung des Festivals.")),
            period("2026-05-01", "2026-05-03"),
        ],
        "art": {"poster": "e_circus", "text": "LES TURBULENTES", "subtitle": "VIEUX-CONDÉ", "palette": "circus"},
        "sources": ["valexplorer.fr (27th edition 2-4 May 2025, first weekend of May, opening at 7.01 pm, 32 companies), va-infos.fr (30,000-35,000 festival-goers)",
                    "culturecommunication.gouv.fr (first festival 1999, CNAR label 2013), loisiramag.fr (address ZA Le Brasseur, avenue de la Gare; phone)",
                    "2026 and 2027 dates extrapolated; coordinates are those of the town centre (Le Boulon itself not located precisely)"],
    },
    {
        "slug": "les-nuits-secretes",
        "kind": "event",
        "types": EVENT + ["Festival", "Concert", "PointOfInterest"],
        "themes": ["music"],
        "town": "aulnoye-aymeries",
        "street": ["Centre-ville"],
        "postal_code": "59620",
        "geo": ("50.2050", "3.8364"),
        "updated": "2026-08-20",
        "platform": "2026-08-21T02:52:30.44Z",
        "title": {
            "fr": "Les Nuits secrètes",
            "en": "Les Nuits secrètes festival",
            "nl": "Festival Les Nuits secrètes",
        },
        "short": {
            "fr": "En juillet, Aulnoye-Aymeries accueille un festival de musiques actuelles réputé pour ses « parcours secrets » : on monte dans un bus sans savoir où l’on va ni qui l’on va entendre.",
            "en": "In July, Aulnoye-Aymeries hosts a music festival famous for its “secret trails”: you board a bus without knowing where you are going or whom you will hear.",
            "nl": "In juli ontvangt Aulnoye-Aymeries een muziekfestival dat bekendstaat om zijn ‘geheime routes’: je stapt in een bus zonder te weten waar je heen gaat of wie je zult horen.",
        },
        "long": {
            "fr": [
                "Créées en 2002 pour redonner de l’élan à une ville de la Sambre marquée par la fin de la sidérurgie, les Nuits secrètes sont devenues l’un des grands festivals de l’été dans le Nord. Sur trois jours, quatre scènes font se croiser pop, rap, rock, électro et chanson, avec des têtes d’affiche nationales et internationales. Le festival a déjà accueilli jusqu’à 60 000 spectateurs en trois jours.",
                "La singularité du festival, ce sont les parcours secrets : des concerts à l’aveugle dans une chapelle, une piscine ou un champ de l’Avesnois, pour quelques dizaines de chanceux. La nuit, une scène club fait danser jusqu’au petit matin. Le reste du temps, le bocage de l’Avesnois invite à la promenade.",
            ],
            "en": [
                "Created in 2002 to give new energy to a Sambre valley town hit by the end of steelmaking, Les Nuits secrètes has become one of the big summer festivals in the Nord. Over three days, four stages mix pop, rap, rock, electronic music and French song, with national and international headliners. It has drawn up to 60,000 people over three days.",
                "What sets the festival apart are its secret trails: blind concerts in a chapel, a swimming pool or a field in the Avesnois, for a few dozen lucky listeners. At night a club stage keeps people dancing until dawn. The rest of the time, the Avesnois hedged farmland invites a stroll.",
            ],
            "nl": [
                "Les Nuits secrètes ontstonden in 2002 om nieuw leven te blazen in een stad aan de Sambre die getroffen was door het einde van de staalindustrie, en groeiden uit tot een van de grote zomerfestivals in het departement Nord. Drie dagen lang mengen vier podia pop, rap, rock, elektronische muziek en chanson, met nationale en internationale topnamen. Het festival trok al tot 60.000 bezoekers in drie dagen.",
                "Het bijzondere aan het festival zijn de geheime routes: blinde concerten in een kapel, een zwembad of een weiland in de Avesnois, voor enkele tientallen gelukkigen. ’s Nachts laat een clubpodium het publiek dansen tot de ochtend. Overdag nodigt het coulisselandschap van de Avesnois uit tot wandelen.",
            ],
        },
        "periods": [
            period("2027-07-09", "2027-07-11"),
            period("2025-07-11", "2025-07-13", None, None,
                   details("23e édition.", "23rd edition.", "23e editie.")),
        ],
        "art": {"poster": "e_stage", "text": "LES NUITS SECRÈTES", "subtitle": "AULNOYE-AYMERIES",
                "palette": "stage_secret", "variant": "night_bus"},
        "sources": ["phenixwebtv.com (23rd edition 11-13 July 2025, three days, four stages, secret trails), nova.fr (July 2025 report)",
                    "20 Minutes (created 2002, 60,000 festival-goers in a town of 9,000), libelille.fr (secret trails since the early editions)",
                    "2026 edition not found; 2027 dates extrapolated (second weekend of July); coordinates are those of the town centre (festival grounds vary)"],
    },
    {
        "slug": "la-bonne-aventure-dunkerque",
        "kind": "event",
        "types": EVENT + ["Festival", "Concert", "PointOfInterest"],
        "themes": ["music", "sea"],
        "town": "dunkerque",
        "street": ["Digue de mer, place du Centenaire", "Malo-les-Bains"],
        "postal_code": "59240",
        "geo": ("51.0490", "2.3885"),
        "updated": "2026-07-01",
        "platform": "2026-07-02T01:36:27.73Z",
        "title": {
            "fr": "La Bonne Aventure – festival à Malo-les-Bains",
            "en": "La Bonne Aventure – Malo beach festival",
            "nl": "La Bonne Aventure – strandfestival in Malo",
        },
        "short": {
            "fr": "Au début de l’été, un festival gratuit pose ses scènes sur la digue et la plage de Malo-les-Bains : concerts, DJ, installations et parcours secrets face à la mer du Nord.",
            "en": "At the start of summer, a free festival sets up its stages on the promenade and beach at Malo-les-Bains: concerts, DJs, installations and secret trails facing the North Sea.",
            "nl": "Begin van de zomer zet een gratis festival zijn podia op de dijk en het strand van Malo-les-Bains: concerten, dj’s, installaties en geheime routes met zicht op de Noordzee.",
        },
        "long": {
            "fr": [
                "Lancée en 2017 par l’équipe des Nuits secrètes, La Bonne Aventure a fait de la « reine des plages du Nord » une salle de concert à ciel ouvert. La grande scène s’installe devant le Kursaal, tandis que la digue et le sable accueillent DJ, scènes associatives, installations ludiques et déambulations. Le programme mêle têtes d’affiche nationales et artistes de la région.",
                "L’accès est gratuit, seuls les parcours secrets, concerts surprises dans des lieux insolites du littoral, sont payants. On y vient en famille l’après-midi, puis on reste pour le coucher du soleil sur la mer du Nord et les concerts du soir. Pensez à un coupe-vent : la brise de mer se lève souvent le soir.",
            ],
            "en": [
                "Launched in 2017 by the team behind Les Nuits secrètes, La Bonne Aventure has turned the “queen of northern beaches” into an open-air concert hall. The main stage stands in front of the Kursaal, while the promenade and the sand host DJs, community stages, playful installations and walkabouts. The line-up mixes national headliners and artists from the region.",
                "Entry is free; only the secret trails, surprise concerts in unusual places along the coast, are ticketed. Families come in the afternoon and stay on for sunset over the North Sea and the evening concerts. Bring a windcheater: the sea breeze often picks up in the evening.",
            ],
            "nl": [
                "La Bonne Aventure werd in 2017 gestart door het team van Les Nuits secrètes en maakte van de ‘koningin van de noordelijke stranden’ een openluchtconcertzaal. Het hoofdpodium staat voor de Kursaal, terwijl de dijk en het zand dj’s, verenigingspodia, speelse installaties en wandelacts ontvangen. Het programma mengt nationale topnamen en artiesten uit de regio.",
                "De toegang is gratis; alleen de geheime routes, verrassingsconcerten op ongewone plekken langs de kust, zijn betalend. Gezinnen komen in de namiddag en blijven voor de zonsondergang boven de Noordzee en de avondconcerten. Neem een windjack mee: ’s avonds steekt vaak een zeebries op.",
            ],
        },
        "contact": {
            "name": "La Bonne Aventure",
            "web": ["https://www.labonneaventurefestival.com/"],
        },
        "prices": FREE,
        "periods": [
            period("2024-06-21", "2024-06-23", None, None,
                   details("7e édition.", "7th edition.", "7e editie.")),
            period("2027-06-19", "2027-06-20", "12:00", "23:59"),
        ],
        "art": {"poster": "e_stage", "text": "LA BONNE AVENTURE", "subtitle": "MALO-LES-BAINS",
                "palette": "stage_beach", "variant": "beach"},
        "sources": ["peperenews.fr (7th edition 21-23 June 2024, digue de Malo, free, secret trails paid)",
                    "libertehebdo.fr, ville-dunkerque.fr (2019: place du Kursaal / place du Centenaire, noon to midnight, created 2017 by the Nuits secrètes association)",
                    "2025 and 2026 editions not found; 2027 dates extrapolated (a weekend in the second half of June); Kursaal coordinates approximate"],
    },
]

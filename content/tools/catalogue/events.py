"""Events: fairs, carnival, giants, Christmas markets, festival.

Periods are deliberately listed out of order, some with times and some without, as the
real feed does; the importer has to sort them.
"""
import datetime
import random

from .common import period

EVENT = ["schema:Event", "EntertainmentAndEvent", "CulturalEvent"]


def daily_periods(first, last, hours_by_weekday, exceptions=None, seed="shuffle"):
    """One period per day from first to last (inclusive, "YYYY-MM-DD").

    hours_by_weekday maps 0=Monday..6=Sunday to (start, end) times; exceptions maps a
    date to (start, end) or to None when closed that day. The result is shuffled with a
    fixed seed so that the list is unsorted but identical on every run.
    """
    exceptions = exceptions or {}
    day = datetime.date.fromisoformat(first)
    end = datetime.date.fromisoformat(last)
    out = []
    while day <= end:
        iso = day.isoformat()
        times = exceptions.get(iso, hours_by_weekday[day.weekday()])
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
            "name": "Ville de Lille",
            "phone": ["+33 3 59 57 94 00"],
            "web": ["https://www.lille.fr/", "https://www.lilletourism.com/"],
        },
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
            "nl": "Gayantfeesten in Dowaai",
        },
        "short": {
            "fr": "Chaque été, la famille Gayant, géants d’osier de Douai depuis 1530, danse trois jours durant dans les rues de la cité.",
            "en": "Every summer, the Gayant family, Douai’s wicker giants since 1530, dance through the streets of the town for three days.",
            "nl": "Elke zomer dansen de Gayants, de rieten reuzen van Dowaai sinds 1530, drie dagen lang door de straten van de stad.",
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
                "Depuis plus de trente ans, la « Ville de Noël » investit les places baroques d’Arras : chalets de producteurs et d’artisans sur la Grand’Place, grand sapin au pied du beffroi illuminé, carrousel, patinoire et grande roue. C’est aujourd’hui l’un des plus grands marchés de Noël au nord de Paris, qui accueille plus d’un million de visiteurs.",
                "Parades le dimanche en fin d’après-midi, maison du Père Noël place d’Ipswich, vin chaud et gaufres : on y vient en famille. Les chalets ouvrent tous les jours, plus tard le vendredi et le samedi ; le 24 décembre, ils ferment en fin d’après-midi et le 25 décembre, ils restent fermés.",
            ],
            "en": [
                "For more than thirty years the “Christmas Town” has filled the Baroque squares of Arras: chalets of producers and craftspeople on the Grand’Place, a giant tree at the foot of the illuminated belfry, a carousel, an ice rink and a big wheel. It is now one of the largest Christmas markets north of Paris, welcoming more than a million visitors.",
                "Parades on Sunday late afternoons, Father Christmas’s house on Place d’Ipswich, mulled wine and waffles: it is a family outing. The chalets open every day, later on Fridays and Saturdays; on 24 December they close in the late afternoon and on 25 December they stay closed.",
            ],
            "nl": [
                "Al meer dan dertig jaar neemt de ‘Kerststad’ de barokke pleinen van Atrecht in: chalets van producenten en ambachtslieden op de Grand’Place, een reusachtige kerstboom aan de voet van het verlichte belfort, een carrousel, een ijsbaan en een reuzenrad. Het is nu een van de grootste kerstmarkten ten noorden van Parijs, met meer dan een miljoen bezoekers.",
                "Parades op zondag aan het eind van de middag, het huis van de Kerstman op de Place d’Ipswich, glühwein en wafels: een uitje voor het hele gezin. De chalets zijn elke dag open, op vrijdag en zaterdag langer; op 24 december sluiten ze eind van de middag en op 25 december blijven ze dicht.",
            ],
            "de": [
                "Seit mehr als dreißig Jahren erobert die „Weihnachtsstadt“ die barocken Plätze von Arras: Hütten von Erzeugern und Kunsthandwerkern auf der Grand’Place, ein riesiger Tannenbaum am Fuß des beleuchteten Belfrieds, Karussell, Eisbahn und Riesenrad. Heute ist sie einer der größten Weihnachtsmärkte nördlich von Paris und zieht mehr als eine Million Besucher an.",
                "Paraden am späten Sonntagnachmittag, das Haus des Weihnachtsmanns auf der Place d’Ipswich, Glühwein und Waffeln: ein Ausflug für die ganze Familie. Die Hütten öffnen täglich, freitags und samstags länger; am 24. Dezember schließen sie am späten Nachmittag, am 25. Dezember bleiben sie geschlossen.",
            ],
        },
        "contact": {
            "name": "Office de tourisme Arras Pays d’Artois",
            "phone": ["+33 3 21 51 26 95"],
            "web": ["https://www.arraspaysdartois.com/"],
        },
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
                    "2026 dates extrapolated from past editions (last Friday of November to 30 December)"],
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
                "Depuis plus de trente ans, le marché de Noël de Lille s’installe place Rihour, au pied du palais Rihour. Près de 90 chalets y proposent décorations, artisanat, santons, spécialités d’ici et d’ailleurs, vin chaud et croustillons.",
                "Tout autour, la ville se met en fête : la grande roue tourne sur la Grand’Place depuis 1989 et un manège centenaire attend les enfants place du Théâtre. Le marché est ouvert tous les jours à partir de 11 h.",
            ],
            "en": [
                "For more than thirty years, Lille’s Christmas market has set up on Place Rihour, at the foot of the Palais Rihour. Nearly 90 chalets sell decorations, crafts, nativity figures, specialities from near and far, mulled wine and doughnut-like croustillons.",
                "All around, the city is in a festive mood: the big wheel has turned on the Grand’Place since 1989, and a century-old merry-go-round awaits children on Place du Théâtre. The market is open every day from 11 am.",
            ],
            "nl": [
                "Al meer dan dertig jaar staat de kerstmarkt van Rijsel op de Place Rihour, aan de voet van het Palais Rihour. Bijna 90 chalets verkopen versiering, ambachtelijk werk, kerstbeeldjes, specialiteiten van hier en elders, glühwein en croustillons.",
                "Rondom is de stad in feeststemming: het reuzenrad draait sinds 1989 op de Grand’Place en een honderd jaar oude draaimolen wacht op de kinderen op de Place du Théâtre. De markt is elke dag open vanaf 11 uur.",
            ],
        },
        "contact": {
            "name": "Lille Tourisme",
            "phone": ["+33 3 59 57 94 00"],
            "web": ["https://www.lilletourism.com/"],
        },
        "periods": [
            period("2026-11-18", "2026-12-30", None, None,
                   {"fr": "Du dimanche au jeudi de 11 h à 20 h 30, vendredi et samedi de 11 h à 22 h.",
                    "en": "Sunday to Thursday 11 am to 8.30 pm, Friday and Saturday 11 am to 10 pm.",
                    "nl": "Zondag tot donderdag van 11 tot 20.30 uur, vrijdag en zaterdag van 11 tot 22 uur."}),
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
        ],
        "art": {"poster": "film", "text": "ARRAS FILM FESTIVAL", "palette": "film"},
        "sources": ["arrasfilmfestival.com, tendancesandco.fr (2025 edition 7-16 November, venues)",
                    "2026 dates extrapolated (Friday to Sunday of the following week)"],
    },
]

"""Museums, memorials, fortifications and natural sites."""
from .common import days_except, price, rule

MUSEUM = ["CulturalSite", "Museum", "schema:Museum", "PlaceOfInterest", "PointOfInterest"]

SITES = [
    {
        "slug": "louvre-lens",
        "kind": "site",
        "types": MUSEUM,
        "town": "lens",
        "street": ["99 rue Paul Bert"],
        "postal_code": "62300",
        "geo": ("50.4306", "2.8033"),
        "created": "2012-11-05",
        "updated": "2026-10-14",
        "platform": "2026-10-15T02:41:07.57Z",
        "title": {
            "fr": "Louvre-Lens",
            "en": "Louvre-Lens",
            "nl": "Louvre-Lens",
            "de": "Louvre-Lens",
        },
        "short": {
            "fr": "Un musée de verre et de lumière bâti sur un ancien carreau de mine, où les chefs-d’œuvre du Louvre traversent cinq mille ans d’histoire.",
            "en": "A museum of glass and light built on a former coal-mine site, where masterpieces from the Louvre span five thousand years of history.",
            "nl": "Een museum van glas en licht op een voormalig mijnterrein, waar meesterwerken uit het Louvre vijfduizend jaar geschiedenis overspannen.",
            "de": "Ein Museum aus Glas und Licht auf einem ehemaligen Zechengelände, in dem Meisterwerke des Louvre fünftausend Jahre Geschichte umspannen.",
        },
        "long": {
            "fr": [
                "Ouvert en décembre 2012 sur le site de l’ancienne fosse 9 des mines de Lens, le Louvre-Lens a été dessiné par l’agence japonaise SANAA : de longs pavillons de verre et d’aluminium poli posés dans un parc de 20 hectares.",
                "Sa Galerie du temps réunit plus de 200 œuvres prêtées par le Louvre, de l’Antiquité au milieu du XIXe siècle, dans un seul grand espace où l’on passe d’une civilisation à l’autre. L’entrée de la Galerie du temps est gratuite ; les grandes expositions temporaires sont payantes. Le musée est fermé le mardi.",
            ],
            "en": [
                "Opened in December 2012 on the site of the former pit no. 9 of the Lens coal mines, the Louvre-Lens was designed by the Japanese practice SANAA: long pavilions of glass and polished aluminium set in a 20-hectare park.",
                "Its Galerie du temps brings together more than 200 works lent by the Louvre, from Antiquity to the mid-19th century, in one vast space where you move from one civilisation to the next. Entry to the Galerie du temps is free; the major temporary exhibitions are ticketed. The museum is closed on Tuesdays.",
            ],
            "nl": [
                "Het Louvre-Lens opende in december 2012 op het terrein van de vroegere schacht 9 van de mijnen van Lens en werd ontworpen door het Japanse bureau SANAA: lange paviljoens van glas en gepolijst aluminium in een park van 20 hectare.",
                "De Galerie du temps brengt meer dan 200 werken in bruikleen van het Louvre samen, van de oudheid tot het midden van de 19e eeuw, in één grote ruimte waar je van de ene beschaving naar de andere wandelt. De toegang tot de Galerie du temps is gratis; voor de grote tijdelijke tentoonstellingen betaal je een toegangsprijs. Het museum is op dinsdag gesloten.",
            ],
            "de": [
                "Der Louvre-Lens wurde im Dezember 2012 auf dem Gelände des ehemaligen Schachts 9 der Zechen von Lens eröffnet und vom japanischen Büro SANAA entworfen: lange Pavillons aus Glas und poliertem Aluminium in einem 20 Hektar großen Park.",
                "Die Galerie du temps vereint mehr als 200 Leihgaben des Louvre von der Antike bis zur Mitte des 19. Jahrhunderts in einem einzigen großen Raum, in dem man von einer Kultur zur nächsten wandert. Der Eintritt in die Galerie du temps ist frei, die großen Sonderausstellungen sind kostenpflichtig. Dienstags ist das Museum geschlossen.",
            ],
        },
        "contact": {
            "name": "Musée du Louvre-Lens",
            "phone": ["+33 3 21 18 62 62"],
            "web": ["https://www.louvrelens.fr/"],
        },
        "hours": [rule(days_except("Tue"), "10:00", "18:00")],
        "hours_text": {
            "fr": "Tous les jours sauf le mardi, de 10 h à 18 h. Fermé le 1er janvier, le 1er mai et le 25 décembre.",
            "en": "Daily except Tuesday, 10 am to 6 pm. Closed on 1 January, 1 May and 25 December.",
            "nl": "Dagelijks behalve dinsdag van 10 tot 18 uur. Gesloten op 1 januari, 1 mei en 25 december.",
            "de": "Täglich außer dienstags von 10 bis 18 Uhr. Geschlossen am 1. Januar, 1. Mai und 25. Dezember.",
        },
        "prices": [price("full", "0")],
        "gallery_repeats_main": True,
        "art": {"scene": "louvre_lens", "sky": "clear_day"},
        "sources": ["louvrelens.fr (address, phone, hours)", "Wikipedia: Louvre-Lens (coordinates, history)"],
    },
    {
        "slug": "palais-des-beaux-arts-lille",
        "kind": "site",
        "types": MUSEUM,
        "town": "lille",
        "street": ["Place de la République"],
        "postal_code": "59000",
        "geo": ("50.6306", "3.0628"),
        "updated": "2026-09-30",
        "platform": "2026-10-01T03:05:12.118Z",
        "title": {
            "fr": "Palais des Beaux-Arts de Lille",
            "en": "Palais des Beaux-Arts, Lille Fine Arts Museum",
            "nl": "Paleis voor Schone Kunsten van Rijsel",
            "de": "Palais des Beaux-Arts – Museum der Schönen Künste Lille",
        },
        "short": {
            "fr": "Derrière sa façade Belle Époque, l’un des plus riches musées de France, de Rubens et Goya aux étonnants plans-reliefs des villes fortifiées.",
            "en": "Behind its Belle Époque façade lies one of France’s richest museums, from Rubens and Goya to remarkable relief models of fortified towns.",
            "nl": "Achter de belle-époquegevel schuilt een van de rijkste musea van Frankrijk, van Rubens en Goya tot verbluffende reliëfplannen van vestingsteden.",
            "de": "Hinter der Belle-Époque-Fassade verbirgt sich eines der reichsten Museen Frankreichs – von Rubens und Goya bis zu erstaunlichen Reliefplänen befestigter Städte.",
        },
        "long": {
            "fr": [
                "Inauguré en 1892 sur la place de la République, le Palais des Beaux-Arts compte parmi les plus grands musées de France. Ses collections parcourent l’art européen du Moyen Âge au début du XXe siècle : maîtres flamands comme Rubens et Van Dyck, deux toiles célèbres de Goya, Delacroix et Courbet, sculptures de Carpeaux, Rodin et Camille Claudel.",
                "Au sous-sol, les plans-reliefs des places fortes de Flandre, maquettes géantes réalisées pour les stratèges de Louis XIV et de ses successeurs, émerveillent petits et grands. Le musée ouvre le lundi après-midi et du mercredi au dimanche ; il est fermé le mardi.",
            ],
            "en": [
                "Opened in 1892 on Place de la République, the Palais des Beaux-Arts ranks among the largest museums in France. Its collections span European art from the Middle Ages to the early 20th century: Flemish masters such as Rubens and Van Dyck, two famous canvases by Goya, Delacroix and Courbet, and sculpture by Carpeaux, Rodin and Camille Claudel.",
                "In the basement, the relief models of the fortified towns of Flanders, huge scale models made for the strategists of Louis XIV and his successors, delight visitors of every age. The museum opens on Monday afternoons and from Wednesday to Sunday; it is closed on Tuesdays.",
            ],
            "nl": [
                "Het Paleis voor Schone Kunsten aan de Place de la République werd in 1892 ingehuldigd en behoort tot de grootste musea van Frankrijk. De collecties bestrijken de Europese kunst van de middeleeuwen tot het begin van de 20e eeuw: Vlaamse meesters als Rubens en Van Dyck, twee beroemde doeken van Goya, Delacroix en Courbet, en beeldhouwwerk van Carpeaux, Rodin en Camille Claudel.",
                "In de kelder verrassen de reliëfplannen van de Vlaamse vestingsteden, enorme maquettes gemaakt voor de strategen van Lodewijk XIV en zijn opvolgers, jong en oud. Het museum is open op maandagmiddag en van woensdag tot zondag; op dinsdag is het gesloten.",
            ],
            "de": [
                "Das 1892 eröffnete Palais des Beaux-Arts an der Place de la République gehört zu den größten Museen Frankreichs. Die Sammlungen reichen von der europäischen Kunst des Mittelalters bis zum frühen 20. Jahrhundert: flämische Meister wie Rubens und Van Dyck, zwei berühmte Gemälde von Goya, Delacroix und Courbet sowie Skulpturen von Carpeaux, Rodin und Camille Claudel.",
                "Im Untergeschoss begeistern die Reliefpläne der Festungsstädte Flanderns, riesige Modelle für die Strategen Ludwigs XIV. und seiner Nachfolger, Groß und Klein. Das Museum ist montagnachmittags sowie von Mittwoch bis Sonntag geöffnet und dienstags geschlossen.",
            ],
        },
        "contact": {
            "name": "Palais des Beaux-Arts de Lille",
            "phone": ["+33 3 20 06 78 00"],
            "web": ["https://pba.lille.fr/"],
        },
        "hours": [
            rule("Mon", "14:00", "18:00"),
            rule("Wed Thu Fri Sat Sun", "10:00", "18:00"),
        ],
        "hours_text": {
            "fr": "Lundi de 14 h à 18 h, du mercredi au dimanche de 10 h à 18 h. Fermé le mardi, les 1er janvier, 1er mai, 14 juillet, 1er novembre, 25 décembre et le week-end de la Braderie.",
            "en": "Monday 2 pm to 6 pm, Wednesday to Sunday 10 am to 6 pm. Closed on Tuesdays, on 1 January, 1 May, 14 July, 1 November, 25 December and during the Braderie weekend.",
            "nl": "Maandag van 14 tot 18 uur, woensdag tot zondag van 10 tot 18 uur. Gesloten op dinsdag, op 1 januari, 1 mei, 14 juli, 1 november, 25 december en tijdens het braderieweekend.",
        },
        "prices": [price("full", "7"), price("reduced", "4")],
        "art": {"scene": "palais_beaux_arts", "sky": "late_afternoon"},
        "sources": ["pba.lille.fr and lilletourism.com (hours, closing days, phone)",
                    "Wikipedia: Palais des Beaux-Arts de Lille (history, coordinates)"],
    },
    {
        "slug": "la-piscine-roubaix",
        "kind": "site",
        "types": MUSEUM,
        "town": "roubaix",
        "street": ["23 rue de l’Espérance"],
        "postal_code": "59100",
        "geo": ("50.6894", "3.1639"),
        "updated": "2026-08-21",
        "platform": "2026-08-22T01:17:53.9Z",
        "title": {
            "fr": "La Piscine – Musée d’art et d’industrie André-Diligent",
            "en": "La Piscine – André Diligent Museum of Art and Industry",
            "nl": "La Piscine – Museum voor kunst en industrie André Diligent",
        },
        "short": {
            "fr": "Un musée installé dans une somptueuse piscine Art déco, où sculptures, peintures et textiles se reflètent dans l’eau du grand bassin.",
            "en": "A museum set in a sumptuous Art Deco swimming pool, where sculptures, paintings and textiles are mirrored in the water of the great basin.",
            "nl": "Een museum in een weelderig art-decozwembad, waar beelden, schilderijen en textiel weerspiegelen in het water van het grote bad.",
        },
        "long": {
            "fr": [
                "Construite de 1927 à 1932 par l’architecte Albert Baert, la piscine municipale de Roubaix passait pour la plus belle de France. Fermée en 1985, elle renaît en 2001 sous la forme d’un musée imaginé par Jean-Paul Philippon, qui a gardé le grand bassin, les cabines de douche et les vitraux figurant le soleil levant et le soleil couchant.",
                "Autour de l’eau s’étend une galerie de sculptures ; les salles voisines présentent peintures et arts décoratifs des XIXe et XXe siècles, ainsi que des tissus et des vêtements qui racontent le passé textile de la ville. Le musée est fermé le lundi.",
            ],
            "en": [
                "Built between 1927 and 1932 by the architect Albert Baert, Roubaix’s municipal swimming pool was said to be the most beautiful in France. Closed in 1985, it was reborn in 2001 as a museum designed by Jean-Paul Philippon, who kept the great basin, the shower cubicles and the stained-glass windows showing the rising and the setting sun.",
                "A sculpture gallery lines the water; the neighbouring rooms show 19th- and 20th-century painting and decorative arts, as well as fabrics and clothing that tell the story of the town’s textile past. The museum is closed on Mondays.",
            ],
            "nl": [
                "Het gemeentelijke zwembad van Roubaix, tussen 1927 en 1932 gebouwd door architect Albert Baert, gold als het mooiste van Frankrijk. Na de sluiting in 1985 werd het in 2001 herboren als museum naar een ontwerp van Jean-Paul Philippon, die het grote bad, de douchecabines en de glas-in-loodramen met de opkomende en ondergaande zon bewaarde.",
                "Rond het water loopt een beeldengalerij; de zalen ernaast tonen schilderkunst en decoratieve kunst uit de 19e en 20e eeuw, en stoffen en kleding die het textielverleden van de stad vertellen. Op maandag is het museum gesloten.",
            ],
        },
        "contact": {
            "name": "La Piscine – Musée d’art et d’industrie André-Diligent",
            "phone": ["+33 3 20 69 23 60"],
            "web": ["https://www.roubaix-lapiscine.com/"],
        },
        "hours": [
            rule("Tue Wed Thu", "11:00", "18:00"),
            rule("Fri", "11:00", "20:00"),
            rule("Sat Sun", "13:00", "18:00"),
        ],
        "art": {"scene": "la_piscine", "sky": "soft_morning"},
        "sources": ["roubaix-lapiscine.com (address, phone, hours)",
                    "Wikipedia: La Piscine (Roubaix) (history, coordinates)"],
    },
    {
        "slug": "centre-historique-minier-lewarde",
        "kind": "site",
        "types": MUSEUM + ["TechnicalHeritage"],
        "town": "lewarde",
        "street": ["Fosse Delloye", "Rue d’Erchin"],
        "postal_code": "59287",
        "geo": ("50.3319", "3.1726"),
        "updated": "2026-11-03",
        "platform": "2026-11-04T02:58:30.4Z",
        "title": {
            "fr": "Centre historique minier de Lewarde",
            "en": "Lewarde Mining History Centre",
            "nl": "Historisch Mijncentrum van Lewarde",
            "de": "Historisches Bergbauzentrum Lewarde",
        },
        "short": {
            "fr": "Sur le carreau de l’ancienne fosse Delloye, le plus grand musée de la mine de France fait revivre trois siècles d’histoire du charbon.",
            "en": "On the site of the former Delloye pit, France’s largest mining museum brings three centuries of coal history back to life.",
            "nl": "Op het terrein van de voormalige Delloye-mijn laat het grootste mijnmuseum van Frankrijk drie eeuwen steenkoolgeschiedenis herleven.",
            "de": "Auf dem Gelände der ehemaligen Zeche Delloye lässt das größte Bergbaumuseum Frankreichs drei Jahrhunderte Kohlegeschichte wieder aufleben.",
        },
        "long": {
            "fr": [
                "La fosse Delloye a extrait du charbon pendant une quarantaine d’années, jusqu’en 1971 ; depuis 1984, ses bâtiments de brique, ses deux chevalements, sa lampisterie et sa salle des pendus accueillent le Centre historique minier. Un médiateur guide la visite des galeries reconstituées, où le vacarme des machines rappelle le travail des mineurs.",
                "Des expositions racontent la formation du charbon, la vie dans les cités minières et le rôle des chevaux au fond. Le site fait partie du Bassin minier du Nord-Pas-de-Calais, inscrit au patrimoine mondial de l’UNESCO en 2012. De mi-novembre à fin février, le musée n’ouvre que l’après-midi en semaine et ferme le lundi ; il est fermé en janvier.",
            ],
            "en": [
                "The Delloye pit produced coal for some forty years, until 1971; since 1984 its brick buildings, its two headframes, its lamp room and its hanging changing room have housed the Mining History Centre. A guide leads you through reconstructed galleries, where the roar of the machines recalls the miners’ work.",
                "Exhibitions tell how coal was formed, what life was like in the mining villages and how horses worked underground. The site belongs to the Nord-Pas-de-Calais Mining Basin, a UNESCO World Heritage Site since 2012. From mid-November to the end of February the museum opens only in the afternoon on weekdays and is closed on Mondays; it is closed in January.",
            ],
            "nl": [
                "De Delloye-mijn leverde zo’n veertig jaar lang steenkool, tot 1971; sinds 1984 huisvesten de bakstenen gebouwen, de twee schachtbokken, de lampenzaal en de ‘hangende kleedzaal’ het Historisch Mijncentrum. Een gids leidt je door nagebouwde mijngangen, waar het lawaai van de machines het werk van de mijnwerkers oproept.",
                "Tentoonstellingen vertellen hoe steenkool ontstond, hoe het leven in de mijnwerkerswijken was en welke rol de paarden ondergronds speelden. De site hoort bij het mijnbekken van Nord-Pas-de-Calais, sinds 2012 UNESCO-werelderfgoed. Van half november tot eind februari is het museum op weekdagen alleen ’s middags open en op maandag gesloten; in januari is het dicht.",
            ],
            "de": [
                "Die Zeche Delloye förderte rund vierzig Jahre lang Kohle, bis 1971; seit 1984 beherbergen ihre Backsteingebäude, die beiden Fördergerüste, die Lampenstube und die Kaue mit den hochgezogenen Kleiderhaken das Historische Bergbauzentrum. Ein Guide führt durch nachgebaute Stollen, in denen der Lärm der Maschinen an die Arbeit der Bergleute erinnert.",
                "Ausstellungen erzählen von der Entstehung der Kohle, vom Leben in den Bergarbeitersiedlungen und von den Grubenpferden unter Tage. Das Gelände gehört zum Bergbaubecken Nord-Pas-de-Calais, seit 2012 UNESCO-Welterbe. Von Mitte November bis Ende Februar öffnet das Museum werktags nur nachmittags und bleibt montags geschlossen; im Januar ist es geschlossen.",
            ],
        },
        "contact": {
            "name": "Centre historique minier",
            "phone": ["+33 3 27 95 82 82"],
            "web": ["https://www.chm-lewarde.com/"],
        },
        "hours": [
            # Winter 2026-27 (15 November to end of February, annual closure in January).
            rule("Tue Wed Thu Fri Sat", "13:00", "18:00", "2026-11-15", "2026-12-31"),
            rule("Sun", "10:00", "18:00", "2026-11-15", "2026-12-31"),
            rule("Tue Wed Thu Fri Sat", "13:00", "18:00", "2027-02-01", "2027-02-28"),
            rule("Sun", "10:00", "18:00", "2027-02-01", "2027-02-28"),
            # Main season (1 March to 14 November): every day.
            rule(days_except(), "09:00", "19:00", "2026-03-01", "2026-11-14"),
            rule(days_except(), "09:00", "19:00", "2027-03-01", "2027-11-14"),
        ],
        "hours_text": {
            "fr": "Du 1er mars au 14 novembre : tous les jours de 9 h à 19 h. Du 15 novembre à fin février : du mardi au samedi de 13 h à 18 h, le dimanche, les jours fériés et pendant les vacances scolaires de 10 h à 18 h ; fermé le lundi. Billetterie fermée à 17 h. Fermeture annuelle en janvier, ainsi que les 1er mai et 25 décembre.",
            "en": "1 March to 14 November: daily 9 am to 7 pm. 15 November to end of February: Tuesday to Saturday 1 pm to 6 pm; Sundays, public holidays and school holidays 10 am to 6 pm; closed on Mondays. Ticket office closes at 5 pm. Closed in January, on 1 May and 25 December.",
            "nl": "1 maart tot 14 november: dagelijks van 9 tot 19 uur. 15 november tot eind februari: dinsdag tot zaterdag van 13 tot 18 uur; zon- en feestdagen en schoolvakanties van 10 tot 18 uur; maandag gesloten. De kassa sluit om 17 uur. Gesloten in januari, op 1 mei en 25 december.",
            "de": "1. März bis 14. November: täglich 9 bis 19 Uhr. 15. November bis Ende Februar: Dienstag bis Samstag 13 bis 18 Uhr; sonn- und feiertags sowie in den Schulferien 10 bis 18 Uhr; montags geschlossen. Kassenschluss 17 Uhr. Im Januar sowie am 1. Mai und 25. Dezember geschlossen.",
        },
        "gallery_repeats_main": True,
        "art": {"scene": "mining", "sky": "overcast"},
        "sources": ["chm-lewarde.com FAQ (hours, seasons, annual closure, address)",
                    "Wikipedia: Fosse Delloye (BRGM coordinates of shafts 1 and 2, history)"],
    },
    {
        "slug": "anneau-de-la-memoire",
        "kind": "site",
        "types": ["CulturalSite", "RemarkableBuilding", "PlaceOfInterest", "PointOfInterest"],
        "town": "ablain-saint-nazaire",
        "street": ["Plateau de Notre-Dame-de-Lorette"],
        "postal_code": "62153",
        "geo": ("50.4005", "2.7190"),
        "updated": "2026-06-11",
        "platform": "2026-06-12T04:00:01.005Z",
        "title": {
            "fr": "Anneau de la Mémoire – Mémorial international de Notre-Dame-de-Lorette",
            "en": "Ring of Remembrance – Notre-Dame-de-Lorette International Memorial",
            "nl": "Ring der Herinnering – Internationaal gedenkteken van Notre-Dame-de-Lorette",
            "de": "Ring der Erinnerung – Internationale Gedenkstätte Notre-Dame-de-Lorette",
        },
        "short": {
            "fr": "Une immense ellipse d’acier où sont gravés, sans distinction de nationalité, les noms des 579 606 soldats morts dans le Nord et le Pas-de-Calais pendant la Grande Guerre.",
            "en": "A vast steel ellipse engraved, regardless of nationality, with the names of the 579,606 soldiers who died in Nord and Pas-de-Calais during the Great War.",
            "nl": "Een reusachtige stalen ellips waarin, zonder onderscheid naar nationaliteit, de namen staan van de 579.606 soldaten die tijdens de Grote Oorlog in Nord en Pas-de-Calais sneuvelden.",
            "de": "Eine gewaltige Stahlellipse, in die ohne Unterschied der Nationalität die Namen der 579.606 Soldaten eingraviert sind, die im Ersten Weltkrieg im Nord und im Pas-de-Calais fielen.",
        },
        "long": {
            "fr": [
                "Inauguré le 11 novembre 2014, l’Anneau de la Mémoire fait face à l’entrée de la nécropole nationale de Notre-Dame-de-Lorette, le plus grand cimetière militaire de France. L’architecte Philippe Prost l’a conçu comme une ellipse de 345 mètres de périmètre, dont une partie s’avance en porte-à-faux au-dessus de la pente.",
                "Sur 500 panneaux d’acier, les noms sont classés par ordre alphabétique, sans distinction de nationalité, de grade ni de religion : ennemis et alliés d’hier y sont réunis. Le lieu se visite librement et gratuitement ; prenez le temps de prolonger la visite par la basilique et la tour-lanterne de la nécropole voisine.",
            ],
            "en": [
                "Inaugurated on 11 November 2014, the Ring of Remembrance faces the entrance of the Notre-Dame-de-Lorette national necropolis, the largest French military cemetery. The architect Philippe Prost designed it as an ellipse 345 metres around, part of which juts out over the slope.",
                "On 500 steel panels the names are listed in alphabetical order, with no distinction of nationality, rank or religion: yesterday’s enemies and allies stand side by side. Entry is free and unrestricted; take time to continue to the basilica and the lantern tower of the neighbouring necropolis.",
            ],
            "nl": [
                "De Ring der Herinnering, ingehuldigd op 11 november 2014, ligt tegenover de ingang van de nationale necropolis van Notre-Dame-de-Lorette, de grootste Franse militaire begraafplaats. Architect Philippe Prost ontwierp een ellips met een omtrek van 345 meter, waarvan een deel vrij boven de helling uitsteekt.",
                "Op 500 stalen panelen staan de namen in alfabetische volgorde, zonder onderscheid naar nationaliteit, rang of godsdienst: vijanden en bondgenoten van toen staan naast elkaar. De toegang is vrij en gratis; loop zeker ook door naar de basiliek en de lantaarntoren van de necropolis ernaast.",
            ],
            "de": [
                "Der am 11. November 2014 eingeweihte Ring der Erinnerung liegt gegenüber dem Eingang der Nationalnekropole Notre-Dame-de-Lorette, des größten französischen Soldatenfriedhofs. Der Architekt Philippe Prost entwarf eine Ellipse von 345 Metern Umfang, die zum Teil frei über den Hang hinausragt.",
                "Auf 500 Stahltafeln stehen die Namen in alphabetischer Reihenfolge, ohne Unterschied von Nationalität, Dienstgrad oder Religion: einstige Feinde und Verbündete sind hier vereint. Der Besuch ist frei und kostenlos; gehen Sie weiter zur Basilika und zum Laternenturm der benachbarten Nekropole.",
            ],
        },
        "contact": {
            "name": "Office de tourisme de Lens-Liévin",
            "web": ["https://www.tourisme-lenslievin.fr/"],
        },
        "hours_text": {
            "fr": "Site en plein air, accès libre et gratuit.",
            "en": "Open-air site, free and unrestricted access.",
            "nl": "Openluchtsite, vrij en gratis toegankelijk.",
            "de": "Gedenkstätte unter freiem Himmel, freier und kostenloser Zugang.",
        },
        "prices": [price("full", "0")],
        "art": {"scene": "memorial_ring", "sky": "sunset"},
        "sources": ["tourisme-en-hautsdefrance.com and Wikipedia: Anneau de la Mémoire (facts, figures)",
                    "Coordinates estimated from the position of the necropolis (face to its entrance)"],
    },
    {
        "slug": "citadelle-arras",
        "kind": "site",
        "types": ["CulturalSite", "DefenceSite", "Citadel", "RemarkableBuilding",
                  "PlaceOfInterest", "PointOfInterest"],
        "town": "arras",
        "street": ["Boulevard du Général-de-Gaulle"],
        "postal_code": "62000",
        "geo": ("50.2825", "2.7592"),
        "updated": "2026-07-02",
        "platform": "2026-07-03T02:12:40.61Z",
        "title": {
            "fr": "Citadelle Vauban d’Arras",
            "en": "Vauban Citadel of Arras",
            "nl": "Vaubancitadel van Atrecht",
        },
        "short": {
            "fr": "Surnommée « la Belle Inutile », la citadelle pentagonale de Vauban est devenue un quartier vert ouvert aux promeneurs.",
            "en": "Nicknamed “the Beautiful Useless One”, Vauban’s pentagonal citadel has become a green district open to walkers.",
            "nl": "De vijfhoekige citadel van Vauban, bijgenaamd ‘de Mooie Nutteloze’, is een groene wijk geworden waar je vrij kunt wandelen.",
        },
        "long": {
            "fr": [
                "Construite de 1668 à 1672 sur les plans de Vauban, la citadelle d’Arras n’a jamais eu à soutenir de siège, d’où son surnom de « Belle Inutile ». Ce pentagone bastionné, entouré de fossés, est inscrit depuis 2008 au patrimoine mondial de l’UNESCO avec onze autres sites fortifiés par Vauban.",
                "Occupée par l’armée jusqu’en 2009, elle s’ouvre désormais aux habitants et aux visiteurs : promenade le long des remparts et dans les fossés, petite chapelle baroque, et le Mur des fusillés, où sont honorés les résistants exécutés dans les fossés pendant la Seconde Guerre mondiale. L’office de tourisme d’Arras y propose des visites guidées.",
            ],
            "en": [
                "Built between 1668 and 1672 to Vauban’s plans, the citadel of Arras never had to withstand a siege, hence its nickname of “the Beautiful Useless One”. This bastioned pentagon surrounded by ditches has been a UNESCO World Heritage Site since 2008, together with eleven other sites fortified by Vauban.",
                "Used by the army until 2009, it is now open to residents and visitors: walks along the ramparts and in the ditches, a small Baroque chapel, and the Wall of the Executed, which honours the Resistance fighters shot in the ditches during the Second World War. The Arras tourist office runs guided tours.",
            ],
            "nl": [
                "De citadel van Atrecht, tussen 1668 en 1672 gebouwd naar de plannen van Vauban, heeft nooit een beleg hoeven doorstaan; vandaar de bijnaam ‘de Mooie Nutteloze’. Deze vijfhoek met bastions en grachten staat sinds 2008 op de Werelderfgoedlijst van UNESCO, samen met elf andere door Vauban versterkte plaatsen.",
                "Tot 2009 was het leger er gevestigd; nu is ze open voor bewoners en bezoekers: wandelingen langs de wallen en door de grachten, een kleine barokkapel en de Mur des fusillés, ter ere van de verzetsstrijders die in de Tweede Wereldoorlog in de grachten werden gefusilleerd. Het toeristenbureau van Atrecht organiseert rondleidingen.",
            ],
        },
        "contact": {
            "name": "Office de tourisme Arras Pays d’Artois",
            "phone": ["+33 3 21 51 26 95"],
            "web": ["https://www.arraspaysdartois.com/"],
        },
        "hours_text": {
            "fr": "Remparts et espaces verts en accès libre. Visites guidées selon le calendrier de l’office de tourisme.",
            "en": "Ramparts and green spaces freely accessible. Guided tours according to the tourist office’s calendar.",
            "nl": "Wallen en groene ruimten vrij toegankelijk. Rondleidingen volgens de kalender van het toeristenbureau.",
        },
        "prices": [price("full", "0")],
        "art": {"scene": "citadel", "sky": "clear_day"},
        "sources": ["sites-vauban.org and Wikipedia: Citadelle d'Arras (dates, UNESCO 2008, army until 2009, coordinates)"],
    },
    {
        "slug": "cap-blanc-nez",
        "kind": "site",
        "types": ["NaturalHeritage", "PlaceOfInterest", "PointOfInterest"],
        "town": "escalles",
        "street": ["Route départementale 940", "Cap Blanc-Nez"],
        "postal_code": "62179",
        "geo": ("50.9250", "1.7094"),
        "updated": "2026-05-19",
        "platform": "2026-05-20T03:33:19.2Z",
        "title": {
            "fr": "Cap Blanc-Nez",
            "en": "Cap Blanc-Nez",
            "nl": "Kaap Blanc-Nez",
        },
        "short": {
            "fr": "Des falaises de craie de 134 mètres face aux côtes anglaises, au cœur du Grand Site de France des Deux-Caps.",
            "en": "Chalk cliffs rising 134 metres opposite the English coast, at the heart of the Deux-Caps Grand Site de France.",
            "nl": "Krijtrotsen van 134 meter hoog tegenover de Engelse kust, in het hart van de Grand Site de France des Deux-Caps.",
        },
        "long": {
            "fr": [
                "Sur la commune d’Escalles, le cap Blanc-Nez dresse ses falaises de craie et de marne à 134 mètres au-dessus de la Manche, jumelles des falaises blanches de Douvres. Par temps clair, le regard porte jusqu’à l’Angleterre, au cap Gris-Nez et à la baie de Wissant.",
                "Au sommet, l’obélisque de la Dover Patrol rend hommage aux marins qui gardèrent le détroit pendant la Première Guerre mondiale. Labellisé Grand Site de France depuis 2011 avec le cap Gris-Nez, le site se parcourt librement à pied par le sentier du littoral (GR 120) ; restez à bonne distance du bord des falaises.",
            ],
            "en": [
                "In the village of Escalles, Cap Blanc-Nez raises its cliffs of chalk and marl 134 metres above the Channel, twins of the White Cliffs of Dover. On a clear day you can see England, Cap Gris-Nez and the bay of Wissant.",
                "At the top, the Dover Patrol obelisk honours the sailors who guarded the strait during the First World War. Awarded the Grand Site de France label in 2011 together with Cap Gris-Nez, the site is free to explore on foot along the coastal path (GR 120); keep well back from the cliff edge.",
            ],
            "nl": [
                "In de gemeente Escalles rijzen de krijt- en mergelrotsen van Kaap Blanc-Nez 134 meter boven het Kanaal uit, tweelingen van de witte kliffen van Dover. Bij helder weer zie je Engeland, Kaap Gris-Nez en de baai van Wissant.",
                "Op de top herdenkt de obelisk van de Dover Patrol de zeelieden die tijdens de Eerste Wereldoorlog de zeestraat bewaakten. Samen met Kaap Gris-Nez kreeg de site in 2011 het label Grand Site de France; je verkent haar vrij te voet via het kustpad (GR 120). Blijf op veilige afstand van de rand van de kliffen.",
            ],
        },
        "contact": {
            "name": "Office de tourisme Calais Côte d’Opale",
            "web": ["https://www.calais-cotedopale.com/"],
        },
        "hours_text": {
            "fr": "Site naturel en accès libre toute l’année.",
            "en": "Natural site, open all year round.",
            "nl": "Natuurgebied, het hele jaar vrij toegankelijk.",
        },
        "prices": [price("full", "0")],
        "art": {"scene": "cliffs", "sky": "breezy"},
        "sources": ["Wikipedia: Cap Blanc-Nez and Escalles (height, INSEE 62307, coordinates, Grand Site 2011)"],
    },
]

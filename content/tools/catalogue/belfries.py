"""Belfries of Nord and Pas-de-Calais listed by UNESCO ("Belfries of Belgium and France", 2005).

The French title always contains "Beffroi", and every belfry carries the kb:Belfry theme:
the kiosk's importer uses either to file the item under belfries.
"""
from .common import days_except, rule

BELFRY = ["CulturalSite", "RemarkableBuilding", "Tower", "PlaceOfInterest", "PointOfInterest"]

BELFRIES = [
    {
        "slug": "beffroi-arras",
        "kind": "belfry",
        "types": BELFRY,
        "themes": ["belfry"],
        "town": "arras",
        "street": ["Hôtel de ville", "Place des Héros"],
        "postal_code": "62000",
        "geo": ("50.2911", "2.7769"),
        "updated": "2026-10-27",
        "platform": "2026-10-28T02:06:44.731Z",
        "title": {
            "fr": "Beffroi d’Arras",
            "en": "Belfry of Arras",
            "nl": "Belfort van Atrecht",
            "de": "Belfried von Arras",
        },
        "short": {
            "fr": "Couronné de son lion doré, le beffroi de 75 mètres veille sur la place des Héros et offre l’un des plus beaux panoramas de l’Artois.",
            "en": "Crowned by its golden lion, the 75-metre belfry watches over the Place des Héros and offers one of the finest views in Artois.",
            "nl": "Het 75 meter hoge belfort met zijn gouden leeuw waakt over de Place des Héros en biedt een van de mooiste uitzichten over Artesië.",
            "de": "Der 75 Meter hohe Belfried mit seinem goldenen Löwen wacht über die Place des Héros und bietet eines der schönsten Panoramen des Artois.",
        },
        "long": {
            "fr": [
                "Commencé en 1463 et achevé en 1554 dans le style gothique flamboyant, le beffroi d’Arras fut abattu par l’artillerie en octobre 1914. Il a été reconstruit à l’identique après la guerre sous la direction de Pierre Paquet, avec du béton armé dans ses parties cachées ; au sommet, le lion d’Arras brandit de nouveau son soleil.",
                "Un ascenseur puis une quarantaine de marches mènent à la première couronne, d’où l’on embrasse les deux places baroques, la citadelle et, au loin, la crête de Vimy et Notre-Dame-de-Lorette. Le carillon de 37 cloches égrène à chaque heure l’air « On ira voir la fête d’Arras ». La montée se réserve à l’office de tourisme, installé dans l’hôtel de ville.",
            ],
            "en": [
                "Begun in 1463 and completed in 1554 in the Flamboyant Gothic style, the belfry of Arras was brought down by artillery in October 1914. It was rebuilt identically after the war under the direction of Pierre Paquet, with reinforced concrete in its hidden parts; at the top, the lion of Arras once again holds up its sun.",
                "A lift and then some forty steps lead to the first crown, from which you take in both Baroque squares, the citadel and, in the distance, Vimy Ridge and Notre-Dame-de-Lorette. The 37-bell carillon plays the tune “On ira voir la fête d’Arras” every hour. Book your ascent at the tourist office inside the town hall.",
            ],
            "nl": [
                "Het belfort van Atrecht werd in 1463 begonnen en in 1554 voltooid in flamboyante gotiek, en in oktober 1914 door artillerie neergehaald. Na de oorlog werd het onder leiding van Pierre Paquet identiek herbouwd, met gewapend beton in de onzichtbare delen; bovenop houdt de leeuw van Atrecht opnieuw zijn zon omhoog.",
                "Een lift en daarna een veertigtal treden brengen je naar de eerste kroon, met zicht op de twee barokke pleinen, de citadel en in de verte de heuvelrug van Vimy en Notre-Dame-de-Lorette. De beiaard met 37 klokken speelt elk uur het deuntje ‘On ira voir la fête d’Arras’. De beklimming boek je bij het toeristenbureau in het stadhuis.",
            ],
            "de": [
                "Der 1463 begonnene und 1554 im Stil der Flamboyant-Gotik vollendete Belfried von Arras wurde im Oktober 1914 von der Artillerie zerstört. Nach dem Krieg baute man ihn unter der Leitung von Pierre Paquet originalgetreu wieder auf, in den verborgenen Teilen mit Stahlbeton; auf der Spitze hält der Löwe von Arras wieder seine Sonne empor.",
                "Ein Aufzug und danach gut vierzig Stufen führen zur ersten Krone, von der aus man beide barocken Plätze, die Zitadelle und in der Ferne den Vimy-Kamm und Notre-Dame-de-Lorette überblickt. Das Glockenspiel mit 37 Glocken spielt zu jeder vollen Stunde die Melodie „On ira voir la fête d’Arras“. Den Aufstieg bucht man im Fremdenverkehrsamt im Rathaus.",
            ],
        },
        "contact": {
            "name": "Office de tourisme Arras Pays d’Artois",
            "phone": ["+33 3 21 51 26 95"],
            "web": ["https://www.arraspaysdartois.com/"],
        },
        "hours": [
            rule(days_except(), "09:30", "12:00"),
            rule(days_except(), "14:00", "17:30"),
        ],
        "hours_text": {
            "fr": "Tous les jours de 9 h 30 à 12 h et de 14 h à 17 h 30 ; dernière montée 30 minutes avant la fermeture. Fermé le 1er janvier, le 25 décembre et par mauvais temps. Déconseillé aux personnes sujettes au vertige.",
            "en": "Daily 9.30 am to 12 noon and 2 pm to 5.30 pm; last ascent 30 minutes before closing. Closed on 1 January, 25 December and in bad weather. Not recommended if you suffer from vertigo.",
            "nl": "Dagelijks van 9.30 tot 12 uur en van 14 tot 17.30 uur; laatste beklimming 30 minuten voor sluiting. Gesloten op 1 januari, 25 december en bij slecht weer. Afgeraden bij hoogtevrees.",
            "de": "Täglich 9.30 bis 12 Uhr und 14 bis 17.30 Uhr; letzter Aufstieg 30 Minuten vor Schluss. Geschlossen am 1. Januar, 25. Dezember und bei schlechtem Wetter. Nicht empfohlen bei Höhenangst.",
        },
        "art": {"top": "lion_crown", "sky": "golden_hour", "stone": "#d9c7a3", "trim": "#b89a66",
                "roof": "#4a5a6a", "height": 0.92, "width": 0.105, "houses": "baroque"},
        "sources": ["arraspaysdartois.com (ascent, hours, carillon)",
                    "Wikipedia: Hôtel de ville et beffroi d'Arras (dates, height, coordinates)"],
    },
    {
        "slug": "beffroi-lille",
        "kind": "belfry",
        "types": BELFRY,
        "themes": ["belfry"],
        "town": "lille",
        "street": ["Hôtel de ville", "Place Augustin-Laurent"],
        "postal_code": "59000",
        "geo": ("50.6313", "3.0703"),
        "updated": "2026-09-09",
        "platform": "2026-09-10T02:22:18.45Z",
        "title": {
            "fr": "Beffroi de Lille",
            "en": "Belfry of Lille",
            "nl": "Belfort van Rijsel",
            "de": "Belfried von Lille",
        },
        "short": {
            "fr": "Haut de 104 mètres, le beffroi Art déco de l’hôtel de ville est le géant des beffrois de la région et un formidable belvédère sur la métropole.",
            "en": "Standing 104 metres tall, the Art Deco belfry of the town hall is the giant among the region’s belfries and a superb lookout over the metropolis.",
            "nl": "Het 104 meter hoge art-decobelfort van het stadhuis is de reus onder de belforten van de streek en een prachtig uitkijkpunt over de metropool.",
            "de": "Mit 104 Metern ist der Art-déco-Belfried des Rathauses der Riese unter den Belfrieden der Region und ein großartiger Aussichtspunkt über die Metropole.",
        },
        "long": {
            "fr": [
                "Dessiné par l’architecte Émile Dubuisson et inauguré en 1932, le beffroi de l’hôtel de ville fut le premier édifice de plus de 100 mètres construit en béton armé en France. Sa silhouette effilée de brique et de béton marie l’Art déco à la tradition flamande ; à sa base, les géants fondateurs de la ville, Lydéric et Phinaert, sont sculptés dans la pierre.",
                "Après une centaine de marches, un ascenseur mène au belvédère, d’où l’on découvre toute la métropole et, par temps clair, les monts des Flandres. Le beffroi se visite du mardi au dimanche, avec une pause à l’heure du déjeuner ; il est fermé les 1er janvier, 1er mai et 25 décembre.",
            ],
            "en": [
                "Designed by the architect Émile Dubuisson and inaugurated in 1932, the town hall belfry was the first building over 100 metres high to be made of reinforced concrete in France. Its slender outline of brick and concrete blends Art Deco with the Flemish tradition; at its foot, the city’s legendary founders, the giants Lydéric and Phinaert, are carved in stone.",
                "After about a hundred steps, a lift takes you up to the viewing platform, which overlooks the whole metropolis and, on a clear day, the hills of Flanders. The belfry is open from Tuesday to Sunday, with a lunchtime break; it is closed on 1 January, 1 May and 25 December.",
            ],
            "nl": [
                "Het belfort van het stadhuis, ontworpen door architect Émile Dubuisson en in 1932 ingehuldigd, was het eerste gebouw van meer dan 100 meter in gewapend beton in Frankrijk. Het slanke silhouet van baksteen en beton verenigt art deco met de Vlaamse traditie; aan de voet zijn de legendarische stichters van de stad, de reuzen Lydéric en Phinaert, in steen gehouwen.",
                "Na een honderdtal treden brengt een lift je naar het uitkijkplatform, met zicht over de hele metropool en bij helder weer tot de Vlaamse heuvels. Het belfort is te bezoeken van dinsdag tot zondag, met een middagpauze; op 1 januari, 1 mei en 25 december is het gesloten.",
            ],
            "de": [
                "Der vom Architekten Émile Dubuisson entworfene und 1932 eingeweihte Belfried des Rathauses war das erste über 100 Meter hohe Bauwerk aus Stahlbeton in Frankreich. Seine schlanke Silhouette aus Backstein und Beton verbindet Art déco mit flämischer Tradition; an seinem Fuß sind die sagenhaften Stadtgründer, die Riesen Lydéric und Phinaert, in Stein gemeißelt.",
                "Nach rund hundert Stufen bringt ein Aufzug die Besucher zur Aussichtsplattform, von der man die ganze Metropole und bei klarem Wetter die flämischen Hügel sieht. Der Belfried ist von Dienstag bis Sonntag mit Mittagspause geöffnet, am 1. Januar, 1. Mai und 25. Dezember geschlossen.",
            ],
        },
        "contact": {
            "name": "Lille Tourisme",
            "phone": ["+33 3 59 57 94 00"],
            "web": ["https://www.lilletourism.com/"],
        },
        "hours": [
            rule(days_except("Mon"), "10:00", "13:00"),
            rule(days_except("Mon"), "14:00", "17:30"),
        ],
        "art": {"top": "art_deco", "sky": "blue_hour", "stone": "#b5533c", "trim": "#e8dcc2",
                "roof": "#e8dcc2", "height": 0.92, "width": 0.085, "houses": "town_hall"},
        "sources": ["evasion.lenord.fr (days, hours, closing days)",
                    "Wikipedia: Hôtel de ville de Lille (architect, dates, height)"],
    },
    {
        "slug": "beffroi-bethune",
        "kind": "belfry",
        "types": BELFRY,
        "themes": ["belfry"],
        "town": "bethune",
        "street": ["Grand-Place"],
        "postal_code": "62400",
        "geo": ("50.5300", "2.6403"),
        "updated": "2026-04-08",
        "platform": "2026-04-09T02:47:03.3Z",
        "title": {
            "fr": "Beffroi de Béthune",
            "en": "Belfry of Béthune",
            "nl": "Belfort van Betun",
        },
        "short": {
            "fr": "Élevé en grès en 1388, le beffroi se dresse seul au milieu de la Grand-Place, coiffé d’un dragon doré que les Béthunois surnomment Beffy.",
            "en": "Built of sandstone in 1388, the belfry stands alone in the middle of the Grand-Place, topped by a golden dragon the locals call Beffy.",
            "nl": "Het zandstenen belfort uit 1388 staat alleen midden op de Grand-Place, bekroond met een gouden draak die de inwoners Beffy noemen.",
        },
        "long": {
            "fr": [
                "Le premier beffroi de Béthune, en bois, ayant disparu, celui que l’on voit aujourd’hui fut élevé en grès en 1388, pendant la guerre de Cent Ans, puis rehaussé d’un étage en 1437. Touché mais resté debout lors des bombardements de 1918 qui anéantirent la Grand-Place, il a été restauré tandis que la place renaissait dans le style Art déco.",
                "Ses 133 marches conduisent à la salle des échevins, au logis du guetteur, à la chambre du carillon puis au chemin de ronde. Au sommet du campanile, la girouette en forme de dragon veille sur la ville depuis le XVIe siècle. L’office de tourisme propose des visites guidées, notamment le samedi.",
            ],
            "en": [
                "The first belfry of Béthune was made of wood; the one you see today was built of sandstone in 1388, during the Hundred Years’ War, and raised by one storey in 1437. Damaged but left standing by the 1918 bombardments that flattened the Grand-Place, it was restored while the square was rebuilt in the Art Deco style.",
                "Its 133 steps lead to the aldermen’s hall, the watchman’s lodging, the carillon chamber and finally the wall walk. At the top of the campanile, the dragon-shaped weathervane has watched over the town since the 16th century. The tourist office runs guided tours, especially on Saturdays.",
            ],
            "nl": [
                "Het eerste belfort van Betun was van hout; het huidige werd in 1388, tijdens de Honderdjarige Oorlog, in zandsteen opgetrokken en in 1437 met een verdieping verhoogd. Het werd getroffen maar bleef overeind tijdens de bombardementen van 1918, die de Grand-Place verwoestten, en werd gerestaureerd terwijl het plein in art-decostijl herrees.",
                "Via 133 treden bereik je de schepenzaal, de woning van de torenwachter, de beiaardkamer en ten slotte de weergang. Boven op de klokkentoren waakt sinds de 16e eeuw een windwijzer in de vorm van een draak over de stad. Het toeristenbureau organiseert rondleidingen, vooral op zaterdag.",
            ],
        },
        "contact": {
            "name": "Office de tourisme Béthune-Bruay",
            "web": ["https://www.tourisme-bethune-bruay.fr/"],
        },
        "hours": [
            rule("Tue Fri Sat", "10:00", "12:30"),
            rule("Wed Thu", "13:30", "18:00"),
        ],
        "art": {"top": "campanile_dragon", "sky": "fresh_morning", "stone": "#c9b48a",
                "trim": "#a8915f", "roof": "#3f4d45", "height": 0.72, "width": 0.15,
                "houses": "art_deco_square"},
        "sources": ["fondation-patrimoine.org (address, visiting hours)",
                    "Wikipedia: Beffroi de Béthune; France 3 Hauts-de-France (history, 133 steps, Saturday tours)"],
    },
    {
        "slug": "beffroi-douai",
        "kind": "belfry",
        "types": BELFRY,
        "themes": ["belfry"],
        "town": "douai",
        "street": ["Hôtel de ville", "83 rue de la Mairie"],
        "postal_code": "59500",
        "geo": ("50.3703", "3.0794"),
        "updated": "2026-03-17",
        "platform": "2026-03-18T01:59:26.07Z",
        "title": {
            "fr": "Beffroi de Douai",
            "en": "Belfry of Douai",
            "nl": "Belfort van Dowaai",
        },
        "short": {
            "fr": "Gothique, hérissé de tourelles et de girouettes, le beffroi de Douai abrite le plus grand carillon de France, riche de 62 cloches.",
            "en": "Gothic and bristling with turrets and weathervanes, Douai’s belfry houses the largest carillon in France, with 62 bells.",
            "nl": "Het gotische belfort van Dowaai, vol torentjes en windwijzers, herbergt met 62 klokken de grootste beiaard van Frankrijk.",
        },
        "long": {
            "fr": [
                "Commencé vers 1380, le beffroi de Douai est un chef-d’œuvre gothique de grès et de pierre, couronné d’une floraison de tourelles, de lucarnes et de girouettes que Victor Hugo décrivit avec ravissement et que Corot immortalisa sur la toile. Au sommet de la flèche, un lion des Flandres tient l’étendard de la ville.",
                "Son carillon de 62 cloches, le plus important de France, joue une ritournelle à chaque quart d’heure, et les carillonneurs donnent un concert chaque samedi. La visite guidée gravit près de 200 marches, de la salle des gardes à la chambre des cloches et jusqu’au chemin de ronde.",
            ],
            "en": [
                "Begun around 1380, Douai’s belfry is a Gothic masterpiece of sandstone and stone, crowned with a flourish of turrets, dormers and weathervanes that Victor Hugo described with delight and Corot captured on canvas. At the tip of the spire, a lion of Flanders holds the town’s banner.",
                "Its 62-bell carillon, the largest in France, plays a short tune every quarter of an hour, and the carillonneurs give a concert every Saturday. The guided tour climbs nearly 200 steps, from the guardroom to the bell chamber and up to the wall walk.",
            ],
            "nl": [
                "Het belfort van Dowaai, begonnen rond 1380, is een gotisch meesterwerk van zandsteen en natuursteen, bekroond met een weelde aan torentjes, dakkapellen en windwijzers die Victor Hugo verrukt beschreef en Corot op doek vastlegde. Boven op de spits houdt een Vlaamse leeuw de stadsvlag vast.",
                "De beiaard van 62 klokken, de grootste van Frankrijk, speelt elk kwartier een deuntje, en elke zaterdag geven de beiaardiers een concert. De rondleiding beklimt bijna 200 treden, van de wachtzaal via de klokkenkamer tot de weergang.",
            ],
        },
        "contact": {
            "name": "Office de tourisme de Douai",
            "phone": ["+33 3 27 88 26 79"],
            "web": ["https://www.douaitourisme.fr/"],
        },
        "hours_text": {
            "fr": "Visites guidées toute l’année ; horaires et réservations auprès de l’office de tourisme. Concert de carillon le samedi.",
            "en": "Guided tours all year round; times and bookings at the tourist office. Carillon concert on Saturdays.",
            "nl": "Rondleidingen het hele jaar door; uren en reservering bij het toeristenbureau. Beiaardconcert op zaterdag.",
        },
        "art": {"top": "gothic_turrets", "sky": "overcast_bright", "stone": "#bfb39b",
                "trim": "#8f846c", "roof": "#2f3b4c", "height": 0.88, "width": 0.13,
                "houses": "town_hall_gothic"},
        "sources": ["Douai tourist office (address, phone, carillon)",
                    "Wikipedia: Beffroi de Douai (history, coordinates)"],
    },
    {
        "slug": "beffroi-calais",
        "kind": "belfry",
        "types": BELFRY,
        "themes": ["belfry"],
        "town": "calais",
        "street": ["Hôtel de ville", "Place du Soldat-Inconnu"],
        "postal_code": "62100",
        "geo": ("50.9522", "1.8533"),
        "updated": "2026-10-05",
        "platform": "2026-10-06T02:31:55.603Z",
        "title": {
            "fr": "Beffroi de Calais",
            "en": "Belfry of Calais",
            "nl": "Belfort van Kales",
            "de": "Belfried von Calais",
        },
        "short": {
            "fr": "Au-dessus de l’hôtel de ville néo-flamand, le beffroi de 75 mètres offre un vaste panorama sur la ville, le port et la Manche.",
            "en": "Rising above the neo-Flemish town hall, the 75-metre belfry offers a sweeping view over the town, the port and the Channel.",
            "nl": "Boven het neo-Vlaamse stadhuis biedt het 75 meter hoge belfort een weids uitzicht over de stad, de haven en het Kanaal.",
            "de": "Über dem neoflämischen Rathaus bietet der 75 Meter hohe Belfried einen weiten Blick über die Stadt, den Hafen und den Ärmelkanal.",
        },
        "long": {
            "fr": [
                "L’hôtel de ville de Calais est né de l’union, en 1885, de Calais et de Saint-Pierre-lès-Calais. Commencé en 1911 par l’architecte Louis Debrouwer et inauguré en 1925, il est dominé par un beffroi de brique rouge et de pierre blanche dont le sommet s’orne de quatre cadrans jaunes portés par des têtes de lion, de quatre chevaliers dorés et d’une girouette en forme de dragon.",
                "Restauré et ouvert à la visite au début des années 2010, le beffroi se gravit à pied ou grâce à un ascenseur vitré, accessible aux personnes à mobilité réduite. Devant l’édifice se dresse le célèbre groupe des Bourgeois de Calais d’Auguste Rodin.",
            ],
            "en": [
                "Calais town hall was born of the merger, in 1885, of Calais and Saint-Pierre-lès-Calais. Begun in 1911 by the architect Louis Debrouwer and inaugurated in 1925, it is dominated by a belfry of red brick and white stone whose top is adorned with four yellow clock faces carried by lions’ heads, four gilded knights and a dragon weathervane.",
                "Restored and opened to visitors in the early 2010s, the belfry can be climbed on foot or in a glass lift that is accessible to people with reduced mobility. In front of the building stands Auguste Rodin’s famous group, The Burghers of Calais.",
            ],
            "nl": [
                "Het stadhuis van Kales ontstond uit de samenvoeging van Calais en Saint-Pierre-lès-Calais in 1885. Het werd in 1911 begonnen door architect Louis Debrouwer en in 1925 ingehuldigd, en wordt gedomineerd door een belfort van rode baksteen en witte steen, bekroond met vier gele wijzerplaten op leeuwenkoppen, vier vergulde ridders en een windwijzer in de vorm van een draak.",
                "Sinds de restauratie begin jaren 2010 kun je het belfort te voet of met een glazen lift beklimmen, ook met beperkte mobiliteit. Voor het gebouw staat de beroemde beeldengroep De burgers van Calais van Auguste Rodin.",
            ],
            "de": [
                "Das Rathaus von Calais entstand aus dem Zusammenschluss von Calais und Saint-Pierre-lès-Calais im Jahr 1885. Vom Architekten Louis Debrouwer 1911 begonnen und 1925 eingeweiht, wird es von einem Belfried aus rotem Backstein und weißem Stein überragt, dessen Spitze vier gelbe Zifferblätter auf Löwenköpfen, vier vergoldete Ritter und eine Drachen-Wetterfahne schmücken.",
                "Seit seiner Restaurierung Anfang der 2010er-Jahre kann der Belfried zu Fuß oder mit einem gläsernen, barrierefreien Aufzug bestiegen werden. Vor dem Gebäude steht Auguste Rodins berühmte Gruppe „Die Bürger von Calais“.",
            ],
        },
        "contact": {
            "name": "Hôtel de ville de Calais – visites du beffroi",
            "phone": ["+33 3 21 46 62 83", "+33 3 21 46 20 53"],
            "email": ["vahc@mairie-calais.fr"],
            "web": ["https://www.calais.fr/"],
        },
        "hours": [
            # Open every day from mid-April to September, closed on Mondays the rest of the year.
            rule(days_except("Mon"), "10:00", "12:00", "2026-10-01", "2027-04-14"),
            rule(days_except("Mon"), "14:00", "17:30", "2026-10-01", "2027-04-14"),
            rule(days_except(), "10:00", "12:00", "2027-04-15", "2027-09-30"),
            rule(days_except(), "14:00", "17:30", "2027-04-15", "2027-09-30"),
        ],
        "hours_text": {
            "fr": "De 10 h à 12 h et de 14 h à 17 h 30 ; fermé le lundi du 1er octobre au 14 avril. Fermé les 1er janvier, 1er mai et 25 décembre.",
            "en": "10 am to 12 noon and 2 pm to 5.30 pm; closed on Mondays from 1 October to 14 April. Closed on 1 January, 1 May and 25 December.",
            "nl": "Van 10 tot 12 uur en van 14 tot 17.30 uur; van 1 oktober tot 14 april op maandag gesloten. Gesloten op 1 januari, 1 mei en 25 december.",
            "de": "10 bis 12 Uhr und 14 bis 17.30 Uhr; vom 1. Oktober bis 14. April montags geschlossen. Geschlossen am 1. Januar, 1. Mai und 25. Dezember.",
        },
        "reduced_mobility": True,
        "art": {"top": "clock_knights", "sky": "sea_breeze", "stone": "#b0463a", "trim": "#efe6d2",
                "roof": "#39465a", "height": 0.9, "width": 0.10, "houses": "neo_flemish"},
        "sources": ["hoorizon.fr and unidivers.fr (hours, phones, e-mail)",
                    "beffrois.com, calais-cotedopale.com (history, decoration)"],
    },
    {
        "slug": "beffroi-bergues",
        "kind": "belfry",
        "types": BELFRY,
        "themes": ["belfry"],
        "town": "bergues",
        "street": ["9 rue Lamartine"],
        "postal_code": "59380",
        "geo": ("50.9680", "2.4327"),
        "updated": "2026-07-21",
        "platform": "2026-07-22T03:18:09.84Z",
        "title": {
            "fr": "Beffroi de Bergues",
            "en": "Belfry of Bergues",
            "nl": "Belfort van Sint-Winoksbergen",
        },
        "short": {
            "fr": "Dynamité en 1944 puis relevé en 1961, le beffroi de brique jaune de Bergues s’est fait connaître du monde entier grâce à « Bienvenue chez les Ch’tis ».",
            "en": "Blown up in 1944 and rebuilt in 1961, the yellow-brick belfry of Bergues became world-famous through the film “Welcome to the Sticks”.",
            "nl": "Het belfort van gele baksteen in Sint-Winoksbergen, opgeblazen in 1944 en in 1961 herbouwd, werd wereldberoemd dankzij de film ‘Bienvenue chez les Ch’tis’.",
        },
        "long": {
            "fr": [
                "Le premier beffroi de Bergues remonte au XIIe siècle. Plusieurs fois détruit, il fut dynamité par l’armée allemande en retraite en 1944, puis reconstruit de 1958 à 1961 par l’architecte Paul Gélis, qui lui rendit sa silhouette flamande, ses échauguettes et son bulbe surmonté du lion Nicolas.",
                "Haut de 47 mètres, il abrite l’office de tourisme, et son carillon de 50 cloches égrène une ritournelle à chaque quart d’heure. Depuis 2008, les admirateurs du film de Dany Boon, dont une scène se déroule au sommet du beffroi, viennent le découvrir. Les visites se réservent auprès de l’office de tourisme des Hauts de Flandre.",
            ],
            "en": [
                "The first belfry of Bergues dates back to the 12th century. Destroyed several times, it was blown up by the retreating German army in 1944 and rebuilt from 1958 to 1961 by the architect Paul Gélis, who restored its Flemish outline, its corner turrets and its onion dome topped by Nicolas the lion.",
                "Standing 47 metres tall, it houses the tourist office, and its 50-bell carillon plays a tune every quarter of an hour. Since 2008, fans of Dany Boon’s film, one scene of which takes place at the top of the belfry, have come to see it. Tours can be booked with the Hauts de Flandre tourist office.",
            ],
            "nl": [
                "Het eerste belfort van Sint-Winoksbergen dateert uit de 12e eeuw. Het werd meermaals verwoest en in 1944 door het terugtrekkende Duitse leger opgeblazen, waarna architect Paul Gélis het tussen 1958 en 1961 herbouwde met zijn Vlaamse silhouet, hoektorentjes en uivormige spits met de leeuw Nicolas.",
                "Het 47 meter hoge belfort herbergt het toeristenbureau, en de beiaard van 50 klokken speelt elk kwartier een deuntje. Sinds 2008 komen liefhebbers van de film van Dany Boon, waarvan een scène zich boven in het belfort afspeelt, het bekijken. Bezoeken reserveer je bij het toeristenbureau van de Hauts de Flandre.",
            ],
        },
        "contact": {
            "name": "Office de tourisme des Hauts de Flandre",
            "web": ["https://www.ot-hautsdeflandre.fr/"],
        },
        "hours_text": {
            "fr": "Visites guidées sur réservation auprès de l’office de tourisme.",
            "en": "Guided tours by reservation with the tourist office.",
            "nl": "Rondleidingen op reservering bij het toeristenbureau.",
        },
        "art": {"top": "bulb_lion", "sky": "clear_day", "stone": "#d8b86a", "trim": "#b48f45",
                "roof": "#3b5b46", "height": 0.84, "width": 0.12, "houses": "flemish_gables"},
        "sources": ["France Bleu, RCF, cirkwi.com (reopening 2020, 47 m, 50 bells, address, coordinates)",
                    "stephanecompoint.com (destruction 1944, rebuilt 1958-1961 by Paul Gélis)"],
    },
    {
        "slug": "beffroi-dunkerque",
        "kind": "belfry",
        "types": BELFRY,
        "themes": ["belfry"],
        "town": "dunkerque",
        "street": ["Rue de l’Amiral-Ronarc’h"],
        "postal_code": "59140",
        "geo": ("51.0339", "2.3764"),
        "updated": "2026-02-02",
        "platform": "2026-02-03T02:44:37.1Z",
        "title": {
            "fr": "Beffroi Saint-Éloi de Dunkerque",
            "en": "Saint-Éloi Belfry, Dunkirk",
            "nl": "Sint-Eloobelfort van Duinkerke",
        },
        "short": {
            "fr": "Ancien clocher de l’église Saint-Éloi, la tour de brique de 58 mètres servait de repère aux marins ; son carillon entonne la Cantate à Jean Bart.",
            "en": "Once the bell tower of the church of Saint-Éloi, this 58-metre brick tower guided sailors home; its carillon rings out the Cantata to Jean Bart.",
            "nl": "De 58 meter hoge bakstenen toren, ooit de klokkentoren van de Sint-Elooiskerk, was een baken voor zeelieden; de beiaard speelt de Cantate voor Jean Bart.",
        },
        "long": {
            "fr": [
                "Élevée à sa hauteur actuelle au XVe siècle pour servir de clocher à l’église Saint-Éloi, la tour se retrouve aujourd’hui de l’autre côté de la rue : après l’incendie de 1558, l’église fut rebâtie à l’écart, et les deux édifices furent définitivement séparés à la fin du XVIIIe siècle. Guetteurs et feux y ont longtemps veillé sur la ville et sur les marins, qui s’en servaient d’amer.",
                "Un ascenseur conduit vers le sommet, d’où la vue embrasse le port, la plage de Malo-les-Bains et la mer du Nord. Le carillon, refondu en 1962, joue la Cantate à Jean Bart que les carnavaleux chantent à genoux. L’office de tourisme est installé à son pied, près du monument aux morts de 1923.",
            ],
            "en": [
                "Raised to its present height in the 15th century as the bell tower of the church of Saint-Éloi, the tower now stands across the street from it: after the fire of 1558 the church was rebuilt further away, and the two buildings were finally separated at the end of the 18th century. For centuries watchmen and beacons kept guard over the town and over the sailors who used it as a landmark.",
                "A lift takes you towards the top, with views over the port, the beach of Malo-les-Bains and the North Sea. The carillon, recast in 1962, plays the Cantata to Jean Bart, which carnival-goers sing on their knees. The tourist office is at its foot, beside the 1923 war memorial.",
            ],
            "nl": [
                "De toren werd in de 15e eeuw op zijn huidige hoogte gebracht als klokkentoren van de Sint-Elooiskerk, maar staat nu aan de overkant van de straat: na de brand van 1558 werd de kerk verderop herbouwd en eind 18e eeuw werden beide gebouwen definitief gescheiden. Eeuwenlang hielden torenwachters en vuurbakens er de wacht over de stad en over de zeelieden, voor wie de toren een baken was.",
                "Een lift brengt je naar boven, met uitzicht over de haven, het strand van Malo-les-Bains en de Noordzee. De in 1962 vernieuwde beiaard speelt de Cantate voor Jean Bart, die de carnavalvierders knielend zingen. Het toeristenbureau zit aan de voet van de toren, naast het oorlogsmonument van 1923.",
            ],
        },
        "contact": {
            "name": "Office de tourisme de Dunkerque",
            "web": ["https://www.dunkerque-dunes-de-flandre.fr/"],
        },
        "hours_text": {
            "fr": "Montée au beffroi aux heures d’ouverture de l’office de tourisme ; se renseigner sur place.",
            "en": "Ascent during the tourist office’s opening hours; ask on site.",
            "nl": "Beklimming tijdens de openingsuren van het toeristenbureau; informeer ter plaatse.",
        },
        "art": {"top": "platform_pinnacles", "sky": "north_sea", "stone": "#d6c08e",
                "trim": "#a88c55", "roof": "#56657a", "height": 0.84, "width": 0.13,
                "houses": "church"},
        "sources": ["beffrois.com, beffroi-dunkerque.fr, opalenews.com (history, 58 m, carillon 1962)"],
    },
]

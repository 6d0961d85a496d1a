"""Routes of the region: ordered steps through the catalogue's items, written to the export as
DATAtourisme tours by build_export.py.

A route is a dict with these keys (optional ones marked ?):

  slug          stable key, distinct from every item's slug (the uuid and the picture derive
                from it: images/<slug>.png, drawn by draw_illustrations.py)
  means         "walk", "bike" or "car"
  difficulty    language map (fr, en, nl, de) or None when no source rates the route
  distance_m    int metres, or None: only a length a public source states for this route
  duration_min  int minutes, or None: only a duration a public source states for this route
  loop          True when the route comes back to its start
  town          key into TOWNS of the start; geo: ("lat", "lon") of the start, as strings
  title/short/long   language maps in fr, en, nl and de, like the items'
  steps         in order; each {"item": "<catalogue slug>"} or a named point
                {"name": {fr, en, nl, de}, "geo": ("lat", "lon")}
  path          [("lat", "lon"), ...] true to a source, or None: the kiosk then draws straight
                legs between the steps and says so
  updated       producer-side "YYYY-MM-DD" (not after build_export.CONTENT_WRITTEN)
  themes?       keys into THEMES
  art?          parameters for draw_illustrations.py (the route picture needs none)
  sources       where the facts come from (not exported; for reviewers)

No route has a path yet: none of the sources publishes its track, and a line drawn by us
would be a claim the kiosk cannot check. Distances and durations are given only where a
source states them for that very route.
"""

LANGS = ("fr", "en", "nl", "de")
MEANS = ("walk", "bike", "car")

ROUTES = [
    {
        "slug": "route-bassin-minier",
        "means": "car",
        "difficulty": None,
        "distance_m": None,
        "duration_min": None,
        "loop": False,
        "town": "lens",
        "geo": ("50.4306", "2.8033"),
        "title": {
            "fr": "Les grands sites du Bassin minier",
            "en": "The great sites of the Mining Basin",
            "nl": "De grote sites van het mijnbekken",
            "de": "Die großen Orte des Bergbaubeckens",
        },
        "short": {
            "fr": "Du Louvre-Lens à Wallers-Arenberg, en voiture, cinq étapes du Bassin minier inscrit au patrimoine mondial de l’UNESCO.",
            "en": "From the Louvre-Lens to Wallers-Arenberg by car: five stops in the UNESCO-listed Mining Basin.",
            "nl": "Met de auto van het Louvre-Lens naar Wallers-Arenberg: vijf haltes in het mijnbekken op de UNESCO-werelderfgoedlijst.",
            "de": "Mit dem Auto vom Louvre-Lens nach Wallers-Arenberg: fünf Stationen im Bergbaubecken, das zum UNESCO-Welterbe gehört.",
        },
        "long": {
            "fr": [
                "Depuis 2012, le Bassin minier du Nord-Pas-de-Calais est inscrit au patrimoine mondial comme paysage culturel évolutif : fosses, chevalements, terrils, cités et cavaliers racontent près de trois siècles d’extraction du charbon. Cet itinéraire relie d’ouest en est le Louvre-Lens, bâti sur l’ancienne fosse 9, la Base 11/19 et ses terrils jumeaux à Loos-en-Gohelle, le 9-9bis d’Oignies où l’extraction s’est arrêtée en 1990, le Centre historique minier de Lewarde et la fosse d’Arenberg à Wallers.",
                "Comptez une journée pour tout voir : chaque étape mérite au moins une heure, et Lewarde bien davantage. Les horaires diffèrent d’un site à l’autre ; consultez la fiche de chaque étape. La Cité des Électriciens, à Bruay-la-Buissière, complète les grands sites de la mémoire minière pour qui pousse vers l’ouest.",
            ],
            "en": [
                "Since 2012 the Nord-Pas-de-Calais Mining Basin has been on the World Heritage List as an evolving cultural landscape: pits, headframes, slag heaps, miners’ estates and old coal railways tell of nearly three centuries of coal mining. This route runs from west to east through the Louvre-Lens, built on the former pit no. 9, Base 11/19 and its twin slag heaps in Loos-en-Gohelle, the 9-9bis in Oignies where mining stopped in 1990, the Lewarde Mining History Centre and the Arenberg pit in Wallers.",
                "Allow a full day: each stop deserves at least an hour, and Lewarde much more. Opening times differ from site to site; see each stop’s page. The Cité des Électriciens in Bruay-la-Buissière completes the great sites of mining memory for those heading west.",
            ],
            "nl": [
                "Sinds 2012 staat het mijnbekken van Nord-Pas-de-Calais als evoluerend cultuurlandschap op de Werelderfgoedlijst: mijnen, schachtbokken, terrils, mijnwerkerswijken en oude kolenspoorbanen vertellen bijna drie eeuwen steenkoolwinning. Deze route loopt van west naar oost langs het Louvre-Lens op de vroegere mijn 9, de Base 11/19 met de tweelingterrils in Loos-en-Gohelle, de 9-9bis in Oignies, waar de winning in 1990 stopte, het Historisch Mijncentrum van Lewarde en de mijn van Arenberg in Wallers.",
                "Reken op een volle dag: elke halte verdient minstens een uur, Lewarde veel meer. De openingstijden verschillen per site; zie de pagina van elke halte. Wie naar het westen doorrijdt, vindt in Bruay-la-Buissière nog de Cité des Électriciens, de laatste van de grote sites van het mijngeheugen.",
            ],
            "de": [
                "Seit 2012 gehört das Bergbaubecken Nord-Pas-de-Calais als sich entwickelnde Kulturlandschaft zum Welterbe: Zechen, Fördergerüste, Halden, Bergarbeitersiedlungen und alte Kohlebahnen erzählen von fast drei Jahrhunderten Kohleförderung. Die Route führt von West nach Ost zum Louvre-Lens auf der ehemaligen Zeche 9, zur Base 11/19 mit den Zwillingshalden in Loos-en-Gohelle, zur 9-9bis in Oignies, wo die Förderung 1990 endete, zum Historischen Bergbauzentrum Lewarde und zur Zeche Arenberg in Wallers.",
                "Planen Sie einen ganzen Tag ein: Jede Station verdient mindestens eine Stunde, Lewarde deutlich mehr. Die Öffnungszeiten sind von Ort zu Ort verschieden; siehe die Seite jeder Station. Wer weiter nach Westen fährt, findet in Bruay-la-Buissière die Cité des Électriciens, den letzten der großen Orte der Bergbauerinnerung.",
            ],
        },
        "steps": [
            {"item": "louvre-lens"},
            {"item": "base-11-19-loos-en-gohelle"},
            {"item": "9-9bis-oignies"},
            {"item": "centre-historique-minier-lewarde"},
            {"item": "site-minier-wallers-arenberg"},
        ],
        "path": None,
        "updated": "2026-11-20",
        "themes": ["mining", "world_heritage"],
        "sources": ["UNESCO World Heritage List: Nord-Pas-de-Calais Mining Basin (2012, evolving cultural landscape)",
                    "pas-de-calais-tourisme.com (the five great mining sites: Cité des Électriciens, Lewarde, 9-9bis, Wallers-Arenberg and the 11/19)",
                    "etvoilaletravail.com (9-9bis one of the great sites of mining memory with the 11/19, Lewarde and Wallers-Arenberg)",
                    "Steps' facts: see each item's sources. No source gives a length or driving time for this sequence: distance and duration left None"],
    },
    {
        "slug": "route-beffrois-autour-de-lille",
        "means": "car",
        "difficulty": None,
        "distance_m": None,
        "duration_min": None,
        "loop": False,
        "town": "lille",
        "geo": ("50.6313", "3.0703"),
        "title": {
            "fr": "Les beffrois UNESCO autour de Lille",
            "en": "The UNESCO belfries around Lille",
            "nl": "De UNESCO-belforten rond Rijsel",
            "de": "Die UNESCO-Belfriede rund um Lille",
        },
        "short": {
            "fr": "Quatre beffrois d’hôtel de ville inscrits au patrimoine mondial, de Lille à Comines, à quelques kilomètres les uns des autres.",
            "en": "Four town-hall belfries on the World Heritage List, from Lille to Comines, a few kilometres apart.",
            "nl": "Vier belforten van stadhuizen op de Werelderfgoedlijst, van Rijsel tot Komen, op enkele kilometers van elkaar.",
            "de": "Vier Rathausbelfriede des Welterbes, von Lille bis Comines, nur wenige Kilometer voneinander entfernt.",
        },
        "long": {
            "fr": [
                "En 2005, l’UNESCO a étendu aux beffrois du nord de la France l’inscription des beffrois de Belgique. Autour de Lille, quatre d’entre eux se visitent en une demi-journée : celui de l’hôtel de ville de Lille, le plus haut de la région, puis ceux des hôtels de ville de Loos, d’Armentières et de Comines. Tous sont des œuvres récentes : Louis-Marie Cordonnier éleva celui de Loos en 1883–1884, puis releva ceux d’Armentières et de Comines, dynamités en 1918 ; Émile Dubuisson acheva celui de Lille en 1932.",
                "Ces tours disent la fierté des communes, chacune dans son style : Art déco de brique et de béton à Lille, donjons de brique rouge à Loos et Armentières, bulbe d’ardoise à Comines. Les horaires d’ascension et de visite diffèrent d’un beffroi à l’autre ; consultez la fiche de chaque étape avant de partir.",
            ],
            "en": [
                "In 2005 UNESCO extended its listing of the belfries of Belgium to those of northern France. Around Lille, four of them can be visited in half a day: the belfry of Lille town hall, the tallest in the region, then those of the town halls of Loos, Armentières and Comines. All are recent works: Louis-Marie Cordonnier built the one in Loos in 1883–1884, then rebuilt those of Armentières and Comines, blown up in 1918; Émile Dubuisson completed Lille’s in 1932.",
                "These towers speak of each town’s pride, each in its own style: Art Deco brick and concrete in Lille, red-brick keeps in Loos and Armentières, a slate bulb in Comines. Climbing and visiting times differ from one belfry to the next; check each stop’s page before setting off.",
            ],
            "nl": [
                "In 2005 breidde UNESCO de inschrijving van de Belgische belforten uit tot die van Noord-Frankrijk. Rond Rijsel bezoek je er vier in een halve dag: het belfort van het stadhuis van Rijsel, het hoogste van de streek, en daarna die van de stadhuizen van Loos, Armentières en Komen. Het zijn allemaal recente werken: Louis-Marie Cordonnier bouwde dat van Loos in 1883–1884 en herbouwde daarna die van Armentières en Komen, in 1918 opgeblazen; Émile Dubuisson voltooide dat van Rijsel in 1932.",
                "Deze torens tonen de trots van elke gemeente, elk in eigen stijl: art deco in baksteen en beton in Rijsel, donjons van rode baksteen in Loos en Armentières, een leien peerspits in Komen. De uren voor beklimming en bezoek verschillen per belfort; kijk op de pagina van elke halte voor je vertrekt.",
            ],
            "de": [
                "2005 erweiterte die UNESCO die Welterbeliste der Belfriede Belgiens um die Nordfrankreichs. Rund um Lille lassen sich vier davon an einem halben Tag besuchen: der Belfried des Rathauses von Lille, der höchste der Region, dann die der Rathäuser von Loos, Armentières und Comines. Alle sind junge Bauten: Louis-Marie Cordonnier errichtete den von Loos 1883–1884 und baute danach die 1918 gesprengten Belfriede von Armentières und Comines wieder auf; Émile Dubuisson vollendete den von Lille 1932.",
                "Diese Türme zeugen vom Stolz jeder Gemeinde, jede in ihrem Stil: Art déco aus Backstein und Beton in Lille, Bergfriede aus rotem Backstein in Loos und Armentières, eine Schieferhaube in Comines. Aufstiegs- und Besuchszeiten sind von Belfried zu Belfried verschieden; sehen Sie vor der Abfahrt auf der Seite jeder Station nach.",
            ],
        },
        "steps": [
            {"item": "beffroi-lille"},
            {"item": "beffroi-loos"},
            {"item": "beffroi-armentieres"},
            {"item": "beffroi-comines"},
        ],
        "path": None,
        "updated": "2026-11-20",
        "themes": ["belfry", "world_heritage", "architecture"],
        "sources": ["UNESCO World Heritage List: Belfries of Belgium and France (extension of 2005 to the belfries of Nord-Pas-de-Calais and Picardy, including Lille, Loos, Armentières and Comines)",
                    "Steps' facts (Cordonnier's Loos 1883-1884, Armentières and Comines rebuilt after 1918, Dubuisson's Lille 1932, styles): see each belfry's texts and sources in belfries.py",
                    "No source gives a length or driving time for this sequence: distance and duration left None"],
    },
    {
        "slug": "route-street-art-boulogne-sur-mer",
        "means": "walk",
        "difficulty": None,
        "distance_m": None,
        "duration_min": None,
        "loop": False,
        "town": "boulogne-sur-mer",
        "geo": ("50.7262", "1.6139"),
        "title": {
            "fr": "Street art à Boulogne-sur-Mer",
            "en": "Street art in Boulogne-sur-Mer",
            "nl": "Street art in Boulogne-sur-Mer",
            "de": "Street-Art in Boulogne-sur-Mer",
        },
        "short": {
            "fr": "Du beffroi à la mer, les grandes fresques peintes depuis 2016 par des artistes du monde entier pour le festival d’art urbain.",
            "en": "From the belfry to the sea, the great murals painted since 2016 by artists from around the world for the urban art festival.",
            "nl": "Van het belfort naar de zee, langs de grote muurschilderingen die kunstenaars uit de hele wereld sinds 2016 voor het festival voor stedelijke kunst maakten.",
            "de": "Vom Belfried zum Meer, vorbei an den großen Wandbildern, die Künstler aus aller Welt seit 2016 für das Festival der urbanen Kunst gemalt haben.",
        },
        "long": {
            "fr": [
                "Depuis 2016, le festival « Parcours d’art urbain – Street Art » confie chaque été des murs de Boulogne-sur-Mer à des artistes d’ici et d’ailleurs. Cette promenade descend de la ville haute vers le port et la plage : rue des Pipôts, les fresques de l’Allemand Case (2017) et du Dominicain Evoca1 (2018) ; rue Adolphe-Thiers, l’Argentin Alaniz reprend « La Ramasseuse d’épaves » peinte par Francis Tattegrain en 1880 ; rue Faidherbe, le Canadien Jarus a peint en 2016 un pêcheur en ciré jaune d’après une photographie du Boulonnais Frédéric Briois.",
                "Après Nausicaá, le boulevard Sainte-Beuve longe la mer jusqu’à « La Vague de chaleur » de l’Australien Fintan Magee (2018), un cycliste qui fond au soleil, classée parmi les plus belles œuvres de rue de l’année par Street Art Today. Le plan complet du parcours, qui compte plusieurs dizaines d’œuvres, est disponible au bureau d’information touristique, qui organise aussi des visites guidées.",
            ],
            "en": [
                "Since 2016 the “Parcours d’art urbain – Street Art” festival has handed walls of Boulogne-sur-Mer to local and international artists every summer. This walk goes down from the upper town to the harbour and the beach: in Rue des Pipôts, murals by the German artist Case (2017) and the Dominican Evoca1 (2018); in Rue Adolphe-Thiers, the Argentinian Alaniz’s version of “The Wreck Gatherer”, painted by Francis Tattegrain in 1880; in Rue Faidherbe, a fisherman in yellow oilskins painted in 2016 by the Canadian Jarus from a photograph by Boulogne’s Frédéric Briois.",
                "Beyond Nausicaá, Boulevard Sainte-Beuve runs along the sea to “The Heat Wave” by the Australian Fintan Magee (2018), a cyclist melting in the sun, ranked among the year’s finest street works by Street Art Today. The full map of the trail, which counts several dozen works, is available at the tourist information office, which also runs guided tours.",
            ],
            "nl": [
                "Sinds 2016 geeft het festival ‘Parcours d’art urbain – Street Art’ elke zomer muren van Boulogne-sur-Mer aan kunstenaars van hier en elders. Deze wandeling daalt van de bovenstad af naar de haven en het strand: in de Rue des Pipôts muurschilderingen van de Duitser Case (2017) en de Dominicaan Evoca1 (2018); in de Rue Adolphe-Thiers de versie van de Argentijn Alaniz van ‘De wrakhoutraapster’, in 1880 geschilderd door Francis Tattegrain; in de Rue Faidherbe een visser in geel oliepak, in 2016 door de Canadees Jarus geschilderd naar een foto van de Boulonnais Frédéric Briois.",
                "Voorbij Nausicaá loopt de Boulevard Sainte-Beuve langs de zee naar ‘De hittegolf’ van de Australiër Fintan Magee (2018), een fietser die smelt in de zon, door Street Art Today bij de mooiste straatwerken van dat jaar gerekend. De volledige kaart van het parcours, met enkele tientallen werken, ligt bij het toeristisch informatiepunt, dat ook rondleidingen organiseert.",
            ],
            "de": [
                "Seit 2016 überlässt das Festival „Parcours d’art urbain – Street Art“ jeden Sommer Mauern von Boulogne-sur-Mer Künstlern von hier und anderswo. Der Spaziergang führt von der Oberstadt hinunter zum Hafen und zum Strand: in der Rue des Pipôts Wandbilder des Deutschen Case (2017) und des Dominikaners Evoca1 (2018); in der Rue Adolphe-Thiers die Fassung des Argentiniers Alaniz von „Die Strandgutsammlerin“, die Francis Tattegrain 1880 malte; in der Rue Faidherbe ein Fischer im gelben Ölzeug, 2016 vom Kanadier Jarus nach einem Foto des Boulonnais Frédéric Briois gemalt.",
                "Hinter Nausicaá führt der Boulevard Sainte-Beuve am Meer entlang zu „Die Hitzewelle“ des Australiers Fintan Magee (2018), einem Radfahrer, der in der Sonne schmilzt – von Street Art Today zu den schönsten Straßenkunstwerken des Jahres gezählt. Den vollständigen Plan des Rundgangs mit mehreren Dutzend Werken gibt es im Tourismusbüro, das auch Führungen anbietet.",
            ],
        },
        "steps": [
            {"item": "beffroi-boulogne-sur-mer"},
            {"name": {"fr": "Rue des Pipôts : fresques de Case et d’Evoca1",
                      "en": "Rue des Pipôts: murals by Case and Evoca1",
                      "nl": "Rue des Pipôts: muurschilderingen van Case en Evoca1",
                      "de": "Rue des Pipôts: Wandbilder von Case und Evoca1"}},
            {"name": {"fr": "Rue Adolphe-Thiers : Alaniz, d’après Tattegrain",
                      "en": "Rue Adolphe-Thiers: Alaniz, after Tattegrain",
                      "nl": "Rue Adolphe-Thiers: Alaniz, naar Tattegrain",
                      "de": "Rue Adolphe-Thiers: Alaniz, nach Tattegrain"}},
            {"name": {"fr": "Rue Faidherbe : le pêcheur de Jarus",
                      "en": "Rue Faidherbe: Jarus’s fisherman",
                      "nl": "Rue Faidherbe: de visser van Jarus",
                      "de": "Rue Faidherbe: der Fischer von Jarus"}},
            {"item": "nausicaa-boulogne-sur-mer"},
            {"name": {"fr": "Boulevard Sainte-Beuve : « La Vague de chaleur » de Fintan Magee",
                      "en": "Boulevard Sainte-Beuve: Fintan Magee’s “The Heat Wave”",
                      "nl": "Boulevard Sainte-Beuve: ‘De hittegolf’ van Fintan Magee",
                      "de": "Boulevard Sainte-Beuve: „Die Hitzewelle“ von Fintan Magee"}},
        ],
        "path": None,
        "updated": "2026-11-20",
        "themes": ["fine_arts"],
        "sources": ["ville-boulogne-sur-mer.fr/street-art (official trail map and list of artists; festival 'Parcours d'art urbain - Street Art' since 2016); iceo-magazine.fr (first edition 2016, Jarus's fisherman from a photo by Frédéric Briois)",
                    "francoisregisstreetart.fr/boulogne-sur-mer (addresses: 120 rue Faidherbe Jarus; 35 rue des Pipôts Case; 8-10 rue des Pipôts Evoca1; 7 rue Adolphe-Thiers Alaniz after Tattegrain's 'La ramasseuse d'épaves' of 1880)",
                    "france3-regions (2017 artists Kobra, Alaniz, Case, 4Letters, Nikodem; 2018: Evoca rue des Pipôts; Fintan Magee 'La vague de chaleur' facing the sea at the entrance from Wimereux, among Street Art Today's best works of 2018); streetart.boulogne-sur-mer.fr (Jarus 2016 rue Faidherbe; Magee 2018 boulevard Sainte-Beuve)",
                    "sgvd82z.pages.dev excerpt of the tourist office agenda (guided tours of the street-art trail from the tourist information office)",
                    "The four named points have no position: the sources give their streets, not where on the street the work is, so the kiosk lists them and its map joins only the belfry and Nausicaa",
                    "No source gives a length or time for this selection of works: distance and duration left None"],
    },
    {
        "slug": "route-terrils-du-11-19",
        "means": "walk",
        "difficulty": {
            "fr": "Montée raide et parfois glissante jusqu’au sommet ; chaussures de marche conseillées",
            "en": "Steep, sometimes slippery climb to the top; walking shoes advised",
            "nl": "Steile, soms gladde klim naar de top; wandelschoenen aangeraden",
            "de": "Steiler, teils rutschiger Aufstieg zum Gipfel; Wanderschuhe empfohlen",
        },
        "distance_m": 4000,
        "duration_min": 90,
        "loop": True,
        "town": "loos-en-gohelle",
        "geo": ("50.4435", "2.7894"),
        "title": {
            "fr": "Autour des terrils du 11/19",
            "en": "Around the slag heaps of the 11/19",
            "nl": "Rond de terrils van de 11/19",
            "de": "Rund um die Halden der 11/19",
        },
        "short": {
            "fr": "Une boucle au départ de la Base 11/19 jusqu’au sommet d’un des plus hauts terrils d’Europe, avec vue sur tout le bassin minier.",
            "en": "A loop from Base 11/19 to the top of one of the highest slag heaps in Europe, looking out over the whole mining basin.",
            "nl": "Een lus vanaf de Base 11/19 naar de top van een van de hoogste terrils van Europa, met uitzicht over het hele mijnbekken.",
            "de": "Ein Rundweg von der Base 11/19 auf eine der höchsten Halden Europas, mit Blick über das ganze Bergbaubecken.",
        },
        "long": {
            "fr": [
                "Du parking de la Base 11/19, une passerelle verte franchit l’autoroute A21 et mène au pied des terrils jumeaux 74 et 74A. Sur le flanc du 74, de longues traverses de béton ne sont pas un escalier : c’est l’ancienne rampe où montaient les skips, les bennes qui déversaient les déblais au sommet. Un chemin stable grimpe entre les deux cônes jusqu’à un plateau, vers 110 mètres d’altitude ; seul le terril de gauche, le 74A, est aménagé pour l’ascension.",
                "La dernière montée, raide et glissante par endroits, demande de bonnes chaussures. Du belvédère, la vue embrasse la Base 11/19, Lens et le stade Bollaert-Delelis, le Louvre-Lens qui se fond dans le paysage et, au loin, le mémorial canadien de Vimy. Le sol noir, chaud au soleil, abrite des plantes et des insectes rares dans la région : restez sur les sentiers. Des guides nature du CPIE Chaîne des Terrils proposent des visites.",
            ],
            "en": [
                "From the Base 11/19 car park, a green footbridge crosses the A21 motorway to the foot of the twin slag heaps 74 and 74A. On the side of no. 74, long concrete sleepers are not a staircase: they are the old ramp up which the skips climbed to tip the spoil at the top. A firm track climbs between the two cones to a plateau at about 110 metres; only the left-hand heap, 74A, is laid out for the climb.",
                "The last stretch, steep and slippery in places, calls for good shoes. From the viewpoint you see Base 11/19, Lens and the Bollaert-Delelis stadium, the Louvre-Lens blending into the landscape and, in the distance, the Canadian memorial at Vimy. The black ground, warm in the sun, is home to plants and insects rare in the region: keep to the paths. Nature guides of the CPIE Chaîne des Terrils lead walks.",
            ],
            "nl": [
                "Vanaf de parking van de Base 11/19 gaat een groene loopbrug over de A21 naar de voet van de tweelingterrils 74 en 74A. De lange betonnen dwarsliggers op de flank van nr. 74 zijn geen trap: het is de oude helling waarlangs de skips, de bakken met afval, naar de top werden getrokken. Een stevig pad klimt tussen de twee kegels naar een plateau op zo’n 110 meter; alleen de linkse terril, de 74A, is ingericht om te beklimmen.",
                "Het laatste stuk is steil en soms glad: goede schoenen zijn nodig. Vanaf het uitkijkpunt zie je de Base 11/19, Lens en het stadion Bollaert-Delelis, het Louvre-Lens dat opgaat in het landschap en in de verte het Canadese monument van Vimy. De zwarte bodem, warm in de zon, herbergt planten en insecten die in de streek zeldzaam zijn: blijf op de paden. Natuurgidsen van het CPIE Chaîne des Terrils begeleiden wandelingen.",
            ],
            "de": [
                "Vom Parkplatz der Base 11/19 führt eine grüne Fußgängerbrücke über die Autobahn A21 zum Fuß der Zwillingshalden 74 und 74A. Die langen Betonschwellen an der Flanke der Nr. 74 sind keine Treppe: Es ist die alte Rampe, über die die Skips, die Förderkübel, den Abraum nach oben brachten. Ein fester Weg steigt zwischen den beiden Kegeln zu einem Plateau auf etwa 110 Metern; nur die linke Halde, die 74A, ist für den Aufstieg angelegt.",
                "Das letzte Stück ist steil und stellenweise rutschig: Gute Schuhe sind nötig. Vom Aussichtspunkt sieht man die Base 11/19, Lens und das Stadion Bollaert-Delelis, den Louvre-Lens, der mit der Landschaft verschmilzt, und in der Ferne das kanadische Denkmal von Vimy. Der schwarze, in der Sonne warme Boden beherbergt in der Region seltene Pflanzen und Insekten: Bleiben Sie auf den Wegen. Naturführer des CPIE Chaîne des Terrils bieten Wanderungen an.",
            ],
        },
        "steps": [
            {"item": "base-11-19-loos-en-gohelle"},
            {"name": {"fr": "Terrils jumeaux 74 et 74A",
                      "en": "Twin slag heaps 74 and 74A",
                      "nl": "Tweelingterrils 74 en 74A",
                      "de": "Zwillingshalden 74 und 74A"},
             "geo": ("50.4424", "2.7866")},
        ],
        "path": None,
        "updated": "2026-11-20",
        "themes": ["mining", "world_heritage", "nature"],
        "sources": ["lonelyplanet.fr itinéraire 'Autour des cinq terrils du 11/19' (start and end at the Base 11/19 car park, 4 km, 1 h 30; green footbridge over the motorway; concrete sleepers of the skip ramp on terril 74; 74A climbable in 15 min; view of the 11/19 headframes, Lens, Bollaert-Delelis, the Louvre-Lens and Vimy; walking shoes advised; CPIE Chaîne des Terrils guides)",
                    "tourisme-lenslievin.fr 'Monter sur les terrils jumeaux' (plateau between the two heaps, take the left-hand one; the right-hand one is not laid out; 'not a staircase'); cecile-haristoy.eklablog.com (74A laid out, plateau at about 110 m, last climb steep and slippery)",
                    "showcaves.com 'Les Terrils Jumeaux du 11/19' (location 50.442412, 2.786556, free access) for the named point",
                    "The source's further steps (the other three heaps) are not listed: their positions were not found in a source"],
    },
    {
        "slug": "route-louvre-lens-parc-et-ville",
        "means": "walk",
        "difficulty": None,
        "distance_m": None,
        "duration_min": None,
        "loop": False,
        "town": "lens",
        "geo": ("50.4275", "2.8280"),
        "title": {
            "fr": "De la gare au Louvre-Lens, par le stade et le parc",
            "en": "From the station to the Louvre-Lens, by the stadium and the park",
            "nl": "Van het station naar het Louvre-Lens, via stadion en park",
            "de": "Vom Bahnhof zum Louvre-Lens, über Stadion und Park",
        },
        "short": {
            "fr": "Une promenade dans Lens, de la gare Art déco en forme de locomotive au musée, par le stade Bollaert-Delelis et le parc du Louvre-Lens.",
            "en": "A walk through Lens, from the locomotive-shaped Art Deco station to the museum, by the Bollaert-Delelis stadium and the Louvre-Lens park.",
            "nl": "Een wandeling door Lens, van het art-decostation in de vorm van een locomotief naar het museum, via het stadion Bollaert-Delelis en het park van het Louvre-Lens.",
            "de": "Ein Spaziergang durch Lens, vom Art-déco-Bahnhof in Lokomotivform zum Museum, vorbei am Stadion Bollaert-Delelis und durch den Park des Louvre-Lens.",
        },
        "long": {
            "fr": [
                "La promenade part de la gare de 1927, dont la tour-horloge figure la cheminée d’une locomotive, et gagne vers l’ouest le stade Bollaert-Delelis, bâti par des mineurs entre les fosses 1 et 9 de la Compagnie des mines de Lens. Elle entre ensuite dans le parc du Louvre-Lens, dont les grandes allées suivent les cavaliers, ces voies ferrées qui menaient autrefois le charbon jusqu’à la gare.",
                "Elle s’achève au musée, posé sur l’ancienne fosse 9. Le parc ouvre tous les jours, même le mardi, jour de fermeture du musée ; l’entrée de la Galerie du temps est gratuite. Au-delà du musée, les terrils jumeaux de Loos-en-Gohelle se découpent à l’horizon.",
            ],
            "en": [
                "The walk starts at the 1927 station, whose clock tower stands for a locomotive’s chimney, and heads west to the Bollaert-Delelis stadium, built by miners between pits 1 and 9 of the Lens Mining Company. It then enters the Louvre-Lens park, whose long avenues follow the cavaliers, the railways that once carried coal to the station.",
                "It ends at the museum, set on the former pit no. 9. The park opens every day, even on Tuesdays when the museum is closed; entry to the Galerie du temps is free. Beyond the museum, the twin slag heaps of Loos-en-Gohelle stand out on the horizon.",
            ],
            "nl": [
                "De wandeling begint bij het station uit 1927, waarvan de klokkentoren de schoorsteen van een locomotief verbeeldt, en gaat westwaarts naar het stadion Bollaert-Delelis, door mijnwerkers gebouwd tussen de mijnen 1 en 9 van de Mijnmaatschappij van Lens. Daarna gaat ze het park van het Louvre-Lens in, waarvan de lange lanen de ‘cavaliers’ volgen, de spoorbanen die vroeger de steenkool naar het station brachten.",
                "Ze eindigt bij het museum, op de vroegere mijn 9. Het park is elke dag open, ook op dinsdag, wanneer het museum dicht is; de toegang tot de Galerie du temps is gratis. Achter het museum tekenen de tweelingterrils van Loos-en-Gohelle zich af tegen de horizon.",
            ],
            "de": [
                "Der Spaziergang beginnt am Bahnhof von 1927, dessen Uhrturm den Schornstein einer Lokomotive darstellt, und führt westwärts zum Stadion Bollaert-Delelis, das Bergleute zwischen den Zechen 1 und 9 der Bergwerksgesellschaft von Lens bauten. Dann geht es in den Park des Louvre-Lens, dessen lange Alleen den „cavaliers“ folgen, den Bahntrassen, auf denen einst die Kohle zum Bahnhof fuhr.",
                "Er endet am Museum auf der ehemaligen Zeche 9. Der Park ist täglich geöffnet, auch dienstags, wenn das Museum geschlossen hat; der Eintritt in die Galerie du temps ist frei. Hinter dem Museum zeichnen sich die Zwillingshalden von Loos-en-Gohelle am Horizont ab.",
            ],
        },
        "steps": [
            {"item": "gare-de-lens"},
            {"item": "stade-bollaert-delelis"},
            {"item": "parc-du-louvre-lens"},
            {"item": "louvre-lens"},
        ],
        "path": None,
        "updated": "2026-11-20",
        "themes": ["architecture", "gardens", "mining"],
        "sources": ["Steps' facts: see the items (gare-de-lens, stade-bollaert-delelis, parc-du-louvre-lens, louvre-lens)",
                    "tourisme-lens.fr parc du Louvre-Lens (cavaliers that carried coal to the station, park open every day even Tuesday); louvrelens.fr (park on the former pit); euralens.org (view to the twin slag heaps from the park)",
                    "No source gives a length or time for this walk: distance and duration left None"],
    },
]


def check_routes(routes, items, towns, themes):
    """Checks the fixed route structure against the catalogue; raises ValueError."""
    import datetime
    item_slugs = {i["slug"] for i in items}
    seen = set()

    def lang_map(value, what, slug):
        if not isinstance(value, dict) or any(not value.get(lang) for lang in LANGS):
            raise ValueError(f"{slug}: {what} needs {', '.join(LANGS)}")

    def geo(value, what, slug):
        if (not isinstance(value, tuple) or len(value) != 2
                or not all(isinstance(v, str) for v in value)):
            raise ValueError(f"{slug}: {what} must be (\"lat\", \"lon\") strings")
        lat, lon = float(value[0]), float(value[1])
        if not (49.55 <= lat <= 51.1 and 1.35 <= lon <= 4.3):
            raise ValueError(f"{slug}: {what} {value} is outside the region")

    for r in routes:
        slug = r["slug"]
        if slug in seen or slug in item_slugs:
            raise ValueError(f"{slug}: route slug already used")
        seen.add(slug)
        if r["means"] not in MEANS:
            raise ValueError(f"{slug}: means {r['means']!r}")
        if r["difficulty"] is not None:
            lang_map(r["difficulty"], "difficulty", slug)
        for key in ("distance_m", "duration_min"):
            if r[key] is not None and (not isinstance(r[key], int) or r[key] <= 0):
                raise ValueError(f"{slug}: {key} must be a positive int or None")
        if not isinstance(r["loop"], bool):
            raise ValueError(f"{slug}: loop must be a bool")
        if r["town"] not in towns:
            raise ValueError(f"{slug}: unknown town {r['town']!r}")
        geo(r["geo"], "geo", slug)
        for key in ("title", "short", "long"):
            lang_map(r[key], key, slug)
        if len(r["steps"]) < 2:
            raise ValueError(f"{slug}: a route needs at least two steps")
        for n, step in enumerate(r["steps"]):
            if "item" in step:
                if step["item"] not in item_slugs:
                    raise ValueError(f"{slug}: step {n + 1} names unknown item {step['item']!r}")
            else:
                lang_map(step.get("name"), f"step {n + 1} name", slug)
                geo(step.get("geo"), f"step {n + 1} geo", slug)
        if r["path"] is not None:
            for p in r["path"]:
                geo(p, "path point", slug)
        datetime.date.fromisoformat(r["updated"])
        unknown = [t for t in r.get("themes", []) if t not in themes]
        if unknown:
            raise ValueError(f"{slug}: unknown themes {unknown}")
        if not r.get("sources"):
            raise ValueError(f"{slug}: sources missing")


def step_geo(step, items_by_slug):
    """(lat, lon) floats of a step: its item's place, or its own point."""
    lat, lon = items_by_slug[step["item"]]["geo"] if "item" in step else step["geo"]
    return float(lat), float(lon)

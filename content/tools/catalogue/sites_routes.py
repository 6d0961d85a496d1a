"""Sites added as steps of the routes in routes.py: the two great mining sites the catalogue
lacked (9-9bis in Oignies, Wallers-Arenberg) and the stops of the Louvre-Lens park and city
walk (Lens station, the Bollaert-Delelis stadium, the museum's park)."""
from .common import WEEK, price, rule

SITES_ROUTES = [
    {
        "slug": "9-9bis-oignies",
        "kind": "site",
        "types": ["CulturalSite", "TechnicalHeritage", "PlaceOfInterest", "PointOfInterest"],
        "town": "oignies",
        # The street name of the site's entrance was not confirmed in a source; the pit yard is
        # the address the tourist pages give.
        "street": ["Carreau de fosse du 9-9bis"],
        "postal_code": "62590",
        "geo": ("50.4611", "2.9871"),
        "updated": "2026-11-17",
        "platform": "2026-11-18T03:21:40.5Z",
        "title": {
            "fr": "Le 9-9bis, fosse Declercq-Crombez à Oignies",
            "en": "The 9-9bis pit in Oignies",
            "nl": "De mijnsite 9-9bis in Oignies",
            "de": "Die Zeche 9-9bis in Oignies",
        },
        "short": {
            "fr": "C’est ici que les derniers mineurs du bassin sont remontés, le 21 décembre 1990 : une fosse complète, avec son terril et sa cité, devenue un lieu de musique.",
            "en": "This is where the basin’s last miners came up, on 21 December 1990: a complete pit with its slag heap and its housing estate, now a place for music.",
            "nl": "Hier kwamen op 21 december 1990 de laatste mijnwerkers van het bekken boven: een volledige mijnsite met terril en arbeiderswijk, nu een plek voor muziek.",
            "de": "Hier fuhren am 21. Dezember 1990 die letzten Bergleute des Reviers aus: eine vollständige Zeche mit Halde und Siedlung, heute ein Ort der Musik.",
        },
        "long": {
            "fr": [
                "À Oignies, le charbon du Pas-de-Calais a été découvert pour la première fois en 1842, dans le parc du château d’Henriette De Clercq, l’actuel bois des Hautois. Les puits 9 et 9bis de la Compagnie des mines de Dourges sont commencés en 1930 ; leurs bâtiments de brique, de style régionaliste, entourent encore le carreau. À son apogée, dans les années 1950, la fosse employait quelque 2 200 mineurs. Le 21 décembre 1990, les derniers mineurs y remontent : c’est la fin de l’extraction du charbon dans le Nord-Pas-de-Calais.",
                "Sauvé par d’anciens mineurs, le site est protégé comme monument historique en 1992 et 1994, puis inscrit en 2012 au patrimoine mondial avec le Bassin minier. Avec le terril 110 et la cité-jardin voisine, il forme un ensemble minier complet. On y vient aujourd’hui pour les visites guidées du carreau et pour le Métaphone, une salle de concert qui est aussi un instrument de musique.",
            ],
            "en": [
                "Coal was first found in the Pas-de-Calais in Oignies in 1842, in the park of Henriette De Clercq’s château, today the Bois des Hautois. Shafts 9 and 9bis of the Dourges Mining Company were begun in 1930, and their regional-style brick buildings still surround the pit yard. At its peak in the 1950s the pit employed some 2,200 miners. On 21 December 1990 the last miners came up here, ending coal mining in Nord-Pas-de-Calais.",
                "Saved by former miners, the site was protected as a historic monument in 1992 and 1994, then inscribed on the World Heritage List with the Mining Basin in 2012. With slag heap no. 110 and the neighbouring garden estate, it forms a complete mining ensemble. Visitors come today for guided tours of the pit yard and for the Métaphone, a concert hall that is also a musical instrument.",
            ],
            "nl": [
                "In Oignies werd in 1842 voor het eerst steenkool gevonden in Pas-de-Calais, in het park van het kasteel van Henriette De Clercq, het huidige Bois des Hautois. De schachten 9 en 9bis van de Mijnmaatschappij van Dourges werden in 1930 aangezet; hun bakstenen gebouwen in regionale stijl staan nog rond het mijnterrein. Op haar hoogtepunt, in de jaren 1950, werkten er zo’n 2 200 mijnwerkers. Op 21 december 1990 kwamen hier de laatste mijnwerkers boven: het einde van de steenkoolwinning in Nord-Pas-de-Calais.",
                "Oud-mijnwerkers redden de site, die in 1992 en 1994 als monument werd beschermd en in 2012 met het mijnbekken op de Werelderfgoedlijst kwam. Met terril 110 en de tuinwijk ernaast vormt ze een volledig mijncomplex. Je komt er nu voor rondleidingen op het mijnterrein en voor de Métaphone, een concertzaal die zelf ook een muziekinstrument is.",
            ],
            "de": [
                "In Oignies wurde 1842 zum ersten Mal Kohle im Pas-de-Calais gefunden, im Park des Schlosses von Henriette De Clercq, dem heutigen Bois des Hautois. Die Schächte 9 und 9bis der Bergwerksgesellschaft von Dourges wurden 1930 begonnen; ihre Backsteinbauten im regionalen Stil umgeben noch heute den Zechenplatz. In ihrer Blütezeit in den 1950er-Jahren beschäftigte die Zeche rund 2 200 Bergleute. Am 21. Dezember 1990 fuhren hier die letzten Bergleute aus: das Ende des Kohlebergbaus in Nord-Pas-de-Calais.",
                "Von ehemaligen Bergleuten gerettet, wurde die Anlage 1992 und 1994 unter Denkmalschutz gestellt und 2012 mit dem Bergbaubecken in die Welterbeliste aufgenommen. Mit der Halde Nr. 110 und der benachbarten Gartenstadt bildet sie ein vollständiges Bergbauensemble. Heute kommt man zu Führungen über den Zechenplatz und wegen des Métaphone, eines Konzertsaals, der selbst ein Musikinstrument ist.",
            ],
        },
        "hours_text": {
            "fr": "Visites guidées du carreau de fosse et concerts au Métaphone selon le programme publié par le site.",
            "en": "Guided tours of the pit yard and concerts at the Métaphone according to the programme published by the site.",
            "nl": "Rondleidingen op het mijnterrein en concerten in de Métaphone volgens het programma van de site.",
            "de": "Führungen über den Zechenplatz und Konzerte im Métaphone nach dem Programm der Anlage.",
        },
        "themes": ["mining", "world_heritage", "industrial_heritage", "music"],
        "art": {"scene": "m_pit_9_9bis", "sky": "soft_morning"},
        "sources": ["Wikipedia (fr): Fosse no 9 - 9 bis des mines de Dourges (BRGM coordinates of shafts 9 and 9 bis, sinking begun 1930, MH 1992/1994, UNESCO 2012, terril no 110)",
                    "cilac.com/fosse-9-9bis (1933-1990, 2 200 miners in the 1950s, 21 December 1990 last miners, saved by former miners, Métaphone 'salle de spectacle et instrument de musique')",
                    "escapades-en-hautsdefrance.com and spark.adobe.com (coal found in 1842 in Henriette De Clercq's park, now Bois des Hautois); etvoilaletravail.com (pit, terril 110 and cité De Clercq, a complete ensemble)",
                    "Street name of the entrance not confirmed: the address line names the pit yard only"],
    },
    {
        "slug": "site-minier-wallers-arenberg",
        "kind": "site",
        "types": ["CulturalSite", "TechnicalHeritage", "PlaceOfInterest", "PointOfInterest"],
        "town": "wallers",
        "street": ["Rue Michel Rondet"],
        "postal_code": "59135",
        "geo": ("50.3849", "3.4252"),
        "updated": "2026-11-17",
        "platform": "2026-11-18T03:24:12.08Z",
        "title": {
            "fr": "Site minier de Wallers-Arenberg – Arenberg Creative Mine",
            "en": "Wallers-Arenberg mine site – Arenberg Creative Mine",
            "nl": "Mijnsite Wallers-Arenberg – Arenberg Creative Mine",
            "de": "Bergwerk Wallers-Arenberg – Arenberg Creative Mine",
        },
        "short": {
            "fr": "Trois chevalements au bord de la forêt de Raismes-Saint-Amand-Wallers : la fosse du film Germinal est devenue un lieu dédié à l’image et aux médias.",
            "en": "Three headframes at the edge of the forest: the pit where Germinal was filmed has become a place devoted to images and media.",
            "nl": "Drie schachtbokken aan de rand van het bos: de mijn waar Germinal werd gedraaid, is nu een plek voor beeld en media.",
            "de": "Drei Fördergerüste am Waldrand: Die Zeche, in der Germinal gedreht wurde, ist heute ein Ort für Bild und Medien.",
        },
        "long": {
            "fr": [
                "La Compagnie des mines d’Anzin fonce les puits 1 et 2 en 1900 et commence à extraire en juin 1903 ; la fosse porte le nom d’Auguste d’Arenberg, administrateur de la compagnie. Après la nationalisation, un nouveau puits est foncé à partir de 1954 et mis en service en 1961 : son chevalement à portique est le plus haut du bassin et le dernier qui y fut construit. Quand l’exploitation cesse en mars 1989, près de 32 millions de tonnes de charbon ont été remontées.",
                "Promis à la démolition, le site est sauvé par les anciens mineurs et les élus, aidés par le tournage de Germinal de Claude Berri en 1992. Protégé comme monument historique, inscrit au patrimoine mondial en 2012, il est devenu Arenberg Creative Mine, un pôle consacré à l’image et aux médias numériques. D’anciens mineurs, figurants du film, y racontent leur métier lors des visites guidées. La célèbre tranchée pavée d’Arenberg, de Paris-Roubaix, passe tout près.",
            ],
            "en": [
                "The Anzin Mining Company sank shafts 1 and 2 in 1900 and began extracting coal in June 1903; the pit is named after Auguste d’Arenberg, one of the company’s directors. After nationalisation a new shaft was sunk from 1954 and brought into service in 1961: its portal headframe is the tallest in the basin and the last one built there. When mining stopped in March 1989, nearly 32 million tonnes of coal had been raised.",
                "Set for demolition, the site was saved by former miners and local councillors, helped by the filming of Claude Berri’s Germinal in 1992. Protected as a historic monument and inscribed on the World Heritage List in 2012, it has become Arenberg Creative Mine, a centre devoted to images and digital media. Former miners who were extras in the film tell visitors about their trade on guided tours. The famous cobbled Arenberg Trench of Paris–Roubaix runs close by.",
            ],
            "nl": [
                "De Mijnmaatschappij van Anzin delfde de schachten 1 en 2 in 1900 en begon in juni 1903 met de ontginning; de mijn is genoemd naar Auguste d’Arenberg, bestuurder van de maatschappij. Na de nationalisatie werd vanaf 1954 een nieuwe schacht gedolven, in gebruik sinds 1961: de portaalschachtbok is de hoogste van het bekken en de laatste die er werd gebouwd. Toen de ontginning in maart 1989 stopte, was er bijna 32 miljoen ton steenkool naar boven gehaald.",
                "De site zou worden afgebroken, maar oud-mijnwerkers en lokale politici redden hem, geholpen door de opnamen van Germinal van Claude Berri in 1992. Beschermd als monument en sinds 2012 werelderfgoed, werd hij Arenberg Creative Mine, een centrum voor beeld en digitale media. Oud-mijnwerkers die figurant waren in de film vertellen tijdens rondleidingen over hun vak. De beroemde kasseistrook van Arenberg uit Parijs-Roubaix ligt vlakbij.",
            ],
            "de": [
                "Die Bergwerksgesellschaft von Anzin teufte 1900 die Schächte 1 und 2 ab und förderte ab Juni 1903; die Zeche trägt den Namen von Auguste d’Arenberg, einem Verwaltungsrat der Gesellschaft. Nach der Verstaatlichung wurde ab 1954 ein neuer Schacht abgeteuft und 1961 in Betrieb genommen: Sein Portalfördergerüst ist das höchste des Reviers und das letzte, das dort gebaut wurde. Als die Förderung im März 1989 endete, waren fast 32 Millionen Tonnen Kohle gefördert worden.",
                "Zum Abriss bestimmt, wurde die Anlage von ehemaligen Bergleuten und Lokalpolitikern gerettet, unterstützt durch die Dreharbeiten zu Claude Berris Germinal im Jahr 1992. Denkmalgeschützt und seit 2012 Welterbe, ist sie heute Arenberg Creative Mine, ein Zentrum für Bild und digitale Medien. Ehemalige Bergleute, die im Film Statisten waren, erzählen bei Führungen von ihrem Beruf. Der berühmte Kopfsteinpflaster-Abschnitt von Arenberg aus Paris–Roubaix liegt ganz in der Nähe.",
            ],
        },
        "hours_text": {
            "fr": "Visites guidées par d’anciens mineurs et événements d’Arenberg Creative Mine selon le calendrier de l’office de tourisme de la Porte du Hainaut.",
            "en": "Tours guided by former miners and Arenberg Creative Mine events according to the calendar of the Porte du Hainaut tourist office.",
            "nl": "Rondleidingen door oud-mijnwerkers en evenementen van Arenberg Creative Mine volgens de kalender van het toeristenbureau van de Porte du Hainaut.",
            "de": "Führungen mit ehemaligen Bergleuten und Veranstaltungen der Arenberg Creative Mine nach dem Kalender des Fremdenverkehrsamts der Porte du Hainaut.",
        },
        "themes": ["mining", "world_heritage", "industrial_heritage", "cinema"],
        "art": {"scene": "m_arenberg", "sky": "overcast_bright"},
        "sources": ["Wikipedia (pt/it mirror of fr): Fosse Arenberg (BRGM coordinates of shafts 1, 2 and 3-4; stop 31 March 1989; MH 2009/2010; UNESCO 2012)",
                    "en.wikipedia.org/wiki/Arenberg_Pit and erih.net (1900/1903, named after Auguste Louis Albéric d'Arenberg, shaft 3-4 begun 1954 in service 28 Aug. 1961; rue Michel Rondet, 59135 Wallers)",
                    "museedupatrimoine.fr (portal headframe of shaft 3, tallest of the basin and last built); bassin-minier-regis.jimdo.com (31.845 Mt); destinationg2084.com (close to 32 Mt, saved by miners and councillors, Germinal, Arenberg Creative Mine 'lieu dédié à l'image')",
                    "en.tourisme-porteduhainaut.com (Germinal by Claude Berri, former miners-extras as guides, centre dedicated to image and digital media)",
                    "The Arenberg Trench of Paris-Roubaix starts beside the site and runs through the forest of Raismes-Saint-Amand-Wallers at whose edge the pit stands (events.py, Paris-Roubaix; walkingin the Nord brochure, 'Trouée d'Arenberg')"],
    },
    {
        "slug": "gare-de-lens",
        "kind": "site",
        "types": ["CulturalSite", "RemarkableBuilding", "PlaceOfInterest", "PointOfInterest"],
        "town": "lens",
        "street": ["Place du Général-de-Gaulle"],
        "postal_code": "62300",
        "geo": ("50.4275", "2.8280"),
        "updated": "2026-11-16",
        "platform": "2026-11-17T02:47:55.61Z",
        "title": {
            "fr": "Gare Art déco de Lens",
            "en": "Lens Art Deco railway station",
            "nl": "Art-decostation van Lens",
            "de": "Art-déco-Bahnhof von Lens",
        },
        "short": {
            "fr": "Une gare en forme de locomotive à vapeur, avec sa tour-horloge en guise de cheminée et des mosaïques de mineurs dans le hall.",
            "en": "A station shaped like a steam locomotive, its clock tower for a chimney and mosaics of miners in the hall.",
            "nl": "Een station in de vorm van een stoomlocomotief, met de klokkentoren als schoorsteen en mozaïeken van mijnwerkers in de hal.",
            "de": "Ein Bahnhof in Gestalt einer Dampflok, mit dem Uhrturm als Schornstein und Mosaiken von Bergleuten in der Halle.",
        },
        "long": {
            "fr": [
                "Détruite pendant la Grande Guerre comme toute la ville, la gare est reconstruite par Urbain Cassan, architecte des Chemins de fer du Nord, et inaugurée en 1927. Tout le bâtiment évoque une locomotive à vapeur : la tour-horloge de 23 mètres en est la cheminée, les auvents arrondis des entrées les roues, l’ancien buffet le tender. Pour résister aux affaissements miniers, l’architecte l’a voulue d’un seul niveau, en béton armé, posée sur des fondations où l’on peut glisser des vérins hydrauliques.",
                "Dans le hall, les mosaïques d’inspiration cubiste d’Auguste Labouret célèbrent la mine, le chemin de fer et l’industrie ; les grilles sont du ferronnier Edgar Brandt. Seule gare Art déco de la région, elle est protégée au titre des monuments historiques. Le Pays d’art et d’histoire de Lens-Liévin y propose des visites guidées.",
            ],
            "en": [
                "Destroyed in the Great War like the rest of the town, the station was rebuilt by Urbain Cassan, architect of the Northern Railway Company, and opened in 1927. The whole building evokes a steam locomotive: the 23-metre clock tower is the chimney, the rounded entrance canopies the wheels, the former buffet the tender. To withstand mining subsidence the architect kept it to a single storey of reinforced concrete, on foundations into which hydraulic jacks can be slid.",
                "In the hall, Auguste Labouret’s Cubist-inspired mosaics celebrate mining, the railway and industry; the railings are by the ironworker Edgar Brandt. The region’s only Art Deco station, it is protected as a historic monument. The Lens-Liévin Land of Art and History runs guided tours of it.",
            ],
            "nl": [
                "Het station werd, net als de rest van de stad, in de Eerste Wereldoorlog verwoest en door Urbain Cassan, architect van de Noorderspoorwegen, herbouwd; het werd in 1927 ingehuldigd. Het hele gebouw doet denken aan een stoomlocomotief: de klokkentoren van 23 meter is de schoorsteen, de ronde luifels van de ingangen zijn de wielen, het vroegere buffet de tender. Tegen mijnverzakkingen bouwde de architect het op één niveau, in gewapend beton, op funderingen waar hydraulische vijzels onder kunnen.",
                "In de hal vieren de kubistisch geïnspireerde mozaïeken van Auguste Labouret de mijn, het spoor en de industrie; de hekken zijn van kunstsmid Edgar Brandt. Het is het enige art-decostation van de streek en een beschermd monument. Het Pays d’art et d’histoire van Lens-Liévin organiseert er rondleidingen.",
            ],
            "de": [
                "Im Ersten Weltkrieg wie die ganze Stadt zerstört, wurde der Bahnhof von Urbain Cassan, dem Architekten der Nordbahn, neu gebaut und 1927 eröffnet. Das ganze Gebäude erinnert an eine Dampflok: Der 23 Meter hohe Uhrturm ist der Schornstein, die runden Vordächer der Eingänge sind die Räder, das frühere Buffet der Tender. Wegen der Bergsenkungen baute der Architekt nur ein Geschoss aus Stahlbeton, auf Fundamenten, unter die man hydraulische Pressen schieben kann.",
                "In der Halle feiern die kubistisch inspirierten Mosaiken von Auguste Labouret den Bergbau, die Eisenbahn und die Industrie; die Gitter stammen vom Kunstschmied Edgar Brandt. Als einziger Art-déco-Bahnhof der Region steht er unter Denkmalschutz. Das Pays d’art et d’histoire Lens-Liévin bietet Führungen an.",
            ],
        },
        "contact": {
            "name": "Office de tourisme de Lens-Liévin",
            "phone": ["+33 3 21 67 66 66"],
            "web": ["https://www.tourisme-lenslievin.fr/"],
        },
        "hours_text": {
            "fr": "Hall ouvert aux heures de service de la gare. Visites guidées selon le programme de l’office de tourisme de Lens-Liévin.",
            "en": "Hall open during station opening hours. Guided tours according to the programme of the Lens-Liévin tourist office.",
            "nl": "Hal open tijdens de openingsuren van het station. Rondleidingen volgens het programma van het toeristenbureau van Lens-Liévin.",
            "de": "Halle zu den Öffnungszeiten des Bahnhofs zugänglich. Führungen nach dem Programm des Fremdenverkehrsamts Lens-Liévin.",
        },
        "themes": ["architecture", "history"],
        "art": {"scene": "m_station_lens", "sky": "clear_day"},
        "sources": ["cirkwi.com point d'intérêt 1524338 'La Gare SNCF de Lens' (coordinates 50.427456, 2.827974; 1927; Cassan; hydraulic jacks; Labouret mosaics; guided tours from the tourist office)",
                    "lettreducheminot.fr (only Art Deco station of Hauts-de-France, locomotive shape, 23 m clock tower as chimney, awnings as wheels, Edgar Brandt railings)",
                    "vpah-hauts-de-france.fr (single storey over more than 80 m, reinforced concrete, former buffet); spark.adobe.com Pays d'art et d'histoire (buffet as the tender)",
                    "tourism-lenslievin.co.uk (Place du Général de Gaulle, 62300 Lens); bpmultimedia.fr (listed historic monument); unidivers.fr (tourist office phone and address)"],
    },
    {
        "slug": "stade-bollaert-delelis",
        "kind": "site",
        "types": ["SportsAndLeisurePlace", "PlaceOfInterest", "PointOfInterest"],
        "town": "lens",
        "street": ["Avenue Alfred-Maës"],
        "postal_code": "62300",
        "geo": ("50.4328", "2.8147"),
        "updated": "2026-11-16",
        "platform": "2026-11-17T02:52:03.14Z",
        "title": {
            "fr": "Stade Bollaert-Delelis",
            "en": "Bollaert-Delelis Stadium",
            "nl": "Stade Bollaert-Delelis",
            "de": "Stade Bollaert-Delelis",
        },
        "short": {
            "fr": "Bâti par des mineurs en 1932–1933, le stade du Racing Club de Lens compte plus de places que la ville n’a d’habitants.",
            "en": "Built by miners in 1932–1933, the home of Racing Club de Lens has more seats than the town has inhabitants.",
            "nl": "Het stadion van Racing Club de Lens, in 1932–1933 door mijnwerkers gebouwd, heeft meer plaatsen dan de stad inwoners telt.",
            "de": "Das 1932–1933 von Bergleuten gebaute Stadion des Racing Club de Lens hat mehr Plätze, als die Stadt Einwohner zählt.",
        },
        "long": {
            "fr": [
                "En 1931, Félix Bollaert, directeur commercial de la Compagnie des mines de Lens, décide de bâtir un stade entre les fosses 1 et 9 de la compagnie ; des mineurs privés de travail le construisent, et il ouvre le 18 juin 1933. D’abord ovale, il prend à partir de 1976 la forme carrée « à l’anglaise » de ses quatre tribunes. Depuis 2012, il porte aussi le nom d’André Delelis, maire de Lens de 1966 à 1998.",
                "Le Racing Club de Lens, les « Sang et Or », y joue depuis 1933. Le stade a accueilli l’Euro 1984, la Coupe du monde 1998 – dont le huitième de finale France-Paraguay –, les Coupes du monde de rugby 1999 et 2007 et l’Euro 2016, pour lequel il a été rénové. Il compte plus de 38 000 places, davantage que la population de la ville.",
            ],
            "en": [
                "In 1931 Félix Bollaert, commercial director of the Lens Mining Company, decided to build a stadium between the company’s pits 1 and 9; miners who had lost their work built it, and it opened on 18 June 1933. Oval at first, it took on the square, English-style shape of its four stands from 1976. Since 2012 it has also borne the name of André Delelis, mayor of Lens from 1966 to 1998.",
                "Racing Club de Lens, the “Blood and Gold”, has played here since 1933. The stadium hosted Euro 1984, the 1998 World Cup – including the France–Paraguay round of 16 –, the 1999 and 2007 Rugby World Cups and Euro 2016, for which it was renovated. It holds more than 38,000 spectators, more than the town’s population.",
            ],
            "nl": [
                "In 1931 besloot Félix Bollaert, commercieel directeur van de Mijnmaatschappij van Lens, een stadion te bouwen tussen de mijnen 1 en 9 van de maatschappij; werkloze mijnwerkers bouwden het, en op 18 juni 1933 ging het open. Eerst ovaal, kreeg het vanaf 1976 de vierkante, ‘Engelse’ vorm van zijn vier tribunes. Sinds 2012 draagt het ook de naam van André Delelis, burgemeester van Lens van 1966 tot 1998.",
                "Racing Club de Lens, de ‘Sang et Or’, speelt er sinds 1933. Het stadion ontving het EK 1984, het WK 1998 – met de achtste finale Frankrijk-Paraguay –, de WK’s rugby van 1999 en 2007 en het EK 2016, waarvoor het werd vernieuwd. Het telt meer dan 38 000 plaatsen, meer dan de stad inwoners heeft.",
            ],
            "de": [
                "1931 beschloss Félix Bollaert, kaufmännischer Direktor der Bergwerksgesellschaft von Lens, zwischen den Zechen 1 und 9 der Gesellschaft ein Stadion zu bauen; arbeitslose Bergleute errichteten es, am 18. Juni 1933 wurde es eröffnet. Zunächst oval, erhielt es ab 1976 die viereckige „englische“ Form seiner vier Tribünen. Seit 2012 trägt es auch den Namen von André Delelis, Bürgermeister von Lens von 1966 bis 1998.",
                "Der Racing Club de Lens, die „Sang et Or“, spielt hier seit 1933. Das Stadion war Austragungsort der EM 1984, der WM 1998 – mit dem Achtelfinale Frankreich–Paraguay –, der Rugby-Weltmeisterschaften 1999 und 2007 und der EM 2016, für die es renoviert wurde. Es fasst mehr als 38 000 Zuschauer, mehr als die Stadt Einwohner hat.",
            ],
        },
        "hours_text": {
            "fr": "Stade visible de l’extérieur à toute heure ; tribunes ouvertes les jours de match aux détenteurs d’un billet.",
            "en": "The stadium can be seen from outside at any time; the stands open on match days to ticket holders.",
            "nl": "Het stadion is altijd van buiten te zien; de tribunes zijn op wedstrijddagen open voor wie een ticket heeft.",
            "de": "Das Stadion ist jederzeit von außen zu sehen; die Tribünen öffnen an Spieltagen für Karteninhaber.",
        },
        "themes": ["sport", "mining", "architecture"],
        "art": {"scene": "m_stadium", "sky": "late_afternoon"},
        "sources": ["Wikipedia (fr, kiwix mirror): Stade Bollaert-Delelis (1932-1933, avenue Alfred-Maës, decided in 1931 by Félix Bollaert between pits 1 and 9, renovated 2014-2015, 38 223 seats, coordinates 50°25'58\"N 2°48'54\"E)",
                    "dfb.de EM 2016 venue page (built by unemployed miners, oval until the first new stand of 1976, Delelis added September 2012, mayor 1966-1998); fra.wiki (opened 18 June 1933, Euro 1984, World Cup 1998, Rugby World Cups 1999 and 2007)",
                    "betting-kingdom.com (France-Paraguay round of 16 in 1998, square English style since 1976)"],
    },
    {
        "slug": "parc-du-louvre-lens",
        "kind": "site",
        "types": ["NaturalHeritage", "ParkAndGarden", "PlaceOfInterest", "PointOfInterest"],
        "town": "lens",
        "street": ["Rue Paul Bert"],
        "postal_code": "62300",
        # A point inside the park, east of the museum: the park has eleven entrances and no
        # single address. Kept off the museum's own point so that the list's nearest-first
        # order still starts with the museum where the kiosk stands.
        "geo": ("50.4314", "2.8056"),
        "updated": "2026-11-16",
        "platform": "2026-11-17T02:55:31.9Z",
        "title": {
            "fr": "Parc du Louvre-Lens",
            "en": "Louvre-Lens park",
            "nl": "Park van het Louvre-Lens",
            "de": "Park des Louvre-Lens",
        },
        "short": {
            "fr": "Vingt hectares de prairies, de bois et de cavaliers sur l’ancienne fosse 9 : le parc du musée, ouvert tous les jours, même le mardi.",
            "en": "Twenty hectares of meadows, woods and old coal railways on the former pit no. 9: the museum’s park, open every day, even on Tuesdays.",
            "nl": "Twintig hectare weiden, bos en oude kolenspoorbanen op de vroegere mijn 9: het park van het museum, elke dag open, ook op dinsdag.",
            "de": "Zwanzig Hektar Wiesen, Wald und alte Kohlebahntrassen auf der früheren Zeche 9: der Park des Museums, täglich geöffnet, auch dienstags.",
        },
        "long": {
            "fr": [
                "La paysagiste Catherine Mosbach a dessiné ce parc de 20 hectares avec l’agence SANAA, architecte du musée. Il repose sur le terril plat de l’ancienne fosse 9, et ses trois grandes allées est-ouest suivent les cavaliers, les voies ferrées qui menaient le charbon à la gare ; l’ancien puits se devine près de l’entrée principale. Onze entrées relient le parc aux cités minières et au centre de Lens.",
                "Entre bois pionnier, prairies fleuries, pelouses et miroir d’eau, le jardinier laisse la nature recoloniser le site : des zones protègent des plantes rares dans le Nord, comme l’astragale à feuilles de réglisse et la molène floconneuse. L’entrée est libre ; le parc ouvre tous les jours, même le mardi, quand le musée est fermé.",
            ],
            "en": [
                "The landscape architect Catherine Mosbach designed this 20-hectare park with SANAA, the museum’s architects. It lies on the flat spoil heap of the former pit no. 9, and its three long east–west avenues follow the cavaliers, the railways that carried coal to the station; the old shaft can be made out near the main entrance. Eleven entrances link the park to the miners’ estates and the centre of Lens.",
                "Between pioneer woodland, flowering meadows, lawns and a reflecting pool, the gardener lets nature reclaim the site: protected areas keep plants that are rare in northern France, such as wild liquorice and hoary mullein. Entry is free; the park opens every day, even on Tuesdays when the museum is closed.",
            ],
            "nl": [
                "Landschapsarchitecte Catherine Mosbach ontwierp dit park van 20 hectare samen met SANAA, de architecten van het museum. Het ligt op de platte terril van de vroegere mijn 9, en de drie lange oost-westlanen volgen de ‘cavaliers’, de spoorbanen die de steenkool naar het station brachten; de oude schacht is bij de hoofdingang nog te herkennen. Elf ingangen verbinden het park met de mijnwerkerswijken en het centrum van Lens.",
                "Tussen pioniersbos, bloemenweiden, gazons en een waterspiegel laat de tuinman de natuur het terrein heroveren: afgeschermde zones beschermen planten die in Noord-Frankrijk zeldzaam zijn, zoals de wilde hokjespeul en de vlokkige toorts. De toegang is gratis; het park is elke dag open, ook op dinsdag, wanneer het museum dicht is.",
            ],
            "de": [
                "Die Landschaftsarchitektin Catherine Mosbach hat den 20 Hektar großen Park mit SANAA, den Architekten des Museums, gestaltet. Er liegt auf der flachen Halde der ehemaligen Zeche 9, und seine drei langen Ost-West-Alleen folgen den „cavaliers“, den Bahntrassen, auf denen die Kohle zum Bahnhof fuhr; der alte Schacht ist nahe dem Haupteingang zu erkennen. Elf Eingänge verbinden den Park mit den Bergarbeitersiedlungen und dem Zentrum von Lens.",
                "Zwischen Pionierwald, Blumenwiesen, Rasenflächen und Wasserspiegel lässt der Gärtner die Natur das Gelände zurückerobern: geschützte Bereiche bewahren Pflanzen, die in Nordfrankreich selten sind, etwa die Bärenschote und die Flockige Königskerze. Der Eintritt ist frei; der Park ist täglich geöffnet, auch dienstags, wenn das Museum geschlossen hat.",
            ],
        },
        "hours": [
            rule(WEEK, "08:00", "19:00", "2026-11-01", "2027-04-15"),
            rule(WEEK, "07:00", "21:00", "2026-04-16", "2026-10-31"),
            rule(WEEK, "07:00", "21:00", "2027-04-16", "2027-10-31"),
        ],
        "hours_text": {
            "fr": "Tous les jours, même le mardi : du 16 avril au 31 octobre de 7 h à 21 h, du 1er novembre au 15 avril de 8 h à 19 h.",
            "en": "Every day, even Tuesdays: 16 April to 31 October 7 am to 9 pm, 1 November to 15 April 8 am to 7 pm.",
            "nl": "Elke dag, ook op dinsdag: van 16 april tot 31 oktober van 7 tot 21 uur, van 1 november tot 15 april van 8 tot 19 uur.",
            "de": "Täglich, auch dienstags: vom 16. April bis 31. Oktober 7 bis 21 Uhr, vom 1. November bis 15. April 8 bis 19 Uhr.",
        },
        "prices": [price("full", "0")],
        "themes": ["gardens", "nature", "mining"],
        "art": {"scene": "m_museum_park", "sky": "fresh_morning"},
        "sources": ["louvrelens.fr/le-louvre-lens/les-espaces/le-parc (20 ha, Catherine Mosbach with SANAA, flat spoil heap of the former pit, cavaliers, old shaft, spontaneous flora)",
                    "tourisme-lens.fr/fiche/parc-du-louvre-lens (11 entrances, three east-west axes on the former cavaliers to the station, astragale à feuilles de réglisse and molène floconneuse, open every day even Tuesday, 16 April-31 October 7:00-21:00, 1 November-15 April 8:00-19:00)",
                    "euralens.org (free entry); fr.style.yahoo.com (old shaft visible near the main entrance)",
                    "Coordinates: a point inside the park east of the museum, estimated (the park has no single address)"],
    },
]

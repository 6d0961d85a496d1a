#!/bin/sh
# Regenerates the kiosk's offline base maps from Debian's GSHHG data:
#   region.txt  Nord-Pas-de-Calais and its neighbours, full resolution (50 m): the default pack's map;
#   france.txt  metropolitan France and the Benelux, coarser (120 m): the map of a pack of any
#               other French region (the kiosk takes region.txt when the pack's box fits in it).
#
# Needs (only to regenerate; the kiosk build uses the committed files and never GMT):
#   apt-get install gmt gmt-gshhg-full python3
# Usage: assets/map/extract_map.sh [nord|france] [output]   (default: nord, next to this script)
#
# Why the data covers more than the region: the screen is 1080x1920 or 1920x1080, and at zoom 1
# the region (Nord-Pas-de-Calais with the Somme bay) must fit while the rest of the screen still
# shows land and sea rather than a blank edge; panning also needs something beyond the border.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
profile=${1:-nord}

# The focus region (what zoom 1 fits when a pack gives no box) and the extent (what the data
# covers), W/E/S/N degrees. RES: GSHHG resolution; AREA: smallest lake or island kept (km2);
# RIVERS: river levels kept.
case $profile in
nord)
    out=${2:-$here/region.txt}
    REGION="1.45 4.30 49.85 51.15"
    EXTENT="-0.8/6.6/48.3/52.7"
    # -Df: full resolution (the Opal Coast's dunes and the Somme bay need it); -A1: drop lakes
    # and islands under 1 km2, invisible at our zooms.
    RES=f AREA=1
    # Rivers: the permanent ones (levels 1-4), which is where the Scheldt (3), the Lys and the
    # Somme (4) are. The canals (levels 8-10) would turn the region into a web of blue lines.
    RIVERS="-I1 -I2 -I3 -I4"
    ;;
france)
    out=${2:-$here/france.txt}
    REGION="-5.2 9.6 42.3 51.1"
    # Corsica in the south, Groningen in the north-east, Brest in the west.
    EXTENT="-5.8/10.5/41.0/53.8"
    # Full resolution too (the simplification decides the size); -A20: lakes and islands
    # under 20 km2 vanish at a department's zoom. Rivers: levels 1-4 as for the north, so that
    # a department's map has its rivers (the Aude, the Loire's tributaries).
    RES=f AREA=20
    RIVERS="-I1 -I2 -I3 -I4"
    ;;
*) echo "extract_map.sh: profile must be nord or france, got '$profile'" >&2; exit 2 ;;
esac

command -v gmt >/dev/null || { echo "extract_map.sh: gmt not found (apt-get install gmt gmt-gshhg-full)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# -M dumps segments as text instead of plotting.
gmt coast -R$EXTENT -D$RES -A$AREA -W -M > "$tmp/shore.txt"
gmt coast -R$EXTENT -D$RES -N1 -M > "$tmp/border.txt"
gmt coast -R$EXTENT -D$RES $RIVERS -M > "$tmp/river.txt"
version=$(gmt --version)
# The GSHHG release, for the file's header (Debian's package version without its revision).
gshhg=$(dpkg-query -W -f='${Version}' gmt-gshhg-full 2>/dev/null | cut -d- -f1)

python3 - "$tmp" "$out" "$REGION" "$EXTENT" "$version" "${gshhg:-unknown}" "$profile" <<'PY'
import math, sys

tmp, out, region, extent, gmt_version, gshhg_version, profile = sys.argv[1:8]
W, E, S, N = (float(v) for v in extent.split("/"))
LAT0 = (S + N) / 2
KX = math.cos(math.radians(LAT0)) * 111320.0  # metres per degree of longitude at LAT0
KY = 110574.0                                  # metres per degree of latitude
# Douglas-Peucker tolerances: 50 m is about a pixel at the closest zoom, so the coast looks
# exact; rivers are thin context lines and can be coarser.
# France: 120 m is about a pixel when a department fills a 1080-pixel screen, and keeps the
# whole country's file under half a megabyte.
TOL_M = 50.0 if profile == "nord" else 120.0
TOL_RIVER_M = 100.0 if profile == "nord" else 250.0

def read_segments(path):
    """GMT's -M output: '> ... Level n' headers, then 'lon<TAB>lat' lines, one segment per bin."""
    segs = []
    for line in open(path):
        if line.startswith(">"):
            level = int(line.split()[-1]) if "Level" in line else 0
            segs.append((level, []))
        elif line.strip():
            x, y = line.split()[:2]
            segs[-1][1].append((float(x), float(y)))
    return [(lv, pts) for lv, pts in segs if len(pts) >= 2]

def same(a, b):
    return abs(a[0] - b[0]) < 1e-9 and abs(a[1] - b[1]) < 1e-9

def stitch(segs, may_reverse):
    """GMT cuts every line at its storage bins; join pieces that continue each other. Shores
    keep their direction (it tells which side is land); borders and rivers may be reversed."""
    chains = [list(p) for p in segs]
    joined = True
    while joined:
        joined = False
        for i in range(len(chains)):
            a = chains[i]
            if not a or same(a[0], a[-1]) and len(a) > 2:
                continue
            for j in range(len(chains)):
                b = chains[j]
                if i == j or not b:
                    continue
                if same(a[-1], b[0]):
                    a.extend(b[1:])
                elif may_reverse and same(a[-1], b[-1]):
                    a.extend(reversed(b[:-1]))
                elif may_reverse and same(a[0], b[-1]):
                    chains[i] = a = b + a[1:]
                elif may_reverse and same(a[0], b[0]):
                    chains[i] = a = list(reversed(b)) + a[1:]
                else:
                    continue
                chains[j] = []
                joined = True
    return [c for c in chains if c]

def dp(pts, tol=TOL_M):
    """Douglas-Peucker in local metres, iterative so long coasts do not hit Python's recursion limit."""
    if len(pts) < 3:
        return pts
    keep = [False] * len(pts)
    keep[0] = keep[-1] = True
    stack = [(0, len(pts) - 1)]
    while stack:
        i, j = stack.pop()
        ax, ay = pts[i][0] * KX, pts[i][1] * KY
        bx, by = pts[j][0] * KX, pts[j][1] * KY
        dx, dy = bx - ax, by - ay
        L = math.hypot(dx, dy)
        best, idx = -1.0, -1
        for k in range(i + 1, j):
            px, py = pts[k][0] * KX - ax, pts[k][1] * KY - ay
            d = abs(px * dy - py * dx) / L if L > 0 else math.hypot(px, py)
            if d > best:
                best, idx = d, k
        if idx >= 0 and best > tol:
            keep[idx] = True
            stack += [(i, idx), (idx, j)]
    return [p for p, k in zip(pts, keep) if k]

def simplify_ring(ring):
    """A closed ring is split at its farthest point from the start so both halves keep an anchor."""
    ring = ring[:-1] if same(ring[0], ring[-1]) else ring
    far = max(range(len(ring)), key=lambda k: (ring[k][0] - ring[0][0]) ** 2 + (ring[k][1] - ring[0][1]) ** 2)
    a = dp(ring[: far + 1])
    b = dp(ring[far:] + [ring[0]])
    return a[:-1] + b[:-1]

def perimeter_pos(p):
    """Position along the extent's outline, counter-clockwise from the south-west corner."""
    x, y = p
    w, h = E - W, N - S
    eps = 1e-7
    if abs(y - S) < eps: return x - W
    if abs(x - E) < eps: return w + (y - S)
    if abs(y - N) < eps: return w + h + (E - x)
    if abs(x - W) < eps: return 2 * w + h + (N - y)
    return None

def corners_between(t0, t1):
    """The extent's corners met walking counter-clockwise from t0 to t1."""
    w, h = E - W, N - S
    cs = [(w, (E, S)), (w + h, (E, N)), (2 * w + h, (W, N)), (2 * w + 2 * h, (W, S))]
    total = 2 * w + 2 * h
    if t1 < t0:
        t1 += total
    res = []
    for lap in (0, total):
        for t, c in cs:
            if t0 < t + lap < t1:
                res.append((t + lap, c))
    return [c for _, c in sorted(res)]

def close_on_extent(chains):
    """Open shore chains run from one edge of the extent to another. Land lies on their right
    in GSHHG, so from a chain's exit the outline continues counter-clockwise along the edge to
    the next entry; following that makes closed land polygons that can be filled."""
    open_ = [c for c in chains if not same(c[0], c[-1])]
    closed = [c for c in chains if same(c[0], c[-1])]
    for c in open_:
        if perimeter_pos(c[0]) is None or perimeter_pos(c[-1]) is None:
            raise SystemExit("extract_map: a shore chain ends inside the extent (%r .. %r)" % (c[0], c[-1]))
    used = [False] * len(open_)
    for start in range(len(open_)):
        if used[start]:
            continue
        poly, cur = [], start
        while not used[cur]:
            used[cur] = True
            chain = open_[cur]
            poly.extend(chain)
            t_exit = perimeter_pos(chain[-1])
            total = 2 * (E - W) + 2 * (N - S)
            # Next entry counter-clockwise from the exit (the smallest positive distance).
            nxt = min(range(len(open_)), key=lambda k: (perimeter_pos(open_[k][0]) - t_exit) % total)
            poly.extend(corners_between(t_exit, perimeter_pos(open_[nxt][0])))
            cur = nxt
        poly.append(poly[0])
        closed.append(poly)
    return closed

def signed_area(ring):
    a = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        a += x1 * y2 - x2 * y1
    return a / 2 * KX * KY

def inside(pt, ring):
    x, y = pt
    c = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            c = not c
    return c

shore = read_segments(tmp + "/shore.txt")
polys = []  # (level, ring)
for level in sorted({lv for lv, _ in shore}):
    chains = stitch([p for lv, p in shore if lv == level], may_reverse=False)
    for ring in close_on_extent(chains) if level == 1 else chains:
        if not same(ring[0], ring[-1]):
            # A lake the extent cuts (Lake Garda on France's eastern edge): it lies at the very
            # edge of the data, beyond any pack's region, so it is left out rather than closed.
            if level > 1 and profile != "nord":
                continue
            raise SystemExit("extract_map: an inland shore (level %d) is not closed" % level)
        ring = simplify_ring(ring)
        if len(ring) >= 3 and abs(signed_area(ring)) > 1e6:  # >= 1 km2 after simplification
            polys.append((level, ring))

# Sanity checks that catch a wrong land side or a broken stitch before anyone sees the map.
land = [r for lv, r in polys if lv == 1]
assert any(inside((3.0635, 50.6366), r) for r in land), "Lille should be on land"
assert any(inside((-0.1276, 51.5072), r) for r in land), "London should be on land"
assert not any(inside((1.6, 51.0), r) for r in land), "the Strait of Dover should be sea"
if profile == "france":
    assert any(inside((2.3522, 48.8566), r) for r in land), "Paris should be on land"
    assert any(inside((9.1, 42.1), r) for r in land), "Corsica should be on land"
    assert not any(inside((-3.0, 46.0), r) for r in land), "the Bay of Biscay should be sea"
    assert not any(inside((5.0, 42.5), r) for r in land), "the Gulf of Lion should be sea"

lines = []  # (kind, points)
for kind, path in (("border", "border.txt"), ("river", "river.txt")):
    for chain in stitch([p for _, p in read_segments(tmp + "/" + path)], may_reverse=True):
        chain = dp(chain, TOL_RIVER_M if kind == "river" else TOL_M)
        if len(chain) >= 2:
            lines.append((kind, chain))

# Towns a visitor orients by: the region's, plus neighbours across the border and the
# Channel, and when zoomed in the belfry towns, resorts and capes. Rank 1 always shows, 2 at
# every zoom where there is room, 3 once zoomed in, 4 when zoomed in close (the app decides).
# Positions: town halls or belfries (those match the content's own belfry coordinates).
NORD_TOWNS = """
1 3.0635 50.6366 Lille
1 2.2958 49.8941 Amiens
1 4.3525 50.8467 Bruxelles
1 -0.1276 51.5072 London
1 2.3522 48.8566 Paris
2 2.7775 50.2910 Arras
2 2.8333 50.4322 Lens
2 1.8587 50.9513 Calais
2 1.6147 50.7264 Boulogne-sur-Mer
2 2.3768 51.0343 Dunkerque
2 3.5235 50.3570 Valenciennes
2 3.2247 51.2093 Brugge
2 3.7174 51.0543 Gent
2 1.3134 51.1279 Dover
2 4.4025 51.2194 Antwerpen
2 1.0993 49.4431 Rouen
2 4.0317 49.2583 Reims
3 2.2522 50.7500 Saint-Omer
3 3.2345 50.1760 Cambrai
3 3.0800 50.3714 Douai
3 2.6408 50.5303 Béthune
3 3.9734 50.2775 Maubeuge
3 1.5900 50.5211 Le Touquet
3 1.8332 50.1054 Abbeville
3 1.6314 50.1872 Saint-Valery-sur-Somme
3 2.9287 51.2154 Oostende
3 2.8853 50.8503 Ieper
3 3.2649 50.8280 Kortrijk
3 3.3878 50.6056 Tournai
3 3.9523 50.4542 Mons
3 2.0804 49.4300 Beauvais
3 1.0800 51.2802 Canterbury
3 3.2875 49.8467 Saint-Quentin
4 3.1746 50.6942 Roubaix
4 3.1612 50.7239 Tourcoing
4 2.8806 50.6883 Armentières
4 2.7353 50.7389 Bailleul
4 2.5390 50.7237 Hazebrouck
4 2.4864 50.8006 Cassel
4 2.4327 50.9680 Bergues
4 2.1280 50.9866 Gravelines
4 1.6110 50.7696 Wimereux
4 1.5842 50.8717 Cap Gris-Nez
4 1.7133 50.9261 Cap Blanc-Nez
4 1.6393 50.5126 Étaples
4 1.5928 50.4081 Berck
4 1.7631 50.4639 Montreuil-sur-Mer
4 2.0377 50.3749 Hesdin
4 2.3347 50.3814 Saint-Pol-sur-Ternoise
4 2.3958 50.6383 Aire-sur-la-Lys
4 2.7786 50.4228 Liévin
4 2.9508 50.4214 Hénin-Beaumont
4 2.5500 50.4833 Bruay-la-Buissière
4 3.3958 50.3292 Denain
4 3.4275 50.4481 Saint-Amand-les-Eaux
4 3.6364 50.2478 Le Quesnoy
4 3.9275 50.1233 Avesnes-sur-Helpe
4 4.0533 50.0153 Fourmies
4 3.5411 50.1036 Le Cateau-Cambrésis
4 2.3419 50.1570 Doullens
4 2.9364 49.9322 Péronne
4 2.6522 50.0028 Albert
4 1.6686 50.2731 Rue
4 1.6247 50.2156 Le Crotoy
4 1.9493 50.1315 Saint-Riquier
4 3.0061 50.7651 Comines
4 2.7264 50.8550 Poperinge
4 2.6622 51.0722 Veurne
4 2.5917 51.0997 De Panne
4 3.2142 50.7446 Mouscron
"""

# Seas and countries, named by UI-string key so they follow the visitor's language. A key may
# have several spots: the app uses the first that fits the screen (portrait or landscape).
NORD_LABELS = """
map.sea.north 2.45 51.55
map.sea.north 2.05 51.17
map.sea.channel 1.12 50.40
map.sea.channel 0.70 50.20
map.country.fr 2.60 49.45
map.country.fr 1.95 49.97
map.country.be 4.00 50.63
map.country.be 4.60 50.60
map.country.uk 0.55 51.22
map.country.nl 4.05 51.87
map.country.nl 4.75 51.62
"""

# France and the Benelux: rank 1 the capitals and the largest cities, 2 the regional capitals
# and big towns, 3 the other prefectures and well-known towns, 4 the prefectures around Paris
# (only readable close up). Positions: town centres (town halls), public facts, to about 1 km.
FRANCE_TOWNS = """
1 2.3522 48.8566 Paris
1 4.3525 50.8467 Bruxelles
1 4.9041 52.3676 Amsterdam
1 6.1296 49.6116 Luxembourg
1 -0.1276 51.5072 London
1 4.8357 45.7640 Lyon
1 5.3810 43.2970 Marseille
1 1.4442 43.6047 Toulouse
1 -0.5792 44.8378 Bordeaux
1 -1.5536 47.2184 Nantes
1 3.0635 50.6366 Lille
1 7.7521 48.5734 Strasbourg
2 7.2620 43.7102 Nice
2 3.8767 43.6108 Montpellier
2 -1.6778 48.1173 Rennes
2 5.0415 47.3220 Dijon
2 1.9093 47.9030 Orléans
2 -0.3707 49.1829 Caen
2 1.0993 49.4431 Rouen
2 6.1757 49.1193 Metz
2 6.1844 48.6921 Nancy
2 4.0317 49.2583 Reims
2 2.2958 49.8941 Amiens
2 0.6848 47.3941 Tours
2 -0.5632 47.4784 Angers
2 3.0870 45.7772 Clermont-Ferrand
2 1.2611 45.8336 Limoges
2 0.3404 46.5802 Poitiers
2 5.7245 45.1885 Grenoble
2 4.3872 45.4397 Saint-Étienne
2 6.0241 47.2378 Besançon
2 8.7369 41.9192 Ajaccio
2 -4.4861 48.3904 Brest
2 0.1079 49.4944 Le Havre
2 0.1996 48.0061 Le Mans
2 4.3601 43.8367 Nîmes
2 5.9280 43.1242 Toulon
2 2.8948 42.6887 Perpignan
2 -0.3708 43.2951 Pau
2 7.3359 47.7508 Mulhouse
2 4.4025 51.2194 Antwerpen
2 3.7174 51.0543 Gent
2 5.5797 50.6326 Liège
2 4.4777 51.9244 Rotterdam
2 4.3007 52.0705 Den Haag
2 5.1214 52.0907 Utrecht
2 5.4697 51.4416 Eindhoven
2 6.5665 53.2194 Groningen
2 6.1480 46.2010 Genève
2 7.4474 46.9480 Bern
2 7.5886 47.5596 Basel
2 8.5417 47.3769 Zürich
2 7.6869 45.0703 Torino
2 9.1900 45.4642 Milano
2 2.1734 41.3851 Barcelona
2 6.9603 50.9375 Köln
2 8.6821 50.1109 Frankfurt am Main
2 9.1829 48.7758 Stuttgart
3 5.2258 46.2052 Bourg-en-Bresse
3 3.6245 49.5641 Laon
3 3.3333 46.5660 Moulins
3 6.2356 44.0925 Digne-les-Bains
3 6.0794 44.5594 Gap
3 4.5986 44.7353 Privas
3 4.7202 49.7621 Charleville-Mézières
3 1.6053 42.9653 Foix
3 4.0744 48.2973 Troyes
3 2.3491 43.2130 Carcassonne
3 2.5750 44.3506 Rodez
3 2.4440 44.9264 Aurillac
3 0.1560 45.6484 Angoulême
3 -1.1508 46.1603 La Rochelle
3 2.3987 47.0810 Bourges
3 1.7728 45.2672 Tulle
3 9.4500 42.6970 Bastia
3 -2.7603 48.5136 Saint-Brieuc
3 1.8717 46.1714 Guéret
3 0.7218 45.1846 Périgueux
3 4.8924 44.9334 Valence
3 1.1508 49.0241 Évreux
3 1.4890 48.4439 Chartres
3 -4.1024 47.9960 Quimper
3 0.5857 43.6465 Auch
3 1.6912 46.8103 Châteauroux
3 5.5547 46.6744 Lons-le-Saunier
3 -0.4997 43.8902 Mont-de-Marsan
3 1.3359 47.5861 Blois
3 3.8857 45.0434 Le Puy-en-Velay
3 1.4437 44.4475 Cahors
3 0.6176 44.2033 Agen
3 3.4993 44.5181 Mende
3 -1.0903 49.1158 Saint-Lô
3 4.3631 48.9566 Châlons-en-Champagne
3 5.1392 48.1113 Chaumont
3 -0.7704 48.0707 Laval
3 5.1606 48.7728 Bar-le-Duc
3 -2.7603 47.6582 Vannes
3 3.1590 46.9908 Nevers
3 2.0804 49.4300 Beauvais
3 0.0931 48.4329 Alençon
3 2.7775 50.2910 Arras
3 0.0781 43.2328 Tarbes
3 7.3585 48.0794 Colmar
3 6.1547 47.6198 Vesoul
3 4.8286 46.3069 Mâcon
3 5.9178 45.5646 Chambéry
3 6.1294 45.8992 Annecy
3 -0.4594 46.3237 Niort
3 2.1486 43.9289 Albi
3 1.3528 44.0176 Montauban
3 4.8055 43.9493 Avignon
3 -1.4269 46.6705 La Roche-sur-Yon
3 6.4503 48.1724 Épinal
3 3.5673 47.7982 Auxerre
3 6.8628 47.6397 Belfort
3 2.3768 51.0343 Dunkerque
3 1.8587 50.9513 Calais
3 1.6147 50.7264 Boulogne-sur-Mer
3 3.5235 50.3570 Valenciennes
3 -1.6222 49.6337 Cherbourg
3 -2.0257 48.6493 Saint-Malo
3 -2.2138 47.2735 Saint-Nazaire
3 -3.3703 47.7483 Lorient
3 -1.4748 43.4929 Bayonne
3 3.2150 43.3442 Béziers
3 3.0041 43.1843 Narbonne
3 4.6278 43.6768 Arles
3 5.4474 43.5297 Aix-en-Provence
3 7.0174 43.5528 Cannes
3 1.0779 49.9229 Dieppe
3 1.5333 45.1589 Brive-la-Gaillarde
3 3.2247 51.2093 Brugge
3 4.8671 50.4674 Namur
3 4.4448 50.4108 Charleroi
3 3.9523 50.4542 Mons
3 5.3378 50.9307 Hasselt
3 5.8167 49.6833 Arlon
3 5.6909 50.8514 Maastricht
3 5.8999 51.9851 Arnhem
3 3.6136 51.4988 Middelburg
3 4.7760 51.5719 Breda
3 5.7999 53.2012 Leeuwarden
3 6.0830 52.5168 Zwolle
3 6.6323 46.5197 Lausanne
3 8.9463 44.4056 Genova
3 -1.9812 43.3183 Donostia
3 1.5218 42.5063 Andorra la Vella
3 6.0839 50.7753 Aachen
3 6.9969 49.2402 Saarbrücken
3 8.4037 49.0069 Karlsruhe
3 7.8421 47.9990 Freiburg im Breisgau
3 -4.1427 50.3755 Plymouth
3 -1.4044 50.9097 Southampton
3 1.3134 51.1279 Dover
4 2.1301 48.8049 Versailles
4 2.2069 48.8924 Nanterre
4 2.4397 48.9077 Bobigny
4 2.4553 48.7904 Créteil
4 2.4500 48.6290 Évry-Courcouronnes
4 2.0760 49.0364 Cergy
4 2.6554 48.5421 Melun
"""

FRANCE_LABELS = """
map.sea.north 3.30 52.90
map.sea.north 2.40 51.60
map.sea.channel -1.60 50.05
map.sea.channel -3.20 49.30
map.sea.atlantic -3.60 45.60
map.sea.atlantic -4.60 46.80
map.sea.mediterranean 5.20 42.40
map.sea.mediterranean 6.80 42.90
map.country.fr 2.50 47.00
map.country.fr 4.60 45.20
map.country.be 4.75 50.35
map.country.be 4.30 51.00
map.country.nl 5.60 52.45
map.country.nl 5.40 51.95
map.country.lu 6.10 49.85
map.country.de 8.60 50.60
map.country.de 8.40 48.30
map.country.ch 7.90 46.75
map.country.it 8.60 45.00
map.country.es -1.20 42.60
map.country.es 1.00 41.70
map.country.uk -1.50 51.65
"""

if profile == "nord":
    TOWNS, LABELS = NORD_TOWNS, NORD_LABELS
    TITLE = "Nord-Pas-de-Calais and its neighbours"
else:
    TOWNS, LABELS = FRANCE_TOWNS, FRANCE_LABELS
    TITLE = "metropolitan France and the Benelux"

# A town in the sea means a typo in its coordinates (or a simplified coast cutting a harbour).
if profile == "france":
    for line in TOWNS.strip().splitlines():
        rank, lon, lat, name = line.split(None, 3)
        pt = (float(lon), float(lat))
        assert any(inside(pt, r) for lv, r in polys if lv == 1) and not any(
            inside(pt, r) for lv, r in polys if lv == 2), "%s should be on land" % name

with open(out, "w") as f:
    w = f.write
    w("# Offline base map of %s for the kiosk's map screen.\n" % TITLE)
    w("# Generated by assets/map/extract_map.sh %s with GMT %s (`gmt coast -Df`); do not edit by hand.\n"
      % (profile, gmt_version))
    w("# Shorelines, national borders and rivers: GSHHG %s (Global Self-consistent, Hierarchical,\n" % gshhg_version)
    w("# High-resolution Geography), P. Wessel and W.H.F. Smith, full resolution, via Debian's\n")
    w("# gmt-gshhg-full package. Licence: GNU LGPL v3 or later. Simplified to %.0f m\n" % TOL_M)
    w("# (rivers %.0f m), coordinates rounded to 0.0001 degree (about 10 m).\n" % TOL_RIVER_M)
    w("# Town positions are public facts (town halls, belfries).\n")
    w("#\n")
    w("# Format, one record per line, '#' starts a comment:\n")
    w("#   region W E S N       what zoom 1 fits on screen (degrees)\n")
    w("#   extent W E S N       the area the data covers\n")
    w("#   land|lake N          a closed polygon of N points follows, one 'lon lat' per line; lakes\n")
    w("#                        are drawn over land; edges along the extent are not coastline\n")
    w("#   border|river N       a polyline of N points follows\n")
    w("#   town RANK LON LAT NAME   RANK 1 always shown ... 4 only when zoomed in close\n")
    w("#   label KEY LON LAT    a sea or country name (a UI-string key); a repeated key gives\n")
    w("#                        other spots to try when the first does not fit the screen\n")
    w("region %s\n" % region)
    w("extent %s\n" % extent.replace("/", " "))
    for level, ring in sorted(polys, key=lambda p: p[0]):
        w("%s %d\n" % ("land" if level % 2 == 1 else "lake", len(ring)))
        for x, y in ring:
            w("%.4f %.4f\n" % (x, y))
    for kind, pts in lines:
        w("%s %d\n" % (kind, len(pts)))
        for x, y in pts:
            w("%.4f %.4f\n" % (x, y))
    for line in TOWNS.strip().splitlines():
        rank, lon, lat, name = line.split(None, 3)
        w("town %s %s %s %s\n" % (rank, lon, lat, name))
    for line in LABELS.strip().splitlines():
        key, lon, lat = line.split()
        w("label %s %s %s\n" % (key, lon, lat))

print("extract_map: %d polygons, %d lines, %d points -> %s" % (
    len(polys), len(lines), sum(len(r) for _, r in polys) + sum(len(p) for _, p in lines), out), file=sys.stderr)
PY

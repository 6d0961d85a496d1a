// Unit tests of the offline map data: the shipped region.txt, refusal of malformed files,
// triangulation, the projection, and distances / walking times.
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>

#include "core/map_data.h"

using namespace kiosk;

namespace {

double triangles_area(const std::vector<LonLat>& pts, const std::vector<std::uint32_t>& tris) {
    double a = 0;
    for (size_t i = 0; i + 2 < tris.size(); i += 3) {
        const LonLat p = pts[tris[i]], q = pts[tris[i + 1]], r = pts[tris[i + 2]];
        a += std::fabs((q.lon - p.lon) * (r.lat - p.lat) - (q.lat - p.lat) * (r.lon - p.lon)) / 2;
    }
    return a;
}

double ring_area(const std::vector<LonLat>& r) {
    double a = 0;
    for (size_t i = 0, j = r.size() - 1; i < r.size(); j = i++) a += r[j].lon * r[i].lat - r[i].lon * r[j].lat;
    return std::fabs(a) / 2;
}

bool inside(LonLat p, const std::vector<LonLat>& r) {
    bool c = false;
    for (size_t i = 0, j = r.size() - 1; i < r.size(); j = i++)
        if ((r[i].lat > p.lat) != (r[j].lat > p.lat) &&
            p.lon < r[i].lon + (p.lat - r[i].lat) * (r[j].lon - r[i].lon) / (r[j].lat - r[i].lat))
            c = !c;
    return c;
}

bool on_land(const MapData& m, LonLat p) {
    bool land = false;
    for (const MapPolygon& poly : m.polygons)
        if (inside(p, poly.points)) land = !poly.lake;  // lakes come after land and win
    return land;
}

const char* kSmall =
    "# a tiny valid map\n"
    "region 1 2 50 51\n"
    "extent 0 3 49 52\n"
    "land 4\n0 49\n3 49\n3 51\n0 51\n"
    "lake 3\n1 50\n1.2 50\n1.1 50.2\n"
    "border 2\n2 49\n2 51\n"
    "town 1 1.5 50.5 Saint-Exemple\n"
    "label map.sea.channel 0.5 51.5\n";

}  // namespace

TEST_CASE("the shipped map loads and looks like the region", "[map]") {
    MapData m;
    std::string error;
    REQUIRE(load_map(std::string(KIOSK_ASSETS_DIR) + "/map/region.txt", m, error));
    CHECK(error.empty());
    CHECK(m.extent.contains(m.region.centre()));
    CHECK(m.region.contains({3.0635, 50.6366}));  // Lille
    CHECK(m.region.contains({2.2958, 49.8941}));  // Amiens

    size_t coast = 0, border = 0, river = 0;
    for (const MapLine& l : m.lines) {
        REQUIRE(l.points.size() >= 2);
        coast += l.kind == MapLine::Kind::Coast;
        border += l.kind == MapLine::Kind::Border;
        river += l.kind == MapLine::Kind::River;
    }
    CHECK(coast > 0);
    CHECK(border > 0);
    CHECK(river > 0);

    // Every polygon is fully covered by its triangles: the land fill has no holes or spills.
    for (const MapPolygon& p : m.polygons) {
        REQUIRE(p.triangles.size() % 3 == 0);
        CHECK(triangles_area(p.points, p.triangles) == Approx(ring_area(p.points)).epsilon(1e-9));
    }

    // Land where land is, sea where sea is.
    CHECK(on_land(m, {3.0635, 50.6366}));   // Lille
    CHECK(on_land(m, {1.8587, 50.9413}));   // just inland of Calais
    CHECK(on_land(m, {4.3525, 50.8467}));   // Bruxelles
    CHECK(on_land(m, {1.3134, 51.1379}));   // Dover, across the Channel
    CHECK_FALSE(on_land(m, {1.5, 51.0}));   // the Strait of Dover
    CHECK_FALSE(on_land(m, {2.5, 51.3}));   // the North Sea off Dunkerque
    CHECK_FALSE(on_land(m, {1.0, 50.3}));   // the Channel

    bool lille = false;
    for (const MapTown& t : m.towns) lille |= t.name == "Lille" && t.rank == 1;
    CHECK(lille);
}

TEST_CASE("a small map file parses into its records", "[map]") {
    MapData m;
    std::string error;
    REQUIRE(parse_map(kSmall, m, error));
    CHECK(m.region.west == 1);
    CHECK(m.region.north == 51);
    REQUIRE(m.polygons.size() == 2);
    CHECK_FALSE(m.polygons[0].lake);
    CHECK(m.polygons[1].lake);
    CHECK(m.polygons[0].triangles.size() == 6);
    REQUIRE(m.towns.size() == 1);
    CHECK(m.towns[0].name == "Saint-Exemple");
    REQUIRE(m.labels.size() == 1);
    CHECK(m.labels[0].key == "map.sea.channel");
    // The land square lies along the extent on three sides; only its top edge (lat 51) is
    // inside the extent, so that is the land's one coast line. The lake's outline is another.
    size_t coast_lines = 0;
    for (const MapLine& l : m.lines) coast_lines += l.kind == MapLine::Kind::Coast;
    CHECK(coast_lines == 2);
}

TEST_CASE("malformed map files are refused with a reason", "[map]") {
    const char* bad[] = {
        "",                                                            // no region / extent
        "region 1 2 50 51\n",                                          // no extent
        "region 2 1 50 51\nextent 0 3 49 52\n",                        // west > east
        "region 1 2 50 51\nextent 0 3 49 52\nland 4\n0 49\n3 49\n",   // ends inside a polygon
        "region 1 2 50 51\nextent 0 3 49 52\nland 3\n0 49\n3 x\n0 51\n",
        "region 1 2 50 51\nextent 0 3 49 52\nland 3\n0 49\n3 49 7\n0 51\n",
        "region 1 2 50 51\nextent 0 3 49 52\nland 2\n0 49\n3 49\n",   // a polygon needs 3 points
        "region 1 2 50 51\nextent 0 3 49 52\nland 99999999999\n",
        "region 1 2 50 51\nextent 0 3 49 52\nland -3\n",
        "region 1 2 50 51\nextent 0 3 49 52\nriver 2\n0 91\n1 50\n",  // latitude out of range
        "region 1 2 50 51\nextent 0 3 49 52\nriver 2\nnan 50\n1 50\n",
        "region 1 2 50 51\nextent 0 3 49 52\ntown 5 1 50 Nowhere\n",
        "region 1 2 50 51\nextent 0 3 49 52\ntown 1 1 50\n",
        "region 1 2 50 51\nextent 0 3 49 52\nvolcano 3\n",
    };
    for (const char* text : bad) {
        MapData m;
        std::string error;
        INFO(text);
        CHECK_FALSE(parse_map(text, m, error));
        CHECK_FALSE(error.empty());
    }
    // Every truncation of a valid file either parses or is refused: never a crash.
    const std::string ok = kSmall;
    for (size_t cut = 0; cut < ok.size(); ++cut) {
        MapData m;
        std::string error;
        if (!parse_map(std::string_view(ok).substr(0, cut), m, error)) CHECK_FALSE(error.empty());
    }
    MapData m;
    std::string error;
    CHECK_FALSE(load_map("/nonexistent/region.txt", m, error));
    CHECK(error.find("/nonexistent/region.txt") != std::string::npos);
}

TEST_CASE("ear clipping covers concave outlines exactly", "[map]") {
    // An L shape, given clockwise, and a comb with deep notches like an estuary.
    const std::vector<LonLat> l{{0, 0}, {0, 2}, {1, 2}, {1, 1}, {2, 1}, {2, 0}};
    auto t = triangulate(l);
    CHECK(t.size() == 12);
    CHECK(triangles_area(l, t) == Approx(3));
    std::vector<LonLat> comb{{0, 0}, {10, 0}};
    for (int i = 9; i >= 0; --i) {
        comb.push_back({i + 1.0, 5});
        comb.push_back({i + 0.5, 1});
    }
    comb.push_back({0, 5});
    t = triangulate(comb);
    CHECK(triangles_area(comb, t) == Approx(ring_area(comb)));
    // A bow tie crosses itself: some answer, and the call returns.
    const std::vector<LonLat> bow{{0, 0}, {1, 1}, {1, 0}, {0, 1}};
    CHECK(triangulate(bow).size() % 3 == 0);
}

namespace {

// Distance from p to the polyline (a ring when closed), longitudes scaled by k.
double to_polyline(LonLat p, const std::vector<LonLat>& line, double k, bool closed) {
    double best = 1e300;
    const size_t n = line.size(), segs = closed ? n : n - 1;
    for (size_t i = 0; i < segs; ++i) {
        const LonLat a = line[i], b = line[(i + 1) % n];
        const double px = (p.lon - a.lon) * k, py = p.lat - a.lat, bx = (b.lon - a.lon) * k, by = b.lat - a.lat;
        const double len2 = bx * bx + by * by;
        const double t = len2 > 0 ? std::clamp((px * bx + py * by) / len2, 0.0, 1.0) : 0.0;
        best = std::min(best, std::hypot(px - t * bx, py - t * by));
    }
    return best;
}

}  // namespace

TEST_CASE("simplified outlines stay within their tolerance and keep their ends", "[map]") {
    // A wiggly line: a sine with a fine zig-zag on it.
    std::vector<LonLat> line;
    for (int i = 0; i <= 2000; ++i)
        line.push_back({2.0 + i * 0.0005, 50.0 + 0.05 * std::sin(i * 0.01) + ((i % 2) ? 0.00005 : -0.00005)});
    const double k = std::cos(50.5 * 3.14159265358979 / 180);
    for (double tol : {0.0001, 0.001, 0.01}) {
        INFO("tolerance " << tol);
        const std::vector<LonLat> s = simplify(line, tol, k, false);
        CHECK(s.size() < line.size());
        CHECK(s.front().lon == line.front().lon);
        CHECK(s.back().lon == line.back().lon);
        double worst = 0;
        for (const LonLat& p : line) worst = std::max(worst, to_polyline(p, s, k, false));
        CHECK(worst <= tol * 1.000001);
    }
    // The zig-zag (0.0001 across) goes at a tolerance above it, not below.
    CHECK(simplify(line, 0.00002, k, false).size() > 1500);
    CHECK(simplify(line, 0.0002, k, false).size() < 200);
    // A ring keeps at least three points, whatever the tolerance: it never flattens to a line.
    std::vector<LonLat> ring;
    for (int i = 0; i < 360; ++i) ring.push_back({2 + 0.1 * std::cos(i * 0.01745), 50 + 0.1 * std::sin(i * 0.01745)});
    CHECK(simplify(ring, 10.0, k, true).size() == 3);
    const std::vector<LonLat> r = simplify(ring, 0.001, k, true);
    double worst = 0;
    for (const LonLat& p : ring) worst = std::max(worst, to_polyline(p, r, k, true));
    CHECK(worst <= 0.001 * 1.000001);
    CHECK(r.size() < 60);
}

TEST_CASE("the shipped map has coarse copies, chosen by zoom, that cover the same land", "[map]") {
    MapData m;
    std::string error;
    REQUIRE(load_map(std::string(KIOSK_ASSETS_DIR) + "/map/region.txt", m, error));
    size_t full = 0, coarsest = 0, with_copies = 0;
    for (const MapPolygon& p : m.polygons) {
        full += p.points.size();
        coarsest += p.coarse.empty() ? p.points.size() : p.coarse.back().points.size();
        with_copies += !p.coarse.empty();
        double last_tol = 0;
        size_t last_n = p.points.size();
        for (const MapCoarse& c : p.coarse) {
            CHECK(c.tolerance > last_tol);             // finest first
            CHECK(c.points.size() * 5 <= last_n * 4);  // each a fifth smaller at least
            REQUIRE(c.triangles.size() % 3 == 0);
            last_tol = c.tolerance;
            last_n = c.points.size();
            // The copy's triangles cover the copy's outline: no holes, no land spilt on the sea.
            CHECK(triangles_area(c.points, c.triangles) == Approx(ring_area(c.points)).epsilon(0.002));
        }
    }
    CHECK(with_copies > 0);
    CHECK(coarsest * 10 < full);  // the coarsest copies hold under a tenth of the points
    // Up close the full outline is drawn; with the whole region on a portrait screen (575 pixels
    // a degree of latitude), a coarse copy; never a copy coarser than a pixel.
    const MapPolygon& big = *std::max_element(m.polygons.begin(), m.polygons.end(), [](const auto& a, const auto& b) {
        return a.points.size() < b.points.size();
    });
    REQUIRE(!big.coarse.empty());
    CHECK(outline_at(big, 1e7).points == &big.points);
    CHECK(outline_at(big, 1e7).triangles == &big.triangles);
    for (double ppd : {300.0, 575.0, 1000.0, 5000.0, 40000.0}) {
        const MapOutline o = outline_at(big, ppd);
        for (const MapCoarse& c : big.coarse)
            if (o.points == &c.points) CHECK(c.tolerance * ppd <= 1.0);
    }
    CHECK(outline_at(big, 575).points != &big.points);
    const MapLine& line = *std::max_element(m.lines.begin(), m.lines.end(), [](const auto& a, const auto& b) {
        return a.points.size() < b.points.size();
    });
    CHECK(&outline_at(line, 1e7) == &line.points);
    CHECK(outline_at(line, 575).size() < line.points.size() / 2);
}

TEST_CASE("the projection fits the region and inverts exactly", "[map]") {
    const GeoBox region{1.45, 4.30, 49.85, 51.15};
    for (double zoom : {1.0, 3.7, 32.0}) {
        const MapProjection p(region, {2.9, 50.4}, zoom, 0, 115, 1080, 1805, 32);
        for (LonLat g : {LonLat{3.0635, 50.6366}, LonLat{1.6147, 50.7264}, LonLat{-0.5, 52.6}}) {
            const LonLat back = p.to_geo(p.to_screen(g));
            CHECK(back.lon == Approx(g.lon).margin(1e-9));
            CHECK(back.lat == Approx(g.lat).margin(1e-9));
        }
        // The centre is drawn in the middle of the view.
        const ScreenPoint c = p.to_screen({2.9, 50.4});
        CHECK(c.x == Approx(540));
        CHECK(c.y == Approx(115 + 1805 / 2.0));
    }
    // At zoom 1 the region's corners are on screen, inside the margin; north is up.
    const MapProjection p(region, region.centre(), 1, 0, 0, 1920, 965, 32);
    const ScreenPoint nw = p.to_screen({region.west, region.north}), se = p.to_screen({region.east, region.south});
    CHECK(nw.x >= 32 - 1e-6);
    CHECK(nw.y >= 32 - 1e-6);
    CHECK(se.x <= 1920 - 32 + 1e-6);
    CHECK(se.y <= 965 - 32 + 1e-6);
    CHECK(nw.y < se.y);
    // One pixel is the same ground distance whichever way: the map is not stretched.
    const LonLat o = p.to_geo({960, 480}), e = p.to_geo({1060, 480}), n = p.to_geo({960, 380});
    const double east = distance_m(o.lat, o.lon, e.lat, e.lon) / 100;
    const double north = distance_m(o.lat, o.lon, n.lat, n.lon) / 100;
    CHECK(east == Approx(north).epsilon(0.01));
    CHECK(p.metres_per_pixel() == Approx(north).epsilon(0.01));
}

TEST_CASE("distances and walking times", "[map]") {
    // Lille (Grand-Place) to Arras (town hall): about 45 km as the crow flies.
    const double d = distance_m(50.6366, 3.0635, 50.2910, 2.7775);
    CHECK(d > 43000);
    CHECK(d < 47000);
    CHECK(distance_m(50.5, 2.5, 50.5, 2.5) == 0);
    CHECK(distance_m(50.0, 2.0, 51.0, 2.0) == Approx(111195).epsilon(0.001));  // one degree of latitude
    CHECK(distance_m(50.6366, 3.0635, 50.2910, 2.7775) == Approx(distance_m(50.2910, 2.7775, 50.6366, 3.0635)));

    CHECK(walking_minutes(0) == 0);
    CHECK(walking_minutes(10) == 1);
    // 1 km straight: 1.3 km on foot at 4.5 km/h = 17.3 minutes, rounded up.
    CHECK(walking_minutes(1000) == 18);
    CHECK(walking_minutes(3461) == 60);  // 4.5 km on foot: an hour
}

TEST_CASE("the France map covers every French region and the Benelux", "[map][region]") {
    MapData m;
    std::string error;
    const auto t0 = std::chrono::steady_clock::now();
    REQUIRE(load_map(std::string(KIOSK_ASSETS_DIR) + "/map/france.txt", m, error));
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    WARN("france.txt loads in " << ms << " ms");
    // Land where the prefectures of far-apart regions are, and in the Benelux capitals.
    for (LonLat p : {LonLat{2.3491, 43.2130}, LonLat{-0.5632, 47.4784}, LonLat{-4.1024, 47.9960}, LonLat{8.7369, 41.9192},
                     LonLat{7.7521, 48.5734}, LonLat{6.1296, 49.6116}, LonLat{4.9041, 52.3676}, LonLat{4.3525, 50.8467}}) {
        CHECK(m.extent.contains(p));
        CHECK(on_land(m, p));
    }
    CHECK_FALSE(on_land(m, {-3.0, 46.0}));  // the Bay of Biscay
    CHECK_FALSE(on_land(m, {5.0, 42.5}));   // the Gulf of Lion
    for (const MapPolygon& p : m.polygons) {
        REQUIRE(p.triangles.size() % 3 == 0);
        CHECK(triangles_area(p.points, p.triangles) == Approx(ring_area(p.points)).epsilon(1e-9));
    }
    bool carcassonne = false;
    for (const MapTown& t : m.towns) carcassonne |= t.name == "Carcassonne";
    CHECK(carcassonne);
}

TEST_CASE("a pack's bbox text parses to its box and back", "[map][region]") {
    GeoBox b;
    REQUIRE(parse_bbox("43.0,2.1,43.5,2.9", b));
    CHECK(b.south == 43.0);
    CHECK(b.west == 2.1);
    CHECK(b.north == 43.5);
    CHECK(b.east == 2.9);
    CHECK(format_bbox(b) == "43.000000,2.100000,43.500000,2.900000");
    const GeoBox before = b;
    for (const char* bad : {"", "43,2,44", "43,2,44,3,5", "44,2,43,3", "43,3,44,2", "a,b,c,d", "43,2,91,3", "43,2,44,3x"}) {
        INFO(bad);
        CHECK_FALSE(parse_bbox(bad, b));
    }
    CHECK(b.west == before.west);  // a refused text leaves the box alone
}

TEST_CASE("distances are claimed only from a kiosk in or near the region", "[map][region]") {
    const GeoBox aude{1.69, 3.24, 42.65, 43.46};
    CHECK(distance_to_box_m({2.35, 43.21}, aude) == 0);                      // Carcassonne, inside
    CHECK(distance_to_box_m({2.35, 43.80}, aude) == Approx(37800).epsilon(0.02));  // 0.34 degree north
    CHECK(near_region({2.35, 43.21}, aude));
    CHECK(near_region({2.35, 43.80}, aude));          // Castelnaudary's neighbours, 38 km out
    CHECK_FALSE(near_region({1.44, 43.60}, GeoBox{2.5, 3.24, 42.65, 43.46}));  // Toulouse, 85 km from that box
    CHECK_FALSE(near_region({2.8032, 50.4302}, aude));  // the default position (Louvre-Lens), 800 km away
    CHECK(near_region({2.8032, 50.4302}, GeoBox{1.45, 4.30, 49.85, 51.15}));  // ...which is in Nord-Pas-de-Calais
}

// Unit tests of the map's layout (kiosk/session/map_layout): the view's projection and motion,
// pin clustering, label placement, hit testing, and that every pin can be reached by tapping.
// Catch2 here is 2.13 (Debian 12's catch2 package), hence catch.hpp.
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <random>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "session/map_layout.h"

using namespace kiosk;
using namespace kiosk::session;

namespace {

constexpr float kEm = 32;
const GeoBox kRegion = kFallbackRegion;

// Screens the kiosk meets: a portrait totem, a landscape panel, a small window, each with the
// header above the map (the map's area does not start at y = 0).
struct Screen {
    const char* name;
    Box area;
};
const Screen kScreens[] = {
    {"portrait 1080x1920", {{0, 112}, {1080, 1920}}},
    {"landscape 1920x1080", {{0, 112}, {1920, 1080}}},
    {"small 800x600", {{0, 90}, {800, 600}}},
    {"narrow 600x1024", {{0, 90}, {600, 1024}}},
};

bool overlap(const Box& a, const Box& b) {
    return a.min.x < b.max.x && b.min.x < a.max.x && a.min.y < b.max.y && b.min.y < a.max.y;
}

Box square(Point c, float half) { return {{c.x - half, c.y - half}, {c.x + half, c.y + half}}; }

// Text measured as a proportional font would roughly measure it, without a font.
float style_scale(LabelStyle s) {
    switch (s) {
        case LabelStyle::Town1: return 1.0f;
        case LabelStyle::Town2: return 0.92f;
        case LabelStyle::TownSmall: return 0.85f;
        case LabelStyle::Sea: return 1.0f;
        case LabelStyle::Country: return 1.15f;
    }
    return 1;
}

LabelText fake_text() {
    return {[](LabelStyle s, const std::string& t) {
                const float k = style_scale(s) * kEm;
                return Point{0.55f * k * static_cast<float>(t.size()), 1.2f * k};
            },
            [](const std::string& key) { return "[" + key + "]"; },
            {}};
}

// What the map screen keeps free of labels and pins: the controls bottom right, the legend
// bottom left, the data's credit in the corner.
LayoutInput input_for(Box area) {
    LayoutInput in;
    in.area = area;
    in.em = kEm;
    in.covers = {{{area.max.x - 10 * kEm, area.max.y - 12 * kEm}, {area.max.x - 0.8f * kEm, area.max.y - 2 * kEm}},
                 {{area.min.x + 0.8f * kEm, area.max.y - 9 * kEm}, {area.min.x + 9 * kEm, area.max.y - 0.8f * kEm}}};
    in.keep_clear = {{{area.max.x - 9 * kEm, area.max.y - 1.2f * kEm}, {area.max.x - 0.5f * kEm, area.max.y - 0.4f * kEm}}};
    in.here = {2.8032, 50.4302};
    in.here_label_size = {6 * kEm, 1.7f * kEm};
    return in;
}

// A dense made-up base map: many towns of every rank with names of all lengths, and area
// labels, some with alternative spots.
MapData dense_map() {
    MapData md;
    md.region = kRegion;
    md.extent = {0.5, 5.5, 49.0, 52.0};
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> lon(kRegion.west - 0.3, kRegion.east + 0.3), lat(kRegion.south - 0.2, kRegion.north + 0.2);
    const char* names[] = {"Ys", "Arras", "Béthune", "Saint-Omer", "Boulogne-sur-Mer", "Hénin-Beaumont", "Lens", "Villeneuve-d'Ascq"};
    for (int i = 0; i < 160; ++i)
        md.towns.push_back({1 + i % 4, {lon(rng), lat(rng)}, std::string(names[i % 8]) + " " + std::to_string(i)});
    md.labels = {{"map.sea.north", {2.2, 51.1}}, {"map.sea.north", {2.0, 51.0}}, {"map.sea.channel", {1.5, 50.6}},
                 {"map.country.be", {3.9, 50.8}}, {"map.country.fr", {3.0, 50.0}}, {"map.country.fr", {2.2, 50.05}},
                 {"map.country.nl", {3.9, 51.3}}};
    return md;
}

std::vector<MapPin> random_pins(unsigned seed, int n) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> lon(kRegion.west + 0.05, kRegion.east - 0.05), lat(kRegion.south + 0.05, kRegion.north - 0.05);
    const char* kinds[] = {"site", "belfry", "event"};
    std::vector<MapPin> pins;
    for (int i = 0; i < n; ++i) pins.push_back({100 + i, kinds[i % 3], lat(rng), lon(rng)});
    return pins;
}

std::vector<LonLat> positions(const std::vector<MapPin>& pins) {
    std::vector<LonLat> pos;
    for (const MapPin& p : pins) pos.push_back({p.lon, p.lat});
    return pos;
}

// A 4 x 3 grid of pins 0.015° of longitude and 0.01° of latitude apart, around Arras: close
// enough to be one bubble over the whole region, far enough apart to stand alone close up.
std::vector<MapPin> town_grid() {
    std::vector<MapPin> pins;
    for (int r = 0; r < 3; ++r)
        for (int c = 0; c < 4; ++c)
            pins.push_back({static_cast<std::int64_t>(pins.size() + 1), c % 2 ? "event" : "site", 50.28 + 0.01 * r, 2.76 + 0.015 * c});
    return pins;
}

MapView view_at(double zoom, LonLat centre = kRegion.centre()) {
    MapView v;
    reset_view(v, kRegion);
    v.zoom = zoom;
    v.center_lon = centre.lon;
    v.center_lat = centre.lat;
    return v;
}

// Each pin in exactly one cluster, members ascending; returns the number of clusters.
size_t check_partition(const std::vector<Cluster>& clusters, size_t pins) {
    std::vector<int> seen(pins, 0);
    for (const Cluster& c : clusters) {
        REQUIRE(!c.members.empty());
        CHECK(std::is_sorted(c.members.begin(), c.members.end()));
        for (size_t i : c.members) {
            REQUIRE(i < pins);
            ++seen[i];
        }
    }
    CHECK(std::all_of(seen.begin(), seen.end(), [](int n) { return n == 1; }));
    return clusters.size();
}

const double kZooms[] = {1, 1.8, 2, 3.5, 4, 8, 16, 32};

}  // namespace

TEST_CASE("the projection fits the region at zoom 1 and round-trips", "[map]") {
    for (const Screen& s : kScreens) {
        INFO(s.name);
        MapView v;
        reset_view(v, kRegion);
        CHECK(v.initialised);
        CHECK(v.zoom == 1);
        CHECK(v.center_lon == Approx(kRegion.centre().lon));
        CHECK(v.center_lat == Approx(kRegion.centre().lat));
        const float margin = kMarginEm * kEm;
        const MapProjection p = project(kRegion, v, s.area, margin);
        const ScreenPoint nw = p.to_screen({kRegion.west, kRegion.north}), se = p.to_screen({kRegion.east, kRegion.south});
        // Inside the area less the margin, and touching it on one side: the region fits exactly.
        CHECK(nw.x >= s.area.min.x + margin - 0.01);
        CHECK(nw.y >= s.area.min.y + margin - 0.01);
        CHECK(se.x <= s.area.max.x - margin + 0.01);
        CHECK(se.y <= s.area.max.y - margin + 0.01);
        const bool fits_width = std::fabs((se.x - nw.x) - (s.area.w() - 2 * margin)) < 0.01;
        const bool fits_height = std::fabs((se.y - nw.y) - (s.area.h() - 2 * margin)) < 0.01;
        CHECK((fits_width || fits_height));
        // Centred: the region's middle is the area's middle.
        const ScreenPoint mid = p.to_screen(kRegion.centre());
        CHECK(mid.x == Approx((s.area.min.x + s.area.max.x) / 2.0));
        CHECK(mid.y == Approx((s.area.min.y + s.area.max.y) / 2.0));
        // North is up, east is right.
        CHECK(nw.x < se.x);
        CHECK(nw.y < se.y);

        for (double zoom : kZooms) {
            const MapView z = view_at(zoom, {3.1, 50.2});
            const MapProjection q = project(kRegion, z, s.area, margin);
            CHECK(q.pixels_per_degree_lat() == Approx(p.pixels_per_degree_lat() * zoom));
            for (LonLat g : {LonLat{1.6, 49.9}, LonLat{2.77, 50.29}, LonLat{4.2, 51.1}}) {
                const LonLat back = q.to_geo(q.to_screen(g));
                CHECK(back.lon == Approx(g.lon).margin(1e-9));
                CHECK(back.lat == Approx(g.lat).margin(1e-9));
            }
            const ScreenPoint px{s.area.min.x + 123.5, s.area.min.y + 456.25};
            const ScreenPoint again = q.to_screen(q.to_geo(px));
            CHECK(again.x == Approx(px.x).margin(1e-6));
            CHECK(again.y == Approx(px.y).margin(1e-6));
        }
    }
}

TEST_CASE("the view pans with the finger and stays over the region", "[map]") {
    const Box area = kScreens[0].area;
    const float margin = kMarginEm * kEm;

    SECTION("a drag moves the map exactly with the finger") {
        MapView v = view_at(4);
        const MapProjection before = project(kRegion, v, area, margin);
        const LonLat grabbed = before.to_geo({300, 700});
        drag(v, before, 40, -25);
        const MapProjection after = project(kRegion, v, area, margin);
        const ScreenPoint now = after.to_screen(grabbed);
        CHECK(now.x == Approx(340).margin(1e-6));
        CHECK(now.y == Approx(675).margin(1e-6));
    }
    SECTION("zoom and centre are clamped") {
        MapView v = view_at(100, {10, 60});
        clamp_view(v, kRegion, area, margin);
        CHECK(v.zoom == kMaxZoom);
        // Far north-east: the view's corner stops at the region's, give or take the slack.
        GeoBox seen = visible_box(kRegion, v, area, margin);
        CHECK(seen.east == Approx(kRegion.east + kPanSlack * (seen.east - seen.west)));
        CHECK(seen.north == Approx(kRegion.north + kPanSlack * (seen.north - seen.south)));
        v = view_at(0.1, {-3, 40});
        clamp_view(v, kRegion, area, margin);
        CHECK(v.zoom == kMinZoom);
        // Zoom 1 on a portrait screen shows the whole region: a little slack sideways, none
        // up and down, where the view is taller than the region.
        seen = visible_box(kRegion, v, area, margin);
        CHECK(seen.west <= kRegion.west);
        CHECK(seen.east >= kRegion.east - kPanSlack * (seen.east - seen.west));
        CHECK(v.center_lat == Approx(kRegion.centre().lat));
        // A fling far off the region stops at its edge, and stops coasting there.
        v = view_at(4);
        fling(v, 1e6f, 0);
        for (int i = 0; i < 100 && v.moving(); ++i) advance(v, kRegion, area, margin, 0.05f, true);
        CHECK_FALSE(v.moving());
        seen = visible_box(kRegion, v, area, margin);
        CHECK(seen.west == Approx(kRegion.west - kPanSlack * (seen.east - seen.west)));  // dragging right brings the west into view
        CHECK(v.center_lat == Approx(kRegion.centre().lat));
    }
    SECTION("a fling coasts, slows down and stops; a finger stops it at once") {
        MapView v = view_at(8);
        fling(v, 0, 600);
        advance(v, kRegion, area, margin, 0.05f, false);  // held: no coasting
        CHECK(v.center_lat == Approx(kRegion.centre().lat));
        double last = v.center_lat;
        int frames = 0;
        while (v.moving() && frames < 200) {
            advance(v, kRegion, area, margin, 0.05f, true);
            CHECK(v.center_lat > last);  // dragging down brings the north into view
            last = v.center_lat;
            ++frames;
        }
        CHECK(frames > 5);
        CHECK(frames < 200);
        fling(v, 300, 300);
        hold(v);
        CHECK_FALSE(v.moving());
    }
    SECTION("a glide reaches its target and zoom, within the limits") {
        MapView v = view_at(1);
        glide_to(v, {3.0, 50.9}, 1000);
        CHECK(v.target_zoom == kMaxZoom);
        int frames = 0;
        while (v.gliding && frames < 500) {
            advance(v, kRegion, area, margin, 1 / 60.0f, true);
            ++frames;
        }
        CHECK_FALSE(v.gliding);
        CHECK(v.zoom == kMaxZoom);
        CHECK(v.center_lon == 3.0);
        CHECK(v.center_lat == 50.9);
        // A drag interrupts a glide.
        glide_to(v, kRegion.centre(), 1);
        drag(v, project(kRegion, v, area, margin), 5, 5);
        CHECK_FALSE(v.gliding);
    }
}

TEST_CASE("pins merge into bubbles as the map zooms out", "[map]") {
    const std::vector<MapPin> pins = town_grid();
    const Box area = kScreens[0].area;
    const double radius = kClusterRadiusEm * kEm;
    size_t previous = 0;
    for (double zoom : kZooms) {
        INFO("zoom " << zoom);
        const MapProjection p = project(kRegion, view_at(zoom), area, kMarginEm * kEm);
        const std::vector<Cluster> clusters = cluster_pins(positions(pins), p, radius);
        const size_t n = check_partition(clusters, pins.size());
        CHECK(n >= previous);  // zooming in never merges bubbles of this grid
        previous = n;
        if (zoom == 1) CHECK(n == 1);  // the whole town is one bubble
        if (zoom == kMaxZoom) CHECK(n == pins.size());  // every pin stands alone
        // Bubbles are never closer than the grouping distance, and each knows how far its
        // members spread.
        for (size_t a = 0; a < clusters.size(); ++a) {
            for (size_t b = a + 1; b < clusters.size(); ++b)
                CHECK(std::hypot(clusters[a].wx - clusters[b].wx, clusters[a].wy - clusters[b].wy) >= radius);
            const ScreenPoint origin = p.to_screen({0, 0});
            double spread = 0;
            for (size_t i : clusters[a].members) {
                const ScreenPoint s = p.to_screen({pins[i].lon, pins[i].lat});
                spread = std::max(spread, std::hypot(s.x - origin.x - clusters[a].wx, s.y - origin.y - clusters[a].wy));
            }
            CHECK(clusters[a].spread == Approx(spread).margin(1e-6));
        }
    }
    CHECK(previous == pins.size());

    SECTION("pins on one spot stay one bubble at every zoom") {
        std::vector<MapPin> venue(5, MapPin{0, "event", 50.63, 3.06});
        for (size_t i = 0; i < venue.size(); ++i) venue[i].id = static_cast<std::int64_t>(i + 1);
        for (double zoom : kZooms) {
            const auto clusters = cluster_pins(positions(venue), project(kRegion, view_at(zoom), area, kEm), radius);
            REQUIRE(clusters.size() == 1);
            CHECK(clusters[0].members.size() == 5);
            CHECK(clusters[0].spread == Approx(0).margin(1e-9));
        }
    }
    SECTION("many random pins: a partition, bubbles apart, at every zoom and screen") {
        const std::vector<MapPin> many = random_pins(11, 3000);
        for (const Screen& s : kScreens)
            for (double zoom : kZooms) {
                INFO(s.name << " zoom " << zoom);
                const MapProjection p = project(kRegion, view_at(zoom), s.area, kEm);
                const auto clusters = cluster_pins(positions(many), p, radius);
                check_partition(clusters, many.size());
                std::vector<std::pair<double, double>> c;
                for (const Cluster& k : clusters) c.push_back({k.wx, k.wy});
                std::sort(c.begin(), c.end());
                size_t close = 0;
                for (size_t a = 0; a < c.size(); ++a)
                    for (size_t b = a + 1; b < c.size() && c[b].first - c[a].first < radius; ++b)
                        close += std::hypot(c[a].first - c[b].first, c[a].second - c[b].second) < radius;
                CHECK(close == 0);
            }
    }
}

// A colour per kind for the cache, as the screen's kind_colour would give: "site" and "route"
// share one, to check that they share an arc.
std::uint32_t fake_colour(const std::string& kind) {
    if (kind == "event") return 2;
    if (kind == "belfry") return 3;
    return 1;  // site, route
}

void check_same_clusters(const std::vector<Cluster>& a, const std::vector<Cluster>& b) {
    REQUIRE(a.size() == b.size());
    for (size_t i = 0; i < a.size(); ++i) {
        CHECK(a[i].members == b[i].members);
        CHECK(a[i].wx == b[i].wx);
        CHECK(a[i].wy == b[i].wy);
        CHECK(a[i].spread == b[i].spread);
    }
}

TEST_CASE("a bubble's rim: its kinds' colours in order of appearance, a colour shared by kinds in one arc", "[map][cache]") {
    const std::vector<MapPin> pins = {{1, "site", 50.5, 2.5}, {2, "event", 50.5, 2.5}, {3, "route", 50.5, 2.5},
                                      {4, "belfry", 50.5, 2.5}, {5, "event", 50.5, 2.5}, {6, "site", 50.0, 2.0}};
    ClusterCache cache;
    cache.update(pins, 1, fake_colour);
    const Box area = kScreens[0].area;
    const ClusterSet& set = cache.at_rest(kRegion, view_at(1), area, kEm, kClusterRadiusEm * kEm);
    // Five pins on one spot and one far away: two clusters, each with its own rim.
    REQUIRE(set.clusters.size() == 2);
    REQUIRE(set.arc_begin.size() == 3);
    for (size_t c = 0; c < 2; ++c) {
        std::vector<std::pair<std::uint32_t, std::uint32_t>> arcs;
        for (std::uint32_t a = set.arc_begin[c]; a < set.arc_begin[c + 1]; ++a) arcs.push_back({set.arcs[a].colour, set.arcs[a].count});
        if (set.clusters[c].members.size() == 5)
            CHECK(arcs == std::vector<std::pair<std::uint32_t, std::uint32_t>>{{1, 2}, {2, 2}, {3, 1}});
        else
            CHECK(arcs == std::vector<std::pair<std::uint32_t, std::uint32_t>>{{1, 1}});
    }
    // The legend in the home screen's order, whatever the pins' order; pins by id and colour.
    CHECK(cache.legend() == std::vector<std::string>{"site", "belfry", "event", "route"});
    CHECK(cache.find(4) == 3);
    CHECK(cache.find(99) == -1);
    CHECK(cache.pin_colour(3) == 3);
    CHECK(cache.pin_colour(2) == 1);
}

TEST_CASE("the cache gives cluster_pins' clusters at rest, at every zoom and screen", "[map][cache]") {
    const std::vector<MapPin> pins = random_pins(11, 3000);
    const double radius = kClusterRadiusEm * kEm;
    ClusterCache cache;
    cache.update(pins, 1, fake_colour);
    for (const Screen& s : kScreens)
        for (double zoom : {1.0, 1.7, 2.0, 5.3, 8.0, 32.0}) {
            INFO(s.name << " zoom " << zoom);
            const MapView v = view_at(zoom, {2.6, 50.4});
            check_same_clusters(cache.for_view(kRegion, v, s.area, kEm, radius).clusters,
                                cluster_pins(positions(pins), project(kRegion, v, s.area, kEm), radius));
            CHECK(scale_to(cache.for_view(kRegion, v, s.area, kEm, radius), project(kRegion, v, s.area, kEm)) == 1);
        }
}

TEST_CASE("the pins are grouped again when their generation or the zoom changes, not otherwise", "[map][cache]") {
    std::vector<MapPin> pins = random_pins(3, 400);
    const Box area = kScreens[1].area;
    const double radius = kClusterRadiusEm * kEm;
    ClusterCache cache;
    cache.update(pins, 7, fake_colour);
    const ClusterSet* first = &cache.for_view(kRegion, view_at(2), area, kEm, radius);
    CHECK(cache.groupings() == 1);
    // Panning, and the same generation handed in again: the same set, not grouped again.
    cache.update(pins, 7, fake_colour);
    CHECK(&cache.for_view(kRegion, view_at(2, {2.0, 50.2}), area, kEm, radius) == first);
    CHECK(cache.groupings() == 1);
    // Another zoom: grouped; back to the first: kept.
    const size_t at8 = cache.for_view(kRegion, view_at(8), area, kEm, radius).clusters.size();
    CHECK(cache.groupings() == 2);
    CHECK(at8 > first->clusters.size());
    CHECK(&cache.for_view(kRegion, view_at(2), area, kEm, radius) == first);
    CHECK(cache.groupings() == 2);
    // Moved pins under a new generation: grouped anew, and the new positions count.
    for (MapPin& p : pins) p.lat = 50.5, p.lon = 2.9;
    cache.update(pins, 8, fake_colour);
    CHECK(cache.for_view(kRegion, view_at(8), area, kEm, radius).clusters.size() == 1);
    CHECK(cache.groupings() == 3);
    // Fewer pins (a pack without any) are noticed even without a new generation.
    pins.resize(2);
    cache.update(pins, 8, fake_colour);
    CHECK(cache.for_view(kRegion, view_at(8), area, kEm, radius).clusters[0].members.size() == 2);
    // Another text size groups at another radius.
    CHECK(cache.for_view(kRegion, view_at(8), area, kEm, radius * 2).clusters.size() == 1);
    CHECK(cache.groupings() == 5);
}

TEST_CASE("many new pins: the first zoom is grouped on a worker and the frames meanwhile show none", "[map][cache]") {
    std::vector<MapPin> pins = random_pins(17, 1500);
    const Box area = kScreens[0].area;
    const double radius = kClusterRadiusEm * kEm;
    ClusterCache cache;
    cache.set_async_pins(1000);  // the kiosk's threshold is higher; the behaviour is the same
    cache.update(pins, 1, fake_colour);
    const MapView v = view_at(1);
    const auto expected = cluster_pins(positions(pins), project(kRegion, v, area, kEm), radius);
    auto wait = [&] {
        for (int i = 0; i < 10000 && cache.pending(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(1));
        return !cache.pending();
    };
    // The tap's frame does not wait: nothing to draw yet, and the cache says it is working.
    CHECK(cache.at_rest(kRegion, v, area, kEm, radius).clusters.empty());
    CHECK(cache.groupings() == 0);
    REQUIRE(wait());
    check_same_clusters(cache.at_rest(kRegion, v, area, kEm, radius).clusters, expected);
    CHECK(cache.groupings() == 1);
    // With a zoom kept, another one is grouped as before (slices while gliding, here at rest).
    CHECK_FALSE(cache.at_rest(kRegion, view_at(4), area, kEm, radius).clusters.empty());
    CHECK_FALSE(cache.pending());
    CHECK(cache.groupings() == 2);
    // New pins while a worker groups the old ones: that result is never shown.
    cache.update(pins, 2, fake_colour);
    CHECK(cache.at_rest(kRegion, v, area, kEm, radius).clusters.empty());
    for (MapPin& p : pins) p.lat = 50.5, p.lon = 2.9;
    cache.update(pins, 3, fake_colour);
    CHECK(cache.at_rest(kRegion, v, area, kEm, radius).clusters.empty());
    REQUIRE(wait());
    CHECK(cache.at_rest(kRegion, v, area, kEm, radius).clusters.size() == 1);
}

TEST_CASE("many pins: the zooms a glide needs are grouped on a worker, never on the drawing thread", "[map][cache]") {
    const std::vector<MapPin> pins = random_pins(23, 1500);
    const Box area = kScreens[0].area;
    const double radius = kClusterRadiusEm * kEm;
    ClusterCache cache;
    cache.set_async_pins(1000);
    cache.set_budget_ms(1e9);  // a slice on this thread would group a whole zoom at once
    cache.update(pins, 1, fake_colour);
    auto wait = [&] {
        for (int i = 0; i < 10000 && cache.pending(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(1));
        return !cache.pending();
    };
    MapView v = view_at(1);
    cache.at_rest(kRegion, v, area, kEm, radius);
    REQUIRE(wait());
    REQUIRE(cache.groupings() == 1);
    // A glide to zoom 8: its first frame shows the kept zoom and groups nothing itself.
    v.gliding = true;
    v.target_zoom = 8;
    v.zoom = 1.05;
    const ClusterSet& first = cache.for_view(kRegion, v, area, kEm, radius);
    CHECK(first.scale == cache.kept_at(kRegion, view_at(1), area, kEm, radius)->scale);
    CHECK(cache.kept_at(kRegion, view_at(8), area, kEm, radius) == nullptr);
    // The worker's result arrives while the glide goes on; the frames take it when it is done.
    for (int i = 0; i < 10000 && !cache.kept_at(kRegion, view_at(8), area, kEm, radius); ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
        cache.for_view(kRegion, v, area, kEm, radius);
    }
    const ClusterSet* target = cache.kept_at(kRegion, view_at(8), area, kEm, radius);
    REQUIRE(target != nullptr);
    check_same_clusters(target->clusters,
                        cluster_pins(positions(pins), project(kRegion, view_at(8), area, kEm), radius));
    // At rest on the target: exactly those clusters, nothing pending.
    v.zoom = 8;
    v.gliding = false;
    CHECK(&cache.for_view(kRegion, v, area, kEm, radius) == target);
    CHECK_FALSE(cache.pending());
}

TEST_CASE("a gliding zoom shows the nearest kept zoom or level, scaled, and groups only at levels", "[map][cache]") {
    const std::vector<MapPin> pins = random_pins(5, 2000);
    const Box area = kScreens[0].area;
    const double radius = kClusterRadiusEm * kEm;
    ClusterCache cache;
    cache.set_budget_ms(1e9);  // every slice runs to the end: which zooms are grouped, not when
    cache.update(pins, 1, fake_colour);
    MapView v = view_at(1.3);
    const ClusterSet* start = &cache.for_view(kRegion, v, area, kEm, radius);  // at rest before the glide
    v.gliding = true;
    v.target_zoom = 5.3;
    std::set<const ClusterSet*> seen;
    for (double z = 1.3; z < 5.3; z *= 1.02) {
        v.zoom = z;
        const ClusterSet& set = cache.for_view(kRegion, v, area, kEm, radius);
        seen.insert(&set);
        // The set's world pixels scaled to the frame's zoom are where its pins' mean is now.
        const MapProjection p = project(kRegion, v, area, kEm);
        const Cluster& c = set.clusters.front();
        double x = 0;
        for (size_t m : c.members) x += p.to_screen({pins[m].lon, pins[m].lat}).x - p.to_screen({0, 0}).x;
        CHECK(c.wx * scale_to(set, p) == Approx(x / static_cast<double>(c.members.size())).epsilon(1e-9));
    }
    // Where it started (1.3), the levels 2 and 4, and the target (5.3, grouped first, shown
    // once nearer than 4): three groupings for some seventy frames.
    CHECK(seen.count(start) == 1);
    CHECK(seen.size() == 4);
    CHECK(cache.groupings() == 4);
    // At rest at the target: its own zoom's clusters, as cluster_pins gives them, already kept.
    v.zoom = v.target_zoom;
    v.gliding = false;
    check_same_clusters(cache.for_view(kRegion, v, area, kEm, radius).clusters,
                        cluster_pins(positions(pins), project(kRegion, v, area, kEm), radius));
    CHECK(cache.groupings() == 4);
    // Back the same way: nothing grouped again.
    v.gliding = true;
    v.target_zoom = 1.3;
    for (double z = 5.3; z > 1.3; z /= 1.02) {
        v.zoom = z;
        cache.for_view(kRegion, v, area, kEm, radius);
    }
    CHECK(cache.groupings() == 4);
}

TEST_CASE("a gliding frame groups a slice; the view at rest shows its own zoom's clusters", "[map][cache]") {
    const std::vector<MapPin> pins = random_pins(9, 3000);
    const Box area = kScreens[0].area;
    const double radius = kClusterRadiusEm * kEm;
    ClusterCache cache;
    cache.set_budget_ms(0);  // the least slice: 64 pins or clusters a frame
    cache.update(pins, 1, fake_colour);
    MapView v = view_at(1);
    const ClusterSet* start = &cache.for_view(kRegion, v, area, kEm, radius);
    v.gliding = true;
    v.target_zoom = 8;
    // The first frames show what is kept (zoom 1) while the target is grouped in slices.
    for (int frame = 0; frame < 5; ++frame) {
        v.zoom *= 1.05;
        CHECK(&cache.for_view(kRegion, v, area, kEm, radius) == start);
    }
    CHECK(cache.groupings() == 1);
    // Enough frames: the target, then the levels, are kept.
    size_t frames = 0;
    while (cache.groupings() < 2 && frames < 100000) {
        cache.for_view(kRegion, v, area, kEm, radius);
        ++frames;
    }
    CHECK(frames > 10);
    CHECK(cache.groupings() == 2);
    // At rest at a zoom no slice finished: grouped whole, the same as cluster_pins.
    v.zoom = 2.9;
    v.gliding = false;
    check_same_clusters(cache.for_view(kRegion, v, area, kEm, radius).clusters,
                        cluster_pins(positions(pins), project(kRegion, v, area, kEm), radius));
    // At rest at the target: what the slices made, the same as cluster_pins.
    v.zoom = 8;
    const size_t before = cache.groupings();
    check_same_clusters(cache.for_view(kRegion, v, area, kEm, radius).clusters,
                        cluster_pins(positions(pins), project(kRegion, v, area, kEm), radius));
    CHECK(cache.groupings() == before);
}

TEST_CASE("placed labels never overlap each other, the pins or the controls", "[map]") {
    const MapData md = dense_map();
    const std::vector<MapPin> pins = random_pins(5, 250);
    const LabelText text = fake_text();
    size_t total_placed = 0, total_dropped = 0;
    for (const Screen& s : kScreens)
        for (double zoom : kZooms)
            for (LonLat centre : {kRegion.centre(), LonLat{2.0, 50.9}, LonLat{3.4, 50.3}}) {
                INFO(s.name << " zoom " << zoom << " centre " << centre.lon << "," << centre.lat);
                const MapView v = view_at(zoom, centre);
                const MapProjection p = project(kRegion, v, s.area, kMarginEm * kEm);
                const auto clusters = cluster_pins(positions(pins), p, kClusterRadiusEm * kEm);
                const LayoutInput in = input_for(s.area);
                const MapLayout l = layout_map(in, clusters, p, zoom, &md, text);

                std::vector<Box> others = in.covers;
                others.insert(others.end(), in.keep_clear.begin(), in.keep_clear.end());
                for (const Marker& m : l.markers) others.push_back(square(m.pos, (m.cluster >= 0 ? kBubbleDiscEm : kPinDiscEm) * kEm));
                if (l.here_visible) {
                    others.push_back(l.here_label);
                    others.push_back(square(l.here, 0.7f * kEm));
                    CHECK(l.here_label.within(s.area));
                }
                std::set<std::string> keys;
                size_t towns_in_view = 0;
                for (const MapTown& t : md.towns) {
                    const ScreenPoint sp = p.to_screen(t.pos);
                    const int max_rank = zoom >= 3.5 ? 4 : zoom >= 1.8 ? 3 : 2;
                    towns_in_view += t.rank <= max_rank && s.area.contains({static_cast<float>(sp.x), static_cast<float>(sp.y)});
                }
                size_t town_labels = 0;
                for (size_t a = 0; a < l.labels.size(); ++a) {
                    const PlacedLabel& la = l.labels[a];
                    INFO("label " << la.text);
                    CHECK(la.box.within(s.area));
                    // The box holds the text (and the town's dot).
                    const Point sz = text.measure(la.style, la.text);
                    CHECK(la.at.x >= la.box.min.x - 0.01f);
                    CHECK(la.at.y >= la.box.min.y - 0.01f);
                    CHECK(la.at.x + sz.x <= la.box.max.x + 0.01f);
                    CHECK(la.at.y + sz.y <= la.box.max.y + 0.01f);
                    if (la.dot) CHECK(square(la.dot_at, 0.25f * kEm).within(la.box));
                    for (size_t b = a + 1; b < l.labels.size(); ++b) CHECK_FALSE(overlap(la.box, l.labels[b].box));
                    for (const Box& o : others) CHECK_FALSE(overlap(la.box, o));
                    if (la.style == LabelStyle::Sea || la.style == LabelStyle::Country)
                        CHECK(keys.insert(la.text).second);  // an area is named once
                    else
                        ++town_labels;
                    // Small towns only once zoomed in.
                    if (zoom < 1.8) CHECK(la.style != LabelStyle::TownSmall);
                }
                total_placed += l.labels.size();
                total_dropped += towns_in_view - town_labels;
            }
    // The map is dense enough that placing everything is impossible: the test would notice
    // labels placed over one another.
    CHECK(total_placed > 200);
    CHECK(total_dropped > 200);
}

TEST_CASE("labels are placed in priority order, beside a bubble standing on their town", "[map]") {
    const LonLat arras{2.78, 50.29};
    const Box area = kScreens[0].area;
    const MapProjection p = project(kRegion, view_at(4, arras), area, kEm);
    const ScreenPoint at = p.to_screen(arras);
    const Point town{static_cast<float>(at.x), static_cast<float>(at.y)};
    MapData md;
    md.region = kRegion;
    // Listed smallest first; "Small" shares Arras's spot, "Near" is just down left of it.
    md.towns = {{3, arras, "Small"}, {2, p.to_geo({at.x - 30, at.y + 30}), "Near"}, {1, arras, "Arras"}};

    auto labels = place_labels(md, p, area, 4, kEm, {}, {}, fake_text());
    REQUIRE(labels.size() == 2);
    CHECK(labels[0].text == "Arras");  // rank 1 first
    CHECK(labels[0].dot);
    CHECK(labels[0].at.x > town.x);  // right of the dot, the first choice
    CHECK(labels[1].text == "Near");  // its right side is taken by Arras: it goes left
    CHECK(labels[1].box.max.x < town.x);
    CHECK_FALSE(overlap(labels[0].box, labels[1].box));
    // "Small" has no spot left that does not cover Arras's dot or name: it is left out.

    // Zoomed out, small towns do not compete at all.
    labels = place_labels(md, p, area, 1, kEm, {}, {}, fake_text());
    CHECK(std::none_of(labels.begin(), labels.end(), [](const PlacedLabel& l) { return l.text == "Small"; }));

    // A bubble on the town: the name goes beside the bubble, and the bubble stands for the dot.
    md.towns = {{1, arras, "Arras"}};
    const Disc bubble{{town.x + 5, town.y}, kBubbleDiscEm * kEm};
    labels = place_labels(md, p, area, 4, kEm, {square(bubble.c, bubble.r)}, {bubble}, fake_text());
    REQUIRE(labels.size() == 1);
    CHECK_FALSE(labels[0].dot);
    CHECK(labels[0].at.x >= bubble.c.x + bubble.r);

    // Nothing fits: nothing is placed.
    labels = place_labels(md, p, area, 4, kEm, {area}, {}, fake_text());
    CHECK(labels.empty());
}

TEST_CASE("the 'you are here' label takes the side with the fewest pins", "[map]") {
    const Box view{{0, 0}, {1000, 1000}};
    const Point here{500, 500};
    const Point size{200, 50};
    Box b = place_here_label(here, size, kEm, view, {});
    CHECK(b.max.y <= here.y);  // above by default
    b = place_here_label(here, size, kEm, view, {{{500, 430}, 20}});
    CHECK(b.min.y >= here.y);  // a pin above: below
    b = place_here_label(here, size, kEm, view, {{{500, 430}, 20}, {{500, 570}, 20}});
    CHECK(b.min.x >= here.x);  // pins above and below: to the right
    b = place_here_label({500, 40}, size, kEm, view, {});
    CHECK(b.min.y >= 40);  // no room above
    CHECK(b.within(view));
}

TEST_CASE("a tap selects the nearest target that holds it", "[map]") {
    MapLayout l;
    l.area = {{0, 100}, {1000, 1000}};
    l.em = kEm;
    l.cluster_radius = kClusterRadiusEm * kEm;
    l.covers = {{{800, 800}, {1000, 1000}}};
    const float half = kTargetHalfEm * kEm;  // 41.6 px
    l.markers = {{{300, 300}, -1, 0, {300, 300}, false},
                 {{330, 300}, -1, 1, {330, 300}, false},  // targets overlap the first's
                 {{850, 850}, -1, 2, {850, 850}, false}};  // under a control

    CHECK(hit_test(l, {300, 300}) == 0);
    CHECK(hit_test(l, {312, 310}) == 0);
    CHECK(hit_test(l, {318, 290}) == 1);  // nearer the second, though inside both targets
    CHECK(hit_test(l, {300 - half + 1, 300 + half - 1}) == 0);  // the target is a square: its corner counts
    CHECK(hit_test(l, {330 + half + 1, 300}) == -1);  // just outside
    CHECK(hit_test(l, {300, 300 - half - 1}) == -1);
    CHECK(hit_test(l, {600, 600}) == -1);

    // Through tap_map: a pin opens; a covered or outside tap does nothing.
    MapView v = view_at(4);
    const MapProjection p = project(kRegion, v, l.area, kEm);
    TapResult r = tap_map(v, p, l, {}, {322, 305});
    CHECK(r.what == TapResult::What::OpenPin);
    CHECK(r.pin == 1);
    CHECK_FALSE(reaches_map(l, {850, 850}));
    CHECK(tap_map(v, p, l, {}, {850, 850}).what == TapResult::What::Nothing);
    CHECK(tap_map(v, p, l, {}, {300, 50}).what == TapResult::What::Nothing);
    CHECK_FALSE(v.gliding);

    // A bubble zooms in on itself, at least one step.
    Cluster c;
    c.members = {0, 1};
    c.spread = 40;
    l.markers = {{{500, 500}, 0, 0, {500, 500}, false}};
    r = tap_map(v, p, l, {c}, {505, 495});
    CHECK(r.what == TapResult::What::Zoom);
    CHECK(v.gliding);
    CHECK(v.target_zoom == Approx(4 * (2 * l.cluster_radius / 40)));
    CHECK(v.target.lon == Approx(p.to_geo({500, 500}).lon));
    CHECK(v.target.lat == Approx(p.to_geo({500, 500}).lat));
}

namespace {

// The marker that shows pin i: its own, or its bubble's; -1 when off the map.
int marker_of(const MapLayout& l, const std::vector<Cluster>& clusters, size_t i) {
    for (size_t k = 0; k < l.markers.size(); ++k) {
        const Marker& m = l.markers[k];
        if (m.cluster < 0 ? m.pin == i
                          : std::binary_search(clusters[static_cast<size_t>(m.cluster)].members.begin(),
                                               clusters[static_cast<size_t>(m.cluster)].members.end(), i))
            return static_cast<int>(k);
    }
    return -1;
}

// Pins a visitor might meet: two dense towns, a venue with five events, lone pins, and pins in
// the region's corners (under the legend or the controls at first).
std::vector<MapPin> tricky_pins() {
    std::vector<MapPin> pins = town_grid();
    std::mt19937 rng(21);
    std::normal_distribution<double> d(0, 0.02);
    for (int i = 0; i < 30; ++i) pins.push_back({200 + i, i % 2 ? "site" : "belfry", 50.63 + d(rng), 3.06 + d(rng)});
    for (int i = 0; i < 5; ++i) pins.push_back({300 + i, "event", 50.95, 1.86});
    pins.push_back({400, "site", kRegion.south + 0.01, kRegion.west + 0.01});
    pins.push_back({401, "site", kRegion.south + 0.01, kRegion.east - 0.01});
    pins.push_back({402, "belfry", kRegion.north - 0.01, kRegion.east - 0.01});
    pins.push_back({403, "belfry", 50.0, 2.0});
    return pins;
}

}  // namespace

TEST_CASE("every pin can be reached from the first view by taps and pans", "[map]") {
    const std::vector<MapPin> pins = tricky_pins();
    const std::vector<LonLat> pos = positions(pins);
    const float margin = kMarginEm * kEm;
    for (const Screen& s : kScreens) {
        const LayoutInput in = input_for(s.area);
        const Point mid{(s.area.min.x + s.area.max.x) / 2, (s.area.min.y + s.area.max.y) / 2};
        for (size_t i = 0; i < pins.size(); ++i) {
            INFO(s.name << ", pin " << pins[i].id);
            MapView v;
            reset_view(v, kRegion);
            // As the screen sets them: the legend's and the controls' widths (input_for's covers).
            v.reach_left = 9 * kEm;
            v.reach_right = 10 * kEm;
            v.reach_bottom = 9 * kEm;
            bool opened = false;
            int taps = 0, pans = 0;
            for (int step = 0; step < 30 && !opened; ++step) {
                const MapProjection p = project(kRegion, v, s.area, margin);
                const auto clusters = cluster_pins(pos, p, kClusterRadiusEm * kEm);
                const MapLayout l = layout_map(in, clusters, p, v.zoom, nullptr, fake_text());
                const int k = marker_of(l, clusters, i);
                Point q;
                if (k >= 0) q = l.markers[static_cast<size_t>(k)].pos;
                if (k < 0 || !reaches_map(l, q) || hit_test(l, q) != k) {
                    // Off screen, under a control, or another target is nearer: the visitor
                    // drags it to the middle of the map.
                    if (k < 0) {
                        const ScreenPoint sp = p.to_screen(pos[i]);
                        q = {static_cast<float>(sp.x), static_cast<float>(sp.y)};
                    }
                    drag(v, p, mid.x - q.x, mid.y - q.y);
                    clamp_view(v, kRegion, s.area, margin);
                    ++pans;
                    continue;
                }
                const TapResult r = tap_map(v, p, l, clusters, q);
                ++taps;
                REQUIRE(r.what != TapResult::What::Nothing);
                if (r.what == TapResult::What::OpenPin) {
                    CHECK(r.pin == i);
                    opened = true;
                } else {
                    for (int f = 0; f < 600 && v.gliding; ++f)
                        advance(v, kRegion, s.area, margin, 1 / 60.0f, true);
                    REQUIRE_FALSE(v.gliding);
                }
            }
            CHECK(opened);
            CHECK(taps <= 7);  // each bubble tap at least doubles the zoom: 1 to 32 in five
            CHECK(pans <= 6);
        }
    }
}

TEST_CASE("at the closest zoom every pin is a target of its own", "[map]") {
    const std::vector<MapPin> pins = tricky_pins();
    const std::vector<LonLat> pos = positions(pins);
    for (const Screen& s : kScreens) {
        const LayoutInput in = input_for(s.area);
        for (size_t i = 0; i < pins.size(); ++i) {
            INFO(s.name << ", pin " << pins[i].id);
            MapView v = view_at(kMaxZoom, pos[i]);
            clamp_view(v, kRegion, s.area, kMarginEm * kEm);
            const MapProjection p = project(kRegion, v, s.area, kMarginEm * kEm);
            const auto clusters = cluster_pins(pos, p, kClusterRadiusEm * kEm);
            const MapLayout l = layout_map(in, clusters, p, v.zoom, nullptr, fake_text());
            for (const Marker& m : l.markers) CHECK(m.cluster < 0);  // no bubble at all
            const int k = marker_of(l, clusters, i);
            REQUIRE(k >= 0);
            const Marker& m = l.markers[static_cast<size_t>(k)];
            CHECK(hit_test(l, m.pos) == k);
            if (m.fanned) {
                // Pins too close to part fan out around their mean, apart enough to tell, each
                // tied to its spot.
                const auto c = std::find_if(clusters.begin(), clusters.end(), [&](const Cluster& g) {
                    return std::binary_search(g.members.begin(), g.members.end(), i);
                });
                REQUIRE(c != clusters.end());
                CHECK(c->members.size() > 1);
                const ScreenPoint sp = p.to_screen(pos[i]);
                CHECK(std::hypot(m.anchor.x - sp.x, m.anchor.y - sp.y) <= c->spread + 0.5);
                for (const Marker& o : l.markers)
                    if (&o != &m && o.fanned && o.anchor.x == m.anchor.x && o.anchor.y == m.anchor.y) CHECK(std::hypot(o.pos.x - m.pos.x, o.pos.y - m.pos.y) >= 1.9f * kEm);
            }
        }
    }
}

TEST_CASE("the map follows the pack's region: base map and zoom-1 box", "[map][region]") {
    MapData detailed, france;
    detailed.extent = {-0.8, 6.6, 48.3, 52.7};
    detailed.region = kFallbackRegion;
    france.extent = {-5.8, 10.5, 41.0, 53.8};
    france.region = {-5.2, 9.6, 42.3, 51.1};
    const GeoBox npdc{1.45, 4.30, 49.85, 51.15}, aude{1.69, 3.24, 42.65, 43.46};
    const GeoBox straddling{5.0, 9.0, 47.0, 49.5};  // Alsace-Lorraine: half out of the detailed file

    // A v1-v2 pack (no box): the detailed map and its own region, as before.
    CHECK(pick_base_map(nullptr, {&detailed, &france}) == 0);
    CHECK(map_region(nullptr, &detailed).west == kFallbackRegion.west);
    // Nord-Pas-de-Calais fits the detailed map; the Aude does not.
    CHECK(pick_base_map(&npdc, {&detailed, &france}) == 0);
    CHECK(pick_base_map(&aude, {&detailed, &france}) == 1);
    CHECK(pick_base_map(&straddling, {&detailed, &france}) == 1);
    // France's file unreadable: the detailed one still serves (its land shows where it can).
    CHECK(pick_base_map(&aude, {&detailed, nullptr}) == 0);
    CHECK(pick_base_map(&aude, {nullptr, nullptr}) == -1);
    // Zoom 1 fits the pack's box whichever map is under it; no map, no box: the fallback.
    const GeoBox r = map_region(&aude, &france);
    CHECK((r.west == aude.west && r.east == aude.east && r.south == aude.south && r.north == aude.north));
    CHECK(map_region(nullptr, nullptr).north == kFallbackRegion.north);

    // The first view of the Aude shows its pins, and panning cannot leave it.
    const std::vector<LonLat> pins{{2.3631, 43.2070}, {2.6200, 43.0920}, {2.5600, 42.8710}};
    for (const Screen& s : kScreens) {
        INFO(s.name);
        MapView v;
        reset_view(v, aude);
        const MapProjection p = project(aude, v, s.area, kMarginEm * kEm);
        for (const LonLat& pin : pins) {
            const ScreenPoint sp = p.to_screen(pin);
            CHECK(s.area.contains({static_cast<float>(sp.x), static_cast<float>(sp.y)}));
        }
        drag(v, p, 50000, -50000);
        clamp_view(v, aude, s.area, kMarginEm * kEm);
        CHECK(aude.contains({v.center_lon, v.center_lat}));
    }
}

TEST_CASE("'you are here' is left out when the kiosk stands far from the region", "[map][region]") {
    const Screen& s = kScreens[0];
    LayoutInput in = input_for(s.area);
    MapView v;
    reset_view(v, kRegion);
    const MapProjection p = project(kRegion, v, s.area, kMarginEm * kEm);
    CHECK(layout_map(in, {}, p, v.zoom, nullptr, fake_text()).here_visible);  // Louvre-Lens is in view
    in.show_here = false;
    CHECK_FALSE(layout_map(in, {}, p, v.zoom, nullptr, fake_text()).here_visible);
}

TEST_CASE("panning and zooming never leave the region's box, at any zoom, in either orientation", "[map][clamp]") {
    const float margin = kMarginEm * kEm;
    const GeoBox regions[] = {kRegion, {1.69, 3.24, 42.65, 43.46}, {2.9, 3.1, 50.55, 50.75}};  // wide, square-ish, small
    for (const Screen& s : kScreens) {
        for (const GeoBox& region : regions) {
            for (double zoom : {1.0, 1.3, 2.0, 3.7, 8.0, 32.0}) {
                for (const Point d : {Point{1e5f, 0}, Point{-1e5f, 0}, Point{0, 1e5f}, Point{0, -1e5f}, Point{-7e4f, 9e4f}}) {
                    INFO(s.name << " zoom " << zoom << " drag " << d.x << "," << d.y);
                    MapView v;
                    reset_view(v, region);
                    v.zoom = zoom;
                    drag(v, project(region, v, s.area, margin), d.x, d.y);
                    fling(v, d.x, d.y);
                    for (int i = 0; i < 50 && v.moving(); ++i) advance(v, region, s.area, margin, 0.05f, true);
                    const GeoBox seen = visible_box(region, v, s.area, margin);
                    const double w = seen.east - seen.west, h = seen.north - seen.south;
                    const double sx = kPanSlack * w, sy = kPanSlack * h;  // a twentieth of the view
                    // Each axis: inside the grown box, or (the view being wider) centred on the region.
                    if (w <= region.east - region.west + 2 * sx + 1e-9) {
                        CHECK(seen.west >= region.west - sx - 1e-9);
                        CHECK(seen.east <= region.east + sx + 1e-9);
                    } else {
                        CHECK(v.center_lon == Approx(region.centre().lon));
                    }
                    if (h <= region.north - region.south + 2 * sy + 1e-9) {
                        CHECK(seen.south >= region.south - sy - 1e-9);
                        CHECK(seen.north <= region.north + sy + 1e-9);
                    } else {
                        CHECK(v.center_lat == Approx(region.centre().lat));
                    }
                    // Either way most of the view shows the region, never what lies beyond it.
                    const double in_w = std::min(seen.east, region.east) - std::max(seen.west, region.west);
                    const double in_h = std::min(seen.north, region.north) - std::max(seen.south, region.south);
                    CHECK(in_w >= std::min(0.9 * w, region.east - region.west) - 1e-9);
                    CHECK(in_h >= std::min(0.9 * h, region.north - region.south) - 1e-9);
                }
            }
        }
    }
}

TEST_CASE("a glide towards the edge ends where the clamp allows", "[map][clamp]") {
    const Box area = kScreens[0].area;
    const float margin = kMarginEm * kEm;
    MapView v;
    reset_view(v, kRegion);
    glide_to(v, {kRegion.east, kRegion.north}, 4);  // "see on the map" for an item in the corner
    int frames = 0;
    while (v.gliding && frames < 600) {
        advance(v, kRegion, area, margin, 1 / 60.0f, true);
        ++frames;
    }
    CHECK_FALSE(v.gliding);
    CHECK(v.zoom == 4);
    const GeoBox seen = visible_box(kRegion, v, area, margin);
    CHECK(seen.east <= kRegion.east + kPanSlack * (seen.east - seen.west) + 1e-9);
    // The corner itself is in view.
    CHECK(seen.contains({kRegion.east, kRegion.north}));
}

TEST_CASE("the preview card never covers its pin and stays on the map", "[map][preview]") {
    const float pad = 0.6f * kEm, r = kBubbleDiscEm * kEm;
    const Point want{24 * kEm, 9 * kEm};
    for (const Screen& s : kScreens) {
        const Box controls{{s.area.max.x - 6 * kEm, s.area.max.y - 12 * kEm}, {s.area.max.x - kEm, s.area.max.y - kEm}};
        for (float em_scale : {1.0f, 1.5f, 2.0f}) {  // the large-text modes make the card bigger
            const Point w{want.x * em_scale, want.y * em_scale};
            for (float fx : {0.02f, 0.3f, 0.5f, 0.7f, 0.98f})
                for (float fy : {0.02f, 0.3f, 0.5f, 0.7f, 0.98f}) {
                    const Point pin{s.area.min.x + fx * s.area.w(), s.area.min.y + fy * s.area.h()};
                    INFO(s.name << " x" << em_scale << " pin " << pin.x << "," << pin.y);
                    const Box b = place_preview(s.area, pin, r, w, pad, {controls}, 14 * kEm, 5 * kEm);
                    CHECK(b.w() > 0);
                    CHECK(b.h() > 0);
                    CHECK(b.within(s.area));
                    const Box disc{{pin.x - r, pin.y - r}, {pin.x + r, pin.y + r}};
                    CHECK_FALSE(b.overlaps(disc));
                    CHECK(b.w() >= std::min(14 * kEm, s.area.w() - 2 * pad) - 0.01f);
                    CHECK(b.h() >= 5 * kEm - 0.01f);
                }
        }
    }
    // Room everywhere: the whole card, below the pin, off the controls.
    const Box area = kScreens[0].area;
    const Point pin{540, 600};
    const Box b = place_preview(area, pin, r, want, pad, {}, 14 * kEm, 5 * kEm);
    CHECK(b.w() == Approx(want.x));
    CHECK(b.h() == Approx(want.y));
    CHECK(b.min.y > pin.y);
    // A pin low on the screen: the card goes above it.
    const Box up = place_preview(area, {540, area.max.y - 2 * kEm}, r, want, pad, {}, 14 * kEm, 5 * kEm);
    CHECK(up.max.y < area.max.y - 2 * kEm);
    CHECK(up.h() == Approx(want.y));
}

TEST_CASE("town labels are named and measured in the visitor's language", "[map][labels]") {
    const LonLat lille{3.0635, 50.6366};
    const Box area = kScreens[0].area;
    const MapProjection p = project(kRegion, view_at(4, lille), area, kEm);
    MapData md;
    md.region = kRegion;
    md.towns = {{1, lille, "Lille"}};
    LabelText text = fake_text();
    text.town_name = [](const MapTown& t) { return t.name == "Lille" ? std::string("Rijsel-in-Dutch") : t.name; };
    const auto labels = place_labels(md, p, area, 4, kEm, {}, {}, text);
    REQUIRE(labels.size() == 1);
    CHECK(labels[0].text == "Rijsel-in-Dutch");
    // The box is the translated name's, so a longer name still overlaps nothing.
    CHECK(labels[0].box.w() >= text.measure(LabelStyle::Town1, "Rijsel-in-Dutch").x);
}

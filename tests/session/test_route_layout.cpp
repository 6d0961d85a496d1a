// Unit tests of the route screen's layout (kiosk/session/route_layout): the box the map fits,
// where the route starts from the kiosk, and the numbered markers of steps that crowd.
#include <catch2/catch.hpp>

#include <cmath>

#include "session/route_layout.h"

using namespace kiosk;
using namespace kiosk::session;

namespace {

RouteStep step(std::int64_t id, double lat, double lon) {
    RouteStep s;
    s.item_id = id;
    s.has_geo = true;
    s.at = {lat, lon};
    return s;
}

}  // namespace

TEST_CASE("the route's box holds its path and steps with a margin, and never collapses", "[route_layout]") {
    Route r;
    CHECK_FALSE(route_box(r));
    r.steps = {step(1, 50.43, 2.80), step(2, 50.45, 2.83)};
    r.path = {{50.43, 2.80}, {50.46, 2.79}, {50.45, 2.83}};
    const auto b = route_box(r);
    REQUIRE(b);
    CHECK(b->south < 50.43);
    CHECK(b->north > 50.46);
    CHECK(b->west < 2.79);
    CHECK(b->east > 2.83);
    // One point only: at least kRouteMinSpanM across, centred on it.
    Route one;
    one.steps = {step(1, 50.43, 2.80)};
    const auto c = route_box(one);
    REQUIRE(c);
    CHECK(distance_m(c->south, 2.80, c->north, 2.80) == Approx(kRouteMinSpanM).epsilon(0.01));
    CHECK(c->centre().lat == Approx(50.43));
}

TEST_CASE("where the route starts, seen from the kiosk", "[route_layout]") {
    Route r;
    const LonLat kiosk{2.8032, 50.4302};
    CHECK(route_start(r, kiosk, true, 150).kind == RouteStart::Kind::Unknown);
    r.steps = {step(1, 50.4303, 2.8033), step(2, 50.45, 2.85)};
    CHECK(route_start(r, kiosk, true, 150).kind == RouteStart::Kind::Here);
    // A kiosk far from the region makes no claim.
    CHECK(route_start(r, kiosk, false, 150).kind == RouteStart::Kind::Unknown);
    // About 2.2 km north.
    r.steps[0] = step(1, 50.4502, 2.8032);
    RouteStart s = route_start(r, kiosk, true, 150);
    CHECK(s.kind == RouteStart::Kind::Away);
    CHECK(s.metres == Approx(2224).epsilon(0.01));
    CHECK(s.direction == 0);
    // A first step without a position: the path's first point.
    r.steps[0].has_geo = false;
    r.path = {{50.4302, 2.84}, {50.45, 2.85}};
    s = route_start(r, kiosk, true, 150);
    CHECK(s.kind == RouteStart::Kind::Away);
    CHECK(s.direction == 2);  // east
}

TEST_CASE("compass directions", "[route_layout]") {
    const LonLat o{2.8, 50.4};
    CHECK(compass_direction(o, {2.8, 50.5}) == 0);
    CHECK(compass_direction(o, {2.95, 50.5}) == 1);
    CHECK(compass_direction(o, {2.9, 50.4}) == 2);
    CHECK(compass_direction(o, {2.8, 50.3}) == 4);
    CHECK(compass_direction(o, {2.7, 50.4}) == 6);
    CHECK(compass_direction(o, {2.65, 50.5}) == 7);
}

TEST_CASE("step markers stay on their steps unless they would cover one another", "[route_layout]") {
    const float r = 20;
    std::vector<std::optional<Point>> pts = {Point{100, 100}, Point{300, 100}, std::nullopt, Point{100, 100}, Point{105, 102}};
    const auto ms = place_step_markers(pts, r);
    REQUIRE(ms.size() == 4);  // the step without a position has none
    CHECK(ms[0].step == 0);
    CHECK_FALSE(ms[0].moved);
    CHECK_FALSE(ms[1].moved);
    CHECK(ms[2].step == 3);
    CHECK(ms[2].moved);
    CHECK(ms[3].moved);
    for (size_t i = 0; i < ms.size(); ++i)
        for (size_t j = i + 1; j < ms.size(); ++j)
            CHECK(std::hypot(ms[i].pos.x - ms[j].pos.x, ms[i].pos.y - ms[j].pos.y) >= 2 * r);
    // A moved marker stays close to its step (the leader line is short).
    CHECK(std::hypot(ms[2].pos.x - 100, ms[2].pos.y - 100) < 5 * r);
}

#include "session/route_layout.h"

#include <algorithm>
#include <cmath>

namespace kiosk::session {

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kMetresPerDegreeLat = 111'195;  // mean Earth radius, as distance_m

void grow(GeoBox& b, bool& any, double lat, double lon) {
    if (!any) {
        b = {lon, lon, lat, lat};
        any = true;
        return;
    }
    b.west = std::min(b.west, lon), b.east = std::max(b.east, lon);
    b.south = std::min(b.south, lat), b.north = std::max(b.north, lat);
}

}  // namespace

std::optional<GeoBox> route_box(const Route& r) {
    GeoBox b;
    bool any = false;
    for (const GeoPoint& p : r.path) grow(b, any, p.lat, p.lon);
    for (const RouteStep& s : r.steps)
        if (s.has_geo) grow(b, any, s.at.lat, s.at.lon);
    if (!any) return std::nullopt;
    const double k = std::cos(b.centre().lat * kPi / 180);
    const double min_lat = kRouteMinSpanM / kMetresPerDegreeLat, min_lon = min_lat / std::max(k, 0.01);
    const double dlat = std::max((b.north - b.south) * 1.2, min_lat), dlon = std::max((b.east - b.west) * 1.2, min_lon);
    const LonLat c = b.centre();
    return GeoBox{c.lon - dlon / 2, c.lon + dlon / 2, c.lat - dlat / 2, c.lat + dlat / 2};
}

std::optional<LonLat> route_start_point(const Route& r) {
    if (!r.steps.empty() && r.steps.front().has_geo) return LonLat{r.steps.front().at.lon, r.steps.front().at.lat};
    if (!r.path.empty()) return LonLat{r.path.front().lon, r.path.front().lat};
    return std::nullopt;
}

int compass_direction(LonLat from, LonLat to) {
    // Local flat projection: exact enough for eight sectors of 45 degrees at a region's scale.
    const double k = std::cos((from.lat + to.lat) / 2 * kPi / 180);
    const double dx = (to.lon - from.lon) * k, dy = to.lat - from.lat;
    double deg = std::atan2(dx, dy) * 180 / kPi;  // 0 = north, clockwise
    if (deg < 0) deg += 360;
    return static_cast<int>(std::lround(deg / 45)) % 8;
}

RouteStart route_start(const Route& r, LonLat kiosk, bool kiosk_near, double here_m) {
    RouteStart out;
    const auto start = route_start_point(r);
    if (!start || !kiosk_near) return out;
    out.metres = distance_m(kiosk.lat, kiosk.lon, start->lat, start->lon);
    if (out.metres < here_m) {
        out.kind = RouteStart::Kind::Here;
        return out;
    }
    out.kind = RouteStart::Kind::Away;
    out.direction = compass_direction(kiosk, *start);
    return out;
}

std::vector<StepMarker> place_step_markers(const std::vector<std::optional<Point>>& points, float radius) {
    std::vector<StepMarker> out;
    const float apart = 2.1f * radius;  // two markers' discs with a thin gap
    auto free_at = [&](Point p) {
        return std::none_of(out.begin(), out.end(), [&](const StepMarker& m) {
            return std::hypot(m.pos.x - p.x, m.pos.y - p.y) < apart;
        });
    };
    for (size_t i = 0; i < points.size(); ++i) {
        if (!points[i]) continue;
        StepMarker m{static_cast<int>(i), *points[i], *points[i], false};
        if (!free_at(m.pos)) {
            // Rings of eight spots, further out each time, starting to the upper right.
            bool placed = false;
            for (int ring = 1; ring <= 4 && !placed; ++ring)
                for (int k = 0; k < 8 && !placed; ++k) {
                    const double a = -kPi / 4 + k * kPi / 4;
                    const Point p{m.anchor.x + static_cast<float>(std::cos(a)) * apart * static_cast<float>(ring),
                                  m.anchor.y + static_cast<float>(std::sin(a)) * apart * static_cast<float>(ring)};
                    if (free_at(p)) {
                        m.pos = p;
                        m.moved = placed = true;
                    }
                }
        }
        out.push_back(m);
    }
    return out;
}

}  // namespace kiosk::session

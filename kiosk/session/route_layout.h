// The route screen's layout apart from its drawing (issue 17): what part of the map shows the
// route, where its numbered step markers go when steps crowd together, and where the route
// starts as seen from the kiosk. No ImGui, GLFW or GL: unit-tested without a window.
#pragma once

#include <optional>
#include <vector>

#include "core/map_data.h"
#include "core/route.h"
#include "session/map_layout.h"

namespace kiosk::session {

// The box the route's map fits: its path and the steps with a position, grown by a tenth on
// each side (and to at least kRouteMinSpanM across, so a route round one square still shows
// its streets' context). Empty when nothing of the route has a position.
inline constexpr double kRouteMinSpanM = 600;
std::optional<GeoBox> route_box(const Route& r);

// Where the route starts: its first step's position, else the path's first point.
std::optional<LonLat> route_start_point(const Route& r);

// The start as a visitor at the kiosk reads it: "starts here" within `here_m`, else how far and
// in which of the eight compass directions (0 = north, 1 = north-east ... 7 = north-west).
// Unknown when the start has no position, or when the kiosk is not near the region (no claim:
// core/map_data.h, near_region).
struct RouteStart {
    enum class Kind { Unknown, Here, Away } kind = Kind::Unknown;
    double metres = 0;
    int direction = 0;
};
RouteStart route_start(const Route& r, LonLat kiosk, bool kiosk_near, double here_m);

// The compass direction (0 = north ... 7 = north-west) from `from` to `to`.
int compass_direction(LonLat from, LonLat to);

// Numbered markers for the steps: each at its step's point on screen, unless that would cover a
// marker already placed (steps at the same place, or a few metres apart at this scale): then
// moved to the first free spot on a ring around its point, with a leader line back to it.
struct StepMarker {
    int step = 0;     // index into the route's steps
    Point anchor;     // the step's own point
    Point pos;        // where the marker is drawn
    bool moved = false;
};
// `points`: each step's screen point, or nullopt for a step without a position (no marker).
// `radius`: a marker's radius in pixels.
std::vector<StepMarker> place_step_markers(const std::vector<std::optional<Point>>& points, float radius);

}  // namespace kiosk::session

// A route of a pack (issue 17): a tour or itinerary of the export, with its ordered steps and
// its path, as the route screen, the map and the detail screen ("part of route X") read it.
//
// Why a type of its own: a route is an item (kind "route": its title, texts, pictures and
// categories come through Catalog and Pack::item like any card), but what makes it a route,
// the steps in order and the line to draw, has no place in a Card or an ItemDetail. The pack
// stores them in their own tables (schema.sql, format v4); Pack::route reads one route,
// Catalog keeps which routes each item belongs to.
//
// Truth: every figure is the export's. A length or duration the export does not give stays
// unknown (0) and is not shown; when the export has no geometry the path is the straight
// legs between the steps, and `path_from_export` says so, so that the screen can say
// "straight lines between the steps" rather than pretend to show the way.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/pack_reader.h"  // Text

namespace kiosk {

// How the route is travelled, from its DATAtourisme classes (WalkingTour, CyclingTour,
// RoadTour...) or its tour type; Unknown when the export does not say.
enum class RouteMeans { Unknown, Walk, Bike, Car, Horse, Boat };

struct GeoPoint {
    double lat = 0, lon = 0;
};

struct RouteStep {
    // The pack item this step is (tap opens its card), or 0 for a point that is only named
    // (a car park, a viewpoint) or an item the pack does not hold (another region, a kind
    // the build left out).
    std::int64_t item_id = 0;
    Text name;        // the item's title, else the point's own name, in the best language
    bool has_geo = false;
    GeoPoint at;
};

struct Route {
    std::int64_t item_id = 0;   // the route's own item (kind "route")
    Text title;
    RouteMeans means = RouteMeans::Unknown;
    Text difficulty;            // as the export words it ("Facile"...), in the best language; empty = not said
    double length_m = 0;        // 0 = the export does not say
    int duration_min = 0;       // 0 = the export does not say
    bool loop = false;          // ends where it starts (the export's tour type says so)
    std::vector<RouteStep> steps;  // in order
    std::vector<GeoPoint> path;    // the line to draw, in order; empty when fewer than two points are known
    bool path_from_export = false; // false: straight legs between the steps that have a position
};

// The pack's form of a path (schema.sql, route.path): little-endian int32 pairs (latitude,
// longitude) in millionths of a degree. encode_path rounds to the nearest millionth; points
// out of range are the caller's to refuse. decode_path is false (and `out` empty) for bytes
// that are not whole pairs, fewer than two points, or a point out of range.
std::string encode_path(const std::vector<GeoPoint>& points);
bool decode_path(std::string_view bytes, std::vector<GeoPoint>& out);

// The route an item belongs to, for "part of route X" on its detail screen.
struct RouteRef {
    std::int64_t route_id = 0;
    Text title;
    int step = 0;  // 1-based position of the item in that route
};

}  // namespace kiosk

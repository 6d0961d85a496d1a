// The offline base map (coast, lakes, borders, rivers, towns from assets/map/region.txt) and
// the geometry around it: the screen projection, distances and walking times.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk {

struct LonLat {
    double lon = 0, lat = 0;
};

struct GeoBox {
    double west = 0, east = 0, south = 0, north = 0;
    LonLat centre() const { return {(west + east) / 2, (south + north) / 2}; }
    bool contains(LonLat p) const { return p.lon >= west && p.lon <= east && p.lat >= south && p.lat <= north; }
};

// Coarser copies of an outline for far zooms, made at load (parse_map). The full data puts a
// dozen points in a pixel when the whole region is on screen, and every point drawn is vertices
// for the renderer to transform; a copy simplified to within a pixel looks the same. Each
// copy is within `tolerance` degrees (of latitude; longitudes scaled by cos(lat0)) of the full
// outline, finest first, each at least a fifth smaller than the one before.
struct MapCoarse {
    double tolerance = 0;
    std::vector<LonLat> points;
    std::vector<std::uint32_t> triangles;  // polygons only
};

// A closed outline to fill: land, or a lake drawn over it. Triangulated once at load, because
// coasts are concave and a renderer can only fill convex shapes or triangles.
struct MapPolygon {
    bool lake = false;
    std::vector<LonLat> points;            // the last point joins the first
    std::vector<std::uint32_t> triangles;  // indices into points, three per triangle
    std::vector<MapCoarse> coarse;
};

// A line to stroke. Coast lines are derived from the polygons at load (without the edges
// along the data's extent, which are a cut, not a shore).
struct MapLine {
    enum class Kind { Coast, Border, River };
    Kind kind = Kind::Coast;
    std::vector<LonLat> points;
    std::vector<MapCoarse> coarse;
};

// What to draw of an outline at `px_per_degree` pixels per degree of latitude: the coarsest
// copy whose error stays within a pixel, or the full outline.
struct MapOutline {
    const std::vector<LonLat>* points;
    const std::vector<std::uint32_t>* triangles;
};
MapOutline outline_at(const MapPolygon& p, double px_per_degree);
const std::vector<LonLat>& outline_at(const MapLine& l, double px_per_degree);

// Douglas-Peucker: the points of `line` (a ring when `closed`) that keep it within `tolerance`
// of the original, where distances are in degrees of latitude with longitudes scaled by `k`.
// Keeps the ends of an open line; a ring keeps at least its three points farthest apart.
std::vector<LonLat> simplify(const std::vector<LonLat>& line, double tolerance, double k, bool closed);

struct MapTown {
    int rank = 3;  // 1: always shown; 2: at every zoom if there is room; 3: once zoomed in; 4: close up
    LonLat pos;
    std::string name;
};

// A label whose text is a UI-string key (seas, countries), so it follows the visitor's language.
struct MapLabel {
    std::string key;
    LonLat pos;
};

struct MapData {
    GeoBox region;  // what zoom 1 fits on screen
    GeoBox extent;  // what the data covers
    std::vector<MapPolygon> polygons;  // drawing order: land first, then lakes
    std::vector<MapLine> lines;
    std::vector<MapTown> towns;
    std::vector<MapLabel> labels;
};

// Parses the text format described at the top of region.txt. A malformed file gives false and
// a reason naming the line; it never throws or crashes.
bool parse_map(std::string_view text, MapData& out, std::string& error);
bool load_map(const std::string& path, MapData& out, std::string& error);

// Ear-clipping triangulation of a simple polygon (either winding). Never loops forever: on a
// self-intersecting outline it still returns triangles, only some may be wrong.
std::vector<std::uint32_t> triangulate(const std::vector<LonLat>& ring);

// Local equirectangular projection around the region's middle latitude (x = lon·cos(lat0),
// y = lat): at the scale of a region, distortion stays under a percent and it is cheap and
// exactly invertible. Zoom 1 fits the region into the view; screen y grows downwards.
struct ScreenPoint {
    double x = 0, y = 0;
};

class MapProjection {
public:
    // view_* is the screen rectangle in pixels; margin keeps the region off the view's edges.
    MapProjection(const GeoBox& region, LonLat centre, double zoom, double view_x, double view_y, double view_w,
                  double view_h, double margin = 0);

    ScreenPoint to_screen(LonLat p) const;
    LonLat to_geo(ScreenPoint s) const;
    double pixels_per_degree_lat() const { return scale_; }
    double metres_per_pixel() const;  // along a meridian, i.e. at every point of the map
    LonLat centre() const { return centre_; }

private:
    double k_ = 1;      // cos(lat0)
    double scale_ = 1;  // pixels per projected unit (one degree of latitude)
    LonLat centre_;
    double cx_ = 0, cy_ = 0;  // the view's centre on screen
};

// Great-circle distance in metres (haversine, mean Earth radius).
double distance_m(double lat1, double lon1, double lat2, double lon2);

// The region box a pack carries in its meta "bbox": "minlat,minlon,maxlat,maxlon", the order of
// kiosk-pack's --bbox. parse_bbox is false (and leaves `out` alone) for anything else: empty,
// malformed, out of range, or min >= max.
bool parse_bbox(std::string_view text, GeoBox& out);
std::string format_bbox(const GeoBox& b);  // six decimals (about 10 cm), as the pack stores it

// Great-circle distance in metres from p to the nearest point of `box` (0 inside it).
double distance_to_box_m(LonLat p, const GeoBox& box);

// Distances and walking times are only claimed from a kiosk that stands in or near the region it
// shows: a kiosk configured (or left at the default position) hundreds of kilometres away would
// print "650 km" on every card and a "you are here" that can never be seen on the map. 50 km
// keeps a kiosk just across the region's edge (a station in the next department) useful.
inline constexpr double kNearRegionM = 50'000;
bool near_region(LonLat kiosk, const GeoBox& region);

// Minutes on foot for a straight-line distance: 4.5 km/h (a relaxed visitor's pace, slower than
// the usual 5 km/h because they look around) times 1.3, the usual ratio between street
// distance and straight line in European towns. Rounded up; at least 1 for any distance > 0.
int walking_minutes(double metres);

}  // namespace kiosk

// Loading region.txt, triangulating its polygons, and the map's projection and distances.
#include "core/map_data.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <cmath>
#include <fstream>
#include <numbers>

namespace kiosk {

namespace {

constexpr double kEarthRadiusM = 6371008.8;  // mean radius (IUGG), best for haversine on average
constexpr size_t kMaxPoints = 1'000'000;     // per record: far above real data, stops absurd counts
constexpr size_t kMaxFileBytes = 32u << 20;

// Splits a line into whitespace-separated fields, keeping the rest of the line for names.
std::vector<std::string_view> fields(std::string_view line, size_t max_fields) {
    std::vector<std::string_view> out;
    size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
        if (i >= line.size()) break;
        if (out.size() + 1 == max_fields) {
            size_t end = line.size();
            while (end > i && (line[end - 1] == ' ' || line[end - 1] == '\t')) --end;
            out.push_back(line.substr(i, end - i));
            break;
        }
        const size_t start = i;
        while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
        out.push_back(line.substr(start, i - start));
    }
    return out;
}

bool number(std::string_view s, double& v) {
    // from_chars does not accept a leading '+', and is locale-independent (a French locale
    // would otherwise expect "2,5").
    const auto r = std::from_chars(s.data(), s.data() + s.size(), v);
    return r.ec == std::errc() && r.ptr == s.data() + s.size() && std::isfinite(v);
}

bool integer(std::string_view s, long long& v) {
    const auto r = std::from_chars(s.data(), s.data() + s.size(), v);
    return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

bool lon_lat(std::string_view lon, std::string_view lat, LonLat& p) {
    return number(lon, p.lon) && number(lat, p.lat) && p.lon >= -180 && p.lon <= 180 && p.lat >= -90 && p.lat <= 90;
}

// Reads lines one at a time and counts them, so errors can name the line.
struct Lines {
    std::string_view text;
    size_t pos = 0;
    int number = 0;
    bool next(std::string_view& line) {
        if (pos >= text.size()) return false;
        size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        line = text.substr(pos, end - pos);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        pos = end + 1;
        ++number;
        return true;
    }
};

double cross(LonLat a, LonLat b, LonLat c) {
    return (b.lon - a.lon) * (c.lat - a.lat) - (b.lat - a.lat) * (c.lon - a.lon);
}

double ring_area2(const std::vector<LonLat>& r) {
    double a = 0;
    for (size_t i = 0, j = r.size() - 1; i < r.size(); j = i++) a += r[j].lon * r[i].lat - r[i].lon * r[j].lat;
    return a;
}

bool on_extent_edge(const GeoBox& e, LonLat a, LonLat b) {
    constexpr double eps = 1e-6;
    auto at = [&](double v, double edge) { return std::fabs(v - edge) < eps; };
    return (at(a.lon, e.west) && at(b.lon, e.west)) || (at(a.lon, e.east) && at(b.lon, e.east)) ||
           (at(a.lat, e.south) && at(b.lat, e.south)) || (at(a.lat, e.north) && at(b.lat, e.north));
}

// The shore of a polygon, split where the polygon runs along the extent (a cut, not a coast).
void add_coast_lines(const GeoBox& extent, const std::vector<LonLat>& ring, std::vector<MapLine>& lines) {
    const size_t n = ring.size();
    size_t start = n;  // an index right after a cut edge, if there is one
    for (size_t i = 0; i < n; ++i)
        if (on_extent_edge(extent, ring[i], ring[(i + 1) % n])) start = (i + 1) % n;
    if (start == n) {  // an island or a lake: the whole outline is shore
        MapLine l{MapLine::Kind::Coast, ring, {}};
        l.points.push_back(ring.front());
        lines.push_back(std::move(l));
        return;
    }
    MapLine cur{MapLine::Kind::Coast, {ring[start]}, {}};
    for (size_t k = 0; k < n; ++k) {
        const size_t i = (start + k) % n, j = (i + 1) % n;
        if (on_extent_edge(extent, ring[i], ring[j])) {
            if (cur.points.size() >= 2) lines.push_back(std::move(cur));
            cur = MapLine{MapLine::Kind::Coast, {ring[j]}, {}};
        } else {
            cur.points.push_back(ring[j]);
        }
    }
    if (cur.points.size() >= 2) lines.push_back(std::move(cur));
}

// The coarse copies (MapCoarse): tolerances from about 20 m doubling to about 5 km, each made
// from the one before (the error adds up to at most twice the tolerance named, still within a
// pixel), kept when at least a fifth smaller than the last kept.
constexpr double kFinestTolerance = 0.0002;  // degrees of latitude: 22 m
constexpr int kCoarseLevels = 8;

template <class Shape>
void add_coarse(Shape& s, double k, bool closed) {
    const std::vector<LonLat>* from = &s.points;
    double tol = kFinestTolerance;
    for (int level = 0; level < kCoarseLevels; ++level, tol *= 2) {
        std::vector<LonLat> pts = simplify(*from, tol, k, closed);
        if (pts.size() * 5 > from->size() * 4) continue;  // not worth a copy: try a coarser one
        MapCoarse c;
        c.tolerance = 2 * tol;
        c.points = std::move(pts);
        if (closed && c.points.size() >= 3) {
            c.triangles = triangulate(c.points);
            // Simplifying can make an outline cross itself (a narrow inlet closed up), and ear
            // clipping then returns some wrong triangles: land spilt over the sea. Such a copy
            // is not kept, nor any coarser: up close the full outline serves.
            double tri = 0;
            for (size_t t = 0; t + 2 < c.triangles.size(); t += 3)
                tri += std::fabs(cross(c.points[c.triangles[t]], c.points[c.triangles[t + 1]], c.points[c.triangles[t + 2]]));
            const double ring = std::fabs(ring_area2(c.points));
            if (std::fabs(tri - ring) > 0.002 * ring) break;
        }
        s.coarse.push_back(std::move(c));
        from = &s.coarse.back().points;
        if (from->size() <= (closed ? 3u : 2u)) break;
    }
}

void add_coarse_copies(MapData& m) {
    const double k = std::cos(m.region.centre().lat * std::numbers::pi / 180);
    for (MapPolygon& p : m.polygons) add_coarse(p, k, true);
    for (MapLine& l : m.lines) add_coarse(l, k, false);
}

bool parse_box(const std::vector<std::string_view>& f, GeoBox& b) {
    LonLat sw, ne;
    if (f.size() != 5 || !lon_lat(f[1], f[3], sw) || !lon_lat(f[2], f[4], ne)) return false;
    b = {sw.lon, ne.lon, sw.lat, ne.lat};
    return b.west < b.east && b.south < b.north;
}

}  // namespace

bool parse_map(std::string_view text, MapData& out, std::string& error) {
    MapData m;
    Lines in{text};
    bool have_region = false, have_extent = false;
    std::string_view line;
    auto fail = [&](int line_no, const std::string& why) {
        error = "map data, line " + std::to_string(line_no) + ": " + why;
        return false;
    };
    while (in.next(line)) {
        const auto f = fields(line, 5);
        if (f.empty() || f[0].front() == '#') continue;
        const std::string_view kind = f[0];
        if (kind == "region" || kind == "extent") {
            if (!parse_box(f, kind == "region" ? m.region : m.extent))
                return fail(in.number, "expected '" + std::string(kind) + " W E S N' with W < E and S < N");
            (kind == "region" ? have_region : have_extent) = true;
        } else if (kind == "land" || kind == "lake" || kind == "border" || kind == "river") {
            const bool polygon = kind == "land" || kind == "lake";
            long long n = 0;
            if (f.size() != 2 || !integer(f[1], n) || n < (polygon ? 3 : 2) || static_cast<size_t>(n) > kMaxPoints)
                return fail(in.number, "expected '" + std::string(kind) + " COUNT' with a sensible count");
            const int header = in.number;
            std::vector<LonLat> pts;
            // No reserve(n): a lying count must not make us allocate before the points exist.
            for (long long i = 0; i < n; ++i) {
                std::string_view pl;
                if (!in.next(pl)) return fail(header, "file ends inside a " + std::string(kind) + " of " + std::to_string(n) + " points");
                const auto pf = fields(pl, 3);
                LonLat p;
                if (pf.size() != 2 || !lon_lat(pf[0], pf[1], p)) return fail(in.number, "expected 'lon lat'");
                pts.push_back(p);
            }
            if (polygon) {
                m.polygons.push_back({kind == "lake", std::move(pts), {}, {}});
            } else {
                m.lines.push_back({kind == "border" ? MapLine::Kind::Border : MapLine::Kind::River, std::move(pts), {}});
            }
        } else if (kind == "town") {
            long long rank = 0;
            MapTown t;
            if (f.size() != 5 || !integer(f[1], rank) || rank < 1 || rank > 4 || !lon_lat(f[2], f[3], t.pos))
                return fail(in.number, "expected 'town RANK LON LAT NAME' with RANK 1 to 4");
            t.rank = static_cast<int>(rank);
            t.name = std::string(f[4]);
            m.towns.push_back(std::move(t));
        } else if (kind == "label") {
            MapLabel l;
            if (f.size() != 4 || !lon_lat(f[2], f[3], l.pos)) return fail(in.number, "expected 'label KEY LON LAT'");
            l.key = std::string(f[1]);
            m.labels.push_back(std::move(l));
        } else {
            return fail(in.number, "unknown record '" + std::string(kind) + "'");
        }
    }
    if (!have_region || !have_extent) {
        error = "map data: missing 'region' or 'extent' line";
        return false;
    }

    // Land before lakes, whatever the file's order, so lakes are never hidden.
    std::stable_partition(m.polygons.begin(), m.polygons.end(), [](const MapPolygon& p) { return !p.lake; });
    std::vector<MapLine> coasts;
    for (MapPolygon& p : m.polygons) {
        // Rounding coordinates can make neighbours equal; repeated points confuse ear clipping.
        auto& pts = p.points;
        pts.erase(std::unique(pts.begin(), pts.end(), [](LonLat a, LonLat b) { return a.lon == b.lon && a.lat == b.lat; }),
                  pts.end());
        while (pts.size() > 1 && pts.front().lon == pts.back().lon && pts.front().lat == pts.back().lat) pts.pop_back();
        if (pts.size() < 3) continue;
        p.triangles = triangulate(pts);
        add_coast_lines(m.extent, pts, coasts);
    }
    std::erase_if(m.polygons, [](const MapPolygon& p) { return p.points.size() < 3; });
    // Coasts first so borders and rivers are drawn over them.
    coasts.insert(coasts.end(), std::make_move_iterator(m.lines.begin()), std::make_move_iterator(m.lines.end()));
    m.lines = std::move(coasts);
    add_coarse_copies(m);
    out = std::move(m);
    return true;
}

bool load_map(const std::string& path, MapData& out, std::string& error) {
    std::ifstream f(path, std::ios::binary);
    if (!f) {
        error = "cannot read map data " + path;
        return false;
    }
    std::string text;
    char buf[65536];
    while (f.read(buf, sizeof buf) || f.gcount() > 0) {
        text.append(buf, static_cast<size_t>(f.gcount()));
        if (text.size() > kMaxFileBytes) {
            error = "map data " + path + " is too large";
            return false;
        }
    }
    if (!parse_map(text, out, error)) {
        error = path + ": " + error;
        return false;
    }
    return true;
}

std::vector<std::uint32_t> triangulate(const std::vector<LonLat>& ring) {
    // Ear clipping on the raw lon/lat: the projection is an affine stretch of them, and "is
    // convex" and "is inside" do not change under an affine map.
    const size_t n = ring.size();
    std::vector<std::uint32_t> tris;
    if (n < 3) return tris;
    tris.reserve((n - 2) * 3);
    const double orient = ring_area2(ring) >= 0 ? 1.0 : -1.0;  // make every test work as if CCW
    std::vector<std::uint32_t> prev(n), next(n);
    for (size_t i = 0; i < n; ++i) {
        prev[i] = static_cast<std::uint32_t>((i + n - 1) % n);
        next[i] = static_cast<std::uint32_t>((i + 1) % n);
    }
    std::vector<bool> gone(n, false);
    auto turn = [&](std::uint32_t a, std::uint32_t b, std::uint32_t c) { return orient * cross(ring[a], ring[b], ring[c]); };

    // A grid over the outline: an ear test then looks only at vertices near the candidate
    // triangle instead of all of them, which keeps a 7000-point coast to milliseconds.
    double x0 = ring[0].lon, x1 = x0, y0 = ring[0].lat, y1 = y0;
    for (const LonLat& p : ring) {
        x0 = std::min(x0, p.lon), x1 = std::max(x1, p.lon);
        y0 = std::min(y0, p.lat), y1 = std::max(y1, p.lat);
    }
    const int g = std::clamp(static_cast<int>(std::sqrt(static_cast<double>(n)) / 2), 1, 128);
    const double cw = (x1 - x0) / g + 1e-12, ch = (y1 - y0) / g + 1e-12;
    auto cell_x = [&](double x) { return std::clamp(static_cast<int>((x - x0) / cw), 0, g - 1); };
    auto cell_y = [&](double y) { return std::clamp(static_cast<int>((y - y0) / ch), 0, g - 1); };
    std::vector<std::vector<std::uint32_t>> grid(static_cast<size_t>(g) * g);
    for (size_t i = 0; i < n; ++i)
        grid[static_cast<size_t>(cell_y(ring[i].lat)) * g + cell_x(ring[i].lon)].push_back(static_cast<std::uint32_t>(i));

    auto same = [&](std::uint32_t a, std::uint32_t b) { return ring[a].lon == ring[b].lon && ring[a].lat == ring[b].lat; };
    auto is_ear = [&](std::uint32_t a, std::uint32_t b, std::uint32_t c) {
        if (turn(a, b, c) <= 0) return false;
        const double bx0 = std::min({ring[a].lon, ring[b].lon, ring[c].lon}), bx1 = std::max({ring[a].lon, ring[b].lon, ring[c].lon});
        const double by0 = std::min({ring[a].lat, ring[b].lat, ring[c].lat}), by1 = std::max({ring[a].lat, ring[b].lat, ring[c].lat});
        for (int cy = cell_y(by0); cy <= cell_y(by1); ++cy)
            for (int cx = cell_x(bx0); cx <= cell_x(bx1); ++cx)
                for (std::uint32_t v : grid[static_cast<size_t>(cy) * g + cx]) {
                    if (gone[v] || v == a || v == b || v == c || same(v, a) || same(v, b) || same(v, c)) continue;
                    const LonLat& p = ring[v];
                    if (p.lon < bx0 || p.lon > bx1 || p.lat < by0 || p.lat > by1) continue;
                    // Only a reflex vertex can poke into a would-be ear of a simple polygon.
                    if (turn(prev[v], v, next[v]) > 0) continue;
                    if (orient * cross(ring[a], ring[b], p) >= 0 && orient * cross(ring[b], ring[c], p) >= 0 &&
                        orient * cross(ring[c], ring[a], p) >= 0)
                        return false;
                }
        return true;
    };
    auto clip = [&](std::uint32_t b, bool emit) {
        const std::uint32_t a = prev[b], c = next[b];
        if (emit) tris.insert(tris.end(), {a, b, c});
        next[a] = c;
        prev[c] = a;
        gone[b] = true;
    };

    size_t left = n;
    std::uint32_t i = 0;
    size_t since_clip = 0;
    while (left > 3) {
        const std::uint32_t a = prev[i], c = next[i];
        const double t = turn(a, i, c);
        if (t == 0 || is_ear(a, i, c)) {
            clip(i, t != 0);  // a straight or doubled-back vertex adds no area: drop it
            --left;
            i = c;
            since_clip = 0;
            continue;
        }
        i = c;
        if (++since_clip > left) {
            // A whole lap without an ear: the outline crosses itself somewhere. Cut any convex
            // corner so we finish; a wrong sliver beats an endless loop or a missing coast.
            std::uint32_t j = i;
            for (size_t k = 0; k < left && turn(prev[j], j, next[j]) <= 0; ++k) j = next[j];
            const bool convex = turn(prev[j], j, next[j]) > 0;
            i = next[j];
            clip(j, convex);
            --left;
            since_clip = 0;
        }
    }
    if (turn(prev[i], i, next[i]) != 0) tris.insert(tris.end(), {prev[i], i, next[i]});
    return tris;
}

MapProjection::MapProjection(const GeoBox& region, LonLat centre, double zoom, double view_x, double view_y,
                             double view_w, double view_h, double margin)
    : k_(std::cos(region.centre().lat * std::numbers::pi / 180)), centre_(centre) {
    const double rw = (region.east - region.west) * k_, rh = region.north - region.south;
    const double fit = std::min(std::max(view_w - 2 * margin, 1.0) / rw, std::max(view_h - 2 * margin, 1.0) / rh);
    scale_ = fit * zoom;
    cx_ = view_x + view_w / 2;
    cy_ = view_y + view_h / 2;
}

ScreenPoint MapProjection::to_screen(LonLat p) const {
    return {cx_ + (p.lon - centre_.lon) * k_ * scale_, cy_ - (p.lat - centre_.lat) * scale_};
}

LonLat MapProjection::to_geo(ScreenPoint s) const {
    return {centre_.lon + (s.x - cx_) / (k_ * scale_), centre_.lat - (s.y - cy_) / scale_};
}

double MapProjection::metres_per_pixel() const {
    return kEarthRadiusM * std::numbers::pi / 180 / scale_;
}

double distance_m(double lat1, double lon1, double lat2, double lon2) {
    const double rad = std::numbers::pi / 180;
    const double dlat = (lat2 - lat1) * rad, dlon = (lon2 - lon1) * rad;
    const double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
                     std::cos(lat1 * rad) * std::cos(lat2 * rad) * std::sin(dlon / 2) * std::sin(dlon / 2);
    return 2 * kEarthRadiusM * std::asin(std::min(1.0, std::sqrt(h)));
}

bool parse_bbox(std::string_view text, GeoBox& out) {
    // strtod on a bounded copy: the meta value is not NUL-terminated inside a view.
    const std::string s(text.substr(0, 256));
    double v[4];
    const char* p = s.c_str();
    for (int i = 0; i < 4; ++i) {
        char* end = nullptr;
        v[i] = std::strtod(p, &end);
        if (end == p || !std::isfinite(v[i])) return false;
        p = end;
        if (i < 3) {
            if (*p != ',') return false;
            ++p;
        }
    }
    if (*p != '\0') return false;
    const double minlat = v[0], minlon = v[1], maxlat = v[2], maxlon = v[3];
    if (!(minlat < maxlat && minlon < maxlon) || minlat < -90 || maxlat > 90 || minlon < -180 || maxlon > 180)
        return false;
    out = {minlon, maxlon, minlat, maxlat};
    return true;
}

std::string format_bbox(const GeoBox& b) {
    char buf[128];
    std::snprintf(buf, sizeof buf, "%.6f,%.6f,%.6f,%.6f", b.south, b.west, b.north, b.east);
    return buf;
}

double distance_to_box_m(LonLat p, const GeoBox& box) {
    // The nearest point of a lat/lon box is p clamped into it: exact enough at a region's
    // scale, where meridians are nearly parallel.
    const LonLat q{std::clamp(p.lon, box.west, box.east), std::clamp(p.lat, box.south, box.north)};
    return distance_m(p.lat, p.lon, q.lat, q.lon);
}

bool near_region(LonLat kiosk, const GeoBox& region) { return distance_to_box_m(kiosk, region) <= kNearRegionM; }

int walking_minutes(double metres) {
    constexpr double kSpeedMPerMin = 4500.0 / 60.0;
    constexpr double kDetour = 1.3;
    if (!(metres > 0)) return 0;
    return std::max(1, static_cast<int>(std::ceil(metres * kDetour / kSpeedMPerMin)));
}

namespace {

// The coarsest of `coarse` within a pixel at px_per_degree, or null for the full outline. A
// pixel is the bound (Douglas-Peucker keeps most points far closer): a coast redrawn a pixel
// off in places looks the same; half a pixel kept the full data on screen at every zoom.
const MapCoarse* coarsest_within(const std::vector<MapCoarse>& coarse, double px_per_degree) {
    const MapCoarse* best = nullptr;
    for (const MapCoarse& c : coarse) {
        if (c.tolerance * px_per_degree > 1.0) break;
        best = &c;
    }
    return best;
}

// Squared distance from p to the segment ab, longitudes scaled by k.
double segment_distance2(LonLat p, LonLat a, LonLat b, double k) {
    const double px = (p.lon - a.lon) * k, py = p.lat - a.lat;
    const double bx = (b.lon - a.lon) * k, by = b.lat - a.lat;
    const double len2 = bx * bx + by * by;
    const double t = len2 > 0 ? std::clamp((px * bx + py * by) / len2, 0.0, 1.0) : 0.0;
    const double dx = px - t * bx, dy = py - t * by;
    return dx * dx + dy * dy;
}

// Marks in `keep` the points of line[first..last] that Douglas-Peucker keeps (the ends are the
// caller's), with an explicit stack: a coast of thousands of points must not recurse as deep.
void mark_kept(const std::vector<LonLat>& line, size_t first, size_t last, double tol2, double k, std::vector<char>& keep) {
    std::vector<std::pair<size_t, size_t>> todo{{first, last}};
    while (!todo.empty()) {
        const auto [a, b] = todo.back();
        todo.pop_back();
        if (b <= a + 1) continue;
        double worst = -1;
        size_t at = a;
        for (size_t i = a + 1; i < b; ++i) {
            const double d = segment_distance2(line[i], line[a], line[b], k);
            if (d > worst) worst = d, at = i;
        }
        if (worst <= tol2) continue;
        keep[at] = 1;
        todo.push_back({a, at});
        todo.push_back({at, b});
    }
}

}  // namespace

std::vector<LonLat> simplify(const std::vector<LonLat>& line, double tolerance, double k, bool closed) {
    const size_t n = line.size();
    if (n <= (closed ? 3u : 2u)) return line;
    std::vector<char> keep(n, 0);
    const double tol2 = tolerance * tolerance;
    if (!closed) {
        keep[0] = keep[n - 1] = 1;
        mark_kept(line, 0, n - 1, tol2, k, keep);
    } else {
        // A ring: cut at its first point and the point farthest from it, simplify both halves,
        // and keep a third point (the farthest from that chord) so it never flattens to a line.
        size_t far = 0;
        double best = -1;
        for (size_t i = 1; i < n; ++i) {
            const double dx = (line[i].lon - line[0].lon) * k, dy = line[i].lat - line[0].lat;
            if (dx * dx + dy * dy > best) best = dx * dx + dy * dy, far = i;
        }
        keep[0] = keep[far] = 1;
        size_t third = 0;
        best = -1;
        for (size_t i = 1; i < n; ++i) {
            if (i == far) continue;
            const double d = segment_distance2(line[i], line[0], line[far], k);
            if (d > best) best = d, third = i;
        }
        keep[third] = 1;
        std::vector<LonLat> closed_line(line);
        closed_line.push_back(line[0]);  // index n is the first point again: the ring's last edge
        std::vector<char> keep2(n + 1, 0);
        mark_kept(closed_line, 0, far, tol2, k, keep2);
        mark_kept(closed_line, far, n, tol2, k, keep2);
        for (size_t i = 0; i < n; ++i) keep[i] |= keep2[i];
    }
    std::vector<LonLat> out;
    for (size_t i = 0; i < n; ++i)
        if (keep[i]) out.push_back(line[i]);
    return out;
}

MapOutline outline_at(const MapPolygon& p, double px_per_degree) {
    if (const MapCoarse* c = coarsest_within(p.coarse, px_per_degree)) return {&c->points, &c->triangles};
    return {&p.points, &p.triangles};
}

const std::vector<LonLat>& outline_at(const MapLine& l, double px_per_degree) {
    const MapCoarse* c = coarsest_within(l.coarse, px_per_degree);
    return c ? c->points : l.points;
}

}  // namespace kiosk

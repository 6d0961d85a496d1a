// The map: coast, lakes, borders, rivers and towns from data shipped with the project (no
// network), a pin per item in its kind's colour, "you are here", drag to pan, buttons to zoom.
#include "app/screens.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <unordered_map>

#include "core/map_data.h"

namespace kiosk::app {

namespace {

// Map colours: a pale land so pins and labels carry the contrast, a clear blue sea so the
// coast is the first shape a visitor recognises.
namespace mapcol {
constexpr ImU32 kSea = IM_COL32(163, 204, 227, 255);
constexpr ImU32 kLand = IM_COL32(247, 244, 236, 255);
constexpr ImU32 kNoData = IM_COL32(226, 222, 214, 255);
constexpr ImU32 kCoast = IM_COL32(74, 132, 178, 255);
constexpr ImU32 kRiver = IM_COL32(126, 178, 214, 255);
constexpr ImU32 kBorder = IM_COL32(120, 78, 128, 255);
constexpr ImU32 kBorderHalo = IM_COL32(176, 140, 184, 90);
constexpr ImU32 kTown = IM_COL32(38, 38, 46, 255);
constexpr ImU32 kSeaText = IM_COL32(58, 112, 156, 255);
constexpr ImU32 kCountryText = IM_COL32(146, 134, 118, 255);
constexpr ImU32 kMixedCluster = IM_COL32(22, 49, 84, 255);  // several kinds: the header's blue, rim in parts
constexpr ImU32 kShadow = IM_COL32(0, 0, 0, 60);
}  // namespace mapcol

constexpr double kMinZoom = 1, kMaxZoom = 32;
// Used when region.txt cannot be read: pins still show, over a plain background.
constexpr GeoBox kFallbackRegion{1.45, 4.30, 49.85, 51.15};

// The base map is read once per assets directory (it does not change while the kiosk runs);
// a failure is remembered too, so a broken file is reported once, not every frame.
struct MapCache {
    std::string dir;
    bool tried = false;
    bool ok = false;
    MapData data;
};

const MapCache& base_map(const std::string& assets_dir) {
    static MapCache cache;
    if (!cache.tried || cache.dir != assets_dir) {
        cache = MapCache{};
        cache.dir = assets_dir;
        cache.tried = true;
        std::string error;
        cache.ok = load_map(assets_dir + "/map/region.txt", cache.data, error);
        if (!cache.ok) std::fprintf(stderr, "kiosk: %s\n", error.c_str());
    }
    return cache;
}

// Glides that outlive a frame but not the visit: pan inertia after a fling, and the zoom
// animation after a button or a cluster tap. MapView holds where the map is; this holds where
// it is going. Reset whenever MapView is (a new visit).
struct Motion {
    bool gliding = false;
    double target_zoom = 1;
    LonLat target;
    float vx = 0, vy = 0;  // pan velocity in pixels per second
};
Motion g_motion;

// A group of pins close enough on screen to be drawn (and tapped) as one bubble.
struct Cluster {
    double wx = 0, wy = 0;          // mean position in world pixels (screen minus the pan offset)
    double spread = 0;              // largest distance of a member from the mean, world pixels
    std::vector<size_t> members;    // indices into Model::pins
};

// Clusters depend on zoom, not on pan, so they are kept until the zoom or the pins change:
// panning then never makes bubbles split or merge under the finger.
struct ClusterCache {
    std::uint64_t pins = 0;  // fingerprint of the pins: a reloaded pack may reuse the same buffer
    double scale = 0, radius = 0;
    std::vector<Cluster> clusters;
};

std::uint64_t fingerprint(const std::vector<Model::Pin>& pins) {
    std::uint64_t h = 1469598103934665603ULL ^ pins.size();
    auto mix = [&h](std::uint64_t v) { h = (h ^ v) * 1099511628211ULL; };
    for (const Model::Pin& p : pins) {
        mix(static_cast<std::uint64_t>(p.id));
        mix(static_cast<std::uint64_t>(std::llround(p.lat * 1e7)));
        mix(static_cast<std::uint64_t>(std::llround(p.lon * 1e7)));
        mix(std::hash<std::string>{}(p.kind));
    }
    return h;
}

const std::vector<Cluster>& cluster_pins(const Model& m, const MapProjection& proj, double radius) {
    static ClusterCache cache;
    const double scale = proj.pixels_per_degree_lat();
    const std::uint64_t fp = fingerprint(m.pins);
    if (cache.pins == fp && cache.scale == scale && cache.radius == radius) return cache.clusters;
    cache = ClusterCache{fp, scale, radius, {}};
    const ScreenPoint origin = proj.to_screen({0, 0});
    // Greedy clustering on a grid of cell = radius: a pin joins the nearest cluster seed within
    // radius (only the 3x3 neighbouring cells can hold one), else it seeds a new cluster. Linear
    // in the number of pins, so a 50,000-item pack stays fast.
    struct Seed {
        double x, y;
        size_t cluster;
    };
    std::unordered_map<long long, std::vector<Seed>> grid;
    auto key = [](long long cx, long long cy) { return cx * 1'000'003LL + cy; };
    std::vector<std::pair<double, double>> pos(m.pins.size());
    for (size_t i = 0; i < m.pins.size(); ++i) {
        const ScreenPoint s = proj.to_screen({m.pins[i].lon, m.pins[i].lat});
        const double x = s.x - origin.x, y = s.y - origin.y;
        pos[i] = {x, y};
        const long long cx = static_cast<long long>(std::floor(x / radius)), cy = static_cast<long long>(std::floor(y / radius));
        const Seed* best = nullptr;
        double best_d = radius;
        for (long long dy = -1; dy <= 1; ++dy)
            for (long long dx = -1; dx <= 1; ++dx) {
                auto it = grid.find(key(cx + dx, cy + dy));
                if (it == grid.end()) continue;
                for (const Seed& s2 : it->second) {
                    const double d = std::hypot(s2.x - x, s2.y - y);
                    if (d < best_d) best_d = d, best = &s2;
                }
            }
        if (best) {
            cache.clusters[best->cluster].members.push_back(i);
        } else {
            grid[key(cx, cy)].push_back({x, y, cache.clusters.size()});
            cache.clusters.push_back({x, y, 0, {i}});
        }
    }
    auto centre = [&](Cluster& c) {
        double sx = 0, sy = 0;
        for (size_t i : c.members) sx += pos[i].first, sy += pos[i].second;
        c.wx = sx / static_cast<double>(c.members.size());
        c.wy = sy / static_cast<double>(c.members.size());
    };
    for (Cluster& c : cache.clusters) centre(c);
    // A bubble is drawn at its members' mean, which can drift towards a neighbour's: merge
    // bubbles whose means ended up closer than the grouping distance, until none overlap
    // (a few passes settle it; the grid keeps each pass linear).
    for (int pass = 0; pass < 8; ++pass) {
        std::unordered_map<long long, std::vector<size_t>> cells;
        auto cell_of = [&](const Cluster& c) {
            return std::pair{static_cast<long long>(std::floor(c.wx / radius)), static_cast<long long>(std::floor(c.wy / radius))};
        };
        for (size_t i = 0; i < cache.clusters.size(); ++i) {
            const auto [cx, cy] = cell_of(cache.clusters[i]);
            cells[key(cx, cy)].push_back(i);
        }
        bool merged = false;
        for (size_t i = 0; i < cache.clusters.size(); ++i) {
            Cluster& a = cache.clusters[i];
            if (a.members.empty()) continue;
            const auto [cx, cy] = cell_of(a);
            for (long long dy = -1; dy <= 1; ++dy)
                for (long long dx = -1; dx <= 1; ++dx) {
                    auto it = cells.find(key(cx + dx, cy + dy));
                    if (it == cells.end()) continue;
                    for (size_t j : it->second) {
                        Cluster& b = cache.clusters[j];
                        if (j == i || b.members.empty() || std::hypot(a.wx - b.wx, a.wy - b.wy) >= radius) continue;
                        a.members.insert(a.members.end(), b.members.begin(), b.members.end());
                        b.members.clear();
                        merged = true;
                    }
                }
            if (merged) centre(a);
        }
        std::erase_if(cache.clusters, [](const Cluster& c) { return c.members.empty(); });
        if (!merged) break;
    }
    for (Cluster& c : cache.clusters) {
        std::sort(c.members.begin(), c.members.end());  // stable names and fan-out order
        for (size_t i : c.members) c.spread = std::max(c.spread, std::hypot(pos[i].first - c.wx, pos[i].second - c.wy));
    }
    return cache.clusters;
}

// A round thing on the map (pin or bubble) that labels must not cover.
struct Disc {
    ImVec2 c;
    float r;
};

ImVec2 to_im(ScreenPoint p) { return {static_cast<float>(p.x), static_cast<float>(p.y)}; }

bool overlaps(const Rect& a, const Rect& b) {
    return a.min.x < b.max.x && b.min.x < a.max.x && a.min.y < b.max.y && b.min.y < a.max.y;
}

// Text with a halo of the land colour around it, so labels stay readable over rivers and borders.
void halo_text(Ui& ui, ImFont* f, float size, ImVec2 p, ImU32 col, const std::string& s, ImU32 halo = mapcol::kLand) {
    const float o = std::max(1.0f, 0.07f * ui.em);
    for (int dx = -1; dx <= 1; ++dx)
        for (int dy = -1; dy <= 1; ++dy)
            if (dx || dy) ui.dl->AddText(f, size, {p.x + static_cast<float>(dx) * o, p.y + static_cast<float>(dy) * o}, halo, s.c_str());
    ui.dl->AddText(f, size, p, col, s.c_str());
}

// Fills the polygons' triangles; vertices are written directly (no anti-aliased fringe), so
// neighbouring triangles meet without seams. The coast stroke drawn later smooths the edge.
void fill_polygons(Ui& ui, const MapData& md, const MapProjection& proj, Rect view) {
    const ImVec2 uv = ImGui::GetFontTexUvWhitePixel();
    std::vector<ImVec2> pts;
    for (const MapPolygon& poly : md.polygons) {
        pts.resize(poly.points.size());
        for (size_t i = 0; i < pts.size(); ++i) pts[i] = to_im(proj.to_screen(poly.points[i]));
        const ImU32 col = poly.lake ? mapcol::kSea : mapcol::kLand;
        // In batches, so one draw command never needs more than 16-bit indices can address.
        constexpr size_t kBatch = 3 * 8000;
        for (size_t start = 0; start < poly.triangles.size(); start += kBatch) {
            const size_t end = std::min(poly.triangles.size(), start + kBatch);
            size_t visible = 0;
            auto culled = [&](size_t t) {
                const ImVec2 a = pts[poly.triangles[t]], b = pts[poly.triangles[t + 1]], c = pts[poly.triangles[t + 2]];
                return std::max({a.x, b.x, c.x}) < view.min.x || std::min({a.x, b.x, c.x}) > view.max.x ||
                       std::max({a.y, b.y, c.y}) < view.min.y || std::min({a.y, b.y, c.y}) > view.max.y;
            };
            for (size_t t = start; t < end; t += 3) visible += !culled(t);
            if (visible == 0) continue;
            ui.dl->PrimReserve(static_cast<int>(visible * 3), static_cast<int>(visible * 3));
            for (size_t t = start; t < end; t += 3) {
                if (culled(t)) continue;
                for (size_t k = 0; k < 3; ++k) ui.dl->PrimVtx(pts[poly.triangles[t + k]], uv, col);
            }
        }
    }
}

// Strokes a line, drawing only the runs that cross the view: at high zoom most of a coast is
// off screen, and ImGui would otherwise build geometry for all of it.
void stroke_line(Ui& ui, const MapLine& line, const MapProjection& proj, Rect view, ImU32 col, float width) {
    std::vector<ImVec2> run;
    const float pad = width + 2;
    ImVec2 prev = to_im(proj.to_screen(line.points[0]));
    run.push_back(prev);
    auto flush = [&] {
        if (run.size() >= 2) ui.dl->AddPolyline(run.data(), static_cast<int>(run.size()), col, ImDrawFlags_None, width);
        run.clear();
    };
    for (size_t i = 1; i < line.points.size(); ++i) {
        const ImVec2 p = to_im(proj.to_screen(line.points[i]));
        const bool in = std::max(p.x, prev.x) >= view.min.x - pad && std::min(p.x, prev.x) <= view.max.x + pad &&
                        std::max(p.y, prev.y) >= view.min.y - pad && std::min(p.y, prev.y) <= view.max.y + pad;
        if (in) {
            if (run.empty()) run.push_back(prev);
            run.push_back(p);
        } else {
            flush();
        }
        prev = p;
    }
    flush();
}

void draw_base_map(Ui& ui, const MapData& md, const MapProjection& proj, Rect view, double zoom) {
    const float em = ui.em;
    // Beyond the data's extent we know nothing: a neutral tone rather than pretend sea.
    const ImVec2 e0 = to_im(proj.to_screen({md.extent.west, md.extent.north}));
    const ImVec2 e1 = to_im(proj.to_screen({md.extent.east, md.extent.south}));
    ui.dl->AddRectFilled(view.min, view.max, mapcol::kNoData);
    ui.dl->AddRectFilled({std::max(e0.x, view.min.x), std::max(e0.y, view.min.y)},
                         {std::min(e1.x, view.max.x), std::min(e1.y, view.max.y)}, mapcol::kSea);
    fill_polygons(ui, md, proj, view);
    // Line widths grow a little with zoom: hairlines when the whole region shows, firmer
    // strokes when a town fills the screen.
    const float grow = static_cast<float>(std::min(1.6, 1 + std::log2(zoom) * 0.12));
    for (const MapLine& l : md.lines)
        if (l.kind == MapLine::Kind::River) stroke_line(ui, l, proj, view, mapcol::kRiver, 0.07f * em * grow);
    for (const MapLine& l : md.lines)
        if (l.kind == MapLine::Kind::Coast) stroke_line(ui, l, proj, view, mapcol::kCoast, 0.08f * em * grow);
    for (const MapLine& l : md.lines)
        if (l.kind == MapLine::Kind::Border) stroke_line(ui, l, proj, view, mapcol::kBorderHalo, 0.4f * em * grow);
    for (const MapLine& l : md.lines)
        if (l.kind == MapLine::Kind::Border) stroke_line(ui, l, proj, view, mapcol::kBorder, 0.09f * em * grow);
}

// Labels placed in priority order; a label that would overlap one already placed (or a
// control) is left out rather than drawn on top of it.
struct Placer {
    std::vector<Rect> taken;
    bool place(const Rect& r) {
        for (const Rect& t : taken)
            if (overlaps(r, t)) return false;
        taken.push_back(r);
        return true;
    }
};

void draw_labels(Ui& ui, const MapData& md, const MapProjection& proj, Rect view, double zoom, Placer& placer,
                 const std::vector<Disc>& discs) {
    const float em = ui.em;
    struct Town {
        ImVec2 dot;
        bool show_dot;
        ImVec2 text;
        ImFont* font;
        float size;
        const std::string* name;
    };
    std::vector<Town> towns;
    // Smaller towns appear as the visitor zooms in and they get room.
    const int max_rank = zoom >= 3.5 ? 4 : zoom >= 1.8 ? 3 : 2;
    for (int rank = 1; rank <= max_rank; ++rank)
        for (const MapTown& t : md.towns) {
            if (t.rank != rank) continue;
            const ImVec2 p = to_im(proj.to_screen(t.pos));
            if (!view.contains({p.x, p.y})) continue;
            ImFont* f = rank == 1 ? ui.fonts.bold : ui.fonts.body;
            const float size = f->FontSize * (rank >= 3 ? 0.85f : rank == 2 ? 0.92f : 1.0f);
            const ImVec2 sz = f->CalcTextSizeA(size, FLT_MAX, 0, t.name.c_str());
            float gap = 0.35f * em, dot = 0.25f * em;
            // Where a bubble sits on the town (its sights are in it), the name goes beside the
            // bubble instead of under it, and the bubble stands for the town's dot.
            ImVec2 at = p;
            for (const Disc& d : discs)
                if (std::hypot(d.c.x - p.x, d.c.y - p.y) < d.r + 0.2f * em) {
                    at = d.c;
                    gap = d.r + 0.2f * em;
                    dot = 0;
                    break;
                }
            // Right of the dot first, then left, above, below, then the diagonals: the
            // cartographer's usual order of preference.
            const float dg = gap * 0.75f;
            const float ox[8] = {at.x + gap, at.x - gap - sz.x, at.x - sz.x / 2, at.x - sz.x / 2,
                                 at.x + dg, at.x + dg, at.x - dg - sz.x, at.x - dg - sz.x};
            const float oy[8] = {at.y - sz.y / 2, at.y - sz.y / 2, at.y - gap - sz.y, at.y + gap,
                                 at.y - dg - sz.y, at.y + dg, at.y - dg - sz.y, at.y + dg};
            for (int side = 0; side < 8; ++side) {
                Rect r{{ox[side], oy[side]}, {ox[side] + sz.x, oy[side] + sz.y}};
                if (dot > 0) {
                    r.min = {std::min(r.min.x, p.x - dot), std::min(r.min.y, p.y - dot)};
                    r.max = {std::max(r.max.x, p.x + dot), std::max(r.max.y, p.y + dot)};
                }
                if (r.min.x < view.min.x || r.max.x > view.max.x || r.min.y < view.min.y || r.max.y > view.max.y) continue;
                if (placer.place(r)) {
                    towns.push_back({p, dot > 0, {ox[side], oy[side]}, f, size, &t.name});
                    break;
                }
            }
        }
    // Seas and countries last in priority but first in drawing: wide, pale, behind the towns.
    std::vector<const std::string*> done;  // keys already placed: later spots are alternatives
    for (const MapLabel& l : md.labels) {
        if (std::any_of(done.begin(), done.end(), [&](const std::string* k) { return *k == l.key; })) continue;
        const std::string& s = ui.tr(l.key);
        const bool sea = l.key.rfind("map.sea.", 0) == 0;
        ImFont* f = ui.fonts.bold;
        const float size = f->FontSize * (sea ? 1.0f : 1.15f);
        const ImVec2 sz = f->CalcTextSizeA(size, FLT_MAX, 0, s.c_str());
        const ImVec2 c = to_im(proj.to_screen(l.pos));
        const Rect r{{c.x - sz.x / 2, c.y - sz.y / 2}, {c.x + sz.x / 2, c.y + sz.y / 2}};
        if (r.min.x < view.min.x || r.max.x > view.max.x || r.min.y < view.min.y || r.max.y > view.max.y) continue;
        if (!placer.place(r)) continue;
        done.push_back(&l.key);
        if (sea)
            ui.dl->AddText(f, size, r.min, mapcol::kSeaText, s.c_str());
        else
            halo_text(ui, f, size, r.min, mapcol::kCountryText, s);
    }
    for (const Town& t : towns) {
        if (t.show_dot) {
            ui.dl->AddCircleFilled(t.dot, 0.24f * em, IM_COL32_WHITE);
            ui.dl->AddCircleFilled(t.dot, 0.15f * em, mapcol::kTown);
        }
        halo_text(ui, t.font, t.size, t.text, mapcol::kTown, *t.name);
    }
}

// One thing to draw and tap: a pin, or a bubble standing for several.
struct Marker {
    ImVec2 pos;
    const Cluster* cluster = nullptr;  // set for a bubble
    size_t pin = 0;                    // index into Model::pins for a single pin
    ImVec2 anchor;                     // true position when fanned out around a shared spot
    bool fanned = false;
};

void draw_pin(Ui& ui, ImVec2 p, ImU32 fill, bool down) {
    const float em = ui.em;
    const float r = (down ? 0.8f : 0.65f) * em;  // 1.3 em across: visible from a step back
    ui.dl->AddCircleFilled({p.x, p.y + 0.08f * em}, r + 0.16f * em, mapcol::kShadow);
    ui.dl->AddCircleFilled(p, r + 0.14f * em, down ? colour::kPressed : IM_COL32_WHITE);
    ui.dl->AddCircleFilled(p, r, fill);
    ui.dl->AddCircleFilled(p, 0.2f * em, IM_COL32(255, 255, 255, 200));
}

// A bubble for several pins: the count inside, and a rim split in the kinds' colours in
// proportion, so a cluster of belfries reads differently from a cluster of events.
void draw_bubble(Ui& ui, ImVec2 p, const Model& m, const Cluster& c, bool down) {
    const float em = ui.em;
    const size_t count = c.members.size();
    const float r = std::min(1.35f, 0.85f + 0.12f * std::log2(static_cast<float>(count))) * em * (down ? 1.12f : 1.0f);
    ui.dl->AddCircleFilled({p.x, p.y + 0.08f * em}, r + 0.18f * em, mapcol::kShadow);
    ui.dl->AddCircleFilled(p, r + 0.16f * em, down ? colour::kPressed : IM_COL32_WHITE);
    std::vector<std::pair<ImU32, size_t>> kinds;
    for (size_t i : c.members) {
        const ImU32 col = kind_colour(m.pins[i].kind);
        auto it = std::find_if(kinds.begin(), kinds.end(), [&](const auto& k) { return k.first == col; });
        if (it == kinds.end())
            kinds.push_back({col, 1});
        else
            ++it->second;
    }
    if (kinds.size() == 1) {
        ui.dl->AddCircleFilled(p, r, kinds[0].first);
    } else {
        ui.dl->AddCircleFilled(p, r, mapcol::kMixedCluster);
        const float ring = 0.22f * em, rr = r - ring / 2;
        float a = -1.5708f;
        for (const auto& [col, n] : kinds) {
            const float span = 6.2832f * static_cast<float>(n) / static_cast<float>(count);
            ui.dl->PathArcTo(p, rr, a, a + span, std::max(6, static_cast<int>(span * 8)));
            ui.dl->PathStroke(col, ImDrawFlags_None, ring);
            a += span;
        }
    }
    const std::string n = std::to_string(count);
    draw_text_centered(ui, ui.fonts.bold, {{p.x - r, p.y - r}, {p.x + r, p.y + r}}, IM_COL32_WHITE, n);
}

// Where the "you are here" label goes: above the dot, below or beside it, whichever stays on
// the map and covers the fewest pins (above wins ties: it is where people look).
Rect here_label_rect(Ui& ui, ImVec2 p, Rect view, const std::vector<Disc>& discs) {
    const std::string& s = ui.tr("map.here");
    const ImVec2 sz = ui.fonts.bold->CalcTextSizeA(ui.fonts.bold->FontSize, FLT_MAX, 0, s.c_str());
    const float em = ui.em, pw = sz.x + 1.2f * em, ph = sz.y + 0.5f * em, d = 1.5f * em;
    const Rect spots[4] = {
        {{p.x - pw / 2, p.y - d - ph}, {p.x + pw / 2, p.y - d}},
        {{p.x - pw / 2, p.y + d}, {p.x + pw / 2, p.y + d + ph}},
        {{p.x + d, p.y - ph / 2}, {p.x + d + pw, p.y + ph / 2}},
        {{p.x - d - pw, p.y - ph / 2}, {p.x - d, p.y + ph / 2}},
    };
    int best = p.y - d - ph < view.min.y ? 1 : 0;
    long best_hits = -1;
    for (int i = 0; i < 4; ++i) {
        const Rect& r = spots[i];
        if (r.min.x < view.min.x || r.max.x > view.max.x || r.min.y < view.min.y || r.max.y > view.max.y) continue;
        const long hits = std::count_if(discs.begin(), discs.end(), [&](const Disc& c) {
            return overlaps(r, {{c.c.x - c.r, c.c.y - c.r}, {c.c.x + c.r, c.c.y + c.r}});
        });
        if (best_hits < 0 || hits < best_hits) best = i, best_hits = hits;
    }
    return spots[best];
}

void draw_here(Ui& ui, ImVec2 p, Rect label) {
    const float em = ui.em;
    ui.dl->AddCircleFilled(p, 1.3f * em, IM_COL32(196, 38, 46, 45));
    ui.dl->AddCircle(p, 1.3f * em, IM_COL32(196, 38, 46, 120), 0, 0.06f * em);
    ui.dl->AddCircleFilled(p, 0.62f * em, IM_COL32_WHITE);
    ui.dl->AddCircleFilled(p, 0.45f * em, colour::kAccent);
    ui.dl->AddRectFilled(label.min, label.max, colour::kAccent, 0.3f * em);
    // A small pointer from the label towards the dot.
    const float k = 0.4f * em;
    if (label.max.y < p.y)
        ui.dl->AddTriangleFilled({p.x - k, label.max.y}, {p.x + k, label.max.y}, {p.x, label.max.y + k}, colour::kAccent);
    else if (label.min.y > p.y)
        ui.dl->AddTriangleFilled({p.x + k, label.min.y}, {p.x - k, label.min.y}, {p.x, label.min.y - k}, colour::kAccent);
    else if (label.min.x > p.x)
        ui.dl->AddTriangleFilled({label.min.x, p.y + k}, {label.min.x, p.y - k}, {label.min.x - k, p.y}, colour::kAccent);
    else
        ui.dl->AddTriangleFilled({label.max.x, p.y - k}, {label.max.x, p.y + k}, {label.max.x + k, p.y}, colour::kAccent);
    draw_text_centered(ui, ui.fonts.bold, label, IM_COL32_WHITE, ui.tr("map.here"));
}

// A "nice" scale-bar length (1, 2 or 5 times a power of ten metres) at most max_px long.
double nice_metres(double metres_per_px, double max_px) {
    const double max_m = metres_per_px * max_px;
    double unit = std::pow(10.0, std::floor(std::log10(max_m)));
    for (double f : {5.0, 2.0, 1.0})
        if (f * unit <= max_m) return f * unit;
    return unit;
}

std::string distance_label(double m) {
    char buf[32];
    if (m >= 1000)
        std::snprintf(buf, sizeof buf, "%g km", m / 1000);
    else
        std::snprintf(buf, sizeof buf, "%g m", m);
    return buf;
}

// The kinds that have pins, in the home screen's order: the legend's rows.
std::vector<std::string> legend_kinds(const Model& m) {
    std::vector<std::string> kinds;
    for (const char* k : {"site", "belfry", "event"})
        if (std::any_of(m.pins.begin(), m.pins.end(), [&](const Model::Pin& p) { return p.kind == k; })) kinds.push_back(k);
    return kinds;
}

struct LegendLayout {
    float pad, row, icon, scale_h, font_size;
};

LegendLayout legend_layout(const Ui& ui) {
    const float em = ui.em;
    return {0.7f * em, 1.5f * em, 1.6f * em, 1.4f * em, ui.fonts.body->FontSize * 0.9f};
}

// Where the key goes: bottom left of the map, sized to its longest line.
Rect legend_rect(const Ui& ui, const Model& m, Rect view) {
    const float em = ui.em;
    const LegendLayout l = legend_layout(ui);
    ImFont* f = ui.fonts.body;
    const auto kinds = legend_kinds(m);
    float w = f->CalcTextSizeA(l.font_size, FLT_MAX, 0, ui.tr("map.here").c_str()).x;
    for (const std::string& k : kinds) w = std::max(w, f->CalcTextSizeA(l.font_size, FLT_MAX, 0, ui.tr("kind." + k + ".plural").c_str()).x);
    w = std::max(w, 6.0f * em);  // room for the scale bar and its label
    const float cw = l.pad * 2 + l.icon + w, ch = l.pad * 2 + l.row * static_cast<float>(kinds.size() + 1) + l.scale_h;
    return {{view.min.x + 0.8f * em, view.max.y - 0.8f * em - ch}, {view.min.x + 0.8f * em + cw, view.max.y - 0.8f * em}};
}

// The key: one row per kind on the map, "you are here", and a scale bar.
void draw_legend(Ui& ui, const Model& m, const MapProjection& proj, Rect r) {
    const float em = ui.em;
    const LegendLayout l = legend_layout(ui);
    ImFont* f = ui.fonts.body;
    const float fs = l.font_size;
    ui.dl->AddRectFilled({r.min.x, r.min.y + 0.08f * em}, {r.max.x, r.max.y + 0.08f * em}, mapcol::kShadow, 0.5f * em);
    ui.dl->AddRectFilled(r.min, r.max, IM_COL32(255, 255, 255, 235), 0.5f * em);
    float y = r.min.y + l.pad;
    const float ix = r.min.x + l.pad + l.icon * 0.4f, tx = r.min.x + l.pad + l.icon;
    for (const std::string& k : legend_kinds(m)) {
        const ImVec2 c{ix, y + l.row / 2};
        ui.dl->AddCircleFilled(c, 0.5f * em, IM_COL32_WHITE);
        ui.dl->AddCircleFilled(c, 0.38f * em, kind_colour(k));
        ui.dl->AddText(f, fs, {tx, y + (l.row - fs) / 2}, colour::kText, ui.tr("kind." + k + ".plural").c_str());
        y += l.row;
    }
    const ImVec2 c{ix, y + l.row / 2};
    ui.dl->AddCircleFilled(c, 0.55f * em, IM_COL32(196, 38, 46, 60));
    ui.dl->AddCircleFilled(c, 0.36f * em, IM_COL32_WHITE);
    ui.dl->AddCircleFilled(c, 0.26f * em, colour::kAccent);
    ui.dl->AddText(f, fs, {tx, y + (l.row - fs) / 2}, colour::kText, ui.tr("map.here").c_str());
    y += l.row;

    // Scale bar: tells a visitor that Lille is a train ride away, not a walk.
    const double mpp = proj.metres_per_pixel();
    const double metres = nice_metres(mpp, r.w() - 2 * l.pad - 3.5f * em);
    const float len = static_cast<float>(metres / mpp);
    const float by = y + 0.7f * em, bx = r.min.x + l.pad;
    const float t = std::max(2.0f, 0.08f * em);
    ui.dl->AddLine({bx, by}, {bx + len, by}, colour::kText, t);
    ui.dl->AddLine({bx, by - 0.3f * em}, {bx, by + t / 2}, colour::kText, t);
    ui.dl->AddLine({bx + len, by - 0.3f * em}, {bx + len, by + t / 2}, colour::kText, t);
    ui.dl->AddText(f, fs, {bx + len + 0.4f * em, by - fs / 2 - 0.1f * em}, colour::kMuted, distance_label(metres).c_str());
}

// A square map control with a white face and a drawn symbol (the font has no minus sign).
template <class Symbol>
bool icon_button(Ui& ui, const std::string& name, Rect r, bool enabled, Symbol symbol) {
    const float em = ui.em;
    ui.dl->AddRectFilled({r.min.x, r.min.y + 0.08f * em}, {r.max.x, r.max.y + 0.08f * em}, mapcol::kShadow, 0.45f * em);
    const bool tapped = button(ui, name, r, "", colour::kCard, colour::kText);
    ui.dl->AddRect(r.min, r.max, colour::kCardBorder, 0.35f * em, 0, std::max(1.0f, 0.05f * em));
    symbol({(r.min.x + r.max.x) / 2, (r.min.y + r.max.y) / 2}, enabled ? colour::kHeader : colour::kCardBorder);
    return tapped && enabled;
}

void glide_to(LonLat target, double zoom) {
    g_motion.gliding = true;
    g_motion.target = target;
    g_motion.target_zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    g_motion.vx = g_motion.vy = 0;
}

}  // namespace

Intent draw_map(Ui& ui, const Model& m, ViewState& v, float dt) {
    Intent intent;
    v.visible_titles.clear();
    const Rect area = draw_header(ui, m, ui.tr("map.title"), true, intent);
    const float em = ui.em;
    dt = std::clamp(dt, 0.0f, 0.1f);  // the first frame after a long sleep must not jump

    const MapCache& cache = base_map(ui.assets_dir);
    const MapData* md = cache.ok ? &cache.data : nullptr;
    const GeoBox region = md ? md->region : kFallbackRegion;
    MapView& mv = v.map;
    if (!mv.initialised) {
        const LonLat c = region.centre();
        mv.center_lat = c.lat;
        mv.center_lon = c.lon;
        mv.zoom = 1;
        mv.initialised = true;
        g_motion = Motion{};
    }
    const float margin = 1.0f * em;
    auto projection = [&] {
        return MapProjection(region, {mv.center_lon, mv.center_lat}, mv.zoom, area.min.x, area.min.y, area.w(), area.h(), margin);
    };

    // Controls, bottom right: recentre above the zoom pair, in thumb reach on a totem.
    const float bs = 3.0f * em, gap = 0.4f * em;
    const Rect zoom_out{{area.max.x - 0.8f * em - bs, area.max.y - 2.0f * em - bs}, {area.max.x - 0.8f * em, area.max.y - 2.0f * em}};
    const Rect zoom_in{{zoom_out.min.x, zoom_out.min.y - gap - bs}, {zoom_out.max.x, zoom_out.min.y - gap}};
    const std::string& recentre_label = ui.tr("map.recenter");
    const float rw = ui.fonts.bold->CalcTextSizeA(ui.fonts.bold->FontSize, FLT_MAX, 0, recentre_label.c_str()).x + 3.2f * em;
    const Rect recentre{{zoom_in.max.x - rw, zoom_in.min.y - 1.2f * gap - bs}, {zoom_in.max.x, zoom_in.min.y - 1.2f * gap}};
    const Rect controls{{recentre.min.x, recentre.min.y}, {zoom_out.max.x, zoom_out.max.y}};
    const Rect legend = legend_rect(ui, m, area);

    // Pan: a drag that starts on the map (not on a control) moves it with the finger.
    const Touch& t = *ui.touch;
    const bool ours = area.contains(t.press_pos) && !controls.contains(t.press_pos);
    {
        const MapProjection p = projection();
        // The new centre is the point that was under (view centre - movement): the map follows
        // the finger exactly, whatever the projection.
        auto pan = [&](double dx, double dy) {
            const LonLat c = p.to_geo({(area.min.x + area.max.x) / 2.0 - dx, (area.min.y + area.max.y) / 2.0 - dy});
            mv.center_lon = c.lon;
            mv.center_lat = c.lat;
        };
        if (ours && (t.dragging || t.drag_released)) {
            pan(t.drag_delta.x, t.drag_delta.y);
            g_motion.gliding = false;
            g_motion.vx = g_motion.vy = 0;
            if (t.drag_released) g_motion.vx = t.release_velocity.x, g_motion.vy = t.release_velocity.y;
        } else if (ours && t.down) {
            g_motion.vx = g_motion.vy = 0;  // a finger on the map stops a glide
        } else if (g_motion.vx != 0 || g_motion.vy != 0) {
            pan(g_motion.vx * dt, g_motion.vy * dt);
            const float decay = std::exp(-4.0f * dt);
            g_motion.vx *= decay, g_motion.vy *= decay;
            if (std::hypot(g_motion.vx, g_motion.vy) < 20.0f) g_motion.vx = g_motion.vy = 0;
        }
    }
    if (g_motion.gliding) {
        // Exponential approach in log-zoom, so each doubling takes the same time.
        const double a = 1 - std::exp(-10.0 * dt);
        const double lz = std::log(mv.zoom), lt = std::log(g_motion.target_zoom);
        mv.zoom = std::exp(lz + (lt - lz) * a);
        mv.center_lon += (g_motion.target.lon - mv.center_lon) * a;
        mv.center_lat += (g_motion.target.lat - mv.center_lat) * a;
        if (std::fabs(lt - std::log(mv.zoom)) < 0.003 && std::fabs(g_motion.target.lon - mv.center_lon) < 1e-6 &&
            std::fabs(g_motion.target.lat - mv.center_lat) < 1e-6) {
            mv.zoom = g_motion.target_zoom;
            mv.center_lon = g_motion.target.lon;
            mv.center_lat = g_motion.target.lat;
            g_motion.gliding = false;
        }
    }
    // The centre stays over the region, so the visitor cannot lose the map off screen.
    mv.zoom = std::clamp(mv.zoom, kMinZoom, kMaxZoom);
    mv.center_lon = std::clamp(mv.center_lon, region.west, region.east);
    mv.center_lat = std::clamp(mv.center_lat, region.south, region.north);
    if (g_motion.gliding || g_motion.vx != 0 || g_motion.vy != 0) ui.wants_frame = true;

    const MapProjection proj = projection();
    ui.push_clip(area);
    if (md) {
        draw_base_map(ui, *md, proj, area, mv.zoom);
    } else {
        ui.dl->AddRectFilled(area.min, area.max, mapcol::kLand);
        draw_text_centered(ui, ui.fonts.body, {area.min, {area.max.x, area.min.y + 3 * em}}, colour::kMuted, ui.tr("map.unavailable"));
    }

    // Pins, grouped into bubbles where they would overlap; at the closest zoom, pins sharing a
    // spot (events at one venue) fan out around it instead, since zooming cannot part them.
    // Grouping at 2.4 em keeps bubbles (up to 2.7 em across with their rim) from piling up.
    const double cluster_radius = 2.4 * em;
    const std::vector<Cluster>& clusters = cluster_pins(m, proj, cluster_radius);
    const ScreenPoint origin = proj.to_screen({0, 0});
    const bool at_max = mv.zoom >= kMaxZoom * 0.999;
    std::vector<Marker> markers;
    for (const Cluster& c : clusters) {
        const ImVec2 p{static_cast<float>(c.wx + origin.x), static_cast<float>(c.wy + origin.y)};
        if (p.x < area.min.x - 3 * em || p.x > area.max.x + 3 * em || p.y < area.min.y - 3 * em || p.y > area.max.y + 3 * em)
            continue;
        if (c.members.size() == 1) {
            markers.push_back({p, nullptr, c.members[0], p, false});
        } else if (at_max) {
            // Neighbours on the ring 2 em apart: pins touch nothing, the nearest-target rule
            // picks between their overlapping targets.
            const float ring = std::max(1.8f * em, static_cast<float>(c.members.size()) * 2.0f * em / 6.2832f);
            for (size_t i = 0; i < c.members.size(); ++i) {
                const float a = 6.2832f * static_cast<float>(i) / static_cast<float>(c.members.size()) - 1.5708f;
                markers.push_back({{p.x + ring * std::cos(a), p.y + ring * std::sin(a)}, nullptr, c.members[i], p, true});
            }
        } else {
            markers.push_back({p, &c, 0, p, false});
        }
    }

    // Labels go where nothing else is: the controls, the legend, "you are here" and the pins
    // are placed first, and a town name that would touch one of them moves or stays out.
    std::vector<Disc> discs;
    for (const Marker& mk : markers) discs.push_back({mk.pos, (mk.cluster ? 1.3f : 0.8f) * em});
    const ImVec2 here = to_im(proj.to_screen({m.here_lon, m.here_lat}));
    const bool here_visible = area.contains({here.x, here.y});
    const Rect here_label = here_label_rect(ui, here, area, discs);
    // The data's credit, small in the bottom corner (GSHHG is LGPL: naming it is fair, not a duty).
    const std::string& credit = ui.tr("map.credit");
    const float credit_size = ui.fonts.body->FontSize * 0.6f;
    const ImVec2 credit_sz = ui.fonts.body->CalcTextSizeA(credit_size, FLT_MAX, 0, credit.c_str());
    const Rect credit_rect{{area.max.x - credit_sz.x - 0.5f * em, area.max.y - credit_sz.y - 0.4f * em},
                           {area.max.x - 0.5f * em, area.max.y - 0.4f * em}};
    Placer placer;
    placer.taken.push_back(controls);
    placer.taken.push_back(legend);
    placer.taken.push_back(credit_rect);
    if (here_visible) {
        placer.taken.push_back(here_label);
        placer.taken.push_back({{here.x - 0.7f * em, here.y - 0.7f * em}, {here.x + 0.7f * em, here.y + 0.7f * em}});
    }
    for (const Disc& d : discs) placer.taken.push_back({{d.c.x - d.r, d.c.y - d.r}, {d.c.x + d.r, d.c.y + d.r}});
    if (md) draw_labels(ui, *md, proj, area, mv.zoom, placer, discs);

    // Which marker a finger rests on, or tapped: the nearest whose target holds the point, so
    // overlapping targets never make two markers react.
    const float half = 1.3f * em;  // targets are 2.6 em square
    auto nearest = [&](Vec2 q) -> int {
        int best = -1;
        float best_d = 1e30f;
        for (size_t i = 0; i < markers.size(); ++i) {
            const float dx = std::fabs(markers[i].pos.x - q.x), dy = std::fabs(markers[i].pos.y - q.y);
            const float d = dx * dx + dy * dy;
            if (dx <= half && dy <= half && d < best_d) best_d = d, best = static_cast<int>(i);
        }
        return best;
    };
    // Pins under the legend or the controls are covered: a touch there is not for them.
    auto reachable = [&](Vec2 q) { return area.contains(q) && !controls.contains(q) && !legend.contains(q); };
    const int down_marker = t.down && !t.dragging && reachable(t.press_pos) ? nearest(t.press_pos) : -1;
    bool any_tapped = false;
    for (size_t i = 0; i < markers.size(); ++i) {
        const Marker& mk = markers[i];
        const Rect target{{mk.pos.x - half, mk.pos.y - half}, {mk.pos.x + half, mk.pos.y + half}};
        const std::string name = mk.cluster ? "cluster." + std::to_string(m.pins[mk.cluster->members[0]].id)
                                            : "pin." + std::to_string(m.pins[mk.pin].id);
        any_tapped |= ui.tap_target(name, target);
        const bool down = static_cast<int>(i) == down_marker;
        if (mk.fanned) {
            ui.dl->AddLine(mk.anchor, mk.pos, mapcol::kTown, std::max(1.0f, 0.06f * em));
            ui.dl->AddCircleFilled(mk.anchor, 0.2f * em, mapcol::kTown);
        }
        if (mk.cluster) {
            draw_bubble(ui, mk.pos, m, *mk.cluster, down);
        } else {
            draw_pin(ui, mk.pos, kind_colour(m.pins[mk.pin].kind), down);
        }
    }
    // "You are here" over the pins: it is what a visitor looks for first. Its halo is
    // translucent, and taps still reach the pins under it.
    if (here_visible) draw_here(ui, here, here_label);

    draw_legend(ui, m, proj, legend);
    if (md) halo_text(ui, ui.fonts.body, credit_size, credit_rect.min, colour::kMuted, credit);

    // Controls last: drawn over everything, and a tap on them never also hits a pin below.
    bool control_tapped = false;
    auto plus = [&](ImVec2 c, ImU32 col) {
        ui.dl->AddRectFilled({c.x - 0.6f * em, c.y - 0.1f * em}, {c.x + 0.6f * em, c.y + 0.1f * em}, col);
        ui.dl->AddRectFilled({c.x - 0.1f * em, c.y - 0.6f * em}, {c.x + 0.1f * em, c.y + 0.6f * em}, col);
    };
    auto minus = [&](ImVec2 c, ImU32 col) {
        ui.dl->AddRectFilled({c.x - 0.6f * em, c.y - 0.1f * em}, {c.x + 0.6f * em, c.y + 0.1f * em}, col);
    };
    const double zoom_goal = g_motion.gliding ? g_motion.target_zoom : mv.zoom;
    const LonLat centre_goal = g_motion.gliding ? g_motion.target : proj.centre();
    if (icon_button(ui, "map.zoom_in", zoom_in, zoom_goal < kMaxZoom, plus)) {
        glide_to(centre_goal, zoom_goal * 2);
        control_tapped = true;
    }
    if (icon_button(ui, "map.zoom_out", zoom_out, zoom_goal > kMinZoom, minus)) {
        glide_to(centre_goal, zoom_goal / 2);
        control_tapped = true;
    }
    {
        ui.dl->AddRectFilled({recentre.min.x, recentre.min.y + 0.08f * em}, {recentre.max.x, recentre.max.y + 0.08f * em},
                             mapcol::kShadow, 0.45f * em);
        const bool tapped = ui.tap_target("map.recenter", recentre);
        const bool down = ui.pressed(recentre);
        ui.dl->AddRectFilled(recentre.min, recentre.max, down ? colour::kPressed : colour::kCard, 0.35f * em);
        ui.dl->AddRect(recentre.min, recentre.max, colour::kCardBorder, 0.35f * em, 0, std::max(1.0f, 0.05f * em));
        // A crosshair, the usual "centre the map" sign, then the words.
        const ImVec2 c{recentre.min.x + 1.5f * em, (recentre.min.y + recentre.max.y) / 2};
        ui.dl->AddCircle(c, 0.5f * em, colour::kHeader, 0, 0.12f * em);
        ui.dl->AddCircleFilled(c, 0.18f * em, colour::kHeader);
        for (int i = 0; i < 4; ++i) {
            const float dx = i == 0 ? 1.f : i == 1 ? -1.f : 0.f, dy = i == 2 ? 1.f : i == 3 ? -1.f : 0.f;
            ui.dl->AddLine({c.x + dx * 0.5f * em, c.y + dy * 0.5f * em}, {c.x + dx * 0.8f * em, c.y + dy * 0.8f * em},
                           colour::kHeader, 0.12f * em);
        }
        ui.dl->AddText(ui.fonts.bold, ui.fonts.bold->FontSize, {recentre.min.x + 2.5f * em, c.y - ui.fonts.bold->FontSize / 2},
                       colour::kHeader, recentre_label.c_str());
        if (tapped) {
            glide_to(region.centre(), kMinZoom);
            control_tapped = true;
        }
    }
    ui.pop_clip();

    if (!control_tapped && any_tapped && t.tapped && reachable(t.tap_pos)) {
        const int hit = nearest(t.tap_pos);
        if (hit >= 0) {
            const Marker& mk = markers[static_cast<size_t>(hit)];
            if (!mk.cluster) {
                intent = OpenItem{m.pins[mk.pin].id};
            } else {
                // Zoom until the bubble's members stand apart (twice the grouping distance),
                // at least one step, at most the closest zoom where shared spots fan out.
                const double need = mk.cluster->spread > 0 ? 2 * cluster_radius / mk.cluster->spread : kMaxZoom;
                const double z = std::clamp(mv.zoom * std::max(2.0, need), kMinZoom, kMaxZoom);
                glide_to(proj.to_geo({mk.pos.x, mk.pos.y}), z);
            }
        }
    }
    if (g_motion.gliding) ui.wants_frame = true;
    return intent;
}

}  // namespace kiosk::app

// The map: coast, lakes, borders, rivers and towns from data shipped with the project (no
// network), a pin per item in its kind's colour, "you are here", drag to pan, buttons to zoom.
// Where things go (view motion, bubbles, labels, what a tap selects) is kiosk/session/map_layout;
// this file draws its results.
#include "app/screens.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/exonyms.h"
#include "core/map_data.h"
#include "session/map_layout.h"

namespace kiosk::app {

namespace {

using session::Box;
using session::LabelStyle;
using session::Point;

// Map colours: a pale land so pins and labels carry the contrast, a clear blue sea so the
// coast is the first shape a visitor recognises.
// "See on the map" opens at least this close: a town's streets, its neighbours apart.
constexpr double kFocusZoom = 8;

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

ImVec2 to_im(ScreenPoint p) { return {static_cast<float>(p.x), static_cast<float>(p.y)}; }
ImVec2 to_im(Point p) { return {p.x, p.y}; }
Rect to_rect(const Box& b) { return {to_im(b.min), to_im(b.max)}; }
Box to_box(const Rect& r) { return {{r.min.x, r.min.y}, {r.max.x, r.max.y}}; }
Point to_point(Vec2 v) { return {v.x, v.y}; }

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
    for (const MapPolygon& polygon : md.polygons) {
        // The copy simplified to within a pixel at this zoom (MapCoarse).
        const MapOutline outline = outline_at(polygon, proj.pixels_per_degree_lat());
        const std::vector<LonLat>& points = *outline.points;
        const std::vector<std::uint32_t>& triangles = *outline.triangles;
        pts.resize(points.size());
        for (size_t i = 0; i < pts.size(); ++i) pts[i] = to_im(proj.to_screen(points[i]));
        const ImU32 col = polygon.lake ? mapcol::kSea : mapcol::kLand;
        // In batches, so one draw command never needs more than 16-bit indices can address.
        constexpr size_t kBatch = 3 * 8000;
        for (size_t start = 0; start < triangles.size(); start += kBatch) {
            const size_t end = std::min(triangles.size(), start + kBatch);
            size_t visible = 0;
            auto culled = [&](size_t t) {
                const ImVec2 a = pts[triangles[t]], b = pts[triangles[t + 1]], c = pts[triangles[t + 2]];
                return std::max({a.x, b.x, c.x}) < view.min.x || std::min({a.x, b.x, c.x}) > view.max.x ||
                       std::max({a.y, b.y, c.y}) < view.min.y || std::min({a.y, b.y, c.y}) > view.max.y;
            };
            for (size_t t = start; t < end; t += 3) visible += !culled(t);
            if (visible == 0) continue;
            ui.dl->PrimReserve(static_cast<int>(visible * 3), static_cast<int>(visible * 3));
            for (size_t t = start; t < end; t += 3) {
                if (culled(t)) continue;
                for (size_t k = 0; k < 3; ++k) ui.dl->PrimVtx(pts[triangles[t + k]], uv, col);
            }
        }
    }
}

// Strokes a line, drawing only the runs that cross the view: at high zoom most of a coast is
// off screen, and ImGui would otherwise build geometry for all of it. The line is the copy
// simplified for this zoom, and points still closer than kMinStepPx to the last one kept are
// skipped (the whole region on screen put a dozen of the coast's points in a pixel, each a quad
// for software GL to transform), and the width is a whole number of pixels, which lets ImGui
// draw the anti-aliased line from its baked texture: 2 vertices a point instead of 4.
void stroke_line(Ui& ui, const MapLine& line, const MapProjection& proj, Rect view, ImU32 col, float width) {
    constexpr float kMinStepPx = 0.75f;
    // The copy simplified to within a pixel at this zoom (MapCoarse).
    const std::vector<LonLat>& points = outline_at(line, proj.pixels_per_degree_lat());
    if (points.size() < 2) return;
    width = std::max(1.0f, std::round(width));
    std::vector<ImVec2> run;
    const float pad = width + 2;
    ImVec2 prev = to_im(proj.to_screen(points[0]));
    bool skipped = false;  // prev was left out of the run for being too close to its last point
    auto flush = [&] {
        if (skipped) run.push_back(prev);
        skipped = false;
        if (run.size() >= 2) ui.dl->AddPolyline(run.data(), static_cast<int>(run.size()), col, ImDrawFlags_None, width);
        run.clear();
    };
    for (size_t i = 1; i < points.size(); ++i) {
        const ImVec2 p = to_im(proj.to_screen(points[i]));
        const bool in = std::max(p.x, prev.x) >= view.min.x - pad && std::min(p.x, prev.x) <= view.max.x + pad &&
                        std::max(p.y, prev.y) >= view.min.y - pad && std::min(p.y, prev.y) <= view.max.y + pad;
        if (in) {
            if (run.empty()) run.push_back(prev);
            const ImVec2 last = run.back();
            const float dx = p.x - last.x, dy = p.y - last.y;
            skipped = dx * dx + dy * dy < kMinStepPx * kMinStepPx;
            if (!skipped) run.push_back(p);
        } else {
            flush();
        }
        prev = p;
    }
    flush();
}

}  // namespace

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

namespace {

// The map's land, sea and lines through the off-screen layer (offscreen.h). At rest they are
// drawn into it once for the view, plus half a view of margin all round, and shown as one
// textured quad; while the map glides or follows a finger the quad is moved and scaled to the
// current view (land and lines scale with it for a moment) as long as the layer covers the
// view, and the next rest draws them anew. The view's own part is drawn on the first frame at
// rest (what drawing them directly costs), each margin on one of the four frames after it, so
// no frame pays for the whole layer. At rest the quad is pixel for pixel what drawing directly
// gives: the layer's origin is a whole pixel and the same geometry lands on the same pixels.
// Without a layer (no framebuffer objects) the base is drawn directly, as before.
void draw_base_layer(Ui& ui, MapBaseLayer& L, const MapData& md, const MapProjection& proj, const MapView& mv, Rect area,
                     double detail, bool moving) {
    OffscreenLayer* layer = ui.layer;
    const float mx = std::ceil(area.w() * 0.5f), my = std::ceil(area.h() * 0.5f);
    const int lw = static_cast<int>(std::ceil(area.w()) + 2 * mx), lh = static_cast<int>(std::ceil(area.h()) + 2 * my);
    // Making the layer (30 MB of zeroed memory under software GL) and drawing it first cost
    // 25 ms: not in the frame a tap opened the map with, nor while it moves. The first frame
    // at rest without it draws directly and asks for the next one, which makes it.
    const bool made = layer && layer->width() == lw && layer->height() == lh;
    if (layer && !made && !moving && !L.make_next) {
        L.make_next = true;
        ui.wants_frame = true;
    } else if (layer && !made && !moving) {
        L.make_next = false;
        if (!layer->resize(lw, lh)) layer = nullptr;
    }
    if (!layer || layer->width() != lw || layer->height() != lh) {
        draw_base_map(ui, md, proj, area, detail);
        return;
    }
    const bool same_setup = L.parts > 0 && L.generation == layer->generation() && L.base == &md && L.em == ui.em &&
                            L.high_contrast == ui.high_contrast && L.area.min.x == area.min.x &&
                            L.area.min.y == area.min.y && L.area.max.x == area.max.x && L.area.max.y == area.max.y;
    auto show = [&](Rect at) {
        ui.dl->AddImage(layer->texture(), at.min, at.max, {0, 1}, {1, 0});  // GL rows run bottom-up
    };
    if (moving) {
        if (same_setup) {
            // The layer as drawn (view L.zoom, L.lat, L.lon), placed in this frame's projection.
            MapView drawn = mv;
            drawn.zoom = L.zoom;
            drawn.center_lat = L.lat;
            drawn.center_lon = L.lon;
            const MapProjection then = session::project(mv.region, drawn, to_box(L.area), session::kMarginEm * L.em);
            auto placed = [&](ImVec2 a, ImVec2 b) {
                const ScreenPoint p = proj.to_screen(then.to_geo({L.origin.x + a.x, L.origin.y + a.y}));
                const ScreenPoint q = proj.to_screen(then.to_geo({L.origin.x + b.x, L.origin.y + b.y}));
                return Rect{{static_cast<float>(p.x), static_cast<float>(p.y)}, {static_cast<float>(q.x), static_cast<float>(q.y)}};
            };
            const Rect whole = placed({0, 0}, {static_cast<float>(lw), static_cast<float>(lh)});
            // Shown only where what is drawn of it covers the whole view: the margins count once
            // all are drawn (the rest of the quad then falls outside the view's clip).
            const Rect covered = L.parts >= 5 ? whole : placed(L.inner_min, L.inner_max);
            if (covered.min.x <= area.min.x && covered.min.y <= area.min.y && covered.max.x >= area.max.x &&
                covered.max.y >= area.max.y) {
                show(whole);
                return;
            }
        }
        draw_base_map(ui, md, proj, area, detail);
        return;
    }
    const bool same_view = same_setup && L.zoom == mv.zoom && L.lat == mv.center_lat && L.lon == mv.center_lon;
    if (!same_view) {
        L = MapBaseLayer{};  // make_next is false again: the layer is made
        L.generation = layer->generation();
        L.base = &md;
        L.em = ui.em;
        L.high_contrast = ui.high_contrast;
        L.area = area;
        L.zoom = mv.zoom;
        L.lat = mv.center_lat;
        L.lon = mv.center_lon;
        L.origin = {std::floor(area.min.x) - mx, std::floor(area.min.y) - my};
        L.inner_min = {mx, my};
        L.inner_max = {mx + std::ceil(area.w()) + 1, my + std::ceil(area.h()) + 1};
    }
    if (L.parts < 5) {
        const float w = static_cast<float>(lw), h = static_cast<float>(lh);
        const Rect parts[5] = {{L.inner_min, L.inner_max},
                               {{0, 0}, {w, L.inner_min.y}},
                               {{0, L.inner_max.y}, {w, h}},
                               {{0, L.inner_min.y}, {L.inner_min.x, L.inner_max.y}},
                               {{L.inner_max.x, L.inner_min.y}, {w, L.inner_max.y}}};
        const Rect part = parts[L.parts];
        const Rect on_screen{{part.min.x + L.origin.x, part.min.y + L.origin.y},
                             {part.max.x + L.origin.x, part.max.y + L.origin.y}};
        ImDrawList list(ImGui::GetDrawListSharedData());
        list._ResetForNewFrame();
        list.PushTextureID(ImGui::GetIO().Fonts->TexID);
        list.PushClipRect(on_screen.min, on_screen.max);
        ImDrawList* shown = ui.dl;
        ui.dl = &list;
        draw_base_map(ui, md, proj, on_screen, detail);
        ui.dl = shown;
        // Into the layer's own pixels: a whole-pixel shift, so every edge falls where it would on screen.
        shift_draw_list(list, {-L.origin.x, -L.origin.y});
        layer->render(list);
        ++L.parts;
        if (L.parts < 5) ui.wants_frame = true;  // the next margin on the next frame
    }
    show({L.origin, {L.origin.x + static_cast<float>(lw), L.origin.y + static_cast<float>(lh)}});
}

}  // namespace

namespace {

// The font and size each kind of label is set in.
struct Type {
    ImFont* font;
    float size;
};

Type label_type(const Ui& ui, LabelStyle s) {
    switch (s) {
        case LabelStyle::Town1: return {ui.fonts.bold, ui.fonts.bold->FontSize};
        case LabelStyle::Town2: return {ui.fonts.body, ui.fonts.body->FontSize * 0.92f};
        case LabelStyle::TownSmall: return {ui.fonts.body, ui.fonts.body->FontSize * 0.85f};
        case LabelStyle::Sea: return {ui.fonts.bold, ui.fonts.bold->FontSize};
        case LabelStyle::Country: return {ui.fonts.bold, ui.fonts.bold->FontSize * 1.15f};
    }
    return {ui.fonts.body, ui.fonts.body->FontSize};
}

session::LabelText label_text(const Ui& ui) {
    return {[&ui](LabelStyle s, const std::string& text) {
                const Type t = label_type(ui, s);
                const ImVec2 sz = t.font->CalcTextSizeA(t.size, FLT_MAX, 0, text.c_str());
                return Point{sz.x, sz.y};
            },
            [&ui](const std::string& key) { return ui.tr(key); },
            [&ui](const MapTown& t) { return town_name(t.name, ui.lang, &t.pos); }};
}

// Seas and countries first: wide, pale, behind the towns.
void draw_labels(Ui& ui, const std::vector<session::PlacedLabel>& labels) {
    const float em = ui.em;
    for (const session::PlacedLabel& l : labels) {
        const Type t = label_type(ui, l.style);
        if (l.style == LabelStyle::Sea)
            ui.dl->AddText(t.font, t.size, to_im(l.at), mapcol::kSeaText, l.text.c_str());
        else if (l.style == LabelStyle::Country)
            halo_text(ui, t.font, t.size, to_im(l.at), mapcol::kCountryText, l.text);
    }
    for (const session::PlacedLabel& l : labels) {
        if (l.style == LabelStyle::Sea || l.style == LabelStyle::Country) continue;
        const Type t = label_type(ui, l.style);
        if (l.dot) {
            draw_disc(ui, to_im(l.dot_at), 0.24f * em, IM_COL32_WHITE);
            draw_disc(ui, to_im(l.dot_at), 0.15f * em, mapcol::kTown);
        }
        halo_text(ui, t.font, t.size, to_im(l.at), mapcol::kTown, l.text);
    }
}

void draw_pin(Ui& ui, ImVec2 p, ImU32 fill, bool down) {
    const float em = ui.em;
    const float r = (down ? 0.8f : 0.65f) * em;  // 1.3 em across: visible from a step back
    draw_disc(ui, {p.x, p.y + 0.08f * em}, r + 0.16f * em, mapcol::kShadow);
    draw_disc(ui, p, r + 0.14f * em, down ? colour::kPressed : IM_COL32_WHITE);
    draw_disc(ui, p, r, fill);
    draw_disc(ui, p, 0.2f * em, IM_COL32(255, 255, 255, 200));
}

// A bubble for several pins: the count inside, and a rim split in the kinds' colours in
// proportion, so a cluster of belfries reads differently from a cluster of events.
void draw_bubble(Ui& ui, ImVec2 p, const session::ClusterSet& set, size_t ci, bool down) {
    const float em = ui.em;
    const size_t count = set.clusters[ci].members.size();
    const float r = std::min(1.35f, 0.85f + 0.12f * std::log2(static_cast<float>(count))) * em * (down ? 1.12f : 1.0f);
    draw_disc(ui, {p.x, p.y + 0.08f * em}, r + 0.18f * em, mapcol::kShadow);
    draw_disc(ui, p, r + 0.16f * em, down ? colour::kPressed : IM_COL32_WHITE);
    // Kinds sharing a colour share an arc (worked out with the clusters, not each frame).
    const session::Arc* arcs = set.arcs.data() + set.arc_begin[ci];
    const size_t n_arcs = set.arc_begin[ci + 1] - set.arc_begin[ci];
    if (n_arcs == 1) {
        draw_disc(ui, p, r, arcs[0].colour);
    } else {
        // The rim: the disc cut in slices of the kinds' colours, then the middle covered with
        // the mixed colour, leaving a ring a whole number of pixels wide.
        const float ring = std::max(1.0f, std::round(0.22f * em));
        float a = -1.5708f;
        for (size_t i = 0; i < n_arcs; ++i) {
            const float span = 6.2832f * static_cast<float>(arcs[i].count) / static_cast<float>(count);
            draw_wedge(ui, p, r, a, i + 1 == n_arcs ? 4.7124f : a + span, arcs[i].colour);
            a += span;
        }
        draw_disc(ui, p, r - ring, mapcol::kMixedCluster);
    }
    const std::string n = std::to_string(count);
    draw_text_centered(ui, ui.fonts.bold, {{p.x - r, p.y - r}, {p.x + r, p.y + r}}, IM_COL32_WHITE, n);
}

}  // namespace

// The dot and its halo (drawn under the pins: the halo still shows around a pin on the spot).
void draw_here_dot(Ui& ui, ImVec2 p) {
    const float em = ui.em;
    draw_disc(ui, p, 1.3f * em, IM_COL32(196, 38, 46, 45));
    ui.dl->AddCircle(p, 1.3f * em, IM_COL32(196, 38, 46, 120), 0, 0.06f * em);
    draw_disc(ui, p, 0.62f * em, IM_COL32_WHITE);
    draw_disc(ui, p, 0.45f * em, colour::kAccent);
}

namespace {

// The "you are here" label with a pointer towards the dot.
void draw_here_label(Ui& ui, ImVec2 p, Rect label) {
    const float em = ui.em;
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
    draw_text_centered(ui, ui.fonts.bold, label, colour::kOnAccent, ui.tr("map.here"));
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

}  // namespace

void draw_scale_bar(Ui& ui, const MapProjection& proj, ImVec2 at, float max_w, float font_size) {
    const float em = ui.em;
    const double mpp = proj.metres_per_pixel();
    const double metres = nice_metres(mpp, max_w - 3.5f * em);
    const float len = static_cast<float>(metres / mpp);
    const float by = at.y, bx = at.x;
    const float t = std::max(2.0f, 0.08f * em);
    ui.dl->AddLine({bx, by}, {bx + len, by}, colour::kText, t);
    ui.dl->AddLine({bx, by - 0.3f * em}, {bx, by + t / 2}, colour::kText, t);
    ui.dl->AddLine({bx + len, by - 0.3f * em}, {bx + len, by + t / 2}, colour::kText, t);
    ui.dl->AddText(ui.fonts.body, font_size, {bx + len + 0.4f * em, by - font_size / 2 - 0.1f * em}, colour::kMuted,
                   distance_label(metres).c_str());
}

namespace {

struct LegendLayout {
    float pad, row, icon, scale_h, font_size;
};

LegendLayout legend_layout(const Ui& ui) {
    const float em = ui.em;
    return {0.7f * em, 1.5f * em, 1.6f * em, 1.4f * em, ui.fonts.body->FontSize * 0.9f};
}

// Where the key goes: bottom left of the map, sized to its longest line.
Rect legend_rect(const Ui& ui, const Model& m, const std::vector<std::string>& kinds, Rect view) {
    const float em = ui.em;
    const LegendLayout l = legend_layout(ui);
    ImFont* f = ui.fonts.body;
    float w = m.here_near ? f->CalcTextSizeA(l.font_size, FLT_MAX, 0, ui.tr("map.here").c_str()).x : 0;
    for (const std::string& k : kinds) w = std::max(w, f->CalcTextSizeA(l.font_size, FLT_MAX, 0, ui.tr("kind." + k + ".plural").c_str()).x);
    w = std::max(w, 6.0f * em);  // room for the scale bar and its label
    const size_t rows = kinds.size() + (m.here_near ? 1 : 0);
    const float cw = l.pad * 2 + l.icon + w, ch = l.pad * 2 + l.row * static_cast<float>(rows) + l.scale_h;
    return {{view.min.x + 0.8f * em, view.max.y - 0.8f * em - ch}, {view.min.x + 0.8f * em + cw, view.max.y - 0.8f * em}};
}

// The key: one row per kind on the map, "you are here", and a scale bar.
void draw_legend(Ui& ui, const Model& m, const std::vector<std::string>& kinds, const MapProjection& proj, Rect r) {
    const float em = ui.em;
    const LegendLayout l = legend_layout(ui);
    ImFont* f = ui.fonts.body;
    const float fs = l.font_size;
    ui.dl->AddRectFilled({r.min.x, r.min.y + 0.08f * em}, {r.max.x, r.max.y + 0.08f * em}, mapcol::kShadow, 0.5f * em);
    ui.dl->AddRectFilled(r.min, r.max, with_alpha(colour::kCard, 235), 0.5f * em);
    if (ui.high_contrast) ui.dl->AddRect(r.min, r.max, colour::kCardBorder, 0.5f * em, 0, 0.08f * em);
    float y = r.min.y + l.pad;
    const float ix = r.min.x + l.pad + l.icon * 0.4f, tx = r.min.x + l.pad + l.icon;
    for (const std::string& k : kinds) {
        const ImVec2 c{ix, y + l.row / 2};
        draw_disc(ui, c, 0.5f * em, IM_COL32_WHITE);
        draw_disc(ui, c, 0.38f * em, kind_colour(k));
        ui.dl->AddText(f, fs, {tx, y + (l.row - fs) / 2}, colour::kText, ui.tr("kind." + k + ".plural").c_str());
        y += l.row;
    }
    if (m.here_near) {  // a kiosk far from the region is not on its map
        const ImVec2 c{ix, y + l.row / 2};
        draw_disc(ui, c, 0.55f * em, IM_COL32(196, 38, 46, 60));
        draw_disc(ui, c, 0.36f * em, IM_COL32_WHITE);
        draw_disc(ui, c, 0.26f * em, colour::kAccent);
        ui.dl->AddText(f, fs, {tx, y + (l.row - fs) / 2}, colour::kText, ui.tr("map.here").c_str());
        y += l.row;
    }

    // Scale bar: tells a visitor that Lille is a train ride away, not a walk.
    draw_scale_bar(ui, proj, {r.min.x + l.pad, y + 0.7f * em}, r.w() - 2 * l.pad, fs);
}

// A square map control with a white face and a drawn symbol (the font has no minus sign).
template <class Symbol>
bool icon_button(Ui& ui, const std::string& name, Rect r, bool enabled, Symbol symbol) {
    const float em = ui.em;
    ui.dl->AddRectFilled({r.min.x, r.min.y + 0.08f * em}, {r.max.x, r.max.y + 0.08f * em}, mapcol::kShadow, 0.45f * em);
    const bool tapped = button(ui, name, r, "", colour::kCard, colour::kText);
    ui.dl->AddRect(r.min, r.max, colour::kCardBorder, 0.35f * em, 0, std::max(1.0f, 0.05f * em));
    symbol({(r.min.x + r.max.x) / 2, (r.min.y + r.max.y) / 2}, enabled ? colour::kHeading : colour::kCardBorder);
    return tapped && enabled;
}


// --- The preview: what a tap on a pin or a bubble shows before the card ---------------------------

// The pins the preview shows, in its order, and the screen point it points at (their mean).
struct PreviewPins {
    std::vector<const Model::Pin*> pins;
    LonLat at;
};

PreviewPins preview_pins(const Model& m, const session::ClusterCache& cache, const std::vector<std::int64_t>& ids) {
    PreviewPins out;
    double lat = 0, lon = 0;
    for (std::int64_t id : ids) {
        const std::ptrdiff_t i = cache.find(id);
        if (i < 0 || !m.card_of(id)) continue;  // gone with a new pack
        const auto it = m.pins.begin() + i;
        out.pins.push_back(&*it);
        lat += it->lat, lon += it->lon;
    }
    if (!out.pins.empty()) out.at = {lon / static_cast<double>(out.pins.size()), lat / static_cast<double>(out.pins.size())};
    return out;
}

// The lines under a preview's title: kind and town, then the open status or the next dates,
// then the distance when the kiosk knows where it stands. Colours beside them.
struct PreviewLine {
    ImFont* font;
    ImU32 col;
    std::string text;
};

std::vector<PreviewLine> preview_lines(const Ui& ui, const Model& m, const Model::Pin& p, bool with_distance) {
    const Card& c = *m.card_of(p.id);
    std::vector<PreviewLine> lines;
    const LonLat at{p.lon, p.lat};
    std::string sub = ui.tr("kind." + c.kind + ".one");
    if (!c.town.empty()) sub += " · " + card_town(ui, c.town, &at);
    lines.push_back({ui.fonts.body, colour::kMuted, sub});
    if (!c.next_start.empty()) {
        lines.push_back({ui.fonts.bold, colour::kEventText, card_dates(ui, c, m.now.date)});
    } else if (const OpenStatus* o = m.open_of(p.id)) {
        ImU32 col = colour::kMuted;
        std::string line = open_line(ui, *o, m.now, &col);
        if (!line.empty()) lines.push_back({ui.fonts.bold, col, std::move(line)});
    }
    if (with_distance && m.here_near)
        lines.push_back({ui.fonts.body, colour::kText, distance_line(ui, distance_m(m.here_lat, m.here_lon, p.lat, p.lon), false)});
    return lines;
}

// Height of one item's text block at width w: title (up to three lines), its lines, and for a
// single item the "see details" link.
float preview_text_height(const Ui& ui, const Card& c, const std::vector<PreviewLine>& lines, float w, bool link) {
    const float em = ui.em;
    float h = std::min(text_height(ui.fonts.bold, w, c.title.value), 3 * ui.fonts.bold->FontSize) + 0.2f * em;
    if (!ui.strings->fallback_marker(ui.lang, c.title.lang).empty()) h += 1.2f * em;  // "text in French"
    for (const PreviewLine& l : lines) h += text_height(l.font, w, l.text) + 0.1f * em;
    if (link) h += 0.3f * em + ui.fonts.bold->FontSize;
    return h;
}

// One item: thumbnail on the left (when it has one), the text beside it. Returns the height used.
float draw_preview_item(Ui& ui, const Model& m, const Model::Pin& p, ImVec2 at, float w, bool single) {
    const float em = ui.em;
    const Card& c = *m.card_of(p.id);
    const float thumb_w = c.thumb_media ? std::min(single ? 7.0f * em : 4.5f * em, 0.32f * w) : 0;
    const float tx = at.x + (thumb_w > 0 ? thumb_w + 0.7f * em : 0), tw = at.x + w - tx;
    const auto lines = preview_lines(ui, m, p, single);
    const float text_h = preview_text_height(ui, c, lines, tw, single);
    if (thumb_w > 0) {
        const float th = thumb_w * 2 / 3;  // thumbnails are 3:2
        draw_picture(ui, ui.textures->thumbnail(c.thumb_media), {at, {at.x + thumb_w, at.y + th}}, 0.3f * em);
        ui.dl->AddRectFilled({at.x, at.y + th}, {at.x + thumb_w, at.y + th + 0.2f * em}, kind_colour(c.kind));
    }
    float y = at.y;
    y += draw_text_lines(ui, ui.fonts.bold, {tx, y}, colour::kText, c.title.value, tw, 3) + 0.2f * em;
    // A title not in the visitor's language says so, as on the list and the card.
    if (draw_language_marker(ui, {tx, y}, c.title.lang) > 0) y += 1.2f * em;
    for (const PreviewLine& l : lines) y += draw_text(ui, l.font, {tx, y}, l.col, l.text, tw) + 0.1f * em;
    if (single) {
        y += 0.3f * em;
        draw_text(ui, ui.fonts.bold, {tx, y}, colour::kHeading, ui.tr("map.preview.open") + " ›");
    }
    return std::max(text_h, thumb_w > 0 ? thumb_w * 2 / 3 + 0.2f * em : 0.0f);
}

// How tall a preview's content is at width w (inside its padding).
float preview_content_height(const Ui& ui, const Model& m, const PreviewPins& pp, float w) {
    const float em = ui.em;
    if (pp.pins.size() == 1) {
        const Model::Pin& p = *pp.pins[0];
        const Card& c = *m.card_of(p.id);
        const float thumb_w = c.thumb_media ? std::min(7.0f * em, 0.32f * w) : 0;
        const float tw = w - (thumb_w > 0 ? thumb_w + 0.7f * em : 0);
        return std::max(preview_text_height(ui, c, preview_lines(ui, m, p, true), tw, true), thumb_w * 2 / 3 + 0.2f * em);
    }
    float h = 3.0f * em + 0.6f * em;  // the heading row with the zoom button
    for (const Model::Pin* p : pp.pins) {
        const Card& c = *m.card_of(p->id);
        const float thumb_w = c.thumb_media ? std::min(4.5f * em, 0.32f * w) : 0;
        const float tw = w - (thumb_w > 0 ? thumb_w + 0.7f * em : 0);
        h += std::max(preview_text_height(ui, c, preview_lines(ui, m, *p, false), tw, false), thumb_w * 2 / 3 + 0.2f * em) +
             1.2f * em;
    }
    return h;
}

// The preview card in r: one item (tapping anywhere opens it), or a bubble's items as a list
// (each row opens its item; a button zooms in instead). Returns the intent and whether the
// zoom button was tapped.
Intent draw_preview(Ui& ui, const Model& m, ViewState& v, const PreviewPins& pp, Rect r, float dt, bool& zoom) {
    const float em = ui.em, pad = 0.8f * em;
    Intent intent;
    ui.dl->AddRectFilled({r.min.x, r.min.y + 0.12f * em}, {r.max.x, r.max.y + 0.12f * em}, mapcol::kShadow, 0.6f * em);
    const bool single = pp.pins.size() == 1;
    const bool down = single && ui.pressed(r);
    ui.dl->AddRectFilled(r.min, r.max, down ? colour::kPressed : colour::kCard, 0.6f * em);
    ui.dl->AddRect(r.min, r.max, colour::kCardBorder, 0.6f * em, 0, std::max(1.0f, 0.06f * em));
    const bool tapped_card = ui.tap_target("map.preview", r);
    const float w = r.w() - 2 * pad;
    const Rect inner{{r.min.x + pad * 0.5f, r.min.y + pad * 0.5f}, {r.max.x - pad * 0.5f, r.max.y - pad * 0.5f}};
    v.map_preview_scroll.content = preview_content_height(ui, m, pp, w) + pad;
    update_scroll(ui, v.map_preview_scroll, inner, dt);
    ui.push_clip(inner);
    float y = r.min.y + pad - v.map_preview_scroll.offset;
    if (single) {
        draw_preview_item(ui, m, *pp.pins[0], {r.min.x + pad, y}, w, true);
        if (tapped_card) intent = OpenItem{pp.pins[0]->id};
    } else {
        // Heading: how many, and a button to zoom in on them instead.
        const std::string& zl = ui.tr("map.preview.zoom");
        const float zw = std::min(w * 0.5f, ui.fonts.bold->CalcTextSizeA(ui.fonts.bold->FontSize, FLT_MAX, 0, zl.c_str()).x + 2.0f * em);
        const Rect zr{{r.min.x + pad + w - zw, y}, {r.min.x + pad + w, y + 2.8f * em}};
        draw_text(ui, ui.fonts.bold, {r.min.x + pad, y + 1.4f * em - ui.fonts.bold->FontSize / 2}, colour::kText,
                  ui.count("map.preview.places", static_cast<long long>(pp.pins.size())), w - zw - 0.5f * em);
        if (button(ui, "map.preview.zoom", zr, zl, colour::kHeader, colour::kOnHeader, ui.fonts.bold)) zoom = true;
        y += 3.0f * em + 0.6f * em;
        for (const Model::Pin* p : pp.pins) {
            const float top = y;
            // Measure first, so the row's target covers it all.
            const Card& c = *m.card_of(p->id);
            const float thumb_w = c.thumb_media ? std::min(4.5f * em, 0.32f * w) : 0;
            const float tw = w - (thumb_w > 0 ? thumb_w + 0.7f * em : 0);
            const float h = std::max(preview_text_height(ui, c, preview_lines(ui, m, *p, false), tw, false), thumb_w * 2 / 3 + 0.2f * em);
            const Rect row{{r.min.x + pad * 0.5f, top - 0.5f * em}, {r.max.x - pad * 0.5f, top + h + 0.5f * em}};
            if (row.max.y >= inner.min.y && row.min.y <= inner.max.y) {
                if (ui.pressed(row)) ui.dl->AddRectFilled(row.min, row.max, colour::kPressed, 0.4f * em);
                if (ui.tap_target("map.preview." + std::to_string(p->id), row) && !zoom) intent = OpenItem{p->id};
                draw_preview_item(ui, m, *p, {r.min.x + pad, top}, w, false);
            }
            y = top + h + 1.2f * em;
            ui.dl->AddLine({r.min.x + pad, y - 0.6f * em}, {r.max.x - pad, y - 0.6f * em}, colour::kCardBorder, std::max(1.0f, 0.05f * em));
        }
    }
    ui.pop_clip();
    return intent;
}

}  // namespace

Intent draw_map(Ui& ui, const Model& m, ViewState& v, float dt, const MapData* base, const GeoBox& region) {
    Intent intent;
    v.visible_titles.clear();
    const Rect area = draw_header(ui, ui.tr("map.title"));
    const float em = ui.em;
    dt = std::clamp(dt, 0.0f, 0.1f);  // the first frame after a long sleep must not jump

    MapView& mv = v.map;
    const bool same_region = mv.region.west == region.west && mv.region.east == region.east &&
                             mv.region.south == region.south && mv.region.north == region.north;
    if (!mv.initialised || !same_region) session::reset_view(mv, region);
    const float margin = session::kMarginEm * em;
    const double radius = session::kClusterRadiusEm * em;
    // The pins' kinds, colours, legend and index are read once per generation of the pins.
    session::ClusterCache& cache = v.map_clusters;
    cache.update(m.pins, m.pins_generation, [](const std::string& kind) { return static_cast<std::uint32_t>(kind_colour(kind)); });
    // "See on the map": the item in the middle, close enough to stand apart from its
    // neighbours, its preview open at once (the clamp may keep an item near the edge off
    // centre). The map glides there from where it was, to kFocusZoom or closer, then on by
    // doublings while the item is still inside a bubble: the first zoom where it is a pin of
    // its own (at the closest zoom, items sharing its spot fan out around it). Why a glide and
    // not a jump: finding that zoom groups all the pins at each zoom tried, 30 ms a zoom at
    // 50,000 pins, 155 ms in all for the tap's frame; gliding, each frame groups a slice of the
    // zoom it heads for (ClusterCache::for_view) and only the frames at rest look at the result.
    if (v.map_focus != 0) {
        const std::ptrdiff_t found = cache.find(v.map_focus);
        if (found >= 0) {
            const auto it = m.pins.begin() + found;
            session::glide_to(mv, {it->lon, it->lat}, std::max(mv.zoom, kFocusZoom));
            v.map_focusing = it->id;
            v.map_preview = {it->id};
            v.map_preview_scroll = {};
        }
        v.map_focus = 0;
    }
    if (v.map_focusing != 0 && ui.touch->down) v.map_focusing = 0;  // the visitor takes the map over
    // At rest, the clusters of the exact zoom once they are kept: at 50,000 pins they may take a
    // few frames (ClusterCache::pending), and a frame in between must not conclude that the item
    // stands in no cluster of its own.
    if (v.map_focusing != 0 && !mv.gliding) {
        const std::ptrdiff_t found = cache.find(v.map_focusing);
        bool done = found < 0 || mv.zoom >= session::kMaxZoom;
        const session::ClusterSet* at = done ? nullptr : cache.kept_at(region, mv, to_box(area), margin, radius);
        if (!done && at) {
            const size_t index = static_cast<size_t>(found);
            const auto& groups = at->clusters;
            done = std::any_of(groups.begin(), groups.end(), [&](const session::Cluster& c) {
                return c.members.size() == 1 && c.members[0] == index;
            });
            if (!done) {
                const auto it = m.pins.begin() + found;
                session::glide_to(mv, {it->lon, it->lat}, std::min(session::kMaxZoom, mv.zoom * 2));
            }
        }
        if (done) v.map_focusing = 0;
    }
    if (v.map_focusing != 0) ui.wants_frame = true;

    // Controls, bottom right: recentre above the zoom pair, in thumb reach on a totem.
    const float bs = 3.0f * em, gap = 0.4f * em;
    const Rect zoom_out{{area.max.x - 0.8f * em - bs, area.max.y - 2.0f * em - bs}, {area.max.x - 0.8f * em, area.max.y - 2.0f * em}};
    const Rect zoom_in{{zoom_out.min.x, zoom_out.min.y - gap - bs}, {zoom_out.max.x, zoom_out.min.y - gap}};
    const std::string& recentre_label = ui.tr("map.recenter");
    const float rw = ui.fonts.bold->CalcTextSizeA(ui.fonts.bold->FontSize, FLT_MAX, 0, recentre_label.c_str()).x + 3.2f * em;
    const Rect recentre{{zoom_in.max.x - rw, zoom_in.min.y - 1.2f * gap - bs}, {zoom_in.max.x, zoom_in.min.y - 1.2f * gap}};
    const Rect controls{{recentre.min.x, recentre.min.y}, {zoom_out.max.x, zoom_out.max.y}};
    const Rect legend = legend_rect(ui, m, cache.legend(), area);

    // Pan: a drag that starts on the map (not on a control) moves it with the finger; a fling
    // coasts on, a finger on the map stops it.
    mv.reach_left = legend.max.x - area.min.x;
    mv.reach_right = area.max.x - controls.min.x;
    mv.reach_bottom = area.max.y - legend.min.y;
    const Touch& t = *ui.touch;
    const bool on_preview = !v.map_preview.empty() && v.map_preview_rect.contains(t.press_pos);
    const bool ours = area.contains(t.press_pos) && !controls.contains(t.press_pos) && !on_preview;
    {
        const MapProjection p = session::project(region, mv, to_box(area), margin);
        if (ours && (t.dragging || t.drag_released)) {
            session::drag(mv, p, t.drag_delta.x, t.drag_delta.y);
            if (t.drag_released) session::fling(mv, t.release_velocity.x, t.release_velocity.y);
        } else if (ours && t.down) {
            session::hold(mv);
        }
        session::advance(mv, region, to_box(area), margin, dt, !(ours && (t.dragging || t.drag_released || t.down)));
    }
    if (mv.moving()) ui.wants_frame = true;

    const MapProjection proj = session::project(region, mv, to_box(area), margin);
    v.map_visible = session::visible_box(region, mv, to_box(area), margin);
    v.map_area = area;

    // The preview goes beside what was tapped, never over it, and off the controls and legend
    // where it can; its width and height follow the text size (ui.em) and the screen.
    const PreviewPins pp = preview_pins(m, cache, v.map_preview);
    if (pp.pins.empty()) v.map_preview.clear();
    Rect preview{};
    if (!pp.pins.empty()) {
        const float pad = 0.6f * em;
        const float want_w = std::min(pp.pins.size() == 1 ? 26.0f * em : 24.0f * em, area.w() - 2 * pad);
        const float want_h = preview_content_height(ui, m, pp, want_w - 1.6f * em) + 1.6f * em;
        const ImVec2 at = to_im(proj.to_screen(pp.at));
        float r = (pp.pins.size() == 1 ? session::kPinDiscEm : session::kBubbleDiscEm) * em + 0.6f * em;
        // At the closest zoom, pins sharing a spot fan out on a ring around it (layout_map): the
        // preview keeps clear of the whole ring, so the tapped pin is never under it.
        if (mv.zoom >= session::kMaxZoom * 0.999) {
            size_t shared = 0;
            for (const Model::Pin& q : m.pins) shared += std::fabs(q.lat - pp.at.lat) < 1e-4 && std::fabs(q.lon - pp.at.lon) < 1e-4;
            if (shared > 1) r += std::max(1.8f * em, static_cast<float>(shared) * 2.0f * em / 6.2832f);
        }
        preview = to_rect(session::place_preview(to_box(area), Point{at.x, at.y}, r, {want_w, want_h}, pad,
                                                 {to_box(controls), to_box(legend)},
                                                 std::min({want_w, 14.0f * em, 0.4f * area.w()}),
                                                 std::min({want_h, 6.0f * em, 0.4f * area.h()})));
    }
    v.map_preview_rect = preview;
    ui.push_clip(area);
    if (base) {
        draw_base_layer(ui, v.map_layer, *base, proj, mv, area, session::detail_zoom(*base, proj, to_box(area), margin),
                        mv.moving() || (ours && t.down));
    } else {
        ui.dl->AddRectFilled(area.min, area.max, mapcol::kLand);
        draw_text_centered(ui, ui.fonts.body, {area.min, {area.max.x, area.min.y + 3 * em}}, colour::kMuted, ui.tr("map.unavailable"));
    }

    // The data's credit, small in the bottom corner (GSHHG is LGPL: naming it is fair, not a duty).
    const std::string& credit = ui.tr("map.credit");
    const float credit_size = ui.fonts.body->FontSize * 0.6f;
    const ImVec2 credit_sz = ui.fonts.body->CalcTextSizeA(credit_size, FLT_MAX, 0, credit.c_str());
    const Rect credit_rect{{area.max.x - credit_sz.x - 0.5f * em, area.max.y - credit_sz.y - 0.4f * em},
                           {area.max.x - 0.5f * em, area.max.y - 0.4f * em}};
    const ImVec2 here_sz = ui.fonts.bold->CalcTextSizeA(ui.fonts.bold->FontSize, FLT_MAX, 0, ui.tr("map.here").c_str());

    // At rest the exact zoom's clusters; while the zoom glides, a nearby zoom's, scaled.
    const session::ClusterSet& set = cache.for_view(region, mv, to_box(area), margin, radius);
    if (cache.pending()) ui.wants_frame = true;  // the clusters of this view are still being grouped
    const std::vector<session::Cluster>& clusters = set.clusters;
    const double cluster_scale = session::scale_to(set, proj);
    session::LayoutInput in;
    in.area = to_box(area);
    in.em = em;
    in.covers = {to_box(controls), to_box(legend)};
    if (!pp.pins.empty()) in.covers.push_back(to_box(preview));  // taps on it are the preview's
    in.keep_clear = {to_box(credit_rect)};
    in.here = {m.here_lon, m.here_lat};
    in.show_here = m.here_near;
    in.here_label_size = {here_sz.x + 1.2f * em, here_sz.y + 0.5f * em};
    const session::MapLayout lay = session::layout_map(in, clusters, proj, mv.zoom, base, label_text(ui), cluster_scale);
    draw_labels(ui, lay.labels);

    // Pins and bubbles, each a named tap target; the one a finger rests on looks pressed.
    const int down_marker = t.down && !t.dragging && session::reaches_map(lay, to_point(t.press_pos))
                                ? session::hit_test(lay, to_point(t.press_pos))
                                : -1;
    // "You are here" under the pins: a pin at the kiosk's own place (the museum the kiosk stands
    // in) stays visible and tappable, the marker's wider halo still showing around it. Its label
    // goes over the pins where it covers none (it is what a visitor looks for first), else under.
    bool here_label_on_top = false;
    if (lay.here_visible) {
        draw_here_dot(ui, to_im(lay.here));
        const float pr = session::kTargetHalfEm * em * 0.75f;
        here_label_on_top = std::none_of(lay.markers.begin(), lay.markers.end(), [&](const session::Marker& mk) {
            return lay.here_label.overlaps({{mk.pos.x - pr, mk.pos.y - pr}, {mk.pos.x + pr, mk.pos.y + pr}});
        });
        if (!here_label_on_top) draw_here_label(ui, to_im(lay.here), to_rect(lay.here_label));
    }
    const float half = session::kTargetHalfEm * em;
    // Each marker's tap area: its square, less what lies under the controls and the legend and
    // less the side nearer another marker (a tap between two goes to the nearer one, as
    // session::hit_test decides), so no two areas overlap when bubbles crowd at large text.
    std::vector<Rect> areas(lay.markers.size());
    // Only a marker less than two half-widths away on both axes can take part of another's
    // square (the midpoint is then inside it); found through the markers sorted by x, then taken
    // in their own order as before, so each square is trimmed exactly as by a scan of them all
    // (1,270 markers at the closest zoom of 50,000 pins: 10 ms a frame that scan).
    std::vector<size_t> by_x(lay.markers.size());
    for (size_t i = 0; i < by_x.size(); ++i) by_x[i] = i;
    std::sort(by_x.begin(), by_x.end(), [&](size_t a, size_t b) { return lay.markers[a].pos.x < lay.markers[b].pos.x; });
    std::vector<size_t> near;
    for (size_t i = 0; i < lay.markers.size(); ++i) {
        const ImVec2 c = to_im(lay.markers[i].pos);
        Rect r{{c.x - half, c.y - half}, {c.x + half, c.y + half}};
        auto keep_clear_of = [&](const Rect& o, ImVec2 oc) {
            if (r.max.x <= o.min.x || o.max.x <= r.min.x || r.max.y <= o.min.y || o.max.y <= r.min.y) return;
            // Trim along the axis on which the two lie further apart.
            if (std::fabs(oc.x - c.x) >= std::fabs(oc.y - c.y)) {
                if (oc.x > c.x) r.max.x = std::min(r.max.x, o.min.x); else r.min.x = std::max(r.min.x, o.max.x);
            } else {
                if (oc.y > c.y) r.max.y = std::min(r.max.y, o.min.y); else r.min.y = std::max(r.min.y, o.max.y);
            }
        };
        for (const Rect& cover : {controls, legend}) {
            if (cover.contains(Vec2{c.x, c.y})) r = {c, c};  // under a control: out of reach
            keep_clear_of(cover, {(cover.min.x + cover.max.x) * 0.5f, (cover.min.y + cover.max.y) * 0.5f});
        }
        near.clear();
        auto from = std::lower_bound(by_x.begin(), by_x.end(), c.x - 2 * half,
                                     [&](size_t k, float x) { return lay.markers[k].pos.x <= x; });
        for (auto k = from; k != by_x.end() && lay.markers[*k].pos.x < c.x + 2 * half; ++k)
            if (*k != i && std::fabs(lay.markers[*k].pos.y - c.y) < 2 * half) near.push_back(*k);
        std::sort(near.begin(), near.end());
        for (size_t j : near) {
            const ImVec2 o = to_im(lay.markers[j].pos);
            // The other's half of the space between: a box up to the midpoint.
            const ImVec2 mid{(c.x + o.x) * 0.5f, (c.y + o.y) * 0.5f};
            const Rect theirs{{o.x > c.x ? mid.x : o.x - 2 * half, o.y > c.y ? mid.y : o.y - 2 * half},
                              {o.x > c.x ? o.x + 2 * half : mid.x, o.y > c.y ? o.y + 2 * half : mid.y}};
            keep_clear_of(theirs, o);
        }
        areas[i] = r;
    }
    bool any_tapped = false;
    for (size_t i = 0; i < lay.markers.size(); ++i) {
        const session::Marker& mk = lay.markers[i];
        const ImVec2 pos = to_im(mk.pos);
        const session::Cluster* cluster = mk.cluster >= 0 ? &clusters[static_cast<size_t>(mk.cluster)] : nullptr;
        const std::string name = cluster ? "cluster." + std::to_string(m.pins[cluster->members[0]].id)
                                         : "pin." + std::to_string(m.pins[mk.pin].id);
        // Under the preview a marker is hidden and out of reach: no target for scripts to find.
        if ((pp.pins.empty() || !preview.contains(Vec2{pos.x, pos.y})) && areas[i].w() > 0 && areas[i].h() > 0)
            any_tapped |= ui.tap_target(name, areas[i]);
        const bool down = static_cast<int>(i) == down_marker;
        if (mk.fanned) {
            ui.dl->AddLine(to_im(mk.anchor), pos, mapcol::kTown, std::max(1.0f, 0.06f * em));
            draw_disc(ui, to_im(mk.anchor), 0.2f * em, mapcol::kTown);
        }
        if (cluster)
            draw_bubble(ui, pos, set, static_cast<size_t>(mk.cluster), down);
        else
            draw_pin(ui, pos, cache.pin_colour(mk.pin), down);
    }
    (void)any_tapped;
    if (lay.here_visible && here_label_on_top) draw_here_label(ui, to_im(lay.here), to_rect(lay.here_label));
    draw_legend(ui, m, cache.legend(), proj, legend);
    if (base) halo_text(ui, ui.fonts.body, credit_size, credit_rect.min, colour::kMuted, credit);

    bool zoom_on_preview = false;
    Intent from_preview;
    if (!pp.pins.empty()) from_preview = draw_preview(ui, m, v, pp, preview, dt, zoom_on_preview);

    // Controls last: drawn over everything, and a tap on them never also hits a pin below.
    bool control_tapped = false;
    auto plus = [&](ImVec2 c, ImU32 col) {
        ui.dl->AddRectFilled({c.x - 0.6f * em, c.y - 0.1f * em}, {c.x + 0.6f * em, c.y + 0.1f * em}, col);
        ui.dl->AddRectFilled({c.x - 0.1f * em, c.y - 0.6f * em}, {c.x + 0.1f * em, c.y + 0.6f * em}, col);
    };
    auto minus = [&](ImVec2 c, ImU32 col) {
        ui.dl->AddRectFilled({c.x - 0.6f * em, c.y - 0.1f * em}, {c.x + 0.6f * em, c.y + 0.1f * em}, col);
    };
    const double zoom_goal = mv.gliding ? mv.target_zoom : mv.zoom;
    const LonLat centre_goal = mv.gliding ? mv.target : proj.centre();
    if (icon_button(ui, "map.zoom_in", zoom_in, zoom_goal < session::kMaxZoom, plus)) {
        session::glide_to(mv, centre_goal, zoom_goal * 2);
        control_tapped = true;
    }
    if (icon_button(ui, "map.zoom_out", zoom_out, zoom_goal > session::kMinZoom, minus)) {
        session::glide_to(mv, centre_goal, zoom_goal / 2);
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
        ui.dl->AddCircle(c, 0.5f * em, colour::kHeading, 0, 0.12f * em);
        draw_disc(ui, c, 0.18f * em, colour::kHeading);
        for (int i = 0; i < 4; ++i) {
            const float dx = i == 0 ? 1.f : i == 1 ? -1.f : 0.f, dy = i == 2 ? 1.f : i == 3 ? -1.f : 0.f;
            ui.dl->AddLine({c.x + dx * 0.5f * em, c.y + dy * 0.5f * em}, {c.x + dx * 0.8f * em, c.y + dy * 0.8f * em},
                           colour::kHeading, 0.12f * em);
        }
        ui.dl->AddText(ui.fonts.bold, ui.fonts.bold->FontSize, {recentre.min.x + 2.5f * em, c.y - ui.fonts.bold->FontSize / 2},
                       colour::kHeading, recentre_label.c_str());
        if (tapped) {
            session::glide_to(mv, region.centre(), session::kMinZoom);
            control_tapped = true;
        }
    }
    ui.pop_clip();

    // A tap on a pin or a bubble shows its preview; a second tap on it opens the card (a pin) or
    // zooms in (a bubble, as its preview's zoom button does); a tap elsewhere on the map closes it.
    // The controls are drawn over the preview where there was no other room (large text): a tap
    // on them is theirs alone.
    const bool tap_on_preview = !pp.pins.empty() && preview.contains(t.tap_pos) && !controls.contains(t.tap_pos);
    if (tap_on_preview && !std::holds_alternative<std::monostate>(from_preview)) intent = from_preview;
    if (zoom_on_preview && tap_on_preview) {
        session::glide_to(mv, pp.at, std::min(session::kMaxZoom, (mv.gliding ? mv.target_zoom : mv.zoom) * 4));
        v.map_preview.clear();
    } else if (!control_tapped && t.tapped && !tap_on_preview && session::reaches_map(lay, to_point(t.tap_pos))) {
        const int hit = session::hit_test(lay, to_point(t.tap_pos));
        std::vector<std::int64_t> ids;
        if (hit >= 0) {
            const session::Marker& mk = lay.markers[static_cast<size_t>(hit)];
            if (mk.cluster < 0)
                ids.push_back(m.pins[mk.pin].id);
            else
                for (size_t i : clusters[static_cast<size_t>(mk.cluster)].members) ids.push_back(m.pins[i].id);
        }
        if (ids.empty()) {
            v.map_preview.clear();
        } else if (ids == v.map_preview) {
            if (ids.size() == 1) {
                intent = OpenItem{ids[0]};
            } else {
                session::tap_map(mv, proj, lay, clusters, to_point(t.tap_pos), cluster_scale);
                v.map_preview.clear();
            }
        } else {
            v.map_preview = std::move(ids);
            v.map_preview_scroll = {};
        }
        ui.wants_frame = true;
    }
    if (mv.gliding) ui.wants_frame = true;
    return intent;
}

void draw_base_labels(Ui& ui, const MapData& md, const MapProjection& proj, Rect view, double zoom,
                      const std::vector<session::Box>& taken) {
    draw_labels(ui, session::place_labels(md, proj, to_box(view), zoom, ui.em, taken, {}, label_text(ui)));
}

}  // namespace kiosk::app

// A route (issue 17): its path on the offline base map with numbered steps, its title and
// texts, the figures the export gives (length, duration, means, difficulty; none made up),
// where it starts from the kiosk, the list of its steps (each opens its card) and a QR code to
// take it away. Where the markers go and where the route starts are kiosk/session/route_layout;
// the base map is drawn as the map screen draws it (screen_map.cpp).
#include "app/screens.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/map_data.h"
#include "session/route_layout.h"

namespace kiosk::app {

namespace {

using session::Point;

// Ink on the base map, whose land is pale in either palette: the palette's text colour is
// white in high contrast and would vanish there.
constexpr ImU32 kMapInk = IM_COL32(38, 38, 46, 255);

// A step's number on the map and in the list: the route's colour, white figures, a white rim
// so it stands out from the line it sits on.
void step_disc(Ui& ui, ImVec2 c, float r, int number, bool down) {
    const float em = ui.em;
    draw_disc(ui, {c.x, c.y + 0.08f * em}, r + 0.16f * em, IM_COL32(0, 0, 0, 60));
    draw_disc(ui, c, r + 0.12f * em, down ? colour::kPressed : IM_COL32_WHITE);
    draw_disc(ui, c, r, colour::kRoute);
    draw_text_centered(ui, ui.fonts.bold, {{c.x - r, c.y - r}, {c.x + r, c.y + r}}, IM_COL32_WHITE, std::to_string(number));
}

// The path: a white casing under the route's colour. Straight legs (the export gave no way on
// the ground) are dashed, so the line does not pass for the way itself.
void draw_path(Ui& ui, const std::vector<ImVec2>& pts, bool dashed) {
    if (pts.size() < 2) return;
    const float em = ui.em;
    const float casing = 0.55f * em, line = 0.32f * em;
    if (!dashed) {
        ui.dl->AddPolyline(pts.data(), static_cast<int>(pts.size()), IM_COL32_WHITE, ImDrawFlags_None, casing);
        ui.dl->AddPolyline(pts.data(), static_cast<int>(pts.size()), colour::kRoute, ImDrawFlags_None, line);
        return;
    }
    // Dashes by the distance along the whole line, so they run on evenly across the legs.
    const float dash = 1.0f * em, period = dash + 0.6f * em;
    for (int pass = 0; pass < 2; ++pass) {
        float along = 0;
        for (size_t i = 1; i < pts.size(); ++i) {
            const ImVec2 a = pts[i - 1], b = pts[i];
            const float len = std::hypot(b.x - a.x, b.y - a.y);
            if (len <= 0) continue;
            const ImVec2 u{(b.x - a.x) / len, (b.y - a.y) / len};
            for (float t = 0; t < len;) {
                float ph = std::fmod(along + t, period);
                // A hair short of a whole period is the next period's start: stepping by that
                // hair would not move t at all in float.
                if (period - ph < 0.01f) ph = 0;
                const float e = std::min(len, t + (ph < dash ? dash - ph : period - ph));
                if (ph < dash) {
                    const ImVec2 p0{a.x + u.x * t, a.y + u.y * t}, p1{a.x + u.x * e, a.y + u.y * e};
                    if (pass == 0)
                        ui.dl->AddLine(p0, p1, IM_COL32_WHITE, casing);
                    else
                        ui.dl->AddLine(p0, p1, colour::kRoute, line);
                }
                t = std::max(e, t + 0.01f);
            }
            along += len;
        }
    }
}

// The map: the base map fitted to the route, the path, "you are here" when it is in view, and
// the numbered markers.
void draw_route_map(Ui& ui, const Model& m, const Route& r, const MapData* base, Rect area) {
    const float em = ui.em;
    ui.tap_target("route.map", area);  // for tests: where it is; the map itself is not a control
    ui.push_clip(area);
    const auto box = session::route_box(r);
    if (!box) {
        ui.dl->AddRectFilled(area.min, area.max, colour::kCard);
        draw_text_centered(ui, ui.fonts.body, area, colour::kMuted, ui.tr("route.no_map"));
        ui.pop_clip();
        return;
    }
    // Markers grow with the text, but at 200% no more than 150%'s: they would hide the legs.
    const float marker_r = 0.75f * std::min(em, 1.5f * ui.base_em);
    const float margin = marker_r * 2 + 0.4f * em;
    const MapProjection proj(*box, box->centre(), 1, area.min.x, area.min.y, area.w(), area.h(), margin);
    const session::Box sbox{{area.min.x, area.min.y}, {area.max.x, area.max.y}};
    double zoom = 1;
    if (base) {
        zoom = session::detail_zoom(*base, proj, sbox, margin);
        draw_base_map(ui, *base, proj, area, zoom);
    } else {
        ui.dl->AddRectFilled(area.min, area.max, colour::kCard);
    }
    auto to_im = [&](double lat, double lon) {
        const ScreenPoint p = proj.to_screen({lon, lat});
        return ImVec2{static_cast<float>(p.x), static_cast<float>(p.y)};
    };
    std::vector<std::optional<Point>> points;
    for (const RouteStep& s : r.steps) {
        if (!s.has_geo) {
            points.emplace_back();
            continue;
        }
        const ImVec2 p = to_im(s.at.lat, s.at.lon);
        points.emplace_back(Point{p.x, p.y});
    }
    const auto markers = session::place_step_markers(points, marker_r + 0.12f * em);
    // Town labels where no marker is.
    if (base) {
        std::vector<session::Box> taken;
        for (const auto& mk : markers)
            taken.push_back({{mk.pos.x - marker_r, mk.pos.y - marker_r}, {mk.pos.x + marker_r, mk.pos.y + marker_r}});
        draw_base_labels(ui, *base, proj, area, zoom, taken);
    }
    std::vector<ImVec2> line;
    for (const GeoPoint& g : r.path) line.push_back(to_im(g.lat, g.lon));
    draw_path(ui, line, !r.path_from_export);
    if (m.here_near) {
        const ImVec2 here = to_im(m.here_lat, m.here_lon);
        if (area.contains(Vec2{here.x, here.y})) draw_here_dot(ui, here);
    }
    for (const auto& mk : markers) {
        const ImVec2 pos{mk.pos.x, mk.pos.y};
        if (mk.moved) {
            ui.dl->AddLine({mk.anchor.x, mk.anchor.y}, pos, kMapInk, std::max(1.0f, 0.08f * em));
            draw_disc(ui, {mk.anchor.x, mk.anchor.y}, 0.2f * em, kMapInk);
        }
        step_disc(ui, pos, marker_r, mk.step + 1, false);
    }
    // A scale bar on a card, bottom left: how far 'a walk' is.
    {
        const float fs = ui.fonts.body->FontSize * 0.9f;
        const Rect card{{area.min.x + 0.6f * em, area.max.y - 3.0f * em}, {area.min.x + 0.6f * em + 9.0f * em, area.max.y - 0.9f * em}};
        ui.dl->AddRectFilled(card.min, card.max, with_alpha(colour::kCard, 235), 0.4f * em);
        if (ui.high_contrast) ui.dl->AddRect(card.min, card.max, colour::kCardBorder, 0.4f * em, 0, 0.08f * em);
        draw_scale_bar(ui, proj, {card.min.x + 0.6f * em, (card.min.y + card.max.y) / 2 + 0.15f * em}, card.w() - 1.2f * em, fs);
    }
    // The data's credit, as on the map screen.
    if (base) {
        const std::string& credit = ui.tr("map.credit");
        const float fs = ui.fonts.body->FontSize * 0.6f;
        const ImVec2 sz = ui.fonts.body->CalcTextSizeA(fs, FLT_MAX, 0, credit.c_str());
        ui.dl->AddText(ui.fonts.body, fs, {area.max.x - sz.x - 0.4f * em, area.max.y - sz.y - 0.3f * em}, kMapInk,
                       credit.c_str());
    }
    if (ui.high_contrast) ui.dl->AddRect(area.min, area.max, colour::kCardBorder, 0, 0, 0.08f * em);
    ui.pop_clip();
}

// Lays out one block after another in a scrolling column (as the card's).
struct Column {
    Ui& ui;
    float x, y, w;
    std::vector<std::string>* drawn;

    void gap(float ems) { y += ems * ui.em; }
    void para(ImFont* f, ImU32 col, const std::string& s) {
        if (s.empty()) return;
        y += draw_text(ui, f, {x, y}, col, s, w);
        drawn->push_back(s);
    }
    void text(ImFont* f, ImU32 col, const Text& t) {
        if (t.empty()) return;
        if (draw_language_marker(ui, {x, y}, t.lang) > 0) gap(1.2f);
        para(f, col, t.value);
    }
    void heading(const std::string& s) {
        gap(0.9f);
        para(ui.fonts.heading, colour::kHeading, s);
        gap(0.25f);
    }
};

// One step of the list: its number, its name, and what it is; a step with a card is a button
// (its whole row), a named point is only text. Returns the intent of a tap.
Intent step_row(Ui& ui, const Model& m, const RouteStep& s, int number, Column& c) {
    Intent intent;
    const float em = ui.em;
    const float disc = 0.85f * em;
    const float tx = c.x + 2 * disc + 0.8f * em, tw = c.x + c.w - tx - (s.item_id ? 1.6f * em : 0);
    const Card* card = s.item_id ? m.card_of(s.item_id) : nullptr;
    std::string sub;
    if (card) {
        sub = ui.tr("kind." + card->kind + ".one");
        if (!card->town.empty()) {
            const LonLat at{s.at.lon, s.at.lat};
            sub += " · " + card_town(ui, card->town, s.has_geo ? &at : nullptr);
        }
    } else if (!s.item_id) {
        // A point the export names but does not place: the map has no number for it.
        sub = ui.tr(s.has_geo ? "route.point" : "route.point_unplaced");
    }
    const float name_h = text_height(ui.fonts.bold, tw, s.name.value);
    const float sub_h = sub.empty() ? 0 : text_height(ui.fonts.body, tw, sub);
    const float h = std::max(2 * disc + 0.8f * em, name_h + sub_h + 1.0f * em);
    const Rect row{{c.x, c.y}, {c.x + c.w, c.y + h}};
    const bool button = s.item_id != 0;
    bool down = false;
    if (button) {
        down = ui.pressed(row);
        ui.dl->AddRectFilled(row.min, row.max, down ? colour::kPressed : colour::kCard, 0.4f * em);
        ui.dl->AddRect(row.min, row.max, colour::kCardBorder, 0.4f * em, 0, std::max(1.0f, (ui.high_contrast ? 0.08f : 0.04f) * em));
        if (ui.tap_target("route.step." + std::to_string(number), row)) intent = OpenItem{s.item_id};
        // A chevron: this opens something.
        const float cx = row.max.x - 1.0f * em, cy = (row.min.y + row.max.y) / 2;
        ui.dl->AddLine({cx - 0.3f * em, cy - 0.5f * em}, {cx + 0.2f * em, cy}, colour::kHeading, 0.14f * em);
        ui.dl->AddLine({cx + 0.2f * em, cy}, {cx - 0.3f * em, cy + 0.5f * em}, colour::kHeading, 0.14f * em);
    }
    step_disc(ui, {c.x + 0.4f * em + disc, (row.min.y + row.max.y) / 2}, disc, number, down);
    float y = c.y + (h - name_h - sub_h) / 2;
    y += draw_text(ui, ui.fonts.bold, {tx, y}, button ? colour::kText : colour::kMuted, s.name.value, tw);
    if (!sub.empty()) draw_text(ui, ui.fonts.body, {tx, y}, colour::kMuted, sub, tw);
    c.drawn->push_back(std::to_string(number) + ". " + s.name.value);
    c.y = row.max.y + 0.5f * em;
    return intent;
}

}  // namespace

Intent draw_route(Ui& ui, const Model& m, ViewState& v, float dt, const MapData* base) {
    Intent intent;
    v.visible_titles.clear();
    v.detail_texts.clear();
    const ItemDetail& d = m.detail;
    const float em = ui.em;
    const Rect area = draw_header(ui, ui.tr("kind.route.one"));
    v.visible_titles.push_back(d.title.value);
    const float pad = 1.2f * em;
    const Route* r = m.route ? &*m.route : nullptr;

    // Portrait: the map across the top, the rest scrolls under it. Landscape: the map on the
    // left, the text beside it. The map stays put: it is what the steps' numbers refer to.
    // But when the height left is short (low reach keeps everything in a band near the bottom,
    // and large text takes more of it), a fixed map would leave the text less than a dozen
    // lines: there it scrolls with the text, like a card's picture.
    const bool fixed_map = !ui.portrait || area.h() * 0.6f >= 12 * em;
    Rect map_r, text_r = area;
    if (!fixed_map) {
        map_r = {area.min, {area.max.x, area.min.y + std::floor(std::min(area.w() * 0.75f, area.h() * 0.7f))}};
    } else if (ui.portrait) {
        const float mh = std::floor(std::min(area.h() * 0.4f, ui.size.x * 0.8f));
        map_r = {area.min, {area.max.x, area.min.y + mh}};
        text_r = {{area.min.x, map_r.max.y}, area.max};
    } else {
        const float mw = std::floor(ui.size.x * 0.5f);
        map_r = {area.min, {area.min.x + mw, area.max.y}};
        text_r = {{map_r.max.x, area.min.y}, area.max};
    }
    auto draw_map_block = [&](Rect at) {
        if (r) draw_route_map(ui, m, *r, base, at);
        else ui.dl->AddRectFilled(at.min, at.max, colour::kCard);
        // The route's colour along the map's edge, as the card's picture has its kind's.
        if (ui.portrait)
            ui.dl->AddRectFilled({at.min.x, at.max.y - 0.3f * em}, at.max, colour::kRoute);
        else
            ui.dl->AddRectFilled({at.max.x - 0.3f * em, at.min.y}, at.max, colour::kRoute);
    };
    update_scroll(ui, v.route, text_r, dt);
    if (fixed_map) draw_map_block(map_r);
    ui.push_clip(text_r);
    if (!fixed_map) {
        map_r.min.y -= v.route.offset;
        map_r.max.y -= v.route.offset;
        draw_map_block(map_r);
    }
    const float text_top = fixed_map ? text_r.min.y - v.route.offset : map_r.max.y;
    Column c{ui, text_r.min.x + pad, text_top + pad, text_r.w() - 2 * pad, &v.detail_texts};

    if (draw_language_marker(ui, {c.x, c.y}, d.title.lang) > 0) c.gap(1.2f);
    c.para(ui.fonts.display, colour::kText, d.title.value);
    if (!r) {
        c.gap(0.6f);
        c.para(ui.fonts.body, colour::kMuted, ui.tr("route.no_steps"));
    } else {
        // The figures in one line that wraps (" · " between them), so the steps come sooner.
        std::string facts;
        for (const std::string& f : route_facts(ui, *r)) facts += (facts.empty() ? "" : " · ") + f;
        if (!facts.empty()) {
            c.gap(0.4f);
            c.para(ui.fonts.bold, colour::kText, facts);
        }
        const std::string start = route_start_text(ui, m.route_start);
        if (!start.empty()) {
            c.gap(0.4f);
            c.para(ui.fonts.bold, colour::kHeading, start);
        }
        if (!r->path.empty() && !r->path_from_export) {
            c.gap(0.4f);
            c.para(ui.fonts.body, colour::kMuted, ui.tr("route.straight"));
        }
    }
    if (!d.short_desc.empty()) {
        c.gap(0.6f);
        c.text(ui.fonts.body, colour::kText, d.short_desc);
    }

    if (r && !r->steps.empty()) {
        c.heading(format(ui.tr("route.steps"), {std::to_string(r->steps.size())}));
        for (size_t i = 0; i < r->steps.size(); ++i) {
            const Intent tapped = step_row(ui, m, r->steps[i], static_cast<int>(i) + 1, c);
            if (!std::holds_alternative<std::monostate>(tapped)) intent = tapped;
        }
    }
    // Take it along: the QR code on the right, what it does on the left (the card's way).
    if (m.detail_qr.size > 0) {
        c.gap(1.0f);
        const float qs = std::min(8.0f * em, c.w * 0.45f);
        const float top = c.y;
        const Rect qr{{c.x + c.w - qs, top}, {c.x + c.w, top + qs}};
        draw_qr(ui, m.detail_qr, qr);
        ui.tap_target("route.qr", qr);
        Column left{ui, c.x, top, c.w - qs - 1.0f * em, &v.detail_texts};
        left.para(ui.fonts.bold, colour::kHeading, ui.tr("route.qr.title"));
        left.para(ui.fonts.body, colour::kMuted, ui.tr(m.detail_link.rfind("geo:", 0) == 0 ? "route.qr.geo" : "qr.web"));
        c.y = std::max(left.y, top + qs);
    }

    if (!d.long_desc.empty() && d.long_desc.value != d.short_desc.value) {
        c.heading(ui.tr("detail.about"));
        c.text(ui.fonts.body, colour::kText, d.long_desc);
    }
    c.gap(2.0f);
    v.route.content = c.y + v.route.offset - text_r.min.y;
    ui.pop_clip();
    return intent;
}

}  // namespace kiosk::app

// Home: a welcome line and one large tile per kind the pack holds (sites, belfries, events,
// and routes, tourist offices, restaurants, lodgings when it has them).
#include "app/screens.h"

#include <algorithm>

namespace kiosk::app {

Intent draw_home(Ui& ui, const Model& m, ViewState& v, float dt) {
    Intent intent;
    v.visible_titles.clear();
    const float em = ui.em;
    const Rect area = draw_header(ui, m.region.empty() ? ui.tr("app.name") : m.region);
    const float pad = 1.0f * em;

    // Quick ways in along the bottom, always in view and within reach: search, the map and
    // this weekend's events.
    const float row_h = std::max(3.4f * em, ui.fonts.heading->FontSize * 2 + 0.8f * em);
    const bool quick = m.error.empty();
    if (quick) {
        const float y0 = area.max.y - 0.6f * em - row_h;
        const float bgap = 0.6f * em;
        const float bw = (ui.size.x - 2 * pad - 2 * bgap) / 3;
        auto at = [&](int i) {
            const float x = pad + static_cast<float>(i) * (bw + bgap);
            return Rect{{x, y0}, {x + bw, y0 + row_h}};
        };
        if (button(ui, "home.search", at(0), ui.tr("home.search"), colour::kHeader, colour::kOnHeader, ui.fonts.heading))
            intent = OpenSearch{};
        if (button(ui, "home.map", at(1), ui.tr("home.map"), colour::kHeader, colour::kOnHeader, ui.fonts.heading))
            intent = OpenMap{};
        if (button(ui, "home.weekend", at(2), ui.tr("home.weekend"), colour::kEvent, colour::kOnHeader, ui.fonts.heading))
            intent = OpenList{"event", EventWindow::ThisWeekend, m.now.date};
    }
    // Above them the greeting and the tiles, which scroll when they do not fit (large text, low
    // reach, a landscape screen): tiles keep a readable height rather than shrink to slivers.
    const Rect page{area.min, {area.max.x, quick ? area.max.y - 1.2f * em - row_h : area.max.y}};
    update_scroll(ui, v.home, page, dt);
    ui.push_clip(page);
    struct Unclip {
        Ui& ui;
        ~Unclip() { ui.pop_clip(); }
    } unclip{ui};

    float y = page.min.y + 1.2f * em - v.home.offset;
    // The pack's greeting in the visitor's language, else a generic one: the pack's greeting in
    // another language would not be read, and a generic one never names the wrong region.
    const auto welcome = m.welcome.find(m.session.lang);
    const std::string& greeting = welcome != m.welcome.end() ? welcome->second : ui.tr("home.welcome");
    // At large text the greeting is the size of a heading and its subtitle goes: the tiles, not
    // the welcome, must show on the first screen.
    const bool large = ui.em > 1.2f * ui.base_em;
    y += draw_text(ui, large ? ui.fonts.heading : ui.fonts.display, {pad, y}, colour::kText, greeting, ui.size.x - 2 * pad);
    if (!large) {
        y += 0.3f * em;
        y += draw_text(ui, ui.fonts.body, {pad, y}, colour::kMuted, ui.tr("home.subtitle"), ui.size.x - 2 * pad);
    }
    y += (large ? 0.6f : 1.0f) * em;

    if (!m.error.empty()) {
        draw_text(ui, ui.fonts.bold, {pad, y}, colour::kAccent, m.error, ui.size.x - 2 * pad);
        return intent;
    }

    const float gap = 0.8f * em;
    const int n_tiles = static_cast<int>(m.kinds.size());
    // Three kinds: one column in portrait, one row in landscape, as before. More: a grid of
    // two columns in portrait, of up to four in landscape.
    // Never so many that a tile is narrower than its label needs (a kind's name and its count
    // at 200% text, about 13 em: "Circuits et balades", "32 événements à venir"): fewer
    // columns, more rows, and the page scrolls.
    const int wanted = ui.portrait ? (n_tiles <= 3 ? 1 : 2) : (n_tiles <= 4 ? std::max(n_tiles, 1) : (n_tiles + 1) / 2);
    const int fit_cols = static_cast<int>((ui.size.x - 2 * pad + gap) / (13.0f * em + gap));
    const int cols = std::clamp(fit_cols, 1, std::max(wanted, 1));
    const int rows = std::max(1, (n_tiles + cols - 1) / cols);
    // A tile shows its label band and some picture; below that the page scrolls instead.
    const float min_th = 4.2f * em + 2.5f * em;
    const float fit_th = (page.max.y - v.home.offset - y - static_cast<float>(rows - 1) * gap) / static_cast<float>(rows);
    const float th = std::max(min_th, fit_th);
    const float bottom = y + static_cast<float>(rows) * th + static_cast<float>(rows - 1) * gap;
    v.home.content = bottom + v.home.offset - page.min.y;
    const float tw = (ui.size.x - 2 * pad - static_cast<float>(cols - 1) * gap) / static_cast<float>(cols);
    for (int i = 0; i < n_tiles; ++i) {
        const float x0 = pad + static_cast<float>(i % cols) * (tw + gap), y0 = y + static_cast<float>(i / cols) * (th + gap);
        const Rect r{{x0, y0}, {x0 + tw, y0 + th}};
        const std::string& kind = m.kinds[static_cast<size_t>(i)];
        const bool tapped = ui.tap_target("tile." + kind, r);
        const float round = 0.6f * em;
        auto media = m.tile_media.find(kind);
        // The picture keeps at most its own 3:2 shape (a tall landscape-mode tile would crop a
        // poster's title); the kind's colour fills the rest and carries the label.
        const ImU32 col = kind_colour(kind);
        const float band = std::max(4.2f * em, r.h() - r.w() * 2.0f / 3.0f);
        ui.dl->AddRectFilled(r.min, r.max, col, round);
        draw_picture(ui, media == m.tile_media.end() ? nullptr : ui.textures->thumbnail(media->second),
                     {r.min, {r.max.x, r.max.y - band}}, round, ImDrawFlags_RoundCornersTop);
        if (ui.pressed(r)) ui.dl->AddRect(r.min, r.max, colour::kPressed, round, 0, 0.3f * em);
        // No count until the pack's lists are read (start-up on a big pack): none beats a wrong one.
        const auto count = m.counts.find(kind);
        const float label_y = r.max.y - 4.2f * em;  // labels sit at the bottom whatever the band's height
        draw_text_fitted(ui, ui.fonts.display, {r.min.x + 0.9f * em, label_y + 0.3f * em}, colour::kOnHeader,
                         ui.tr("kind." + kind + ".plural"), r.w() - 1.8f * em);
        if (count != m.counts.end())
            draw_text(ui, ui.fonts.body, {r.min.x + 0.9f * em, label_y + 0.3f * em + ui.fonts.display->FontSize},
                      colour::kOnHeader, ui.count("home.count." + kind, count->second));
        if (tapped) intent = OpenList{kind};
    }
    return intent;
}

}  // namespace kiosk::app

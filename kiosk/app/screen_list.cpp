// A scrollable grid of cards for one kind: picture, title, town, and the next date for events.
#include "app/screens.h"

#include <algorithm>
#include <cmath>

namespace kiosk::app {

Intent draw_list(Ui& ui, const Model& m, ViewState& v, float dt) {
    Intent intent;
    v.visible_titles.clear();
    const float em = ui.em;
    Rect area = draw_header(ui, m, ui.tr("kind." + m.kind + ".plural"), true, intent);

    if (m.cards.empty()) {
        draw_text_centered(ui, ui.fonts.heading, area, colour::kMuted, ui.tr("list.empty." + m.kind));
        return intent;
    }

    const float pad = 1.0f * em, gap = 0.8f * em;
    const int cols = ui.portrait ? 2 : 4;
    const float cw = (ui.size.x - 2 * pad - static_cast<float>(cols - 1) * gap) / static_cast<float>(cols);
    const float pic_h = cw * 2.0f / 3.0f;  // thumbnails are 3:2
    const float text_h = 0.5f * em + 2 * ui.fonts.bold->FontSize + 0.2f * em + ui.fonts.body->FontSize +
                         (m.kind == "event" ? ui.fonts.body->FontSize : 0) + 0.6f * em;
    const float ch = pic_h + text_h;
    const int rows = (static_cast<int>(m.cards.size()) + cols - 1) / cols;

    v.list.content = pad + static_cast<float>(rows) * (ch + gap) - gap + pad;
    update_scroll(ui, v.list, area, dt);
    ui.push_clip(area);
    const float top = area.min.y + pad - v.list.offset;
    for (size_t i = 0; i < m.cards.size(); ++i) {
        const int row = static_cast<int>(i) / cols, col = static_cast<int>(i) % cols;
        const ImVec2 p{pad + static_cast<float>(col) * (cw + gap), top + static_cast<float>(row) * (ch + gap)};
        const Rect r{p, {p.x + cw, p.y + ch}};
        if (r.max.y < area.min.y || r.min.y > area.max.y) continue;  // off screen: not drawn
        const Card& c = m.cards[i];
        if (ui.tap_target("card." + std::to_string(i), r)) intent = OpenItem{c.id};
        v.visible_titles.push_back(c.title.value);

        const float round = 0.5f * em;
        const bool down = ui.pressed(r);
        ui.dl->AddRectFilled(r.min, r.max, down ? colour::kPressed : colour::kCard, round);
        ui.dl->AddRect(r.min, r.max, colour::kCardBorder, round, 0, std::max(1.0f, 0.06f * em));
        draw_picture(ui, c.thumb_media ? ui.textures->thumbnail(c.thumb_media) : nullptr,
                     {r.min, {r.max.x, r.min.y + pic_h}}, round, ImDrawFlags_RoundCornersTop);
        // Kind colour strip under the picture: tells sites, belfries and events apart at a glance.
        ui.dl->AddRectFilled({r.min.x, r.min.y + pic_h}, {r.max.x, r.min.y + pic_h + 0.25f * em}, kind_colour(c.kind));

        const float tx = r.min.x + 0.6f * em, tw = cw - 1.2f * em;
        float y = r.min.y + pic_h + 0.5f * em;
        y += std::max(draw_text_lines(ui, ui.fonts.bold, {tx, y}, colour::kText, c.title.value, tw, 2),
                      2 * ui.fonts.bold->FontSize);
        y += 0.2f * em;
        float x = tx;
        x += draw_language_marker(ui, {x, y + 0.1f * em}, c.title.lang);
        if (x > tx) x += 0.3f * em;
        draw_text_lines(ui, ui.fonts.body, {x, y}, colour::kMuted, c.town, tw - (x - tx), 1);
        y += ui.fonts.body->FontSize;
        if (!c.next_start.empty()) {
            const auto d = parse_date(c.next_start);
            std::string when = d ? ui.strings->short_date(ui.lang, *d) : c.next_start;
            if (!c.next_end.empty() && c.next_end != c.next_start) {
                if (auto e = parse_date(c.next_end)) when += " – " + ui.strings->short_date(ui.lang, *e);
            }
            draw_text_lines(ui, ui.fonts.bold, {tx, y}, colour::kEvent, when, tw, 1);
        }
    }
    ui.pop_clip();

    // A hint that there is more below, since touch screens show no scroll bar by habit.
    if (v.list.offset + area.h() < v.list.content - 1) {
        ui.dl->AddRectFilledMultiColor({0, area.max.y - 2.0f * em}, area.max, IM_COL32(246, 243, 236, 0),
                                       IM_COL32(246, 243, 236, 0), colour::kBackground, colour::kBackground);
    }
    return intent;
}

}  // namespace kiosk::app

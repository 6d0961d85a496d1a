// A scrollable grid of cards for one kind: picture, title, town, and the next date for events.
#include "app/screens.h"

#include "app/icons.h"

#include <algorithm>
#include <cmath>

namespace kiosk::app {

namespace {

// A row of chips under the header: "open now" for places, date windows for events, then the
// practical ones for every kind: wheelchair access and the kind's common categories. Chips
// wrap to further lines when the screen is narrow. Returns where the cards start.
float draw_filters(Ui& ui, const Model& m, ViewState& v, Rect area, Intent& intent) {
    const float em = ui.em, pad = 1.0f * em, gap = 0.5f * em, h = 2.8f * em;
    struct Chip {
        std::string name, label;
        bool on;
        Intent when_tapped;
        bool wheelchair_icon = false;
    };
    std::vector<Chip> chips;
    // No date or "open now" claims on a wrong clock; the practical chips state facts, not times.
    if (!m.clock_trusted) {
    } else if (m.session.kind == "event") {
        const auto w = m.session.event_window;
        chips.push_back({"filter.all", ui.tr("filter.all"), !w, SetEventWindow{std::nullopt, m.now.date}});
        chips.push_back({"filter.today", ui.tr("filter.today"), w == EventWindow::Today, SetEventWindow{EventWindow::Today, m.now.date}});
        chips.push_back({"filter.weekend", ui.tr("filter.weekend"), w == EventWindow::ThisWeekend,
                         SetEventWindow{EventWindow::ThisWeekend, m.now.date}});
        chips.push_back({"filter.week", ui.tr("filter.week"), w == EventWindow::Next7Days, SetEventWindow{EventWindow::Next7Days, m.now.date}});
        std::string date_label = ui.tr("filter.date");
        if (w == EventWindow::OnDate) date_label = ui.strings->short_date(ui.lang, m.session.event_date);
        chips.push_back({"filter.date", date_label, w == EventWindow::OnDate, PickDate{true}});
    } else {
        chips.push_back({"filter.open_now", ui.tr("filter.open_now"), m.session.open_now_only, ToggleOpenNow{}});
    }
    // The order: nearest first where the kiosk knows where it stands (events go by date).
    if (m.here_near && m.session.kind != "event") {
        chips.push_back({"sort.distance", ui.tr("sort.distance"), m.session.sort_by_distance, SetSort{true}});
        chips.push_back({"sort.name", ui.tr("sort.name"), !m.session.sort_by_distance, SetSort{false}});
    }
    if (m.wheelchair_filter || m.session.wheelchair_only)
        chips.push_back({"filter.wheelchair", ui.tr("filter.wheelchair"), m.session.wheelchair_only, ToggleWheelchair{}, true});
    for (const auto& cat : m.list_categories) {
        const bool on = cat.id == m.session.category;
        chips.push_back({"filter.category." + cat.id, cat.label.value, on, SetCategory{on ? std::string() : cat.id}});
    }
    if (chips.empty()) return area.min.y;
    const float icon_w = 1.7f * em;  // room for the wheelchair symbol left of its label
    auto width = [&](const Chip& c) {
        const float text_w = ui.fonts.bold->CalcTextSizeA(ui.fonts.bold->FontSize, FLT_MAX, 0, c.label.c_str()).x;
        return std::min(text_w + 2.0f * em + (c.wheelchair_icon ? icon_w : 0), ui.size.x - 2 * pad);
    };
    // At large text the chips would fill the screen before the first card: past two rows they
    // fold behind a "more filters" chip (the chips that are on always stay in view).
    const int max_rows = ui.em > 1.2f * ui.base_em ? 2 : 1000;
    int rows = 1;
    for (float x = pad; const Chip& c : chips) {
        const float w = width(c);
        if (x + w > ui.size.x - pad && x > pad) {
            x = pad;
            ++rows;
        }
        x += w + gap;
    }
    if (rows > max_rows) {
        const int hidden = static_cast<int>(chips.size());
        Chip more{"filter.more", v.list_filters_open ? ui.tr("filter.fewer") : ui.tr("filter.more"), false, Intent{}};
        if (!v.list_filters_open) {
            // Keep what fits in the rows allowed, the chosen chips first, then "more".
            std::stable_partition(chips.begin(), chips.end(), [](const Chip& c) { return c.on; });
            std::vector<Chip> kept;
            float x = pad;
            int row = 1;
            for (const Chip& c : chips) {
                const float w = width(c);
                float nx = x, nrow = static_cast<float>(row);
                if (nx + w > ui.size.x - pad && nx > pad) {
                    nx = pad;
                    nrow += 1;
                }
                // Room must remain for "more" on the last row.
                const bool last_row = static_cast<int>(nrow) == max_rows;
                if (static_cast<int>(nrow) > max_rows || (last_row && nx + w + gap + width(more) > ui.size.x - pad)) break;
                kept.push_back(c);
                x = nx + w + gap;
                row = static_cast<int>(nrow);
            }
            more.label += " (" + std::to_string(hidden - static_cast<int>(kept.size())) + ")";
            chips = std::move(kept);
        }
        chips.push_back(more);
    }
    float x = pad, y = area.min.y + 0.6f * em;
    for (const Chip& c : chips) {
        const float w = width(c);
        if (x + w > ui.size.x - pad && x > pad) {
            x = pad;
            y += h + gap;
        }
        const Rect r{{x, y}, {x + w, y + h}};
        const ImU32 fill = c.on ? colour::kHeader : colour::kPlaceholder, ink = c.on ? colour::kOnHeader : colour::kText;
        if (c.wheelchair_icon) {
            // The symbol and the words together, so the chip reads without the words too.
            const bool tapped = button(ui, c.name, r, "", fill, ink);
            const ImU32 col = ui.pressed(r) ? colour::kText : ink;
            draw_icon(ui, Icon::Wheelchair, {x + 1.0f * em + icon_w * 0.5f, y + h * 0.5f}, 1.3f * em, col);
            draw_text_centered(ui, ui.fonts.bold, {{x + 0.6f * em + icon_w, y}, r.max}, col, c.label);
            if (tapped) intent = c.when_tapped;
        } else if (button(ui, c.name, r, c.label, fill, ink)) {
            if (c.name == "filter.more")
                v.list_filters_open = !v.list_filters_open;  // the view's, not the session's
            else
                intent = c.when_tapped;
        }
        x += w + gap;
    }
    return y + h + 0.2f * em;
}

}  // namespace

Intent draw_list(Ui& ui, const Model& m, ViewState& v, float dt) {
    Intent intent;
    v.visible_titles.clear();
    v.visible_status.clear();
    const float em = ui.em;
    // While the date picker is open, the list under it must not react to taps or drags.
    const bool modal = m.session.picking_date;
    const bool tapped = ui.touch->tapped;
    const Vec2 drag = ui.touch->drag_delta, fling = ui.touch->release_velocity;
    if (modal) {
        ui.touch->tapped = false;
        ui.touch->drag_delta = {};
        ui.touch->release_velocity = {};
    }
    auto restore_touch = [&] {
        ui.touch->tapped = tapped;
        ui.touch->drag_delta = drag;
        ui.touch->release_velocity = fling;
    };
    const Rect area = draw_header(ui, ui.tr("kind." + m.session.kind + ".plural"));
    // The chips scroll with the cards: at large text they fill a screen of their own.
    update_scroll(ui, v.list, area, dt);
    ui.push_clip(area);
    const float chips_bottom = draw_filters(ui, m, v, {{area.min.x, area.min.y - v.list.offset}, area.max}, intent);
    const float chips_h = chips_bottom + v.list.offset - area.min.y;

    if (m.cards.empty()) {
        ui.pop_clip();
        const Rect rest{{area.min.x, std::max(area.min.y, chips_bottom)}, area.max};
        v.list.content = chips_h;
        const bool filtered = m.session.open_now_only || m.session.event_window.has_value() || m.session.wheelchair_only ||
                              !m.session.category.empty();
        // Just after start-up on a big pack the lists are still being read: saying "no sites"
        // then would be untrue.
        draw_text_centered(ui, ui.fonts.heading, rest, colour::kMuted,
                           ui.tr(!m.listing ? "list.loading"
                                 : filtered ? "list.empty.filtered"
                                            : "list.empty." + m.session.kind));
        if (modal) {
            restore_touch();
            Intent pick = draw_date_picker(ui, m, v);
            if (!std::holds_alternative<std::monostate>(pick)) intent = pick;
        }
        return intent;
    }

    const float pad = 1.0f * em, gap = 0.8f * em;
    // As many columns as cards of ~10 em fit: two on a portrait totem, four in landscape, one
    // at large text.
    const int cols = std::clamp(static_cast<int>((ui.size.x - 2 * pad + gap) / (10.5f * em + gap)), 1, 4);
    const float cw = (ui.size.x - 2 * pad - static_cast<float>(cols - 1) * gap) / static_cast<float>(cols);
    const float pic_h = cw * 2.0f / 3.0f;  // thumbnails are 3:2
    // Title (two lines), town, then the next date (events) or the open/closed line (places).
    const float text_h = 0.5f * em + 2 * ui.fonts.bold->FontSize + 0.2f * em + 2 * ui.fonts.body->FontSize + 0.6f * em;
    const float ch = pic_h + text_h;
    const int rows = (static_cast<int>(m.cards.size()) + cols - 1) / cols;

    v.list.content = chips_h + pad + static_cast<float>(rows) * (ch + gap) - gap + pad;
    const float top = chips_bottom + pad;
    for (size_t i = 0; i < m.cards.size(); ++i) {
        const int row = static_cast<int>(i) / cols, col = static_cast<int>(i) % cols;
        const ImVec2 p{pad + static_cast<float>(col) * (cw + gap), top + static_cast<float>(row) * (ch + gap)};
        const Rect r{p, {p.x + cw, p.y + ch}};
        if (r.max.y < area.min.y || r.min.y > area.max.y) continue;  // off screen: not drawn
        const Card& c = *m.cards[i];
        if (ui.tap_target("card." + std::to_string(i), r)) intent = OpenItem{c.id};
        v.visible_titles.push_back(c.title.value);
        v.visible_status.emplace_back();

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
        // The town, and how far it is: "Lens · 1,2 km", or "You are here".
        std::string where = card_town(ui, c.town);
        if (auto d = m.card_distance.find(c.id); d != m.card_distance.end())
            where += (where.empty() ? "" : " · ") + distance_line(ui, d->second, false);
        draw_text_lines(ui, ui.fonts.body, {x, y}, colour::kMuted, where, tw - (x - tx), 1);
        y += ui.fonts.body->FontSize;
        if (const std::string when = card_dates(ui, c, m.now.date); !when.empty()) {
            draw_text_lines(ui, ui.fonts.bold, {tx, y}, colour::kEventText, when, tw, 1);
            v.visible_status.back() = when;
        } else if (const OpenStatus* o = m.open_of(c.id)) {
            ImU32 status_col = colour::kMuted;
            const std::string line = open_line(ui, *o, m.now, &status_col);
            draw_text_lines(ui, ui.fonts.bold, {tx, y}, status_col, line, tw, 1);
            v.visible_status.back() = line;
        }
    }
    ui.pop_clip();

    // A hint that there is more below, since touch screens show no scroll bar by habit.
    if (v.list.offset + area.h() < v.list.content - 1) {
        ui.dl->AddRectFilledMultiColor({0, area.max.y - 2.0f * em}, area.max, with_alpha(colour::kBackground, 0),
                                       with_alpha(colour::kBackground, 0), colour::kBackground, colour::kBackground);
    }
    if (modal) {
        restore_touch();
        intent = draw_date_picker(ui, m, v);
    }
    return intent;
}

}  // namespace kiosk::app

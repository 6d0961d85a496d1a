// The date picker for events: one month at a time, big day buttons, past days greyed out.
#include "app/screens.h"

namespace kiosk::app {

Intent draw_date_picker(Ui& ui, const Model& m, ViewState& v) {
    Intent intent;
    const float em = ui.em;
    const Date today = m.now.date;
    if (v.picker_month.y < today.y || (v.picker_month.y == today.y && v.picker_month.m < today.m) || v.picker_month.d != 1)
        v.picker_month = {today.y, today.m, 1};

    ui.dl->AddRectFilled({0, 0}, ui.size, with_alpha(colour::kDim, 170));
    const float cell = 3.4f * em, gap = 0.3f * em, pad = 1.0f * em;
    const float w = 7 * cell + 6 * gap + 2 * pad;
    const float h = pad + 3.0f * em + ui.fonts.body->FontSize + 0.5f * em + 6 * (cell + gap) + 3.2f * em + pad;
    const Rect card{{(ui.size.x - w) * 0.5f, (ui.size.y - h) * 0.5f}, {(ui.size.x + w) * 0.5f, (ui.size.y + h) * 0.5f}};
    // Taps outside the card close it, like on phones.
    if (ui.tap_target("date.outside", {{0, 0}, ui.size}) && !card.contains(ui.touch->tap_pos)) intent = PickDate{false};
    ui.dl->AddRectFilled(card.min, card.max, colour::kCard, 0.8f * em);

    // Month title with previous/next arrows (no going back before this month).
    float y = card.min.y + pad;
    const Rect prev{{card.min.x + pad, y}, {card.min.x + pad + 3.0f * em, y + 3.0f * em}};
    const Rect next{{card.max.x - pad - 3.0f * em, y}, {card.max.x - pad, y + 3.0f * em}};
    const bool can_go_back = v.picker_month.y > today.y || v.picker_month.m > today.m;
    if (can_go_back && button(ui, "date.prev", prev, "‹", colour::kPlaceholder, colour::kText, ui.fonts.heading))
        v.picker_month = v.picker_month.m == 1 ? Date{v.picker_month.y - 1, 12, 1} : Date{v.picker_month.y, v.picker_month.m - 1, 1};
    if (button(ui, "date.next", next, "›", colour::kPlaceholder, colour::kText, ui.fonts.heading))
        v.picker_month = v.picker_month.m == 12 ? Date{v.picker_month.y + 1, 1, 1} : Date{v.picker_month.y, v.picker_month.m + 1, 1};
    draw_text_centered(ui, ui.fonts.heading, {{prev.max.x, y}, {next.min.x, y + 3.0f * em}}, colour::kText,
                       ui.strings->month_year(ui.lang, v.picker_month.y, v.picker_month.m));
    y += 3.0f * em + 0.3f * em;

    // Weekday initials, Monday first as in Europe.
    for (int d = 1; d <= 7; ++d) {
        const std::string& abbr = ui.tr("day.short." + std::to_string(d));
        const float x = card.min.x + pad + static_cast<float>(d - 1) * (cell + gap);
        draw_text_centered(ui, ui.fonts.body, {{x, y}, {x + cell, y + ui.fonts.body->FontSize}}, colour::kMuted, abbr);
    }
    y += ui.fonts.body->FontSize + 0.5f * em;

    const int first_col = iso_weekday(v.picker_month) - 1;
    for (int day = 1;; ++day) {
        const Date d = add_days(v.picker_month, day - 1);
        if (d.m != v.picker_month.m) break;
        const int idx = first_col + day - 1;
        const float x = card.min.x + pad + static_cast<float>(idx % 7) * (cell + gap);
        const float cy = y + static_cast<float>(idx / 7) * (cell + gap);
        const Rect r{{x, cy}, {x + cell, cy + cell}};
        const bool past = d < today;
        const bool chosen = m.session.event_window == EventWindow::OnDate && m.session.event_date == d;
        const std::string label = std::to_string(day);
        if (past) {
            draw_text_centered(ui, ui.fonts.body, r, colour::kCardBorder, label);
            continue;
        }
        const ImU32 fill = chosen ? colour::kEvent : (d == today ? colour::kPlaceholder : colour::kCard);
        if (button(ui, "date." + to_iso(d), r, label, fill, chosen ? colour::kOnHeader : colour::kText))
            intent = SetEventWindow{EventWindow::OnDate, d};
    }
    const Rect close{{card.min.x + pad, card.max.y - pad - 3.2f * em}, {card.max.x - pad, card.max.y - pad}};
    if (button(ui, "date.close", close, ui.tr("nav.close"), colour::kHeader, colour::kOnHeader)) intent = PickDate{false};
    return intent;
}

}  // namespace kiosk::app

// Staff mode, statistics tab: two weeks of use as charts drawn with the draw list (no chart
// library in Debian's ImGui): visits per day, the most opened cards, the categories visitors
// chose, languages, and how long visits last. Only counts: nothing a visitor typed.
#include <algorithm>
#include <cstdio>

#include "app/screens.h"

namespace kiosk::app {

namespace {

// Vertical bars with the value on top and the label under each: for series in time order.
float column_chart(Ui& ui, float x, float y, float w, const std::vector<StaffModel::Bar>& bars, ImU32 col) {
    const float em = ui.em, h = 8.0f * em;
    if (bars.empty()) return y;
    std::int64_t top = 1;
    for (const auto& b : bars) top = std::max(top, b.n);
    const float slot = w / static_cast<float>(bars.size());
    const float small = ui.fonts.body->FontSize * 0.72f;
    const float base = y + h + 1.1f * em;
    ui.dl->AddLine({x, base}, {x + w, base}, colour::kCardBorder, 0.06f * em);
    for (size_t i = 0; i < bars.size(); ++i) {
        const float bx = x + slot * static_cast<float>(i);
        const float bh = h * static_cast<float>(bars[i].n) / static_cast<float>(top);
        ui.dl->AddRectFilled({bx + slot * 0.15f, base - bh}, {bx + slot * 0.85f, base}, col, 0.15f * em, ImDrawFlags_RoundCornersTop);
        const std::string n = std::to_string(bars[i].n);
        const ImVec2 ns = ui.fonts.bold->CalcTextSizeA(small, FLT_MAX, 0, n.c_str());
        ui.dl->AddText(ui.fonts.bold, small, {bx + (slot - ns.x) * 0.5f, base - bh - ns.y - 0.1f * em}, colour::kText, n.c_str());
        const ImVec2 ls = ui.fonts.body->CalcTextSizeA(small, FLT_MAX, 0, bars[i].label.c_str());
        ui.dl->AddText(ui.fonts.body, small, {bx + (slot - ls.x) * 0.5f, base + 0.2f * em}, colour::kMuted, bars[i].label.c_str());
    }
    return base + 0.3f * em + small + 0.4f * em;
}

// Horizontal bars, biggest first, label on the left and the count at the bar's end.
float bar_chart(Ui& ui, float x, float y, float w, const std::vector<StaffModel::Bar>& bars, ImU32 col, bool percent = false) {
    const float em = ui.em;
    std::int64_t top = 1, total = 0;
    for (const auto& b : bars) {
        top = std::max(top, b.n);
        total += b.n;
    }
    const float lw = std::min(14.0f * em, w * 0.42f), row = 1.9f * em;
    for (const auto& b : bars) {
        draw_text_lines(ui, ui.fonts.body, {x, y + 0.25f * em}, colour::kText, b.label, lw - 0.4f * em, 1);
        const float full = w - lw - 4.0f * em;
        const float bw = std::max(0.15f * em, full * static_cast<float>(b.n) / static_cast<float>(top));
        ui.dl->AddRectFilled({x + lw, y + 0.2f * em}, {x + lw + bw, y + row - 0.2f * em}, col, 0.15f * em);
        std::string n = std::to_string(b.n);
        if (percent && total > 0) n = std::to_string((b.n * 100 + total / 2) / total) + " %";
        draw_text(ui, ui.fonts.bold, {x + lw + bw + 0.3f * em, y + 0.25f * em}, colour::kText, n);
        y += row;
    }
    return y + 0.3f * em;
}

}  // namespace

Intent draw_staff_stats(Ui& ui, const Model& m, ViewState& v, Rect area, float dt, Intent intent) {
    const StaffModel& s = m.staff;
    const float em = ui.em, pad = 1.0f * em, w = ui.size.x - 2 * pad, x = pad;
    update_scroll(ui, v.staff, area, dt);
    ui.push_clip(area);
    float y = area.min.y - v.staff.offset;

    if (!s.stats_error.empty())
        y += draw_text(ui, ui.fonts.bold, {x, y + 0.4f * em}, colour::kAccent, s.stats_error, w) + 0.8f * em;
    const int minutes = static_cast<int>(s.average_seconds) / 60, seconds = static_cast<int>(s.average_seconds) % 60;
    y += draw_text(ui, ui.fonts.heading, {x, y + 0.4f * em}, colour::kText,
                   format(ui.tr("stats.summary"), {std::to_string(s.sessions), std::to_string(minutes), std::to_string(seconds)}), w) +
         0.6f * em;

    // An empty chart reads as "broken"; say there is nothing yet instead.
    auto columns = [&](const char* title, const std::vector<StaffModel::Bar>& bars, ImU32 col) {
        y = staff_heading(ui, x, y, w, ui.tr(title));
        const bool any = std::any_of(bars.begin(), bars.end(), [](const StaffModel::Bar& b) { return b.n > 0; });
        if (!any) y += draw_text(ui, ui.fonts.body, {x, y}, colour::kMuted, ui.tr("stats.nothing"), w) + 0.6f * em;
        else y = column_chart(ui, x, y, w, bars, col);
    };
    columns("stats.per_day", s.sessions_per_day, colour::kHeader);

    auto section = [&](const char* title, const std::vector<StaffModel::Bar>& bars, ImU32 col, bool percent) {
        y = staff_heading(ui, x, y, w, ui.tr(title));
        if (bars.empty()) y += draw_text(ui, ui.fonts.body, {x, y}, colour::kMuted, ui.tr("stats.nothing"), w) + 0.6f * em;
        else y = bar_chart(ui, x, y, w, bars, col, percent);
    };
    section("stats.cards", s.top_cards, colour::kSite, false);
    section("stats.categories", s.top_categories, colour::kBelfry, false);
    section("stats.languages", s.languages, colour::kEvent, true);
    columns("stats.lengths", s.session_lengths, colour::kAccent);
    y += draw_text(ui, ui.fonts.body, {x, y}, colour::kMuted, ui.tr("stats.privacy"), w) + 1.0f * em;

    v.staff.content = y + v.staff.offset - area.min.y;
    ui.pop_clip();
    return intent;
}

}  // namespace kiosk::app

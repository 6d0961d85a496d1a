// Staff mode: the frame shared by its tabs (title, tabs, leave), and the status tab: which
// pack is shown and where it came from, the one kept for rollback, the last sync, free
// disk, the clock check, configuration problems, and restart/quit (only reachable here).
#include <cmath>
#include <cstdio>

#include "app/screens.h"
#include "core/kinds.h"

namespace kiosk::app {

float staff_heading(Ui& ui, float x, float y, float w, const std::string& text) {
    const float em = ui.em;
    y += 0.6f * em;
    draw_text_lines(ui, ui.fonts.heading, {x, y}, colour::kHeader, text, w, 1);
    y += ui.fonts.heading->FontSize + 0.2f * em;
    ui.dl->AddRectFilled({x, y}, {x + w, y + 0.08f * em}, colour::kCardBorder);
    return y + 0.4f * em;
}

float staff_line(Ui& ui, float x, float y, float w, const std::string& label, const std::string& value, ImU32 col) {
    const float em = ui.em;
    const float lw = std::min(11.0f * em, w * 0.38f);
    draw_text(ui, ui.fonts.bold, {x, y}, colour::kMuted, label, lw - 0.5f * em);
    const float h = draw_text(ui, ui.fonts.body, {x + lw, y}, col, value, w - lw);
    return y + std::max(h, text_height(ui.fonts.bold, lw - 0.5f * em, label)) + 0.35f * em;
}

namespace {

float status_tab(Ui& ui, const Model& m, float x, float y, float w, Intent& intent) {
    const StaffModel& s = m.staff;
    const float em = ui.em;
    y = staff_heading(ui, x, y, w, ui.tr("staff.shown"));
    if (!s.shown.present) {
        y = staff_line(ui, x, y, w, ui.tr("staff.pack"), ui.tr("staff.none"), colour::kAccent);
    } else {
        y = staff_line(ui, x, y, w, ui.tr("staff.pack"),
                       s.shown.pack_id + " · " + format(ui.tr("staff.version"), {s.shown.version}) + " · " + s.shown.region,
                       colour::kText);
        y = staff_line(ui, x, y, w, ui.tr("staff.built"), s.shown.build_time, colour::kText);
        y = staff_line(ui, x, y, w, ui.tr("staff.export"), s.shown.export_date, colour::kText);
        std::string counts;
        for (std::string_view k : kKinds) {
            const auto it = s.shown.counts.find(std::string(k));
            if (it == s.shown.counts.end()) continue;
            if (!counts.empty()) counts += " · ";
            counts += std::to_string(it->second) + " " + ui.tr("kind." + std::string(k) + ".plural");
        }
        y = staff_line(ui, x, y, w, ui.tr("staff.counts"), counts, colour::kText);
        y = staff_line(ui, x, y, w, ui.tr("staff.source"), ui.tr(s.pack_source), colour::kText);
        y = staff_line(ui, x, y, w, ui.tr("staff.file"), s.shown.file, colour::kMuted);
    }

    y = staff_heading(ui, x, y, w, ui.tr("staff.rollback_title"));
    if (s.previous.present && s.previous.error.empty()) {
        y = staff_line(ui, x, y, w, ui.tr("staff.previous"),
                       s.previous.pack_id + " · " + format(ui.tr("staff.version"), {s.previous.version}), colour::kText);
        const Rect b{{x, y}, {x + std::min(w, 18.0f * em), y + 2.8f * em}};
        if (button(ui, "staff.rollback", b, format(ui.tr("staff.rollback_to"), {s.previous.version}), colour::kHeader,
                   colour::kOnHeader))
            intent = StaffRollback{};
        y = b.max.y + 0.4f * em;
    } else {
        y = staff_line(ui, x, y, w, ui.tr("staff.previous"),
                       s.previous.present ? s.previous.error : ui.tr("staff.no_previous"), colour::kMuted);
    }

    y = staff_heading(ui, x, y, w, ui.tr("staff.last_sync"));
    if (s.last_sync_time.empty()) {
        y = staff_line(ui, x, y, w, ui.tr("staff.when"), ui.tr("staff.never"), colour::kMuted);
    } else {
        const bool ok = s.last_sync_status == "installed" || s.last_sync_status == "up_to_date";
        y = staff_line(ui, x, y, w, ui.tr("staff.when"), s.last_sync_time, colour::kText);
        y = staff_line(ui, x, y, w, ui.tr("staff.result"), s.last_sync_message, ok ? colour::kText : colour::kAccent);
        y = staff_line(ui, x, y, w, ui.tr("staff.from"), s.last_sync_source, colour::kMuted);
    }

    y = staff_heading(ui, x, y, w, ui.tr("staff.health"));
    y = staff_line(ui, x, y, w, ui.tr("staff.kiosk"), s.kiosk_id + (s.kiosk_name.empty() ? "" : " · " + s.kiosk_name), colour::kText);
    y = staff_line(ui, x, y, w, ui.tr("staff.disk"), s.free_bytes < 0 ? std::string("?") : format_bytes(s.free_bytes, ui.lang),
                   s.free_bytes >= 0 && s.free_bytes < (std::int64_t{512} << 20) ? colour::kAccent : colour::kText);
    if (m.clock_trusted)
        y = staff_line(ui, x, y, w, ui.tr("staff.clock"), s.clock_now + " · " + ui.tr("staff.clock_ok"), colour::kText);
    else
        y = staff_line(ui, x, y, w, ui.tr("staff.clock"), format(ui.tr("staff.clock_wrong"), {s.clock_now, s.pack_built}),
                       colour::kAccent);
    for (const std::string& e : s.config_errors) y = staff_line(ui, x, y, w, ui.tr("staff.config"), e, colour::kAccent);

    y = staff_heading(ui, x, y, w, ui.tr("staff.problems"));
    if (s.pack_problems.empty()) y = staff_line(ui, x, y, w, "", ui.tr("staff.problems_none"), colour::kMuted);
    for (const StaffModel::PackProblem& p : s.pack_problems)
        y = staff_line(ui, x, y, w, format(ui.tr("staff.problem_count"), {std::to_string(p.count), p.last}), p.what,
                       colour::kAccent);

    y = staff_heading(ui, x, y, w, ui.tr("staff.machine"));
    const float bw = (w - 0.6f * em) * 0.5f;
    if (button(ui, "staff.restart", {{x, y}, {x + bw, y + 2.8f * em}}, ui.tr("staff.restart"), colour::kHeader, colour::kOnHeader))
        intent = StaffRestart{};
    if (button(ui, "staff.quit", {{x + bw + 0.6f * em, y}, {x + w, y + 2.8f * em}}, ui.tr("staff.quit"), colour::kAccent,
               colour::kOnHeader))
        intent = StaffQuit{};
    return y + 3.4f * em;
}

}  // namespace

Intent draw_staff(Ui& ui, const Model& m, ViewState& v, float dt) {
    Intent intent;
    const StaffModel& s = m.staff;
    const float em = ui.em, pad = 1.0f * em;

    // Title bar in the staff colours (dark, unlike the visitors' screens) and the way out.
    const float bar = std::floor(3.6f * em);
    ui.dl->AddRectFilled({0, 0}, {ui.size.x, bar}, IM_COL32(40, 40, 48, 255));
    const Rect leave{{ui.size.x - pad - 12.0f * em, 0.5f * em}, {ui.size.x - pad, bar - 0.5f * em}};
    if (button(ui, "staff.leave", leave, ui.tr("staff.leave"), IM_COL32(255, 255, 255, 40), colour::kOnHeader)) intent = LeaveStaff{};
    draw_text_lines(ui, ui.fonts.heading, {pad, (bar - ui.fonts.heading->FontSize) * 0.5f}, colour::kOnHeader,
                    ui.tr("staff.title"), leave.min.x - 2 * pad, 1);

    // Tabs.
    const float th = 3.0f * em, ty = bar + 0.5f * em;
    const StaffModel::Tab tabs[3] = {StaffModel::Tab::Status, StaffModel::Tab::Usb, StaffModel::Tab::Stats};
    const char* names[3] = {"status", "usb", "stats"};
    const float tw = (ui.size.x - 2 * pad - 2 * 0.4f * em) / 3;
    for (int i = 0; i < 3; ++i) {
        const float tx = pad + static_cast<float>(i) * (tw + 0.4f * em);
        const bool current = m.session.staff_tab == tabs[i];
        if (button(ui, std::string("staff.tab.") + names[i], {{tx, ty}, {tx + tw, ty + th}}, ui.tr(std::string("staff.tab.") + names[i]),
                   current ? colour::kHeader : colour::kPlaceholder, current ? colour::kOnHeader : colour::kText))
            intent = OpenStaffTab{tabs[i]};
    }

    // The outcome of the last action stays visible under the tabs until the next one.
    float top = ty + th + 0.4f * em;
    if (!s.result.empty()) {
        const float h = text_height(ui.fonts.bold, ui.size.x - 2 * pad - 1.2f * em, s.result) + 0.8f * em;
        ui.dl->AddRectFilled({pad, top}, {ui.size.x - pad, top + h}, s.result_ok ? IM_COL32(214, 240, 214, 255) : IM_COL32(250, 218, 214, 255),
                             0.3f * em);
        draw_text(ui, ui.fonts.bold, {pad + 0.6f * em, top + 0.4f * em}, colour::kText, s.result, ui.size.x - 2 * pad - 1.2f * em);
        top += h + 0.4f * em;
    }

    const Rect area{{0, top}, ui.size};
    if (m.session.staff_tab == StaffModel::Tab::Usb) return draw_staff_usb(ui, m, v, area, dt, intent);
    if (m.session.staff_tab == StaffModel::Tab::Stats) return draw_staff_stats(ui, m, v, area, dt, intent);
    update_scroll(ui, v.staff, area, dt);
    ui.push_clip(area);
    const float end = status_tab(ui, m, pad, area.min.y - v.staff.offset, ui.size.x - 2 * pad, intent);
    v.staff.content = end + v.staff.offset - area.min.y;
    ui.pop_clip();
    return intent;
}

}  // namespace kiosk::app

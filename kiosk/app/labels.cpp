// Sentences built from core results in the visitor's language (open/closed lines).
#include <cstdio>

#include "app/screens.h"

namespace kiosk::app {

std::string open_line(const Ui& ui, const OpenStatus& s, const DateTime& now, ImU32* colour) {
    auto when = [&](const DateTime& t) {
        const auto days = days_from_civil(t.date) - days_from_civil(now.date);
        const std::string hhmm = to_hhmm(t.minute_of_day);
        if (days == 0) return format(ui.tr("open.today_at"), {hhmm});
        if (days == 1) return format(ui.tr("open.tomorrow_at"), {hhmm});
        return format(ui.tr("open.day_at"), {ui.tr("day." + std::to_string(iso_weekday(t.date))), hhmm});
    };
    ImU32 col = colour::kMuted;
    std::string out;
    switch (s.state) {
        case OpenState::Unknown: break;
        case OpenState::OpenNow:
            col = IM_COL32(20, 120, 60, 255);
            out = s.closes.empty() ? ui.tr("open.now") : format(ui.tr("open.now_until"), {s.closes});
            break;
        case OpenState::OpensLaterToday:
            col = IM_COL32(170, 95, 0, 255);
            out = s.next_open ? format(ui.tr("open.opens"), {when(*s.next_open)}) : "";
            break;
        case OpenState::ClosedToday:
            out = ui.tr("open.closed_today");
            if (!s.holiday.empty()) out += " (" + ui.tr("holiday." + s.holiday) + ")";
            if (s.next_open) out += " · " + format(ui.tr("open.opens"), {when(*s.next_open)});
            break;
        case OpenState::Closed: out = ui.tr("open.closed"); break;
    }
    if (colour) *colour = col;
    return out;
}

std::string format_bytes(std::int64_t bytes, const std::string& lang) {
    char buf[32];
    const double b = static_cast<double>(bytes);
    if (b >= 1024.0 * 1024 * 1024) std::snprintf(buf, sizeof buf, "%.1f %s", b / (1024.0 * 1024 * 1024), lang == "fr" ? "Go" : "GB");
    else std::snprintf(buf, sizeof buf, "%.1f %s", b / (1024.0 * 1024), lang == "fr" ? "Mo" : "MB");
    std::string s = buf;
    // Only English writes a decimal point; French, Dutch and German a comma.
    if (lang != "en")
        for (char& c : s)
            if (c == '.') c = ',';
    return s;
}

}  // namespace kiosk::app

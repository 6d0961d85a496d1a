// Sentences built from core results in the visitor's language (open/closed lines).
#include <cstdio>

#include "app/screens.h"
#include "core/exonyms.h"
#include "core/map_data.h"
#include "core/route.h"

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
            col = colour::kOpen;
            out = !s.closes.empty()       ? format(ui.tr("open.now_until"), {s.closes})
                  : s.around_the_clock ? ui.tr("open.around_the_clock")
                                       : ui.tr("open.now");
            break;
        case OpenState::OpenedNoClose:
            // Not green: the export does not say it is still open.
            col = colour::kWarn;
            out = format(ui.tr("open.opened_no_close"), {s.opened});
            break;
        case OpenState::OpensLaterToday:
            col = colour::kWarn;
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

std::string event_line(const Ui& ui, const Occurrence& o, const DateTime& now) {
    std::string when;
    if (o.running)
        when = ui.tr("event.running");
    else if (o.first == now.date && o.last == now.date)
        when = ui.tr("event.today");
    else if (o.first != o.last)
        when = format(ui.tr("date.range"), {ui.strings->long_date(ui.lang, o.first), ui.strings->long_date(ui.lang, o.last)});
    else
        when = ui.strings->long_date(ui.lang, o.first);
    std::string times;
    if (o.running && !o.end_time.empty())
        times = format(ui.tr("event.until"), {o.end_time});
    else if (!o.running && !o.start_time.empty() && !o.end_time.empty())
        times = format(ui.tr("time.range"), {o.start_time, o.end_time});
    else if (!o.running && !o.start_time.empty())
        times = format(ui.tr("time.from"), {o.start_time});
    return times.empty() ? when : when + ", " + times;
}

std::string card_dates(const Ui& ui, const Card& c, const Date& today) {
    if (c.next_start.empty()) return {};
    // A date of another year says its year: "5 November" read on 21 November 2026 would be
    // taken for a day already past, when the export means November 2027.
    auto text = [&](const Date& d) {
        std::string s = ui.strings->short_date(ui.lang, d);
        if (d.y != today.y && ui.tr("date.short").find("{year}") == std::string::npos) s += " " + std::to_string(d.y);
        return s;
    };
    const auto d = parse_date(c.next_start);
    std::string when = d ? text(*d) : c.next_start;
    if (!c.next_end.empty() && c.next_end != c.next_start) {
        if (auto e = parse_date(c.next_end)) when += " – " + text(*e);
    }
    return when;
}

std::string card_town(const Ui& ui, const std::string& town, const LonLat* at) { return town_name(town, ui.lang, at); }

std::string time_range_text(const Ui& ui, const TimeRange& r) {
    if (whole_day(r)) return ui.tr("hours.all_day");
    if (r.closes.empty()) return format(ui.tr("time.from"), {r.opens});
    if (r.opens.empty()) return format(ui.tr("time.until"), {r.closes});
    return format(ui.tr("time.range"), {r.opens, r.closes});
}

std::string weekdays_text(const Ui& ui, int weekdays) {
    std::string out;
    for (int d = 1; d <= 7; ++d)
        if (weekdays & (1 << (d - 1))) out += (out.empty() ? "" : ", ") + ui.tr("day." + std::to_string(d));
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

// "3,2 km" with the visitor's decimal separator; whole kilometres past 10 km.
std::string km_text(const Ui& ui, double metres) {
    char buf[32];
    if (metres >= 10000)
        std::snprintf(buf, sizeof buf, "%.0f", metres / 1000.0);
    else
        std::snprintf(buf, sizeof buf, "%.1f", metres / 1000.0);
    std::string s = buf;
    if (auto dot = s.find('.'); dot != std::string::npos) s.replace(dot, 1, ui.tr("number.decimal"));
    return s;
}

std::string distance_line(const Ui& ui, double metres, bool walking) {
    // The kiosk's own place (the museum whose hall it stands in) is not "0,0 km" away.
    if (metres < kHereMetres) return ui.tr("distance.here");
    if (!walking) return km_text(ui, metres) + " km";
    std::string out = format(ui.tr("distance.from_here"), {km_text(ui, metres)});
    if (metres <= 5000) out += " · " + format(ui.tr("distance.walk"), {std::to_string(walking_minutes(metres))});
    return out;
}


// --- Routes (issue 17): the route screen shows these and Speech reads them, so they live
// with the other words made from the model, not in the screen's draw code. -----------

namespace {

const char* means_key(RouteMeans m) {
    switch (m) {
        case RouteMeans::Walk: return "route.means.walk";
        case RouteMeans::Bike: return "route.means.bike";
        case RouteMeans::Car: return "route.means.car";
        case RouteMeans::Horse: return "route.means.horse";
        case RouteMeans::Boat: return "route.means.boat";
        case RouteMeans::Unknown: break;
    }
    return nullptr;
}

}  // namespace

// "12,5 km", "800 m": the export's figure, in the visitor's decimal mark, never rounded to a
// value the export did not give (up to two decimals).
std::string route_length_text(const Ui& ui, double metres) {
    char buf[32];
    if (metres < 1000) {
        std::snprintf(buf, sizeof buf, "%.0f m", metres);
        return buf;
    }
    std::snprintf(buf, sizeof buf, "%.2f", metres / 1000);
    std::string s = buf;
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
    if (auto dot = s.find('.'); dot != std::string::npos) s.replace(dot, 1, ui.tr("number.decimal"));
    return s + " km";
}

// "45 min", "2 h", "2 h 30 min" (key prefix "route." on screen, "speech.route." for the voice).
std::string route_duration_text(const Ui& ui, int minutes, const std::string& prefix) {
    const int h = minutes / 60, mm = minutes % 60;
    if (h == 0) return format(ui.tr(prefix + "minutes"), {std::to_string(mm)});
    if (mm == 0) return format(ui.tr(prefix + "hours"), {std::to_string(h)});
    char two[8];
    std::snprintf(two, sizeof two, "%02d", mm);
    return format(ui.tr(prefix + "hours_minutes"), {std::to_string(h), prefix == "route." ? two : std::to_string(mm)});
}

// Where it starts from the kiosk, or "" when that is not known or not claimed.
std::string route_start_text(const Ui& ui, const session::RouteStart& s) {
    switch (s.kind) {
        case session::RouteStart::Kind::Here: return ui.tr("route.start.here");
        case session::RouteStart::Kind::Away: {
            std::string out = format(ui.tr("route.start.away"), {km_text(ui, s.metres), ui.tr("route.dir." + std::to_string(s.direction))});
            if (s.metres <= 5000) out += " · " + format(ui.tr("distance.walk"), {std::to_string(walking_minutes(s.metres))});
            return out;
        }
        case session::RouteStart::Kind::Unknown: break;
    }
    return "";
}

// The figures line: length, duration, means, difficulty, loop; only what the export says.
std::vector<std::string> route_facts(const Ui& ui, const Route& r, const std::string& duration_prefix) {
    std::vector<std::string> out;
    if (r.length_m > 0) out.push_back(format(ui.tr("route.length"), {route_length_text(ui, r.length_m)}));
    if (r.duration_min > 0) out.push_back(format(ui.tr("route.duration"), {route_duration_text(ui, r.duration_min, duration_prefix)}));
    if (const char* k = means_key(r.means)) out.push_back(ui.tr(k));
    if (!r.difficulty.empty()) out.push_back(format(ui.tr("route.difficulty"), {r.difficulty.value}));
    if (r.loop) out.push_back(ui.tr("route.loop"));
    return out;
}

}  // namespace kiosk::app

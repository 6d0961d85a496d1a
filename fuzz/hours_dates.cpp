// Opening hours and event dates as the kiosk computes them for a card, a list filter and the
// detail screen. The input is text, one record a line, fields split on blanks, "-" for empty:
//   now 2026-07-04T10:30                           the kiosk's clock
//   h DAY OPENS CLOSES VALID_FROM VALID_THROUGH   an opening rule (HoursRow)
//   p START_DATE END_DATE START_TIME END_TIME WEEKDAYS   an event period (PeriodRow)
// Any other token is also handed to the date and time parsers. Nothing here may throw.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

#include "core/dates.h"
#include "core/event_dates.h"
#include "core/hours.h"

using namespace kiosk;

namespace {

std::vector<std::string> fields(const std::string& line) {
    std::istringstream in(line);
    std::vector<std::string> out;
    for (std::string f; in >> f;) out.push_back(f == "-" ? "" : f);
    return out;
}

int number(const std::string& s) {
    int n = 0;
    for (char c : s.substr(0, 4))
        if (c >= '0' && c <= '9') n = n * 10 + (c - '0');
    return n;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size > 4096) return 0;  // a place has a few dozen rules; more only makes runs slow
    std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
    DateTime now{{2026, 7, 4}, 10 * 60 + 30};
    std::vector<HoursRow> hours;
    std::vector<PeriodRow> periods;
    for (std::string line; std::getline(in, line);) {
        std::vector<std::string> f = fields(line);
        if (f.empty()) continue;
        for (const std::string& s : f) {
            parse_date(s);
            parse_hhmm(s);
            parse_datetime(s);
        }
        f.resize(6);
        if (f[0] == "now") {
            if (const auto t = parse_datetime(f[1])) now = *t;
        } else if (f[0] == "h") {
            hours.push_back(HoursRow{number(f[1]), f[2], f[3], f[4], f[5]});
        } else if (f[0] == "p") {
            f.resize(7);
            periods.push_back(PeriodRow{f[1], f[2], f[3], f[4], number(f[5]) & 127});
        }
    }

    // A site's card, list filter and detail screen.
    open_status(hours, now);
    is_open_at(hours, now);
    const Week w = week_for(hours, now.date);
    for (int d = 0; d < 8; ++d) hours_on(hours, add_days(now.date, d));
    for (const auto& day : w.days)
        for (const TimeRange& r : day) whole_day(r);
    for (const HoursRow& r : hours) rule_covers(r, to_iso(now.date));
    // An event's card, the "when" buttons and the detail screen's dates.
    next_occurrence(periods, hours, now);
    for (EventWindow win : {EventWindow::Today, EventWindow::ThisWeekend, EventWindow::Next7Days, EventWindow::OnDate}) {
        const auto [from, to] = window_range(win, now.date, add_days(now.date, 40));
        occurs_between(periods, hours, from, to, now);
    }
    periods_not_over(periods, now);
    to_hhmm(now.minute_of_day);
    return 0;
}

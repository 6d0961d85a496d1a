// Turns dated weekly rules into the week in force, the hours of a date, and "open now".
#include "core/hours.h"

#include <algorithm>
#include <climits>
#include <cstdint>
#include <tuple>
#include <utility>

#include "core/holidays.h"

namespace kiosk {

namespace {

constexpr int kDay = 24 * 60;  // minutes
constexpr int kHolidays = 8;   // day_of_week of the public-holiday rules

bool covers(const HoursRow& r, const std::string& day) { return rule_covers(r, day); }

bool is_closing(const HoursRow& r) { return r.opens.empty() && r.closes.empty(); }

// A time we cannot read must not turn a rule into a closing day, so such rules are dropped.
bool well_formed(const HoursRow& r) {
    if (r.day_of_week < 1 || r.day_of_week > kHolidays) return false;
    if (!r.opens.empty()) {
        auto o = parse_hhmm(r.opens);
        if (!o || *o >= kDay) return false;
    }
    return r.closes.empty() || parse_hhmm(r.closes).has_value();
}

// How broad a validity range is: open ends first, then length in days. Smaller = narrower.
std::pair<int, std::int64_t> breadth(const HoursRow& r) {
    const auto from = parse_date(r.valid_from), through = parse_date(r.valid_through);
    const int open_ends = (from ? 0 : 1) + (through ? 0 : 1);
    const std::int64_t days = from && through ? days_from_civil(*through) - days_from_civil(*from) : 0;
    return {open_ends, days};
}

// Of the rules that apply on one day, the timed ones a closing rule does not override.
std::vector<const HoursRow*> resolve(const std::vector<const HoursRow*>& applying) {
    std::optional<std::pair<int, std::int64_t>> closing;
    for (const HoursRow* r : applying)
        if (is_closing(*r) && (!closing || breadth(*r) < *closing)) closing = breadth(*r);
    std::vector<const HoursRow*> kept;
    for (const HoursRow* r : applying)
        if (!is_closing(*r) && (!closing || breadth(*r) < *closing)) kept.push_back(r);
    return kept;
}

std::vector<TimeRange> ranges_of(const std::vector<const HoursRow*>& rules) {
    std::vector<TimeRange> out;
    for (const HoursRow* r : rules)
        if (std::none_of(out.begin(), out.end(), [&](const TimeRange& x) { return x.opens == r->opens && x.closes == r->closes; }))
            out.push_back({r->opens, r->closes});
    std::sort(out.begin(), out.end(), [](const TimeRange& a, const TimeRange& b) {
        return std::tie(a.opens, a.closes) < std::tie(b.opens, b.closes);
    });
    return out;
}

// A stretch of time in minutes from today's midnight (negative = yesterday), end excluded.
struct Span {
    int from, to;
    bool end_known;
};

// "24:00" rather than "00:00" for a midnight close: the feed's own way of saying it.
std::string clock_of(int minutes) {
    const int m = ((minutes % kDay) + kDay) % kDay;
    return to_hhmm(m == 0 ? kDay : m);
}

// 23:59 as a closing time is the producer's way of writing midnight (see hours.h).
int closing_minute(int c) { return c == kDay - 1 ? kDay : c; }

}  // namespace

// ISO dates compare as strings, so validity needs no parsing.
bool rule_covers(const HoursRow& r, const std::string& day) {
    return (r.valid_from.empty() || r.valid_from <= day) && (r.valid_through.empty() || day <= r.valid_through);
}

bool whole_day(const TimeRange& r) {
    const auto o = parse_hhmm(r.opens), c = parse_hhmm(r.closes);
    if (!o || !c) return false;
    return (*o == 0 && closing_minute(*c) >= kDay) || *o == *c || (*o == 0 && *c == 0);
}

Week week_for(const std::vector<HoursRow>& rules, const Date& day) {
    Week w;
    const std::string today = to_iso(day);
    std::vector<const HoursRow*> chosen;
    for (const HoursRow& r : rules)
        if (covers(r, today)) chosen.push_back(&r);
    if (chosen.empty()) {
        // ISO dates compare as strings, so the earliest future start is a plain minimum.
        std::string next;
        for (const HoursRow& r : rules)
            if (!r.valid_from.empty() && r.valid_from > today && (next.empty() || r.valid_from < next)) next = r.valid_from;
        if (next.empty()) return w;
        for (const HoursRow& r : rules)
            if (covers(r, next)) chosen.push_back(&r);
        w.from = next;
    }
    for (int dow = 1; dow <= kHolidays; ++dow) {
        std::vector<const HoursRow*> applying;
        for (const HoursRow* r : chosen)
            if (r->day_of_week == dow && well_formed(*r)) applying.push_back(r);
        std::vector<TimeRange> ranges = ranges_of(resolve(applying));
        if (dow == kHolidays) {
            w.holiday_rules = !applying.empty();
            w.holidays = std::move(ranges);
        } else {
            w.days[static_cast<size_t>(dow - 1)] = std::move(ranges);
        }
    }
    w.known = !chosen.empty();
    return w;
}

DayHours hours_on(const std::vector<HoursRow>& rules, const Date& day) {
    DayHours h;
    const std::string iso = to_iso(day);
    // Expiry is what makes a date unknown; a gap before a future range is a seasonal closure.
    h.known = std::any_of(rules.begin(), rules.end(), [&](const HoursRow& r) {
        return r.day_of_week >= 1 && r.day_of_week <= kHolidays && (r.valid_through.empty() || iso <= r.valid_through);
    });
    if (!h.known) return h;
    std::vector<const HoursRow*> applying;
    if (is_public_holiday(day)) {
        for (const HoursRow& r : rules)
            if (r.day_of_week == kHolidays && covers(r, iso) && well_formed(r)) applying.push_back(&r);
        h.holiday = !applying.empty();
    }
    if (!h.holiday) {
        const int dow = iso_weekday(day);
        for (const HoursRow& r : rules)
            if (r.day_of_week == dow && covers(r, iso) && well_formed(r)) applying.push_back(&r);
    }
    h.ranges = ranges_of(resolve(applying));
    return h;
}

OpenStatus open_status(const std::vector<HoursRow>& rules, const DateTime& now, int horizon_days) {
    OpenStatus s;
    if (rules.empty() || horizon_days < 1) return s;

    // Lay the days out on one line of minutes, from yesterday (its overnight ranges reach into
    // today) to one day past the horizon (so that a range running into it is not reported as
    // closing at the horizon's edge).
    std::vector<Span> open, unsure;  // unsure: closes known, opening time not
    int unknown_from = INT_MAX;      // where the data runs out
    for (int off = -1; off <= horizon_days; ++off) {
        const Date d = add_days(now.date, off);
        const DayHours h = hours_on(rules, d);
        if (!h.known) {
            if (off == 0) return s;  // expired data: say nothing rather than "closed"
            if (off > 0) {
                unknown_from = off * kDay;
                break;  // expiry is final: every later date is unknown too
            }
            continue;
        }
        if (off == 0 && h.holiday) s.holiday = holiday_key(d);
        const int base = off * kDay;
        for (const TimeRange& r : h.ranges) {
            const auto o = parse_hhmm(r.opens), c = parse_hhmm(r.closes);
            if (o && c) {
                const int close = closing_minute(*c);
                open.push_back({base + *o, base + (close <= *o ? close + kDay : close), true});
            }
            else if (o)
                open.push_back({base + *o, base + kDay, false});
            else if (c)
                unsure.push_back({base, base + *c, true});
        }
    }

    // Touching or overlapping ranges are one opening: 10-12 and 12-18 closes at 18:00, and an
    // overnight range flows into the next day's.
    std::sort(open.begin(), open.end(), [](const Span& a, const Span& b) { return a.from < b.from; });
    std::vector<Span> merged;
    for (const Span& sp : open) {
        if (!merged.empty() && sp.from <= merged.back().to) {
            Span& m = merged.back();
            if (sp.to > m.to)
                m.to = sp.to, m.end_known = sp.end_known;
            else if (sp.to == m.to)
                m.end_known = m.end_known || sp.end_known;
        } else {
            merged.push_back(sp);
        }
    }

    const int t = now.minute_of_day;
    const int scanned_end = (horizon_days + 1) * kDay;
    for (const Span& m : merged) {
        if (m.from <= t && t < m.to) {
            if (!m.end_known) {
                // "from 10:00" with no closing time: say what the export says, no more.
                s.state = OpenState::OpenedNoClose;
                s.opened = clock_of(m.from);
                return s;
            }
            s.state = OpenState::OpenNow;
            if (m.to < scanned_end && m.to < unknown_from)
                s.closes = clock_of(m.to);
            else
                s.around_the_clock = true;  // no closing within the days we looked at
            return s;
        }
    }
    int blocked_from = unknown_from;
    for (const Span& u : unsure) {
        if (u.from <= t && t < u.to) return s;  // it may well be open: Unknown
        if (u.from > t) blocked_from = std::min(blocked_from, u.from);
    }

    const int horizon_end = horizon_days * kDay;
    for (const Span& m : merged) {
        if (m.from <= t) continue;
        if (m.from < horizon_end && m.from < blocked_from) {
            s.next_open = DateTime{add_days(now.date, m.from / kDay), m.from % kDay};
            s.state = m.from < kDay ? OpenState::OpensLaterToday : OpenState::ClosedToday;
            return s;
        }
        break;
    }
    // Closed for the rest of today; "Closed" only when the data covers the whole horizon.
    s.state = blocked_from < horizon_end ? OpenState::ClosedToday : OpenState::Closed;
    return s;
}

bool is_open_at(const std::vector<HoursRow>& rules, const DateTime& now) {
    return open_status(rules, now, 1).state == OpenState::OpenNow;
}

}  // namespace kiosk

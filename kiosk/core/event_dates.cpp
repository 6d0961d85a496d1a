// Reads event periods as stretches of time and matches them against dates and "now".
#include "core/event_dates.h"

#include <tuple>

namespace kiosk {

namespace {

constexpr int kDay = 24 * 60;

// A period as two instants, end excluded, plus the dates it was written with.
struct Span {
    DateTime start, end;
    Date first, last;
};

std::optional<Span> span_of(const PeriodRow& p) {
    const auto first = parse_date(p.start_date);
    if (!first) return std::nullopt;
    Date last = *first;
    if (auto e = parse_date(p.end_date); e && *e > *first) last = *e;
    Span s{{*first, 0}, {add_days(last, 1), 0}, *first, last};
    if (auto t = parse_hhmm(p.start_time); t && *t < kDay) s.start.minute_of_day = *t;
    if (auto t = parse_hhmm(p.end_time)) {
        // "24:00" is the next midnight, which is already the default end.
        const DateTime end = *t >= kDay ? DateTime{add_days(last, 1), 0} : DateTime{last, *t};
        if (end > s.start)
            s.end = end;
        else if (end < s.start)
            s.end = DateTime{add_days(end.date, 1), end.minute_of_day};  // overnight
        // equal: a repeated start time says nothing about the end; keep the end of the day
    }
    return s;
}

bool in_progress(const Span& s, const DateTime& now) { return s.start <= now && now < s.end; }

}  // namespace

std::pair<Date, Date> window_range(EventWindow w, const Date& today, const Date& picked) {
    switch (w) {
        case EventWindow::Today: return {today, today};
        case EventWindow::ThisWeekend: {
            const int dow = iso_weekday(today);  // 6 = Saturday, 7 = Sunday
            if (dow >= 6) return {today, add_days(today, 7 - dow)};
            const Date saturday = add_days(today, 6 - dow);
            return {saturday, add_days(saturday, 1)};
        }
        case EventWindow::Next7Days: return {today, add_days(today, 6)};
        case EventWindow::OnDate: return {picked, picked};
    }
    return {today, today};
}

std::optional<PeriodRow> next_occurrence(const std::vector<PeriodRow>& periods, const DateTime& now) {
    const PeriodRow* best = nullptr;
    Span best_span{};
    bool best_running = false;
    for (const PeriodRow& p : periods) {
        const auto s = span_of(p);
        if (!s || s->end <= now) continue;
        const bool running = in_progress(*s, now);
        bool better = false;
        if (!best)
            better = true;
        else if (running != best_running)
            better = running;
        else if (running)
            better = std::tie(s->end, s->start) < std::tie(best_span.end, best_span.start);
        else
            better = std::tie(s->start, s->end) < std::tie(best_span.start, best_span.end);
        if (better) best = &p, best_span = *s, best_running = running;
    }
    if (!best) return std::nullopt;
    return *best;
}

bool occurs_between(const std::vector<PeriodRow>& periods, const Date& from, const Date& to) {
    for (const PeriodRow& p : periods) {
        const auto s = span_of(p);
        if (s && s->first <= to && from <= s->last) return true;
    }
    return false;
}

bool occurs_between(const std::vector<PeriodRow>& periods, const Date& from, const Date& to, const DateTime& now) {
    for (const PeriodRow& p : periods) {
        const auto s = span_of(p);
        if (!s || s->end <= now) continue;
        if (s->first <= to && from <= s->last) return true;
        if (in_progress(*s, now) && from <= now.date && now.date <= to) return true;
    }
    return false;
}

}  // namespace kiosk

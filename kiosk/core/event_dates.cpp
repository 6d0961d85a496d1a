// Reads event periods as stretches of time, or as days of a weekly pattern, and matches them
// against dates and "now" (the rules are in event_dates.h).
#include "core/event_dates.h"

#include <algorithm>
#include <tuple>

#include "core/hours.h"

namespace kiosk {

namespace {

constexpr int kDay = 24 * 60;

// A stretch of time, end excluded, plus the dates it was written with.
struct Span {
    DateTime start, end;
    Date first, last;
    std::string start_time, end_time;
};

// The end of a slot that starts at `start` on `day` and ends at `end_time` (maybe empty).
DateTime slot_end(const Date& day, const DateTime& start, const std::string& end_time) {
    DateTime end{add_days(day, 1), 0};  // without an end time: the end of the day
    if (auto t = parse_hhmm(end_time)) {
        // "24:00" is the next midnight, which is already the default end.
        const DateTime e = *t >= kDay ? DateTime{add_days(day, 1), 0} : DateTime{day, *t};
        if (e > start)
            end = e;
        else if (e < start)
            end = DateTime{add_days(e.date, 1), e.minute_of_day};  // overnight
        // equal: a repeated start time says nothing about the end; keep the end of the day
    }
    return end;
}

std::optional<Span> span_of(const PeriodRow& p) {
    const auto first = parse_date(p.start_date);
    if (!first) return std::nullopt;
    Date last = *first;
    if (auto e = parse_date(p.end_date); e && *e > *first) last = *e;
    Span s{{*first, 0}, {}, *first, last, p.start_time, p.end_time};
    if (auto t = parse_hhmm(p.start_time); t && *t < kDay) s.start.minute_of_day = *t;
    // The end time belongs to the last date; compared with the start on the first date, so
    // only a one-day period can end overnight.
    s.end = slot_end(last, s.start, p.end_time);
    return s;
}

bool in_progress(const Span& s, const DateTime& now) { return s.start <= now && now < s.end; }

// Whether any opening rule could decide a date of the period (validity ranges overlap).
bool rules_touch(const std::vector<HoursRow>& hours, const Span& s) {
    const std::string first = to_iso(s.first), last = to_iso(s.last);
    return std::any_of(hours.begin(), hours.end(), [&](const HoursRow& r) {
        return r.day_of_week >= 1 && r.day_of_week <= 8 && (r.valid_from.empty() || r.valid_from <= last) &&
               (r.valid_through.empty() || first <= r.valid_through);
    });
}

bool patterned(const PeriodRow& p, const std::vector<HoursRow>& hours, const Span& s) {
    return (p.weekdays & 0x7F) != 0 || rules_touch(hours, s);
}

// The slots of a patterned period on one date, in time order (none when it is not held).
std::vector<Span> slots_on(const PeriodRow& p, const std::vector<HoursRow>& hours, const Span& s, const Date& day) {
    std::vector<Span> out;
    if (day < s.first || s.last < day) return out;
    if ((p.weekdays & 0x7F) != 0 && !(p.weekdays & (1 << (iso_weekday(day) - 1)))) return out;
    const std::string iso = to_iso(day);
    const bool ruled = std::any_of(hours.begin(), hours.end(), [&](const HoursRow& r) { return rule_covers(r, iso); });
    auto add = [&](const std::string& from, const std::string& to) {
        Span sl{{day, 0}, {}, day, day, from, to};
        if (auto t = parse_hhmm(from); t && *t < kDay) sl.start.minute_of_day = *t;
        sl.end = slot_end(day, sl.start, to);
        out.push_back(std::move(sl));
    };
    if (!ruled) {
        add(p.start_time, p.end_time);
        return out;
    }
    for (const TimeRange& r : hours_on(hours, day).ranges) add(r.opens, r.closes);
    return out;
}

Occurrence occurrence_of(const Span& s, const DateTime& now) {
    return {s.first, s.last, s.start_time, s.end_time, in_progress(s, now)};
}

// Calls fn(slot) for every slot of the period, from `from` to `to` (dates), in time order,
// until fn returns false. A plain period is one slot.
template <class F>
void for_each_slot(const PeriodRow& p, const std::vector<HoursRow>& hours, const Date& from, const Date& to, F&& fn) {
    const auto s = span_of(p);
    if (!s) return;
    if (!patterned(p, hours, *s)) {
        fn(*s);
        return;
    }
    const Date a = std::max(from, s->first), b = std::min(to, s->last);
    for (Date d = a; !(b < d); d = add_days(d, 1))
        for (const Span& sl : slots_on(p, hours, *s, d))
            if (!fn(sl)) return;
}

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

std::optional<Occurrence> next_occurrence(const std::vector<PeriodRow>& periods, const std::vector<HoursRow>& hours,
                                          const DateTime& now) {
    std::optional<Span> best;
    bool best_running = false;
    // Yesterday first: an overnight slot that began then may still be under way.
    const Date from = add_days(now.date, -1), to = add_days(now.date, kPatternHorizon);
    for (const PeriodRow& p : periods) {
        for_each_slot(p, hours, from, to, [&](const Span& s) {
            if (s.end <= now) return true;  // over: look further
            const bool running = in_progress(s, now);
            bool better = false;
            if (!best)
                better = true;
            else if (running != best_running)
                better = running;
            else if (running)
                better = std::tie(s.end, s.start) < std::tie(best->end, best->start);
            else
                better = std::tie(s.start, s.end) < std::tie(best->start, best->end);
            if (better) best = s, best_running = running;
            return false;  // slots come in time order: the first one not over is this period's
        });
    }
    // A patterned period held only beyond the horizon: show its written dates rather than
    // nothing, since it is not over.
    if (!best)
        for (const PeriodRow& p : periods)
            if (auto s = span_of(p); s && to < s->last && (!best || s->start < best->start)) best = *s;
    if (!best) return std::nullopt;
    return occurrence_of(*best, now);
}

bool occurs_between(const std::vector<PeriodRow>& periods, const std::vector<HoursRow>& hours, const Date& from,
                    const Date& to, const DateTime& now) {
    bool found = false;
    for (const PeriodRow& p : periods) {
        // From the day before `from`: a slot that began the evening before may run into it.
        for_each_slot(p, hours, add_days(from, -1), to, [&](const Span& s) {
            if (s.end <= now) return true;
            if (s.first <= to && from <= s.last) found = true;
            if (in_progress(s, now) && from <= now.date && now.date <= to) found = true;
            return !found;
        });
        if (found) return true;
    }
    return false;
}

std::optional<std::pair<Date, Date>> occurrence_bounds(const std::vector<PeriodRow>& periods) {
    std::optional<std::pair<Date, Date>> out;
    for (const PeriodRow& p : periods) {
        const auto s = span_of(p);
        if (!s) continue;
        // Every slot lies within the period's dates; one on its last date may end the next
        // morning (slot_end adds a day at most), and so may the period's own end.
        const Date last = std::max(add_days(s->last, 1), s->end.date);
        if (!out) out = std::make_pair(s->first, last);
        out->first = std::min(out->first, s->first);
        out->second = std::max(out->second, last);
    }
    return out;
}

bool set_card_dates(Card& c, const std::vector<PeriodRow>& periods, const std::vector<HoursRow>& hours, const DateTime& now) {
    const auto next = next_occurrence(periods, hours, now);
    if (!next) return false;
    // Under way since an earlier day: the card reads from today, not from a past date.
    const Date first = next->running && next->first < now.date ? now.date : next->first;
    c.next_start = to_iso(first);
    c.next_end = to_iso(next->last);
    return true;
}

std::vector<PeriodRow> periods_not_over(const std::vector<PeriodRow>& periods, const DateTime& now) {
    std::vector<PeriodRow> out;
    for (const PeriodRow& p : periods)
        if (auto s = span_of(p); s && now < s->end) out.push_back(p);
    std::stable_sort(out.begin(), out.end(), [](const PeriodRow& a, const PeriodRow& b) {
        return std::tie(a.start_date, a.start_time) < std::tie(b.start_date, b.start_time);
    });
    return out;
}

}  // namespace kiosk

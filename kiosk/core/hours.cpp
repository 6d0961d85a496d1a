// Picks the weekly opening pattern in force on a given day from dated rules.
#include "core/hours.h"

#include <algorithm>

namespace kiosk {

static bool covers(const HoursRow& r, const std::string& day) {
    return (r.valid_from.empty() || r.valid_from <= day) && (r.valid_through.empty() || day <= r.valid_through);
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
    for (const HoursRow* r : chosen) {
        if (r->day_of_week < 1 || r->day_of_week > 7) continue;
        auto& d = w.days[static_cast<size_t>(r->day_of_week - 1)];
        TimeRange tr{r->opens, r->closes};
        if (std::none_of(d.begin(), d.end(), [&](const TimeRange& x) { return x.opens == tr.opens && x.closes == tr.closes; }))
            d.push_back(tr);
    }
    for (auto& d : w.days)
        std::sort(d.begin(), d.end(), [](const TimeRange& a, const TimeRange& b) { return a.opens < b.opens; });
    w.known = !chosen.empty();
    return w;
}

}  // namespace kiosk

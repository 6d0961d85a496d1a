// Opening-hours logic that screens need but must not compute themselves: the week in force,
// the hours of one date, and "open now / opens at / closed today" with French public holidays.
//
// How rules (HoursRow, one per weekday and time range) decide a date D:
//   * A rule applies on D when its validity range (valid_from..valid_through, inclusive, either
//     end may be open) covers D and its day_of_week is D's ISO weekday (1 = Monday).
//   * Day 8 means "public holidays" (holidays.h). On a public holiday, if any day-8 rule
//     applies (its validity covers D), ONLY the day-8 rules decide the day; otherwise the
//     weekday's rules apply as on any other week, so Easter Monday is a normal Monday.
//   * A rule with neither opens nor closes means "closed" that day. It overrides the timed
//     rules whose validity range is as broad or broader than its own (a single-date range
//     makes a closing day; a Tuesday rule with the same range as the others makes a weekly
//     closing day). A timed rule with a strictly narrower range still wins over it, so
//     "closed on Mondays, except open on Mondays in July-August" reads as meant. "Narrower"
//     means fewer open ends first, then fewer days.
//   * Timed rules that survive add up: 10:00-12:00 and 14:00-18:00 is a lunch break.
//   * closes <= opens is an overnight range (22:00-02:00 stays open until 02:00 the next day;
//     equal times mean 24 hours). "24:00" closes at midnight.
//   * Missing closes: open from `opens` with an unknown end ("from 10:00"). After that time
//     the kiosk says when it opened and that the closing time is not given (OpenedNoClose);
//     it never claims "open now", and the "open now" filter leaves such a place out, since at
//     21:00 the export does not tell whether it is still open.
//   * A range from 00:00 to 23:59 reads as the whole day, like 00:00-24:00: producers write
//     both for places that never close, and a one-minute gap at midnight is not a closing.
//   * Missing opens (closes only): we cannot tell when it opens, so until its closing time the
//     status is Unknown, and the search for the next opening stops there.
//   * Times that do not parse make the rule ignored (never read as "closed").
//   * Known vs unknown: a date is known when some rule is still valid on it or later (a
//     seasonal gap before a future range is "closed"); once every rule has expired, the data
//     says nothing and the status is Unknown. No rules at all is Unknown too: the kiosk never
//     claims "closed" without data.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "core/dates.h"
#include "core/pack_reader.h"

namespace kiosk {

struct TimeRange {
    std::string opens, closes;  // "HH:MM"; either may be empty when the export omits it
};

// The week that applies on `day`: for each weekday (index 0 = Monday) the time ranges of the
// rules whose validity covers `day`, after closing-day overrides (see above). When no rule
// covers it, the next period that starts later is used and `from` is set to its first date,
// so a museum closed for the winter still shows when it reopens. Empty days mean closed.
struct Week {
    std::array<std::vector<TimeRange>, 7> days;
    std::string from;  // empty when the week applies today
    bool known = false;
    // Public-holiday (day 8) ranges of the same period. They replace the weekday's on those
    // days only when holiday_rules is set; then an empty list means "closed on public holidays".
    std::vector<TimeRange> holidays;
    bool holiday_rules = false;
};
Week week_for(const std::vector<HoursRow>& rules, const Date& day);

// The hours of one date, after validity, public holidays and closing days are applied.
struct DayHours {
    bool known = false;             // false: no rule is valid on this date or later
    bool holiday = false;           // the public-holiday (day 8) rules decided this date
    std::vector<TimeRange> ranges;  // sorted by opens; empty (when known) = closed
};
DayHours hours_on(const std::vector<HoursRow>& rules, const Date& day);

enum class OpenState {
    Unknown,          // no data (or expired data, or an opening time the feed omits): show nothing
    OpenNow,          // "Open now, closes at {closes}" / "Open now" when closes is empty
    OpenedNoClose,    // opened today at {opened} and the export gives no closing time
    OpensLaterToday,  // "Opens today at {next_open}"
    ClosedToday,      // "Closed today, opens {day} at {next_open}"; just "Closed today" without next_open
    Closed,           // closed on every day of the horizon
};

struct OpenStatus {
    OpenState state = OpenState::Unknown;
    std::string closes;                 // OpenNow: "HH:MM" (may be past midnight); empty if unknown
    bool around_the_clock = false;      // OpenNow: open without a break for the whole horizon
    std::string opened;                 // OpenedNoClose: "HH:MM" it opened at
    std::optional<DateTime> next_open;  // OpensLaterToday / ClosedToday: the next opening in the horizon
    std::string holiday;                // holiday_key(today) when today's hours are the holiday rules
};

// The status at `now`, looking `horizon_days` days ahead (today included) for the next opening;
// 8 reaches the same weekday next week ("Closed today, opens Monday" on a Monday evening).
OpenStatus open_status(const std::vector<HoursRow>& rules, const DateTime& now, int horizon_days = 8);

// The "open now" filter: true only when the data says it is open at `now`.
bool is_open_at(const std::vector<HoursRow>& rules, const DateTime& now);

// Whether a rule's validity range covers the ISO date `day` (either end may be open).
bool rule_covers(const HoursRow& r, const std::string& day);

// A time range that spans the whole day (00:00-24:00, 00:00-23:59, or equal times).
bool whole_day(const TimeRange& r);

}  // namespace kiosk

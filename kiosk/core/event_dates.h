// Events by date: the date window of each "when" button, and when an event is next held, so
// that past events and past time slots disappear and lists, cards, detail and attract agree.
//
// How a period (PeriodRow) is read:
//   * It runs from start_date at start_time (00:00 without one) to end_date at end_time; an
//     empty or earlier end_date means the start date. Without end_time it lasts until the end
//     of end_date, so a period without times lasts all day.
//   * An end_time before the start_time on the same date is an overnight end (22:00-02:00 ends
//     at 02:00 the next day); an end_time equal to the start_time is read as no end time.
//   * It is over once that end has passed: a period ending today at 17:00 is gone at 18:00.
//   * Periods whose start_date does not parse are ignored. Periods come in any order.
//
// Weekday patterns. Real exports often give a long period ("1 June to 30 September") and
// say on which days it is held in one of two ways: the period's own days (weekdays, from the
// export's Period appliesOnDay) or weekly opening rules on the event's place (HoursRow, read
// as for a site: validity, closing days, public holidays, see hours.h). Such a period is held
// only on the days both allow, as separate days, each with its own time slots:
//   * the period's days, when given, must include the date's weekday;
//   * when some opening rule's validity covers the date, the rules decide: the date is held
//     when hours_on() gives it time ranges, and those ranges are its slots; when no rule
//     covers it, the period alone decides, with its own start and end times;
//   * a slot is over once its end has passed (or the day's end, without an end time).
// A period with neither is the plain stretch above. Days are looked at up to kPatternHorizon
// days ahead: an event held only once more in over a year is shown from its period's dates.
#pragma once

#include <optional>
#include <utility>
#include <vector>

#include "core/dates.h"
#include "core/pack_reader.h"

namespace kiosk {

enum class EventWindow { Today, ThisWeekend, Next7Days, OnDate };

constexpr int kPatternHorizon = 400;

// First and last date (inclusive) of a window. This weekend is the coming Saturday and Sunday
// (still the coming one on Friday evening), or today to Sunday on a Saturday or a Sunday.
// Next 7 days is today and the six days after it. `picked` is used by OnDate only.
std::pair<Date, Date> window_range(EventWindow w, const Date& today, const Date& picked);

// One stretch of an event as a visitor reads it: one day of a weekday pattern, or a whole
// plain period.
struct Occurrence {
    Date first, last;                  // the dates shown (equal for one day)
    std::string start_time, end_time;  // "HH:MM", empty when not given
    bool running = false;              // under way at the `now` it was computed for
};

// The occurrence to show at `now`: one under way (the one ending soonest, the most precise,
// when several are), otherwise the one starting soonest. Empty when everything is over.
// `hours` are the event's weekly rules (may be empty).
std::optional<Occurrence> next_occurrence(const std::vector<PeriodRow>& periods, const std::vector<HoursRow>& hours,
                                          const DateTime& now);

// Whether the event is held on one of the dates from..to (inclusive) at a time not over at
// `now`: a slot already over does not count, and a stretch under way counts on today's date
// even when its written dates lie before (a night that began yesterday).
bool occurs_between(const std::vector<PeriodRow>& periods, const std::vector<HoursRow>& hours, const Date& from,
                    const Date& to, const DateTime& now);

// The first and last dates on which occurs_between can be true for these periods, whatever
// the hours and `now` (the last date of a period, plus the morning after for a night that
// runs past midnight). Empty when no period's start date parses. A quick test: outside these
// dates occurs_between is false, so thousands of events can be skipped without working out
// their slots.
std::optional<std::pair<Date, Date>> occurrence_bounds(const std::vector<PeriodRow>& periods);

// Sets an event card's next_start and next_end from its next occurrence (from today for one
// under way since an earlier day). False when nothing is left: the card is not shown.
bool set_card_dates(Card& c, const std::vector<PeriodRow>& periods, const std::vector<HoursRow>& hours, const DateTime& now);

// The periods not over at `now`, for the detail screen's list of dates, in date order.
std::vector<PeriodRow> periods_not_over(const std::vector<PeriodRow>& periods, const DateTime& now);

}  // namespace kiosk

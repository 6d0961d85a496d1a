// Events by date: the date window of each "when" button, and which of an event's periods to
// show on its card, so that past events disappear and lists agree with cards.
//
// How a period (PeriodRow) is read:
//   * It runs from start_date at start_time (00:00 without one) to end_date at end_time; an
//     empty or earlier end_date means the start date. Without end_time it lasts until the end
//     of end_date, so a period without times lasts all day.
//   * An end_time before the start_time on the same date is an overnight end (22:00-02:00 ends
//     at 02:00 the next day); an end_time equal to the start_time is read as no end time.
//   * It is over once that end has passed: a period ending today at 17:00 is gone at 18:00.
//   * Periods whose start_date does not parse are ignored. Periods come in any order.
#pragma once

#include <optional>
#include <utility>
#include <vector>

#include "core/dates.h"
#include "core/pack_reader.h"

namespace kiosk {

enum class EventWindow { Today, ThisWeekend, Next7Days, OnDate };

// First and last date (inclusive) of a window. This weekend is the coming Saturday and Sunday
// (still the coming one on Friday evening), or today to Sunday on a Saturday or a Sunday.
// Next 7 days is today and the six days after it. `picked` is used by OnDate only.
std::pair<Date, Date> window_range(EventWindow w, const Date& today, const Date& picked);

// The period to show on the card at `now`: one in progress (the one ending soonest, the most
// precise, when several are), otherwise the one starting soonest. Empty when all are over.
std::optional<PeriodRow> next_occurrence(const std::vector<PeriodRow>& periods, const DateTime& now);

// Whether any period touches one of the dates from..to (inclusive), by its written dates.
bool occurs_between(const std::vector<PeriodRow>& periods, const Date& from, const Date& to);

// The same, for a list shown at `now`: periods already over do not count, and a period in
// progress counts on today's date even when its written dates lie before (a night that began
// yesterday).
bool occurs_between(const std::vector<PeriodRow>& periods, const Date& from, const Date& to, const DateTime& now);

}  // namespace kiosk

// Calendar arithmetic on local wall-clock dates, without time zones: the export gives local
// dates and times with no zone, and the kiosk lives in one zone (Europe/Paris).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kiosk {

struct Date {
    int y = 1970, m = 1, d = 1;
    auto operator<=>(const Date&) const = default;
};

struct DateTime {
    Date date;
    int minute_of_day = 0;  // 0..1439
    auto operator<=>(const DateTime&) const = default;
};

std::int64_t days_from_civil(const Date& d);  // days since 1970-01-01
Date civil_from_days(std::int64_t days);
int iso_weekday(const Date& d);                // 1 = Monday ... 7 = Sunday
Date add_days(const Date& d, int n);

std::optional<Date> parse_date(std::string_view s);          // "YYYY-MM-DD" (rest ignored)
std::optional<int> parse_hhmm(std::string_view s);           // "HH:MM[:SS]" -> minutes
std::optional<DateTime> parse_datetime(std::string_view s);  // "YYYY-MM-DD[THH:MM[:SS]]"
std::string to_iso(const Date& d);                           // "YYYY-MM-DD"
std::string to_hhmm(int minute_of_day);                      // "HH:MM"

DateTime now_local();  // the system clock in the machine's local zone

}  // namespace kiosk

// Civil-calendar conversions (proleptic Gregorian) used by event dates and opening hours.
#include "core/dates.h"

#include <cstdio>
#include <ctime>

namespace kiosk {

// Howard Hinnant's well-known days-from-civil algorithm, in our own words: shift the year so
// that it starts in March, which puts the leap day at the end of the year.
std::int64_t days_from_civil(const Date& dt) {
    const std::int64_t y = dt.m <= 2 ? dt.y - 1 : dt.y;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const std::int64_t yoe = y - era * 400;
    const std::int64_t mp = (dt.m + 9) % 12;
    const std::int64_t doy = (153 * mp + 2) / 5 + dt.d - 1;
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

Date civil_from_days(std::int64_t z) {
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const int y = static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0));
    return {y, m, d};
}

int iso_weekday(const Date& d) {
    // 1970-01-01 was a Thursday (4).
    const std::int64_t days = days_from_civil(d);
    const std::int64_t w = ((days % 7) + 7 + 3) % 7;  // 0 = Monday
    return static_cast<int>(w) + 1;
}

Date add_days(const Date& d, int n) { return civil_from_days(days_from_civil(d) + n); }

static bool digits(std::string_view s, size_t pos, size_t n, int& out) {
    if (s.size() < pos + n) return false;
    int v = 0;
    for (size_t i = pos; i < pos + n; ++i) {
        if (s[i] < '0' || s[i] > '9') return false;
        v = v * 10 + (s[i] - '0');
    }
    out = v;
    return true;
}

static int days_in_month(int y, int m) {
    static const int k[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : k[m - 1];
}

std::optional<Date> parse_date(std::string_view s) {
    Date d;
    if (!digits(s, 0, 4, d.y) || s.size() < 10 || s[4] != '-' || s[7] != '-' ||
        !digits(s, 5, 2, d.m) || !digits(s, 8, 2, d.d))
        return std::nullopt;
    if (d.m < 1 || d.m > 12 || d.d < 1 || d.d > days_in_month(d.y, d.m)) return std::nullopt;
    return d;
}

std::optional<int> parse_hhmm(std::string_view s) {
    int h = 0, m = 0;
    if (!digits(s, 0, 2, h) || s.size() < 5 || s[2] != ':' || !digits(s, 3, 2, m)) return std::nullopt;
    if (h == 24 && m == 0) return 24 * 60;  // "24:00" closes at midnight
    if (h > 23 || m > 59) return std::nullopt;
    return h * 60 + m;
}

std::optional<DateTime> parse_datetime(std::string_view s) {
    auto d = parse_date(s);
    if (!d) return std::nullopt;
    DateTime dt{*d, 0};
    if (s.size() > 10) {
        if (s[10] != 'T' && s[10] != ' ') return std::nullopt;
        auto t = parse_hhmm(s.substr(11));
        if (!t || *t >= 24 * 60) return std::nullopt;
        dt.minute_of_day = *t;
    }
    return dt;
}

std::string to_iso(const Date& d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.y, d.m, d.d);
    return buf;
}

std::string to_hhmm(int minute_of_day) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d:%02d", minute_of_day / 60 % 100, minute_of_day % 60);
    return buf;
}

DateTime now_local() {
    std::time_t t = std::time(nullptr);
    std::tm tm{};
    localtime_r(&t, &tm);
    return {{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday}, tm.tm_hour * 60 + tm.tm_min};
}

}  // namespace kiosk

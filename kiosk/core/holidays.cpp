// Computes Easter and the French public holidays that hang off it or off fixed dates.
#include "core/holidays.h"

namespace kiosk {

// The anonymous Gregorian algorithm (Meeus/Jones/Butcher): the date of the first Sunday after
// the ecclesiastical full moon on or after 21 March, with the century corrections for the
// solar (leap-year) and lunar (Metonic drift) errors folded into integer arithmetic.
Date easter_sunday(int year) {
    const int a = year % 19;              // position in the 19-year lunar cycle
    const int b = year / 100, c = year % 100;
    const int d = b / 4, e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;        // lunar correction
    const int h = (19 * a + b - d - g + 15) % 30;  // days from 21 March to the full moon, roughly
    const int i = c / 4, k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;  // days from the full moon to Sunday
    const int m = (a + 11 * h + 22 * l) / 451;       // the two exceptional cases (19 and 18 April)
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return {year, month, day};
}

std::string holiday_key(const Date& dt) {
    switch (dt.m * 100 + dt.d) {
        case 101: return "new_year";
        case 501: return "labour_day";
        case 508: return "victory_1945";
        case 714: return "bastille_day";
        case 815: return "assumption";
        case 1101: return "all_saints";
        case 1111: return "armistice";
        case 1225: return "christmas";
        default: break;
    }
    // Movable feasts fall between 23 March (Easter Monday) and 14 June (Whit Monday); checking
    // the month first skips the Easter computation for most of the year.
    if (dt.m < 3 || dt.m > 6 || dt.y < 1583 || dt.y > 9999) return {};
    const std::int64_t offset = days_from_civil(dt) - days_from_civil(easter_sunday(dt.y));
    switch (offset) {
        case 1: return "easter_monday";
        case 39: return "ascension";
        case 50: return "whit_monday";
        default: return {};
    }
}

bool is_public_holiday(const Date& d) { return !holiday_key(d).empty(); }

}  // namespace kiosk

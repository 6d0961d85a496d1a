// French public holidays (metropolitan France, without the Alsace-Moselle extras), so that
// opening hours can honour "closed on public holidays" and the UI can name the day.
#pragma once

#include <string>

#include "core/dates.h"

namespace kiosk {

// Easter Sunday of a Gregorian year (the computus). Defined for 1583..9999, the years in which
// the Gregorian rules hold and a Date prints as four digits.
Date easter_sunday(int year);

// One of the eleven public holidays of metropolitan France: 1 January, Easter Monday, 1 May,
// 8 May, Ascension Thursday, Whit Monday, 14 July, 15 August, 1 November, 11 November,
// 25 December. Easter and Whit Sunday are left out: they are Sundays anyway, and opening rules
// for holidays (day 8) are written with the weekday holidays in mind. Dates outside
// 1583..9999 only match the fixed-date holidays.
bool is_public_holiday(const Date& d);

// A stable, language-neutral key for the holiday on `d` ("new_year", "easter_monday",
// "labour_day", "victory_1945", "ascension", "whit_monday", "bastille_day", "assumption",
// "all_saints", "armistice", "christmas"), or "" when `d` is not a public holiday. The UI
// turns it into words with "holiday.<key>".
std::string holiday_key(const Date& d);

}  // namespace kiosk

// Unit tests of the calendar logic: French public holidays, "open now" and events by date.
#include <catch2/catch.hpp>

#include "core/event_dates.h"
#include "core/holidays.h"
#include "core/hours.h"

using namespace kiosk;

namespace {

DateTime at(Date d, int h, int m = 0) { return {d, h * 60 + m}; }

// Renders a status the way the UI would choose its sentence, so failures read plainly.
std::string say(const OpenStatus& s) {
    auto next = [&] { return s.next_open ? to_iso(s.next_open->date) + " " + to_hhmm(s.next_open->minute_of_day) : std::string("?"); };
    switch (s.state) {
        case OpenState::Unknown: return "unknown";
        case OpenState::OpenNow: return s.closes.empty() ? (s.around_the_clock ? "open 24h" : "open") : "open until " + s.closes;
        case OpenState::OpenedNoClose: return "opened at " + s.opened + ", closing unknown";
        case OpenState::OpensLaterToday: return "opens " + next();
        case OpenState::ClosedToday: return s.next_open ? "closed today, opens " + next() : "closed today";
        case OpenState::Closed: return "closed";
    }
    return "";
}

std::string say(const std::vector<HoursRow>& rules, DateTime now) { return say(open_status(rules, now)); }

const std::vector<HoursRow> kNoHours;

// By written dates: seen from long before, nothing is over yet.
bool between(const std::vector<PeriodRow>& p, const Date& from, const Date& to) {
    return occurs_between(p, kNoHours, from, to, DateTime{{2026, 1, 1}, 0});
}

// A museum closed on Tuesdays and on public holidays, with a lunch break.
std::vector<HoursRow> museum() {
    std::vector<HoursRow> r;
    for (int d : {1, 3, 4, 5, 6, 7}) {
        r.push_back({d, "10:00", "12:30", "", ""});
        r.push_back({d, "14:00", "18:00", "", ""});
    }
    r.push_back({2, "", "", "", ""});  // closed on Tuesdays
    r.push_back({8, "", "", "", ""});  // closed on public holidays
    return r;
}

// Open every day 09:00-17:00, no holiday rules, closed on 25 December 2026 (a Friday).
std::vector<HoursRow> daily_with_christmas_off() {
    std::vector<HoursRow> r;
    for (int d = 1; d <= 7; ++d) r.push_back({d, "09:00", "17:00", "", ""});
    r.push_back({5, "", "", "2026-12-25", "2026-12-25"});
    return r;
}

}  // namespace

TEST_CASE("Easter for known years", "[calendar][holidays]") {
    CHECK(easter_sunday(2024) == Date{2024, 3, 31});
    CHECK(easter_sunday(2025) == Date{2025, 4, 20});
    CHECK(easter_sunday(2026) == Date{2026, 4, 5});
    CHECK(easter_sunday(2027) == Date{2027, 3, 28});
    CHECK(easter_sunday(2038) == Date{2038, 4, 25});  // the latest possible date
    CHECK(easter_sunday(2285) == Date{2285, 3, 22});  // the earliest possible date
    CHECK(easter_sunday(1583) == Date{1583, 4, 10});
    CHECK(easter_sunday(2000) == Date{2000, 4, 23});
    for (int y = 1583; y <= 9999; ++y) {
        const Date e = easter_sunday(y);
        INFO(y);
        REQUIRE(iso_weekday(e) == 7);
        REQUIRE(Date{y, 3, 22} <= e);
        REQUIRE(e <= Date{y, 4, 25});
    }
}

TEST_CASE("French public holidays, fixed and movable", "[calendar][holidays]") {
    CHECK(holiday_key({2026, 5, 14}) == "ascension");
    CHECK(holiday_key({2026, 5, 25}) == "whit_monday");
    CHECK(holiday_key({2026, 4, 6}) == "easter_monday");
    CHECK(holiday_key({2027, 3, 29}) == "easter_monday");
    CHECK(holiday_key({2027, 5, 6}) == "ascension");
    CHECK(holiday_key({2027, 5, 17}) == "whit_monday");
    CHECK(holiday_key({2026, 1, 1}) == "new_year");
    CHECK(holiday_key({2026, 5, 1}) == "labour_day");
    CHECK(holiday_key({2026, 5, 8}) == "victory_1945");
    CHECK(holiday_key({2026, 7, 14}) == "bastille_day");
    CHECK(holiday_key({2026, 8, 15}) == "assumption");
    CHECK(holiday_key({2026, 11, 1}) == "all_saints");
    CHECK(holiday_key({2026, 11, 11}) == "armistice");
    CHECK(holiday_key({2026, 12, 25}) == "christmas");
    CHECK(is_public_holiday({2027, 5, 6}));
    CHECK_FALSE(is_public_holiday({2027, 3, 28}));  // Easter Sunday itself is not listed
    CHECK_FALSE(is_public_holiday({2026, 12, 26}));  // St Stephen: Alsace-Moselle only
    CHECK_FALSE(is_public_holiday({2026, 5, 15}));
    CHECK(holiday_key({2026, 5, 15}).empty());
    int count = 0;
    for (Date d{2026, 1, 1}; d.y == 2026; d = add_days(d, 1)) count += is_public_holiday(d) ? 1 : 0;
    CHECK(count == 11);
}

TEST_CASE("open now on an ordinary week with a lunch break and a closing day", "[calendar][hours]") {
    const auto r = museum();
    const Date wed{2026, 9, 16};
    CHECK(say(r, at(wed, 9)) == "opens 2026-09-16 10:00");        // before opening
    CHECK(say(r, at(wed, 10)) == "open until 12:30");             // the first minute counts
    CHECK(say(r, at(wed, 11, 15)) == "open until 12:30");         // during
    CHECK(say(r, at(wed, 13)) == "opens 2026-09-16 14:00");       // lunch break
    CHECK(say(r, at(wed, 18)) == "closed today, opens 2026-09-17 10:00");  // after closing
    CHECK(say(r, at({2026, 9, 14}, 19)) == "closed today, opens 2026-09-16 10:00");  // Monday evening
    CHECK(say(r, at({2026, 9, 15}, 11)) == "closed today, opens 2026-09-16 10:00");  // Tuesday
    CHECK(is_open_at(r, at(wed, 11)));
    CHECK_FALSE(is_open_at(r, at(wed, 13)));
    CHECK_FALSE(is_open_at(r, at({2026, 9, 15}, 11)));
    const auto s = open_status(r, at(wed, 11));
    CHECK(s.state == OpenState::OpenNow);
    CHECK_FALSE(s.next_open);
    CHECK(s.holiday.empty());
}

TEST_CASE("public holidays with a day-8 closing rule", "[calendar][hours][holidays]") {
    const auto r = museum();
    const auto easter_monday = open_status(r, at({2027, 3, 29}, 11));
    CHECK(say(easter_monday) == "closed today, opens 2027-03-31 10:00");  // Tuesday is closed too
    CHECK(easter_monday.holiday == "easter_monday");
    const auto ascension = open_status(r, at({2027, 5, 6}, 11));
    CHECK(say(ascension) == "closed today, opens 2027-05-07 10:00");
    CHECK(ascension.holiday == "ascension");
    CHECK_FALSE(is_open_at(r, at({2027, 5, 6}, 11)));
    // The day before a holiday looks past it.
    CHECK(say(r, at({2027, 5, 5}, 19)) == "closed today, opens 2027-05-07 10:00");

    SECTION("day-8 rules with times replace the weekday's") {
        auto h = r;
        h.back() = {8, "14:00", "17:00", "", ""};
        CHECK(say(h, at({2027, 3, 29}, 11)) == "opens 2027-03-29 14:00");
        CHECK(say(h, at({2027, 3, 29}, 16)) == "open until 17:00");
        const DayHours d = hours_on(h, {2027, 3, 29});
        CHECK(d.holiday);
        REQUIRE(d.ranges.size() == 1);
        CHECK(d.ranges[0].opens == "14:00");
    }
    SECTION("day-8 rules only count while valid") {
        auto h = r;
        h.back() = {8, "", "", "2026-01-01", "2026-12-31"};
        CHECK(say(h, at({2027, 3, 29}, 11)) == "open until 12:30");
    }
}

TEST_CASE("a public holiday without day-8 rules is an ordinary day", "[calendar][hours][holidays]") {
    const auto r = daily_with_christmas_off();
    const auto s = open_status(r, at({2027, 3, 29}, 10));  // Easter Monday
    CHECK(say(s) == "open until 17:00");
    CHECK(s.holiday.empty());  // nothing special to say: the usual Monday hours hold
    CHECK(is_open_at(r, at({2027, 5, 6}, 16, 59)));  // Ascension
    CHECK_FALSE(hours_on(r, {2027, 3, 29}).holiday);
}

TEST_CASE("a single-date closing rule overrides the weekly hours", "[calendar][hours]") {
    const auto r = daily_with_christmas_off();
    CHECK(say(r, at({2026, 12, 24}, 16)) == "open until 17:00");
    CHECK(say(r, at({2026, 12, 24}, 18)) == "closed today, opens 2026-12-26 09:00");
    CHECK(say(r, at({2026, 12, 25}, 10)) == "closed today, opens 2026-12-26 09:00");
    CHECK(say(r, at({2027, 12, 24}, 10)) == "open until 17:00");  // another year: a normal Friday
    CHECK(hours_on(r, {2026, 12, 25}).ranges.empty());
    CHECK(hours_on(r, {2026, 12, 25}).known);

    SECTION("a narrower timed rule beats a broader closing rule") {
        std::vector<HoursRow> m = {{1, "", "", "", ""}, {1, "10:00", "18:00", "2026-07-01", "2026-08-31"}};
        CHECK(say(m, at({2026, 7, 13}, 11)) == "open until 18:00");
        CHECK(say(m, at({2026, 9, 7}, 11)) == "closed");  // September Mondays: closed again
    }
}

TEST_CASE("validity ranges switch between summer and winter hours", "[calendar][hours]") {
    // Summer: Tuesday to Sunday 10-18; winter: weekends only 14-17.
    std::vector<HoursRow> r;
    for (int d = 2; d <= 7; ++d) r.push_back({d, "10:00", "18:00", "2026-04-01", "2026-09-30"});
    for (int d = 6; d <= 7; ++d) r.push_back({d, "14:00", "17:00", "2026-10-01", "2027-03-31"});
    CHECK(say(r, at({2026, 9, 30}, 11)) == "open until 18:00");  // last summer day
    CHECK(say(r, at({2026, 9, 30}, 19)) == "closed today, opens 2026-10-03 14:00");
    CHECK(say(r, at({2026, 10, 1}, 11)) == "closed today, opens 2026-10-03 14:00");
    CHECK(say(r, at({2026, 10, 3}, 11)) == "opens 2026-10-03 14:00");
    CHECK(say(r, at({2026, 1, 10}, 11)) == "closed");  // before the first season: a seasonal closure
    // The data runs out on 31 March: closed today, but no claim about the days after.
    CHECK(say(r, at({2027, 3, 28}, 18)) == "closed today");
    CHECK(say(r, at({2027, 4, 1}, 11)) == "unknown");  // every rule has expired
}

TEST_CASE("overnight ranges stay open past midnight", "[calendar][hours]") {
    // A bar open on Friday and Saturday nights.
    std::vector<HoursRow> r = {{5, "22:00", "02:00", "", ""}, {6, "22:00", "02:00", "", ""}};
    CHECK(say(r, at({2026, 7, 17}, 23)) == "open until 02:00");              // Friday night
    CHECK(say(r, at({2026, 7, 18}, 1, 30)) == "open until 02:00");           // Saturday, from Friday
    CHECK(say(r, at({2026, 7, 18}, 3)) == "opens 2026-07-18 22:00");
    CHECK(say(r, at({2026, 7, 19}, 1)) == "open until 02:00");               // Sunday, from Saturday
    CHECK(say(r, at({2026, 7, 19}, 2)) == "closed today, opens 2026-07-24 22:00");
    CHECK(is_open_at(r, at({2026, 7, 18}, 1, 59)));
}

TEST_CASE("missing times and touching ranges", "[calendar][hours]") {
    SECTION("missing closes: \"from 09:00\", never claimed open now") {
        std::vector<HoursRow> r;
        for (int d = 1; d <= 7; ++d) r.push_back({d, "09:00", "", "", ""});
        CHECK(say(r, at({2026, 9, 16}, 8)) == "opens 2026-09-16 09:00");
        CHECK(say(r, at({2026, 9, 16}, 20)) == "opened at 09:00, closing unknown");
        CHECK_FALSE(is_open_at(r, at({2026, 9, 16}, 11)));  // the open-now filter leaves it out
        CHECK_FALSE(is_open_at(r, at({2026, 9, 16}, 23, 59)));
        // A known range the same day still closes when it says.
        r.push_back({3, "07:00", "08:30", "", ""});
        CHECK(say(r, at({2026, 9, 16}, 7)) == "open until 08:30");
    }
    SECTION("missing opens: unknown until the closing time") {
        std::vector<HoursRow> r = {{7, "", "12:30", "", ""}};
        CHECK(say(r, at({2026, 9, 20}, 10)) == "unknown");
        CHECK(say(r, at({2026, 9, 20}, 13)) == "closed today");  // next Sunday's opening time is unknown
        CHECK_FALSE(is_open_at(r, at({2026, 9, 20}, 10)));
    }
    SECTION("touching ranges are one opening") {
        std::vector<HoursRow> r = {{3, "10:00", "12:00", "", ""}, {3, "12:00", "24:00", "", ""}};
        CHECK(say(r, at({2026, 9, 16}, 11)) == "open until 24:00");
    }
    SECTION("open around the clock") {
        std::vector<HoursRow> r;
        for (int d = 1; d <= 7; ++d) r.push_back({d, "00:00", "24:00", "", ""});
        CHECK(say(r, at({2026, 9, 16}, 3)) == "open 24h");  // no closing time to announce
        // 00:00-23:59 is how many producers write it: the same, not "closes at 23:59".
        std::vector<HoursRow> q;
        for (int d = 1; d <= 7; ++d) q.push_back({d, "00:00", "23:59", "", ""});
        CHECK(say(q, at({2026, 9, 16}, 23, 30)) == "open 24h");
        CHECK(whole_day({"00:00", "23:59"}));
        CHECK(whole_day({"00:00", "24:00"}));
        CHECK_FALSE(whole_day({"00:00", "18:00"}));
        CHECK_FALSE(whole_day({"10:00", ""}));
    }
    SECTION("unreadable times are ignored, not read as closed") {
        std::vector<HoursRow> r = {{3, "10:00", "18:00", "", ""}, {3, "xx", "yy", "", ""}};
        CHECK(say(r, at({2026, 9, 16}, 11)) == "open until 18:00");
    }
}

TEST_CASE("no rules: nothing is claimed", "[calendar][hours]") {
    const std::vector<HoursRow> none;
    const auto s = open_status(none, at({2026, 9, 16}, 11));
    CHECK(s.state == OpenState::Unknown);
    CHECK(s.closes.empty());
    CHECK_FALSE(s.next_open);
    CHECK_FALSE(is_open_at(none, at({2026, 9, 16}, 11)));
    CHECK_FALSE(hours_on(none, {2026, 9, 16}).known);
}

TEST_CASE("the week in force honours closing rules and lists holiday hours", "[calendar][hours]") {
    const Week w = week_for(museum(), {2026, 9, 16});
    REQUIRE(w.known);
    CHECK(w.days[1].empty());  // Tuesday: closed, not an empty time range
    REQUIRE(w.days[0].size() == 2);
    CHECK(w.days[0][1].opens == "14:00");
    CHECK(w.holiday_rules);
    CHECK(w.holidays.empty());  // closed on public holidays
    const Week plain = week_for(daily_with_christmas_off(), {2026, 12, 25});
    CHECK(plain.days[4].empty());  // the week of Christmas shows Friday closed
    CHECK_FALSE(plain.holiday_rules);
}

TEST_CASE("event windows", "[calendar][events]") {
    const Date sat{2026, 11, 21}, sun{2026, 11, 22}, wed{2026, 11, 18}, fri{2026, 11, 20};
    const Date any{2027, 1, 2};
    using P = std::pair<Date, Date>;
    CHECK(window_range(EventWindow::ThisWeekend, sat, any) == P{sat, sun});
    CHECK(window_range(EventWindow::ThisWeekend, sun, any) == P{sun, sun});
    CHECK(window_range(EventWindow::ThisWeekend, wed, any) == P{sat, sun});
    CHECK(window_range(EventWindow::ThisWeekend, fri, any) == P{sat, sun});
    CHECK(window_range(EventWindow::ThisWeekend, {2026, 11, 23}, any) == P{{2026, 11, 28}, {2026, 11, 29}});  // Monday
    CHECK(window_range(EventWindow::Today, wed, any) == P{wed, wed});
    CHECK(window_range(EventWindow::Next7Days, wed, any) == P{wed, {2026, 11, 24}});
    CHECK(window_range(EventWindow::Next7Days, {2026, 12, 28}, any) == P{{2026, 12, 28}, {2027, 1, 3}});
    CHECK(window_range(EventWindow::OnDate, wed, any) == P{any, any});
}

TEST_CASE("next occurrence among unsorted periods", "[calendar][events]") {
    const std::vector<PeriodRow> p = {
        {"2026-08-15", "2026-08-15", "", ""},            // all day, no times
        {"2026-07-20", "2026-07-20", "20:00", "23:00"},
        {"2026-06-01", "2026-06-02", "", ""},            // long past
        {"2026-07-14", "2026-07-14", "10:00", "17:00"},
        {"not a date", "", "", ""},
    };
    auto next = [&](DateTime now) {
        auto o = next_occurrence(p, kNoHours, now);
        return o ? to_iso(o->first) + " " + o->start_time : std::string("none");
    };
    CHECK(next(at({2026, 5, 1}, 12)) == "2026-06-01 ");
    CHECK(next(at({2026, 7, 10}, 12)) == "2026-07-14 10:00");
    CHECK(next(at({2026, 7, 14}, 9)) == "2026-07-14 10:00");
    CHECK(next(at({2026, 7, 14}, 16)) == "2026-07-14 10:00");  // in progress today
    CHECK(next(at({2026, 7, 14}, 18)) == "2026-07-20 20:00");  // ended an hour ago: over
    CHECK(next(at({2026, 8, 15}, 23, 59)) == "2026-08-15 ");   // without times: all day
    CHECK(next(at({2026, 8, 16}, 0)) == "none");               // everything is past

    SECTION("several in progress: the most precise one") {
        auto q = p;
        q.push_back({"2026-07-01", "2026-07-31", "", ""});
        auto o = next_occurrence(q, kNoHours, at({2026, 7, 14}, 16));
        REQUIRE(o);
        CHECK(o->start_time == "10:00");
        o = next_occurrence(q, kNoHours, at({2026, 7, 14}, 18));  // the month-long one is still on
        REQUIRE(o);
        CHECK(o->first == Date{2026, 7, 1});
        CHECK(o->running);
    }
    SECTION("an overnight period ends the next morning") {
        const std::vector<PeriodRow> night = {{"2026-07-17", "2026-07-17", "22:00", "02:00"}};
        CHECK(next_occurrence(night, kNoHours, at({2026, 7, 18}, 1)));
        CHECK_FALSE(next_occurrence(night, kNoHours, at({2026, 7, 18}, 3)));
        CHECK(occurs_between(night, kNoHours, {2026, 7, 18}, {2026, 7, 18}, at({2026, 7, 18}, 1)));
        CHECK_FALSE(between(night, {2026, 7, 18}, {2026, 7, 18}));
    }
}

TEST_CASE("events by date window", "[calendar][events]") {
    const std::vector<PeriodRow> p = {
        {"2026-11-28", "2026-11-29", "", ""},            // next weekend
        {"2026-11-18", "2026-11-18", "09:00", "11:00"},  // Wednesday morning
    };
    const Date wed{2026, 11, 18};
    auto [sat, sun] = window_range(EventWindow::ThisWeekend, wed, wed);
    CHECK_FALSE(between(p, sat, sun));
    auto [from, to] = window_range(EventWindow::Next7Days, wed, wed);
    CHECK(between(p, from, to));
    CHECK(between(p, {2026, 11, 29}, {2026, 11, 29}));  // the last day of a period
    CHECK(between(p, {2026, 11, 1}, {2026, 11, 28}));   // the first day
    CHECK_FALSE(between(p, {2026, 11, 30}, {2026, 12, 31}));
    // Shown at noon: the morning event is over, so today's list is empty.
    CHECK(occurs_between(p, kNoHours, wed, wed, at(wed, 10)));
    CHECK_FALSE(occurs_between(p, kNoHours, wed, wed, at(wed, 12)));
    CHECK(occurs_between(p, kNoHours, wed, {2026, 11, 29}, at(wed, 12)));
}

TEST_CASE("periods spanning several years, closures and exceptional days", "[calendar][hours]") {
    // An outdoor site open every day 2020-2030, closed on 25 December 2026, and open late on
    // one summer night.
    std::vector<HoursRow> r;
    for (int d = 1; d <= 7; ++d) r.push_back({d, "09:00", "19:00", "2020-01-01", "2030-12-31"});
    r.push_back({5, "", "", "2026-12-25", "2026-12-25"});  // a Friday: closed
    r.push_back({2, "09:00", "23:00", "2027-07-13", "2027-07-13"});
    CHECK(say(r, at({2028, 2, 29}, 10)) == "open until 19:00");
    CHECK(say(r, at({2026, 12, 25}, 10)) == "closed today, opens 2026-12-26 09:00");
    CHECK(say(r, at({2027, 7, 13}, 20)) == "open until 23:00");
    CHECK(say(r, at({2031, 1, 1}, 10)) == "unknown");  // the data has run out
}

TEST_CASE("an event held on some weekdays of a long period", "[calendar][events]") {
    // Saturdays and Sundays from June to September, 14:00-18:00, written as the period's days.
    const std::vector<PeriodRow> p = {{"2026-06-01", "2026-09-30", "14:00", "18:00", (1 << 5) | (1 << 6)}};
    const Date wed{2026, 7, 15}, sat{2026, 7, 18};
    SECTION("not held on a Wednesday: the next date is the Saturday") {
        auto o = next_occurrence(p, kNoHours, at(wed, 10));
        REQUIRE(o);
        CHECK(o->first == sat);
        CHECK(o->last == sat);
        CHECK(o->start_time == "14:00");
        CHECK_FALSE(o->running);
        CHECK_FALSE(occurs_between(p, kNoHours, wed, wed, at(wed, 10)));
        CHECK(occurs_between(p, kNoHours, sat, {2026, 7, 19}, at(wed, 10)));
    }
    SECTION("today's slot over: the next day, not today") {
        auto o = next_occurrence(p, kNoHours, at(sat, 19));
        REQUIRE(o);
        CHECK(o->first == Date{2026, 7, 19});
        CHECK_FALSE(occurs_between(p, kNoHours, sat, sat, at(sat, 19)));
        o = next_occurrence(p, kNoHours, at(sat, 15));
        REQUIRE(o);
        CHECK(o->running);
        CHECK(o->end_time == "18:00");
    }
    SECTION("after the last Sunday, nothing is left") {
        CHECK_FALSE(next_occurrence(p, kNoHours, at({2026, 9, 27}, 18, 30)));
    }
}

TEST_CASE("an event whose weekly opening rules give the days and times", "[calendar][events]") {
    // One period for the summer and, on the event's place, Friday 20:00-23:00 and Sunday
    // 15:00-17:00 rules, except on 14 August: this is how most real exports write it.
    const std::vector<PeriodRow> p = {{"2026-07-01", "2026-08-31", "", ""}};
    const std::vector<HoursRow> h = {{5, "20:00", "23:00", "", ""}, {7, "15:00", "17:00", "", ""},
                                     {5, "", "", "2026-08-14", "2026-08-14"}};
    const Date mon{2026, 8, 10}, fri{2026, 8, 7}, sun{2026, 8, 9};
    auto o = next_occurrence(p, h, at(mon, 9));
    REQUIRE(o);
    CHECK(o->first == Date{2026, 8, 16});  // Friday 14 is closed, so Sunday 16
    CHECK(o->start_time == "15:00");
    CHECK(o->end_time == "17:00");
    o = next_occurrence(p, h, at(fri, 21));
    REQUIRE(o);
    CHECK(o->running);
    CHECK(o->first == fri);
    CHECK(occurs_between(p, h, sun, sun, at(fri, 21)));
    CHECK_FALSE(occurs_between(p, h, mon, mon, at(mon, 9)));
    CHECK_FALSE(occurs_between(p, h, {2026, 8, 14}, {2026, 8, 14}, at(mon, 9)));
    CHECK_FALSE(next_occurrence(p, h, at({2026, 8, 30}, 17, 1)));  // the last Sunday is over
}

TEST_CASE("rules that do not cover the period leave its own dates in charge", "[calendar][events]") {
    // Hours valid only in 2025 say nothing about a 2026 festival.
    const std::vector<PeriodRow> p = {{"2026-07-10", "2026-07-12", "", ""}};
    const std::vector<HoursRow> h = {{6, "10:00", "12:00", "2025-01-01", "2025-12-31"}};
    auto o = next_occurrence(p, h, at({2026, 7, 1}, 9));
    REQUIRE(o);
    CHECK(o->first == Date{2026, 7, 10});
    CHECK(o->last == Date{2026, 7, 12});
    const auto left = periods_not_over(p, at({2026, 7, 12}, 23, 59));
    CHECK(left.size() == 1);
    CHECK(periods_not_over(p, at({2026, 7, 13}, 0)).empty());
}

TEST_CASE("occurrence bounds: outside them an event never occurs, inside them the bounds are tight", "[calendar][events]") {
    // Periods of every shape the reader knows: plain days, several days, overnight slots,
    // "24:00" and later ends, weekday patterns, an earlier or missing end date, an unreadable
    // start (ignored), each with and without weekly rules on the event's place.
    const std::vector<std::vector<PeriodRow>> cases = {
        {{"2026-11-18", "2026-11-18", "09:00", "11:00"}},
        {{"2026-11-18", "2026-11-18", "22:00", "02:00"}},  // ends on the 19th
        {{"2026-11-18", "2026-11-20", "20:00", "24:00"}},
        {{"2026-11-18", "2026-11-18", "23:00", "25:30"}},
        {{"2026-11-18", "", "", ""}, {"2026-11-25", "2026-11-20", "10:00", ""}},
        {{"2026-11-02", "2026-11-29", "21:00", "01:00", (1 << 4) | (1 << 5)}},  // Fridays and Saturdays
        {{"garbage", "2026-11-20", "", ""}, {"2026-11-21", "2026-11-22", "18:00", "03:00"}},
        {{"not a date", "", "", ""}},
        {},
    };
    std::vector<HoursRow> night_rules;  // the place: Saturday nights until 04:00 in November
    night_rules.push_back({6, "22:00", "04:00", "2026-11-01", "2026-11-30"});
    const Date origin{2026, 10, 30};
    int inside_true = 0;
    for (size_t k = 0; k < cases.size(); ++k) {
        const auto bounds = occurrence_bounds(cases[k]);
        INFO("case " << k);
        for (const std::vector<HoursRow>* hours : {&kNoHours, static_cast<const std::vector<HoursRow>*>(&night_rules)}) {
            for (int a = 0; a < 40; ++a) {
                for (int len = 0; len < 3; ++len) {
                    const Date from = add_days(origin, a), to = add_days(from, len);
                    for (int n : {-2, 0, 1}) {
                        for (int hour : {0, 1, 10, 23}) {
                            const DateTime now{add_days(from, n), hour * 60};
                            const bool occurs = occurs_between(cases[k], *hours, from, to, now);
                            const bool near = bounds && !(to < bounds->first) && !(bounds->second < from);
                            INFO(to_iso(from) << ".." << to_iso(to) << " at " << to_iso(now.date) << " " << hour);
                            if (occurs) CHECK(near);
                            inside_true += occurs;
                        }
                    }
                }
            }
        }
        if (k + 2 >= cases.size()) CHECK_FALSE(bounds);  // nothing readable: no bounds at all
    }
    CHECK(inside_true > 100);  // the property was put to the test
    // The bounds themselves: first date to the last, plus the morning after an overnight end.
    CHECK(occurrence_bounds(cases[0]) == std::make_pair(Date{2026, 11, 18}, Date{2026, 11, 19}));
    CHECK(occurrence_bounds(cases[4]) == std::make_pair(Date{2026, 11, 18}, Date{2026, 11, 26}));
    CHECK(occurrence_bounds(cases[6]) == std::make_pair(Date{2026, 11, 21}, Date{2026, 11, 23}));
}

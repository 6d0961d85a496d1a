// Unit tests of the visitor session (kiosk/session/session): every edge of the state machine
// drawn in session.cpp, the idle countdown and reset, the staff gesture and staff idle exit,
// Back, filters, statistics events and hot reload, driven without a window or a pack.
// Catch2 here is 2.13 (Debian 12's catch2 package), hence catch.hpp.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "session/session.h"

using namespace kiosk;
using namespace kiosk::session;

namespace {

// A visitor arriving finds English (as with --lang en); the kiosk's own language is French.
Settings settings(bool staff_enabled = true) {
    Settings s;
    s.idle_seconds = 60;
    s.countdown_seconds = 10;
    s.language = "en";
    s.staff_language = "fr";
    s.staff_enabled = staff_enabled;
    return s;
}

template <class E>
std::vector<E> events_of(const Effects& fx) {
    std::vector<E> out;
    for (const Event& e : fx.events)
        if (const E* x = std::get_if<E>(&e)) out.push_back(*x);
    return out;
}

// Drives a Session the way the app's frame does: a touch (stamped with its time), then the
// frame's tick, then the intent a screen returned.
struct Kiosk {
    Session s;
    explicit Kiosk(Settings st = settings(), Screen first = Screen::Attract) : s(std::move(st), first) {}

    const State& st() const { return s.state(); }
    Effects touch(double t) {
        Effects fx = s.apply(Touched{t});
        s.tick(t);
        return fx;
    }
    Effects tap(double t, const Intent& i) {
        touch(t);
        return s.apply(i);
    }
    Effects tick(double t) { return s.tick(t); }
    // A finger pressed at t and held on the top band: the app says StaffHold once it has
    // been still for kStaffHoldSeconds.
    Effects staff_hold(double t) {
        touch(t);
        s.tick(t + kStaffHoldSeconds);
        return s.apply(StaffHold{});
    }
    // Into staff mode from the attract loop, at time t.
    void enter_staff(double t) {
        staff_hold(t);
        s.apply(PinAccepted{});
    }
};

}  // namespace

TEST_CASE("(1) a touch on the attract loop starts a counted visit on the home screen", "[session]") {
    Kiosk k;
    REQUIRE(k.st().screen == Screen::Attract);
    REQUIRE(k.st().lang == "en");
    const Effects fx = k.tap(100, StartVisit{});
    CHECK(k.st().screen == Screen::Home);
    CHECK(k.st().visit_open);
    CHECK(k.st().visit_start == 100);
    CHECK(fx.refresh_content);
    const auto started = events_of<VisitStarted>(fx);
    REQUIRE(started.size() == 1);
    CHECK(started[0].lang == "en");
}

TEST_CASE("(2) idle_seconds without a touch start the countdown", "[session][idle]") {
    Kiosk k;
    k.tap(100, StartVisit{});
    k.tap(110, OpenList{"site"});
    Effects fx = k.tick(169.5);
    CHECK(k.st().countdown_left < 0);
    CHECK(fx.wake_at == 170);  // the app sleeps until the countdown is due
    fx = k.tick(171);
    CHECK(k.st().screen == Screen::List);
    CHECK(k.st().countdown_left == Approx(9));
    CHECK(fx.wake_at == 180);  // and then until the reset
    k.tick(175.5);
    CHECK(k.st().countdown_left == Approx(4.5));
}

TEST_CASE("(3) a touch during the countdown only cancels it", "[session][idle]") {
    Kiosk k;
    k.tap(100, StartVisit{});
    k.tap(105, OpenList{"belfry"});
    k.tick(170);
    REQUIRE(k.st().countdown_left > 0);
    const Effects fx = k.s.apply(Touched{172});
    CHECK(fx.swallow_touch);  // the tap must not press what lies under the overlay
    CHECK(k.st().countdown_left < 0);
    CHECK(k.st().screen == Screen::List);
    CHECK(k.st().kind == "belfry");
    // The visitor is back: the next countdown is a full idle time away from that touch.
    k.tick(200);
    CHECK(k.st().countdown_left < 0);
    k.tick(232.5);
    CHECK(k.st().countdown_left == Approx(9.5));
    SECTION("a touch while nobody is idle is not swallowed") {
        Kiosk k2;
        k2.tap(100, StartVisit{});
        CHECK_FALSE(k2.s.apply(Touched{110}).swallow_touch);
    }
}

TEST_CASE("(4) idle + countdown end the visit and reset everything for the next visitor", "[session][idle]") {
    Kiosk k;
    k.tap(100, StartVisit{});
    k.tap(105, SetLanguage{"nl"});
    k.tap(110, OpenList{"site"});
    k.tap(115, ToggleOpenNow{});
    k.tap(120, OpenSearch{});
    k.tap(125, SearchText{"beth"});
    k.tap(130, OpenItem{42});
    k.tap(131, ToggleAccess{AccessMode::Contrast});
    k.tick(131 + 121);  // a card: 120 s before the countdown
    REQUIRE(k.st().countdown_left > 0);
    const Effects fx = k.tick(131 + 130);
    CHECK(k.st().screen == Screen::Attract);
    CHECK(k.st().attract_since == 131 + 130);
    CHECK_FALSE(k.st().access.contrast);
    CHECK(k.st().countdown_left < 0);
    CHECK(k.st().lang == "en");  // the default language, not the visitor's Dutch
    CHECK(k.st().kind.empty());
    CHECK_FALSE(k.st().open_now_only);
    CHECK_FALSE(k.st().event_window);
    CHECK_FALSE(k.st().picking_date);
    CHECK(k.st().search_text.empty());
    CHECK_FALSE(k.st().visit_open);
    CHECK(fx.reset.all);
    CHECK(fx.refresh_content);
    // The visit lasted until the last touch (131), not until the reset.
    const auto ended = events_of<VisitEnded>(fx);
    REQUIRE(ended.size() == 1);
    CHECK(ended[0].seconds == Approx(31));
}

TEST_CASE("(4) a tick long after the last touch resets even if no countdown was seen", "[session][idle]") {
    Kiosk k;
    k.tap(100, StartVisit{});
    k.tap(101, OpenMap{});
    const Effects fx = k.tick(500);
    CHECK(k.st().screen == Screen::Attract);
    CHECK(events_of<VisitEnded>(fx).size() == 1);
    // Nothing more to end on the attract loop.
    CHECK(k.tick(1000).events.empty());
    CHECK(k.st().countdown_left < 0);
}

TEST_CASE("the attract loop has no countdown and no deadline", "[session][idle]") {
    Kiosk k;
    const Effects fx = k.tick(10000);
    CHECK(k.st().screen == Screen::Attract);
    CHECK(k.st().countdown_left < 0);
    CHECK(fx.wake_at == 0);
    CHECK(fx.events.empty());
}

TEST_CASE("(5) the staff hold opens the PIN pad from the attract loop", "[session][staff]") {
    Kiosk k;
    const Effects fx = k.staff_hold(10);
    CHECK(fx.swallow_touch);  // the release presses nothing
    CHECK(k.st().screen == Screen::StaffPin);
    CHECK(k.st().lang == "en");  // the pad speaks the visitor's language
    CHECK(events_of<PinPadOpened>(fx).size() == 1);
    CHECK(events_of<VisitEnded>(fx).empty());  // nobody was visiting
}

TEST_CASE("(5, 10) the staff hold during a visit is a detour: cancelling gives the screen back", "[session][staff]") {
    Kiosk k;
    k.tap(100, StartVisit{});
    k.tap(102, SetLanguage{"de"});
    k.tap(104, OpenList{"event"});
    k.tap(105, ToggleAccess{AccessMode::LargeText});
    Effects fx = k.staff_hold(110);
    CHECK(k.st().screen == Screen::StaffPin);
    CHECK(k.st().lang == "de");
    CHECK(k.st().visit_open);
    CHECK(events_of<VisitEnded>(fx).empty());
    fx = k.tap(115, LeaveStaff{});
    CHECK(k.st().screen == Screen::List);
    CHECK(k.st().kind == "event");
    CHECK(k.st().lang == "de");
    CHECK(k.st().access.text_percent == 150);
    CHECK(k.st().visit_open);
    CHECK_FALSE(fx.reset.all);
    SECTION("the right PIN ends the visit and staff read the kiosk's own language") {
        k.staff_hold(120);
        fx = k.s.apply(PinAccepted{});
        CHECK(k.st().screen == Screen::Staff);
        CHECK(k.st().lang == "fr");
        CHECK(k.st().access.text_percent == 100);
        const auto ended = events_of<VisitEnded>(fx);
        REQUIRE(ended.size() == 1);
        CHECK(ended[0].seconds == Approx(20));
    }
}

TEST_CASE("the staff hold: off when staff mode is off, the staff screens' own there", "[session][staff]") {
    SECTION("with staff mode off, nothing opens and the journal is told") {
        Kiosk k(settings(false));
        const Effects fx = k.staff_hold(10);
        CHECK(fx.swallow_touch);
        CHECK(k.st().screen == Screen::Attract);
        CHECK(events_of<StaffGestureRefused>(fx).size() == 1);
        CHECK(events_of<PinPadOpened>(fx).empty());
    }
    SECTION("on the staff screens a hold is theirs") {
        Kiosk k;
        k.staff_hold(10);
        REQUIRE(k.st().screen == Screen::StaffPin);
        const Effects fx = k.staff_hold(20);
        CHECK_FALSE(fx.swallow_touch);
        CHECK(k.st().screen == Screen::StaffPin);
        CHECK(fx.events.empty());
    }
}

TEST_CASE("(6) the PIN pad opens staff mode once the staff desk accepts the PIN", "[session][staff]") {
    Kiosk k;
    k.staff_hold(10);
    // PIN keys go to the staff desk, which checks them; the session does not read files.
    Effects fx = k.tap(13, PinKey{'1'});
    const auto keys = events_of<PinKey>(fx);
    REQUIRE(keys.size() == 1);
    CHECK(keys[0].key == '1');
    CHECK(k.st().screen == Screen::StaffPin);
    fx = k.s.apply(PinAccepted{});
    CHECK(k.st().screen == Screen::Staff);
    CHECK(k.st().staff_tab == StaffTab::Status);
    CHECK(fx.load_staff_tab == StaffTab::Status);
    CHECK(fx.reset.staff);
    SECTION("a PIN accepted anywhere else changes nothing") {
        Kiosk v;
        v.tap(100, StartVisit{});
        v.s.apply(PinAccepted{});
        CHECK(v.st().screen == Screen::Home);
    }
}

TEST_CASE("(10) cancelling the PIN pad opened on the attract loop returns to it", "[session][staff]") {
    Kiosk k;
    k.staff_hold(10);
    const Effects fx = k.tap(14, LeaveStaff{});
    CHECK(k.st().screen == Screen::Attract);
    CHECK(k.st().lang == "en");
    CHECK(fx.refresh_content);
    CHECK(events_of<VisitEnded>(fx).empty());  // staff are not counted as visitors
}

TEST_CASE("(8) leaving staff mode, but not while an install runs", "[session][staff]") {
    Kiosk k;
    k.enter_staff(10);
    k.s.apply(StaffBusy{true});
    k.tap(20, LeaveStaff{});
    CHECK(k.st().screen == Screen::Staff);
    k.s.apply(StaffBusy{false});
    k.tap(30, LeaveStaff{});
    CHECK(k.st().screen == Screen::Attract);
    CHECK(k.st().lang == "en");
}

TEST_CASE("(7, 8) staff mode left alone returns to the attract loop, not while an install runs", "[session][staff][idle]") {
    REQUIRE(settings().staff_idle_seconds() == 180);  // 3 x 60 s
    Settings quick = settings();
    quick.idle_seconds = 10;
    REQUIRE(quick.staff_idle_seconds() == 120);  // never under two minutes

    SECTION("from the PIN pad") {
        Kiosk k;
        k.staff_hold(12);  // last touch at 12
        Effects fx = k.tick(12 + 179);
        CHECK(k.st().screen == Screen::StaffPin);
        CHECK(k.st().countdown_left < 0);  // staff get no countdown
        CHECK(fx.wake_at == 12 + 180);
        fx = k.tick(12 + 180);
        CHECK(k.st().screen == Screen::Attract);
        CHECK(k.st().lang == "en");
        CHECK(fx.reset.all);
    }
    SECTION("from the staff screen; a touch postpones it") {
        Kiosk k;
        k.enter_staff(10);
        k.tap(100, OpenStaffTab{StaffTab::Stats});
        k.tick(250);
        CHECK(k.st().screen == Screen::Staff);
        k.tick(280);
        CHECK(k.st().screen == Screen::Attract);
    }
    SECTION("never while an install runs") {
        Kiosk k;
        k.enter_staff(10);
        k.tap(20, StaffInstallUsb{0});
        k.s.apply(StaffBusy{true});
        Effects fx = k.tick(10000);
        CHECK(k.st().screen == Screen::Staff);
        CHECK(fx.wake_at == 0);
        k.s.apply(StaffBusy{false});
        k.tick(10001);
        CHECK(k.st().screen == Screen::Attract);
    }
}

TEST_CASE("(9) staff restart and quit, not while an install runs", "[session][staff]") {
    Kiosk k;
    k.enter_staff(10);
    k.s.apply(StaffBusy{true});
    CHECK_FALSE(k.tap(20, StaffRestart{}).quit);
    CHECK_FALSE(k.tap(21, StaffQuit{}).quit);
    k.s.apply(StaffBusy{false});
    CHECK(k.tap(22, StaffRestart{}).quit == 0);
    CHECK(k.tap(23, StaffQuit{}).quit == 75);
    SECTION("not from the PIN pad") {
        Kiosk p;
        p.staff_hold(10);
        CHECK_FALSE(p.tap(13, StaffQuit{}).quit);
    }
}

TEST_CASE("staff tabs and the staff desk's requests", "[session][staff]") {
    Kiosk k;
    k.enter_staff(10);
    Effects fx = k.tap(11, OpenStaffTab{StaffTab::Usb});
    CHECK(k.st().staff_tab == StaffTab::Usb);
    CHECK(fx.load_staff_tab == StaffTab::Usb);
    CHECK(fx.reset.staff);
    fx = k.tap(12, OpenStaffTab{StaffTab::Usb});
    CHECK(fx.load_staff_tab == StaffTab::Usb);
    CHECK_FALSE(fx.reset.staff);  // the same tab again keeps its scroll
    fx = k.tap(13, StaffInstallUsb{2});
    REQUIRE(events_of<StaffInstallUsb>(fx).size() == 1);
    CHECK(events_of<StaffInstallUsb>(fx)[0].index == 2);
    CHECK(events_of<StaffExportStats>(k.tap(14, StaffExportStats{1})).size() == 1);
    CHECK(events_of<StaffScanUsb>(k.tap(15, StaffScanUsb{})).size() == 1);
    fx = k.tap(16, StaffRollback{});
    CHECK(events_of<StaffRollback>(fx).size() == 1);
    CHECK(fx.load_staff_tab == StaffTab::Usb);  // the current tab shows the other pack at once
    CHECK(k.st().screen == Screen::Staff);
}

TEST_CASE("(a-g) the visitor's screens, and where Back goes", "[session][navigation]") {
    Kiosk k;
    k.tap(100, StartVisit{});

    SECTION("(a, d, f) Back from a card opened from a list returns to the list, then home") {
        k.tap(101, OpenList{"site"});
        CHECK(k.st().screen == Screen::List);
        Effects fx = k.tap(102, OpenItem{7});
        CHECK(k.st().screen == Screen::Detail);
        CHECK(k.st().item_id == 7);
        CHECK(fx.reset.card);
        CHECK(fx.refresh_content);
        k.tap(103, GoBack{});
        CHECK(k.st().screen == Screen::List);
        k.tap(104, GoBack{});  // (e)
        CHECK(k.st().screen == Screen::Home);
    }
    SECTION("(b, d, f) Back from a card opened from the search returns to the search") {
        k.tap(101, OpenList{"belfry"});
        k.tap(102, GoBack{});
        k.tap(103, OpenSearch{});
        CHECK(k.st().screen == Screen::Search);
        k.tap(104, OpenItem{9});
        k.tap(105, GoBack{});
        CHECK(k.st().screen == Screen::Search);  // not the belfry list chosen before
        k.tap(106, GoBack{});
        CHECK(k.st().screen == Screen::Home);
    }
    SECTION("(c, d, f) Back from a card opened from the map returns to the map") {
        k.tap(101, OpenMap{});
        CHECK(k.st().screen == Screen::Map);
        k.tap(102, OpenItem{3});
        k.tap(103, GoBack{});
        CHECK(k.st().screen == Screen::Map);
        k.tap(104, GoBack{});
        CHECK(k.st().screen == Screen::Home);
    }
    SECTION("(f) Back from a card opened from home: the list when a kind was chosen, else home") {
        k.tap(101, OpenItem{5});
        k.tap(102, GoBack{});
        CHECK(k.st().screen == Screen::Home);
        k.tap(103, OpenList{"event"});
        k.tap(104, GoBack{});
        k.tap(105, OpenItem{6});
        k.tap(106, GoBack{});
        CHECK(k.st().screen == Screen::List);
        CHECK(k.st().kind == "event");
    }
    SECTION("(g) GoHome from any visitor screen") {
        k.tap(101, OpenList{"site"});
        k.tap(102, OpenItem{1});
        k.tap(103, GoHome{});
        CHECK(k.st().screen == Screen::Home);
    }
}

TEST_CASE("opening another kind of list clears the filters, the same kind keeps them", "[session][filters]") {
    Kiosk k;
    k.tap(100, StartVisit{});
    k.tap(101, OpenList{"site"});
    Effects fx = k.tap(102, ToggleOpenNow{});
    CHECK(k.st().open_now_only);
    CHECK(fx.reset.list);
    k.tap(103, GoBack{});
    fx = k.tap(104, OpenList{"site"});
    CHECK(k.st().open_now_only);
    CHECK_FALSE(fx.reset.list);
    k.tap(105, GoBack{});
    fx = k.tap(106, OpenList{"event"});
    CHECK_FALSE(k.st().open_now_only);
    CHECK(fx.reset.list);
    k.tap(107, PickDate{true});
    CHECK(k.st().picking_date);
    const Date christmas{2026, 12, 24};
    k.tap(108, SetEventWindow{EventWindow::OnDate, christmas});
    CHECK(k.st().event_window == EventWindow::OnDate);
    CHECK(k.st().event_date == christmas);
    CHECK_FALSE(k.st().picking_date);
    k.tap(109, GoBack{});
    k.tap(110, OpenList{"belfry"});
    CHECK_FALSE(k.st().event_window);

    SECTION("\"this weekend\" from home opens the events with that window, counted from the screen's date") {
        const Date saturday{2026, 11, 21};
        k.tap(111, GoBack{});
        k.tap(112, OpenList{"event", EventWindow::ThisWeekend, saturday});
        CHECK(k.st().kind == "event");
        CHECK(k.st().event_window == EventWindow::ThisWeekend);
        CHECK(k.st().event_date == saturday);
    }
    SECTION("a clock the pack says is wrong drops the date and open-now filters") {
        k.tap(111, ToggleOpenNow{});
        REQUIRE(k.st().open_now_only);
        k.s.apply(ClockUntrusted{});
        CHECK_FALSE(k.st().open_now_only);
        CHECK_FALSE(k.st().event_window);
        CHECK(k.st().screen == Screen::List);
    }
}

TEST_CASE("a keystroke in the search re-runs only the search", "[session][search]") {
    Kiosk k;
    k.tap(100, StartVisit{});
    k.tap(101, OpenSearch{});
    const Effects fx = k.tap(102, SearchText{"beth"});
    CHECK(k.st().search_text == "beth");
    CHECK(fx.refresh_search);
    CHECK_FALSE(fx.refresh_content);
    CHECK(fx.reset.search);
    CHECK(fx.events.empty());  // never what a visitor typed
}

TEST_CASE("statistics events while a visit is counted", "[session][stats]") {
    Kiosk k;
    k.tap(100, StartVisit{});
    auto category = [&](double t, const Intent& i) {
        const auto c = events_of<CategoryOpened>(k.tap(t, i));
        return c.empty() ? std::string("(none)") : c[0].name;
    };
    CHECK(category(101, OpenList{"belfry"}) == "belfry");
    CHECK(category(102, ToggleOpenNow{}) == "open-now");
    CHECK(category(103, ToggleOpenNow{}) == "(none)");  // switching it off is not a choice
    k.tap(104, GoBack{});
    CHECK(category(105, OpenMap{}) == "map");
    k.tap(106, GoBack{});
    CHECK(category(107, OpenSearch{}) == "search");
    k.tap(108, GoBack{});
    CHECK(category(109, OpenList{"event"}) == "event");
    CHECK(category(110, SetEventWindow{EventWindow::Today, {}}) == "date-today");
    CHECK(category(111, SetEventWindow{EventWindow::ThisWeekend, {}}) == "date-weekend");
    CHECK(category(112, SetEventWindow{EventWindow::Next7Days, {}}) == "date-7-days");
    CHECK(category(113, SetEventWindow{EventWindow::OnDate, {2026, 12, 24}}) == "date-picked");
    CHECK(category(114, SetEventWindow{std::nullopt, {}}) == "(none)");
    const auto lang = events_of<LanguageUsed>(k.tap(115, SetLanguage{"nl"}));
    REQUIRE(lang.size() == 1);
    CHECK(lang[0].lang == "nl");
    const auto item = events_of<ItemOpened>(k.tap(116, OpenItem{77}));
    REQUIRE(item.size() == 1);
    CHECK(item[0].id == 77);

    SECTION("a kiosk started on the home screen counts nothing until a visit starts") {
        Kiosk h(settings(), Screen::Home);
        CHECK(h.tap(1, OpenList{"site"}).events.empty());
        CHECK(h.tap(2, SetLanguage{"de"}).events.empty());
        CHECK(h.tap(3, OpenItem{1}).events.empty());
        CHECK(h.st().screen == Screen::Detail);
    }
}

TEST_CASE("the visitor's language lasts until the end of the visit", "[session][language]") {
    Kiosk k;
    k.tap(100, StartVisit{});
    k.tap(101, SetLanguage{"nl"});
    k.tap(102, OpenList{"site"});
    CHECK(k.st().lang == "nl");
    k.tick(150);
    CHECK(k.st().lang == "nl");
    k.tick(165);  // the countdown does not change it either
    REQUIRE(k.st().countdown_left > 0);
    CHECK(k.st().lang == "nl");
    k.tick(200);
    CHECK(k.st().screen == Screen::Attract);
    CHECK(k.st().lang == "en");
    // The next visitor starts in the default language.
    const auto started = events_of<VisitStarted>(k.tap(300, StartVisit{}));
    REQUIRE(started.size() == 1);
    CHECK(started[0].lang == "en");
}

TEST_CASE("intents from another state's screens are ignored", "[session]") {
    Kiosk k;
    CHECK_FALSE(k.tap(1, GoBack{}).refresh_content);
    k.tap(2, OpenList{"site"});
    CHECK(k.st().screen == Screen::Attract);
    k.tap(3, StartVisit{});
    k.tap(4, StartVisit{});  // a second StartVisit on home does not restart the visit
    CHECK(k.st().visit_start == 3);
    k.enter_staff(10);
    k.tap(20, GoBack{});
    k.tap(21, OpenMap{});
    CHECK(k.st().screen == Screen::Staff);
}

TEST_CASE("a new pack switched in mid-session: who keeps what, and when it may switch", "[session][pack]") {
    SECTION("on the attract loop") {
        Kiosk k;
        k.tick(10);
        CHECK(k.s.quiet_for_pack_switch());
        const Effects fx = k.s.apply(PackLoaded{});
        CHECK(fx.refresh_content);
        CHECK_FALSE(fx.load_staff_tab);
        CHECK(k.st().screen == Screen::Attract);
    }
    SECTION("on the home screen: only 5 s after the last touch, then screen and language stay") {
        Kiosk k;
        k.tap(100, StartVisit{});
        k.tap(101, SetLanguage{"de"});
        k.tick(105.5);
        CHECK_FALSE(k.s.quiet_for_pack_switch());
        k.tick(106.5);
        CHECK(k.s.quiet_for_pack_switch());
        const Effects fx = k.s.apply(PackLoaded{});
        CHECK(fx.refresh_content);
        CHECK(k.st().screen == Screen::Home);
        CHECK(k.st().lang == "de");
        CHECK(k.st().visit_open);
        CHECK(fx.events.empty());  // the visit goes on
    }
    SECTION("a visitor reading a card, a list or the map keeps the old pack") {
        Kiosk k;
        k.tap(100, StartVisit{});
        k.tap(101, OpenList{"belfry"});
        k.tick(130);
        CHECK_FALSE(k.s.quiet_for_pack_switch());
        k.tap(131, OpenItem{4});
        k.tick(165);  // long after the last touch, still reading
        CHECK_FALSE(k.s.quiet_for_pack_switch());
        k.tick(131 + 120 + 10);  // the card's longer wait, then the countdown: the visit ended

        CHECK(k.st().screen == Screen::Attract);
        CHECK(k.s.quiet_for_pack_switch());
    }
    SECTION("on the staff screen, the open tab is shown again; not while the PIN is typed") {
        Kiosk k;
        k.staff_hold(10);
        k.tick(60);
        CHECK_FALSE(k.s.quiet_for_pack_switch());
        k.s.apply(PinAccepted{});
        k.tap(61, OpenStaffTab{StaffTab::Stats});
        CHECK(k.s.quiet_for_pack_switch());
        const Effects fx = k.s.apply(PackLoaded{});
        CHECK(fx.load_staff_tab == StaffTab::Stats);
        CHECK(k.st().screen == Screen::Staff);
        CHECK(k.st().lang == "fr");
    }
}

TEST_CASE("screen names are the ones --dump-state writes", "[session]") {
    CHECK(std::string(screen_name(Screen::Attract)) == "attract");
    CHECK(std::string(screen_name(Screen::StaffPin)) == "staff_pin");
    CHECK(std::string(screen_name(Screen::Detail)) == "detail");
}

TEST_CASE("the wheelchair filter lasts the visit, the category filter the list", "[session][filters][practical]") {
    Kiosk k;
    k.tap(100, StartVisit{});
    k.tap(101, OpenList{"site"});
    Effects fx = k.tap(102, ToggleWheelchair{});
    CHECK(k.st().wheelchair_only);
    CHECK(fx.reset.list);
    CHECK(fx.refresh_content);
    REQUIRE(events_of<CategoryOpened>(fx).size() == 1);
    CHECK(events_of<CategoryOpened>(fx)[0].name == "wheelchair");
    fx = k.tap(103, SetCategory{"Museum"});
    CHECK(k.st().category == "Museum");
    REQUIRE(events_of<CategoryOpened>(fx).size() == 1);
    CHECK(events_of<CategoryOpened>(fx)[0].name == "Museum");
    CHECK(fx.refresh_content);
    CHECK(fx.reset.list);
    // A clock the pack says is wrong touches no fact of the export.
    k.s.apply(ClockUntrusted{});
    CHECK(k.st().wheelchair_only);
    CHECK(k.st().category == "Museum");

    SECTION("a card's category chip opens its kind's list on that category, keeping the wheelchair filter") {
        k.tap(104, OpenItem{7});
        fx = k.tap(105, OpenList{"site", std::nullopt, {}, "kb:History"});
        CHECK(k.st().screen == Screen::List);
        CHECK(k.st().category == "kb:History");
        CHECK(k.st().wheelchair_only);
        CHECK(fx.reset.list);
        // Counted twice over: the kind's list was opened, on that category.
        REQUIRE(events_of<CategoryOpened>(fx).size() == 2);
        CHECK(events_of<CategoryOpened>(fx)[1].name == "kb:History");
    }
    SECTION("the home tile shows the whole kind again") {
        k.tap(104, GoBack{});
        k.tap(105, OpenList{"site"});
        CHECK(k.st().category.empty());
        CHECK(k.st().wheelchair_only);
    }
    SECTION("another kind clears the category, not the visitor's wheelchair filter") {
        k.tap(104, GoBack{});
        k.tap(105, OpenList{"event"});
        CHECK(k.st().category.empty());
        CHECK(k.st().wheelchair_only);
    }
    SECTION("the idle reset clears both for the next visitor") {
        k.tick(200);
        k.tick(300);
        REQUIRE(k.st().screen == Screen::Attract);
        CHECK(k.st().category.empty());
        CHECK_FALSE(k.st().wheelchair_only);
    }
    SECTION("switching the wheelchair filter off is not counted as a choice") {
        fx = k.tap(104, ToggleWheelchair{});
        CHECK_FALSE(k.st().wheelchair_only);
        CHECK(events_of<CategoryOpened>(fx).empty());
    }
}

TEST_CASE("(h, i) \"see on the map\" opens the map on the card's item, Back returns to the card", "[session][navigation][map]") {
    Kiosk k;
    k.tap(100, StartVisit{});
    k.tap(101, OpenList{"site"});
    k.tap(102, OpenItem{7});
    Effects fx = k.tap(103, ShowOnMap{7});
    CHECK(k.st().screen == Screen::Map);
    CHECK(fx.focus_map == 7);
    CHECK(fx.refresh_content);

    SECTION("Back: the card, then the list it was opened from") {
        fx = k.tap(104, GoBack{});
        CHECK(k.st().screen == Screen::Detail);
        CHECK(k.st().item_id == 7);
        CHECK(fx.refresh_content);
        CHECK_FALSE(fx.reset.card);  // the visitor finds the card as they left it
        k.tap(105, GoBack{});
        CHECK(k.st().screen == Screen::List);
    }
    SECTION("a card opened from that map comes back to the map, then to the first card") {
        k.tap(104, OpenItem{9});
        CHECK(k.st().item_id == 9);
        k.tap(105, GoBack{});
        CHECK(k.st().screen == Screen::Map);
        k.tap(106, GoBack{});
        CHECK(k.st().screen == Screen::Detail);
        CHECK(k.st().item_id == 7);
        k.tap(107, GoBack{});
        CHECK(k.st().screen == Screen::List);
    }
    SECTION("the map opened from home afterwards goes back home") {
        k.tap(104, GoHome{});
        k.tap(105, OpenMap{});
        k.tap(106, GoBack{});
        CHECK(k.st().screen == Screen::Home);
    }
    SECTION("only a card has the button") {
        k.tap(104, GoHome{});
        fx = k.tap(105, ShowOnMap{7});
        CHECK(k.st().screen == Screen::Home);
        CHECK(fx.focus_map == 0);
    }
    SECTION("a new visit forgets it") {
        k.s.tick(1000);
        CHECK(k.st().screen == Screen::Attract);
        CHECK(k.st().map_from_item == 0);
    }
}

TEST_CASE("a card is read, not waited on: the countdown starts later on the detail screen", "[session][idle]") {
    Kiosk k;  // idle 60 s, detail 120 s, countdown 10 s
    k.tap(100, StartVisit{});
    k.tap(101, OpenItem{7});
    Effects fx = k.tick(101 + 61);
    CHECK(k.st().countdown_left < 0);
    CHECK(fx.wake_at == 101 + 120);
    k.tick(101 + 121);
    CHECK(k.st().countdown_left > 0);
    // The countdown stays cancellable: any touch (the overlay's button) keeps the card.
    fx = k.touch(101 + 125);
    CHECK(fx.swallow_touch);
    CHECK(k.st().countdown_left < 0);
    CHECK(k.st().screen == Screen::Detail);
    // Elsewhere the usual wait holds.
    k.tap(230, GoBack{});
    k.tick(230 + 61);
    CHECK(k.st().countdown_left > 0);
}

TEST_CASE("access modes: from the attract loop, one per visit, counted by name", "[session][access]") {
    Kiosk k;
    Effects fx = k.tap(10, ShowPanel{Panel::Access});
    CHECK(k.st().screen == Screen::Home);  // the bar on the attract loop starts the visit
    CHECK(k.st().visit_open);
    CHECK(k.st().panel == Panel::Access);
    CHECK(events_of<VisitStarted>(fx).size() == 1);
    fx = k.tap(11, ToggleAccess{AccessMode::LargeText});
    CHECK(k.st().access.text_percent == 150);
    CHECK(k.st().panel == Panel::Access);  // the sheet stays for the next choice
    REQUIRE(events_of<CategoryOpened>(fx).size() == 1);
    CHECK(events_of<CategoryOpened>(fx)[0].name == "access-large-text");
    k.tap(12, ToggleAccess{AccessMode::LargeText});
    CHECK(k.st().access.text_percent == 200);
    k.tap(13, ToggleAccess{AccessMode::Contrast});
    k.tap(14, ToggleAccess{AccessMode::Reach});
    k.tap(15, ToggleAccess{AccessMode::Speech});
    CHECK(k.st().access == AccessModes{200, true, true, true});
    // Another screen closes the sheet; the modes stay for the whole visit.
    k.tap(16, OpenList{"site"});
    CHECK(k.st().panel == Panel::None);
    CHECK(k.st().access.contrast);
    k.tap(17, ToggleAccess{AccessMode::LargeText});
    CHECK(k.st().access.text_percent == 100);  // 200% steps back to 100%
    // The next visitor finds the kiosk as it was.
    k.tick(17 + 71);
    CHECK(k.st().screen == Screen::Attract);
    CHECK(k.st().access == AccessModes{});
    CHECK(k.st().panel == Panel::None);
    SECTION("a language chosen on the attract loop starts the visit in it") {
        Kiosk a;
        fx = a.tap(5, SetLanguage{"nl"});
        CHECK(a.st().screen == Screen::Home);
        CHECK(a.st().lang == "nl");
        CHECK(events_of<LanguageUsed>(fx).size() == 1);
    }
    SECTION("choosing a language closes the language sheet") {
        Kiosk a;
        a.tap(5, StartVisit{});
        a.tap(6, ShowPanel{Panel::Language});
        CHECK(a.st().panel == Panel::Language);
        a.tap(7, SetLanguage{"de"});
        CHECK(a.st().panel == Panel::None);
    }
}

TEST_CASE("the list's order: nearest first by default, by name on request, for the visit", "[session][filters]") {
    Kiosk k;
    k.tap(10, StartVisit{});
    k.tap(11, OpenList{"site"});
    CHECK(k.st().sort_by_distance);
    Effects fx = k.tap(12, SetSort{false});
    CHECK_FALSE(k.st().sort_by_distance);
    CHECK(fx.reset.list);
    CHECK(fx.refresh_content);
    k.tap(13, OpenList{"belfry"});
    CHECK_FALSE(k.st().sort_by_distance);
    k.tick(13 + 71);
    CHECK(k.st().sort_by_distance);
}

// --- Routes (issue 17): the route screen, its steps' cards and the cards' "part of route" ---

TEST_CASE("a route opens on its own screen and Back returns where it came from", "[session][route]") {
    Kiosk k;
    k.tap(1, StartVisit{});
    k.tap(2, OpenList{"route"});
    Effects fx = k.tap(3, OpenRoute{40});
    CHECK(k.st().screen == Screen::Route);
    CHECK(k.st().route_id == 40);
    CHECK(fx.refresh_content);
    CHECK(fx.reset.route);
    REQUIRE(events_of<ItemOpened>(fx).size() == 1);
    CHECK(events_of<ItemOpened>(fx)[0].id == 40);
    // A step's card, and back to the route, then to the list.
    k.tap(4, OpenItem{7});
    CHECK(k.st().screen == Screen::Detail);
    CHECK(k.st().back_to == Screen::Route);
    k.tap(5, GoBack{});
    CHECK(k.st().screen == Screen::Route);
    CHECK(k.st().route_id == 40);
    k.tap(6, GoBack{});
    CHECK(k.st().screen == Screen::List);
    // From the search too.
    k.tap(7, OpenSearch{});
    k.tap(8, OpenRoute{41});
    k.tap(9, GoBack{});
    CHECK(k.st().screen == Screen::Search);
}

TEST_CASE("a card's 'part of route' opens the route; Back returns to that card and its own Back", "[session][route]") {
    Kiosk k;
    k.tap(1, StartVisit{});
    k.tap(2, OpenList{"site"});
    k.tap(3, OpenItem{7});
    k.tap(4, OpenRoute{40});
    CHECK(k.st().screen == Screen::Route);
    k.tap(5, GoBack{});
    CHECK(k.st().screen == Screen::Detail);
    CHECK(k.st().item_id == 7);
    k.tap(6, GoBack{});
    CHECK(k.st().screen == Screen::List);
}

TEST_CASE("route and step card never send each other back for ever", "[session][route]") {
    Kiosk k;
    k.tap(1, StartVisit{});
    k.tap(2, OpenList{"route"});
    k.tap(3, OpenRoute{40});
    k.tap(4, OpenItem{7});
    // The step's card offers "part of route 40": that is the way back, not a new route screen.
    Effects fx = k.tap(5, OpenRoute{40});
    CHECK(k.st().screen == Screen::Route);
    CHECK(events_of<ItemOpened>(fx).empty());
    k.tap(6, GoBack{});
    CHECK(k.st().screen == Screen::List);
    // Another route from a step's card: its Back goes to that card, whose Back then goes
    // where the first route's would have (the list), never to a route no longer shown.
    k.tap(7, OpenRoute{40});
    k.tap(8, OpenItem{7});
    k.tap(9, OpenRoute{41});
    CHECK(k.st().route_id == 41);
    k.tap(10, GoBack{});
    CHECK(k.st().screen == Screen::Detail);
    CHECK(k.st().item_id == 7);
    k.tap(11, GoBack{});
    CHECK(k.st().screen == Screen::List);
    // Whatever the path, Back always ends at home within a few taps.
    for (int i = 0; i < 4; ++i) k.tap(12 + i, GoBack{});
    CHECK(k.st().screen == Screen::Home);
}

TEST_CASE("a route is read like a card: the longer idle wait, and a new visitor starts without it", "[session][route]") {
    Settings st = settings();
    st.detail_idle_seconds = 120;
    Kiosk k(st);
    k.tap(1, StartVisit{});
    k.tap(2, OpenList{"route"});
    k.tap(3, OpenRoute{40});
    CHECK(k.s.idle_limit() == 120);
    k.tick(3 + 120 + 10 + 1);
    CHECK(k.st().screen == Screen::Attract);
    CHECK(k.st().route_id == 0);
}

// The visitor session's state machine: what a visitor's and a staff member's taps, and the
// time passing without them, do to the screen shown; the app carries out the Effects.
//
// The states, and the transitions between them. Each numbered edge is made by the function
// named in the table under the drawing, and nothing else changes the screen.
//
//                          (1) StartVisit                 (2) tick: idle_seconds without a touch
//      +-----------+ -----------------------> +----------+ -------------------------> +-----------+
//      |  ATTRACT  |                          | VISITING |                            | COUNTDOWN |
//      |           | ---------+               |          | <------------------------- |           |
//      +-----------+          |               +----------+        (3) Touched         +-----------+
//        ^  ^  ^              |                    |                                        |
//        |  |  +--------------|--------------------|----------------------------------------+
//        |  |                 |   (4) tick: idle_seconds + countdown_seconds without a touch
//        |  |                 |                    |
//        |  |                 +------------------->| (5) StaffHold (3 s still on the top band), staff mode on
//        |  |                                      v
//        |  |                                +-----------+  (6) PinAccepted  +-----------+
//        |  |                                | STAFF_PIN | ----------------> |   STAFF   |
//        |  |                                +-----------+                   +-----------+
//        |  |                       (10) LeaveStaff |                          |       |
//        |  |            back to the visitor's screen, visit kept              |       | (9) StaffRestart /
//        |  +--------------------------------------+                           |       |     StaffQuit,
//        |     (7) tick: staff_idle_seconds without a touch on the pad         |       |     not while busy
//        +---------------------------------------------------------------------+       v
//              (8) as (7)                                                          exit 0 (restart) / 75
//
//   edge  function            what else happens
//   (1)   start_visit         Home; the visit is counted from now (VisitStarted)
//   (2)   count_down          countdown_left runs down from countdown_seconds; ticks keep it current
//   (3)   cancel_countdown    the touch is swallowed: it only means "I am still here"
//   (4)   reset_visit         VisitEnded (up to the last touch); default language, no list, filters
//                             or search; every view starts afresh. Also from VISITING when no tick
//                             came during the countdown.
//   (5)   open_pin_pad        from ATTRACT or VISITING (a hold during the countdown cancels it
//                             first); the pad speaks the visitor's language and the visit stays
//                             open. The gesture does nothing when staff mode is off.
//   (6)   enter_staff         VisitEnded; the status tab, in the kiosk's own language
//   (10)  cancel_pin_pad      the screen the pad was opened from, as it was
//   (7,8) reset_visit         as (4); (8) is LeaveStaff or the staff idle exit, neither while an
//                             install runs
//   (9)   quit                Effects::quit = 0 (restart: systemd starts the kiosk again) or 75
//
// Inside VISITING (and COUNTDOWN, which shows the same screen under the overlay), the screen:
//
//                  (a) OpenList     +--------+  (d) OpenItem
//             +-------------------> |  LIST  | -------------------+
//             |                     +--------+                    |
//             |                                                   v
//         +------+ (b) OpenSearch   +--------+  (d) OpenItem  +----------+
//         | HOME | ---------------> | SEARCH | -------------> |  DETAIL  |
//         +------+                  +--------+                +----------+
//           ^  |   (c) OpenMap      +--------+  (d) OpenItem      ^    |
//           |  +------------------> |  MAP   | -------------------+    | (f) GoBack
//           |                       +--------+                         v
//           |                                        back_to: LIST, SEARCH or MAP; a card
//           +---- (e) GoBack from LIST, SEARCH, MAP  opened elsewhere: LIST if a kind was
//                 (g) GoHome from any screen         chosen, else HOME
//
//   (h) ShowOnMap from DETAIL: MAP, centred on the item; (i) GoBack from a MAP opened so: that
//       DETAIL again, with its own Back as before (a card opened from that map in between
//       comes back to the map first).
//
//   (j) OpenRoute (a route item from LIST, SEARCH or MAP, or a card's "part of route"): ROUTE;
//       its steps open their cards (d), whose Back is ROUTE; Back from ROUTE goes where it was
//       opened from (from a card: that card, with its own Back as before).
//
//   (a) open_list: a different kind clears the filters   (b, c, g) visitor_intent
//       but wheelchair; the category is the intent's
//   (d) open_item: remembers where Back goes             (e, f) go_back
//
// Intents that change no screen: SetLanguage, ToggleOpenNow, ToggleWheelchair, SetCategory,
// SetEventWindow, PickDate, SearchText, SetSort, ShowPanel and ToggleAccess while VISITING
// (from ATTRACT, SetLanguage, ShowPanel and ToggleAccess also start the visit, (1): the bottom
// bar is on the attract loop too); a screen change closes the sheet; OpenStaffTab, PinKey and the staff desk's requests on the staff
// screens; PackLoaded, StaffBusy and ClockUntrusted anywhere. An intent from another state's
// screens (a visitor's Back while STAFF) is ignored.
#include "session/session.h"

#include <algorithm>
#include <utility>

namespace kiosk::session {

namespace {

// A new pack waits until the home screen has been left alone this long.
constexpr double kQuietBeforePackSwitch = 5.0;

// Statistics names of the event windows, in EventWindow order.
const char* window_name(EventWindow w) {
    switch (w) {
        case EventWindow::Today: return "date-today";
        case EventWindow::ThisWeekend: return "date-weekend";
        case EventWindow::Next7Days: return "date-7-days";
        case EventWindow::OnDate: return "date-picked";
    }
    return "date";
}

}  // namespace

Session::Session(Settings settings, Screen first) : settings_(std::move(settings)) {
    s_.screen = first;
    s_.lang = settings_.language;
}

double Session::last_touch() const { return std::max(s_.visit_start, s_.last_input); }

double Session::idle_limit() const {
    // A route is read like a card: the same longer wait.
    return s_.screen == Screen::Detail || s_.screen == Screen::Route ? std::max(settings_.idle_seconds, settings_.detail_idle_seconds)
                                       : settings_.idle_seconds;
}

bool Session::quiet_for_pack_switch() const {
    return s_.screen == Screen::Attract || s_.screen == Screen::Staff ||
           (s_.screen == Screen::Home && s_.now - last_touch() > kQuietBeforePackSwitch);
}

Effects Session::tick(double now) {
    Effects fx;
    s_.now = now;
    if (s_.screen == Screen::Attract) {
        s_.countdown_left = -1;
        return fx;
    }
    const double idle = now - last_touch();
    if (in_staff()) {
        s_.countdown_left = -1;
        if (s_.install_busy) return fx;  // an install is atomic anyway, but staff must see how it ended
        const double limit = settings_.staff_idle_seconds();
        if (idle >= limit)
            reset_visit(fx);  // (7), (8)
        else
            fx.wake_at = last_touch() + limit;
        return fx;
    }
    const double limit = idle_limit();
    const double reset_after = limit + settings_.countdown_seconds;
    if (idle >= reset_after) {
        reset_visit(fx);  // (4)
    } else if (idle >= limit) {
        count_down(idle);  // (2)
        fx.wake_at = last_touch() + reset_after;
    } else {
        s_.countdown_left = -1;
        fx.wake_at = last_touch() + limit;
    }
    return fx;
}

Effects Session::apply(const Intent& intent) {
    Effects fx;
    if (const auto* t = std::get_if<Touched>(&intent)) {
        cancel_countdown(t->at, fx);
    } else if (std::holds_alternative<StaffHold>(intent)) {
        staff_hold(fx);
    } else if (const auto* b = std::get_if<StaffBusy>(&intent)) {
        s_.install_busy = b->busy;
    } else if (std::holds_alternative<PackLoaded>(intent)) {
        // Switched in only at a quiet moment, so nobody loses their place: same screen, same
        // language, same list; only what is shown is read again.
        fx.refresh_content = true;
        if (s_.screen == Screen::Staff) fx.load_staff_tab = s_.staff_tab;
    } else if (std::holds_alternative<ClockUntrusted>(intent)) {
        s_.open_now_only = false;
        s_.event_window.reset();
    } else if (in_staff()) {
        staff_intent(intent, fx);
    } else if (s_.screen == Screen::Attract) {
        // The bottom bar is on the attract loop too: choosing a language or an access mode
        // there starts the visit with it.
        const bool bar = std::holds_alternative<SetLanguage>(intent) || std::holds_alternative<ShowPanel>(intent) ||
                         std::holds_alternative<ToggleAccess>(intent);
        if (std::holds_alternative<StartVisit>(intent) || bar) start_visit(fx);
        if (bar) visitor_intent(intent, fx);
    } else {
        visitor_intent(intent, fx);
    }
    return fx;
}

// --- The visitor's screens ---

void Session::visitor_intent(const Intent& intent, Effects& fx) {
    // Usage statistics: counts only, never what a visitor typed (DESIGN.md, issue 7).
    const bool counted = s_.visit_open;
    // A sheet belongs to the screen it was opened on.
    const Screen before = s_.screen;
    if (std::holds_alternative<GoHome>(intent)) {
        s_.screen = Screen::Home;  // (g)
    } else if (std::holds_alternative<GoBack>(intent)) {
        go_back();
    } else if (const auto* o = std::get_if<OpenList>(&intent)) {
        open_list(*o, fx);
    } else if (const auto* i = std::get_if<OpenItem>(&intent)) {
        open_item(i->id, fx);
    } else if (const auto* r = std::get_if<OpenRoute>(&intent)) {
        open_route(r->id, fx);
    } else if (const auto* l = std::get_if<SetLanguage>(&intent)) {
        s_.lang = l->lang;
        if (s_.panel == Panel::Language) s_.panel = Panel::None;
        if (counted) fx.events.push_back(LanguageUsed{s_.lang});
    } else if (const auto* sp = std::get_if<ShowPanel>(&intent)) {
        s_.panel = sp->panel;
        return;  // drawn over the same content: nothing to read again
    } else if (const auto* a = std::get_if<ToggleAccess>(&intent)) {
        toggle_access(a->mode, fx);
        return;
    } else if (const auto* so = std::get_if<SetSort>(&intent)) {
        s_.sort_by_distance = so->by_distance;
        fx.reset.list = true;
    } else if (std::holds_alternative<OpenMap>(intent)) {
        s_.screen = Screen::Map;  // (c)
        s_.map_from_item = 0;
        if (counted) fx.events.push_back(CategoryOpened{"map"});
    } else if (const auto* m = std::get_if<ShowOnMap>(&intent)) {
        if (s_.screen != Screen::Detail) return;  // only a card has the button
        s_.map_from_item = s_.item_id;  // (h)
        s_.map_from_back_to = s_.back_to;
        s_.screen = Screen::Map;
        fx.focus_map = m->id;
        if (counted) fx.events.push_back(CategoryOpened{"map"});
    } else if (std::holds_alternative<OpenSearch>(intent)) {
        s_.screen = Screen::Search;  // (b)
        if (counted) fx.events.push_back(CategoryOpened{"search"});
    } else if (std::holds_alternative<ToggleOpenNow>(intent)) {
        s_.open_now_only = !s_.open_now_only;
        if (counted && s_.open_now_only) fx.events.push_back(CategoryOpened{"open-now"});
        fx.reset.list = true;
    } else if (std::holds_alternative<ToggleWheelchair>(intent)) {
        s_.wheelchair_only = !s_.wheelchair_only;
        if (counted && s_.wheelchair_only) fx.events.push_back(CategoryOpened{"wheelchair"});
        fx.reset.list = true;
    } else if (const auto* c = std::get_if<SetCategory>(&intent)) {
        s_.category = c->id;
        // Counted by its id ("Museum", "kb:FineArts"), as stats.h expects of categories.
        if (counted && !c->id.empty()) fx.events.push_back(CategoryOpened{c->id});
        fx.reset.list = true;
    } else if (const auto* w = std::get_if<SetEventWindow>(&intent)) {
        s_.event_window = w->window;
        s_.event_date = w->date;
        if (counted && w->window) fx.events.push_back(CategoryOpened{window_name(*w->window)});
        s_.picking_date = false;
        fx.reset.list = true;
    } else if (const auto* p = std::get_if<PickDate>(&intent)) {
        s_.picking_date = p->open;
    } else if (const auto* t = std::get_if<SearchText>(&intent)) {
        // A keystroke re-runs only the search: it must answer within a frame.
        s_.search_text = t->text;
        fx.reset.search = true;
        fx.refresh_search = true;
        return;
    } else {
        return;  // not a visitor's intent
    }
    if (s_.screen != before) s_.panel = Panel::None;
    fx.refresh_content = true;
}

// Large text steps through 150% and 200% back to 100%. Each mode turned on is counted (by name
// only), so the statistics tell how many visitors needed it.
void Session::toggle_access(AccessMode mode, Effects& fx) {
    AccessModes& a = s_.access;
    const char* name = nullptr;
    switch (mode) {
        case AccessMode::LargeText:
            a.text_percent = a.text_percent >= 200 ? 100 : a.text_percent + 50;
            if (a.text_percent > 100) name = "access-large-text";
            break;
        case AccessMode::Contrast:
            a.contrast = !a.contrast;
            if (a.contrast) name = "access-contrast";
            break;
        case AccessMode::Reach:
            a.reach = !a.reach;
            if (a.reach) name = "access-reach";
            break;
        case AccessMode::Speech:
            a.speech = !a.speech;
            if (a.speech) name = "access-speech";
            break;
    }
    if (name && s_.visit_open) fx.events.push_back(CategoryOpened{name});
}

void Session::start_visit(Effects& fx) {  // (1)
    s_.screen = Screen::Home;
    s_.visit_start = s_.now;
    s_.visit_open = true;
    fx.events.push_back(VisitStarted{s_.lang});
    fx.refresh_content = true;
}

void Session::open_list(const OpenList& o, Effects& fx) {  // (a)
    s_.screen = Screen::List;
    if (s_.kind != o.kind) {
        // Another kind's filters mean nothing here: "open now" is not a date window. The
        // wheelchair filter stays: it is the visitor's need, not the list's setting.
        fx.reset.list = true;
        s_.open_now_only = false;
        s_.event_window.reset();
    }
    s_.kind = o.kind;
    // A home tile shows the whole kind again; a card's category chip narrows it.
    if (s_.category != o.category) fx.reset.list = true;
    s_.category = o.category;
    if (s_.visit_open) fx.events.push_back(CategoryOpened{o.kind});
    if (s_.visit_open && !o.category.empty()) fx.events.push_back(CategoryOpened{o.category});
    if (o.window) {
        s_.event_window = o.window;
        s_.event_date = o.date;
    }
}

void Session::open_item(std::int64_t id, Effects& fx) {  // (d)
    s_.back_to = s_.screen;
    s_.screen = Screen::Detail;
    s_.item_id = id;
    fx.reset.card = true;
    // The app reports the card by its stable source id once it has read it.
    if (s_.visit_open) fx.events.push_back(ItemOpened{id});
}

// (j) A route goes back where it was opened from; from a card, that card with its own Back.
void Session::open_route(std::int64_t id, Effects& fx) {  // (j)
    // The card of one of this route's steps, opened from the route: its "part of route" button
    // for the same route is Back, or route and card would send each other back for ever.
    if (s_.screen == Screen::Detail && s_.back_to == Screen::Route && s_.route_id == id) {
        s_.screen = Screen::Route;
        return;
    }
    // A card opened from another route: that route is left for this one, and the card's Back
    // goes where that route's Back would have gone (home when that was another card).
    Screen card_back = s_.back_to;
    if (s_.screen == Screen::Detail && card_back == Screen::Route)
        card_back = s_.route_back_to == Screen::Detail ? Screen::Home : s_.route_back_to;
    s_.route_back_to = s_.screen;
    s_.route_from_item = s_.screen == Screen::Detail ? s_.item_id : 0;
    s_.route_from_back_to = card_back;
    s_.screen = Screen::Route;
    s_.route_id = id;
    fx.reset.route = true;
    if (s_.visit_open) fx.events.push_back(ItemOpened{id});
}

void Session::go_back() {  // (e), (f), (i), (j)
    if (s_.screen == Screen::Route) {
        if (s_.route_back_to == Screen::Detail && s_.route_from_item != 0) {
            s_.screen = Screen::Detail;
            s_.item_id = s_.route_from_item;
            s_.back_to = s_.route_from_back_to;
        } else {
            s_.screen = s_.route_back_to == Screen::Detail ? Screen::Home : s_.route_back_to;
        }
        return;
    }
    if (s_.screen == Screen::Map && s_.map_from_item != 0) {
        s_.screen = Screen::Detail;
        s_.item_id = s_.map_from_item;
        s_.back_to = s_.map_from_back_to;
        s_.map_from_item = 0;
        return;
    }
    if (s_.screen == Screen::Detail && s_.back_to != Screen::Home)
        s_.screen = s_.back_to;
    else
        s_.screen = s_.screen == Screen::Detail && !s_.kind.empty() ? Screen::List : Screen::Home;
}

void Session::count_down(double idle) {  // (2)
    s_.countdown_left = idle_limit() + settings_.countdown_seconds - idle;
}

void Session::cancel_countdown(double at, Effects& fx) {  // (3), and any touch elsewhere
    fx.swallow_touch = s_.countdown_left >= 0;
    s_.countdown_left = -1;
    s_.last_input = at;
}

// The next visitor starts from scratch: attract loop, default language, no screen state.
void Session::reset_visit(Effects& fx) {  // (4), (7), (8)
    end_visit(fx);
    s_.screen = Screen::Attract;
    s_.back_to = Screen::Home;
    s_.attract_since = s_.now;
    s_.countdown_left = -1;
    s_.kind.clear();
    s_.open_now_only = false;
    s_.wheelchair_only = false;
    s_.category.clear();
    s_.event_window.reset();
    s_.picking_date = false;
    s_.search_text.clear();
    s_.sort_by_distance = true;
    s_.panel = Panel::None;
    s_.access = AccessModes{};
    s_.item_id = 0;
    s_.map_from_item = 0;
    s_.route_id = 0;
    s_.route_from_item = 0;
    s_.route_back_to = Screen::Home;
    s_.lang = settings_.language;
    fx.reset.all = true;
    fx.refresh_content = true;
}

void Session::end_visit(Effects& fx) {
    if (!s_.visit_open) return;
    s_.visit_open = false;
    // The visit lasted until the last touch, not until the idle timeout that ended it.
    fx.events.push_back(VisitEnded{std::max(0.0, s_.last_input - s_.visit_start)});
}

// --- Staff mode ---

// A finger held still on the top band opens the PIN pad. The hold is swallowed, so its release
// neither starts a visit nor presses what lies beneath.
void Session::staff_hold(Effects& fx) {
    if (in_staff()) return;
    fx.swallow_touch = true;
    if (!settings_.staff_enabled) {
        fx.events.push_back(StaffGestureRefused{});
        return;
    }
    open_pin_pad(fx);
}

// The pad is a detour, not the end of the visit: a visitor who held the bar by chance (or a
// staff member who changed their mind) gets their screen back as it was, in their language.
void Session::open_pin_pad(Effects& fx) {  // (5)
    s_.pin_return = s_.screen;
    s_.screen = Screen::StaffPin;
    s_.panel = Panel::None;
    s_.countdown_left = -1;
    fx.events.push_back(PinPadOpened{});
}

void Session::cancel_pin_pad(Effects& fx) {  // (10)
    s_.screen = s_.pin_return;
    if (s_.screen == Screen::Attract) s_.attract_since = s_.now;
    fx.refresh_content = true;
}

void Session::enter_staff(Effects& fx) {  // (6)
    end_visit(fx);
    s_.visit_start = s_.now;  // the staff idle exit counts from here
    s_.lang = settings_.staff_language;
    s_.access = AccessModes{};     // staff read the kiosk as it is
    s_.screen = Screen::Staff;
    s_.staff_tab = StaffTab::Status;
    fx.reset.staff = true;
    fx.load_staff_tab = StaffTab::Status;
}

void Session::quit(int code, Effects& fx) {  // (9)
    fx.quit = code;
}

void Session::staff_intent(const Intent& intent, Effects& fx) {
    const bool pad = s_.screen == Screen::StaffPin, staff = s_.screen == Screen::Staff;
    if (const auto* k = std::get_if<PinKey>(&intent)) {
        if (pad) fx.events.push_back(*k);  // the staff desk checks the PIN and answers PinAccepted
    } else if (std::holds_alternative<PinAccepted>(intent)) {
        if (pad) enter_staff(fx);
    } else if (std::holds_alternative<LeaveStaff>(intent)) {
        if (pad)
            cancel_pin_pad(fx);  // (10)
        else if (!s_.install_busy)
            reset_visit(fx);  // (8)
    } else if (const auto* t = std::get_if<OpenStaffTab>(&intent)) {
        if (!staff) return;
        if (t->tab != s_.staff_tab) fx.reset.staff = true;
        s_.staff_tab = t->tab;
        fx.load_staff_tab = t->tab;
    } else if (!staff) {
        return;
    } else if (std::holds_alternative<StaffRollback>(intent)) {
        fx.events.push_back(StaffRollback{});
        fx.load_staff_tab = s_.staff_tab;  // the status shows the other pack at once
    } else if (std::holds_alternative<StaffScanUsb>(intent)) {
        fx.events.push_back(StaffScanUsb{});
    } else if (const auto* i = std::get_if<StaffInstallUsb>(&intent)) {
        fx.events.push_back(*i);
    } else if (const auto* e = std::get_if<StaffExportStats>(&intent)) {
        fx.events.push_back(*e);
    } else if (std::holds_alternative<StaffRestart>(intent) || std::holds_alternative<StaffQuit>(intent)) {
        // An install finishes first: it is atomic anyway, but staff should see its outcome.
        // systemd restarts the kiosk after any exit except 75 (RestartPreventExitStatus).
        if (!s_.install_busy) quit(std::holds_alternative<StaffQuit>(intent) ? 75 : 0, fx);
    }
}

}  // namespace kiosk::session

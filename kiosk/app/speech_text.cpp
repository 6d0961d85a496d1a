// The card as sentences for the voice. The lines are the screen's own (open_line, event_line,
// time_range_text, core's price_lines), so what is heard is what is shown; spoken_text() then
// rewrites the few written forms espeak-ng reads badly (it says "zéro zéro" for ":00" and
// nothing for an en dash), with the words from the speech.* UI strings.
#include "app/speech_text.h"

#include <regex>
#include <vector>

#include "app/screens.h"
#include "core/hours.h"
#include "core/prices.h"

namespace kiosk::app {

namespace {

// Replaces every match of re in s by fn(match).
template <typename Fn>
std::string replace_each(const std::string& s, const std::regex& re, Fn fn) {
    std::string out;
    auto last = s.cbegin();
    for (std::sregex_iterator it(s.begin(), s.end(), re), end; it != end; ++it) {
        out.append(last, (*it)[0].first);
        out += fn(*it);
        last = (*it)[0].second;
    }
    out.append(last, s.cend());
    return out;
}

std::string regex_escape(const std::string& s) {
    static const std::regex special(R"([.^$|()\[\]{}*+?\\])");
    return std::regex_replace(s, special, R"(\$&)");
}

void replace_all(std::string& s, const std::string& from, const std::string& to) {
    if (from.empty() || from == to) return;
    for (size_t p = 0; (p = s.find(from, p)) != std::string::npos; p += to.size()) s.replace(p, from.size(), to);
}

// "14:30" in words of the language: a 24-hour clock ("14 heures 30", "14:30" for German, whose
// voice says "Uhr" itself) or a 12-hour one ("2:30 p.m.").
std::string spoken_time(const Ui& ui, int h, const std::string& mm) {
    const bool twelve = ui.tr("speech.clock") == "12";
    const bool pm = twelve && h % 24 >= 12;
    const std::string hour = std::to_string(twelve ? (h % 12 == 0 ? 12 : h % 12) : h);
    const std::string suffix = pm ? "_pm" : "";
    if (mm == "00") return format(ui.tr("speech.time_whole" + suffix), {hour});
    return format(ui.tr("speech.time_minutes" + suffix), {hour, mm});
}

}  // namespace

std::string spoken_text(const Ui& ui, const std::string& written) {
    std::string s = written;
    // "24 h/24" reads as letters and a slash; the language's spoken form instead.
    replace_all(s, ui.tr("hours.all_day"), ui.tr("speech.all_day"));
    // Amounts: "€14.50" (English) and "14,50 €" (French, Dutch, German; a no-break space before
    // the sign) both become "14 € 50", which every voice reads as "fourteen euros fifty".
    static const std::regex euro_first("\xE2\x82\xAC([0-9]+)(?:\\.([0-9]{2}))?");
    s = replace_each(s, euro_first, [](const std::smatch& m) {
        return m[1].str() + " \xE2\x82\xAC" + (m[2].matched ? " " + m[2].str() : "");
    });
    static const std::regex euro_after("([0-9]+),([0-9]{2})(?: |\xC2\xA0)\xE2\x82\xAC");
    s = replace_each(s, euro_after, [](const std::smatch& m) { return m[1].str() + " \xE2\x82\xAC " + m[2].str(); });
    // Times, and the language's hour word after one ("bis 18:00 Uhr") said once.
    const std::regex time("(^|[^0-9])([0-9]{1,2}):([0-9]{2})(?![0-9])(?:(?: |\xC2\xA0)" + regex_escape(ui.tr("speech.hour_word")) +
                          "(?![A-Za-z]))?");
    s = replace_each(s, time, [&](const std::smatch& m) {
        return m[1].str() + spoken_time(ui, std::stoi(m[2].str()), m[3].str());
    });
    // "10 heures – 18 heures": the dash is silent to the voice; "à", "to", "tot", "bis".
    static const std::regex dash(" *\xE2\x80\x93 *");
    s = std::regex_replace(s, dash, " " + ui.tr("speech.to") + " ");
    // "Ouvert · jusqu'à...": a middle dot separates like a comma.
    static const std::regex dot(" *\xC2\xB7 *");
    s = std::regex_replace(s, dot, ", ");
    return s;
}

std::string card_speech_text(const Ui& ui, const Model& m) {
    // No pack: the unavailable screen's title and message (screen_unavailable.cpp).
    if (!m.error.empty()) return ui.tr("unavailable.title") + ". " + ui.tr("error.no_pack");
    if ((m.session.screen != Screen::Detail && m.session.screen != Screen::Route) || m.detail.title.empty()) return "";
    const ItemDetail& d = m.detail;
    std::string out;
    // One sentence: trimmed, ending with a stop so the voice pauses before the next one.
    auto sentence = [&](const std::string& written) {
        std::string s = spoken_text(ui, written);
        while (!s.empty() && (s.back() == ' ' || s.back() == '\n')) s.pop_back();
        if (s.empty()) return;
        for (char& c : s)
            if (c == '\n') c = ' ';
        const char last = s.back();
        if (last != '.' && last != '!' && last != '?' && last != ':' && !(s.size() >= 3 && s.compare(s.size() - 3, 3, "\xE2\x80\xA6") == 0)) s += '.';
        out += (out.empty() ? "" : " ") + s;
    };

    sentence(d.title.value);
    if (m.session.screen == Screen::Route) {
        // The route as its screen shows it: figures (durations in words), where it starts,
        // whether the line is straight, then each step by number; then its short text.
        if (const Route* r = m.route ? &*m.route : nullptr) {
            for (const std::string& f : route_facts(ui, *r, "speech.route.")) sentence(f);
            sentence(route_start_text(ui, m.route_start));
            if (!r->path.empty() && !r->path_from_export) sentence(ui.tr("route.straight"));
            if (!r->steps.empty()) sentence(format(ui.tr("route.steps"), {std::to_string(r->steps.size())}));
            for (size_t i = 0; i < r->steps.size(); ++i)
                sentence(format(ui.tr("speech.route.step"), {std::to_string(i + 1), r->steps[i].name.value}));
        }
        sentence(!d.short_desc.empty() ? d.short_desc.value : d.long_desc.value);
        return out;
    }
    if (d.kind == "event") {
        // As the screen: the next time it is held, or that none is left.
        sentence(m.detail_next ? format(ui.tr("event.next"), {event_line(ui, *m.detail_next, m.now)}) : ui.tr("detail.no_dates"));
    } else {
        // "Open now, until 18:00", then today's hours; no claim about today on a wrong clock.
        if (m.clock_trusted && m.detail_open.state != OpenState::Unknown) sentence(open_line(ui, m.detail_open, m.now));
        if (m.clock_trusted) {
            const DayHours today = hours_on(d.hours, m.now.date);
            std::string times;
            for (const TimeRange& r : today.ranges) times += (times.empty() ? "" : ", ") + time_range_text(ui, r);
            if (today.known && !times.empty()) sentence(format(ui.tr("speech.today"), {times}));
        }
        // Hours given only as words in the export.
        if (!week_for(d.hours, m.now.date).known) sentence(d.hours_text.value);
    }
    for (const NoteRow& n : d.notes) sentence(n.text.value);

    const std::vector<PriceLine> prices = price_lines(d.prices, ui.lang, *ui.strings);
    if (!prices.empty()) {
        sentence(ui.tr("detail.prices"));
        for (const PriceLine& p : prices) sentence(p.conditions.empty() ? p.text : p.text + ", " + p.conditions);
    }
    sentence(!d.short_desc.empty() ? d.short_desc.value : d.long_desc.value);
    return out;
}

}  // namespace kiosk::app

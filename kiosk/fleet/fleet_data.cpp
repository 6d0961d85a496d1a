#include "fleet/fleet_data.h"

#include <simdjson.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/error.h"
#include "core/stats.h"

namespace kiosk::fleet {

namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;
using simdjson::dom::object;

[[noreturn]] void bad(const std::string& where, const std::string& why) { throw Error(ErrorKind::Corrupt, why, where); }

// Text from a file ends up in a report and a CSV: one line, bounded, no control characters
// (simdjson has already refused invalid UTF-8).
std::string clean_text(std::string_view s, const std::string& where, const char* key) {
    if (s.size() > kMaxTextBytes) bad(where, std::string("\"") + key + "\" is longer than " + std::to_string(kMaxTextBytes) + " bytes");
    std::string out(s);
    for (char& c : out)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = ' ';
    return out;
}

std::int64_t count_of(element v, const std::string& where, const std::string& key) {
    std::int64_t n = 0;
    if (v.type() == element_type::INT64) {
        n = v.get_int64().value_unsafe();
    } else if (v.type() == element_type::UINT64) {
        n = kMaxCount + 1;
    } else if (v.type() == element_type::DOUBLE) {
        // A writer in another language may print 12.0; a fraction is not a count.
        const double d = v.get_double().value_unsafe();
        if (!(d >= 0 && d <= static_cast<double>(kMaxCount)) || d != std::floor(d)) bad(where, "\"" + key + "\" is not a count");
        n = static_cast<std::int64_t>(d);
    } else {
        bad(where, "\"" + key + "\" is not a number");
    }
    if (n < 0 || n > kMaxCount) bad(where, "\"" + key + "\" is out of range (0 to " + std::to_string(kMaxCount) + ")");
    return n;
}

std::string string_of(element v, const std::string& where, const char* key) {
    std::string_view s;
    if (v.get_string().get(s)) bad(where, std::string("\"") + key + "\" is not a string");
    return clean_text(s, where, key);
}

element parse_root(simdjson::dom::parser& parser, std::string_view text, std::uint64_t cap, const std::string& where,
                   const char* format) {
    if (text.size() > cap) bad(where, "too large: " + std::to_string(text.size()) + " bytes, the limit is " + std::to_string(cap));
    element root;
    if (auto err = parser.parse(text.data(), text.size()).get(root)) bad(where, std::string("not valid JSON (") + simdjson::error_message(err) + ")");
    if (root.type() != element_type::OBJECT) bad(where, "not a JSON object");
    std::string_view f;
    if (root["format"].get_string().get(f)) bad(where, "no \"format\": not a kiosk statistics file");
    if (f != format) {
        // Same family, later version: say so apart from a foreign file.
        const std::string family = std::string(format).substr(0, std::string(format).find('/') + 1);
        if (f.substr(0, family.size()) == family)
            throw Error(ErrorKind::Incompatible, "format \"" + clean_text(f.substr(0, 40), where, "format") + "\" is not " + format, where);
        bad(where, "format is not " + std::string(format));
    }
    return root;
}

std::string kiosk_of(object o, const std::string& where) {
    std::string_view id;
    if (o["kiosk"].get_string().get(id) || !valid_kiosk_id(id)) bad(where, "\"kiosk\" is not a kiosk id (1-64 letters, digits, - or _)");
    return std::string(id);
}

Tally tally_of(element v, const std::string& where, const char* key) {
    object o;
    if (v.get_object().get(o)) bad(where, std::string("\"") + key + "\" is not an object");
    if (o.size() > kMaxEntriesPerTally) bad(where, std::string("\"") + key + "\" has too many entries");
    Tally t;
    for (auto field : o) {
        const std::string k = clean_text(field.key, where, key);
        if (k.empty()) continue;
        // Keys are distinct in a well-formed file; a repeated one counts once, the largest.
        std::int64_t& slot = t[k];
        slot = std::max(slot, count_of(field.value, where, std::string(key) + "." + k));
    }
    return t;
}

}  // namespace

bool valid_kiosk_id(std::string_view id) {
    if (id.empty() || id.size() > 64) return false;
    return std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    });
}

std::optional<Hour> parse_hour(std::string_view s) {
    if (s.size() != 13 || s[10] != 'T') return std::nullopt;
    auto d = parse_date(s.substr(0, 10));
    if (!d || to_iso(*d) != s.substr(0, 10)) return std::nullopt;
    if (s[11] < '0' || s[11] > '9' || s[12] < '0' || s[12] > '9') return std::nullopt;
    const int h = (s[11] - '0') * 10 + (s[12] - '0');
    if (h > 23) return std::nullopt;
    return Hour{*d, h};
}

std::string to_text(const Hour& h) {
    char buf[8];
    std::snprintf(buf, sizeof buf, " %02dh", h.hour);
    return to_iso(h.date) + buf;
}

DayFile parse_day_file(std::string_view text, const std::string& where) {
    thread_local simdjson::dom::parser parser;
    element root = parse_root(parser, text, kMaxDayFileBytes, where, "kiosk-stats-day/1");
    object o = root.get_object().value_unsafe();
    DayFile d;
    d.origin = where;
    d.kiosk = kiosk_of(o, where);
    std::string_view s;
    std::optional<Date> day;
    if (o["day"].get_string().get(s) || !(day = parse_date(s)) || s.size() != 10 || to_iso(*day) != s) bad(where, "\"day\" is not a YYYY-MM-DD date");
    d.day = *day;
    std::optional<Hour> made;
    if (o["made"].get_string().get(s) || !(made = parse_hour(s))) bad(where, "\"made\" is not a YYYY-MM-DDTHH hour");
    d.made = *made;
    for (auto field : o) {
        const std::string_view k = field.key;
        element v = field.value;
        if (k == "complete") {
            bool b = false;
            if (v.get_bool().get(b)) bad(where, "\"complete\" is not true or false");
            d.complete = b;
        } else if (k == "visits") {
            d.visits = count_of(v, where, "visits");
        } else if (k == "visits_ended") {
            d.visits_ended = count_of(v, where, "visits_ended");
        } else if (k == "visit_seconds") {
            double sec = 0;
            if (v.type() == element_type::INT64) sec = static_cast<double>(v.get_int64().value_unsafe());
            else if (v.get_double().get(sec)) bad(where, "\"visit_seconds\" is not a number");
            // A day holds 86400 s per visit at the very most.
            if (!(sec >= 0 && sec <= 86400.0 * kMaxCount)) bad(where, "\"visit_seconds\" is out of range");
            d.visit_seconds = sec;
        } else if (k == "visits_by_hour") {
            simdjson::dom::array a;
            if (v.get_array().get(a) || a.size() != 24) bad(where, "\"visits_by_hour\" is not 24 counts");
            std::size_t i = 0;
            for (element n : a) d.visits_by_hour[i++] = count_of(n, where, "visits_by_hour");
        } else if (k == "visit_length") {
            d.visit_length = tally_of(v, where, "visit_length");
        } else if (k == "languages") {
            d.languages = tally_of(v, where, "languages");
        } else if (k == "sections") {
            d.sections = tally_of(v, where, "sections");
        } else if (k == "access") {
            d.access = tally_of(v, where, "access");
        } else if (k == "zero_result_searches") {
            d.zero_result_searches = tally_of(v, where, "zero_result_searches");
        } else if (k == "items") {
            simdjson::dom::array a;
            if (v.get_array().get(a)) bad(where, "\"items\" is not an array");
            if (a.size() > kMaxEntriesPerTally) bad(where, "\"items\" has too many entries");
            for (element e : a) {
                object io;
                if (e.get_object().get(io)) bad(where, "an entry of \"items\" is not an object");
                element idv, openedv, titlev;
                if (io["id"].get(idv)) bad(where, "an entry of \"items\" has no \"id\"");
                const std::string id = string_of(idv, where, "items.id");
                if (id.empty()) bad(where, "an entry of \"items\" has an empty \"id\"");
                ItemCount ic;
                if (!io["opened"].get(openedv)) ic.opened = count_of(openedv, where, "items.opened");
                if (!io["title"].get(titlev) && titlev.type() != element_type::NULL_VALUE) ic.title = string_of(titlev, where, "items.title");
                ItemCount& slot = d.items[id];
                if (ic.opened >= slot.opened) slot = std::move(ic);
            }
        }
        // Unknown keys are ignored (FLEET.md): a later writer may add some.
    }
    if (d.visits_ended > d.visits) bad(where, "\"visits_ended\" is above \"visits\"");
    return d;
}

Heartbeat parse_heartbeat(std::string_view text, const std::string& where) {
    thread_local simdjson::dom::parser parser;
    element root = parse_root(parser, text, kMaxHeartbeatBytes, where, "kiosk-heartbeat/1");
    object o = root.get_object().value_unsafe();
    Heartbeat h;
    h.origin = where;
    h.kiosk = kiosk_of(o, where);
    std::string_view s;
    std::optional<Hour> sent;
    if (o["sent"].get_string().get(s) || !(sent = parse_hour(s))) bad(where, "\"sent\" is not a YYYY-MM-DDTHH hour");
    h.sent = *sent;
    for (auto field : o) {
        const std::string_view k = field.key;
        element v = field.value;
        if (k == "pack") {
            if (v.type() != element_type::NULL_VALUE) h.pack = string_of(v, where, "pack");
        } else if (k == "pack_version") {
            if (v.type() == element_type::INT64) h.pack_version = std::to_string(v.get_int64().value_unsafe());
            else if (v.type() != element_type::NULL_VALUE) h.pack_version = string_of(v, where, "pack_version");
        } else if (k == "last_sync") {
            if (v.type() == element_type::NULL_VALUE) continue;
            std::string_view ls;
            if (v.get_string().get(ls) || !(h.last_sync = parse_hour(ls))) bad(where, "\"last_sync\" is not a YYYY-MM-DDTHH hour or null");
        } else if (k == "last_sync_ok") {
            bool b = false;
            if (v.get_bool().get(b)) bad(where, "\"last_sync_ok\" is not true or false");
            h.last_sync_ok = b;
        } else if (k == "last_error") {
            if (v.type() != element_type::NULL_VALUE) h.last_error = string_of(v, where, "last_error");
        } else if (k == "free_disk_mb") {
            // null or a negative number: the kiosk could not tell.
            if (v.type() == element_type::INT64 && v.get_int64().value_unsafe() < 0) continue;
            if (v.type() != element_type::NULL_VALUE) h.free_disk_mb = count_of(v, where, "free_disk_mb");
        } else if (k == "software") {
            if (v.type() != element_type::NULL_VALUE) h.software = string_of(v, where, "software");
        }
    }
    return h;
}

bool keep_over(const DayFile& a, const DayFile& b) {
    if (a.complete != b.complete) return a.complete;
    if (a.visits != b.visits) return a.visits > b.visits;
    return a.made > b.made;
}

void Fleet::add(DayFile d) {
    auto key = std::make_pair(d.kiosk, d.day);
    auto it = days_.find(key);
    if (it == days_.end()) {
        days_.emplace(std::move(key), std::move(d));
        return;
    }
    ++set_aside_;
    if (keep_over(d, it->second)) it->second = std::move(d);
}

void Fleet::add(Heartbeat h) {
    auto it = heartbeats_.find(h.kiosk);
    if (it == heartbeats_.end()) heartbeats_.emplace(h.kiosk, std::move(h));
    else if (h.sent > it->second.sent) it->second = std::move(h);
}

namespace {

void add_tally(Tally& into, const Tally& t) {
    for (const auto& [k, n] : t) into[k] += n;
}

std::vector<Count> most_first(const Tally& t) {
    std::vector<Count> out;
    for (const auto& [k, n] : t)
        if (n > 0) out.push_back({k, {}, n});
    std::stable_sort(out.begin(), out.end(), [](const Count& a, const Count& b) { return a.n > b.n; });
    return out;
}

}  // namespace

FleetSummary summarize(const Fleet& fleet, const Date& now, std::size_t top_n) {
    FleetSummary s;
    s.now = now;
    s.copies_set_aside = fleet.copies_set_aside();
    std::map<Date, std::int64_t> per_day;
    Tally lengths, langs, sections, access, zero;
    struct ItemSum {
        std::int64_t n = 0;
        std::string title;
        Date title_day{0, 0, 0};
    };
    std::map<std::string, ItemSum> items;
    std::map<std::string, KioskStatus> kiosks;
    for (const auto& [key, d] : fleet.days()) {
        per_day[d.day] += d.visits;
        if (!d.complete && (s.partial_days.empty() || s.partial_days.back() != d.day)) s.partial_days.push_back(d.day);
        for (int h = 0; h < 24; ++h) s.visits_by_hour[h] += d.visits_by_hour[h];
        s.visits += d.visits;
        s.visits_ended += d.visits_ended;
        s.visit_seconds += d.visit_seconds;
        add_tally(lengths, d.visit_length);
        add_tally(langs, d.languages);
        add_tally(sections, d.sections);
        add_tally(access, d.access);
        add_tally(zero, d.zero_result_searches);
        for (const auto& [id, ic] : d.items) {
            ItemSum& it = items[id];
            it.n += ic.opened;
            // The newest title a kiosk saw: a renamed item shows its current name.
            if (!ic.title.empty() && d.day >= it.title_day) {
                it.title = ic.title;
                it.title_day = d.day;
            }
        }
        KioskStatus& k = kiosks[d.kiosk];
        k.kiosk = d.kiosk;
        ++k.days;
        k.visits += d.visits;
        if (!k.first_day || d.day < *k.first_day) k.first_day = d.day;
        if (!k.last_day || d.day > *k.last_day) k.last_day = d.day;
    }
    std::sort(s.partial_days.begin(), s.partial_days.end());
    s.partial_days.erase(std::unique(s.partial_days.begin(), s.partial_days.end()), s.partial_days.end());
    if (!per_day.empty()) {
        const std::int64_t first = days_from_civil(per_day.begin()->first), last = days_from_civil(per_day.rbegin()->first);
        for (std::int64_t n = first; n <= last; ++n) {
            const Date d = civil_from_days(n);
            auto it = per_day.find(d);
            s.visits_per_day.emplace_back(d, it == per_day.end() ? 0 : it->second);
        }
    }
    for (const char* b : kSessionLengthBuckets) {
        auto it = lengths.find(b);
        s.visit_length.push_back({b, {}, it == lengths.end() ? 0 : it->second});
        if (it != lengths.end()) lengths.erase(it);
    }
    for (const Count& c : most_first(lengths)) s.visit_length.push_back(c);
    s.languages = most_first(langs);
    s.sections = most_first(sections);
    s.access = most_first(access);
    for (const Count& c : most_first(zero)) {
        if (c.n >= kZeroResultK) s.zero_result_searches.push_back(c);
        else ++s.zero_result_terms_hidden;
    }
    for (const auto& [id, it] : items)
        if (it.n > 0) s.top_items.push_back({id, it.title, it.n});
    std::stable_sort(s.top_items.begin(), s.top_items.end(), [](const Count& a, const Count& b) { return a.n > b.n; });
    if (s.top_items.size() > top_n) s.top_items.resize(top_n);

    for (const auto& [id, h] : fleet.heartbeats()) {
        KioskStatus& k = kiosks[id];
        k.kiosk = id;
        k.heartbeat = h;
    }
    const std::int64_t today = days_from_civil(now);
    for (auto& [id, k] : kiosks) {
        if (k.heartbeat) {
            k.days_since_heartbeat = static_cast<int>(today - days_from_civil(k.heartbeat->sent.date));
            k.stale = k.days_since_heartbeat > 2;
        } else {
            k.stale = true;
        }
        s.kiosks.push_back(std::move(k));
    }
    return s;
}

}  // namespace kiosk::fleet

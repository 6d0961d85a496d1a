// Fleet statistics as kiosk-stats reads them: the day files and heartbeats that kiosks upload
// (format in deploy/FLEET.md: "kiosk-stats-day/1", "kiosk-heartbeat/1"), parsed from outside
// bytes with hard bounds, and merged over any number of kiosks and sources so that each
// (kiosk, day) is counted once whatever number of copies (upload, USB export, partial then
// complete) the sources hold.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/dates.h"

namespace kiosk::fleet {

// Caps on what one file may hold. A real day file is a few kB (a busy kiosk opens a few
// hundred items a day); these stop a hostile or broken server from filling the desk's memory.
constexpr std::uint64_t kMaxDayFileBytes = 1ull << 20;
constexpr std::uint64_t kMaxHeartbeatBytes = 64ull << 10;
constexpr std::size_t kMaxEntriesPerTally = 2000;   // items, languages, sections... in one file
constexpr std::size_t kMaxTextBytes = 400;          // a title, term, version or error text
constexpr std::int64_t kMaxCount = 10'000'000;      // any count in one kiosk's day
// A term with no result is shown only once this many different visits searched it (merged).
constexpr std::int64_t kZeroResultK = 5;

// kiosk.toml's rule for ids (1-64 letters, digits, - or _): ids name folders and URLs.
bool valid_kiosk_id(std::string_view id);

// Hours are the finest time these files carry: "YYYY-MM-DDTHH".
struct Hour {
    Date date;
    int hour = 0;
    auto operator<=>(const Hour&) const = default;
};
std::optional<Hour> parse_hour(std::string_view s);   // "YYYY-MM-DDTHH" (anything finer refused)
std::string to_text(const Hour& h);                    // "2026-12-07 03h"

using Tally = std::map<std::string, std::int64_t>;

struct ItemCount {
    std::string title;
    std::int64_t opened = 0;
};

struct DayFile {
    std::string kiosk;
    Date day;
    bool complete = false;
    Hour made;
    std::int64_t visits = 0;
    std::int64_t visits_ended = 0;
    double visit_seconds = 0;
    std::array<std::int64_t, 24> visits_by_hour{};
    Tally visit_length, languages, sections, access, zero_result_searches;
    std::map<std::string, ItemCount> items;  // by item id (the export's @id)
    std::string origin;                      // where it was read (path or URL), for warnings and the CSV
};

struct Heartbeat {
    std::string kiosk;
    Hour sent;
    std::string pack;          // the active pack's id
    std::string pack_version;
    std::optional<Hour> last_sync;
    bool last_sync_ok = false;
    std::string last_error;
    std::optional<std::int64_t> free_disk_mb;
    std::string software;
    std::string origin;
};

// Parse one file. Throws kiosk::Error (Corrupt for malformed or out-of-bounds content,
// Incompatible for another "format") with a one-line message; `where` is its context.
DayFile parse_day_file(std::string_view text, const std::string& where);
Heartbeat parse_heartbeat(std::string_view text, const std::string& where);

// Whether `a` is the copy to keep over `b` for one (kiosk, day): complete over partial, then
// more visits, then the later "made" (FLEET.md, "Duplicates and partial uploads").
bool keep_over(const DayFile& a, const DayFile& b);

// Everything read, one day file per (kiosk, day) and the newest heartbeat per kiosk.
class Fleet {
public:
    void add(DayFile d);
    void add(Heartbeat h);
    const std::map<std::pair<std::string, Date>, DayFile>& days() const { return days_; }
    const std::map<std::string, Heartbeat>& heartbeats() const { return heartbeats_; }
    // Copies of a (kiosk, day) that were read and set aside (the same or another source).
    std::int64_t copies_set_aside() const { return set_aside_; }

private:
    std::map<std::pair<std::string, Date>, DayFile> days_;
    std::map<std::string, Heartbeat> heartbeats_;
    std::int64_t set_aside_ = 0;
};

struct KioskStatus {
    std::string kiosk;
    std::optional<Heartbeat> heartbeat;
    std::int64_t days = 0, visits = 0;
    std::optional<Date> first_day, last_day;
    bool stale = false;          // no heartbeat, or its "sent" more than 2 days before `now`
    int days_since_heartbeat = -1;
};

struct Count {
    std::string key;
    std::string label;  // items: the title; empty otherwise
    std::int64_t n = 0;
};

// The merged figures the report shows. Sums over the kept day files only.
struct FleetSummary {
    Date now;
    std::vector<std::pair<Date, std::int64_t>> visits_per_day;  // every day from the first to the last, zeros included
    std::vector<Date> partial_days;      // days where some kiosk's kept copy is not complete yet
    std::array<std::int64_t, 24> visits_by_hour{};
    std::int64_t visits = 0, visits_ended = 0;
    double visit_seconds = 0;
    std::vector<Count> visit_length;     // the six stats.h buckets in order, then any unknown ones
    std::vector<Count> top_items;        // most opened first (ties by id), at most top_n
    std::vector<Count> languages, sections, access;   // most first
    std::vector<Count> zero_result_searches;          // only terms with >= kZeroResultK visits
    std::int64_t zero_result_terms_hidden = 0;        // terms below k that were left out
    std::vector<KioskStatus> kiosks;                  // by id
    std::int64_t copies_set_aside = 0;
};

// `now` is the report's day: stale kiosks are judged against it.
FleetSummary summarize(const Fleet& fleet, const Date& now, std::size_t top_n = 15);

}  // namespace kiosk::fleet

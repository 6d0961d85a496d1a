// The kiosk's usage statistics: per-day counters in a small SQLite file of their own, read back
// as a summary for the staff screen's charts and exported as CSV to a USB stick.
#pragma once

#include <array>
#include <cstdint>
#include <limits>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/dates.h"
#include "core/sqlite.h"


namespace kiosk {

extern const char* const kStatsSchemaSql;  // kiosk/core/stats.sql, embedded at build time

// Must match the PRAGMAs at the top of stats.sql ("KST1" in ASCII).
constexpr std::int32_t kStatsApplicationId = 0x4B535431;
constexpr int kStatsSchemaVersion = 2;  // v1 files are migrated on open, keeping their counts

// The k-anonymity rule for zero-result search terms (deploy/FLEET.md): a folded term reaches
// the file only once this many distinct visits searched it without result.
constexpr int kZeroSearchK = 5;
// Terms below k held in memory at most (further new terms are not counted until a restart),
// and the longest term counted (longer ones are cut at a UTF-8 boundary).
constexpr std::size_t kMaxPendingSearchTerms = 256;
constexpr std::size_t kMaxSearchTermBytes = 64;

// The access modes counted per visit (section "access"), in the order the day file lists them.
inline constexpr const char* kAccessModes[] = {"large", "contrast", "reach", "speak"};

struct StatsOptions {
    int keep_days = 400;                // days kept, today included
    std::int64_t max_bytes = 8 << 20;   // bound on the file and its WAL together
};

struct StatsCount {
    std::string key;
    std::string label;  // cards only: the title; empty for the other sections (the UI translates keys)
    std::int64_t n = 0;
};

struct StatsDayCount {
    Date day;
    std::int64_t sessions = 0;
    double seconds = 0;        // summed length of the visits of that day that ended normally
    std::int64_t ended = 0;    // how many visits `seconds` covers (average = seconds / ended)
};

struct StatsSummary {
    std::vector<StatsDayCount> days;          // one entry per day from..to inclusive, zeros included, oldest first
    std::vector<StatsCount> top_cards;        // key = item source id, label = its title when last opened; most taps first
    std::vector<StatsCount> top_categories;   // key = category/kind code ("belfry", "event", "kb:FineArts", "open-now", "weekend"...); most first
    std::vector<StatsCount> languages;        // key = fr/en/nl/de, n = sessions that used it; most first
    std::vector<StatsCount> session_lengths;  // always the six buckets below, in this order, zeros included
    std::int64_t sessions = 0;
    double total_seconds = 0;
    std::int64_t ended_sessions = 0;          // sessions with a known length (total_seconds covers these)
};

// Everything the statistics file holds about one day, as the day files of deploy/FLEET.md
// carry it. Maps are sorted by key (std::map); items most opened first, then by source id.
struct StatsDay {
    Date day;
    std::int64_t visits = 0, visits_ended = 0;
    double visit_seconds = 0;
    std::array<std::int64_t, 24> visits_by_hour{};
    std::map<std::string, std::int64_t> visit_length, languages, sections, access, zero_result_searches;
    std::vector<StatsCount> items;  // key = source id, label = title
};

// Reads every kept day of the statistics file at `path`, oldest first, opening it read-only
// (the kiosk may be writing it meanwhile: WAL readers see its last commit). A missing file
// gives no days and no error; a file that is not a statistics file of a version this code
// reads (v1 or v2) is an error (one line).
std::vector<StatsDay> read_stats_days(const std::string& path, std::string& error);

// The session-length buckets, shortest first.
inline constexpr const char* kSessionLengthBuckets[] = {"0-30s", "30s-1min", "1-2min", "2-5min", "5-10min", "10min+"};
// The bucket of a visit of `seconds` (negative counts as 0).
const char* session_length_bucket(double seconds);

// Appends one CSV field, RFC 4180: quoted when it holds a comma, a quote or a line break;
// quotes doubled. Shared by the kiosk's USB export and kiosk-stats' fleet CSV.
void csv_field(std::string& out, std::string_view s);

// One object per kiosk process, used from the UI thread only (not thread-safe).
// Write calls never throw and stay well under a millisecond: each is one small transaction on
// statements prepared at open, in WAL mode without an fsync per commit, so a crash (kill -9,
// power cut) loses at most the event in flight. A failed write drops its event and keeps the
// error for last_error().
class Stats {
public:
    // Opens or creates the file in WAL mode (synchronous=NORMAL). A damaged or foreign file is
    // renamed aside to PATH.broken and a fresh one is created; `warning` says so in one line.
    // Returns nullptr only if the directory is not writable, or the file cannot be used for a
    // reason other than its content (locked by another process, I/O error), which must not
    // cost the kept statistics (error says why, one line).
    static std::unique_ptr<Stats> open(const std::string& path, StatsOptions opt, std::string& error, std::string& warning);
    ~Stats();
    Stats(const Stats&) = delete;
    Stats& operator=(const Stats&) = delete;

    // A visitor touched the attract loop (session starts) with the UI language at that moment.
    // The visit also counts in its local hour of start (section "hour").
    void session_started(const DateTime& when, const std::string& lang);
    // The visitor turned an access mode on: one of kAccessModes; once per visit and mode.
    void access_used(const DateTime& when, const std::string& mode);
    // The search shown now: what the visitor typed and whether it found anything. Called
    // whenever the search is run again (every keystroke; the same call twice is harmless).
    // Only the last text of a search that found nothing counts, once the visitor is done with
    // it: when the text is cleared, or the visit ends; a search that then finds something
    // (the visitor corrected a typo) drops it, and so do the prefixes typed on the way. The
    // term is folded (core/text_fold.h) and counted once per visit; it reaches the file only
    // under the k=5 rule (kZeroSearchK), below that it is counted in memory only.
    void search_done(const DateTime& when, const std::string& text, bool found);
    // Visitor switched language (each language counts once per session). Language codes are
    // 1-8 letters, digits or '-'; anything else is dropped.
    void language_used(const DateTime& when, const std::string& lang);
    // A card was opened. The title is cut to 200 bytes (at a UTF-8 boundary).
    void card_opened(const DateTime& when, const std::string& source_id, const std::string& title);
    // A home tile or list was opened. `category` must be one of our codes (1-64 of A-Z a-z 0-9
    // : _ . -): never pass what a visitor typed; anything else is dropped.
    void category_opened(const DateTime& when, const std::string& category);
    // The visit ended (idle reset or staff entered); seconds = visit length. A crash before this
    // leaves the session counted (it was recorded at start) but without a length. The length
    // counts on the day the visit started. The visitor is gone by now, so this is also when
    // the WAL is folded back into the file (a checkpoint, the one write here that may fsync).
    void session_ended(const DateTime& when, double seconds);

    StatsSummary summary(const Date& from, const Date& to, int top_n = 10) const;

    // Writes one CSV file (UTF-8 with a byte-order mark so that spreadsheet programs read the
    // accents right, comma-separated, RFC 4180 quoting, CRLF, a header row; columns
    // section,day,key,label,count,seconds) named kiosk-stats-<kiosk_id>-<YYYY-MM-DD>.csv into
    // dir, via a temp file + fsync + rename. Every kept day, oldest first; sections per day:
    // sessions (count, seconds of ended visits), session_length, language, hour (v2), access (v2),
    // category, zero_search (v2: only terms past k=5), card
    // (key = source id, label = title). Characters of kiosk_id other than A-Z a-z 0-9 - _
    // become '_'. Returns the path or "" with error.
    std::string export_csv(const std::string& dir, const std::string& kiosk_id, const DateTime& now, std::string& error) const;

    // The latest failure of a write or read (one line), "" if none since open.
    const std::string& last_error() const { return last_error_; }
    // Events dropped because a write failed or its input was refused, since open.
    std::int64_t dropped_events() const { return dropped_; }

private:
    struct Statements;
    Stats() = default;
    // Configures a just-opened connection and creates the schema in a new file. Returns why
    // the file cannot be used now, or sets `bad` to why its content is not ours / damaged.
    std::string setup(std::string& bad);
    void close();
    // Runs `body` as one transaction for an event of day `today`; never throws.
    template <class F> void write(std::int64_t today, const char* what, F&& body) noexcept;
    void prune_before(std::int64_t first_kept_day);
    bool prune_oldest_days(std::int64_t today);
    void drop(const std::string& why) const;

    std::string path_;
    StatsOptions opt_;
    Db db_;
    std::unique_ptr<Statements> st_;
    std::int64_t pruned_for_day_ = std::numeric_limits<std::int64_t>::min();  // day of the last keep_days pruning
    // The visit in progress: its start day and the languages it already counted.
    bool in_session_ = false;
    std::int64_t session_day_ = 0;
    std::vector<std::string> session_langs_;
    std::vector<std::string> session_access_;
    std::vector<std::string> session_terms_;  // zero-result terms this visit already counted
    std::string pending_term_;                // the visit's last search while it finds nothing
    // Terms below k: distinct visits so far (memory only, lost at a restart by design).
    std::map<std::string, int> term_visits_;
    void commit_pending_term(const DateTime& when);
    mutable std::string last_error_;
    mutable std::int64_t dropped_ = 0;
};

}  // namespace kiosk

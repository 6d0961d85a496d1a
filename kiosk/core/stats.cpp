// The usage-statistics store: per-day counters in their own SQLite file (schema: stats.sql),
// written one tiny transaction per event and read back for charts and the CSV export.
#include "core/stats.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <tuple>

#include "core/durable_file.h"
#include "core/sqlite.h"
#include "core/text_fold.h"

namespace kiosk {

namespace fs = std::filesystem;

namespace {

// Inputs are capped so that a bug upstream cannot grow the file with one huge string.
constexpr std::size_t kMaxTitleBytes = 200;
constexpr std::size_t kMaxSourceIdBytes = 256;
constexpr std::size_t kMaxCategoryBytes = 64;
constexpr std::size_t kMaxLangBytes = 8;

// Nothing else opens the file in normal use; a short wait covers a staff member reading it
// with the sqlite3 shell, without ever freezing the UI.
constexpr int kBusyTimeoutMs = 50;

// Below this a few days of counters would not fit; smaller settings are raised to it.
constexpr std::int64_t kMinBytes = 128 << 10;

// How many free pages a prune must yield before a write that hit the size bound is retried:
// one event touches at most a few B-tree pages (card, its unique index, card_day).
constexpr std::int64_t kPagesForRetry = 8;

// A code we generate ourselves: a category/kind or a language. Restricting the characters is
// what keeps visitor-typed text (search words, with spaces and accents) out of the file even
// if a caller passes it by mistake.
bool is_code(const std::string& s, std::size_t max_bytes, bool allow_punctuation) {
    if (s.empty() || s.size() > max_bytes) return false;
    return std::all_of(s.begin(), s.end(), [&](char c) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-') return true;
        return allow_punctuation && (c == ':' || c == '_' || c == '.');
    });
}

bool is_source_id(const std::string& s) {
    if (s.empty() || s.size() > kMaxSourceIdBytes) return false;
    return std::none_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; });
}

// Cuts s to at most max_bytes without splitting a UTF-8 sequence.
std::string cut_utf8(const std::string& s, std::size_t max_bytes) {
    if (s.size() <= max_bytes) return s;
    std::size_t n = max_bytes;
    while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
    return s.substr(0, n);
}

std::int64_t query_int(sqlite3* db, const char* sql) {
    Stmt st(db, sql);
    return st.step() ? st.i64(0) : 0;
}

// SQLite result codes that mean "this file is not a usable statistics database", as opposed
// to "it cannot be used right now" (locked, I/O error, out of memory): only the first kind
// justifies moving the file aside.
bool is_content_error(int rc) {
    const int primary = rc & 0xFF;
    return primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT || primary == SQLITE_FORMAT;
}

// Why the first bytes of an existing file rule out an SQLite database, or "" when they do not
// (including a missing or empty file: SQLite creates it, or recovers it from its WAL).
std::string sniff(const std::string& path) {
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    if (ec || size == 0) return "";
    std::ifstream f(path, std::ios::binary);
    char head[16] = {};
    f.read(head, sizeof head);
    if (f.gcount() != 16 || std::memcmp(head, "SQLite format 3", 16) != 0) return "not an SQLite file";
    return "";
}

// Moves a file we must not use out of the way for someone to look at, with its WAL: the WAL
// may hold the file's newest commits (SQLite would delete it next to the fresh, empty file).
// The shared-memory index is only a cache.
bool move_aside(const std::string& path, std::string& error) {
    const std::string broken = path + ".broken";
    std::error_code ec;
    fs::remove(broken + "-wal", ec);
    fs::rename(path, broken, ec);
    if (ec) {
        error = "cannot move the statistics file " + path + " aside: " + ec.message();
        return false;
    }
    if (fs::exists(path + "-wal", ec)) {
        fs::rename(path + "-wal", broken + "-wal", ec);
        if (ec && !fs::remove(path + "-wal", ec)) {
            error = "cannot remove " + path + "-wal: " + ec.message();
            return false;
        }
    }
    fs::remove(path + "-shm", ec);
    return true;
}

// Locale-independent (a French locale would print "12,5" and break the CSV).
std::string seconds_text(double seconds) {
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, seconds, std::chars_format::fixed, 1);
    return std::string(buf, r.ptr);
}

std::string file_safe(const std::string& id) {
    std::string out = id.empty() ? "kiosk" : id;
    for (char& c : out)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) c = '_';
    return out;
}

// v1 -> v2: the tally table's CHECK gains the sections hour, access and zero_search. SQLite
// cannot change a CHECK in place, so the table is rebuilt under the same name and every v1
// row copied: a kiosk keeps its history. The new table is stats.sql's own definition (taken
// from the embedded text, so the two cannot drift apart).
std::string migrate_v1_to_v2_sql() {
    const std::string schema = kStatsSchemaSql;
    const std::size_t from = schema.find("CREATE TABLE tally (");
    const std::size_t to = schema.find(") WITHOUT ROWID;", from);
    if (from == std::string::npos || to == std::string::npos) throw SqlError("stats.sql has no tally table");
    std::string create = schema.substr(from, to + 16 - from);
    create.replace(0, std::strlen("CREATE TABLE tally"), "CREATE TABLE tally_v2");
    return create +
           "\nINSERT INTO tally_v2 (day, section, key, n) SELECT day, section, key, n FROM tally;"
           "\nDROP TABLE tally;"
           "\nALTER TABLE tally_v2 RENAME TO tally;"
           "\nPRAGMA user_version = 2;";
}

// The folded form of a search text as it is counted: fold()'s, spaces collapsed, cut.
std::string search_term(const std::string& text) {
    std::string folded = fold(text), out;
    for (char c : folded) {
        if (c == ' ' || c == '\t') {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += c;
        }
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return cut_utf8(out, kMaxSearchTermBytes);
}

}  // namespace

void csv_field(std::string& out, std::string_view s) {
    if (s.find_first_of(",\"\r\n") == std::string_view::npos) {
        out += s;
        return;
    }
    out += '"';
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
}

const char* session_length_bucket(double seconds) {
    constexpr double kUpper[] = {30, 60, 120, 300, 600};
    for (std::size_t i = 0; i < std::size(kUpper); ++i)
        if (!(seconds >= kUpper[i])) return kSessionLengthBuckets[i];  // NaN lands in the first
    return kSessionLengthBuckets[std::size(kUpper)];
}

// The write statements, prepared once at open so that an event costs no SQL parsing.
struct Stats::Statements {
    explicit Statements(sqlite3* db)
        : session(db, "INSERT INTO day(day, sessions) VALUES (?1, 1) "
                      "ON CONFLICT(day) DO UPDATE SET sessions = sessions + 1"),
          ended(db, "INSERT INTO day(day, ended, seconds) VALUES (?1, 1, ?2) "
                    "ON CONFLICT(day) DO UPDATE SET ended = ended + 1, seconds = seconds + excluded.seconds"),
          tally(db, "INSERT INTO tally(day, section, key, n) VALUES (?1, ?2, ?3, 1) "
                    "ON CONFLICT(day, section, key) DO UPDATE SET n = n + 1"),
          tally_n(db, "INSERT INTO tally(day, section, key, n) VALUES (?1, ?2, ?3, ?4) "
                      "ON CONFLICT(day, section, key) DO UPDATE SET n = n + excluded.n"),
          released(db, "SELECT 1 FROM tally WHERE section = 'zero_search' AND key = ?1 LIMIT 1"),
          // max(): a clock set back must not make a card look older than its newest counts.
          card(db, "INSERT INTO card(source_id, title, last_day) VALUES (?1, ?2, ?3) "
                   "ON CONFLICT(source_id) DO UPDATE SET title = excluded.title, "
                   "last_day = max(last_day, excluded.last_day) RETURNING id"),
          card_day(db, "INSERT INTO card_day(day, card, n) VALUES (?1, ?2, 1) "
                       "ON CONFLICT(day, card) DO UPDATE SET n = n + 1"),
          prune_day(db, "DELETE FROM day WHERE day < ?1"),
          prune_tally(db, "DELETE FROM tally WHERE day < ?1"),
          prune_card_day(db, "DELETE FROM card_day WHERE day < ?1"),
          prune_card(db, "DELETE FROM card WHERE last_day < ?1"),
          oldest(db, "SELECT min(d) FROM (SELECT min(day) AS d FROM day UNION ALL SELECT min(day) FROM tally "
                     "UNION ALL SELECT min(day) FROM card_day)"),
          free_pages(db, "PRAGMA freelist_count") {}

    // After a failed step a statement must be reset before it can be bound again.
    void reset_all() {
        for (Stmt* s : {&session, &ended, &tally, &tally_n, &released, &card, &card_day, &prune_day, &prune_tally, &prune_card_day,
                        &prune_card, &oldest, &free_pages})
            s->reset();
    }

    Stmt session, ended, tally, tally_n, released, card, card_day;
    Stmt prune_day, prune_tally, prune_card_day, prune_card, oldest, free_pages;
};

std::unique_ptr<Stats> Stats::open(const std::string& path, StatsOptions opt, std::string& error, std::string& warning) {
    error.clear();
    warning.clear();
    const fs::path dir = fs::path(path).parent_path().empty() ? fs::path(".") : fs::path(path).parent_path();
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (::access(dir.c_str(), W_OK | X_OK) != 0) {
        error = "the statistics directory " + dir.string() + " is not writable: " + std::strerror(errno);
        return nullptr;
    }

    std::unique_ptr<Stats> s(new Stats());
    s->path_ = path;
    s->opt_.keep_days = std::max(1, opt.keep_days);
    s->opt_.max_bytes = std::max(kMinBytes, opt.max_bytes);

    // The file as found; then, if it was not ours or was damaged, a fresh one in its place.
    std::string bad = sniff(path);
    for (bool moved = false;;) {
        if (!bad.empty()) {
            if (moved) {
                error = "cannot create a fresh statistics file " + path + ": it is " + bad;
                return nullptr;
            }
            if (!move_aside(path, error)) return nullptr;
            moved = true;
            warning = "the statistics file " + path + " was " + bad + "; it was moved to " + path +
                      ".broken and statistics start afresh";
        }
        bad.clear();
        try {
            s->db_ = Db(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, ErrorKind::IoError);
        } catch (const SqlError& e) {
            error = "cannot open the statistics file " + path + ": " + e.message();
            return nullptr;
        }
        const std::string problem = s->setup(bad);
        if (problem.empty() && bad.empty()) return s;
        // Closing the last connection would checkpoint the WAL of a file that is not ours into
        // it; it goes aside as it was found.
        sqlite3_db_config(s->db_, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
        s->close();
        if (!problem.empty()) {
            error = "cannot use the statistics file " + path + ": " + problem;
            return nullptr;
        }
    }
}

std::string Stats::setup(std::string& bad) {
    sqlite3* db = db_;
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, kBusyTimeoutMs);
    // Until checked the file may be anyone's: it must not run code through its schema.
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    bool identity_checked = false;
    try {
        const auto app = static_cast<std::int32_t>(query_int(db, "PRAGMA application_id"));
        const auto version = query_int(db, "PRAGMA user_version");
        const bool empty = query_int(db, "SELECT count(*) FROM sqlite_schema") == 0;
        if (!(app == 0 && version == 0 && empty)) {
            if (app != kStatsApplicationId) {
                char id[16];
                std::snprintf(id, sizeof id, "0x%08X", static_cast<unsigned>(app));
                bad = "the SQLite file of another application (id " + std::string(id) + ")";
                return "";
            }
            // v1 is migrated below, once the file is known to be sound.
            if (version != kStatsSchemaVersion && version != 1) {
                bad = "statistics format version " + std::to_string(version) + " (this kiosk writes version " +
                      std::to_string(kStatsSchemaVersion) + ")";
                return "";
            }
            Stmt qc(db, "PRAGMA quick_check(1)");
            const std::string verdict = qc.step() ? qc.text(0) : "no answer";
            if (verdict != "ok") {
                bad = "damaged (" + verdict + ")";
                return "";
            }
        }
        identity_checked = true;

        // WAL: a commit appends to the log without an fsync (synchronous=NORMAL), which keeps
        // each event far below a frame's time; a crash loses at most the last commits, never
        // the file.
        {
            Stmt wal(db, "PRAGMA journal_mode=WAL");
            if (!wal.step() || wal.text(0) != "wal") throw SqlError("WAL mode is not available here");
        }
        exec(db, "PRAGMA synchronous=NORMAL");

        // The size bound: three quarters for the database, a quarter for its WAL. The WAL is
        // checkpointed before it outgrows its share and truncated back to it afterwards.
        const std::int64_t page = query_int(db, "PRAGMA page_size");
        const std::int64_t db_pages = opt_.max_bytes * 3 / 4 / page;
        const std::int64_t wal_bytes = opt_.max_bytes / 4;
        const std::int64_t wal_pages = std::max<std::int64_t>(4, wal_bytes / (page + 24) - 8);
        exec(db, ("PRAGMA max_page_count=" + std::to_string(db_pages)).c_str());
        exec(db, ("PRAGMA wal_autocheckpoint=" + std::to_string(wal_pages)).c_str());
        exec(db, ("PRAGMA journal_size_limit=" + std::to_string(wal_bytes)).c_str());

        if (empty) {
            Transaction tx(db);
            exec(db, kStatsSchemaSql);
            tx.commit();
        } else if (query_int(db, "PRAGMA user_version") == 1) {
            Transaction tx(db);
            exec(db, migrate_v1_to_v2_sql().c_str());
            tx.commit();
        }
        st_ = std::make_unique<Statements>(db);
        return "";
    } catch (const SqlError& e) {
        const int rc = sqlite3_extended_errcode(db);
        // A file that claims to be ours but lacks our tables fails while preparing; that is
        // its content too.
        if (is_content_error(rc) || (identity_checked && !st_ && (rc & 0xFF) == SQLITE_ERROR))
            bad = std::string("unreadable (") + e.what() + ")";
        else
            return e.what();
        return "";
    }
}

void Stats::close() {
    st_.reset();
    db_ = Db();
}

Stats::~Stats() { close(); }

void Stats::drop(const std::string& why) const {
    ++dropped_;
    last_error_ = why;
}

template <class F>
void Stats::write(std::int64_t today, const char* what, F&& body) noexcept {
    if (!st_) return;
    try {
        if (today != pruned_for_day_) {
            // A failed prune costs nothing but size for now; it is tried again on the next write.
            try {
                prune_before(today - opt_.keep_days + 1);
                pruned_for_day_ = today;
            } catch (const SqlError& e) {
                st_->reset_all();
                last_error_ = std::string("statistics: could not drop old days (") + e.what() + ")";
            }
        }
        for (int attempt = 0;; ++attempt) {
            std::string message;
            int rc = SQLITE_OK;
            {
                Transaction tx(db_);
                try {
                    body();
                    tx.commit();
                    return;
                } catch (const SqlError& e) {
                    // Read the code before the rollback replaces it.
                    rc = sqlite3_extended_errcode(db_);
                    message = e.what();
                    st_->reset_all();
                }
            }
            if (attempt == 0 && (rc & 0xFF) == SQLITE_FULL && prune_oldest_days(today)) continue;
            drop(std::string("statistics: could not record ") + what + " (" + message + ")");
            return;
        }
    } catch (const std::exception& e) {
        st_->reset_all();
        drop(std::string("statistics: could not record ") + what + " (" + e.what() + ")");
    }
}

void Stats::prune_before(std::int64_t first_kept_day) {
    Transaction tx(db_);
    for (Stmt* s : {&st_->prune_day, &st_->prune_tally, &st_->prune_card_day, &st_->prune_card}) {
        s->bind(1, first_kept_day);
        s->run();
    }
    tx.commit();
}

bool Stats::prune_oldest_days(std::int64_t today) {
    // Deleting one day's rows frees whole pages only once a page empties, so keep going until
    // the retry has room or only today is left (today's counts are the ones we keep).
    for (;;) {
        const bool any = st_->oldest.step() && !st_->oldest.null(0);
        const std::int64_t oldest = any ? st_->oldest.i64(0) : today;
        st_->oldest.reset();
        if (oldest >= today) return false;
        prune_before(oldest + 1);
        st_->free_pages.step();
        const std::int64_t free_pages = st_->free_pages.i64(0);
        st_->free_pages.reset();
        if (free_pages >= kPagesForRetry) return true;
    }
}

void Stats::session_started(const DateTime& when, const std::string& lang) {
    const std::int64_t day = days_from_civil(when.date);
    in_session_ = true;
    session_day_ = day;
    session_langs_.clear();
    const bool lang_ok = is_code(lang, kMaxLangBytes, false);
    session_access_.clear();
    session_terms_.clear();
    pending_term_.clear();
    char hour[3];
    std::snprintf(hour, sizeof hour, "%02d", std::clamp(when.minute_of_day / 60, 0, 23));
    write(day, "a visit", [&] {
        st_->session.bind(1, day).run();
        st_->tally.bind(1, day).bind(2, "hour").bind(3, hour).run();
        if (lang_ok) st_->tally.bind(1, day).bind(2, "language").bind(3, lang).run();
    });
    if (lang_ok)
        session_langs_.push_back(lang);
    else
        drop("statistics: not a language code, not counted");
}

void Stats::access_used(const DateTime& when, const std::string& mode) {
    if (std::none_of(std::begin(kAccessModes), std::end(kAccessModes), [&](const char* m) { return mode == m; })) {
        drop("statistics: not an access mode, not counted");
        return;
    }
    if (!in_session_) return;
    if (std::find(session_access_.begin(), session_access_.end(), mode) != session_access_.end()) return;
    session_access_.push_back(mode);
    const std::int64_t day = session_day_;
    write(days_from_civil(when.date), "an access mode", [&] { st_->tally.bind(1, day).bind(2, "access").bind(3, mode).run(); });
}

void Stats::search_done(const DateTime& when, const std::string& text, bool found) {
    if (!in_session_) return;
    const std::string term = search_term(text);
    if (term.empty()) {
        commit_pending_term(when);  // cleared: the visitor is done with the last search
    } else if (found) {
        pending_term_.clear();      // corrected, or a prefix on the way to something found
    } else {
        pending_term_ = term;       // typing on: only the last text counts
    }
}

void Stats::commit_pending_term(const DateTime& when) {
    const std::string term = std::move(pending_term_);
    pending_term_.clear();
    if (term.empty() || !in_session_) return;
    if (std::find(session_terms_.begin(), session_terms_.end(), term) != session_terms_.end()) return;
    session_terms_.push_back(term);
    const std::int64_t day = session_day_;
    std::int64_t add = 1;
    if (const auto it = term_visits_.find(term); it != term_visits_.end()) {
        if (++it->second < kZeroSearchK) return;
        add = it->second;  // the k-th visit: the earlier ones, held in memory, are written too
        term_visits_.erase(it);
    } else {
        // A term already in the file has passed k (in this run or an earlier one).
        bool in_file = false;
        if (st_) {
            try {
                in_file = st_->released.bind(1, term).step();
            } catch (const SqlError&) {
            }
            st_->released.reset();
        }
        if (!in_file) {
            if (kZeroSearchK > 1) {
                if (term_visits_.size() < kMaxPendingSearchTerms) term_visits_.emplace(term, 1);
                return;
            }
        }
    }
    write(days_from_civil(when.date), "a search without result",
          [&] { st_->tally_n.bind(1, day).bind(2, "zero_search").bind(3, term).bind(4, add).run(); });
}

void Stats::language_used(const DateTime& when, const std::string& lang) {
    if (!is_code(lang, kMaxLangBytes, false)) {
        drop("statistics: not a language code, not counted");
        return;
    }
    if (std::find(session_langs_.begin(), session_langs_.end(), lang) != session_langs_.end()) return;
    session_langs_.push_back(lang);
    const std::int64_t today = days_from_civil(when.date);
    const std::int64_t day = in_session_ ? session_day_ : today;
    write(today, "a language", [&] { st_->tally.bind(1, day).bind(2, "language").bind(3, lang).run(); });
}

void Stats::card_opened(const DateTime& when, const std::string& source_id, const std::string& title) {
    if (!is_source_id(source_id)) {
        drop("statistics: not a card source id, not counted");
        return;
    }
    const std::int64_t day = days_from_civil(when.date);
    const std::string label = cut_utf8(title, kMaxTitleBytes);
    write(day, "a card", [&] {
        Stmt& card = st_->card;
        card.bind(1, source_id).bind(2, label).bind(3, day);
        if (!card.step()) throw SqlError("no card id returned");
        const std::int64_t id = card.i64(0);
        card.reset();
        st_->card_day.bind(1, day).bind(2, id).run();
    });
}

void Stats::category_opened(const DateTime& when, const std::string& category) {
    if (!is_code(category, kMaxCategoryBytes, true)) {
        drop("statistics: not a category code, not counted");
        return;
    }
    const std::int64_t day = days_from_civil(when.date);
    write(day, "a category", [&] { st_->tally.bind(1, day).bind(2, "category").bind(3, category).run(); });
}

void Stats::session_ended(const DateTime& when, double seconds) {
    // An end without a start (staff came to an idle kiosk, or the start was before a restart)
    // has no visit to give a length to.
    if (!in_session_) return;
    commit_pending_term(when);
    in_session_ = false;
    session_langs_.clear();
    session_access_.clear();
    session_terms_.clear();
    const double length = std::isfinite(seconds) && seconds > 0 ? seconds : 0;
    const std::int64_t day = session_day_;
    write(days_from_civil(when.date), "a visit length", [&] {
        st_->ended.bind(1, day).bind(2, length).run();
        st_->tally.bind(1, day).bind(2, "session_length").bind(3, session_length_bucket(length)).run();
    });
    // The visitor has gone: the one moment a checkpoint's fsync cannot be felt. It keeps the
    // WAL short, so that the automatic checkpoint (in some visitor's tap) rarely comes due.
    if (st_) sqlite3_wal_checkpoint_v2(db_, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
}

StatsSummary Stats::summary(const Date& from, const Date& to, int top_n) const {
    StatsSummary out;
    for (const char* bucket : kSessionLengthBuckets) out.session_lengths.push_back({bucket, "", 0});
    const std::int64_t first = days_from_civil(from), last = days_from_civil(to);
    if (first > last) return out;
    for (std::int64_t d = first; d <= last; ++d) out.days.push_back({civil_from_days(d), 0, 0, 0});
    if (!st_) return out;
    const std::int64_t limit = top_n > 0 ? top_n : -1;  // LIMIT -1: no limit
    try {
        Transaction snapshot(db_);  // one consistent view for all the queries; rolled back at the end
        Stmt days(db_, "SELECT day, sessions, ended, seconds FROM day WHERE day BETWEEN ?1 AND ?2");
        days.bind(1, first).bind(2, last);
        while (days.step()) {
            StatsDayCount& d = out.days[static_cast<std::size_t>(days.i64(0) - first)];
            d.sessions = days.i64(1);
            d.ended = days.i64(2);
            d.seconds = days.f64(3);
            out.sessions += d.sessions;
            out.ended_sessions += d.ended;
            out.total_seconds += d.seconds;
        }
        Stmt cards(db_, "SELECT c.source_id, c.title, sum(cd.n) AS total FROM card_day cd JOIN card c ON c.id = cd.card "
                        "WHERE cd.day BETWEEN ?1 AND ?2 GROUP BY cd.card ORDER BY total DESC, c.source_id LIMIT ?3");
        cards.bind(1, first).bind(2, last).bind(3, limit);
        while (cards.step()) out.top_cards.push_back({cards.text(0), cards.text(1), cards.i64(2)});

        Stmt tally(db_, "SELECT key, sum(n) AS total FROM tally WHERE day BETWEEN ?1 AND ?2 AND section = ?3 "
                        "GROUP BY key ORDER BY total DESC, key LIMIT ?4");
        for (auto [section, into] : {std::pair{"category", &out.top_categories}, std::pair{"language", &out.languages}}) {
            tally.bind(1, first).bind(2, last).bind(3, section).bind(4, limit);
            while (tally.step()) into->push_back({tally.text(0), "", tally.i64(1)});
            tally.reset();
        }
        tally.bind(1, first).bind(2, last).bind(3, "session_length").bind(4, -1);
        while (tally.step())
            for (StatsCount& b : out.session_lengths)
                if (b.key == tally.text(0)) b.n = tally.i64(1);
    } catch (const SqlError& e) {
        last_error_ = std::string("statistics: could not read them (") + e.what() + ")";
    }
    return out;
}

std::string Stats::export_csv(const std::string& dir, const std::string& kiosk_id, const DateTime& now,
                              std::string& error) const {
    error.clear();
    if (!st_) {
        error = "the statistics file is not open";
        return "";
    }
    // Rows sorted per day: sessions, then the sections in a fixed order; length buckets in
    // their natural order rather than alphabetically ("10min+" would come before "2-5min").
    struct Row {
        std::int64_t day;
        int section_order, key_order;
        std::string section, key, label;
        std::int64_t n;
        double seconds;
        bool has_seconds;
    };
    std::vector<Row> rows;
    try {
        Transaction snapshot(db_);
        Stmt days(db_, "SELECT day, sessions, seconds FROM day");
        while (days.step()) rows.push_back({days.i64(0), 0, 0, "sessions", "", "", days.i64(1), days.f64(2), true});
        Stmt tally(db_, "SELECT day, section, key, n FROM tally");
        while (tally.step()) {
            const std::string section = tally.text(1), key = tally.text(2);
            // Sections in a fixed order per day; hours sort by their two digits.
            int order = 5, key_order = 0;
            if (section == "session_length") {
                order = 1;
                key_order = static_cast<int>(std::find(std::begin(kSessionLengthBuckets), std::end(kSessionLengthBuckets), key) -
                                             std::begin(kSessionLengthBuckets));
            } else if (section == "language") {
                order = 2;
            } else if (section == "hour") {
                order = 3;
            } else if (section == "access") {
                order = 4;
                key_order = static_cast<int>(std::find_if(std::begin(kAccessModes), std::end(kAccessModes),
                                                          [&](const char* m) { return key == m; }) -
                                             std::begin(kAccessModes));
            } else if (section == "zero_search") {
                order = 6;
            }
            rows.push_back({tally.i64(0), order, key_order, section, key, "", tally.i64(3), 0, false});
        }
        Stmt cards(db_, "SELECT cd.day, c.source_id, c.title, cd.n FROM card_day cd JOIN card c ON c.id = cd.card");
        while (cards.step()) rows.push_back({cards.i64(0), 7, 0, "card", cards.text(1), cards.text(2), cards.i64(3), 0, false});
    } catch (const SqlError& e) {
        error = std::string("cannot read the statistics: ") + e.what();
        return "";
    }
    std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        return std::tie(a.day, a.section_order, a.key_order, a.key) < std::tie(b.day, b.section_order, b.key_order, b.key);
    });

    // The byte-order mark makes Excel (what most tourist offices open a CSV with) read UTF-8
    // instead of guessing a Windows code page and garbling "é" and "’".
    std::string text = "\xEF\xBB\xBF" "section,day,key,label,count,seconds\r\n";
    for (const Row& r : rows) {
        csv_field(text, r.section);
        text += ',';
        text += to_iso(civil_from_days(r.day));
        text += ',';
        csv_field(text, r.key);
        text += ',';
        csv_field(text, r.label);
        text += ',';
        text += std::to_string(r.n);
        text += ',';
        if (r.has_seconds) text += seconds_text(r.seconds);
        text += "\r\n";
    }
    const fs::path path = fs::path(dir) / ("kiosk-stats-" + file_safe(kiosk_id) + "-" + to_iso(now.date) + ".csv");
    if (!write_file_durably(path.string(), text, error)) return "";
    return path.string();
}

}  // namespace kiosk

namespace kiosk {

std::vector<StatsDay> read_stats_days(const std::string& path, std::string& error) {
    error.clear();
    std::vector<StatsDay> out;
    std::error_code ec;
    if (!fs::exists(path, ec)) return out;
    if (const std::string bad = sniff(path); !bad.empty()) {
        error = "the statistics file " + path + " is " + bad;
        return out;
    }
    try {
        // Read-only: kiosk-sync and the staff export read while the kiosk writes. A WAL reader
        // still needs the -shm file, which the kiosk (same user) keeps next to the file.
        Db db(path, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX);
        sqlite3_busy_timeout(db, 2000);
        sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
        sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
        sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
        sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
        Transaction snapshot(db);  // one consistent view; rolled back at the end
        const auto app = static_cast<std::int32_t>(query_int(db, "PRAGMA application_id"));
        const auto version = query_int(db, "PRAGMA user_version");
        if (app == 0 && version == 0) return out;  // created, schema not written yet
        if (app != kStatsApplicationId || version < 1 || version > kStatsSchemaVersion) {
            error = "the statistics file " + path + " is not a statistics file of version 1 to " +
                    std::to_string(kStatsSchemaVersion);
            return out;
        }
        std::map<std::int64_t, StatsDay> days;
        auto day_of = [&](std::int64_t d) -> StatsDay& {
            StatsDay& sd = days[d];
            sd.day = civil_from_days(d);
            for (const char* b : kSessionLengthBuckets) sd.visit_length.emplace(b, 0);
            for (const char* m : kAccessModes) sd.access.emplace(m, 0);
            return sd;
        };
        Stmt dq(db, "SELECT day, sessions, ended, seconds FROM day");
        while (dq.step()) {
            StatsDay& d = day_of(dq.i64(0));
            d.visits = dq.i64(1);
            d.visits_ended = dq.i64(2);
            d.visit_seconds = dq.f64(3);
        }
        Stmt tq(db, "SELECT day, section, key, n FROM tally");
        while (tq.step()) {
            StatsDay& d = day_of(tq.i64(0));
            const std::string section = tq.text(1), key = tq.text(2);
            const std::int64_t n = tq.i64(3);
            if (section == "session_length") d.visit_length[key] += n;
            else if (section == "language") d.languages[key] += n;
            else if (section == "category") d.sections[key] += n;
            else if (section == "access") d.access[key] += n;
            // A term is in the file only once k visits searched it (Stats::search_done); later
            // days may then count it once: its text is no longer one visitor's.
            else if (section == "zero_search") d.zero_result_searches[key] += n;
            else if (section == "hour") {
                int h = -1;
                std::from_chars(key.data(), key.data() + key.size(), h);
                if (h >= 0 && h < 24) d.visits_by_hour[static_cast<std::size_t>(h)] += n;
            }
        }
        Stmt cq(db, "SELECT cd.day, c.source_id, c.title, cd.n FROM card_day cd JOIN card c ON c.id = cd.card");
        while (cq.step()) day_of(cq.i64(0)).items.push_back({cq.text(1), cq.text(2), cq.i64(3)});
        for (auto& [d, sd] : days) {
            std::sort(sd.items.begin(), sd.items.end(),
                      [](const StatsCount& a, const StatsCount& b) { return std::tie(b.n, a.key) < std::tie(a.n, b.key); });
            out.push_back(std::move(sd));
        }
    } catch (const SqlError& e) {
        error = std::string("cannot read the statistics: ") + e.what();
        out.clear();
    }
    return out;
}

}  // namespace kiosk

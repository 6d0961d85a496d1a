// Unit tests of the usage-statistics store: counting, bounds, crashes, damaged files, CSV export.
#include <catch2/catch.hpp>

#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <string>

#include "core/stats.h"
#include "test_util.h"

using namespace kiosk;
using testutil::TempDir;

namespace {

std::unique_ptr<Stats> open_stats(const testutil::fs::path& file, StatsOptions opt = {}) {
    std::string error, warning;
    auto s = Stats::open(file.string(), opt, error, warning);
    INFO(error);
    REQUIRE(s);
    CHECK(warning.empty());
    return s;
}

DateTime at(int y, int m, int d, int minute = 600) { return {{y, m, d}, minute}; }

const StatsCount* find(const std::vector<StatsCount>& v, const std::string& key) {
    for (const auto& c : v)
        if (c.key == key) return &c;
    return nullptr;
}

std::int64_t bucket(const StatsSummary& s, const std::string& key) {
    const StatsCount* c = find(s.session_lengths, key);
    REQUIRE(c);
    return c->n;
}

// Runs SQL on the file through a connection of its own, as another program would see it.
std::string sql_text(const testutil::fs::path& file, const char* sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK);
    std::string out;
    if (sqlite3_step(st) == SQLITE_ROW) out = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    sqlite3_close(db);
    return out;
}

}  // namespace

TEST_CASE("a scripted day of visits reads back through summary()", "[stats]") {
    TempDir tmp;
    auto s = open_stats(tmp.path / "stats.db");
    const DateTime t = at(2026, 7, 14);
    s->session_started(t, "fr");
    s->category_opened(t, "belfry");
    s->card_opened(t, "urn:belfry:arras", "Beffroi d'Arras");
    s->card_opened(t, "urn:belfry:arras", "Beffroi d'Arras");
    s->card_opened(t, "urn:site:louvre-lens", "Louvre-Lens");
    s->session_ended(t, 95);
    s->session_started(t, "en");
    s->category_opened(t, "belfry");
    s->category_opened(t, "kb:FineArts");
    s->card_opened(t, "urn:belfry:arras", "Belfry of Arras");  // the newest title wins
    s->session_ended(t, 20);
    CHECK(s->last_error().empty());

    const StatsSummary sum = s->summary({2026, 7, 14}, {2026, 7, 14});
    REQUIRE(sum.days.size() == 1);
    CHECK(sum.days[0].sessions == 2);
    CHECK(sum.days[0].ended == 2);
    CHECK(sum.days[0].seconds == Approx(115));
    CHECK(sum.sessions == 2);
    CHECK(sum.total_seconds == Approx(115));
    REQUIRE(sum.top_cards.size() == 2);
    CHECK(sum.top_cards[0].key == "urn:belfry:arras");
    CHECK(sum.top_cards[0].label == "Belfry of Arras");
    CHECK(sum.top_cards[0].n == 3);
    CHECK(sum.top_cards[1].key == "urn:site:louvre-lens");
    CHECK(sum.top_cards[1].n == 1);
    REQUIRE(sum.top_categories.size() == 2);
    CHECK(sum.top_categories[0].key == "belfry");
    CHECK(sum.top_categories[0].n == 2);
    CHECK(sum.top_categories[1].key == "kb:FineArts");
    REQUIRE(sum.languages.size() == 2);
    CHECK(find(sum.languages, "fr")->n == 1);
    CHECK(find(sum.languages, "en")->n == 1);

    // top_n cuts the lists, most first.
    const StatsSummary top1 = s->summary({2026, 7, 14}, {2026, 7, 14}, 1);
    REQUIRE(top1.top_cards.size() == 1);
    CHECK(top1.top_cards[0].key == "urn:belfry:arras");
    REQUIRE(top1.top_categories.size() == 1);
    CHECK(top1.top_categories[0].key == "belfry");
}

TEST_CASE("days without visits appear as zeros, oldest first", "[stats]") {
    TempDir tmp;
    auto s = open_stats(tmp.path / "stats.db");
    s->session_started(at(2026, 2, 27), "fr");
    s->session_ended(at(2026, 2, 27), 40);
    s->session_started(at(2026, 3, 2), "fr");
    s->session_started(at(2026, 3, 2), "nl");

    const StatsSummary sum = s->summary({2026, 2, 26}, {2026, 3, 3});
    REQUIRE(sum.days.size() == 6);  // 26, 27, 28 Feb, 1, 2, 3 Mar (2026 is not a leap year)
    const Date expected[] = {{2026, 2, 26}, {2026, 2, 27}, {2026, 2, 28}, {2026, 3, 1}, {2026, 3, 2}, {2026, 3, 3}};
    const std::int64_t sessions[] = {0, 1, 0, 0, 2, 0};
    for (std::size_t i = 0; i < 6; ++i) {
        CHECK(sum.days[i].day == expected[i]);
        CHECK(sum.days[i].sessions == sessions[i]);
    }
    CHECK(sum.days[1].seconds == Approx(40));
    CHECK(sum.days[4].seconds == 0);
    CHECK(sum.sessions == 3);
    CHECK(sum.ended_sessions == 1);
    // An empty range outside the data: all zeros, the six buckets still listed.
    const StatsSummary none = s->summary({2025, 1, 1}, {2025, 1, 3});
    CHECK(none.days.size() == 3);
    CHECK(none.sessions == 0);
    CHECK(none.top_cards.empty());
    CHECK(none.session_lengths.size() == 6);
}

TEST_CASE("each language counts once per visit", "[stats]") {
    TempDir tmp;
    auto s = open_stats(tmp.path / "stats.db");
    const DateTime t = at(2026, 5, 1);
    s->session_started(t, "fr");
    s->language_used(t, "en");
    s->language_used(t, "fr");  // back to the start language: already counted
    s->language_used(t, "en");
    s->language_used(t, "de");
    s->session_ended(t, 60);
    s->session_started(t, "en");
    s->language_used(t, "en");
    s->session_ended(t, 10);
    s->language_used(t, "search words typed by a visitor");  // refused: not a code

    const StatsSummary sum = s->summary({2026, 5, 1}, {2026, 5, 1});
    CHECK(sum.sessions == 2);
    CHECK(find(sum.languages, "fr")->n == 1);
    CHECK(find(sum.languages, "en")->n == 2);
    CHECK(find(sum.languages, "de")->n == 1);
    CHECK(sum.languages.size() == 3);
    CHECK(sum.languages[0].key == "en");  // most first
    CHECK(s->dropped_events() == 1);
    CHECK_FALSE(s->last_error().empty());
}

TEST_CASE("visit lengths fall into the fixed buckets", "[stats]") {
    CHECK(std::string(session_length_bucket(-5)) == "0-30s");
    CHECK(std::string(session_length_bucket(29.9)) == "0-30s");
    CHECK(std::string(session_length_bucket(30)) == "30s-1min");
    CHECK(std::string(session_length_bucket(60)) == "1-2min");
    CHECK(std::string(session_length_bucket(299)) == "2-5min");
    CHECK(std::string(session_length_bucket(300)) == "5-10min");
    CHECK(std::string(session_length_bucket(600)) == "10min+");

    TempDir tmp;
    auto s = open_stats(tmp.path / "stats.db");
    const DateTime t = at(2026, 5, 2);
    for (double len : {5.0, 25.0, 45.0, 90.0, 200.0, 250.0, 420.0, 3600.0}) {
        s->session_started(t, "fr");
        s->session_ended(t, len);
    }
    s->session_ended(t, 50);  // no visit in progress: ignored
    s->session_started(t, "fr");  // never ended: counted, but in no bucket

    const StatsSummary sum = s->summary({2026, 5, 2}, {2026, 5, 2});
    REQUIRE(sum.session_lengths.size() == 6);
    for (std::size_t i = 0; i < 6; ++i) CHECK(sum.session_lengths[i].key == kSessionLengthBuckets[i]);
    CHECK(bucket(sum, "0-30s") == 2);
    CHECK(bucket(sum, "30s-1min") == 1);
    CHECK(bucket(sum, "1-2min") == 1);
    CHECK(bucket(sum, "2-5min") == 2);
    CHECK(bucket(sum, "5-10min") == 1);
    CHECK(bucket(sum, "10min+") == 1);
    CHECK(sum.sessions == 9);
    CHECK(sum.ended_sessions == 8);
    CHECK(sum.total_seconds == Approx(5 + 25 + 45 + 90 + 200 + 250 + 420 + 3600));
}

TEST_CASE("days older than keep_days are dropped on the first write of a new day", "[stats]") {
    TempDir tmp;
    StatsOptions opt;
    opt.keep_days = 3;
    const auto file = tmp.path / "stats.db";
    {
        auto s = open_stats(file, opt);
        for (int d = 1; d <= 4; ++d) {
            s->session_started(at(2026, 4, d), "fr");
            s->card_opened(at(2026, 4, d), "urn:card:" + std::to_string(d), "Card " + std::to_string(d));
        }
        const StatsSummary sum = s->summary({2026, 4, 1}, {2026, 4, 4});
        CHECK(sum.days[0].sessions == 0);  // 1 April went when 4 April began
        CHECK(sum.days[1].sessions == 1);
        CHECK(sum.days[3].sessions == 1);
        CHECK(sum.top_cards.size() == 3);
        CHECK_FALSE(find(sum.top_cards, "urn:card:1"));
    }
    // The card row of a dropped day goes too, not only its counts.
    CHECK(sql_text(file, "SELECT count(*) FROM card") == "3");
    {
        // A reopened store prunes on its first write as well (a kiosk off for a week).
        auto s = open_stats(file, opt);
        s->session_started(at(2026, 4, 10), "fr");
        const StatsSummary sum = s->summary({2026, 4, 1}, {2026, 4, 10});
        CHECK(sum.sessions == 1);
        CHECK(sum.top_cards.empty());
    }
    CHECK(sql_text(file, "SELECT count(*) FROM card") == "0");
}

TEST_CASE("the size bound holds and keeps the newest days", "[stats]") {
    TempDir tmp;
    const auto file = tmp.path / "stats.db";
    StatsOptions opt;
    opt.max_bytes = 256 << 10;
    auto s = open_stats(file, opt);
    const Date first{2026, 1, 1};
    const int days = 120;
    for (int d = 0; d < days; ++d) {
        const DateTime t{add_days(first, d), 600};
        s->session_started(t, "fr");
        for (int c = 0; c < 40; ++c)
            s->card_opened(t, "https://data.datatourisme.fr/59/" + std::to_string(d) + "-" + std::to_string(c),
                           "Un titre assez long pour remplir la base rapidement, numéro " + std::to_string(c));
        s->session_ended(t, 100);
    }
    const Date last = add_days(first, days - 1);
    const StatsSummary sum = s->summary(first, last, 0);
    // Old days made room: the first is gone, the last complete (no event of it was dropped).
    CHECK(sum.days.front().sessions == 0);
    CHECK(sum.days.back().sessions == 1);
    CHECK(sum.days.back().ended == 1);
    const StatsSummary newest = s->summary(last, last, 0);
    CHECK(newest.top_cards.size() == 40);
    CHECK(s->dropped_events() == 0);
    CHECK(s->last_error().empty());

    const auto size_of = [](const testutil::fs::path& p) {
        std::error_code ec;
        const auto n = testutil::fs::file_size(p, ec);
        return ec ? std::uintmax_t{0} : n;
    };
    const auto db_bytes = size_of(file);
    const auto wal_bytes = size_of(file.string() + "-wal");
    INFO("database " << db_bytes << " bytes, WAL " << wal_bytes << " bytes");
    CHECK(db_bytes > static_cast<std::uintmax_t>(opt.max_bytes) / 2);  // it did fill up
    CHECK(db_bytes + wal_bytes <= static_cast<std::uintmax_t>(opt.max_bytes));
}

TEST_CASE("a crash before the visit ends keeps what was counted", "[stats]") {
    TempDir tmp;
    const auto file = tmp.path / "stats.db";
    const DateTime t = at(2026, 8, 15);
    // A child process records a visit and is killed with SIGKILL: no destructor, no close,
    // no checkpoint; the counts live only in the WAL.
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        std::string error, warning;
        auto s = Stats::open(file.string(), {}, error, warning);
        if (s) {
            s->session_started(t, "nl");
            s->card_opened(t, "urn:belfry:douai", "Beffroi de Douai");
            s->category_opened(t, "belfry");
        }
        raise(SIGKILL);
        _exit(1);
    }
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    REQUIRE(WIFSIGNALED(status));

    auto s = open_stats(file);
    s->session_ended(t, 30);  // this process never saw the start: no length is invented
    StatsSummary sum = s->summary(t.date, t.date);
    CHECK(sum.sessions == 1);
    CHECK(sum.ended_sessions == 0);
    CHECK(find(sum.languages, "nl")->n == 1);
    REQUIRE(sum.top_cards.size() == 1);
    CHECK(sum.top_cards[0].label == "Beffroi de Douai");
    CHECK(find(sum.top_categories, "belfry")->n == 1);

    // The same through the object simply going away mid-visit.
    s->session_started(t, "fr");
    s.reset();
    s = open_stats(file);
    sum = s->summary(t.date, t.date);
    CHECK(sum.sessions == 2);
    CHECK(sum.ended_sessions == 0);
}

TEST_CASE("a garbage file and a foreign SQLite file are moved aside", "[stats]") {
    TempDir tmp;
    const auto file = tmp.path / "stats.db";
    std::string error, warning;
    bool wal_mode = false;

    SECTION("garbage") {
        testutil::write_file(file, std::string(5000, 'x'));
        testutil::write_file(file.string() + "-wal", "stale log of the garbage file");
    }
    SECTION("another application's database") {
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open(file.c_str(), &db) == SQLITE_OK);
        REQUIRE(sqlite3_exec(db, "PRAGMA application_id = 1263555377; CREATE TABLE t(x); INSERT INTO t VALUES (1);",
                             nullptr, nullptr, nullptr) == SQLITE_OK);  // a content pack's id
        sqlite3_close(db);
    }
    SECTION("another application's database, killed with its data still in its WAL") {
        // Its WAL must go aside with it: left behind, it would be replayed into the fresh file.
        const pid_t child = fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            sqlite3* db = nullptr;
            sqlite3_open(file.c_str(), &db);
            sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA application_id = 42; CREATE TABLE t(x); INSERT INTO t VALUES (1);",
                         nullptr, nullptr, nullptr);
            raise(SIGKILL);
            _exit(1);
        }
        int status = 0;
        REQUIRE(waitpid(child, &status, 0) == child);
        REQUIRE(testutil::fs::file_size(file.string() + "-wal") > 0);
        wal_mode = true;
    }
    SECTION("our id with an unknown version") {
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open(file.c_str(), &db) == SQLITE_OK);
        REQUIRE(sqlite3_exec(db, "PRAGMA application_id = 1263752241; PRAGMA user_version = 9; CREATE TABLE t(x);",
                             nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(db);
    }
    const std::string before = testutil::slurp(file);

    auto s = Stats::open(file.string(), {}, error, warning);
    INFO(error);
    REQUIRE(s);
    CHECK(error.empty());
    CHECK(warning.find(".broken") != std::string::npos);
    CHECK(warning.find('\n') == std::string::npos);
    CHECK(testutil::slurp(file.string() + ".broken") == before);  // kept untouched for a look
    if (wal_mode) CHECK(sql_text(file.string() + ".broken", "PRAGMA application_id") == "42");  // with its WAL
    s->session_started(at(2026, 6, 1), "de");
    CHECK(s->summary({2026, 6, 1}, {2026, 6, 1}).sessions == 1);
    s.reset();
    CHECK(sql_text(file, "PRAGMA application_id") == std::to_string(kStatsApplicationId));

    // Reopening the new file is quiet.
    s = Stats::open(file.string(), {}, error, warning);
    REQUIRE(s);
    CHECK(warning.empty());
}

TEST_CASE("an unwritable directory is refused in one line", "[stats]") {
    // A directory path that runs through a plain file: refused even for root, unlike permissions.
    TempDir tmp;
    testutil::write_file(tmp.path / "not-a-dir", "x");
    std::string error, warning;
    auto s = Stats::open((tmp.path / "not-a-dir" / "stats.db").string(), {}, error, warning);
    CHECK_FALSE(s);
    CHECK(error.find("not writable") != std::string::npos);
    CHECK(error.find('\n') == std::string::npos);
}

TEST_CASE("the CSV export quotes titles and keeps accents", "[stats]") {
    TempDir tmp;
    auto s = open_stats(tmp.path / "stats.db");
    const DateTime t = at(2026, 9, 19);
    s->session_started(t, "fr");
    s->category_opened(t, "belfry");
    s->card_opened(t, "urn:1", "Cœur d’Artois, le \"beffroi\" été");
    s->card_opened(t, "urn:2", "Lens");
    s->session_ended(t, 75.3);
    s->session_started(DateTime{add_days(t.date, 1), 600}, "nl");

    const auto out_dir = tmp.path / "usb";
    testutil::fs::create_directories(out_dir);
    std::string error;
    const std::string path = s->export_csv(out_dir.string(), "Arras/OT 1", DateTime{{2026, 9, 21}, 720}, error);
    INFO(error);
    REQUIRE_FALSE(path.empty());
    CHECK(testutil::fs::path(path).filename() == "kiosk-stats-Arras_OT_1-2026-09-21.csv");
    const std::string expected =
        "\xEF\xBB\xBF"
        "section,day,key,label,count,seconds\r\n"
        "sessions,2026-09-19,,,1,75.3\r\n"
        "session_length,2026-09-19,1-2min,,1,\r\n"
        "language,2026-09-19,fr,,1,\r\n"
        "hour,2026-09-19,10,,1,\r\n"
        "category,2026-09-19,belfry,,1,\r\n"
        "card,2026-09-19,urn:1,\"Cœur d’Artois, le \"\"beffroi\"\" été\",1,\r\n"
        "card,2026-09-19,urn:2,Lens,1,\r\n"
        "sessions,2026-09-20,,,1,0.0\r\n"
        "language,2026-09-20,nl,,1,\r\n"
        "hour,2026-09-20,10,,1,\r\n";
    CHECK(testutil::slurp(path) == expected);
    // Nothing but the file itself is left in the directory (the temporary file was renamed).
    int entries = 0;
    for ([[maybe_unused]] const auto& e : testutil::fs::directory_iterator(out_dir)) ++entries;
    CHECK(entries == 1);

    CHECK(s->export_csv((tmp.path / "missing").string(), "k", t, error).empty());
    CHECK_FALSE(error.empty());
}

TEST_CASE("the statistics file is in WAL mode with its own application id", "[stats]") {
    TempDir tmp;
    const auto file = tmp.path / "stats.db";
    auto s = open_stats(file);
    s->session_started(at(2026, 1, 5), "fr");
    CHECK(sql_text(file, "PRAGMA journal_mode") == "wal");
    CHECK(sql_text(file, "PRAGMA application_id") == std::to_string(kStatsApplicationId));
    CHECK(sql_text(file, "PRAGMA user_version") == std::to_string(kStatsSchemaVersion));
    CHECK(testutil::fs::exists(file.string() + "-wal"));
}

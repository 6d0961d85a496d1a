// Statistics v2 (hour, access modes, zero-result searches under k=5), the migration of a v1
// file, and the day files and heartbeat of deploy/FLEET.md, byte for byte.
#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <string>

#include "core/config.h"
#include "core/fleet_files.h"
#include "core/sqlite.h"
#include "core/stats.h"
#include "test_util.h"

using namespace kiosk;
using testutil::TempDir;

namespace {

std::unique_ptr<Stats> open_v2(const testutil::fs::path& file) {
    std::string error, warning;
    auto s = Stats::open(file.string(), {}, error, warning);
    INFO(error);
    REQUIRE(s);
    INFO(warning);
    CHECK(warning.empty());
    return s;
}

DateTime at(int y, int m, int d, int hour, int minute = 0) { return {{y, m, d}, hour * 60 + minute}; }

std::vector<StatsDay> days_of(const testutil::fs::path& file) {
    std::string error;
    auto days = read_stats_days(file.string(), error);
    INFO(error);
    REQUIRE(error.empty());
    return days;
}

void run_sql(const testutil::fs::path& file, const char* sql) {
    Db db(file.string(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    exec(db, sql);
}

// One visit that searched `text` (typed letter by letter, finding nothing) and left.
void visit_searching(Stats& s, const DateTime& t, const std::string& text) {
    s.session_started(t, "fr");
    for (std::size_t i = 1; i <= text.size(); ++i) s.search_done(t, text.substr(0, i), false);
    s.session_ended(t, 40);
}

}  // namespace

TEST_CASE("stats v2 counts visits by local hour and access modes once per visit", "[stats][fleet]") {
    TempDir tmp;
    auto s = open_v2(tmp.path / "stats.db");
    s->session_started(at(2026, 12, 6, 9, 59), "fr");
    s->access_used(at(2026, 12, 6, 10, 0), "large");
    s->access_used(at(2026, 12, 6, 10, 0), "large");  // turned off and on again: one visit
    s->access_used(at(2026, 12, 6, 10, 0), "speak");
    s->access_used(at(2026, 12, 6, 10, 0), "typed text");  // not a mode: dropped
    s->session_ended(at(2026, 12, 6, 10, 1), 90);
    s->session_started(at(2026, 12, 6, 23, 30), "en");
    s->access_used(at(2026, 12, 6, 23, 31), "large");
    s->access_used(at(2026, 12, 6, 23, 31), "contrast");
    s->session_ended(at(2026, 12, 7, 0, 10), 700);  // counts on the day it started
    s->access_used(at(2026, 12, 7, 0, 11), "reach");  // no visit open: nothing

    const auto days = days_of(tmp.path / "stats.db");
    REQUIRE(days.size() == 1);
    const StatsDay& d = days[0];
    CHECK(d.day == Date{2026, 12, 6});
    CHECK(d.visits == 2);
    CHECK(d.visits_ended == 2);
    CHECK(d.visit_seconds == 790);
    CHECK(d.visits_by_hour[9] == 1);
    CHECK(d.visits_by_hour[23] == 1);
    CHECK(d.visits_by_hour[10] == 0);
    CHECK(d.access.at("large") == 2);
    CHECK(d.access.at("contrast") == 1);
    CHECK(d.access.at("speak") == 1);
    CHECK(d.access.at("reach") == 0);
    CHECK(d.visit_length.at("1-2min") == 1);
    CHECK(d.visit_length.at("10min+") == 1);
    CHECK(d.languages.at("fr") == 1);
    CHECK(d.languages.at("en") == 1);
    CHECK(s->dropped_events() == 1);
}

TEST_CASE("a zero-result search term reaches the file only once 5 distinct visits searched it", "[stats][fleet]") {
    TempDir tmp;
    const auto file = tmp.path / "stats.db";
    auto s = open_v2(file);
    const DateTime t = at(2026, 12, 6, 14);
    auto zero = [&](const std::string& term) -> std::int64_t {
        std::int64_t n = 0;
        for (const StatsDay& d : days_of(file))
            if (auto it = d.zero_result_searches.find(term); it != d.zero_result_searches.end()) n += it->second;
        return n;
    };
    // The same visit searching it three times counts once.
    s->session_started(t, "fr");
    for (int i = 0; i < 3; ++i) {
        s->search_done(t, "Musée Bzz", false);
        s->search_done(t, "", false);
    }
    s->session_ended(t, 30);
    for (int v = 2; v <= 4; ++v) visit_searching(*s, t, "musee bzz");
    CHECK(zero("musee bzz") == 0);  // four visits: in memory only
    CHECK(zero("m") == 0);          // prefixes typed on the way never count
    visit_searching(*s, t, "MUSÉE  bzz");  // folds to the same term
    CHECK(zero("musee bzz") == 5);
    for (const StatsDay& d : days_of(file))
        for (const auto& [term, n] : d.zero_result_searches) CHECK(n >= 5);
    // Past k, each further visit counts at once, even after a restart (the term is in the file).
    s.reset();
    s = open_v2(file);
    visit_searching(*s, at(2026, 12, 7, 9), "musee bzz");
    CHECK(zero("musee bzz") == 6);

    // A search that then finds something (a typo corrected) drops the zero-result text.
    for (int v = 0; v < 6; ++v) {
        s->session_started(t, "fr");
        s->search_done(t, "belfroi", false);
        s->search_done(t, "beffroi", true);
        s->session_ended(t, 30);
    }
    CHECK(zero("belfroi") == 0);

    // Four visits before a restart are forgotten (memory only): five more are needed.
    for (int v = 0; v < 4; ++v) visit_searching(*s, t, "zzz");
    s.reset();
    s = open_v2(file);
    for (int v = 0; v < 4; ++v) visit_searching(*s, t, "zzz");
    CHECK(zero("zzz") == 0);
    visit_searching(*s, t, "zzz");
    CHECK(zero("zzz") == 5);
}

TEST_CASE("pending zero-result terms are bounded in memory", "[stats][fleet]") {
    TempDir tmp;
    const auto file = tmp.path / "stats.db";
    auto s = open_v2(file);
    const DateTime t = at(2026, 12, 6, 14);
    for (std::size_t i = 0; i < kMaxPendingSearchTerms + 50; ++i) visit_searching(*s, t, "term" + std::to_string(i));
    // The terms past the bound were not counted at all: five more visits of one of them are
    // again four in memory (it was never held), so it is still absent after four.
    const std::string late = "term" + std::to_string(kMaxPendingSearchTerms + 10);
    for (int v = 0; v < 4; ++v) visit_searching(*s, t, late);
    for (const StatsDay& d : days_of(file)) CHECK(d.zero_result_searches.empty());
    // A term held from the start reaches k with four more visits.
    for (int v = 0; v < 4; ++v) visit_searching(*s, t, "term0");
    const auto days = days_of(file);
    REQUIRE(days.size() == 1);
    CHECK(days[0].zero_result_searches.at("term0") == 5);
}

TEST_CASE("a v1 statistics file is migrated to v2 keeping its counts", "[stats][fleet]") {
    TempDir tmp;
    const auto file = tmp.path / "stats.db";
    // The v1 schema as issue 16's kiosks wrote it, with a day of counts.
    run_sql(file, R"sql(
PRAGMA application_id = 1263752241;
PRAGMA user_version = 1;
CREATE TABLE day (day INTEGER PRIMARY KEY, sessions INTEGER NOT NULL DEFAULT 0,
    ended INTEGER NOT NULL DEFAULT 0, seconds REAL NOT NULL DEFAULT 0);
CREATE TABLE card (id INTEGER PRIMARY KEY, source_id TEXT NOT NULL UNIQUE, title TEXT NOT NULL,
    last_day INTEGER NOT NULL);
CREATE TABLE card_day (day INTEGER NOT NULL, card INTEGER NOT NULL REFERENCES card(id), n INTEGER NOT NULL,
    PRIMARY KEY (day, card)) WITHOUT ROWID;
CREATE TABLE tally (day INTEGER NOT NULL,
    section TEXT NOT NULL CHECK (section IN ('category', 'language', 'session_length')),
    key TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (day, section, key)) WITHOUT ROWID;
INSERT INTO day VALUES (20790, 12, 10, 1234.5);
INSERT INTO card VALUES (1, 'https://data.datatourisme.fr/x/1', 'Beffroi d''Arras', 20790);
INSERT INTO card_day VALUES (20790, 1, 7);
INSERT INTO tally VALUES (20790, 'language', 'fr', 9), (20790, 'language', 'en', 3),
    (20790, 'category', 'belfry', 4), (20790, 'session_length', '1-2min', 10);
)sql");
    {
        auto s = open_v2(file);  // no warning: migrated, not moved aside
        // The new sections are accepted after the migration.
        s->session_started(at(2026, 12, 6, 15), "nl");
        s->access_used(at(2026, 12, 6, 15), "contrast");
        s->session_ended(at(2026, 12, 6, 15), 10);
        CHECK(s->last_error().empty());
    }
    CHECK_FALSE(testutil::fs::exists(testutil::fs::path(file.string() + ".broken")));
    const auto days = days_of(file);
    REQUIRE(days.size() == 2);
    const StatsDay& old = days[0];
    CHECK(old.day == civil_from_days(20790));
    CHECK(old.visits == 12);
    CHECK(old.visits_ended == 10);
    CHECK(old.visit_seconds == 1234.5);
    CHECK(old.languages.at("fr") == 9);
    CHECK(old.sections.at("belfry") == 4);
    CHECK(old.visit_length.at("1-2min") == 10);
    REQUIRE(old.items.size() == 1);
    CHECK(old.items[0].label == "Beffroi d'Arras");
    CHECK(old.items[0].n == 7);
    CHECK(days[1].access.at("contrast") == 1);
    CHECK(days[1].visits_by_hour[15] == 1);
}

TEST_CASE("day file JSON is exactly the contract's", "[fleet]") {
    StatsDay d;
    d.day = {2026, 12, 6};
    d.visits = 3;
    d.visits_ended = 2;
    d.visit_seconds = 100.25;
    d.visits_by_hour[9] = 2;
    d.visits_by_hour[14] = 1;
    d.visit_length = {{"0-30s", 1}, {"1-2min", 1}};
    d.languages = {{"fr", 2}, {"en", 1}};
    d.sections = {{"open-now", 1}, {"belfry", 2}};
    d.access = {{"large", 1}};
    d.items = {{"https://x/1", "Beffroi \"d'Arras\"", 4}, {"https://x/2", "Musée", 1}};
    d.zero_result_searches = {{"musee bzz", 5}};
    const std::string expect =
        "{\n"
        " \"format\": \"kiosk-stats-day/1\",\n"
        " \"kiosk\": \"lens-hall\",\n"
        " \"day\": \"2026-12-06\",\n"
        " \"complete\": true,\n"
        " \"made\": \"2026-12-07T03\",\n"
        " \"visits\": 3,\n"
        " \"visits_ended\": 2,\n"
        " \"visit_seconds\": 100.2,\n"
        " \"visits_by_hour\": [0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0],\n"
        " \"visit_length\": {\"0-30s\": 1, \"30s-1min\": 0, \"1-2min\": 1, \"2-5min\": 0, \"5-10min\": 0, \"10min+\": 0},\n"
        " \"languages\": {\"en\": 1, \"fr\": 2},\n"
        " \"sections\": {\"belfry\": 2, \"open-now\": 1},\n"
        " \"access\": {\"large\": 1, \"contrast\": 0, \"reach\": 0, \"speak\": 0},\n"
        " \"items\": [\n"
        "  {\"id\": \"https://x/1\", \"title\": \"Beffroi \\\"d'Arras\\\"\", \"opened\": 4},\n"
        "  {\"id\": \"https://x/2\", \"title\": \"Musée\", \"opened\": 1}\n"
        " ],\n"
        " \"zero_result_searches\": {\"musee bzz\": 5}\n"
        "}\n";
    CHECK(day_file_json(d, "lens-hall", true, hour_stamp(at(2026, 12, 7, 3, 59))) == expect);
    CHECK(day_file_path("lens hall/..", d.day) == "lens_hall___/days/2026-12-06.json");

    StatsDay empty;
    empty.day = {2026, 1, 2};
    const std::string e = day_file_json(empty, "k", false, "2026-01-02T10");
    CHECK(e.find(" \"complete\": false,\n") != std::string::npos);
    CHECK(e.find(" \"items\": [],\n") != std::string::npos);
    CHECK(e.find(" \"zero_result_searches\": {}\n") != std::string::npos);
    CHECK(e.find(" \"visit_length\": {\"0-30s\": 0,") != std::string::npos);
}

TEST_CASE("heartbeat JSON is exactly the contract's", "[fleet]") {
    Heartbeat h;
    h.kiosk_id = "lens-hall";
    h.sent = "2026-12-07T03";
    h.pack = "npdc";
    h.pack_version = "42";
    h.last_sync = "2026-12-07T02";
    h.last_sync_ok = true;
    h.last_error = "upload: https://dav/x: HTTP 507";
    h.free_disk_mb = 1234;
    h.software = "0.1.0";
    CHECK(heartbeat_json(h) ==
          "{\n"
          " \"format\": \"kiosk-heartbeat/1\",\n"
          " \"kiosk\": \"lens-hall\",\n"
          " \"sent\": \"2026-12-07T03\",\n"
          " \"pack\": \"npdc\",\n"
          " \"pack_version\": \"42\",\n"
          " \"last_sync\": \"2026-12-07T02\",\n"
          " \"last_sync_ok\": true,\n"
          " \"last_error\": \"upload: https://dav/x: HTTP 507\",\n"
          " \"free_disk_mb\": 1234,\n"
          " \"software\": \"0.1.0\"\n"
          "}\n");
    h.last_sync.reset();
    CHECK(heartbeat_json(h).find(" \"last_sync\": null,\n") != std::string::npos);
}

TEST_CASE("day files of a stats file: complete before today, the same bytes but 'made' when nothing changed", "[fleet]") {
    TempDir tmp;
    const auto file = tmp.path / "stats.db";
    auto s = open_v2(file);
    s->session_started(at(2026, 12, 6, 10), "fr");
    s->card_opened(at(2026, 12, 6, 10), "https://x/1", "Louvre-Lens");
    s->session_ended(at(2026, 12, 6, 10), 20);
    s->session_started(at(2026, 12, 7, 8), "de");
    std::string error;
    auto a = make_day_files(file.string(), "k1", at(2026, 12, 7, 9), error);
    REQUIRE(error.empty());
    REQUIRE(a.size() == 2);
    CHECK(a[0].path == "k1/days/2026-12-06.json");
    CHECK(a[0].json.find("\"complete\": true") != std::string::npos);
    CHECK(a[1].json.find("\"complete\": false") != std::string::npos);
    CHECK(a[0].json.find("\"made\": \"2026-12-07T09\"") != std::string::npos);
    auto b = make_day_files(file.string(), "k1", at(2026, 12, 7, 11), error);
    CHECK(b[0].json != a[0].json);
    CHECK(b[0].content == a[0].content);
    s->card_opened(at(2026, 12, 7, 11), "https://x/1", "Louvre-Lens");
    auto c = make_day_files(file.string(), "k1", at(2026, 12, 7, 11), error);
    CHECK(c[1].content != b[1].content);

    // The tree a USB export writes.
    Heartbeat h;
    h.kiosk_id = "k1";
    const std::string hb = heartbeat_json(h);
    CHECK(write_fleet_tree((tmp.path / "stick" / "kiosk-stats").string(), "k1", c, hb, error) == 2);
    CHECK(testutil::slurp(tmp.path / "stick/kiosk-stats/k1/days/2026-12-07.json") == c[1].json);
    CHECK(testutil::slurp(tmp.path / "stick/kiosk-stats/k1/heartbeat.json") == hb);
    // A missing file: no days, no error.
    CHECK(make_day_files((tmp.path / "none.db").string(), "k1", at(2026, 12, 7, 11), error).empty());
    CHECK(error.empty());
}

TEST_CASE("kiosk.toml [fleet]: defaults, values, and one-line refusals", "[fleet][config]") {
    Config c;
    std::string error;
    REQUIRE(parse_config("", c, error));
    CHECK(c.fleet_url.empty());
    CHECK(c.fleet_protocol == "webdav");
    CHECK(c.fleet_retry_first_seconds == 900);
    CHECK(c.fleet_retry_max_seconds == 43200);
    REQUIRE(parse_config("[fleet]\nurl = \"https://dav.example.org/stats\"\nprotocol = \"s3\"\ns3_region = \"eu-west-3\"\n"
                         "access_key_file = \"/etc/kiosk/a\"\nsecret_key_file = \"/etc/kiosk/s\"\ntimeout = 10\n"
                         "retry_first_seconds = 60\nretry_max_seconds = 3600\n",
                         c, error));
    CHECK(c.fleet_url == "https://dav.example.org/stats");
    CHECK(c.fleet_protocol == "s3");
    CHECK(c.fleet_s3_region == "eu-west-3");
    CHECK(c.fleet_timeout == 10);
    CHECK(c.fleet_retry_first_seconds == 60);
    std::vector<std::string> errors;
    CHECK_FALSE(parse_config("[fleet]\nurl = \"ftp://x\"\nprotocol = \"nfs\"\ns3_region = \"a b\"\n", c, errors));
    REQUIRE(errors.size() == 3);
    CHECK(c.fleet_url.empty());
    CHECK(c.fleet_protocol == "webdav");
    CHECK(c.fleet_s3_region == "us-east-1");
    for (const std::string& e : errors) CHECK(e.find('\n') == std::string::npos);
}

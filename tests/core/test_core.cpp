// Unit tests of the core library pieces that need no pack: dates, opening hours, UI strings.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstring>
#include <set>

#include "core/config.h"
#include "core/dates.h"
#include "core/hours.h"
#include "core/i18n.h"
#include "core/languages.h"
#include "core/json_out.h"
#include "core/qr.h"
#include "core/text_fold.h"

using namespace kiosk;

TEST_CASE("civil dates round-trip and know their weekday", "[dates]") {
    for (std::int64_t d = -800000; d <= 800000; d += 997) CHECK(days_from_civil(civil_from_days(d)) == d);
    CHECK(days_from_civil({1970, 1, 1}) == 0);
    CHECK(iso_weekday({2026, 11, 21}) == 6);  // a Saturday
    CHECK(iso_weekday({2024, 2, 29}) == 4);   // leap day, a Thursday
    CHECK(add_days({2026, 12, 31}, 1) == Date{2027, 1, 1});
    CHECK(add_days({2028, 2, 28}, 1) == Date{2028, 2, 29});
}

TEST_CASE("date and time parsing rejects nonsense", "[dates]") {
    CHECK(parse_date("2026-09-05") == Date{2026, 9, 5});
    CHECK_FALSE(parse_date("2026-02-30"));
    CHECK_FALSE(parse_date("2026-13-01"));
    CHECK_FALSE(parse_date("26-09-05"));
    CHECK(parse_hhmm("18:45:00") == 18 * 60 + 45);
    CHECK(parse_hhmm("24:00") == 24 * 60);
    CHECK_FALSE(parse_hhmm("25:00"));
    auto dt = parse_datetime("2026-09-05T10:30");
    REQUIRE(dt);
    CHECK(dt->minute_of_day == 630);
    CHECK_FALSE(parse_datetime("2026-09-05X10:30"));
    CHECK(to_iso({2026, 9, 5}) == "2026-09-05");
    CHECK(to_hhmm(615) == "10:15");
}

TEST_CASE("the week in force follows validity ranges", "[hours]") {
    // Summer: Tuesday to Sunday 10-18; winter: weekends only 14-17.
    std::vector<HoursRow> rules;
    for (int d = 2; d <= 7; ++d) rules.push_back({d, "10:00", "18:00", "2026-04-01", "2026-09-30"});
    for (int d = 6; d <= 7; ++d) rules.push_back({d, "14:00", "17:00", "2026-10-01", "2027-03-31"});

    Week summer = week_for(rules, {2026, 7, 14});
    REQUIRE(summer.known);
    CHECK(summer.from.empty());
    CHECK(summer.days[0].empty());  // Monday closed
    REQUIRE(summer.days[1].size() == 1);
    CHECK(summer.days[1][0].opens == "10:00");

    Week winter = week_for(rules, {2026, 11, 21});
    CHECK(winter.days[1].empty());
    REQUIRE(winter.days[5].size() == 1);
    CHECK(winter.days[5][0].closes == "17:00");

    // Before any range: the next one is shown, with its start date.
    Week before = week_for(rules, {2026, 1, 10});
    CHECK(before.known);
    CHECK(before.from == "2026-04-01");

    // After every range: nothing is known, nothing is claimed.
    CHECK_FALSE(week_for(rules, {2028, 1, 1}).known);
}

TEST_CASE("every UI string exists in every language", "[i18n]") {
    Strings s;
    std::string err;
    REQUIRE(s.load_dir(KIOSK_ASSETS_DIR "/i18n", err));
    const auto langs = s.languages();
    // Every known UI language has its file, and there is no file for a language the kiosk
    // does not know (it could never be chosen).
    for (const LanguageInfo& l : known_languages()) CHECK(std::find(langs.begin(), langs.end(), l.code) != langs.end());
    CHECK(langs.size() == known_languages().size());
    // Counted strings: a family is a key with a .other or .many form in some file; each
    // language has exactly the forms its plural rule uses, no more, no fewer.
    std::set<std::string> families;
    for (const auto& l : langs)
        for (const auto& [k, v] : *s.table(l))
            for (const char* suffix : {".other", ".many"})
                if (k.size() > std::strlen(suffix) && k.compare(k.size() - std::strlen(suffix), std::string::npos, suffix) == 0)
                    families.insert(k.substr(0, k.size() - std::strlen(suffix)));
    CHECK(families.count("home.count.site") == 1);
    auto in_family = [&](const std::string& k) {
        const auto dot = k.rfind('.');
        return dot != std::string::npos && families.count(k.substr(0, dot)) != 0;
    };
    std::set<std::string> all;
    for (const auto& l : langs)
        for (const auto& [k, v] : *s.table(l))
            if (!in_family(k)) all.insert(k);
    for (const auto& l : langs) {
        for (const auto& k : all) {
            INFO(l << " lacks " << k);
            CHECK(s.has(l, k));
            CHECK_FALSE(s.get(l, k).empty());
        }
        std::set<std::string> forms;
        for (Plural p : plural_forms(l)) forms.insert(plural_suffix(p));
        for (const auto& f : families)
            for (const char* suffix : {"one", "few", "many", "other"}) {
                INFO(l << ": " << f << "." << suffix << (forms.count(suffix) ? " is missing" : " is not a form of this language"));
                CHECK(s.has(l, f + "." + suffix) == (forms.count(suffix) != 0));
                if (forms.count(suffix)) CHECK(s.get(l, f + "." + suffix).find("{}") != std::string::npos);
            }
    }
}

TEST_CASE("UI strings fall back to English, then to the key", "[i18n]") {
    Strings s;
    std::string err;
    REQUIRE(s.load_dir(KIOSK_ASSETS_DIR "/i18n", err));
    CHECK(s.get("fr", "nav.back") == "Retour");
    CHECK(s.get("xx", "nav.back") == "Back");
    CHECK(s.get("fr", "no.such.key") == "no.such.key");
    CHECK(s.long_date("fr", {2026, 9, 5}) == "samedi 5 septembre 2026");
    CHECK(s.long_date("de", {2026, 9, 5}) == "Samstag, 5. September 2026");
    CHECK(s.long_date("nl", {2027, 2, 14}) == "zondag 14 februari 2027");
    CHECK(s.long_date("es", {2026, 9, 5}) == "sábado, 5 de septiembre de 2026");
    CHECK(s.long_date("it", {2026, 9, 5}) == "sabato 5 settembre 2026");
    CHECK(s.long_date("pl", {2026, 9, 5}) == "sobota, 5 września 2026");  // genitive month
    CHECK(s.long_date("ja", {2026, 9, 5}) == "2026年9月5日（土）");
    CHECK(s.short_date("ja", {2026, 9, 5}) == "9月5日");
    CHECK(s.short_date("pl", {2026, 12, 24}) == "24 grudnia");
    CHECK(s.month_year("pl", 2026, 9) == "wrzesień 2026");  // the date picker's title: nominative
    CHECK(s.month_year("fr", 2026, 9) == "septembre 2026");
    CHECK(s.month_year("ja", 2026, 9) == "2026年9月");
}

TEST_CASE("string file parsing", "[i18n]") {
    auto t = Strings::parse("# comment\n a.b = Hello  \nbad line\nc = x = y\nd = one\\ntwo\n");
    CHECK(t.size() == 3);
    CHECK(t["a.b"] == "Hello");
    CHECK(t["c"] == "x = y");
    CHECK(t["d"] == "one\ntwo");
    CHECK(format("{} / {}", {"a", "b"}) == "a / b");
    CHECK(format("{} {}", {"a"}) == "a ");
}

TEST_CASE("JSON quoting escapes what it must and keeps UTF-8", "[json]") {
    CHECK(json_quote("Béthune \"centre\"\n") == "\"Béthune \\\"centre\\\"\\n\"");
    CHECK(json_quote(std::string("a\x01z", 3)) == "\"a\\u0001z\"");
}

TEST_CASE("folding removes case, accents and apostrophes", "[fold]") {
    CHECK(fold("Béthune") == "bethune");
    CHECK(fold("Beffroi d’Arras") == "beffroi darras");
    CHECK(fold("Œuvre ÉLÉGANTE ça") == "oeuvre elegante ca");
    CHECK(fold("Straße Łódź") == "strasse lodz");
    CHECK(fold("Notre-Dame-de-Lorette") == "notredamedelorette");
    CHECK(fold("10\u00a0€") == "10  ");
    CHECK(fold(std::string("a\xff\xfe" "b", 4)) == "ab");  // invalid UTF-8 bytes are dropped
    CHECK(fold("Beffroi d’Arras") < fold("Beffroi de Bergues"));
}

TEST_CASE("a card's code holds its website, else a geo: link", "[qr]") {
    CHECK(card_link("https://www.louvrelens.fr/", true, 50.43, 2.80) == "https://www.louvrelens.fr/");
    CHECK(card_link("", true, 50.430212, 2.803245) == "geo:50.430212,2.803245");
    CHECK(card_link("", false, 0, 0).empty());
    QrMatrix q;
    REQUIRE(make_qr("geo:50.430212,2.803245", q));
    CHECK(q.size >= 21);  // version 1 or more
    CHECK(q.dark.size() == static_cast<size_t>(q.size * q.size));
    // The three finder patterns: dark top-left corners of 7x7 squares.
    CHECK(q.at(0, 0));
    CHECK(q.at(q.size - 1, 0));
    CHECK(q.at(0, q.size - 1));
    CHECK_FALSE(make_qr("", q));
}

TEST_CASE("kiosk.toml: defaults, values, and one-line refusals", "[config]") {
    Config c;
    std::string err;
    REQUIRE(parse_config("", c, err));
    CHECK(c.idle_seconds == 60);
    CHECK(c.language == "fr");
    REQUIRE(parse_config("[kiosk]\nlanguage = \"nl\"\nidle_seconds = 90\n[position]\nlat = 50.95\nlon = 1.85\n"
                         "[sync]\nstate = \"/var/lib/kiosk\"\nfrom = \"/media/usb\"\ntrusted_keys = [\"a.pub\", \"b.pub\"]\n",
                         c, err));
    CHECK(c.language == "nl");
    CHECK(c.idle_seconds == 90);
    CHECK(c.lat == Approx(50.95));
    CHECK(c.state_dir == "/var/lib/kiosk");
    CHECK(c.trusted_keys == std::vector<std::string>{"a.pub", "b.pub"});
    Config d;
    CHECK_FALSE(parse_config("[kiosk]\nidle_seconds = 1\n", d, err));
    CHECK(err.find("idle_seconds") != std::string::npos);
    CHECK_FALSE(parse_config("[kiosk]\nlanguage = \"es\"\n", d, err));
    CHECK_FALSE(parse_config("[sync]\ntrusted_keys = \"a.pub\"\n", d, err));
    CHECK_FALSE(parse_config("[kiosk\n", d, err));
    CHECK(err.find("line 1") != std::string::npos);
    CHECK(d.idle_seconds == 60);  // a refused file leaves the defaults
}

TEST_CASE("kiosk.toml: numbers are checked before any conversion (huge, fractional, nan, inf)", "[config]") {
    // Issue 15: a huge float asked for as an int was cast out of range (undefined behaviour).
    struct Case {
        const char* text;
        const char* key;
    };
    const Case cases[] = {
        {"[kiosk]\nidle_seconds = 1e300\n", "kiosk.idle_seconds"},
        {"[kiosk]\nidle_seconds = -1e300\n", "kiosk.idle_seconds"},
        {"[kiosk]\nidle_seconds = 90.5\n", "kiosk.idle_seconds"},
        {"[kiosk]\nidle_seconds = nan\n", "kiosk.idle_seconds"},
        {"[kiosk]\nidle_seconds = 9223372036854775807\n", "kiosk.idle_seconds"},
        {"[position]\nlat = nan\n", "position.lat"},
        {"[position]\nlat = inf\n", "position.lat"},
        {"[screen]\nheight_mm = -inf\n", "screen.height_mm"},
    };
    for (const Case& k : cases) {
        INFO(k.text);
        Config c;
        std::vector<std::string> errors;
        CHECK_FALSE(parse_config(k.text, c, errors));
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].find(k.key) != std::string::npos);
        CHECK(c.idle_seconds == 60);
        CHECK(c.lat == Approx(50.4302));
        CHECK(c.screen_height_mm == Approx(708.5));
    }
    // Whole numbers still read as numbers where a decimal one is wanted.
    Config c;
    std::vector<std::string> errors;
    CHECK(parse_config("[position]\nlat = 50\nlon = 3\n[screen]\nheight_mm = 700\n", c, errors));
    CHECK(c.lat == Approx(50.0));
    CHECK(c.screen_height_mm == Approx(700.0));
}

TEST_CASE("kiosk.toml: the picture cache's size is in the config and range-checked", "[config]") {
    Config c;
    std::string err;
    REQUIRE(parse_config("", c, err));
    CHECK(c.picture_cache_mb == 128);
    REQUIRE(parse_config("[kiosk]\npicture_cache_mb = 64\n", c, err));
    CHECK(c.picture_cache_mb == 64);
    for (const char* bad : {"[kiosk]\npicture_cache_mb = 0\n", "[kiosk]\npicture_cache_mb = 1e30\n",
                            "[kiosk]\npicture_cache_mb = 4096\n", "[kiosk]\npicture_cache_mb = \"big\"\n"}) {
        INFO(bad);
        Config d;
        CHECK_FALSE(parse_config(bad, d, err));
        CHECK(err.find("picture_cache_mb") != std::string::npos);
        CHECK(d.picture_cache_mb == 128);
    }
}

TEST_CASE("kiosk.toml: a bad key keeps its default and names itself, the rest still applies", "[config]") {
    Config c;
    std::vector<std::string> errors;
    CHECK_FALSE(parse_config("[kiosk]\nid = \"lens-hall-1\"\nname = \"Louvre-Lens, hall\"\nidle_seconds = \"soon\"\n"
                             "languages = [\"fr\", \"nl\"]\nlanguage = \"de\"\n"
                             "[screen]\nwidth_mm = 10\n[position]\nlat = 51.03\n"
                             "[sync]\nusb = [\"/mnt/usb\"]\ntrusted_keys = \"a.pub\"\n"
                             "[staff]\npin_hash = \"1234\"\nstats_days = 30\n",
                             c, errors));
    REQUIRE(errors.size() == 5);
    auto mentions = [&](const char* key) {
        return std::any_of(errors.begin(), errors.end(), [&](const std::string& e) { return e.find(key) != std::string::npos; });
    };
    CHECK(mentions("kiosk.idle_seconds has the wrong type"));
    CHECK(mentions("screen.width_mm = 10 is outside"));
    CHECK(mentions("sync.trusted_keys must be a list"));
    CHECK(mentions("kiosk.language must be one of kiosk.languages"));
    CHECK(mentions("staff.pin_hash is not an argon2id hash"));
    for (const std::string& e : errors) CHECK(e.find('\n') == std::string::npos);  // one line each
    // Bad keys: defaults. Good keys: applied.
    CHECK(c.idle_seconds == 60);
    CHECK(c.screen_width_mm == Approx(398.5));
    CHECK(c.trusted_keys.empty());
    CHECK(c.language == "fr");  // the first of the configured languages
    CHECK(c.staff_pin_hash.empty());
    CHECK(c.kiosk_id == "lens-hall-1");
    CHECK(c.kiosk_name == "Louvre-Lens, hall");
    CHECK(c.languages == std::vector<std::string>{"fr", "nl"});
    CHECK(c.lat == Approx(51.03));
    CHECK(c.usb_roots == std::vector<std::string>{"/mnt/usb"});
    CHECK(c.stats_days == 30);

    errors.clear();
    CHECK_FALSE(parse_config("[kiosk]\nid = \"../../etc\"\nlanguages = [\"es\", \"ko\"]\n", c, errors));
    CHECK(c.kiosk_id == "kiosk");
    CHECK(c.languages == default_languages());
    CHECK(mentions("kiosk.languages may hold only \"fr\", \"en\", \"nl\", \"de\", \"es\", \"it\", \"pl\" and \"ja\""));
    errors.clear();
    CHECK_FALSE(load_config("/nonexistent/kiosk.toml", c, errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].find("cannot read /nonexistent/kiosk.toml") != std::string::npos);
}

TEST_CASE("kiosk.toml: the [speech] section", "[config]") {
    Config c;
    std::vector<std::string> errors;
    REQUIRE(parse_config("", c, errors));
    CHECK(c.speech_device.empty());  // the system's default audio output
    CHECK(c.speech_rate == 160);
    CHECK(c.speech_volume == 100);
    REQUIRE(parse_config("[speech]\ndevice = \"hw:1,0\"\nrate = 140\nvolume = 150\n", c, errors));
    CHECK(c.speech_device == "hw:1,0");
    CHECK(c.speech_rate == 140);
    CHECK(c.speech_volume == 150);
    CHECK(errors.empty());

    CHECK_FALSE(parse_config("[speech]\ndevice = \"wav:\"\nrate = 1000\nvolume = \"loud\"\n", c, errors));
    REQUIRE(errors.size() == 3);
    CHECK(errors[0] == "speech.rate = 1000 is outside 80..450; using 160");
    CHECK(errors[1] == "speech.volume has the wrong type (a whole number is expected); using 100");
    CHECK(errors[2].find("speech.device \"wav:\" needs a file") == 0);
    CHECK(c.speech_device.empty());
    CHECK(c.speech_rate == 160);
    CHECK(c.speech_volume == 100);
}

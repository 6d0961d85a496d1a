// Tests for the DATAtourisme importer: both feed vintages, every shape quirk, classification,
// hostile inputs, and zip fluxes built on the fly with libarchive.
#include <catch2/catch.hpp>

#include "publish/export_model.h"
#include "publish/pack_writer.h"
#include "publish_util.h"

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <tuple>
#include <string>
#include <utility>
#include <vector>

#include <unistd.h>

using namespace kiosk::publish;
namespace fs = std::filesystem;
using testutil::write_zip;

namespace {

const fs::path kFixtures = fs::path(KIOSK_TEST_FIXTURES) / "datatourisme";
// The real archive lives outside the repository and may be absent; its test then skips.
#ifdef KIOSK_SAMPLES_DIR
const fs::path kRealSample = fs::path(KIOSK_SAMPLES_DIR) / "datatourisme" / "flux-2024-5pois";
#else
const fs::path kRealSample = "/work/shared/samples/datatourisme/flux-2024-5pois";
#endif

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

void spit(const fs::path& p, const std::string& data) {
    fs::create_directories(p.parent_path());
    std::ofstream out(p, std::ios::binary);
    out << data;
}

// A scratch directory removed at the end of the test.
struct TempDir {
    fs::path path;
    TempDir() {
        static std::atomic<int> counter{0};
        path = fs::temp_directory_path() /
               ("kiosk_dt_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
};

// Every regular file under `dir`, named relative to it with `prefix` in front.
std::vector<std::pair<std::string, std::string>> tree(const fs::path& dir, const std::string& prefix) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& e : fs::recursive_directory_iterator(dir))
        if (e.is_regular_file())
            out.emplace_back(prefix + fs::relative(e.path(), dir).generic_string(), slurp(e.path()));
    std::sort(out.begin(), out.end());
    return out;
}

struct Imported {
    size_t read = 0;
    std::vector<ExportItem> items;
    std::vector<Warning> warnings;
    const ExportItem& by_title(const std::string& fr) const {
        for (const auto& it : items)
            if (it.title.count("fr") && it.title.at("fr") == fr) return it;
        FAIL("no item titled " << fr);
        throw std::logic_error("unreachable");
    }
};

Imported import(const std::string& path) {
    Imported r;
    auto src = ExportSource::open(path);
    r.read = read_export(*src, [&](ExportItem&& it) { r.items.push_back(std::move(it)); }, r.warnings);
    return r;
}

bool parse(const std::string& json, ExportItem& out, std::vector<Warning>& w) {
    return parse_object("t/tt/test.json", json, out, w);
}

bool parse_fixture(const std::string& name, ExportItem& out, std::vector<Warning>& w) {
    return parse_object("bad/" + name, slurp(kFixtures / "bad" / name), out, w);
}

bool has_warning(const std::vector<Warning>& w, const std::string& field_part, const std::string& msg_part = "") {
    return std::any_of(w.begin(), w.end(), [&](const Warning& x) {
        return x.field.find(field_part) != std::string::npos && x.message.find(msg_part) != std::string::npos;
    });
}

std::string dump(const std::vector<Warning>& w) {
    std::string s;
    for (const auto& x : w) s += x.to_line() + "\n";
    return s;
}

bool valid_utf8(const std::string& s) {
    size_t i = 0;
    while (i < s.size()) {
        auto c = static_cast<unsigned char>(s[i]);
        size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        if (n == 0 || i + n > s.size()) return false;
        for (size_t k = 1; k < n; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
        i += n;
    }
    return true;
}

const std::string kEvent2024 = "0/0f/30-0f1e2d3c-4b5a-3c6d-8e7f-000000000001.json";

}  // namespace

// ------------------------------------------------------------------------------------------
// 2024 shape

TEST_CASE("2024 flux directory: index and every object", "[datatourisme][2024]") {
    auto src = ExportSource::open((kFixtures / "flux2024").string());
    const auto& index = src->index();
    REQUIRE(index.size() == 4);
    CHECK(index[0].file == kEvent2024);
    CHECK(index[0].label == "Fête des Lanternes");
    CHECK(index[0].last_update == "2024-11-20T10:15:00.12Z");
    CHECK(src->describe().find("directory") != std::string::npos);

    auto r = import((kFixtures / "flux2024").string());
    CHECK(r.read == 4);
    REQUIRE(r.items.size() == 4);
    CHECK(r.warnings.empty());
    CHECK(r.items[0].file == kEvent2024);  // index order is kept
    CHECK(r.by_title("Fête des Lanternes").kind == "event");
    CHECK(r.by_title("Musée de la Dentelle et du Lin").kind == "site");
    CHECK(r.by_title("BEFFROI ET HÔTEL DE VILLE DE SAINTE-ALDEGONDE").kind == "belfry");
    CHECK(r.by_title("Estaminet du Beffroi").kind == "eat");
    CHECK(r.by_title("Estaminet du Beffroi").kind_class == "Restaurant");
}

TEST_CASE("2024 event: identity and texts and periods", "[datatourisme][2024]") {
    auto r = import((kFixtures / "flux2024").string());
    const auto& ev = r.by_title("Fête des Lanternes");
    CHECK(ev.source_id == "https://data.datatourisme.fr/30/0f1e2d3c-4b5a-3c6d-8e7f-000000000001");
    CHECK(ev.identifier == "FMANOR0620000001");
    CHECK(ev.title.at("en") == "Lantern Festival");
    CHECK(ev.last_update == "2024-11-20T10:15:00.12Z");
    CHECK(std::find(ev.types.begin(), ev.types.end(), "Festival") != ev.types.end());

    SECTION("several strings for one language are joined with a blank line") {
        CHECK(ev.long_desc.at("fr") ==
              "Les associations du village allument mille lanternes de papier.\n\n"
              "Vin chaud et gaufres au profit de l'école.");
        CHECK(ev.short_desc.at("en") == "Three lantern evenings on the Grand-Place.");
    }
    SECTION("takesPlaceAt: sorted by (date, time), HH:MM, exact duplicates dropped") {
        // The feed lists six periods out of order, one twice; schema:startDate is ignored
        // because takesPlaceAt carries the times.
        REQUIRE(ev.periods.size() == 5);
        const std::vector<std::vector<std::string>> want = {
            {"2024-12-07", "", "2024-12-07", ""},
            {"2024-12-07", "14:00", "2024-12-07", "17:30"},
            {"2024-12-07", "18:00", "2024-12-07", "22:00"},
            {"2024-12-14", "18:00", "2024-12-14", "22:00"},
            {"2024-12-21", "18:00", "2024-12-21", ""},
        };
        for (size_t i = 0; i < want.size(); ++i) {
            INFO("period " << i);
            CHECK(ev.periods[i].start_date == want[i][0]);
            CHECK(ev.periods[i].start_time == want[i][1]);
            CHECK(ev.periods[i].end_date == want[i][2]);
            CHECK(ev.periods[i].end_time == want[i][3]);
        }
    }
    SECTION("contacts: phone/email/web, de-duplicated across agents, feed order") {
        REQUIRE(ev.contacts.size() == 4);
        CHECK(ev.contacts[0].type == "phone");
        CHECK(ev.contacts[0].value == "+33 3 21 00 00 01");
        CHECK(ev.contacts[1].type == "email");
        CHECK(ev.contacts[1].value == "lanternes@example.org");
        CHECK(ev.contacts[2].type == "web");
        CHECK(ev.contacts[2].value == "https://lanternes.example.org/");
        CHECK(ev.contacts[3].type == "phone");
        CHECK(ev.contacts[3].value == "+33 6 00 00 00 09");
    }
    SECTION("prices: schema:price stands in for minPrice; a free rate is kept") {
        REQUIRE(ev.prices.size() == 2);
        CHECK(ev.prices[0].min == 3.0);
        CHECK(ev.prices[0].max == -1);
        CHECK(ev.prices[0].currency == "EUR");
        CHECK(ev.prices[0].label.at("fr") == "Tarif de base - plein tarif");
        CHECK(ev.prices[1].min == 0.0);
        CHECK(ev.prices[1].label.at("en") == "Child rate");
    }
    SECTION("themes") {
        REQUIRE(ev.themes.size() == 1);
        CHECK(ev.themes[0].id == "kb:Christmas");
        CHECK(ev.themes[0].label.at("fr") == "Noël");
    }
    SECTION("address from single-object hasAddressCity / isPartOfDepartment") {
        CHECK(ev.street == "Grand-Place");
        CHECK(ev.postal_code == "62999");
        CHECK(ev.town == "Sainte-Aldegonde-sur-Lys");
        CHECK(ev.city_insee == "62999");
        CHECK(ev.department_insee == "62");
        CHECK(ev.has_geo);
        CHECK(ev.lat == Approx(50.4321));
        CHECK(ev.lon == Approx(2.6543));
    }
}

TEST_CASE("2024 site: opening hours and images and prices and descriptions", "[datatourisme][2024]") {
    auto r = import((kFixtures / "flux2024").string());
    const auto& mu = r.by_title("Musée de la Dentelle et du Lin");

    SECTION("one rule per listed day, times HH:MM, validity as dates") {
        REQUIRE(mu.hours.size() == 8);
        for (int d = 2; d <= 5; ++d) {  // Tuesday..Friday from one node
            const auto& h = mu.hours[static_cast<size_t>(d - 2)];
            CHECK(h.day_of_week == d);
            CHECK(h.opens == "10:00");
            CHECK(h.closes == "18:00");
            CHECK(h.valid_from == "2024-04-01");
            CHECK(h.valid_through == "2024-09-30");
        }
        CHECK(mu.hours[4].day_of_week == 6);
        CHECK(mu.hours[5].day_of_week == 7);
        CHECK(mu.hours[5].opens == "14:00");
        // Monday node without schema:closes.
        CHECK(mu.hours[6].day_of_week == 1);
        CHECK(mu.hours[6].opens == "09:00");
        CHECK(mu.hours[6].closes.empty());
        CHECK(mu.hours[6].valid_through == "2025-03-31");
        // dayOfWeek given as one object rather than an array, no validity range.
        CHECK(mu.hours[7].day_of_week == 7);
        CHECK(mu.hours[7].closes == "12:30");
        CHECK(mu.hours[7].valid_from.empty());
        CHECK(mu.hours[7].valid_through.empty());
    }
    SECTION("TextOpeningHoursSpecification becomes hours_text") {
        CHECK(mu.hours_text.at("fr") == "Fermé le 25 décembre et le 1er janvier.");
        CHECK(mu.hours_text.at("en") == "Closed on 25 December and 1 January.");
    }
    SECTION("main image first, relative locator kept, gallery repeat dropped") {
        REQUIRE(mu.images.size() == 2);
        CHECK(mu.images[0].locator == "images/musee-dentelle-salle.jpg");
        CHECK(mu.images[0].title == "Salle des métiers à tisser");  // French preferred over "en"
        CHECK(mu.images[0].credits == "Musée de la Dentelle, J. Exemple");
        CHECK(mu.images[0].licence == "CC BY-SA 4.0");
        CHECK(mu.images[1].locator == "https://media.example.org/dentelle-facade.jpg");
        CHECK(mu.images[1].title == "Facade");
        CHECK(mu.images[1].credits.empty());
    }
    SECTION("prices from string arrays, decimal comma accepted") {
        REQUIRE(mu.prices.size() == 2);
        CHECK(mu.prices[0].min == 4.0);
        CHECK(mu.prices[0].max == 7.5);
        CHECK(mu.prices[1].min == 3.5);
        CHECK(mu.prices[1].max == -1);
    }
    SECTION("short description falls back to rdfs:comment per language; no long text") {
        CHECK(mu.short_desc.at("fr") == "Dentelles et métiers à tisser dans une ancienne filature.");
        CHECK(mu.short_desc.at("en") == "Lace and looms in a former spinning mill.");
        CHECK(mu.short_desc.at("de") == "Spitzen und Webstühle in einer alten Spinnerei.");
        CHECK(mu.long_desc.empty());
    }
    SECTION("street lines joined") {
        CHECK(mu.street == "12 rue des Dentellières, Ancienne filature");
    }
}

// ------------------------------------------------------------------------------------------
// 2020 shape

TEST_CASE("2020 flux: data/ top folder and arrays instead of objects and numbers as numbers", "[datatourisme][2020]") {
    // The flux root may be given as the folder holding data/ or as data/ itself.
    for (const auto& root : {kFixtures / "flux2020", kFixtures / "flux2020" / "data"}) {
        INFO(root.string());
        auto r = import(root.string());
        CHECK(r.read == 2);
        REQUIRE(r.items.size() == 2);
        CHECK(r.warnings.empty());

        const auto& mo = r.by_title("Moulin de la Briquetterie");
        CHECK(mo.kind == "site");
        CHECK(mo.source_id.rfind("https://data.datatourisme.gouv.fr/15/", 0) == 0);
        CHECK(mo.title.at("nl") == "Molen van de Steenbakkerij");
        CHECK(mo.city_insee == "59998");       // hasAddressCity is an array here
        CHECK(mo.department_insee == "59");    // and so is isPartOfDepartment
        CHECK(mo.town == "Haubourdin-les-Moulins");
        CHECK(mo.has_geo);
        CHECK(mo.lat == Approx(50.61234));     // JSON numbers, not strings
        CHECK(mo.lon == Approx(3.05678));
        CHECK(mo.long_desc.at("fr") == "Premier paragraphe sur le moulin.\n\nSecond paragraphe sur la meunerie.");
        CHECK(mo.long_desc.at("en") == "One paragraph about the mill.");
        CHECK(mo.hours_text.at("fr") == "Visites guidées le samedi après-midi.\n\nGroupes sur réservation.");
        REQUIRE(mo.hours.size() == 1);
        CHECK(mo.hours[0].day_of_week == 6);
        CHECK(mo.hours[0].valid_from == "2020-05-01");
        CHECK(mo.hours[0].valid_through == "2020-09-30");
        REQUIRE(mo.images.size() == 1);  // kb:JPEG with a plain-array rdfs:label is harmless
        CHECK(mo.images[0].locator == "https://media.example.org/moulin-printemps.jpg");
        CHECK(mo.images[0].credits == "Office de tourisme des Moulins");
        REQUIRE(mo.prices.size() == 1);
        CHECK(mo.prices[0].min == 3.0);
        CHECK(mo.prices[0].max == 5.5);
        REQUIRE(mo.contacts.size() == 2);  // the phone listed twice in one agent appears once
        CHECK(mo.contacts[0].value == "+33 3 20 00 00 03");
        CHECK(mo.contacts[1].type == "web");

        const auto& br = r.by_title("Braderie de la Saint-Michel");
        CHECK(br.kind == "event");
        CHECK(br.street == "Rue de la Gare, Place du Marché");
        // No takesPlaceAt: the unordered startDate/endDate lists are sorted and then paired.
        REQUIRE(br.periods.size() == 2);
        CHECK(br.periods[0].start_date == "2020-09-26");
        CHECK(br.periods[0].end_date == "2020-09-27");
        CHECK(br.periods[1].start_date == "2020-10-03");
        CHECK(br.periods[1].end_date == "2020-10-04");
        CHECK(br.periods[0].start_time.empty());
    }
}

// ------------------------------------------------------------------------------------------
// Single quirks, on inline objects

TEST_CASE("language maps: arrays or plain strings or bare values", "[datatourisme][quirks]") {
    ExportItem it;
    std::vector<Warning> w;
    REQUIRE(parse(R"({"@id": "x:1", "rdfs:label": {"fr": "Titre seul", "en": ["A", "B"], "de": [], "nl": ["  "]},
                      "hasDescription": [{"shortDescription": {"fr": ["Court"]}}],
                      "hasTheme": [{"@id": "kb:A", "rdfs:label": "Étiquette nue"}]})",
                  it, w));
    CHECK(it.title.at("fr") == "Titre seul");
    CHECK(it.title.at("en") == "A\n\nB");
    CHECK(it.title.count("de") == 0);  // empty language entries are dropped
    CHECK(it.title.count("nl") == 0);
    CHECK(it.short_desc.at("fr") == "Court");
    REQUIRE(it.themes.size() == 1);
    CHECK(it.themes[0].label.at("fr") == "Étiquette nue");
    CHECK(w.empty());
}

TEST_CASE("coordinates: strings or numbers or bad values", "[datatourisme][quirks][geo]") {
    auto geo = [](const std::string& lat, const std::string& lon, std::vector<Warning>& w) {
        ExportItem it;
        REQUIRE(parse(R"({"@id": "x:g", "rdfs:label": {"fr": ["G"]},
                         "isLocatedAt": [{"schema:geo": {"schema:latitude": )" + lat +
                          R"(, "schema:longitude": )" + lon + "}}]}",
                      it, w));
        return it;
    };
    std::vector<Warning> w;
    SECTION("strings") {
        auto it = geo("\"50.5\"", "\"-1.25\"", w);
        CHECK(it.has_geo);
        CHECK(it.lat == 50.5);
        CHECK(it.lon == -1.25);
        CHECK(w.empty());
    }
    SECTION("numbers, integers included") {
        auto it = geo("50", "2.75", w);
        CHECK(it.has_geo);
        CHECK(it.lat == 50.0);
        CHECK(w.empty());
    }
    SECTION("one-element arrays") {
        auto it = geo("[\"49.1\"]", "[3]", w);
        CHECK(it.has_geo);
        CHECK(it.lat == Approx(49.1));
    }
    SECTION("unparsable string") {
        auto it = geo("\"50.5N\"", "\"2\"", w);
        CHECK_FALSE(it.has_geo);
        CHECK(has_warning(w, "isLocatedAt[0].schema:geo.schema:latitude", "not a number"));
    }
    SECTION("longitude out of range") {
        auto it = geo("\"50\"", "\"200\"", w);
        CHECK_FALSE(it.has_geo);
        CHECK(has_warning(w, "schema:longitude", "out of range"));
    }
    SECTION("0,0 placeholder") {
        auto it = geo("\"0\"", "\"0\"", w);
        CHECK_FALSE(it.has_geo);
        CHECK_FALSE(w.empty());
    }
    SECTION("latitude without longitude") {
        auto it = geo("\"50\"", "null", w);
        CHECK_FALSE(it.has_geo);
        CHECK_FALSE(w.empty());
    }
    SECTION("nan / inf strings are not numbers") {
        auto it = geo("\"nan\"", "\"inf\"", w);
        CHECK_FALSE(it.has_geo);
        CHECK(w.size() == 2);
    }
}

TEST_CASE("periods: fallback lists and bad dates", "[datatourisme][quirks][periods]") {
    std::vector<Warning> w;
    ExportItem it;
    SECTION("start dates without end dates become one-day periods") {
        REQUIRE(parse(R"({"@id": "x:p", "rdfs:label": {"fr": ["P"]},
                          "schema:startDate": ["2025-06-02", "2025-06-01", "2025-06-01"]})",
                      it, w));
        REQUIRE(it.periods.size() == 2);
        CHECK(it.periods[0].start_date == "2025-06-01");
        CHECK(it.periods[0].end_date == "2025-06-01");
        CHECK(it.periods[1].start_date == "2025-06-02");
    }
    SECTION("mismatched list lengths warn and fall back to one-day periods") {
        REQUIRE(parse(R"({"@id": "x:p", "rdfs:label": {"fr": ["P"]},
                          "schema:startDate": ["2025-06-01", "2025-06-05"], "schema:endDate": ["2025-06-09"]})",
                      it, w));
        REQUIRE(it.periods.size() == 2);
        CHECK(it.periods[1].end_date == "2025-06-05");
        CHECK(has_warning(w, "schema:endDate"));
    }
    SECTION("takesPlaceAt as a single object, end before start, bad time") {
        REQUIRE(parse(R"({"@id": "x:p", "rdfs:label": {"fr": ["P"]},
                          "takesPlaceAt": {"startDate": "2025-06-03", "endDate": "2025-06-01",
                                           "startTime": "7:05:00", "endTime": "late"}})",
                      it, w));
        REQUIRE(it.periods.size() == 1);
        CHECK(it.periods[0].end_date == "2025-06-03");
        CHECK(it.periods[0].start_time == "07:05");
        CHECK(it.periods[0].end_time.empty());
        CHECK(has_warning(w, "takesPlaceAt", "ends before"));
        CHECK(has_warning(w, "takesPlaceAt.endTime", "not a time"));
    }
    SECTION("unusable Period nodes fall back on the date lists") {
        REQUIRE(parse(R"({"@id": "x:p", "rdfs:label": {"fr": ["P"]},
                          "takesPlaceAt": [{"startTime": "10:00:00"}],
                          "schema:startDate": ["2025-07-14"], "schema:endDate": ["2025-07-15"]})",
                      it, w));
        REQUIRE(it.periods.size() == 1);
        CHECK(it.periods[0].start_date == "2025-07-14");
        CHECK(it.periods[0].end_date == "2025-07-15");
        CHECK(has_warning(w, "takesPlaceAt[0]"));
    }
    SECTION("a period without any date is dropped with a warning") {
        REQUIRE(parse(R"({"@id": "x:p", "rdfs:label": {"fr": ["P"]},
                          "takesPlaceAt": [{"startTime": "10:00:00"}, {"startDate": "2025-02-30x"}]})",
                      it, w));
        CHECK(it.periods.empty());
        CHECK(has_warning(w, "takesPlaceAt[0]", "without a usable start date"));
        CHECK(has_warning(w, "takesPlaceAt[1].startDate", "not a date"));
    }
}

TEST_CASE("opening hours edge cases", "[datatourisme][quirks][hours]") {
    std::vector<Warning> w;
    ExportItem it;
    REQUIRE(parse(R"({"@id": "x:h", "rdfs:label": {"fr": ["H"]},
        "isLocatedAt": {"schema:openingHoursSpecification": [
            {"schema:opens": "08:00:00", "schema:closes": "24:00:00"},
            {"schema:dayOfWeek": ["http://schema.org/Monday", {"@id": "schema:PublicHolidays"}],
             "schema:opens": "09:00"},
            {"schema:dayOfWeek": [{"@id": "schema:Funday"}]}]}})",
                  it, w));
    // No dayOfWeek means every day; full URIs are understood; public holidays become day 8;
    // unknown days are reported.
    REQUIRE(it.hours.size() == 9);
    for (int d = 1; d <= 7; ++d) CHECK(it.hours[static_cast<size_t>(d - 1)].day_of_week == d);
    CHECK(it.hours[0].closes == "24:00");
    CHECK(it.hours[7].day_of_week == 1);
    CHECK(it.hours[7].opens == "09:00");
    CHECK(it.hours[8].day_of_week == 8);
    CHECK(it.hours[8].opens == "09:00");
    CHECK_FALSE(has_warning(w, "schema:dayOfWeek[1]", "PublicHolidays"));
    CHECK(has_warning(w, "isLocatedAt.schema:openingHoursSpecification[2].schema:dayOfWeek[0]", "Funday"));
}

TEST_CASE("weekday patterns and the hours' notes", "[datatourisme][quirks][hours][periods]") {
    std::vector<Warning> w;
    ExportItem it;
    REQUIRE(parse(R"({"@id": "x:p", "rdfs:label": {"fr": ["P"]},
        "takesPlaceAt": [
            {"startDate": "2026-06-01", "endDate": "2026-09-30", "startTime": "14:00:00", "endTime": "18:00:00",
             "appliesOnDay": [{"@id": "schema:Saturday"}, {"@id": "schema:Sunday"}, {"@id": "schema:PublicHolidays"}],
             "openingDetails": {"fr": ["Sauf en cas de pluie"], "en": ["Except when it rains"]}},
            {"startDate": "2026-12-01", "appliesOnDay": ["schema:Caturday"]}],
        "isLocatedAt": [{"schema:openingHoursSpecification": [
            {"schema:dayOfWeek": [{"@id": "schema:Monday"}], "schema:opens": "10:00:00",
             "schema:validFrom": "2026-01-01T00:00:00", "schema:validThrough": "2026-12-31T23:59:59",
             "additionalInformation": {"fr": ["Dernière entrée 17h"]}},
            {"schema:dayOfWeek": [{"@id": "schema:Tuesday"}], "schema:opens": "10:00:00",
             "schema:validFrom": "2026-01-01T00:00:00", "schema:validThrough": "2026-12-31T23:59:59",
             "additionalInformation": {"fr": ["Dernière entrée 17h"]}}]}]})",
                  it, w));
    REQUIRE(it.periods.size() == 2);
    // Saturday and Sunday as bits 6 and 7; public holidays say nothing about a weekday.
    CHECK(it.periods[0].weekdays == ((1 << 5) | (1 << 6)));
    CHECK(it.periods[1].weekdays == 0);  // the unknown day is dropped and reported
    CHECK(has_warning(w, "takesPlaceAt[1].appliesOnDay[0]", "Caturday"));
    // The opening time without closing time stays as given: "from 10:00".
    REQUIRE(it.hours.size() == 2);
    CHECK(it.hours[0].opens == "10:00");
    CHECK(it.hours[0].closes.empty());
    // One note per distinct text and dates: the period's and the hours' (given twice, kept once).
    REQUIRE(it.notes.size() == 2);
    CHECK(it.notes[0].text.at("en") == "Except when it rains");
    CHECK(it.notes[0].valid_from == "2026-06-01");
    CHECK(it.notes[0].valid_through == "2026-09-30");
    CHECK(it.notes[1].text.at("fr") == "Dernière entrée 17h");
    CHECK(it.notes[1].valid_through == "2026-12-31");
}

TEST_CASE("images: resources without locator and several resources and a licence map", "[datatourisme][quirks][images]") {
    std::vector<Warning> w;
    ExportItem it;
    REQUIRE(parse(R"({"@id": "x:i", "rdfs:label": {"fr": ["I"]},
        "hasMainRepresentation": {"ebucore:hasAnnotation": {"ebucore:title": {"de": ["Bild"]}, "credits": "Moi",
                                                            "ebucore:isCoveredBy": {"fr": ["Licence ouverte"]}},
                                  "ebucore:hasRelatedResource": [{"ebucore:locator": []},
                                                                 {"ebucore:locator": "a.jpg"},
                                                                 {"ebucore:locator": ["b.jpg", "ignored.jpg"]}]},
        "hasRepresentation": [{"ebucore:hasRelatedResource": [{"ebucore:locator": ["a.jpg"]}]}]})",
                  it, w));
    REQUIRE(it.images.size() == 2);
    CHECK(it.images[0].locator == "a.jpg");
    CHECK(it.images[0].title == "Bild");  // first language when there is no French
    CHECK(it.images[0].credits == "Moi");
    CHECK(it.images[0].licence == "Licence ouverte");
    CHECK(it.images[1].locator == "b.jpg");
}

TEST_CASE("prices: numbers and bad strings and negative or swapped bounds", "[datatourisme][quirks][prices]") {
    std::vector<Warning> w;
    ExportItem it;
    REQUIRE(parse(R"({"@id": "x:o", "rdfs:label": {"fr": ["O"]},
        "offers": {"schema:priceSpecification": [
            {"schema:minPrice": 2.5, "schema:maxPrice": [10], "schema:priceCurrency": "EUR"},
            {"schema:minPrice": ["douze"], "schema:price": "12"},
            {"schema:minPrice": ["9"], "schema:maxPrice": ["4"]},
            {"schema:minPrice": ["-3"]},
            {"schema:priceCurrency": "EUR"}]}})",
                  it, w));
    REQUIRE(it.prices.size() == 3);
    CHECK(it.prices[0].min == 2.5);
    CHECK(it.prices[0].max == 10.0);
    CHECK(it.prices[1].min == 12.0);  // falls back on schema:price after the bad minPrice
    CHECK(has_warning(w, "offers.schema:priceSpecification[1].schema:minPrice[0]", "douze"));
    CHECK(it.prices[2].min == 4.0);
    CHECK(it.prices[2].max == 9.0);
    CHECK(has_warning(w, "schema:priceSpecification[2]", "swapped"));
    CHECK(has_warning(w, "schema:priceSpecification[3]", "negative"));
}

TEST_CASE("oversized text is capped at a UTF-8 boundary", "[datatourisme][quirks]") {
    std::string big;
    while (big.size() < 100 * 1024) big += "é";  // two bytes each, so a blind cut would split one
    big += "x";
    std::string json = R"({"@id": "x:big", "rdfs:label": {"fr": ["Gros"]},
        "hasDescription": [{"dc:description": {"fr": [")" + big + R"("]}}]})";
    std::vector<Warning> w;
    ExportItem it;
    REQUIRE(parse(json, it, w));
    const std::string& d = it.long_desc.at("fr");
    CHECK(d.size() <= 64 * 1024);
    CHECK(d.size() >= 64 * 1024 - 4);
    CHECK(valid_utf8(d));
    CHECK(has_warning(w, "hasDescription[0].dc:description.fr", "truncated"));
}

// ------------------------------------------------------------------------------------------
// Bad inputs

TEST_CASE("bad object files are refused with a warning and never crash", "[datatourisme][bad]") {
    std::vector<Warning> w;
    ExportItem it;
    SECTION("malformed JSON") {
        CHECK_FALSE(parse_fixture("malformed.json", it, w));
        REQUIRE(w.size() == 1);
        CHECK(w[0].file == "bad/malformed.json");
        CHECK(w[0].message.find("malformed JSON") != std::string::npos);
    }
    SECTION("missing @id") {
        CHECK_FALSE(parse_fixture("missing_id.json", it, w));
        CHECK(has_warning(w, "@id", "missing @id"));
    }
    SECTION("missing title") {
        CHECK_FALSE(parse_fixture("missing_title.json", it, w));
        CHECK(has_warning(w, "rdfs:label", "missing title"));
    }
    SECTION("invalid UTF-8") {
        CHECK_FALSE(parse_fixture("invalid_utf8.json", it, w));
        REQUIRE(w.size() == 1);
        CHECK(w[0].message.find("UTF-8") != std::string::npos);
    }
    SECTION("latitude \"abc\": object kept, no position, warning names file and field") {
        REQUIRE(parse_fixture("bad_latitude.json", it, w));
        CHECK_FALSE(it.has_geo);
        CHECK(it.kind == "site");
        REQUIRE(w.size() == 1);
        CHECK(w[0].file == "bad/bad_latitude.json");
        CHECK(w[0].field == "isLocatedAt[0].schema:geo.schema:latitude");
        CHECK(w[0].to_line().find("objects/bad/bad_latitude.json: isLocatedAt[0].schema:geo.schema:latitude:") == 0);
    }
    SECTION("latitude out of range") {
        REQUIRE(parse_fixture("out_of_range.json", it, w));
        CHECK_FALSE(it.has_geo);
        CHECK(has_warning(w, "schema:latitude", "out of range"));
    }
    SECTION("every field of an unexpected JSON type") {
        REQUIRE(parse_fixture("wrong_types.json", it, w));
        INFO(dump(w));
        CHECK(it.identifier == "12345");
        CHECK(it.title.at("fr") == "1\n\nTitre tenace");
        CHECK(it.types == std::vector<std::string>{"PlaceOfInterest"});
        CHECK(it.kind == "site");
        CHECK(it.short_desc.at("fr") == "juste une chaîne");
        CHECK(it.long_desc.at("fr") == "Une chaîne seule.");
        CHECK(it.contacts.empty());
        REQUIRE(it.themes.size() == 1);
        CHECK(it.themes[0].id == "kb:Loose");
        CHECK_FALSE(it.has_geo);
        REQUIRE(it.hours.size() == 1);  // only the Friday survives
        CHECK(it.hours[0].day_of_week == 5);
        CHECK(it.hours[0].opens.empty());
        CHECK(it.images.empty());
        CHECK(it.prices.empty());
        CHECK(it.periods.empty());
        CHECK(it.last_update == "2024-01-01T00:00:00Z");
        CHECK_FALSE(w.empty());
    }
    SECTION("structural oddities") {
        const std::vector<std::string> cases = {"", "null", "[1, 2]", "\"text\"", "{\"@id\": 5}", "{\"@id\": \"\"}",
                                       "{\"@id\": \"x:1\", \"rdfs:label\": {}}",
                                       "{\"@id\": \"x:1\", \"rdfs:label\": {\"fr\": [\"\"]}}",
                                       "{\"@id\": \"x:1\", \"rdfs:label\": {\"fr\": [\"T\"]}} trailing",
                                       std::string(5000, '[') + std::string(5000, ']')};
        for (const std::string& json : cases) {
            INFO(json.substr(0, 60));
            std::vector<Warning> ww;
            ExportItem out;
            out.source_id = "untouched";
            CHECK_FALSE(parse(json, out, ww));
            CHECK(ww.size() == 1);
            CHECK(out.source_id == "untouched");  // a refused object leaves `out` alone
        }
    }
}

TEST_CASE("Warning::to_line", "[datatourisme]") {
    CHECK(Warning{"1/17/x.json", "schema:geo", "bad"}.to_line() == "objects/1/17/x.json: schema:geo: bad");
    CHECK(Warning{"1/17/x.json", "", "gone"}.to_line() == "objects/1/17/x.json: gone");
    CHECK(Warning{"", "", "no index"}.to_line() == "flux: no index");
}

// ------------------------------------------------------------------------------------------
// Classification

TEST_CASE("classify: the kiosk kinds", "[datatourisme][classify]") {
    const LangMap none;
    const std::vector<Category> no_themes;
    auto fr = [](const std::string& t) { return LangMap{{"fr", t}}; };

    SECTION("events, whatever the order of @type") {
        CHECK(classify({"PointOfInterest", "schema:Event"}, no_themes, none) == "event");
        CHECK(classify({"EntertainmentAndEvent"}, no_themes, none) == "event");
        for (const char* c : {"CulturalEvent", "Festival", "Carnival", "Parade", "SaleEvent", "schema:SaleEvent",
                              "SportsEvent", "Market", "Exhibition", "Concert", "ShowEvent", "ChildrensEvent"})
            CHECK(classify({"PointOfInterest", c}, no_themes, none) == "event");
        // An event in a belfry stays an event.
        CHECK(classify({"CulturalEvent", "PointOfInterest"}, no_themes, fr("Concert au beffroi")) == "event");
    }
    SECTION("belfries") {
        CHECK(classify({"Belfry", "PlaceOfInterest"}, no_themes, none) == "belfry");
        CHECK(classify({"PointOfInterest"}, {Category{"kb:Belfry", {}}}, none) == "belfry");
        CHECK(classify({"RemarkableBuilding", "PlaceOfInterest"}, no_themes, fr("Le Beffroi")) == "belfry");
        CHECK(classify({"CulturalSite"}, no_themes, fr("ÉGLISE ET BEFFROI")) == "belfry");
        CHECK(classify({"CulturalSite"}, no_themes, fr("BÉFFROÏ COMMUNAL")) == "belfry");
        // Only the French title counts, and only for places.
        CHECK(classify({"CulturalSite"}, no_themes, LangMap{{"en", "beffroi"}}) == "site");
        CHECK(classify({"PointOfInterest"}, no_themes, fr("Beffroi")) == "");
        CHECK(classify({"FoodEstablishment", "Restaurant", "PlaceOfInterest"}, no_themes, fr("Estaminet du Beffroi")) == "eat");
    }
    SECTION("sites") {
        for (const char* c : {"PlaceOfInterest", "CulturalSite", "schema:Museum", "Museum", "RemarkableBuilding",
                              "NaturalHeritage", "ParkAndGarden", "ReligiousSite", "Castle",
                              "https://www.datatourisme.fr/ontology/core#CulturalSite"})
            CHECK(classify({"PointOfInterest", c}, no_themes, none) == "site");
        CHECK(classify({"PlaceOfInterest", "SportsAndLeisurePlace"}, no_themes, none) == "site");
        // A hotel in a château is a hotel: real exports listed such hotels as sites.
        CHECK(classify({"Accommodation", "HotelTrade", "Castle", "PlaceOfInterest"}, no_themes, none) == "sleep");
    }
    SECTION("the kinds v3 added, from the ontology's classes") {
        for (const char* c : {"Accommodation", "schema:LodgingBusiness", "HotelTrade", "Hotel", "Camping", "Guesthouse"})
            CHECK(classify({"PlaceOfInterest", "PointOfInterest", c}, no_themes, none) == "sleep");
        for (const char* c : {"FoodEstablishment", "Restaurant", "CafeOrTeahouse", "BarOrPub"})
            CHECK(classify({"PlaceOfInterest", "PointOfInterest", c}, no_themes, none) == "eat");
        for (const char* c : {"Tour", "WalkingTour", "CyclingTour", "HorseTour"})
            CHECK(classify({"PointOfInterest", c}, no_themes, none) == "route");
        for (const char* c : {"TouristInformationCenter", "LocalTouristOffice"})
            CHECK(classify({"PlaceOfInterest", "PointOfInterest", c}, no_themes, none) == "office");
        // The most specific class is the one reported.
        auto c = classify_object({"PlaceOfInterest", "Accommodation", "HotelTrade", "Hotel"}, no_themes, none);
        CHECK(c.cls == "Hotel");
        CHECK(c.reason == "accommodation");
    }
    SECTION("not shown on the kiosk") {
        for (const char* c : {"Product", "Store", "ServiceProvider", "BusinessPlace", "ConventionCentre", "Transport",
                              "MedicalPlace"})
            CHECK(classify({"PlaceOfInterest", "PointOfInterest", c}, no_themes, none) == "");
        // Convention centres are not sites even in a remarkable building.
        auto c = classify_object({"PlaceOfInterest", "BusinessPlace", "RemarkableBuilding"}, no_themes, none);
        CHECK(c.kind == "");
        CHECK(c.cls == "BusinessPlace");
        CHECK(c.reason.find("business") != std::string::npos);
        CHECK(classify({"PointOfInterest"}, no_themes, none) == "");
        CHECK(classify({}, no_themes, none) == "");
    }
}

// ------------------------------------------------------------------------------------------
// Sources

TEST_CASE("read_export reports holes and keeps going", "[datatourisme][source]") {
    auto r = import((kFixtures / "flux_partial").string());
    CHECK(r.read == 2);  // the good object and the malformed one
    REQUIRE(r.items.size() == 1);
    CHECK(r.items[0].kind == "site");
    REQUIRE(r.warnings.size() == 3);
    CHECK(r.warnings[0].file == "2/22/30-22222222-0000-3000-8000-000000000022.json");
    CHECK(r.warnings[0].message.find("malformed JSON") != std::string::npos);
    CHECK(r.warnings[1].file == "3/33/30-33333333-0000-3000-8000-000000000023.json");
    CHECK(r.warnings[1].message.find("missing") != std::string::npos);
    CHECK(r.warnings[2].file == "../../index.json");
    CHECK(r.warnings[2].message.find("outside") != std::string::npos);
}

TEST_CASE("directory source: read() stays inside the root", "[datatourisme][source]") {
    auto src = ExportSource::open((kFixtures / "flux2020").string());
    std::string out;
    CHECK(src->read("index.json", out));
    CHECK(out.front() == '[');
    CHECK(src->read("./objects//2/2d/15-2d3e4f50-6a7b-3c8d-9e0f-000000000012.json", out));
    CHECK_FALSE(src->read("objects/nope.json", out));
    CHECK_FALSE(src->read("objects", out));  // a directory is not a file
    CHECK_FALSE(src->read("", out));
    CHECK_FALSE(src->read("/etc/passwd", out));
    CHECK_FALSE(src->read("../data/index.json", out));
    CHECK_FALSE(src->read("objects/../index.json", out));
    CHECK_FALSE(src->read("objects/..\\..\\index.json", out));
}

TEST_CASE("open(): unusable fluxes throw ExportError naming the file", "[datatourisme][source]") {
    TempDir tmp;
    auto message = [](const fs::path& p) {
        try {
            ExportSource::open(p.string());
        } catch (const ExportError& e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    CHECK(message(tmp.path / "absent").find("no such file") != std::string::npos);

    fs::create_directories(tmp.path / "empty" / "objects");
    CHECK(message(tmp.path / "empty").find("index.json") != std::string::npos);

    spit(tmp.path / "notarray" / "index.json", R"({"file": "a.json"})");
    CHECK(message(tmp.path / "notarray").find("index.json: not a JSON array") != std::string::npos);

    spit(tmp.path / "nofile" / "index.json", R"([{"file": "a.json"}, {"label": "sans fichier"}])");
    CHECK(message(tmp.path / "nofile").find("index.json: entry 1 has no \"file\"") != std::string::npos);

    spit(tmp.path / "broken" / "index.json", "[{\"file\": ");
    CHECK(message(tmp.path / "broken").find("index.json: not valid JSON") != std::string::npos);

    spit(tmp.path / "two" / "a" / "index.json", "[]");
    spit(tmp.path / "two" / "b" / "index.json", "[]");
    CHECK(message(tmp.path / "two").find("several") != std::string::npos);

    spit(tmp.path / "nested" / "data" / "index.json", "[]");
    CHECK(ExportSource::open((tmp.path / "nested").string())->index().empty());
}

TEST_CASE("zip source", "[datatourisme][source][zip]") {
    TempDir tmp;

    SECTION("2020 flux under data/ reads like the directory") {
        auto entries = tree(kFixtures / "flux2020" / "data", "data/");
        entries.insert(entries.begin(), {"data/", ""});
        const fs::path zip = tmp.path / "flux.zip";
        write_zip(zip, entries);
        auto src = ExportSource::open(zip.string());
        CHECK(src->describe().find("zip") != std::string::npos);
        REQUIRE(src->index().size() == 2);

        auto from_zip = import(zip.string());
        auto from_dir = import((kFixtures / "flux2020").string());
        // A zip streams in archive order, a directory in index order: compare by identity.
        auto by_id = [](const ExportItem& a, const ExportItem& b) { return a.source_id < b.source_id; };
        std::sort(from_zip.items.begin(), from_zip.items.end(), by_id);
        std::sort(from_dir.items.begin(), from_dir.items.end(), by_id);
        CHECK(from_zip.read == 2);
        CHECK(from_zip.warnings.empty());
        REQUIRE(from_zip.items.size() == from_dir.items.size());
        for (size_t i = 0; i < from_dir.items.size(); ++i) {
            CHECK(from_zip.items[i].source_id == from_dir.items[i].source_id);
            CHECK(from_zip.items[i].long_desc == from_dir.items[i].long_desc);
            CHECK(from_zip.items[i].periods.size() == from_dir.items[i].periods.size());
        }

        std::string out;
        CHECK(src->read("context.jsonld", out));
        CHECK_FALSE(src->read("objects/nope.json", out));
        CHECK_FALSE(src->read("../data/index.json", out));
        CHECK_FALSE(src->read("/data/index.json", out));
        CHECK_FALSE(src->read("objects/../../etc/x", out));
    }
    SECTION("2024 flux at the zip root") {
        const fs::path zip = tmp.path / "flux2024.zip";
        write_zip(zip, tree(kFixtures / "flux2024", ""));
        auto r = import(zip.string());
        CHECK(r.read == 4);
        CHECK(r.items.size() == 4);
        CHECK(r.by_title("Fête des Lanternes").periods.size() == 5);
    }
    SECTION("an entry escaping the root refuses the whole zip") {
        for (const std::string evil : {"../../etc/x", "/etc/x", "data/../../x", "..\\..\\x"}) {
            INFO(evil);
            auto entries = tree(kFixtures / "flux2020" / "data", "data/");
            entries.emplace_back(evil, "pwned");
            const fs::path zip = tmp.path / "evil.zip";
            write_zip(zip, entries);
            std::string what;
            try {
                ExportSource::open(zip.string());
            } catch (const ExportError& e) {
                what = e.what();
            }
            // libarchive reports Windows separators as '/'.
            std::string shown = evil;
            std::replace(shown.begin(), shown.end(), '\\', '/');
            CHECK(what.find(shown) != std::string::npos);
            CHECK(what.find("escapes") != std::string::npos);
            CHECK_FALSE(fs::exists(tmp.path / "x"));
            fs::remove(zip);
        }
    }
    SECTION("unusable zips") {
        auto message = [](const fs::path& p) {
            try {
                ExportSource::open(p.string());
            } catch (const ExportError& e) {
                return std::string(e.what());
            }
            return std::string("no error");
        };
        spit(tmp.path / "text.zip", "this is not a zip archive at all");
        CHECK(message(tmp.path / "text.zip").find("text.zip") != std::string::npos);

        spit(tmp.path / "empty.zip", "");
        CHECK(message(tmp.path / "empty.zip").find("empty.zip") != std::string::npos);

        write_zip(tmp.path / "noindex.zip", {{"objects/a.json", "{}"}});
        CHECK(message(tmp.path / "noindex.zip").find("no index.json") != std::string::npos);

        write_zip(tmp.path / "obj.zip", {{"data/index.json", "{}"}});
        CHECK(message(tmp.path / "obj.zip").find("data/index.json: not a JSON array") != std::string::npos);

        write_zip(tmp.path / "nofile.zip", {{"index.json", R"([{"label": "x"}])"}});
        CHECK(message(tmp.path / "nofile.zip").find("has no \"file\"") != std::string::npos);

        // A truncated archive: the central directory is gone.
        const std::string full = [&] {
            write_zip(tmp.path / "full.zip", tree(kFixtures / "flux2024", ""));
            return slurp(tmp.path / "full.zip");
        }();
        spit(tmp.path / "cut.zip", full.substr(0, full.size() / 3));
        std::string cut_msg = message(tmp.path / "cut.zip");
        if (cut_msg == "no error") {
            // The streaming reader may still see index.json; reading on must not crash.
            std::vector<Warning> w;
            auto src = ExportSource::open((tmp.path / "cut.zip").string());
            read_export(*src, [](ExportItem&&) {}, w);
        } else {
            CHECK(cut_msg.find("cut.zip") != std::string::npos);
        }
    }
}

TEST_CASE("zip read in one pass, index.json last, gives the directory's pack byte for byte", "[datatourisme][source][zip][pack]") {
    TempDir tmp;
    auto entries = tree(kFixtures / "flux2024", "");
    // Objects first, index.json last, and the object order shuffled against the index.
    std::stable_partition(entries.begin(), entries.end(), [](const auto& e) { return e.first != "index.json"; });
    std::reverse(entries.begin(), entries.end() - 1);
    REQUIRE(entries.back().first == "index.json");
    const fs::path zip = tmp.path / "last.zip";
    write_zip(zip, entries);

    auto src = ExportSource::open(zip.string());
    REQUIRE(src->index().size() == 4);
    // Streaming hands out each listed object exactly once, in archive order.
    std::vector<std::string> seen;
    src->for_each_object([](const IndexEntry&) { return true; },
                         [&](const IndexEntry& e, const std::string& json) {
                             CHECK(json.front() == '{');
                             seen.push_back(e.file);
                         },
                         [](const IndexEntry& e, bool) { FAIL("missing " << e.file); });
    CHECK(seen.size() == 4);
    CHECK(seen != [&] {
        std::vector<std::string> in_index;
        for (const auto& e : src->index()) in_index.push_back(e.file);
        return in_index;
    }());
    // want() = false skips an entry without reading it.
    size_t read = 0;
    src->for_each_object([](const IndexEntry& e) { return e.file.find("/0f/") != std::string::npos; },
                         [&](const IndexEntry&, const std::string&) { ++read; }, [](const IndexEntry&, bool) {});
    CHECK(read == 1);

    BuildOptions opt;
    build_pack(*src, (tmp.path / "zip.pack").string(), opt);
    auto dir = ExportSource::open((kFixtures / "flux2024").string());
    build_pack(*dir, (tmp.path / "dir.pack").string(), opt);
    CHECK(slurp(tmp.path / "zip.pack") == slurp(tmp.path / "dir.pack"));

    // An object listed in the index but absent from the zip is reported once, by name.
    entries.erase(std::find_if(entries.begin(), entries.end(),
                               [](const auto& e) { return e.first.find("/0f/") != std::string::npos; }));
    write_zip(tmp.path / "hole.zip", entries);
    auto holed = ExportSource::open((tmp.path / "hole.zip").string());
    auto rep = build_pack(*holed, (tmp.path / "hole.pack").string(), opt);
    CHECK(rep.objects_missing == 1);
    std::vector<Warning> missing;
    for (const auto& w : rep.warnings)
        if (w.message.find("missing from zip") != std::string::npos) missing.push_back(w);
    REQUIRE(missing.size() == 1);
    CHECK(missing[0].file.find("/0f/") != std::string::npos);
}

// ------------------------------------------------------------------------------------------
// Real data

TEST_CASE("real 2024 sample flux when present", "[datatourisme][real]") {
    if (!fs::exists(kRealSample)) {
        WARN("real sample not found at " << kRealSample << "; skipped");
        return;
    }
    auto r = import(kRealSample.string());
    INFO(dump(r.warnings));
    CHECK(r.read == 5);
    REQUIRE(r.items.size() == 5);
    CHECK(r.warnings.empty());
    std::map<std::string, int> kinds;
    for (const auto& it : r.items) {
        ++kinds[it.kind];
        CHECK(it.has_geo);
        CHECK_FALSE(it.title.empty());
        CHECK_FALSE(it.town.empty());
        CHECK(it.source_id.rfind("https://data.datatourisme.fr/", 0) == 0);
        CHECK(std::is_sorted(it.periods.begin(), it.periods.end(), [](const Period& a, const Period& b) {
            return std::tie(a.start_date, a.start_time) < std::tie(b.start_date, b.start_time);
        }));
        for (const auto& h : it.hours) {
            CHECK(h.day_of_week >= 1);
            CHECK(h.day_of_week <= 7);
            CHECK(h.opens.size() == 5);
            CHECK(h.valid_from.size() == 10);
        }
        if (it.kind == "event") CHECK_FALSE(it.periods.empty());
    }
    CHECK(kinds["event"] == 3);
    CHECK(kinds["site"] == 2);
}

TEST_CASE("visitor texts are cleaned at import and the repairs counted", "[datatourisme][clean_text]") {
    std::vector<Warning> w;
    ExportItem it;
    REQUIRE(parse(R"({"@id": "x:t", "rdfs:label": {"fr": ["Mus&eacute;e de l&#39;Ã©cole"]},
        "hasDescription": [{"shortDescription": {"fr": ["<p>Visite <b>libre</b>.<br>Dernière entrée 17h.</p>"]}}]})",
                  it, w));
    CHECK(it.title.at("fr") == "Musée de l'école");
    CHECK(it.short_desc.at("fr") == "Visite libre.\nDernière entrée 17h.");
    CHECK(it.text_repairs.entities == 1);
    CHECK(it.text_repairs.mojibake == 1);
    CHECK(it.text_repairs.html == 1);
}

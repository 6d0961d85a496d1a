// Practical information (issue 13, part 4): the importer reads each field of the export (and
// drops a malformed one with a warning, keeping the item), the pack carries it, the reader
// gives it back, and the wheelchair filter keeps exactly the items whose card says so.
#include <catch2/catch.hpp>

#include <algorithm>
#include <stdexcept>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <tuple>
#include <string>
#include <vector>

#include <sqlite3.h>

#include "core/pack_reader.h"
#include "core/practical.h"
#include "core/search.h"
#include "publish/export_model.h"
#include "publish_util.h"

using namespace kiosk;
using namespace kiosk::publish;
namespace fs = std::filesystem;

namespace {

bool parse(const std::string& json, ExportItem& out, std::vector<Warning>& w) {
    return parse_object("p/pp/practical.json", json, out, w);
}

bool warned(const std::vector<Warning>& w, const std::string& field_part, const std::string& msg_part = "") {
    return std::any_of(w.begin(), w.end(), [&](const Warning& x) {
        return x.file == "p/pp/practical.json" && x.field.find(field_part) != std::string::npos &&
               x.message.find(msg_part) != std::string::npos;
    });
}

// A 2024-shaped object with every practical field, as the real feed writes them.
const char* kFull = R"({
  "@id": "https://data.datatourisme.fr/62/practical-1",
  "@type": ["CulturalSite", "Museum", "schema:Museum", "Castle", "PlaceOfInterest", "PointOfInterest"],
  "rdfs:label": {"fr": ["Château-musée"], "en": ["Castle museum"]},
  "reducedMobilityAccess": true,
  "availableLanguage": ["en", "sp", "Allemand", "Anglais"],
  "hasBookingContact": [{"@type": ["foaf:Agent", "Agent"], "foaf:homepage": ["https://billetterie.example/"],
                         "schema:telephone": ["+33 3 21 00 00 01"]}],
  "hasContact": [{"schema:telephone": ["+33 3 21 00 00 00"], "foaf:homepage": ["https://musee.example/"]}],
  "hasFeature": [
    {"@type": ["schema:PropertyValue", "FeatureSpecification"],
     "features": [{"@id": "kb:Shop", "@type": ["CommonAmenity"], "rdfs:label": {"fr": ["Boutique"], "en": ["Shop"]}}]},
    {"@type": ["schema:PropertyValue", "FeatureSpecification"],
     "features": [{"@id": "kb:Wifi", "@type": ["CommonAmenity"], "rdfs:label": {"fr": ["Wifi, accès internet"]}},
                  {"@id": "kb:Shop", "rdfs:label": {"de": ["Laden"]}}]}],
  "hasReview": [
    {"@type": ["Review"], "hasReviewValue": {"@id": "kb:LabelRating_TourismeHandicapPictogrammeAuditif",
      "@type": ["LabelRating"], "rdfs:label": {"fr": ["Tourisme & Handicap auditif"],
                                              "en": ["Tourisme & Handicap - hearing disability"]}}},
    {"@type": ["Review"], "hasReviewValue": {"@id": "kb:LabelRating_MonumentHistorique",
      "rdfs:label": {"fr": ["Monument Historique"]}}}],
  "isLocatedAt": [{"@type": ["schema:Place"], "petsAllowed": false}],
  "offers": [{"schema:acceptedPaymentMethod": [
      {"@id": "kb:Cash", "@type": ["schema:PaymentMethod"], "rdfs:label": {"fr": ["Espèce"], "en": ["Cash"]}},
      {"@id": "kb:Visa", "rdfs:label": {"fr": ["Visa"]}}]}],
  "hasAudience": [{"@id": "kb:Families", "rdfs:label": {"fr": ["Familles"], "en": ["Families"]}}],
  "hasClientTarget": [{"@id": "kb:Groups", "rdfs:label": {"fr": ["Groupes"]}}]
})";

}  // namespace

TEST_CASE("practical: every field of a full object", "[practical][import]") {
    std::vector<Warning> w;
    ExportItem it;
    REQUIRE(parse(kFull, it, w));
    const Practical& p = it.practical;
    REQUIRE(p.wheelchair.has_value());
    CHECK(*p.wheelchair);
    REQUIRE(p.pets.has_value());
    CHECK_FALSE(*p.pets);
    // "sp" is the feed's code for Spanish; French names count; "Anglais" repeats "en".
    CHECK(p.languages == std::vector<std::string>{"en", "es", "de"});
    REQUIRE(p.amenities.size() == 2);  // kb:Shop listed twice: one value, labels merged
    CHECK(p.amenities[0].id == "kb:Shop");
    CHECK(p.amenities[0].label.at("en") == "Shop");
    CHECK(p.amenities[0].label.at("de") == "Laden");
    CHECK(p.amenities[1].id == "kb:Wifi");
    REQUIRE(p.labels.size() == 2);
    CHECK(p.labels[0].id == "kb:LabelRating_TourismeHandicapPictogrammeAuditif");
    CHECK(p.labels[0].label.at("en") == "Tourisme & Handicap - hearing disability");
    REQUIRE(p.payment.size() == 2);
    CHECK(p.payment[0].label.at("fr") == "Espèce");
    REQUIRE(p.audience.size() == 2);
    CHECK(p.audience[0].id == "kb:Families");
    CHECK(p.audience[1].id == "kb:Groups");
    REQUIRE(p.booking.size() == 2);
    CHECK(p.booking[0].type == "phone");
    CHECK(p.booking[1].type == "web");
    CHECK(p.booking[1].value == "https://billetterie.example/");
    CHECK(it.contacts.size() == 2);  // hasContact is read as before, apart from booking
    // @type classes become categories with our own labels; generic ones do not.
    REQUIRE(it.type_categories.size() == 2);
    CHECK(it.type_categories[0].id == "Museum");
    CHECK(it.type_categories[0].label.at("nl") == "Museum");
    CHECK(it.type_categories[1].id == "Castle");
    CHECK(it.type_categories[1].label.at("fr") == "Château");
    CHECK(w.empty());
}

TEST_CASE("practical: absent fields stay unknown, never 'no'", "[practical][import]") {
    std::vector<Warning> w;
    ExportItem it;
    REQUIRE(parse(R"({"@id": "x:bare", "rdfs:label": {"fr": ["Nu"]}, "@type": ["PlaceOfInterest"]})", it, w));
    CHECK_FALSE(it.practical.wheelchair.has_value());
    CHECK_FALSE(it.practical.pets.has_value());
    CHECK(it.practical.empty());
    CHECK(it.type_categories.empty());
    CHECK(w.empty());
}

TEST_CASE("practical: malformed fields are dropped with a warning, the item stays", "[practical][import][bad]") {
    std::vector<Warning> w;
    ExportItem it;
    REQUIRE(parse(R"({"@id": "x:bad", "rdfs:label": {"fr": ["Mal formé"]},
        "reducedMobilityAccess": "perhaps",
        "availableLanguage": ["en", "klingon", 42, {"@id": "kb:German"}],
        "hasFeature": [{"features": [{"rdfs:label": {"fr": ["Sans id"]}}, 7, {"@id": "kb:Parking"}]}, "oops"],
        "hasReview": [{"@type": ["Review"]}, {"hasReviewValue": {"@id": "kb:LabelRating_TourismeHandicapPictogrammeMoteur"}}],
        "isLocatedAt": [{"petsAllowed": true}, {"petsAllowed": false}],
        "offers": [{"schema:acceptedPaymentMethod": [true]}],
        "hasBookingContact": "not an agent",
        "hasAudience": [{"rdfs:label": {"fr": ["Sans id"]}}]})",
                  it, w));
    const Practical& p = it.practical;
    CHECK_FALSE(p.wheelchair.has_value());
    CHECK(warned(w, "reducedMobilityAccess", "perhaps"));
    CHECK(p.languages == std::vector<std::string>{"en", "de"});  // kb:German named by its id
    CHECK(warned(w, "availableLanguage[1]", "klingon"));
    CHECK(warned(w, "availableLanguage[2]", "expected a language"));  // a number is not one
    REQUIRE(p.amenities.size() == 1);
    CHECK(p.amenities[0].id == "kb:Parking");
    CHECK(warned(w, "hasFeature[0].features[0]", "without @id"));
    CHECK(warned(w, "hasFeature[0].features[1]", "thesaurus value"));
    CHECK(warned(w, "hasFeature[1]", "expected an object"));
    REQUIRE(p.labels.size() == 1);
    CHECK(warned(w, "hasReview[0]", "without hasReviewValue"));
    CHECK_FALSE(p.pets.has_value());
    CHECK(warned(w, "isLocatedAt", "disagree"));
    CHECK(p.payment.empty());
    CHECK(warned(w, "offers[0].schema:acceptedPaymentMethod[0]"));
    CHECK(p.booking.empty());
    CHECK(warned(w, "hasBookingContact"));
    CHECK(p.audience.empty());
    CHECK(warned(w, "hasAudience[0]", "without @id"));
}

TEST_CASE("practical: yes/no in the shapes producers write", "[practical][import]") {
    for (auto [json, want] : std::vector<std::pair<std::string, bool>>{
             {"true", true}, {"false", false}, {"\"true\"", true}, {"\"False\"", false}, {"[true]", true}}) {
        std::vector<Warning> w;
        ExportItem it;
        REQUIRE(parse(R"({"@id": "x:b", "rdfs:label": {"fr": ["B"]}, "reducedMobilityAccess": )" + json + "}", it, w));
        INFO(json);
        REQUIRE(it.practical.wheelchair.has_value());
        CHECK(*it.practical.wheelchair == want);
        CHECK(w.empty());
    }
    std::vector<Warning> w;
    ExportItem it;
    REQUIRE(parse(R"({"@id": "x:b", "rdfs:label": {"fr": ["B"]}, "reducedMobilityAccess": [true, false]})", it, w));
    CHECK_FALSE(it.practical.wheelchair.has_value());
    CHECK(warned(w, "reducedMobilityAccess", "several values"));
}

TEST_CASE("practical: language codes and names", "[practical][import]") {
    CHECK(language_code("sp") == "es");
    CHECK(language_code("Espagnol") == "es");
    CHECK(language_code(" Néerlandais ") == "nl");
    CHECK(language_code("EN") == "en");
    CHECK(language_code("deu") == "de");
    CHECK(language_code("Langue des signes française") == "lsf");
    CHECK(language_code("xx").empty());
    CHECK(language_code("").empty());
}

TEST_CASE("practical: wheelchair access as the card and the filter read it", "[practical][core]") {
    using F = std::vector<FactRow>;
    CHECK(wheelchair_access(F{}) == Access::Unknown);
    CHECK(wheelchair_access(F{{"wheelchair", "yes", "", ""}}) == Access::Yes);
    CHECK(wheelchair_access(F{{"wheelchair", "no", "", ""}}) == Access::No);
    // The motor label is a certification: it outweighs a false flag.
    CHECK(wheelchair_access(F{{"label", "kb:LabelRating_TourismeHandicapPictogrammeMoteur", "", ""},
                              {"wheelchair", "no", "", ""}}) == Access::Yes);
    // Other Tourisme & Handicap labels say nothing about wheelchairs.
    CHECK(wheelchair_access(F{{"label", "kb:LabelRating_TourismeHandicapPictogrammeAuditif", "", ""}}) == Access::Unknown);
    CHECK(tourisme_handicap("https://www.datatourisme.fr/resource/core#LabelRating_TourismeHandicapPictogrammeVisuel") ==
          Disability::Visual);
    CHECK(tourisme_handicap("kb:LabelRating_TourismeHandicapPictogrammeMental") == Disability::Mental);
    CHECK_FALSE(tourisme_handicap("kb:LabelRating_MonumentHistorique").has_value());
}

TEST_CASE("practical: a pack carries the facts and the reader gives them back", "[practical][pack]") {
    testutil::TempDir tmp;
    const fs::path flux = tmp.path / "flux";
    // Four sites: stated accessible, stated not accessible, motor label only, nothing said.
    auto object = [](const std::string& id, const std::string& title, const std::string& extra) {
        return R"({"@id": "https://data.datatourisme.fr/62/)" + id + R"(", "@type": ["CulturalSite", "Museum", "PlaceOfInterest"],
          "rdfs:label": {"fr": [")" + title + R"("]}, "lastUpdateDatatourisme": "2026-10-01T00:00:00Z")" + extra + "}";
    };
    const std::vector<std::tuple<std::string, std::string, std::string>> objects = {
        {"b", "Escaliers", R"(, "reducedMobilityAccess": false, "isLocatedAt": [{"petsAllowed": true}])"},
        {"c", "Labellisé", R"(, "hasReview": [{"hasReviewValue": {"@id": "kb:LabelRating_TourismeHandicapPictogrammeMoteur"}}])"},
        {"d", "Muet", ""},
    };
    testutil::write_file(flux / "objects" / "a.json", kFull);  // "Château-musée": every field stated
    std::string index = R"([{"label": "A", "lastUpdateDatatourisme": "2026-10-01T00:00:00Z", "file": "a.json"})";
    for (const auto& [oid, title, extra] : objects) {
        testutil::write_file(flux / "objects" / (oid + ".json"), object(oid, title, extra));
        index += R"(,{"label": ")" + title + R"(", "lastUpdateDatatourisme": "2026-10-01T00:00:00Z", "file": ")" + oid +
                 R"(.json"})";
    }
    testutil::write_file(flux / "index.json", index + "]");
    const fs::path out = tmp.path / "p.pack";
    auto rep = testutil::build_pack(flux, out);
    INFO([&] { std::string s; for (auto& x : rep.warnings) s += x.to_line() + "\n"; return s; }());
    CHECK(rep.warnings.empty());
    REQUIRE(rep.items_kept == 4);

    auto pack = Pack::open(out.string());
    REQUIRE(pack->schema_version() >= 3);  // the facts came with v3
    const DateTime today{Date{2026, 11, 21}, 11 * 60};
    std::map<std::string, std::int64_t> id;
    for (const Card& c : pack->cards("site", "fr", today)) id[c.title.value] = c.id;
    REQUIRE(id.size() == 4);

    const ItemDetail a = pack->item(id["Château-musée"], "en", today);
    auto has = [](const ItemDetail& d, const std::string& key, const std::string& value) {
        return std::any_of(d.facts.begin(), d.facts.end(), [&](const FactRow& f) { return f.key == key && f.value == value; });
    };
    CHECK(has(a, "wheelchair", "yes"));
    CHECK(has(a, "pets", "no"));
    CHECK(has(a, "language", "es"));
    CHECK(has(a, "amenity", "kb:Shop"));
    CHECK(has(a, "payment", "kb:Visa"));
    CHECK(has(a, "audience", "kb:Groups"));
    CHECK(has(a, "booking_web", "https://billetterie.example/"));
    CHECK(has(a, "booking_phone", "+33 3 21 00 00 01"));
    for (const FactRow& f : a.facts) {
        if (f.value == "kb:Cash") CHECK((f.label == "Cash" && f.label_lang == "en"));
        if (f.value == "kb:Visa") CHECK((f.label == "Visa" && f.label_lang == "fr"));  // the export's only label
        if (f.key == "language") CHECK(f.label.empty());
    }
    REQUIRE(a.categories.size() == 2);  // Castle and Museum, sorted by label in English
    CHECK(a.categories[0].id == "Castle");
    CHECK(a.categories[0].label.value == "Castle");
    CHECK(a.categories[1].label.value == "Museum");
    CHECK(wheelchair_access(a.facts) == Access::Yes);

    const ItemDetail b = pack->item(id["Escaliers"], "fr", today);
    CHECK(wheelchair_access(b.facts) == Access::No);
    CHECK(has(b, "pets", "yes"));
    CHECK(wheelchair_access(pack->item(id["Labellisé"], "fr", today).facts) == Access::Yes);
    const ItemDetail d = pack->item(id["Muet"], "fr", today);
    CHECK(d.facts.empty());
    CHECK(wheelchair_access(d.facts) == Access::Unknown);

    // The filter keeps exactly the items whose card says "accessible".
    CHECK(pack->wheelchair_items("site") == std::set<std::int64_t>{id["Château-musée"], id["Labellisé"]});
    CHECK(pack->wheelchair_items("event").empty());

    // Categories of the kind, each with its items (the list's chips and filter).
    auto cats = pack->categories_of_kind("site", "de");
    REQUIRE(cats.size() == 2);
    CHECK(cats[0].label.value == "Museum");
    CHECK(cats[0].items.size() == 4);
    CHECK(cats[1].label.value == "Schloss");
    CHECK(cats[1].items == std::vector<std::int64_t>{id["Château-musée"]});

    // Category labels are searchable in every language the pack has them in.
    SearchIndex search(*pack);
    CHECK(search.query("musee", "en").size() == 4);  // one by its title, all by the category "Musée"
    auto found = search.query("schloss", "fr");
    REQUIRE(found.size() == 1);
    CHECK(found[0].item_id == id["Château-musée"]);
}

TEST_CASE("practical: an incremental rebuild keeps the facts of reused objects", "[practical][pack][incremental]") {
    testutil::TempDir tmp;
    const fs::path flux = tmp.path / "flux";
    testutil::write_file(flux / "objects" / "a.json",
                         R"({"@id": "https://data.datatourisme.fr/62/a", "@type": ["Museum", "PlaceOfInterest"],
                             "rdfs:label": {"fr": ["A"]}, "reducedMobilityAccess": true,
                             "hasFeature": [{"features": [{"@id": "kb:Shop", "rdfs:label": {"fr": ["Boutique"]}}]}]})");
    testutil::write_file(flux / "index.json",
                         R"([{"label": "A", "lastUpdateDatatourisme": "2026-10-01T00:00:00Z", "file": "a.json"}])");
    const fs::path first = tmp.path / "1.pack", second = tmp.path / "2.pack";
    testutil::build_pack(flux, first);
    auto src = ExportSource::open(flux.string());
    BuildOptions opt;
    opt.build_time = "2026-11-01T00:00:00Z";
    opt.previous = first.string();
    auto rep = build_pack(*src, second.string(), opt);
    CHECK(rep.objects_reused == 1);
    CHECK(testutil::pack_rows(first) == testutil::pack_rows(second));
}

TEST_CASE("practical: a class and a theme with the same words make one category on the card", "[practical][pack]") {
    testutil::TempDir tmp;
    const fs::path flux = tmp.path / "flux";
    testutil::write_file(flux / "objects" / "a.json",
                         R"({"@id": "https://data.datatourisme.fr/59/a", "@type": ["CulturalSite", "DefenceSite", "Citadel"],
                             "rdfs:label": {"fr": ["Citadelle"]},
                             "hasTheme": [{"@id": "kb:Fortifications", "rdfs:label": {"fr": ["Fortifications"], "en": ["Fortifications"]}}]})");
    testutil::write_file(flux / "index.json",
                         R"([{"label": "A", "lastUpdateDatatourisme": "2026-10-01T00:00:00Z", "file": "a.json"}])");
    const fs::path out = tmp.path / "p.pack";
    testutil::build_pack(flux, out);
    auto pack = Pack::open(out.string());
    const ItemDetail d = pack->item(testutil::item_id_of(out, "https://data.datatourisme.fr/59/a"), "en",
                                    DateTime{Date{2026, 11, 21}, 11 * 60});
    REQUIRE(d.categories.size() == 2);
    CHECK(d.categories[0].label.value == "Citadel");
    CHECK(d.categories[1].label.value == "Fortifications");
    // The pack keeps both: each is its own filter (categories_of_kind), only the card merges.
    CHECK(pack->categories_of_kind("site", "en").size() == 3);
}

TEST_CASE("practical: the real 2024 sample flux when present", "[practical][real]") {
#ifdef KIOSK_SAMPLES_DIR
    const fs::path sample = fs::path(KIOSK_SAMPLES_DIR) / "datatourisme" / "flux-2024-5pois";
#else
    const fs::path sample = "/work/shared/samples/datatourisme/flux-2024-5pois";
#endif
    if (!fs::exists(sample / "index.json")) {
        WARN("real sample not present; skipped");
        return;
    }
    auto src = ExportSource::open(sample.string());
    std::vector<Warning> w;
    std::vector<ExportItem> items;
    read_export(*src, [&](ExportItem&& it) { items.push_back(std::move(it)); }, w);
    for (const Warning& x : w) {
        INFO(x.to_line());
        CHECK(x.field.find("availableLanguage") == std::string::npos);  // "Anglais", "Espagnol" are understood
    }
    auto by_id = [&](const std::string& tail) -> const ExportItem& {
        for (const ExportItem& it : items)
            if (it.source_id.size() >= tail.size() && it.source_id.compare(it.source_id.size() - tail.size(), tail.size(), tail) == 0)
                return it;
        FAIL("no object " << tail);
        throw std::logic_error("unreachable");
    };
    const Practical& carcassonne = by_id("42ea9b5e-3fbf-3f57-8e31-0bc91ae4c0ec").practical;
    REQUIRE(carcassonne.pets.has_value());
    CHECK_FALSE(*carcassonne.pets);
    CHECK_FALSE(carcassonne.wheelchair.has_value());  // the export does not say
    int pictograms = 0;
    for (const Category& l : carcassonne.labels) pictograms += tourisme_handicap(l.id).has_value();
    CHECK(pictograms == 2);  // hearing and mental
    CHECK(carcassonne.payment.size() >= 5);
    const Practical& halle = by_id("ca746a35-db9a-3b3b-ae1c-d42aec8dbc6a").practical;
    CHECK(halle.languages == std::vector<std::string>{"en", "es"});
    REQUIRE(halle.booking.size() == 1);
    CHECK(halle.booking[0].type == "web");
}

TEST_CASE("practical: a previous pack of format v2 is not reused (its rows lack the facts)", "[practical][pack][incremental]") {
    testutil::TempDir tmp;
    std::ifstream in(std::string(KIOSK_TEST_FIXTURES) + "/packs/pack_v2.sql");
    REQUIRE(in);
    const std::string sql((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const fs::path old = tmp.path / "v2.pack";
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(old.c_str(), &db) == SQLITE_OK);
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);

    const fs::path flux = tmp.path / "flux";
    testutil::write_file(flux / "objects" / "a.json",
                         R"({"@id": "https://data.datatourisme.fr/62/a", "@type": ["Museum"], "rdfs:label": {"fr": ["A"]},
                             "reducedMobilityAccess": true})");
    testutil::write_file(flux / "index.json",
                         R"([{"label": "A", "lastUpdateDatatourisme": "2026-10-01T00:00:00Z", "file": "a.json"}])");
    auto src = ExportSource::open(flux.string());
    BuildOptions opt;
    opt.previous = old.string();
    const fs::path out = tmp.path / "new.pack";
    auto rep = build_pack(*src, out.string(), opt);
    CHECK_FALSE(rep.incremental);
    CHECK(std::any_of(rep.warnings.begin(), rep.warnings.end(),
                      [](const Warning& x) { return x.message.find("format v2") != std::string::npos; }));
    CHECK(Pack::open(out.string())->wheelchair_items("site").size() == 1);
}

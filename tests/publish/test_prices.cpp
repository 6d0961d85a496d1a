// Prices as written (issue 13): the importer keeps each price line's label, conditions, text
// and free entry; the pack stores them (format v3) and the reader gives them back, so that
// core/prices.h can write what the export said.
#include <catch2/catch.hpp>

#include "core/i18n.h"
#include "core/pack_reader.h"
#include "core/prices.h"
#include "publish/export_model.h"
#include "publish/pack_writer.h"

#include <atomic>
#include <filesystem>
#include <string>
#include <vector>

#include <unistd.h>

using namespace kiosk::publish;
namespace fs = std::filesystem;

namespace {

const fs::path kFlux = fs::path(KIOSK_TEST_FIXTURES) / "datatourisme" / "flux_prices";
const std::string kNbsp = "\xC2\xA0";
// French puts a narrow no-break space before a colon (label.value in assets/i18n/fr.txt).
const std::string kColonFr = "\xE2\x80\xAF: ";

bool parse(const std::string& json, ExportItem& it, std::vector<Warning>& w) {
    return parse_object("objects/x.json", json, it, w);
}

// One object with one offer holding the given priceSpecification array.
ExportItem parse_specs(const std::string& specs, std::vector<Warning>& w) {
    ExportItem it;
    REQUIRE(parse(R"({"@id": "x:p", "rdfs:label": {"fr": ["P"]}, "offers": [{"schema:priceSpecification": )" + specs +
                      "}]}",
                  it, w));
    return it;
}

bool has_warning(const std::vector<Warning>& w, const std::string& field_part, const std::string& msg_part) {
    for (const Warning& x : w)
        if (x.field.find(field_part) != std::string::npos && x.message.find(msg_part) != std::string::npos) return true;
    return false;
}

std::map<std::string, ExportItem> import_flux() {
    auto src = ExportSource::open(kFlux.string());
    std::vector<Warning> w;
    std::map<std::string, ExportItem> out;
    read_export(*src, [&](ExportItem&& it) { out[it.title.at("fr")] = std::move(it); }, w);
    return out;
}

struct TempDir {
    fs::path path;
    TempDir() {
        static std::atomic<int> n{0};
        path = fs::temp_directory_path() / ("kiosk_prices_" + std::to_string(::getpid()) + "_" + std::to_string(n++));
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~TempDir() { fs::remove_all(path); }
};

}  // namespace

TEST_CASE("importer: a price line keeps its label and conditions per language", "[prices][import]") {
    auto all = import_flux();
    const ExportItem& m = all.at("Musée des tarifs");
    REQUIRE(m.prices.size() == 7);
    const Price& reduced = m.prices[1];
    CHECK(reduced.policy == "kb:ReducedRate");
    CHECK(reduced.label.at("fr") == "Tarif réduit");
    CHECK(reduced.label.at("de") == "Ermäßigter Tarif");
    CHECK(reduced.conditions.at("fr") == "Étudiants, demandeurs d'emploi");
    CHECK(reduced.conditions.at("en") == "Students, jobseekers");
    CHECK(reduced.min == 1.5);
    CHECK(reduced.max == -1);
    CHECK_FALSE(reduced.free);
    // The pricing mode is a condition too, in each language it has.
    CHECK(m.prices[0].conditions.at("fr") == "Par personne");
    CHECK(m.prices[0].conditions.at("en") == "Per person");
}

TEST_CASE("importer: conditions from several parts keep whole languages", "[prices][import]") {
    std::vector<Warning> w;
    auto it = parse_specs(R"([{"schema:minPrice": ["5"],
        "hasEligibleAudience": [{"@id": "kb:Students", "rdfs:label": {"fr": ["Étudiants"], "en": ["Students"]}}],
        "hasPricingSeason": [{"@id": "kb:HighSeason", "rdfs:label": {"fr": ["Haute saison"], "en": ["High season"]}}],
        "additionalInformation": {"fr": ["Sur justificatif"]}}])",
                          w);
    REQUIRE(it.prices.size() == 1);
    // French has every part; English lacks the free text, so it is not offered half-translated
    // (the kiosk falls back to the French line, and says so).
    CHECK(it.prices[0].conditions.at("fr") == "Étudiants · Haute saison · Sur justificatif");
    CHECK(it.prices[0].conditions.count("en") == 0);
}

TEST_CASE("importer: a price given only as text is kept as text", "[prices][import]") {
    auto all = import_flux();
    const ExportItem& t = all.at("Musée à participation libre");
    REQUIRE(t.prices.size() == 2);
    CHECK(t.prices[0].min == -1);
    CHECK(t.prices[0].max == -1);
    CHECK_FALSE(t.prices[0].free);
    CHECK(t.prices[0].conditions.at("fr") == "Participation libre");
    CHECK(t.prices[0].conditions.at("en") == "Pay what you wish");
    // The Offer's own text becomes a line of its own.
    CHECK(t.prices[1].conditions.at("fr") == "Tarifs des ateliers sur demande à l'accueil.");
    CHECK(t.prices[1].label.empty());
}

TEST_CASE("importer: free entry by a free policy and by an amount of 0", "[prices][import]") {
    auto all = import_flux();
    const ExportItem& f = all.at("Musée gratuit");
    REQUIRE(f.prices.size() == 1);
    CHECK(f.prices[0].free);
    CHECK(f.prices[0].policy == "kb:Free");
    CHECK(f.prices[0].max == -1);

    const ExportItem& m = all.at("Musée des tarifs");
    const Price& child = m.prices[2];
    CHECK(child.free);
    CHECK(child.policy == "kb:ChildRate");
    CHECK(child.label.at("en") == "Child rate");
    CHECK(child.conditions.at("fr") == "Moins de 12 ans");
    // 0 to 12 is a range from free, not free.
    CHECK_FALSE(m.prices[4].free);
    CHECK(m.prices[4].min == 0);
    CHECK(m.prices[4].max == 12);

    std::vector<Warning> w;
    auto it = parse_specs(R"([{"schema:minPrice": "0", "schema:maxPrice": "0"},
                              {"hasEligiblePolicy": {"@id": "https://www.datatourisme.fr/resource/core#FreeAccess"}},
                              {"schema:minPrice": ["4"], "hasEligiblePolicy": [{"@id": "kb:Free"}]}])",
                          w);
    REQUIRE(it.prices.size() == 3);
    CHECK(it.prices[0].free);
    CHECK(it.prices[1].free);
    // A free policy beside a price above 0: the price is what the visitor will pay.
    CHECK_FALSE(it.prices[2].free);
    CHECK(it.prices[2].min == 4);
    CHECK(has_warning(w, "schema:priceSpecification[2]", "free policy"));
}

TEST_CASE("importer: an offer that says nothing about the price gives no line", "[prices][import]") {
    auto all = import_flux();
    CHECK(all.at("Musée sans tarif connu").prices.empty());
}

TEST_CASE("importer: a single price is one amount, not a range", "[prices][import]") {
    std::vector<Warning> w;
    auto it = parse_specs(R"([{"schema:minPrice": ["8"], "schema:maxPrice": ["8"], "schema:price": "8"},
                              {"schema:minPrice": ["13"]},
                              {"schema:price": "6.5"},
                              {"schema:minPrice": ["8"], "schema:maxPrice": ["14.5"]}])",
                          w);
    REQUIRE(it.prices.size() == 4);
    for (int i = 0; i < 3; ++i) {
        INFO("line " << i);
        CHECK(it.prices[i].max == -1);
    }
    CHECK(it.prices[0].min == 8);
    CHECK(it.prices[1].min == 13);
    CHECK(it.prices[2].min == 6.5);
    CHECK(it.prices[3].min == 8);
    CHECK(it.prices[3].max == 14.5);
    CHECK(w.empty());
}

TEST_CASE("importer: a malformed amount drops that amount only, with a warning", "[prices][import]") {
    auto src = ExportSource::open(kFlux.string());
    std::vector<Warning> w;
    std::vector<ExportItem> items;
    read_export(*src, [&](ExportItem&& it) { items.push_back(std::move(it)); }, w);
    CHECK(items.size() == 4);  // no object lost
    const Warning* bad = nullptr;
    for (const Warning& x : w)
        if (x.message.find("huit euros") != std::string::npos) bad = &x;
    REQUIRE(bad);
    CHECK(bad->file == "a/a2/62-a2000000-0000-3000-8000-000000000002.json");
    CHECK(bad->field == "offers[0].schema:priceSpecification[6].schema:minPrice[0]");
    for (const ExportItem& it : items) {
        if (it.title.at("fr") != "Musée des tarifs") continue;
        const Price& p = it.prices.at(6);
        CHECK(p.min == -1);
        CHECK(p.policy == "kb:BaseRateFullRate");
        CHECK(p.conditions.at("fr") == "Nocturne");  // the rest of the line stays
    }
}

TEST_CASE("pack v3 round trip: labels, conditions, policy and free come back", "[prices][pack]") {
    TempDir tmp;
    auto src = ExportSource::open(kFlux.string());
    const std::string path = (tmp.path / "prices.pack").string();
    BuildOptions opt;
    opt.fetch_images = false;
    build_pack(*src, path, opt);
    auto pack = kiosk::Pack::open(path);
    CHECK(pack->schema_version() >= 3);
    const kiosk::DateTime today{{2026, 11, 21}, 600};

    std::map<std::string, kiosk::ItemDetail> by_title;
    for (const auto& c : pack->cards("site", "fr", today)) by_title[c.title.value] = pack->item(c.id, "fr", today);
    REQUIRE(by_title.size() == 4);

    const auto& m = by_title.at("Musée des tarifs");
    REQUIRE(m.prices.size() == 7);
    CHECK(m.prices[1].policy == "kb:ReducedRate");
    CHECK(m.prices[1].label.at("nl") == "Gereduceerd tarief");
    CHECK(m.prices[1].conditions.at("en") == "Students, jobseekers");
    CHECK(m.prices[2].free);
    CHECK(m.prices[4].min_price == 0);
    CHECK(m.prices[4].max_price == 12);
    CHECK(by_title.at("Musée gratuit").prices.at(0).free);
    CHECK(by_title.at("Musée à participation libre").prices.at(0).conditions.at("fr") == "Participation libre");

    // And what a French and an English visitor read.
    kiosk::Strings strings;
    std::string error;
    REQUIRE(strings.load_dir((fs::path(KIOSK_CONTENT_DIR) / ".." / "assets" / "i18n").string(), error));
    auto fr = kiosk::price_lines(m.prices, "fr", strings);
    REQUIRE(fr.size() == 7);
    CHECK(fr[0].text == "Tarif de base - plein tarif" + kColonFr + "8" + kNbsp + "€");
    CHECK(fr[1].text == "Tarif réduit" + kColonFr + "1,50" + kNbsp + "€");
    CHECK(fr[1].conditions == "Étudiants, demandeurs d'emploi");
    CHECK(fr[2].text == "Tarif enfant" + kColonFr + "gratuit");
    auto en = kiosk::price_lines(m.prices, "en", strings);
    CHECK(en[1].text == "Reduced rate: €1.50");
    CHECK(en[1].conditions == "Students, jobseekers");
    CHECK(en[1].text_lang.empty());
    CHECK(en[1].conditions_lang.empty());
    // The child rate's condition exists in French only: shown, and marked as French.
    CHECK(en[2].text == "Child rate: free");
    CHECK(en[2].conditions == "Moins de 12 ans");
    CHECK(en[2].text_lang.empty());
    CHECK(en[2].conditions_lang == "fr");
    auto free_en = kiosk::price_lines(by_title.at("Musée gratuit").prices, "en", strings);
    REQUIRE(free_en.size() == 1);
    CHECK(free_en[0].text == "Free");
}

TEST_CASE("pack reuse keeps price texts", "[prices][pack]") {
    TempDir tmp;
    auto src = ExportSource::open(kFlux.string());
    BuildOptions opt;
    opt.fetch_images = false;
    const std::string first = (tmp.path / "a.pack").string(), second = (tmp.path / "b.pack").string();
    build_pack(*src, first, opt);
    opt.previous = first;
    auto rep = build_pack(*src, second, opt);
    CHECK(rep.incremental);
    CHECK(rep.objects_reused == 4);
    auto pack = kiosk::Pack::open(second);
    const kiosk::DateTime today{{2026, 11, 21}, 600};
    bool seen = false;
    for (const auto& c : pack->cards("site", "fr", today)) {
        auto d = pack->item(c.id, "fr", today);
        if (d.title.value != "Musée des tarifs") continue;
        seen = true;
        REQUIRE(d.prices.size() == 7);
        CHECK(d.prices[1].conditions.at("fr") == "Étudiants, demandeurs d'emploi");
        CHECK(d.prices[0].policy == "kb:BaseRateFullRate");
    }
    CHECK(seen);
}

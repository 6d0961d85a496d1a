// What a visitor reads about prices (core/prices.h): every shape of a price row, in each UI
// language, with amounts written the way the language writes money.
#include <catch2/catch.hpp>

#include "core/i18n.h"
#include "core/prices.h"
#include "pack_fixture.h"
#include "test_util.h"



using namespace kiosk;

namespace {

const std::string kNbsp = "\xC2\xA0";
// French puts a narrow no-break space before a colon (label.value in assets/i18n/fr.txt).
const std::string kColonFr = "\xE2\x80\xAF: ";

const Strings& strings() {
    static Strings s = [] {
        Strings out;
        std::string error;
        REQUIRE(out.load_dir(std::string(KIOSK_ASSETS_DIR) + "/i18n", error));
        return out;
    }();
    return s;
}

PriceRow row(double min, double max = -1) {
    PriceRow r;
    r.min_price = min;
    r.max_price = max;
    r.currency = "EUR";
    return r;
}

PriceLine line(const PriceRow& r, const std::string& lang) { return price_line(r, lang, strings()); }

}  // namespace

TEST_CASE("amounts: 1,50 € in French, Dutch and German, €1.50 in English", "[prices][format]") {
    for (const char* lang : {"fr", "nl", "de"}) {
        INFO(lang);
        CHECK(format_amount(1.5, "EUR", lang) == "1,50" + kNbsp + "€");
        CHECK(format_amount(8, "EUR", lang) == "8" + kNbsp + "€");
        CHECK(format_amount(14.5, "EUR", lang) == "14,50" + kNbsp + "€");
    }
    CHECK(format_amount(1.5, "EUR", "en") == "€1.50");
    CHECK(format_amount(8, "EUR", "en") == "€8");
    CHECK(format_amount(0.99, "EUR", "en") == "€0.99");
    // Float noise from the feed's decimal strings does not show as decimals.
    CHECK(format_amount(7.999999, "EUR", "fr") == "8" + kNbsp + "€");
    // No currency given: euros; another currency: its code after the amount.
    CHECK(format_amount(3, "", "fr") == "3" + kNbsp + "€");
    CHECK(format_amount(12, "CHF", "en") == "12" + kNbsp + "CHF");
    CHECK(format_amount(12.5, "CHF", "de") == "12,50" + kNbsp + "CHF");
}

TEST_CASE("a single amount, a range, a range from 0, up to", "[prices][format]") {
    CHECK(line(row(8), "fr").text == "8" + kNbsp + "€");
    CHECK(line(row(8), "en").text == "€8");
    CHECK(line(row(8, 14.5), "fr").text == "De 8" + kNbsp + "€ à 14,50" + kNbsp + "€");
    CHECK(line(row(8, 14.5), "en").text == "€8 to €14.50");
    CHECK(line(row(8, 14.5), "nl").text == "8" + kNbsp + "€ tot 14,50" + kNbsp + "€");
    CHECK(line(row(8, 14.5), "de").text == "8" + kNbsp + "€ bis 14,50" + kNbsp + "€");
    // Never "0 to 12 €".
    CHECK(line(row(0, 12), "fr").text == "Gratuit à 12" + kNbsp + "€");
    CHECK(line(row(0, 12), "en").text == "Free to €12");
    CHECK(line(row(-1, 20), "fr").text == "Jusqu’à 20" + kNbsp + "€");
    CHECK(line(row(-1, 20), "en").text == "Up to €20");
}

TEST_CASE("free: by flag, by policy, by an amount of 0 on old packs", "[prices][format]") {
    PriceRow by_policy;
    by_policy.free = true;
    by_policy.policy = "kb:Free";
    by_policy.label = {{"fr", "Gratuit"}, {"en", "Free"}};
    CHECK(line(by_policy, "fr").text == "Gratuit");  // not "Gratuit : gratuit"
    CHECK(line(by_policy, "en").text == "Free");
    CHECK(line(by_policy, "nl").text == "Gratis");
    CHECK(line(by_policy, "de").text == "Kostenlos");
    CHECK(line(by_policy, "nl").text_lang.empty());  // our own word, no fallback marker

    // A v2 pack: no flag, an amount of 0.
    CHECK(line(row(0), "en").text == "Free");
    CHECK(line(row(0, 0), "fr").text == "Gratuit");

    // A full rate of 0 is free entry.
    PriceRow full = row(0);
    full.free = true;
    full.policy = "kb:BaseRateFullRate";
    full.label = {{"fr", "Tarif de base - plein tarif"}};
    CHECK(line(full, "fr").text == "Gratuit");

    // Free for whom matters: the rate's name stays.
    PriceRow child = row(0);
    child.free = true;
    child.policy = "kb:ChildRate";
    child.label = {{"fr", "Tarif enfant"}, {"en", "Child rate"}};
    CHECK(line(child, "fr").text == "Tarif enfant" + kColonFr + "gratuit");
    CHECK(line(child, "en").text == "Child rate: free");
}

TEST_CASE("label and conditions, in the visitor's language or marked", "[prices][format]") {
    PriceRow r = row(1.5);
    r.policy = "kb:ReducedRate";
    r.label = {{"fr", "Tarif réduit"}, {"en", "Reduced rate"}};
    r.conditions = {{"fr", "Étudiants, demandeurs d'emploi"}, {"en", "Students, jobseekers"}};
    PriceLine fr = line(r, "fr");
    CHECK(fr.text == "Tarif réduit" + kColonFr + "1,50" + kNbsp + "€");
    CHECK(fr.conditions == "Étudiants, demandeurs d'emploi");
    CHECK(fr.text_lang.empty());
    CHECK(fr.conditions_lang.empty());
    PriceLine en = line(r, "en");
    CHECK(en.text == "Reduced rate: €1.50");
    CHECK(en.conditions == "Students, jobseekers");
    // German: no German words in the export, English comes first in the fallback chain, and
    // the line says which language it is in; the amount is still written the German way.
    PriceLine de = line(r, "de");
    CHECK(de.text == "Reduced rate: 1,50" + kNbsp + "€");
    CHECK(de.text_lang == "en");
    CHECK(de.conditions_lang == "en");

    // A v2 pack's French label.
    PriceRow v2 = row(5, 8);
    v2.label = {{"fr", "Plein tarif"}};
    CHECK(line(v2, "en").text == "Plein tarif: €5 to €8");
    CHECK(line(v2, "en").text_lang == "fr");
}

TEST_CASE("text only: the export's words are the price", "[prices][format]") {
    PriceRow words;
    words.conditions = {{"fr", "Participation libre"}, {"en", "Pay what you wish"}};
    CHECK(line(words, "fr").text == "Participation libre");
    CHECK(line(words, "en").text == "Pay what you wish");
    CHECK(line(words, "en").conditions.empty());
    CHECK(line(words, "nl").text == "Pay what you wish");
    CHECK(line(words, "nl").text_lang == "en");

    PriceRow named;  // a rate with no amount but a condition
    named.label = {{"fr", "Tarif de base - plein tarif"}};
    named.conditions = {{"fr", "Nocturne"}};
    CHECK(line(named, "fr").text == "Tarif de base - plein tarif");
    CHECK(line(named, "fr").conditions == "Nocturne");

    // Nothing to say: no line, and no Prices heading for a list of such rows.
    PriceRow empty;
    empty.currency = "EUR";
    CHECK(line(empty, "fr").text.empty());
    CHECK(price_lines({empty}, "fr", strings()).empty());
    CHECK(price_lines({empty, words, row(8)}, "fr", strings()).size() == 2);
}

TEST_CASE("free policies by id", "[prices][format]") {
    CHECK(is_free_policy("kb:Free"));
    CHECK(is_free_policy("kb:FreeAccess"));
    CHECK(is_free_policy("https://www.datatourisme.fr/resource/core#Free"));
    CHECK_FALSE(is_free_policy("kb:ReducedRate"));
    CHECK_FALSE(is_free_policy(""));
}

TEST_CASE("a v2 pack's price reads as before: label_fr is the French label", "[prices][format][pack]") {
    testutil::TempDir tmp;
    auto pack = Pack::open(testutil::pack_from_sql(tmp.path, "pack_v2.sql"));
    REQUIRE(pack->schema_version() == 2);
    auto site = pack->item(1, "en", DateTime{{2026, 7, 1}, 600});
    REQUIRE(site.prices.size() == 1);
    const PriceRow& p = site.prices[0];
    CHECK(p.label.at("fr") == "Plein tarif");
    CHECK(p.label.size() == 1);
    CHECK(p.conditions.empty());
    CHECK(p.policy.empty());
    CHECK_FALSE(p.free);
    PriceLine en = price_line(p, "en", strings());
    CHECK(en.text == "Plein tarif: €5 to €8");
    CHECK(en.text_lang == "fr");
}

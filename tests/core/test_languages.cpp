// The known UI languages: plural rules at their edge numbers, counted strings in every
// language, content fallback chains and the "text in English" marker.
#include <catch2/catch.hpp>

#include "core/i18n.h"
#include "core/languages.h"
#include "core/pack_reader.h"

using namespace kiosk;

namespace {
const Strings& strings() {
    static const Strings s = [] {
        Strings out;
        std::string err;
        REQUIRE(out.load_dir(KIOSK_ASSETS_DIR "/i18n", err));
        return out;
    }();
    return s;
}
}  // namespace

TEST_CASE("plural categories per language at the edge numbers", "[i18n][plural]") {
    // English, Dutch, German, Spanish, Italian: 1 is one, 0 and the rest other.
    for (const char* l : {"en", "nl", "de", "es", "it", "xx"}) {
        INFO(l);
        CHECK(plural_category(l, 0) == Plural::Other);
        CHECK(plural_category(l, 1) == Plural::One);
        CHECK(plural_category(l, 2) == Plural::Other);
        CHECK(plural_category(l, 11) == Plural::Other);
        CHECK(plural_category(l, 21) == Plural::Other);
        CHECK(plural_category(l, 101) == Plural::Other);
    }
    // French: 0 and 1 are one ("0 lieu", "1 lieu").
    CHECK(plural_category("fr", 0) == Plural::One);
    CHECK(plural_category("fr", 1) == Plural::One);
    CHECK(plural_category("fr", 2) == Plural::Other);
    CHECK(plural_category("fr", 100) == Plural::Other);
    // Polish: 1 one; 2-4 few; 5-21 many (12-14 too); 22-24 few; 25-31 many; 102-104 few; 112 many.
    CHECK(plural_category("pl", 0) == Plural::Many);
    CHECK(plural_category("pl", 1) == Plural::One);
    for (int n : {2, 3, 4, 22, 23, 24, 32, 102, 104, 1022}) {
        INFO(n);
        CHECK(plural_category("pl", n) == Plural::Few);
    }
    for (int n : {5, 11, 12, 13, 14, 15, 20, 21, 25, 31, 100, 101, 111, 112, 114, 1012}) {
        INFO(n);
        CHECK(plural_category("pl", n) == Plural::Many);
    }
    // Japanese: one form.
    for (int n : {0, 1, 2, 5, 21}) CHECK(plural_category("ja", n) == Plural::Other);
}

TEST_CASE("counted strings read right in every language", "[i18n][plural]") {
    const Strings& s = strings();
    CHECK(s.count("en", "home.count.route", 1) == "1 route");
    CHECK(s.count("en", "home.count.route", 0) == "0 routes");
    CHECK(s.count("en", "home.count.route", 2) == "2 routes");
    CHECK(s.count("en", "staff.pin_wrong", 1) == "Wrong PIN (1 try left)");
    CHECK(s.count("fr", "home.count.site", 0) == "0 lieu à visiter");
    CHECK(s.count("fr", "home.count.site", 1) == "1 lieu à visiter");
    CHECK(s.count("fr", "home.count.site", 2) == "2 lieux à visiter");
    CHECK(s.count("nl", "home.count.belfry", 1) == "1 belfort");
    CHECK(s.count("de", "home.count.sleep", 1) == "1 Unterkunft");
    CHECK(s.count("de", "home.count.sleep", 3) == "3 Unterkünfte");
    CHECK(s.count("es", "home.count.site", 1) == "1 lugar que visitar");
    CHECK(s.count("es", "home.count.site", 12) == "12 lugares que visitar");
    CHECK(s.count("it", "home.count.belfry", 1) == "1 campanile civico");
    CHECK(s.count("it", "home.count.belfry", 4) == "4 campanili civici");
    CHECK(s.count("pl", "home.count.site", 1) == "1 miejsce do zwiedzania");
    CHECK(s.count("pl", "home.count.site", 2) == "2 miejsca do zwiedzania");
    CHECK(s.count("pl", "home.count.site", 4) == "4 miejsca do zwiedzania");
    CHECK(s.count("pl", "home.count.site", 5) == "5 miejsc do zwiedzania");
    CHECK(s.count("pl", "home.count.site", 12) == "12 miejsc do zwiedzania");
    CHECK(s.count("pl", "home.count.site", 14) == "14 miejsc do zwiedzania");
    CHECK(s.count("pl", "home.count.site", 22) == "22 miejsca do zwiedzania");
    CHECK(s.count("pl", "home.count.site", 24) == "24 miejsca do zwiedzania");
    CHECK(s.count("pl", "home.count.site", 25) == "25 miejsc do zwiedzania");
    CHECK(s.count("pl", "home.count.route", 3) == "3 trasy");
    CHECK(s.count("pl", "home.count.event", 1) == "1 nadchodzące wydarzenie");
    CHECK(s.count("ja", "home.count.event", 1) == "開催予定のイベント 1 件");
    CHECK(s.count("ja", "home.count.event", 3) == "開催予定のイベント 3 件");
    // An unknown language counts in English; an unknown key shows itself, as get() does.
    CHECK(s.count("xx", "home.count.route", 1) == "1 route");
    CHECK(s.count("pl", "no.such.count", 3) == "no.such.count");
}

TEST_CASE("known languages: names, switch default, content chains", "[i18n][languages]") {
    const Strings& s = strings();
    CHECK(known_languages().size() == 8);
    for (const LanguageInfo& l : known_languages()) {
        INFO(l.code);
        // The name on the switch is the language's own, as its file says.
        CHECK(s.get(l.code, "lang.self") == l.self_name);
        // Every chain: the visitor's language, then English, then French (what the pack
        // reader's SQL ranking, the catalog and the search views also do).
        std::vector<std::string> expect{l.code};
        for (const char* f : {"en", "fr"})
            if (expect[0] != f) expect.emplace_back(f);
        CHECK(l.content_chain == expect);
        CHECK(fallback_chain(l.code) == expect);
    }
    CHECK(language_info("es")->self_name == std::string("Español"));
    CHECK(language_info("ja")->self_name == std::string("日本語"));
    CHECK(fallback_chain("pl") == std::vector<std::string>{"pl", "en", "fr"});
    CHECK(fallback_chain("ja") == std::vector<std::string>{"ja", "en", "fr"});
    CHECK(fallback_chain("ru") == std::vector<std::string>{"ru", "en", "fr"});
    CHECK(language_info("ko") == nullptr);
    CHECK(default_languages() == std::vector<std::string>{"fr", "en", "nl", "de"});
}

TEST_CASE("a text not in the visitor's language is marked in the visitor's language", "[i18n][languages]") {
    const Strings& s = strings();
    CHECK(s.fallback_marker("es", "en") == "texto en inglés");
    CHECK(s.fallback_marker("es", "fr") == "texto en francés");
    CHECK(s.fallback_marker("it", "en") == "testo in inglese");
    CHECK(s.fallback_marker("pl", "en") == "tekst po angielsku");
    CHECK(s.fallback_marker("pl", "fr") == "tekst po francusku");
    CHECK(s.fallback_marker("ja", "en") == "英語で表示");
    CHECK(s.fallback_marker("fr", "en") == "texte en anglais");
    CHECK(s.fallback_marker("de", "es") == "Text auf Spanisch");
    // A pack may hold texts in any language of the export.
    CHECK(s.fallback_marker("pl", "ru") == "tekst w innym języku");
    CHECK(s.fallback_marker("en", "zh") == "text in another language");
    CHECK(s.fallback_marker("es", "es").empty());
    CHECK(s.fallback_marker("ja", "").empty());
    // Every UI language marks every content language it can fall back to.
    for (const LanguageInfo& l : known_languages())
        for (const std::string& c : l.content_chain) {
            INFO(l.code << " over " << c);
            if (c != l.code) CHECK(s.has(l.code, "fallback." + c));
        }
}

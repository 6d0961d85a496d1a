// The UI languages the kiosk knows, in one table: the config checks kiosk.languages against it,
// the app takes its default switch from it, content falls back along its chains and counts
// pick their plural form by its rules. A new UI language is a row here plus assets/i18n/<code>.txt.
#pragma once

#include <string>
#include <vector>

namespace kiosk {

// CLDR plural categories an integer count can take in our languages ("other" covers
// fractions in Polish; counts on screen are whole numbers, so Polish uses one/few/many).
enum class Plural { One, Few, Many, Other };

// How a language splits whole numbers into categories (CLDR cardinal rules for integers).
enum class PluralRule {
    OneOther,      // en, nl, de, es, it: 1 is "one", the rest "other"
    ZeroOneOther,  // fr: 0 and 1 are "one" ("0 lieu", "1 lieu", "2 lieux")
    Polish,        // pl: 1 one; 2-4, 22-24, 32-34... few (not 12-14); the rest many
    OtherOnly,     // ja: no plural forms
};

struct LanguageInfo {
    const char* code;        // ISO 639-1, also the name of assets/i18n/<code>.txt
    const char* self_name;   // the language's name in itself, for staff and docs
    // The order in which a field's texts are tried for this visitor: their own language
    // first, then the ones they most likely read. Content packs are written in fr/en/nl/de.
    std::vector<std::string> content_chain;
    PluralRule plural;
};

// Every known UI language, in the order the docs list them.
const std::vector<LanguageInfo>& known_languages();
// The row for `code`, or null for a language the kiosk has no UI for.
const LanguageInfo* language_info(const std::string& code);
// The language switch of a kiosk whose config does not say (kiosk.languages).
const std::vector<std::string>& default_languages();

// The plural category of count n in `lang` (unknown languages count like English).
Plural plural_category(const std::string& lang, long long n);
// "one", "few", "many", "other": the suffix of a counted string's keys.
const char* plural_suffix(Plural p);
// The categories whole numbers take in `lang`: the keys a counted string needs in its file.
std::vector<Plural> plural_forms(const std::string& lang);

}  // namespace kiosk

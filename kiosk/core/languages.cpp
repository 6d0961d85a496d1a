// The known UI languages and their plural rules.
#include "core/languages.h"

namespace kiosk {

const std::vector<LanguageInfo>& known_languages() {
    // Content chains: the visitor's language, then English (the most widely read by our
    // visitors), then French (the export's own language). Pack reading ranks the languages
    // of a field the same way in SQL and in the catalog (pack_reader.cpp kLangRank,
    // catalog.cpp better_lang, search.cpp build_views); a test checks each chain has this
    // shape, so a row that wanted another order would have to change those too.
    static const std::vector<LanguageInfo> k{
        {"fr", "Français", {"fr", "en"}, PluralRule::ZeroOneOther},
        {"en", "English", {"en", "fr"}, PluralRule::OneOther},
        {"nl", "Nederlands", {"nl", "en", "fr"}, PluralRule::OneOther},
        {"de", "Deutsch", {"de", "en", "fr"}, PluralRule::OneOther},
        {"es", "Español", {"es", "en", "fr"}, PluralRule::OneOther},
        {"it", "Italiano", {"it", "en", "fr"}, PluralRule::OneOther},
        {"pl", "Polski", {"pl", "en", "fr"}, PluralRule::Polish},
        {"ja", "日本語", {"ja", "en", "fr"}, PluralRule::OtherOnly},
    };
    return k;
}

const LanguageInfo* language_info(const std::string& code) {
    for (const LanguageInfo& l : known_languages())
        if (code == l.code) return &l;
    return nullptr;
}

const std::vector<std::string>& default_languages() {
    // The four of the first kiosks. The other known languages are offered by listing them in
    // kiosk.languages, once the site has checked the screens and voices it wants.
    static const std::vector<std::string> d{"fr", "en", "nl", "de"};
    return d;
}

Plural plural_category(const std::string& lang, long long n) {
    const LanguageInfo* info = language_info(lang);
    const PluralRule rule = info ? info->plural : PluralRule::OneOther;
    const long long a = n < 0 ? -n : n;
    switch (rule) {
    case PluralRule::OneOther: return a == 1 ? Plural::One : Plural::Other;
    case PluralRule::ZeroOneOther: return a <= 1 ? Plural::One : Plural::Other;
    case PluralRule::OtherOnly: return Plural::Other;
    case PluralRule::Polish: {
        if (a == 1) return Plural::One;
        const long long m10 = a % 10, m100 = a % 100;
        if (m10 >= 2 && m10 <= 4 && !(m100 >= 12 && m100 <= 14)) return Plural::Few;
        return Plural::Many;
    }
    }
    return Plural::Other;
}

const char* plural_suffix(Plural p) {
    switch (p) {
    case Plural::One: return "one";
    case Plural::Few: return "few";
    case Plural::Many: return "many";
    case Plural::Other: return "other";
    }
    return "other";
}

std::vector<Plural> plural_forms(const std::string& lang) {
    const LanguageInfo* info = language_info(lang);
    switch (info ? info->plural : PluralRule::OneOther) {
    case PluralRule::OneOther:
    case PluralRule::ZeroOneOther: return {Plural::One, Plural::Other};
    case PluralRule::Polish: return {Plural::One, Plural::Few, Plural::Many};
    case PluralRule::OtherOnly: return {Plural::Other};
    }
    return {Plural::Other};
}

}  // namespace kiosk

// UI strings by key, one file per language under assets/i18n/, with fallback to English;
// counted strings pick their plural form by the language's rule.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/dates.h"

namespace kiosk {

class Strings {
public:
    // Loads every <lang>.txt in dir. Lines are "key = value"; '#' starts a comment line;
    // "\n" in a value is a line break. Returns false (with a reason) if dir has no file.
    bool load_dir(const std::string& dir, std::string& error);
    // Parses one file's text into a language table (exposed for tests).
    static std::map<std::string, std::string> parse(const std::string& text);

    // The string for key in lang, else English, else the key itself so a missing string is
    // visible on screen instead of blank.
    const std::string& get(const std::string& lang, const std::string& key) const;
    bool has(const std::string& lang, const std::string& key) const;
    // A counted string with n in place of "{}": "1 place to visit", "2 places to visit",
    // "22 miejsca", "25 miejsc". Takes key.<category> for n in lang (core/languages.h rules),
    // else key.other, else the same in English with English's category, else get(lang, key).
    std::string count(const std::string& lang, const std::string& key, long long n) const;
    // The marker over a text written in text_lang for a visitor reading lang: "text in
    // English" in the visitor's language (fallback.<text_lang>), "text in another language"
    // for a language without its own marker (a pack may hold any language of the export),
    // empty when the text is in the visitor's language.
    const std::string& fallback_marker(const std::string& lang, const std::string& text_lang) const;
    std::vector<std::string> languages() const;
    const std::map<std::string, std::string>* table(const std::string& lang) const;

    // "samedi 5 septembre 2026" / "Saturday 5 September 2026" / "2026年9月5日（土）", from the
    // language's date.format, day.N (or day.short.N) and month.N keys.
    std::string long_date(const std::string& lang, const Date& d) const;
    // "5 sept." style without weekday, for compact cards.
    std::string short_date(const std::string& lang, const Date& d) const;
    // "septembre 2026", "wrzesień 2026", "2026年9月": a month on its own (date.month_year with
    // month.alone.N, the nominative where a language declines month names).
    std::string month_year(const std::string& lang, int year, int month) const;

private:
    std::map<std::string, std::map<std::string, std::string>> langs_;
};

// Replaces each "{}" in fmt by the next argument.
std::string format(const std::string& fmt, const std::vector<std::string>& args);

}  // namespace kiosk

// UI strings by key, one file per language under assets/i18n/, with fallback to English.
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
    std::vector<std::string> languages() const;
    const std::map<std::string, std::string>* table(const std::string& lang) const;

    // "samedi 5 septembre 2026" / "Saturday 5 September 2026" / "2026年9月5日（土）", from the
    // language's date.format, day.N (or day.short.N) and month.N keys.
    std::string long_date(const std::string& lang, const Date& d) const;
    // "5 sept." style without weekday, for compact cards.
    std::string short_date(const std::string& lang, const Date& d) const;

private:
    std::map<std::string, std::map<std::string, std::string>> langs_;
};

// Replaces each "{}" in fmt by the next argument.
std::string format(const std::string& fmt, const std::vector<std::string>& args);

}  // namespace kiosk

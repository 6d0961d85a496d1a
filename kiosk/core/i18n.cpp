// Loading and looking up the per-language UI string files.
#include "core/i18n.h"

#include "core/languages.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace kiosk {

namespace {
std::string trim(const std::string& s) {
    const auto b = s.find_first_not_of(" \t\r");
    if (b == std::string::npos) return {};
    const auto e = s.find_last_not_of(" \t\r");
    return s.substr(b, e - b + 1);
}
}  // namespace

std::map<std::string, std::string> Strings::parse(const std::string& text) {
    std::map<std::string, std::string> out;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        const std::string t = trim(line);
        if (t.empty() || t[0] == '#') continue;
        const auto eq = t.find('=');
        if (eq == std::string::npos) continue;
        std::string value = trim(t.substr(eq + 1));
        for (size_t p = 0; (p = value.find("\\n", p)) != std::string::npos;) value.replace(p, 2, "\n");
        out[trim(t.substr(0, eq))] = value;
    }
    return out;
}

bool Strings::load_dir(const std::string& dir, std::string& error) {
    namespace fs = std::filesystem;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir, ec)) {
        if (e.path().extension() != ".txt") continue;
        std::ifstream f(e.path());
        std::stringstream ss;
        ss << f.rdbuf();
        langs_[e.path().stem().string()] = parse(ss.str());
    }
    if (langs_.empty()) {
        error = "no UI string files (*.txt) in " + dir;
        return false;
    }
    return true;
}

const std::string& Strings::get(const std::string& lang, const std::string& key) const {
    for (const std::string& l : {lang, std::string("en")}) {
        auto t = langs_.find(l);
        if (t == langs_.end()) continue;
        auto v = t->second.find(key);
        if (v != t->second.end()) return v->second;
    }
    // Missing keys are returned as themselves; the string must outlive the call, so misses
    // are kept in a small per-thread table.
    static thread_local std::map<std::string, std::string> misses;
    return misses.emplace(key, key).first->second;
}

bool Strings::has(const std::string& lang, const std::string& key) const {
    auto t = langs_.find(lang);
    return t != langs_.end() && t->second.count(key) != 0;
}

std::string Strings::count(const std::string& lang, const std::string& key, long long n) const {
    const std::string number = std::to_string(n);
    for (const std::string& l : {lang, std::string("en")}) {
        const auto t = langs_.find(l);
        if (t == langs_.end()) continue;
        for (const char* suffix : {plural_suffix(plural_category(l, n)), "other"}) {
            const auto v = t->second.find(key + "." + suffix);
            if (v != t->second.end()) return format(v->second, {number});
        }
    }
    return format(get(lang, key), {number});
}

const std::string& Strings::fallback_marker(const std::string& lang, const std::string& text_lang) const {
    static const std::string none;
    if (text_lang.empty() || text_lang == lang) return none;
    const std::string key = "fallback." + text_lang;
    return get(lang, has(lang, key) || has("en", key) ? key : "fallback.another");
}

std::vector<std::string> Strings::languages() const {
    std::vector<std::string> out;
    for (const auto& [l, _] : langs_) out.push_back(l);
    return out;
}

const std::map<std::string, std::string>* Strings::table(const std::string& lang) const {
    auto t = langs_.find(lang);
    return t == langs_.end() ? nullptr : &t->second;
}

std::string format(const std::string& fmt, const std::vector<std::string>& args) {
    std::string out;
    size_t next = 0;
    for (size_t i = 0; i < fmt.size(); ++i) {
        if (fmt[i] == '{' && i + 1 < fmt.size() && fmt[i + 1] == '}') {
            if (next < args.size()) out += args[next++];
            ++i;
        } else {
            out += fmt[i];
        }
    }
    return out;
}

std::string Strings::long_date(const std::string& lang, const Date& d) const {
    // date.format uses {weekday} {day} {month} {year} so each language orders them its way;
    // {weekday_short} is for Japanese, whose dates end in the one-character day: （土）.
    std::string f = get(lang, "date.format");
    auto put = [&f](const std::string& k, const std::string& v) {
        for (size_t p = 0; (p = f.find(k, p)) != std::string::npos; p += v.size()) f.replace(p, k.size(), v);
    };
    put("{weekday}", get(lang, "day." + std::to_string(iso_weekday(d))));
    put("{weekday_short}", get(lang, "day.short." + std::to_string(iso_weekday(d))));
    put("{day}", std::to_string(d.d));
    put("{month}", get(lang, "month." + std::to_string(d.m)));
    put("{year}", std::to_string(d.y));
    return f;
}

std::string Strings::month_year(const std::string& lang, int year, int month) const {
    std::string f = get(lang, "date.month_year");
    auto put = [&f](const std::string& k, const std::string& v) {
        for (size_t p = 0; (p = f.find(k, p)) != std::string::npos; p += v.size()) f.replace(p, k.size(), v);
    };
    put("{month}", get(lang, "month.alone." + std::to_string(month)));
    put("{year}", std::to_string(year));
    return f;
}

std::string Strings::short_date(const std::string& lang, const Date& d) const {
    std::string f = get(lang, "date.short");
    auto put = [&f](const std::string& k, const std::string& v) {
        for (size_t p = 0; (p = f.find(k, p)) != std::string::npos; p += v.size()) f.replace(p, k.size(), v);
    };
    put("{day}", std::to_string(d.d));
    put("{month}", get(lang, "month." + std::to_string(d.m)));
    put("{year}", std::to_string(d.y));
    return f;
}

}  // namespace kiosk

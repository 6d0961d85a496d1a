// Parsing kiosk.toml with toml++ and checking every value before the kiosk uses it.
#include "core/config.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <toml++/toml.h>

#include "core/languages.h"

namespace kiosk {

namespace {

// Reads one scalar; on a bad value records "section.key ...; using <default>" and keeps `out`.
template <typename T>
void read(const toml::table& t, const char* section, const char* key, T& out, double lo, double hi,
          std::vector<std::string>& errors) {
    const auto node = t[section][key];
    if (!node) return;  // not given: keep the default
    // Numbers are taken in the type the file holds and checked before any conversion: asking
    // toml++ for an int of a huge float (1e300) is a float-to-int cast out of range, which is
    // undefined behaviour. A whole-number setting wants a whole number; nan and inf are refused.
    std::optional<T> v;
    bool in_range = true;
    std::string raw;  // an out-of-range whole number as written, for the message
    if constexpr (std::is_same_v<T, std::string>) {
        v = node.value<std::string>();
    } else if constexpr (std::is_same_v<T, int>) {
        if (const auto i = node.template value_exact<std::int64_t>()) {
            if (static_cast<double>(*i) >= lo && static_cast<double>(*i) <= hi) {
                v = static_cast<int>(*i);
            } else {
                in_range = false;
                raw = " = " + std::to_string(*i);
            }
        }
    } else {
        if (const auto d = node.template value_exact<double>(); d && std::isfinite(*d)) v = *d;
        else if (const auto i = node.template value_exact<std::int64_t>()) v = static_cast<double>(*i);
        else if (node.is_floating_point()) in_range = false;  // nan, inf
    }
    std::ostringstream s;
    s << section << "." << key;
    if (!in_range) {
        s << raw << " is outside " << lo << ".." << hi;
    } else if (!v) {
        s << " has the wrong type (";
        if constexpr (std::is_same_v<T, std::string>) s << "a quoted text";
        else if constexpr (std::is_same_v<T, int>) s << "a whole number";
        else s << "a number";
        s << " is expected)";
    } else if constexpr (!std::is_same_v<T, std::string>) {
        if (static_cast<double>(*v) >= lo && static_cast<double>(*v) <= hi) {
            out = *v;
            return;
        }
        s << " = " << *v << " is outside " << lo << ".." << hi;
    } else {
        out = *v;
        return;
    }
    if constexpr (std::is_same_v<T, std::string>) s << "; using \"" << out << "\"";
    else s << "; using " << out;
    errors.push_back(s.str());
}

// A list of texts; a wrong shape keeps the default list.
void read_list(const toml::table& t, const char* section, const char* key, std::vector<std::string>& out,
               std::vector<std::string>& errors) {
    const auto node = t[section][key];
    if (!node) return;
    const std::string name = std::string(section) + "." + key;
    const toml::array* arr = node.as_array();
    std::vector<std::string> v;
    bool ok = arr != nullptr;
    if (arr)
        for (const auto& e : *arr) {
            const auto s = e.value<std::string>();
            if (!s) ok = false;
            else v.push_back(*s);
        }
    if (!ok) {
        errors.push_back(name + " must be a list of quoted texts, like [\"a\", \"b\"]; using the default");
        return;
    }
    out = std::move(v);
}

bool known_language(const std::string& l) { return language_info(l) != nullptr; }

// "\"fr\", \"en\", ... and \"ja\"" for the error line, from the one table.
std::string known_language_list() {
    std::string out;
    const auto& k = known_languages();
    for (size_t i = 0; i < k.size(); ++i)
        out += (i == 0 ? "" : i + 1 == k.size() ? " and " : ", ") + std::string("\"") + k[i].code + "\"";
    return out;
}

}  // namespace

bool parse_config(const std::string& text, Config& out, std::vector<std::string>& errors) {
    const size_t errors_before = errors.size();
    toml::table t;
    try {
        t = toml::parse(text);
    } catch (const toml::parse_error& e) {
        std::ostringstream s;
        s << "line " << e.source().begin.line << ": " << e.description() << "; using every default";
        errors.push_back(s.str());
        out = Config{};
        return false;
    }
    Config c;
    read(t, "kiosk", "id", c.kiosk_id, 0, 0, errors);
    read(t, "kiosk", "name", c.kiosk_name, 0, 0, errors);
    read(t, "screen", "width_mm", c.screen_width_mm, 50, 5000, errors);
    read(t, "screen", "height_mm", c.screen_height_mm, 50, 5000, errors);
    read(t, "screen", "bottom_mm", c.screen_bottom_mm, 0, 3000, errors);
    read(t, "kiosk", "idle_seconds", c.idle_seconds, 5, 3600, errors);
    read(t, "kiosk", "detail_idle_seconds", c.detail_idle_seconds, 0, 3600, errors);
    read(t, "kiosk", "countdown_seconds", c.countdown_seconds, 1, 120, errors);
    read(t, "kiosk", "attract_slide_seconds", c.attract_slide_seconds, 2, 120, errors);
    // Below 16 MB a card's gallery would not fit; above 2 GB is no kiosk we know.
    read(t, "kiosk", "picture_cache_mb", c.picture_cache_mb, 16, 2048, errors);
    read(t, "position", "lat", c.lat, -90, 90, errors);
    read(t, "position", "lon", c.lon, -180, 180, errors);
    read(t, "position", "name", c.place_name, 0, 0, errors);
    read(t, "sync", "state", c.state_dir, 0, 0, errors);
    read(t, "sync", "default_pack", c.default_pack, 0, 0, errors);
    read(t, "sync", "from", c.sync_from, 0, 0, errors);
    read_list(t, "sync", "usb", c.usb_roots, errors);
    read_list(t, "sync", "trusted_keys", c.trusted_keys, errors);
    read(t, "staff", "pin_hash", c.staff_pin_hash, 0, 0, errors);
    read(t, "staff", "stats", c.stats_path, 0, 0, errors);
    read(t, "staff", "stats_days", c.stats_days, 7, 3660, errors);
    read(t, "speech", "device", c.speech_device, 0, 0, errors);
    read(t, "speech", "rate", c.speech_rate, 80, 450, errors);  // espeak-ng's own range
    read(t, "speech", "volume", c.speech_volume, 0, 200, errors);
    if (c.speech_device == "wav:") {
        errors.push_back("speech.device \"wav:\" needs a file, like \"wav:/tmp/speech.wav\"; using the default audio output");
        c.speech_device.clear();
    }

    // Ids end up in file names (statistics exports): keep them plain.
    if (c.kiosk_id.empty() || c.kiosk_id.size() > 64 ||
        !std::all_of(c.kiosk_id.begin(), c.kiosk_id.end(),
                     [](char ch) { return std::isalnum(static_cast<unsigned char>(ch)) || ch == '-' || ch == '_'; })) {
        errors.push_back("kiosk.id must be 1 to 64 letters, digits, - or _; using \"kiosk\"");
        c.kiosk_id = "kiosk";
    }
    std::vector<std::string> langs;
    read_list(t, "kiosk", "languages", langs, errors);
    if (t["kiosk"]["languages"]) {
        const bool ok = !langs.empty() && std::all_of(langs.begin(), langs.end(), known_language);
        if (ok) c.languages = langs;
        else errors.push_back("kiosk.languages may hold only " + known_language_list() + "; using the default");
    }
    std::string lang = c.language;
    read(t, "kiosk", "language", lang, 0, 0, errors);
    if (!known_language(lang) || std::find(c.languages.begin(), c.languages.end(), lang) == c.languages.end()) {
        c.language = c.languages.front();
        errors.push_back("kiosk.language must be one of kiosk.languages, not '" + lang + "'; using \"" + c.language + "\"");
    } else {
        c.language = lang;
    }
    if (!c.staff_pin_hash.empty() && c.staff_pin_hash.rfind("$argon2id$", 0) != 0) {
        errors.push_back("staff.pin_hash is not an argon2id hash (make one with: kiosk-sync pin-hash); staff mode is off");
        c.staff_pin_hash.clear();
    }
    out = c;
    return errors.size() == errors_before;
}

bool load_config(const std::string& path, Config& out, std::vector<std::string>& errors) {
    std::ifstream f(path);
    if (!f) {
        errors.push_back("cannot read " + path + "; using every default");
        out = Config{};
        return false;
    }
    std::stringstream ss;
    ss << f.rdbuf();
    const size_t before = errors.size();
    const bool ok = parse_config(ss.str(), out, errors);
    for (size_t i = before; i < errors.size(); ++i) errors[i] = path + ": " + errors[i];
    return ok;
}

bool parse_config(const std::string& text, Config& out, std::string& error) {
    std::vector<std::string> errors;
    Config c;
    if (parse_config(text, c, errors)) {
        out = c;
        return true;
    }
    error = errors.front();
    return false;
}

bool load_config(const std::string& path, Config& out, std::string& error) {
    std::vector<std::string> errors;
    Config c;
    if (load_config(path, c, errors)) {
        out = c;
        return true;
    }
    error = errors.front();
    return false;
}

}  // namespace kiosk

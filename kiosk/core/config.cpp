// Parsing kiosk.toml with toml++ and checking every value before the kiosk uses it.
#include "core/config.h"

#include <fstream>
#include <sstream>
#include <toml++/toml.h>

namespace kiosk {

namespace {

template <typename T>
bool read(const toml::table& t, const char* section, const char* key, T& out, double lo, double hi, std::string& error) {
    const auto node = t[section][key];
    if (!node) return true;  // not given: keep the default
    std::optional<T> v;
    if constexpr (std::is_same_v<T, std::string>)
        v = node.value<std::string>();
    else if constexpr (std::is_same_v<T, int>)
        v = node.value<int>();
    else
        v = node.value<double>();
    if (!v) {
        error = std::string(section) + "." + key + " has the wrong type";
        return false;
    }
    if constexpr (!std::is_same_v<T, std::string>) {
        if (static_cast<double>(*v) < lo || static_cast<double>(*v) > hi) {
            std::ostringstream s;
            s << section << "." << key << " = " << *v << " is outside " << lo << ".." << hi;
            error = s.str();
            return false;
        }
    }
    out = *v;
    return true;
}

}  // namespace

bool parse_config(const std::string& text, Config& out, std::string& error) {
    toml::table t;
    try {
        t = toml::parse(text);
    } catch (const toml::parse_error& e) {
        std::ostringstream s;
        s << "line " << e.source().begin.line << ": " << e.description();
        error = s.str();
        return false;
    }
    Config c;
    const bool ok = read(t, "screen", "width_mm", c.screen_width_mm, 50, 5000, error) &&
                    read(t, "screen", "height_mm", c.screen_height_mm, 50, 5000, error) &&
                    read(t, "kiosk", "language", c.language, 0, 0, error) &&
                    read(t, "kiosk", "idle_seconds", c.idle_seconds, 5, 3600, error) &&
                    read(t, "kiosk", "countdown_seconds", c.countdown_seconds, 1, 120, error) &&
                    read(t, "kiosk", "attract_slide_seconds", c.attract_slide_seconds, 2, 120, error) &&
                    read(t, "position", "lat", c.lat, -90, 90, error) &&
                    read(t, "position", "lon", c.lon, -180, 180, error) &&
                    read(t, "position", "name", c.place_name, 0, 0, error);
    if (!ok) return false;
    if (!read(t, "sync", "state", c.state_dir, 0, 0, error) || !read(t, "sync", "from", c.sync_from, 0, 0, error))
        return false;
    if (const auto keys = t["sync"]["trusted_keys"]; keys) {
        const toml::array* arr = keys.as_array();
        if (!arr) {
            error = "sync.trusted_keys must be a list of key files";
            return false;
        }
        for (const auto& k : *arr) {
            const auto v = k.value<std::string>();
            if (!v) {
                error = "sync.trusted_keys must hold file names";
                return false;
            }
            c.trusted_keys.push_back(*v);
        }
    }
    if (c.language != "fr" && c.language != "en" && c.language != "nl" && c.language != "de") {
        error = "kiosk.language must be fr, en, nl or de, not '" + c.language + "'";
        return false;
    }
    out = c;
    return true;
}

bool load_config(const std::string& path, Config& out, std::string& error) {
    std::ifstream f(path);
    if (!f) {
        error = "cannot read " + path;
        return false;
    }
    std::stringstream ss;
    ss << f.rdbuf();
    if (!parse_config(ss.str(), out, error)) {
        error = path + ": " + error;
        return false;
    }
    return true;
}

}  // namespace kiosk

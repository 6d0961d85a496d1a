// The kiosk's own settings (kiosk.toml): where it stands, how big its screen is, how long a
// visitor may be idle. Everything has a default, so a kiosk without a file still works.
#pragma once

#include <string>
#include <vector>

namespace kiosk {

struct Config {
    // Physical size of the visible screen area, used to keep every tap target at least
    // kMinTargetMm wide whatever the resolution. Defaults: a 32-inch 1080x1920 totem.
    double screen_width_mm = 398.5, screen_height_mm = 708.5;
    std::string language = "fr";   // what a new visitor finds
    int idle_seconds = 60;         // without a touch, then the countdown starts
    int countdown_seconds = 10;    // visible countdown before everything is reset
    int attract_slide_seconds = 7; // time per picture in the attract loop
    double lat = 50.4302, lon = 2.8032;  // the kiosk's position (default: Louvre-Lens hall)
    std::string place_name = "Louvre-Lens";
    // Where packs come from and whom to trust (kiosk-sync reads these too).
    std::string state_dir;                 // kiosk-sync's state directory
    std::string sync_from;                 // channel URL or directory
    std::vector<std::string> trusted_keys; // public key files
};

// Smallest tap target: a fingertip, as accessibility guidance for touch screens asks.
constexpr double kMinTargetMm = 9.0;

// Reads a kiosk.toml. Unknown keys are ignored; a value of the wrong type or out of range is
// an error. Returns false with a one-line reason and leaves `out` at its defaults.
bool load_config(const std::string& path, Config& out, std::string& error);
bool parse_config(const std::string& text, Config& out, std::string& error);

}  // namespace kiosk

// The kiosk's own settings (kiosk.toml): who and where it is, how big its screen is, how long
// a visitor may be idle, where packs come from, and the staff PIN. Everything has a default,
// so a kiosk without a file, or with a broken one, still starts and serves visitors.
#pragma once

#include <string>
#include <vector>

#include "core/languages.h"

namespace kiosk {

struct Config {
    // Names this kiosk in statistics exports and on the staff screen.
    std::string kiosk_id = "kiosk";
    std::string kiosk_name;
    // Physical size of the visible screen area, used to keep every tap target at least
    // kMinTargetMm wide whatever the resolution. Defaults: a 32-inch 1080x1920 totem.
    double screen_width_mm = 398.5, screen_height_mm = 708.5;
    // Height of the picture's bottom edge above the floor, for the low-reach mode: controls
    // then stay between kReachLowMm and kReachHighMm (EN 301 549 / ADA reach ranges). Default:
    // a totem whose 32-inch screen is centred at about 1.25 m.
    double screen_bottom_mm = 900;
    std::string language = "fr";   // what a new visitor finds
    // Offered on the switch, in order: any of core/languages.h known_languages().
    std::vector<std::string> languages = default_languages();
    int idle_seconds = 60;         // without a touch, then the countdown starts
    int countdown_seconds = 10;    // visible countdown before everything is reset
    int detail_idle_seconds = 0;   // on a card: reading a long text is not being idle; 0 = twice idle_seconds
    int attract_slide_seconds = 7; // time per picture in the attract loop
    // Decoded pictures kept ready to draw, in MB. With a software or shared-memory GPU this is
    // process memory: the kiosk's resident size levels off at about this much above its start.
    int picture_cache_mb = 128;
    double lat = 50.4302, lon = 2.8032;  // the kiosk's position (default: Louvre-Lens hall)
    std::string place_name = "Louvre-Lens";
    // Where packs come from and whom to trust (kiosk-sync reads these too).
    std::string state_dir;                 // kiosk-sync's state directory (the pack directory)
    std::string default_pack;              // shown while the state directory has no active pack
    std::string sync_from;                 // channel URL or directory
    std::vector<std::string> usb_roots{"/run/kiosk-usb", "/media"};  // where USB sticks get mounted
    std::vector<std::string> trusted_keys; // public key files
    // Staff mode. An empty hash disables it (nobody can open it, not even with a gesture).
    std::string staff_pin_hash;            // argon2id string from `kiosk-sync pin-hash`
    std::string stats_path;                // usage statistics database; empty = <state>/stats.db
    int stats_days = 400;                  // statistics older than this are deleted
    // The Speech access mode's voice (espeak-ng; kiosk/speech/speaker.h): the audio device ("" =
    // the system's default output; "wav:PATH" writes each text to a file instead, for tests),
    // the speed in words per minute, and the volume (100 = espeak-ng's normal).
    std::string speech_device;
    int speech_rate = 160;
    int speech_volume = 100;
};

// The band a seated or standing visitor reaches, in millimetres from the floor (EN 301 549
// 5.1.x and the ADA's unobstructed forward reach: 15 to 48 inches).
constexpr double kReachLowMm = 380, kReachHighMm = 1220;

// Smallest tap target: a fingertip, as accessibility guidance for touch screens asks.
constexpr double kMinTargetMm = 9.0;

// Reads a kiosk.toml. Unknown keys are ignored. A value of the wrong type or out of range is
// an error naming the key; that key keeps its default and every other key is still read, so
// one typo never stops a kiosk. A file that is not TOML at all leaves every default.
// Returns false when there was any error; `errors` gets one line per problem.
bool load_config(const std::string& path, Config& out, std::vector<std::string>& errors);
bool parse_config(const std::string& text, Config& out, std::vector<std::string>& errors);

// For callers that stop at the first problem (kiosk-sync): the first error only.
bool load_config(const std::string& path, Config& out, std::string& error);
bool parse_config(const std::string& text, Config& out, std::string& error);

}  // namespace kiosk

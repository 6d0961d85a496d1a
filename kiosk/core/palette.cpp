// The palettes' values and the WCAG contrast computation.
#include "core/palette.h"

#include <algorithm>
#include <cmath>

namespace kiosk {

const Palette& standard_palette() {
    // A light background for a bright station hall; the deep blue of the regional signage and
    // the red of the Flemish flags. White labels sit on every kind colour at 4.5:1 or more.
    static const Palette p{
        .background = 0xF6F3EC, .header = 0x163154, .on_header = 0xFFFFFF, .text = 0x19191E,
        .muted = 0x585860, .heading = 0x163154, .card = 0xFFFFFF, .card_border = 0xD6D0C4,
        .pressed = 0xFFD666, .accent = 0xC4262E, .on_accent = 0xFFFFFF, .placeholder = 0xE1DCD2, .marker = 0xFFECB3,
        .open = 0x14783C, .warn = 0x9A5600, .event_text = 0x7A3078,
        .site = 0x1F6F8B, .belfry = 0x964B1E, .event = 0x7A3078, .route = 0x2E6E32, .office = 0x00696E,
        .eat = 0xA04614, .sleep = 0x463C8C, .dim = 0x0A1428,
    };
    return p;
}

const Palette& high_contrast_palette() {
    // White and yellow on black, the usual high-contrast scheme of operating systems; the kind
    // colours darkened until white reads at 7:1 on them, so they still tell kinds apart.
    static const Palette p{
        .background = 0x000000, .header = 0x00205B, .on_header = 0xFFFFFF, .text = 0xFFFFFF,
        .muted = 0xE0E0E0, .heading = 0xFFE000, .card = 0x000000, .card_border = 0xFFFFFF,
        .pressed = 0x5A4600, .accent = 0xFFE000, .on_accent = 0x000000, .placeholder = 0x262626, .marker = 0x333333,
        .open = 0x7CFC7C, .warn = 0xFFB84D, .event_text = 0xF0B8EE,
        .site = 0x0B4257, .belfry = 0x5E2A0B, .event = 0x4E1A4C, .route = 0x1B4A1E, .office = 0x00434A,
        .eat = 0x652B0A, .sleep = 0x2E2666, .dim = 0x000000,
    };
    return p;
}

namespace {

double channel(std::uint32_t rgb, int shift) {
    const double c = static_cast<double>((rgb >> shift) & 0xFF) / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(std::uint32_t rgb) {
    return 0.2126 * channel(rgb, 16) + 0.7152 * channel(rgb, 8) + 0.0722 * channel(rgb, 0);
}

}  // namespace

double contrast_ratio(std::uint32_t a, std::uint32_t b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

std::vector<ColourPair> text_pairs(const Palette& p) {
    std::vector<ColourPair> out = {
        {"text on background", p.text, p.background},
        {"text on card", p.text, p.card},
        {"text on placeholder", p.text, p.placeholder},
        {"text on pressed", p.text, p.pressed},
        {"text on marker", p.text, p.marker},
        {"muted on background", p.muted, p.background},
        {"muted on card", p.muted, p.card},
        {"heading on card", p.heading, p.card},
        {"on_header on header", p.on_header, p.header},
        {"accent on background", p.accent, p.background},
        {"accent on card", p.accent, p.card},
        {"on_accent on accent", p.on_accent, p.accent},
        {"open on card", p.open, p.card},
        {"open on background", p.open, p.background},
        {"warn on card", p.warn, p.card},
        {"warn on background", p.warn, p.background},
        {"event dates on card", p.event_text, p.card},
        {"event dates on background", p.event_text, p.background},
    };
    const std::pair<const char*, std::uint32_t> kinds[] = {
        {"site", p.site}, {"belfry", p.belfry}, {"event", p.event}, {"route", p.route},
        {"office", p.office}, {"eat", p.eat}, {"sleep", p.sleep},
    };
    for (const auto& [name, fill] : kinds) out.push_back({std::string("on_header on ") + name, p.on_header, fill});
    return out;
}

}  // namespace kiosk

// The kiosk's two palettes, as plain 0xRRGGBB numbers so they can be checked without a
// window: the everyday one (WCAG AA, 4.5:1 for all text) and the high-contrast one a visitor
// with low vision turns on (WCAG AAA, 7:1 or more for all text). The app maps them onto its
// drawing colours (kiosk/app/widgets.h); tests compute the ratio of every pair that carries
// text (text_pairs), so a colour changed without thought fails a test, not a visitor.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace kiosk {

struct Palette {
    std::uint32_t background;   // behind everything
    std::uint32_t header;       // the top bar, the bottom bar and filled buttons
    std::uint32_t on_header;    // text and icons on header, on kind colours and on accent
    std::uint32_t text;         // body text on background, card, placeholder, pressed and marker
    std::uint32_t muted;        // secondary text on background and card
    std::uint32_t heading;      // emphasised text (the attract loop's first line) on card
    std::uint32_t card;         // cards, sheets and the overlay's box
    std::uint32_t card_border;  // edges of cards and keys (not text)
    std::uint32_t pressed;      // a control under the finger
    std::uint32_t accent;       // errors as text; the "you are here" marker as a fill
    std::uint32_t on_accent;    // the "you are here" label's text on accent
    std::uint32_t placeholder;  // unselected chips and keys; pictures still loading
    std::uint32_t marker;       // the "text in French" pill behind a field not in the visitor's language
    std::uint32_t open;         // "open now" text
    std::uint32_t warn;         // "opened at 10:00, closing time not given" text
    std::uint32_t event_text;   // an event's dates, as text on background and card
    // Kinds: fills with on_header text on them (home tiles, badges, the chosen day).
    std::uint32_t site, belfry, event, route, office, eat, sleep;
    std::uint32_t dim;          // behind overlays (drawn at ~70% opacity; not text)
};

const Palette& standard_palette();
const Palette& high_contrast_palette();

// WCAG 2 contrast ratio of two sRGB colours: 1 (same) to 21 (black on white).
double contrast_ratio(std::uint32_t a, std::uint32_t b);

struct ColourPair {
    std::string what;  // "text on card"
    std::uint32_t fg, bg;
};
// Every foreground/background pair the screens draw text with.
std::vector<ColourPair> text_pairs(const Palette& p);

}  // namespace kiosk

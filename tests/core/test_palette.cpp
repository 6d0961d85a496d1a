// The palettes' text contrast, computed as WCAG 2 defines it: every pair the screens draw text
// with reaches 4.5:1 in the everyday palette (AA) and 7:1 in the high-contrast one (AAA).
#include <catch2/catch.hpp>

#include "core/palette.h"

using namespace kiosk;

TEST_CASE("contrast ratios as WCAG computes them", "[palette]") {
    CHECK(contrast_ratio(0x000000, 0xFFFFFF) == Approx(21.0));
    CHECK(contrast_ratio(0xFFFFFF, 0xFFFFFF) == Approx(1.0));
    CHECK(contrast_ratio(0x777777, 0xFFFFFF) == Approx(4.48).margin(0.01));  // the famous near miss
    CHECK(contrast_ratio(0xFFFFFF, 0x777777) == contrast_ratio(0x777777, 0xFFFFFF));
}

TEST_CASE("every text colour pair meets AA in the everyday palette and AAA in high contrast", "[palette]") {
    for (const ColourPair& c : text_pairs(standard_palette())) {
        INFO("standard: " << c.what << " = " << contrast_ratio(c.fg, c.bg));
        CHECK(contrast_ratio(c.fg, c.bg) >= 4.5);
    }
    for (const ColourPair& c : text_pairs(high_contrast_palette())) {
        INFO("high contrast: " << c.what << " = " << contrast_ratio(c.fg, c.bg));
        CHECK(contrast_ratio(c.fg, c.bg) >= 7.0);
    }
    // The pairs cover every kind's badge.
    CHECK(text_pairs(standard_palette()).size() >= 22);
}

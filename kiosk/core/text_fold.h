// Folding text for comparison: case and accents removed, so "Béthune" sorts and matches like
// "bethune" and "Beffroi d’Arras" sorts among the A's.
#pragma once

#include <string>
#include <string_view>

namespace kiosk {

// Lowercase ASCII with Latin accents stripped (é -> e, œ -> oe, ß -> ss), apostrophes and
// hyphens dropped, other punctuation turned into spaces. Letters outside Latin-1 and
// Latin Extended-A are kept as they are.
std::string fold(std::string_view utf8);

// Appends the code point c, encoded as UTF-8.
void append_utf8(std::string& out, char32_t c);

}  // namespace kiosk

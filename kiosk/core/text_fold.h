// Folding text for comparison: case and accents removed, so "Béthune" sorts and matches like
// "bethune" and "Beffroi d’Arras" sorts among the A's.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace kiosk {

// Lowercase ASCII with Latin accents stripped (é -> e, œ -> oe, ß -> ss), apostrophes and
// hyphens dropped, other punctuation turned into spaces. Letters outside Latin-1 and
// Latin Extended-A are kept as they are.
std::string fold(std::string_view utf8);

// The code point starting at s[i], i moved past it; an invalid lead byte or a sequence cut by
// the end gives kBadUtf8 and moves i by one byte (continuation bytes are not checked: the
// callers only skip or count, and SQLite hands out what the pack builder wrote).
inline constexpr char32_t kBadUtf8 = 0xFFFFFFFF;
char32_t next_utf8(std::string_view s, size_t& i);

// Appends the code point c, encoded as UTF-8.
void append_utf8(std::string& out, char32_t c);

}  // namespace kiosk

// Accent and case folding over the Latin ranges our four languages use.
#include "core/text_fold.h"

namespace kiosk {

namespace {

// Base letters for U+00C0..U+00FF; "" drops the character (× ÷ are punctuation here).
const char* const kLatin1[64] = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",  // C0
    "d", "n", "o", "o", "o", "o", "o", " ", "o", "u", "u", "u", "u", "y", "th", "ss",  // D0
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",  // E0
    "d", "n", "o", "o", "o", "o", "o", " ", "o", "u", "u", "u", "u", "y", "th", "y",  // F0
};

// Latin Extended-A (U+0100..U+017F) letters come in case pairs; their base letters in order.
const char kExtA[] =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkklllllll"
    "lllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

}  // namespace

void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

char32_t next_utf8(std::string_view s, size_t& i) {
    const unsigned char b = static_cast<unsigned char>(s[i]);
    char32_t c;
    size_t n;
    if (b < 0x80) { c = b; n = 1; }
    else if ((b & 0xE0) == 0xC0 && i + 1 < s.size()) { c = (b & 0x1Fu) << 6 | (s[i + 1] & 0x3F); n = 2; }
    else if ((b & 0xF0) == 0xE0 && i + 2 < s.size()) { c = (b & 0x0Fu) << 12 | (s[i + 1] & 0x3F) << 6 | (s[i + 2] & 0x3F); n = 3; }
    else if ((b & 0xF8) == 0xF0 && i + 3 < s.size()) { c = (b & 0x07u) << 18 | (s[i + 1] & 0x3F) << 12 | (s[i + 2] & 0x3F) << 6 | (s[i + 3] & 0x3F); n = 4; }
    else { ++i; return kBadUtf8; }
    i += n;
    return c;
}

std::string fold(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        const char32_t c = next_utf8(s, i);
        if (c == kBadUtf8) continue;  // invalid byte: skipped, never copied

        if (c < 0x80) {
            if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
            else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ' ') out += static_cast<char>(c);
            else if (c == '\'' || c == '-') continue;
            else out += ' ';
        } else if (c >= 0xC0 && c <= 0xFF) {
            out += kLatin1[c - 0xC0];
        } else if (c >= 0x100 && c <= 0x17F) {
            if (c == 0x152 || c == 0x153) out += "oe";
            else if (c == 0x132 || c == 0x133) out += "ij";
            else if (c - 0x100 < sizeof kExtA - 1) out += kExtA[(c - 0x100)];
            else append_utf8(out, c);
        } else if (c == 0x2019 || c == 0x2018 || c == 0x2010 || c == 0x2011) {
            continue;  // typographic apostrophes and hyphens join words like their ASCII twins
        } else if ((c >= 0x80 && c < 0xC0) || (c >= 0x2000 && c <= 0x206F) || (c >= 0x20A0 && c <= 0x20CF)) {
            out += ' ';  // no-break spaces, dashes, quotes, ellipsis, currency signs
        } else {
            append_utf8(out, c);
        }
    }
    return out;
}

}  // namespace kiosk

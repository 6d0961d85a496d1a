// Text cleaning at import: mojibake, character references, HTML, whitespace, in that order
// (references first so that markup written as "&lt;br&gt;" is still taken as markup).
#include "publish/clean_text.h"

#include "core/text_fold.h"

#include <array>
#include <bit>
#include <cstring>
#include <cstdint>
#include <optional>

namespace kiosk::publish {
namespace {

using kiosk::append_utf8;

// Decodes one UTF-8 character at s[i]; returns its length, 0 when the bytes are not UTF-8.
std::size_t decode_utf8(std::string_view s, std::size_t i, std::uint32_t& cp) {
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
    const unsigned char c = b(0);
    std::size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return 0;
    cp = n == 1 ? c : n == 2 ? (c & 0x1Fu) : n == 3 ? (c & 0x0Fu) : (c & 0x07u);
    for (std::size_t k = 1; k < n; ++k) {
        if ((b(k) & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (b(k) & 0x3Fu);
    }
    static constexpr std::array<std::uint32_t, 5> kMin{0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMin[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return n;
}

// The byte a character stood for when UTF-8 was misread as Windows-1252 (Latin-1 plus the
// typographic characters of 0x80-0x9F), or nothing.
std::optional<unsigned char> cp1252_byte(std::uint32_t cp) {
    if (cp <= 0xFF) return static_cast<unsigned char>(cp);
    struct Pair { std::uint32_t cp; unsigned char byte; };
    static constexpr Pair kHigh[] = {
        {0x20AC, 0x80}, {0x201A, 0x82}, {0x0192, 0x83}, {0x201E, 0x84}, {0x2026, 0x85}, {0x2020, 0x86},
        {0x2021, 0x87}, {0x02C6, 0x88}, {0x2030, 0x89}, {0x0160, 0x8A}, {0x2039, 0x8B}, {0x0152, 0x8C},
        {0x017D, 0x8E}, {0x2018, 0x91}, {0x2019, 0x92}, {0x201C, 0x93}, {0x201D, 0x94}, {0x2022, 0x95},
        {0x2013, 0x96}, {0x2014, 0x97}, {0x02DC, 0x98}, {0x2122, 0x99}, {0x0161, 0x9A}, {0x203A, 0x9B},
        {0x0153, 0x9C}, {0x017E, 0x9E}, {0x0178, 0x9F}};
    for (const Pair& p : kHigh)
        if (p.cp == cp) return p.byte;
    return std::nullopt;
}

// Characters a French, Dutch, German or English text plausibly holds. A repair must yield one
// of them: "É" followed by a no-break space also reads as UTF-8 (U+0260), but nobody wrote that.
bool plausible(std::uint32_t cp) {
    return (cp >= 0xA0 && cp <= 0x17F) || (cp >= 0x2010 && cp <= 0x203A) || cp == 0x20AC || cp == 0x2122;
}

// Replaces each run of characters that, read back as Windows-1252 bytes, is one plausible
// UTF-8 character ("Ã©" -> "é", "â€™" -> "’"). Text that is not valid UTF-8 is left alone.
std::string repair_mojibake(std::string_view s, bool& changed) {
    std::string out;
    out.reserve(s.size());
    std::size_t i = 0;
    while (i < s.size()) {
        // ASCII is never part of mojibake: copied by runs, not character by character (this
        // filter sees every text of the flux, and most of every text is ASCII).
        if (static_cast<unsigned char>(s[i]) < 0x80) {
            std::size_t j = i + 1;
            while (j < s.size() && static_cast<unsigned char>(s[j]) < 0x80) ++j;
            out.append(s.substr(i, j - i));
            i = j;
            continue;
        }
        std::uint32_t lead = 0;
        const std::size_t n = decode_utf8(s, i, lead);
        if (n == 0) return std::string(s);  // not UTF-8 at all: no repair is unambiguous
        const std::size_t want = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
        if (want > 0) {
            std::string bytes(1, static_cast<char>(lead));
            std::size_t j = i + n;
            while (bytes.size() < want && j < s.size()) {
                std::uint32_t cp = 0;
                const std::size_t m = decode_utf8(s, j, cp);
                const auto byte = m ? cp1252_byte(cp) : std::nullopt;
                if (!byte || (*byte & 0xC0) != 0x80) break;
                bytes += static_cast<char>(*byte);
                j += m;
            }
            std::uint32_t fixed = 0;
            if (bytes.size() == want && decode_utf8(bytes, 0, fixed) == want && plausible(fixed)) {
                append_utf8(out, fixed);
                changed = true;
                i = j;
                continue;
            }
        }
        out.append(s.substr(i, n));
        i += n;
    }
    return out;
}

struct Named { std::string_view name; std::uint32_t cp; };
constexpr Named kEntities[] = {
    {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}, {"nbsp", 0xA0},
    {"eacute", 0xE9}, {"egrave", 0xE8}, {"ecirc", 0xEA}, {"euml", 0xEB}, {"agrave", 0xE0},
    {"acirc", 0xE2}, {"auml", 0xE4}, {"ccedil", 0xE7}, {"icirc", 0xEE}, {"iuml", 0xEF},
    {"ocirc", 0xF4}, {"ouml", 0xF6}, {"ugrave", 0xF9}, {"ucirc", 0xFB}, {"uuml", 0xFC},
    {"szlig", 0xDF}, {"Eacute", 0xC9}, {"Egrave", 0xC8}, {"Ecirc", 0xCA}, {"Agrave", 0xC0},
    {"Acirc", 0xC2}, {"Ccedil", 0xC7}, {"Ocirc", 0xD4}, {"Auml", 0xC4}, {"Ouml", 0xD6},
    {"Uuml", 0xDC}, {"oelig", 0x153}, {"OElig", 0x152}, {"laquo", 0xAB}, {"raquo", 0xBB},
    {"deg", 0xB0}, {"copy", 0xA9}, {"reg", 0xAE}, {"trade", 0x2122}, {"euro", 0x20AC},
    {"rsquo", 0x2019}, {"lsquo", 0x2018}, {"rdquo", 0x201D}, {"ldquo", 0x201C},
    {"hellip", 0x2026}, {"ndash", 0x2013}, {"mdash", 0x2014}, {"middot", 0xB7}, {"bull", 0x2022}};

// "&name;", "&#39;" or "&#x27;" at s[i] (s[i] == '&'): the character and the reference's length.
std::optional<std::pair<std::uint32_t, std::size_t>> reference(std::string_view s, std::size_t i) {
    const std::size_t semi = s.find(';', i);
    if (semi == std::string_view::npos || semi - i > 10 || semi == i + 1) return std::nullopt;
    const std::string_view body = s.substr(i + 1, semi - i - 1);
    std::uint32_t cp = 0;
    if (body[0] == '#') {
        const bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
        const std::string_view digits = body.substr(hex ? 2 : 1);
        if (digits.empty()) return std::nullopt;
        for (char c : digits) {
            int d = c >= '0' && c <= '9' ? c - '0' : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10 : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0) return std::nullopt;
            cp = cp * (hex ? 16u : 10u) + static_cast<std::uint32_t>(d);
            if (cp > 0x10FFFF) return std::nullopt;
        }
        // Control characters and surrogates are not text; a reference to them is dropped as is.
        if ((cp < 0x20 && cp != '\n' && cp != '\t') || (cp >= 0x7F && cp < 0xA0) || (cp >= 0xD800 && cp <= 0xDFFF))
            return std::nullopt;
    } else {
        bool found = false;
        for (const Named& e : kEntities)
            if (e.name == body) { cp = e.cp; found = true; break; }
        if (!found) return std::nullopt;
    }
    return std::make_pair(cp, semi - i + 1);
}

std::string decode_references(std::string_view s, bool& changed) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        if (s[i] == '&') {
            if (auto r = reference(s, i)) {
                append_utf8(out, r->first);
                i += r->second;
                changed = true;
                continue;
            }
        }
        out += s[i++];
    }
    return out;
}

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// What a tag becomes: block elements end a paragraph, <br> a line, <li> starts a bullet line.
std::string_view tag_text(std::string_view name) {
    static constexpr std::string_view kBlocks[] = {"p", "div", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
                                                   "table", "tr", "blockquote", "section", "article"};
    if (name == "br") return "\n";
    if (name == "li") return "\n• ";
    for (std::string_view b : kBlocks)
        if (name == b) return "\n\n";
    return "";
}

// Tags are "<" then a letter, "/" or "!" up to the next ">": "a < b" and "<3" stay text.
std::string strip_tags(std::string_view s, bool& changed) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        if (s[i] == '<' && i + 1 < s.size() && (is_alpha(s[i + 1]) || s[i + 1] == '/' || s[i + 1] == '!')) {
            const bool comment = s.substr(i, 4) == "<!--";
            const std::size_t end = comment ? s.find("-->", i) : s.find('>', i);
            if (end != std::string_view::npos) {
                std::size_t k = i + 1 + (s[i + 1] == '/' ? 1 : 0);
                std::string name;
                while (k < end && (is_alpha(s[k]) || (!name.empty() && s[k] >= '1' && s[k] <= '6'))) {
                    name += static_cast<char>(s[k] >= 'A' && s[k] <= 'Z' ? s[k] - 'A' + 'a' : s[k]);
                    ++k;
                }
                const bool closing_li = s[i + 1] == '/' && name == "li";
                if (!comment && !closing_li) out += tag_text(name);
                i = end + (comment ? 3 : 1);
                changed = true;
                continue;
            }
        }
        out += s[i++];
    }
    return out;
}

// Spaces and tabs in runs become one space, lines are trimmed, "\r\n" is "\n", and there is
// at most one empty line in a row and none at either end.
std::string normalize_space(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    int newlines = 0;
    bool space = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c != '\r' && c != '\n' && c != ' ' && c != '\t') {
            // A word: copied in one append (this runs over every text of the flux).
            std::size_t j = i + 1;
            while (j < s.size() && s[j] != '\r' && s[j] != '\n' && s[j] != ' ' && s[j] != '\t') ++j;
            if (!out.empty()) {
                if (newlines > 0) out.append(newlines > 1 ? "\n\n" : "\n");
                else if (space) out += ' ';
            }
            out.append(s.substr(i, j - i));
            newlines = 0;
            space = false;
            i = j - 1;
            continue;
        }
        if (c == '\n') {
            ++newlines;
            space = false;
        } else if (c != '\r') {
            space = true;  // ' ' or '\t'
        }
    }
    return out;
}

// False when repair_mojibake certainly leaves `s` as it is: a repair starts at a character
// U+00C2..U+00F4 (bytes C3 82..C3 B4) that a non-ASCII character follows (the byte after it
// is 0x80 or more). Most texts have none, and are then not rebuilt byte by byte.
bool may_hold_mojibake(std::string_view s) {
    for (std::size_t i = s.find('\xC3'); i != std::string_view::npos && i + 2 < s.size(); i = s.find('\xC3', i + 1)) {
        const auto b1 = static_cast<unsigned char>(s[i + 1]), b2 = static_cast<unsigned char>(s[i + 2]);
        if (b1 >= 0x82 && b1 <= 0xB4 && b2 >= 0x80) return true;
    }
    return false;
}

// True when normalize_space would return `s` unchanged: blanks are single spaces or one or
// two newlines, never next to each other otherwise, none at either end, no tab and no '\r'.
// The rule for the blank at s[i].
bool blank_is_normal(std::string_view s, std::size_t i) {
    const char c = s[i];
    if (static_cast<unsigned char>(c) > ' ') return true;
    if (c == '\t' || c == '\r' || i + 1 == s.size()) return false;  // a blank may not end the text
    const char d = s[i + 1];
    if (c == ' ' && (d == ' ' || d == '\n')) return false;
    if (c == '\n' && (d == ' ' || (d == '\n' && i + 2 < s.size() && s[i + 2] == '\n'))) return false;
    return true;
}

// The high bit of each byte of w that equals b, exactly (no borrow crosses bytes).
constexpr std::uint64_t bytes_equal(std::uint64_t w, unsigned char b) {
    constexpr std::uint64_t kLow7 = 0x7F7F7F7F7F7F7F7Full;
    const std::uint64_t x = w ^ (0x0101010101010101ull * b);
    return ~(((x & kLow7) + kLow7) | x | kLow7);
}

bool space_is_normal(std::string_view s) {
    const std::size_t n = s.size();
    if (n == 0) return true;
    if (s.front() == ' ' || s.front() == '\n') return false;
    std::size_t i = 0;
    if constexpr (std::endian::native == std::endian::little) {
        // Eight bytes at a time (this runs over every text of the flux, and a byte loop paid a
        // mispredicted branch at every space): a word with no tab or '\r' and no blank next to
        // another, its first byte included with the word before, follows the rule; any other
        // word is checked byte by byte.
        bool last_blank = false;  // the byte before s[i]
        for (; i + 8 <= n; i += 8) {
            std::uint64_t w;
            std::memcpy(&w, s.data() + i, 8);
            const std::uint64_t blank = bytes_equal(w, ' ') | bytes_equal(w, '\n');
            const std::uint64_t other = bytes_equal(w, '\t') | bytes_equal(w, '\r');
            if (other || (blank & ((blank << 8) | (last_blank ? 0x80u : 0u)))) {
                for (std::size_t k = i ? i - 1 : 0; k < i + 8; ++k)
                    if (!blank_is_normal(s, k)) return false;
            }
            last_blank = (blank >> 63) != 0;
        }
        // The last word's last byte, which no later word looked at: a blank there is checked
        // against the tail (or is the text's end).
        if (last_blank && !blank_is_normal(s, i - 1)) return false;
    }
    for (; i < n; ++i)
        if (!blank_is_normal(s, i)) return false;
    return true;
}

}  // namespace

std::string clean_text(std::string_view in, TextRepairs& repairs) {
    return clean_text_steps(in, repairs, true);
}

std::string clean_text_steps(std::string_view in, TextRepairs& repairs, bool shortcuts) {
    bool mojibake = false, references = false, html = false;
    std::string s = !shortcuts || may_hold_mojibake(in) ? repair_mojibake(in, mojibake) : std::string(in);
    if (s.find('&') != std::string::npos) s = decode_references(s, references);
    if (s.find('<') != std::string::npos) s = strip_tags(s, html);
    repairs.mojibake += mojibake;
    repairs.entities += references;
    repairs.html += html;
    // Most texts come out of the steps above already tidy: returned as they are.
    if (shortcuts && space_is_normal(s)) return s;
    return normalize_space(s);
}

}  // namespace kiosk::publish

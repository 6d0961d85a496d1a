#include "core/glyph_set.h"

#include "core/i18n.h"
#include "core/text_fold.h"

namespace kiosk {

void GlyphSet::add(char32_t c) {
    if (c < kLimit) bits_->set(c);
    else ++beyond_;
}

void GlyphSet::add_text(std::string_view s) {
    for (size_t i = 0; i < s.size();) {
        // ASCII runs are most of any text: no decoding for them.
        const unsigned char b = static_cast<unsigned char>(s[i]);
        if (b < 0x80) {
            bits_->set(b);
            ++i;
            continue;
        }
        const char32_t c = next_utf8(s, i);
        if (c != kBadUtf8) add(c);
    }
}

std::vector<char32_t> GlyphSet::list(char32_t from) const {
    std::vector<char32_t> out;
    for (char32_t c = from; c < kLimit; ++c)
        if (bits_->test(c)) out.push_back(c);
    return out;
}

GlyphSet ui_glyphs(const Strings& strings, const std::vector<std::string>& languages) {
    GlyphSet g;
    for (const std::string& lang : languages)
        if (const auto* t = strings.table(lang))
            for (const auto& [key, value] : *t) g.add_text(value);
    return g;
}

}  // namespace kiosk

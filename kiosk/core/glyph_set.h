// The characters the screens may draw, so that the font atlas holds only those.
//
// Why: a CJK font has some 65,000 glyphs; rasterised at our four sizes they would take
// hundreds of megabytes of atlas. A kiosk draws a few hundred of them: its UI strings in the
// languages it offers and the texts of the pack on screen. The app (ImGui) builds its glyph
// ranges from this set; nothing here knows about fonts.
#pragma once

#include <bitset>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk {

class Strings;

class GlyphSet {
public:
    // The Basic Multilingual Plane: ImGui's glyph ranges are 16-bit (ImWchar), so a code
    // point above it could not be drawn whatever the font.
    static constexpr char32_t kLimit = 0x10000;

    // Every code point of a UTF-8 text; invalid bytes are skipped, code points beyond the
    // BMP counted in beyond_bmp() only.
    void add_text(std::string_view utf8);
    void add(char32_t c);
    bool contains(char32_t c) const { return c < kLimit && bits_->test(c); }
    // Every code point of other is in this set.
    bool covers(const GlyphSet& other) const { return (*other.bits_ & ~*bits_).none(); }
    void merge(const GlyphSet& other) { *bits_ |= *other.bits_; beyond_ += other.beyond_; }
    std::size_t size() const { return bits_->count(); }
    std::size_t beyond_bmp() const { return beyond_; }
    // The code points at or above `from`, in order (the app skips what its fixed Latin
    // ranges already hold).
    std::vector<char32_t> list(char32_t from = 0) const;

private:
    // 8 KB, on the heap so that a Content stays cheap to move.
    std::unique_ptr<std::bitset<kLimit>> bits_ = std::make_unique<std::bitset<kLimit>>();
    std::size_t beyond_ = 0;

public:
    GlyphSet() = default;
    GlyphSet(const GlyphSet& o) : bits_(std::make_unique<std::bitset<kLimit>>(*o.bits_)), beyond_(o.beyond_) {}
    GlyphSet& operator=(const GlyphSet& o) {
        *bits_ = *o.bits_;
        beyond_ = o.beyond_;
        return *this;
    }
};

// The code points of every UI string (values only, not keys) of each of `languages` that the
// strings hold; a language without a file adds nothing (the screens show English for it).
GlyphSet ui_glyphs(const Strings& strings, const std::vector<std::string>& languages);

}  // namespace kiosk

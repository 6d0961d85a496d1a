// The font for the characters Noto Sans lacks (Japanese, and any CJK text a pack holds),
// mapped from disk rather than read.
//
// Why mapped: NotoSansCJK-Regular.ttc is 19 MB and ImGui's AddFontFromFileTTF would copy it
// into the heap for each of our four sizes at every atlas build. Mapped read-only, only the
// pages stb_truetype touches for the few hundred glyphs we rasterise (the cmap, the glyph
// index and those glyphs' outlines) are resident, and they are the page cache's, shared and
// clean: dropped under memory pressure and read again if needed; and once the atlas is built
// they are unmapped from this process too (release_pages).
#pragma once

#include <cstddef>
#include <string>

namespace kiosk::app {

class MappedFont {
public:
    MappedFont() = default;
    ~MappedFont();
    MappedFont(const MappedFont&) = delete;
    MappedFont& operator=(const MappedFont&) = delete;
    MappedFont(MappedFont&& o) noexcept;
    MappedFont& operator=(MappedFont&& o) noexcept;

    // False (and nothing mapped) when the file is missing, not a regular file, or empty.
    bool map(const std::string& path, int face);
    bool ok() const { return data_ != nullptr; }
    // ImGui takes void* but only reads the font (FontDataOwnedByAtlas = false: never freed).
    void* data() const { return data_; }
    int size() const { return static_cast<int>(size_); }
    int face() const { return face_; }
    const std::string& path() const { return path_; }
    // Drops this process's mappings of the file's pages (they stay in the page cache, and a
    // later read faults them in again): called after each atlas build.
    void release_pages() const;

private:
    void* data_ = nullptr;
    std::size_t size_ = 0;
    int face_ = 0;
    std::string path_;
};

struct CjkFonts {
    MappedFont regular, bold;  // bold is the regular face again when no bold file exists
    bool ok() const { return regular.ok(); }
};

// The first CJK font found: KIOSK_CJK_FONT (a file, for a site that prefers another font; a
// missing one disables CJK, which the e2e test uses), else assets/fonts then the system's Noto
// Sans CJK (fonts-noto-cjk, face 0 of the collection is the Japanese one: JP glyph forms),
// else a few other Debian Japanese fonts.
CjkFonts find_cjk_fonts(const std::string& assets);

}  // namespace kiosk::app

#include "app/cjk_font.h"

#include <cstdint>
#include <cstdlib>
#include <utility>
#include <vector>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kiosk::app {

MappedFont::~MappedFont() {
    if (data_) munmap(data_, size_);
}

MappedFont::MappedFont(MappedFont&& o) noexcept
    : data_(std::exchange(o.data_, nullptr)), size_(o.size_), face_(o.face_), path_(std::move(o.path_)) {}

MappedFont& MappedFont::operator=(MappedFont&& o) noexcept {
    if (this != &o) {
        if (data_) munmap(data_, size_);
        data_ = std::exchange(o.data_, nullptr);
        size_ = o.size_;
        face_ = o.face_;
        path_ = std::move(o.path_);
    }
    return *this;
}

bool MappedFont::map(const std::string& path, int face) {
    const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    struct stat st {};
    void* p = MAP_FAILED;
    // ImGui counts font sizes in int; no font comes near 2 GB.
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 && st.st_size < (1LL << 31))
        p = mmap(nullptr, static_cast<std::size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (p == MAP_FAILED) return false;
    // ImGui asserts, rather than fails, on a file that is no font or a face the collection
    // lacks: checked here, from the header (an sfnt tag, or a 'ttcf' header and its count).
    const auto* b = static_cast<const unsigned char*>(p);
    const std::size_t n = static_cast<std::size_t>(st.st_size);
    auto u32 = [&](std::size_t at) {
        return at + 4 <= n ? (std::uint32_t{b[at]} << 24 | std::uint32_t{b[at + 1]} << 16 | std::uint32_t{b[at + 2]} << 8 | b[at + 3]) : 0u;
    };
    const std::uint32_t tag = u32(0);
    const bool font = tag == 0x00010000u || tag == 0x4F54544Fu /* OTTO */ || tag == 0x74727565u /* true */;
    const bool collection = tag == 0x74746366u /* ttcf */ && face >= 0 && u32(8) > static_cast<std::uint32_t>(face);
    if (!(font && face == 0) && !collection) {
        munmap(p, n);
        return false;
    }
    *this = MappedFont{};
    data_ = p;
    size_ = static_cast<std::size_t>(st.st_size);
    face_ = face;
    path_ = path;
    return true;
}

void MappedFont::release_pages() const {
    if (data_) madvise(data_, size_, MADV_DONTNEED);
}

CjkFonts find_cjk_fonts(const std::string& assets) {
    CjkFonts f;
    if (const char* env = std::getenv("KIOSK_CJK_FONT")) {
        f.regular.map(env, 0);
        f.bold.map(env, 0);
        return f;
    }
    struct Candidate {
        std::string regular, bold;
        int face;
    };
    const std::string noto = "/usr/share/fonts/opentype/noto/";
    const std::vector<Candidate> candidates = {
        {assets + "/fonts/NotoSansCJK-Regular.ttc", assets + "/fonts/NotoSansCJK-Bold.ttc", 0},
        {noto + "NotoSansCJK-Regular.ttc", noto + "NotoSansCJK-Bold.ttc", 0},
        {"/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf", "", 0},
        {"/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf", "", 0},
        {"/usr/share/fonts/truetype/vlgothic/VL-Gothic-Regular.ttf", "", 0},
        {"/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", "", 0},
    };
    for (const Candidate& c : candidates) {
        if (!f.regular.map(c.regular, c.face)) continue;
        if (c.bold.empty() || !f.bold.map(c.bold, c.face)) f.bold.map(c.regular, c.face);
        break;
    }
    return f;
}

}  // namespace kiosk::app

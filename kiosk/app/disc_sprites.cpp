// Anti-aliased discs baked into the font atlas (see disc_sprites.h for why).
#include "app/disc_sprites.h"

#include <algorithm>
#include <cmath>

namespace kiosk::app {

namespace {
constexpr float kSmallest = 2.0f;  // px: below this a disc is a dot and the smallest level serves
constexpr float kStep = 0.70710678f;
constexpr int kPad = 2;  // empty texels around a disc: bilinear sampling never reaches a neighbour
}  // namespace

void DiscSprites::reserve(ImFontAtlas& atlas, float largest_px) {
    levels_.clear();
    ready_ = false;
    for (float r = std::max(largest_px, kSmallest); r >= kSmallest; r *= kStep) {
        Level l;
        l.radius = r;
        l.size = 2 * (static_cast<int>(std::ceil(r)) + kPad);
        l.rect = atlas.AddCustomRectRegular(l.size, l.size);
        if (l.rect < 0) break;
        levels_.push_back(l);
        if (levels_.size() >= 16) break;
    }
}

void DiscSprites::bake(ImFontAtlas& atlas) {
    ready_ = false;
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    atlas.GetTexDataAsAlpha8(&pixels, &w, &h);
    if (!pixels || levels_.empty()) return;
    for (Level& l : levels_) {
        const ImFontAtlasCustomRect* rect = atlas.GetCustomRectByIndex(l.rect);
        if (!rect || !rect->IsPacked() || rect->X + l.size > w || rect->Y + l.size > h) return;
        const float c = static_cast<float>(l.size) * 0.5f;
        for (int y = 0; y < l.size; ++y) {
            unsigned char* row = pixels + static_cast<std::size_t>(rect->Y + y) * static_cast<std::size_t>(w) + rect->X;
            for (int x = 0; x < l.size; ++x) {
                // Coverage of the texel by the disc, from its centre's distance to the rim: a
                // one-texel ramp, as ImGui's own fringe.
                const float dx = static_cast<float>(x) + 0.5f - c, dy = static_cast<float>(y) + 0.5f - c;
                const float cover = std::clamp(l.radius + 0.5f - std::sqrt(dx * dx + dy * dy), 0.0f, 1.0f);
                row[x] = static_cast<unsigned char>(std::lround(cover * 255.0f));
            }
        }
        atlas.CalcCustomRectUV(rect, &l.uv0, &l.uv1);
    }
    ready_ = true;
}

void DiscSprites::draw(ImDrawList* dl, ImVec2 centre, float r, ImU32 col) const {
    if (r <= 0 || (col & IM_COL32_A_MASK) == 0) return;
    if (!ready_ || r > levels_.front().radius) {
        dl->AddCircleFilled(centre, r, col);
        return;
    }
    // The smallest level at least as large as r (levels_ runs largest first).
    auto it = std::find_if(levels_.rbegin(), levels_.rend(), [r](const Level& l) { return l.radius >= r; });
    const Level& l = *it;
    const float half = static_cast<float>(l.size) * 0.5f * (r / l.radius);
    dl->PrimReserve(6, 4);
    dl->PrimRectUV({centre.x - half, centre.y - half}, {centre.x + half, centre.y + half}, l.uv0, l.uv1, col);
}

}  // namespace kiosk::app

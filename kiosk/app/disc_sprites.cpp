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

// The smallest level at least as large as r (levels_ runs largest first).
const DiscSprites::Level* DiscSprites::level_for(float r) const {
    if (!ready_ || r > levels_.front().radius) return nullptr;
    auto it = std::find_if(levels_.rbegin(), levels_.rend(), [r](const Level& l) { return l.radius >= r; });
    return &*it;
}

void DiscSprites::draw(ImDrawList* dl, ImVec2 centre, float r, ImU32 col) const {
    if (r <= 0 || (col & IM_COL32_A_MASK) == 0) return;
    const Level* l = level_for(r);
    if (!l) {
        dl->AddCircleFilled(centre, r, col);
        return;
    }
    const float half = static_cast<float>(l->size) * 0.5f * (r / l->radius);
    dl->PrimReserve(6, 4);
    dl->PrimRectUV({centre.x - half, centre.y - half}, {centre.x + half, centre.y + half}, l->uv0, l->uv1, col);
}

void DiscSprites::draw_wedge(ImDrawList* dl, ImVec2 centre, float r, float a0, float a1, ImU32 col) const {
    if (r <= 0 || a1 <= a0 || (col & IM_COL32_A_MASK) == 0) return;
    const Level* l = level_for(r);
    if (!l) {
        dl->PathLineTo(centre);
        dl->PathArcTo(centre, r, a0, a1);
        dl->PathFillConvex(col);
        return;
    }
    const float scale = r / l->radius;  // screen pixels per texel
    const float half = static_cast<float>(l->size) * 0.5f * scale;
    // The fan's points stand on the circle inscribed in the quad; its chords must stay outside
    // every point that filtering gives some of the disc (its soft edge ends half a texel past
    // r, and bilinear sampling reaches a texel further), which bounds the angle between two.
    const float clear = std::min(1.0f, (r + 1.5f * scale) / half);
    const float step = std::max(0.2f, 2.0f * std::acos(clear));
    const int n = std::max(1, static_cast<int>(std::ceil((a1 - a0) / step)));
    const ImVec2 du{(l->uv1.x - l->uv0.x) / (2 * half), (l->uv1.y - l->uv0.y) / (2 * half)};
    auto uv_of = [&](ImVec2 p) {
        return ImVec2{l->uv0.x + (p.x - centre.x + half) * du.x, l->uv0.y + (p.y - centre.y + half) * du.y};
    };
    dl->PrimReserve(3 * n, n + 2);
    const ImDrawIdx first = static_cast<ImDrawIdx>(dl->_VtxCurrentIdx);
    dl->PrimWriteVtx(centre, uv_of(centre), col);
    for (int i = 0; i <= n; ++i) {
        const float a = i == n ? a1 : a0 + (a1 - a0) * static_cast<float>(i) / static_cast<float>(n);
        const ImVec2 p{centre.x + half * std::cos(a), centre.y + half * std::sin(a)};
        dl->PrimWriteVtx(p, uv_of(p), col);
    }
    for (int i = 0; i < n; ++i) {
        dl->PrimWriteIdx(first);
        dl->PrimWriteIdx(static_cast<ImDrawIdx>(first + 1 + i));
        dl->PrimWriteIdx(static_cast<ImDrawIdx>(first + 2 + i));
    }
}

}  // namespace kiosk::app

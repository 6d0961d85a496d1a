// The discs baked into the font atlas (kiosk/app/disc_sprites.h): a disc on screen is one quad
// whose texels are the disc's coverage, with its rim at the radius asked for, at every radius
// from a dot to the largest level; larger discs fall back to ImGui's tessellated circle.
// ImGui runs without a window or GL here: the atlas is built on the CPU, frames are only begun.
#include <catch2/catch.hpp>
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "app/disc_sprites.h"

using kiosk::app::DiscSprites;

namespace {

// An ImGui context with the default font and the discs baked, and the atlas's 8-bit pixels.
struct Fixture {
    DiscSprites discs;
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    Fixture() {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.Fonts->AddFontDefault();
        discs.reserve(*io.Fonts, 40.0f);
        REQUIRE(io.Fonts->Build());
        discs.bake(*io.Fonts);
        io.Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
        io.DisplaySize = {800, 600};
        io.DeltaTime = 1.0f / 60;
        unsigned char* rgba = nullptr;
        int rw = 0, rh = 0;
        io.Fonts->GetTexDataAsRGBA32(&rgba, &rw, &rh);  // NewFrame wants the atlas "uploaded"
        ImGui::NewFrame();
    }
    ~Fixture() {
        ImGui::EndFrame();
        ImGui::DestroyContext();
    }
    // The atlas's coverage at a texture coordinate (nearest texel).
    int alpha(ImVec2 uv) const {
        const int x = std::clamp(static_cast<int>(uv.x * static_cast<float>(w)), 0, w - 1);
        const int y = std::clamp(static_cast<int>(uv.y * static_cast<float>(h)), 0, h - 1);
        return pixels[static_cast<size_t>(y) * static_cast<size_t>(w) + static_cast<size_t>(x)];
    }
};

// The texture coordinate under screen point p of the quad made of vertices [v0, v0 + 4).
ImVec2 uv_at(const ImDrawList& dl, int v0, ImVec2 p) {
    const ImDrawVert& a = dl.VtxBuffer[v0];      // top left
    const ImDrawVert& c = dl.VtxBuffer[v0 + 2];  // bottom right
    const float tx = (p.x - a.pos.x) / (c.pos.x - a.pos.x), ty = (p.y - a.pos.y) / (c.pos.y - a.pos.y);
    return {a.uv.x + tx * (c.uv.x - a.uv.x), a.uv.y + ty * (c.uv.y - a.uv.y)};
}

}  // namespace

TEST_CASE("a disc is one quad whose texels cover the disc and nothing outside its rim") {
    Fixture f;
    REQUIRE(f.discs.levels() >= 8);  // 40 px down to 2 px in steps of 1/sqrt(2)
    REQUIRE(f.discs.largest() == 40.0f);
    ImDrawList* dl = ImGui::GetForegroundDrawList();
    for (float r : {2.5f, 6.0f, 13.3f, 20.8f, 28.0f, 39.0f}) {
        INFO("radius " << r);
        const int v0 = dl->VtxBuffer.Size, i0 = dl->IdxBuffer.Size;
        const ImVec2 c{400, 300};
        f.discs.draw(dl, c, r, IM_COL32(10, 20, 30, 255));
        REQUIRE(dl->VtxBuffer.Size - v0 == 4);
        REQUIRE(dl->IdxBuffer.Size - i0 == 6);
        CHECK(dl->VtxBuffer[v0].col == IM_COL32(10, 20, 30, 255));
        CHECK(f.alpha(uv_at(*dl, v0, c)) == 255);                                 // the centre is covered
        CHECK(f.alpha(uv_at(*dl, v0, {c.x + r - 1.5f, c.y})) >= 230);             // inside the rim
        CHECK(f.alpha(uv_at(*dl, v0, {c.x, c.y + r + 1.5f})) <= 25);              // outside it
        CHECK(f.alpha(uv_at(*dl, v0, {c.x + 0.72f * r + 1.5f, c.y + 0.72f * r + 1.5f})) <= 25);  // towards a corner
        // The quad is no larger than the disc needs: at most twice the radius plus a few pixels.
        CHECK(dl->VtxBuffer[v0 + 2].pos.x - dl->VtxBuffer[v0].pos.x <= 2 * r + 6);
    }
}

TEST_CASE("a disc larger than the largest level, or without baked levels, is ImGui's own circle") {
    Fixture f;
    ImDrawList* dl = ImGui::GetForegroundDrawList();
    int v0 = dl->VtxBuffer.Size;
    f.discs.draw(dl, {400, 300}, 60.0f, IM_COL32_WHITE);
    CHECK(dl->VtxBuffer.Size - v0 > 20);
    DiscSprites none;  // nothing reserved nor baked
    v0 = dl->VtxBuffer.Size;
    none.draw(dl, {400, 300}, 10.0f, IM_COL32_WHITE);
    CHECK(dl->VtxBuffer.Size - v0 > 4);
    // Transparent or empty: nothing at all.
    v0 = dl->VtxBuffer.Size;
    f.discs.draw(dl, {400, 300}, 10.0f, IM_COL32(255, 255, 255, 0));
    f.discs.draw(dl, {400, 300}, 0.0f, IM_COL32_WHITE);
    CHECK(dl->VtxBuffer.Size == v0);
}

namespace {

// The triangle of [i0, end) of dl's indices that holds p (none on a shared edge counts twice:
// a point exactly on one is nudged by the caller): its first index's position in IdxBuffer, or -1.
struct Hit {
    int at = -1;
    int count = 0;
    ImVec2 uv;
    ImU32 col = 0;
};
Hit triangle_at(const ImDrawList& dl, int i0, ImVec2 p) {
    Hit h;
    for (int i = i0; i + 2 < dl.IdxBuffer.Size; i += 3) {
        const ImDrawVert& a = dl.VtxBuffer[dl.IdxBuffer[i]];
        const ImDrawVert& b = dl.VtxBuffer[dl.IdxBuffer[i + 1]];
        const ImDrawVert& c = dl.VtxBuffer[dl.IdxBuffer[i + 2]];
        const float d = (b.pos.y - c.pos.y) * (a.pos.x - c.pos.x) + (c.pos.x - b.pos.x) * (a.pos.y - c.pos.y);
        if (std::fabs(d) < 1e-6f) continue;
        const float l1 = ((b.pos.y - c.pos.y) * (p.x - c.pos.x) + (c.pos.x - b.pos.x) * (p.y - c.pos.y)) / d;
        const float l2 = ((c.pos.y - a.pos.y) * (p.x - c.pos.x) + (a.pos.x - c.pos.x) * (p.y - c.pos.y)) / d;
        const float l3 = 1 - l1 - l2;
        if (l1 < 0 || l2 < 0 || l3 < 0) continue;
        ++h.count;
        h.at = i;
        h.uv = {l1 * a.uv.x + l2 * b.uv.x + l3 * c.uv.x, l1 * a.uv.y + l2 * b.uv.y + l3 * c.uv.y};
        h.col = a.col;
    }
    return h;
}

}  // namespace

TEST_CASE("wedges round a disc show the disc's own texels, each in its colour, in a few vertices") {
    Fixture f;
    ImDrawList* dl = ImGui::GetForegroundDrawList();
    const ImU32 cols[3] = {IM_COL32(200, 0, 0, 255), IM_COL32(0, 200, 0, 255), IM_COL32(0, 0, 200, 255)};
    for (float r : {6.0f, 13.3f, 20.8f, 28.0f, 39.0f}) {
        INFO("radius " << r);
        const ImVec2 c{400, 300};
        // The same disc as one quad, for its texture coordinates.
        const int q0 = dl->VtxBuffer.Size;
        f.discs.draw(dl, c, r, IM_COL32_WHITE);
        const int v0 = dl->VtxBuffer.Size, i0 = dl->IdxBuffer.Size;
        // A rim split as a bubble's: from the top, clockwise, 60%, 30% and 10% of the turn.
        const float top = -1.5708f, bounds[4] = {top, top + 0.6f * 6.2832f, top + 0.9f * 6.2832f, top + 6.2832f};
        for (int k = 0; k < 3; ++k) f.discs.draw_wedge(dl, c, r, bounds[k], bounds[k + 1], cols[k]);
        CHECK(dl->VtxBuffer.Size - v0 <= 32);  // a stroked rim as smooth: about 60
        // Every point of the quad where the disc shows (a grid finer than a pixel, off the
        // wedges' straight sides and the centre) is under exactly one wedge: no gap, no overlap.
        const ImVec2 qa = dl->VtxBuffer[q0].pos, qc = dl->VtxBuffer[q0 + 2].pos;
        int shown = 0;
        for (float y = qa.y + 0.13f; y < qc.y; y += 0.7f) {
            for (float x = qa.x + 0.29f; x < qc.x; x += 0.7f) {
                const ImVec2 p{x, y};
                const ImVec2 want = uv_at(*dl, q0, p);
                if (f.alpha(want) == 0) continue;
                const float a = std::atan2(p.y - c.y, p.x - c.x) + (p.x < c.x && p.y < c.y ? 6.2832f : 0.0f);
                bool near_side = std::hypot(p.x - c.x, p.y - c.y) < 0.5f;
                for (float b : bounds) near_side |= std::fabs(std::remainder(a - b, 6.2832f)) < 1e-3f;
                if (near_side) continue;
                INFO("point " << x << ", " << y);
                const Hit h = triangle_at(*dl, i0, p);
                REQUIRE(h.count == 1);
                ++shown;
                // The rim's colours in their spans, from the top (angle -pi/2) clockwise.
                const int k = a < bounds[1] ? 0 : a < bounds[2] ? 1 : 2;
                CHECK(h.col == cols[k]);
                CHECK(h.uv.x == Approx(want.x).margin(1e-5));
                CHECK(h.uv.y == Approx(want.y).margin(1e-5));
            }
        }
        CHECK(static_cast<float>(shown) > 2 * r * r);  // most of the disc's pi r^2 was looked at
        // Every texel the fan reaches lies in the disc's own sprite (its outer corners are empty).
        for (int v = v0; v < dl->VtxBuffer.Size; ++v) {
            const ImVec2 uv = dl->VtxBuffer[v].uv;
            CHECK(uv.x >= dl->VtxBuffer[q0].uv.x - 1e-6f);
            CHECK(uv.x <= dl->VtxBuffer[q0 + 2].uv.x + 1e-6f);
            CHECK(uv.y >= dl->VtxBuffer[q0].uv.y - 1e-6f);
            CHECK(uv.y <= dl->VtxBuffer[q0 + 2].uv.y + 1e-6f);
            if (v > v0 && dl->VtxBuffer[v].pos.x != c.x) CHECK(f.alpha(uv) == 0);  // the fan's rim: transparent
        }
    }
    // Without baked levels: ImGui's own filled arc, still in its colour.
    DiscSprites none;
    const int v0 = dl->VtxBuffer.Size;
    none.draw_wedge(dl, {400, 300}, 10.0f, 0.0f, 1.0f, cols[0]);
    CHECK(dl->VtxBuffer.Size - v0 > 3);
    CHECK(dl->VtxBuffer[v0].col == cols[0]);
}

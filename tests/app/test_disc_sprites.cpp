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

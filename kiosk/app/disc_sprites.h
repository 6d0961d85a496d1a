// Filled circles as pictures: anti-aliased white discs rasterised into the font atlas at a few
// radii, so a disc on screen is one textured quad (4 vertices, 6 indices) tinted by its colour.
//
// Why: ImGui tessellates a filled circle with an anti-aliased fringe, about 50 vertices and 150
// indices at 0.65 em. A map pin is four circles and a bubble three or more; at 50,000 items the
// closest zoom shows some 1,300 markers, 400 to 500 vertices each, and under software GL every
// vertex costs the UI thread (Mesa's vertex stage runs on the thread that draws): 8 ms of a
// 9 ms frame. The same discs as quads cost a twentieth of that and look the same.
#pragma once

#include <imgui.h>

#include <vector>

namespace kiosk::app {

class DiscSprites {
public:
    // Before the atlas is built: room for discs of radius `largest_px` down to about 2 px, each
    // level 1/sqrt(2) of the one above, so a disc is drawn from a level at most 1.41 times its
    // radius (its 1-texel soft edge shrinks to no less than 0.7 px: as smooth as ImGui's fringe).
    void reserve(ImFontAtlas& atlas, float largest_px);
    // After atlas.Build(), before the texture is uploaded: draws the discs into the atlas's
    // 8-bit coverage and notes their texture coordinates.
    void bake(ImFontAtlas& atlas);

    // A filled disc, or ImGui's own circle when r is above the largest level or nothing is baked
    // (the current texture of `dl` must be the atlas: true outside AddImage calls).
    void draw(ImDrawList* dl, ImVec2 centre, float r, ImU32 col) const;
    // The slice of that disc between angles a0 < a1 (radians, y down: clockwise on screen), as
    // a fan from the centre over the same texels: the round edge is the texture's (smooth), the
    // fan's own outer edge lies in the transparent margin around it, so a few points suffice
    // (a bubble's rim, split in its kinds' colours, costs 15 to 20 vertices, where a stroked
    // arc of the same smoothness cost 60). The straight sides are hard, as a stroke's ends.
    void draw_wedge(ImDrawList* dl, ImVec2 centre, float r, float a0, float a1, ImU32 col) const;

    // For the tests: how many levels are ready, and the largest radius.
    std::size_t levels() const { return ready_ ? levels_.size() : 0; }
    float largest() const { return levels_.empty() ? 0.0f : levels_.front().radius; }

private:
    struct Level {
        float radius = 0;  // of the disc, in texels
        int rect = -1;     // the atlas's custom rect
        int size = 0;      // the rect's side, in texels; the disc is centred in it
        ImVec2 uv0, uv1;
    };
    const Level* level_for(float r) const;  // nullptr: draw with ImGui's own shapes
    std::vector<Level> levels_;  // largest first
    bool ready_ = false;
};

}  // namespace kiosk::app

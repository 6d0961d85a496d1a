// A picture kept off screen: a GL framebuffer object and its colour texture. For what costs
// many vertices and seldom changes, drawn into it once and shown as one textured quad: the
// map's land, sea and lines (screen_map.cpp), tens of thousands of vertices that under
// software GL cost the UI thread a few milliseconds on every frame of a zoom or a pan. And for
// frames made on the CPU, uploaded into it and copied into the window: the attract loop's
// (slide_show.h).
//
// The layer lives in GL memory (the process's own under software GL: 30 MB for a portrait map
// with its margins), so the app releases it when the visit that used it ends.
#pragma once

#include <imgui.h>

#include <cstddef>
#include <cstdint>

namespace kiosk::app {

class OffscreenLayer {
public:
    OffscreenLayer() = default;
    OffscreenLayer(const OffscreenLayer&) = delete;
    OffscreenLayer& operator=(const OffscreenLayer&) = delete;
    ~OffscreenLayer();

    // Makes the layer w x h pixels (its contents are then undefined) or keeps it if it already
    // is. False when it cannot be made (no framebuffer objects, a size over the GL's limit):
    // the caller draws directly instead.
    bool resize(int w, int h);
    // Draws `list`, whose coordinates are the layer's pixels (0, 0 at its top left) and whose
    // clip rectangles say where, into the layer; the rest of it is left as it was.
    void render(ImDrawList& list);
    // Replaces its pixels with w x h RGBA ones, rows top first (as ImGui's coordinates).
    void upload(const void* rgba);
    // Copies it into the window's back buffer, its top left at (0, top) in the window's pixels
    // (fb_h high), pixel for pixel, upright.
    void blit_to_window(float top, int fb_h) const;
    // Frees the GL objects; the next resize makes them anew.
    void release();

    // The texture to show (rows bottom-up, as GL draws: v = 1 is the layer's top row).
    ImTextureID texture() const;
    int width() const { return w_; }
    int height() const { return h_; }
    std::size_t bytes() const { return static_cast<std::size_t>(w_) * static_cast<std::size_t>(h_) * 4; }
    // Changes whenever the layer's contents are lost (resize, release): a user's record of what
    // it drew holds only for the generation it drew into.
    std::uint64_t generation() const { return generation_; }
    // How many lists were drawn into it since the kiosk started (state dumps, tests).
    std::uint64_t renders() const { return renders_; }

private:
    unsigned fbo_ = 0, tex_ = 0;
    int w_ = 0, h_ = 0;
    std::uint64_t generation_ = 1;
    std::uint64_t renders_ = 0;
};

}  // namespace kiosk::app

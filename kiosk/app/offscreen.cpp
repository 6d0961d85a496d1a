// The off-screen layer's GL side (see offscreen.h).
#include "app/offscreen.h"

#include "app/textures.h"

#define GL_GLEXT_PROTOTYPES
#include <GL/gl.h>
#include <GL/glext.h>
#include <backends/imgui_impl_opengl3.h>

#include <cmath>
#include <cstdint>

namespace kiosk::app {

OffscreenLayer::~OffscreenLayer() { release(); }

void OffscreenLayer::release() {
    if (!fbo_ && !tex_) return;  // nothing held, nothing lost: the generation stays
    if (fbo_) glDeleteFramebuffers(1, &fbo_);
    if (tex_) glDeleteTextures(1, &tex_);
    fbo_ = tex_ = 0;
    w_ = h_ = 0;
    ++generation_;
}

bool OffscreenLayer::resize(int w, int h) {
    if (fbo_ && w == w_ && h == h_) return true;
    release();
    GLint max_size = 0;
    glGetIntegerv(GL_MAX_TEXTURE_SIZE, &max_size);
    if (w <= 0 || h <= 0 || w > max_size || h > max_size) return false;
    GLint last_tex = 0, last_fbo = 0;
    glGetIntegerv(GL_TEXTURE_BINDING_2D, &last_tex);
    glGetIntegerv(GL_FRAMEBUFFER_BINDING, &last_fbo);
    // Linear: while the map glides the layer is shown scaled until it is drawn again.
    tex_ = make_rgba_texture(w, h, nullptr);
    glGenFramebuffers(1, &fbo_);
    glBindFramebuffer(GL_FRAMEBUFFER, fbo_);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, tex_, 0);
    const bool ok = glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
    glBindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(last_fbo));
    glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(last_tex));
    if (!ok) {
        release();
        return false;
    }
    w_ = w;
    h_ = h;
    return true;
}

void OffscreenLayer::render(ImDrawList& list) {
    if (!fbo_ || list.CmdBuffer.empty() || list.IdxBuffer.empty()) return;
    GLint last_fbo = 0;
    glGetIntegerv(GL_FRAMEBUFFER_BINDING, &last_fbo);
    glBindFramebuffer(GL_FRAMEBUFFER, fbo_);
    // ImGui's renderer draws one frame's lists into the bound framebuffer, whatever it is: a
    // frame of the layer's size, its top left at the origin (it saves and restores the GL state
    // it changes, the viewport included).
    ImDrawList* lists[] = {&list};
    ImDrawData data;
    data.Valid = true;
    data.CmdLists = lists;
    data.CmdListsCount = 1;
    data.TotalVtxCount = list.VtxBuffer.Size;
    data.TotalIdxCount = list.IdxBuffer.Size;
    data.DisplayPos = {0, 0};
    data.DisplaySize = {static_cast<float>(w_), static_cast<float>(h_)};
    data.FramebufferScale = {1, 1};
    ImGui_ImplOpenGL3_RenderDrawData(&data);
    ++renders_;
    glBindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(last_fbo));
}

void OffscreenLayer::upload(const void* rgba) {
    if (!tex_) return;
    glBindTexture(GL_TEXTURE_2D, tex_);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    // Into the storage it has (a new one costs page faults on every upload).
    glTexSubImage2D(GL_TEXTURE_2D, 0, 0, 0, w_, h_, GL_RGBA, GL_UNSIGNED_BYTE, rgba);
}

void OffscreenLayer::blit_to_window(float top, int fb_h) const {
    if (!fbo_) return;
    GLint last_read = 0;
    glGetIntegerv(GL_READ_FRAMEBUFFER_BINDING, &last_read);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, fbo_);
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, 0);
    // The layer's first row is its top, and GL counts rows from the bottom: the destination's
    // rows are given top first, which turns it upright.
    const int y = fb_h - static_cast<int>(std::lround(top));
    glBlitFramebuffer(0, 0, w_, h_, 0, y, w_, y - h_, GL_COLOR_BUFFER_BIT, GL_NEAREST);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, static_cast<GLuint>(last_read));
}

ImTextureID OffscreenLayer::texture() const {
    return reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(tex_));
}

}  // namespace kiosk::app

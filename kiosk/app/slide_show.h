// The attract loop's frames, composed on the CPU and shown as one opaque texture.
//
// Why: the attract loop runs most of the day, so what it costs is the kiosk's idle cost. Under
// Mesa's software GL every pixel drawn is CPU, and a full-screen picture drawn through ImGui
// (bilinear sampling, blending on) costs 15-18 ms of a core at 1080x1920; a cross-fade step
// drew two of them. Measured with a throwaway GL program on this kind of machine: copying a
// screen-sized frame with glBlitFramebuffer costs 6-7 ms (it replaces the frame's clear as
// well), uploading one under 1 ms, and mixing two frames on the CPU 2-3 ms. So a worker thread
// composes each slide once at the screen's size (decode, crop or letterbox over the blurred
// copy: core/picture_frame.h, compose_frame), paints what lies over every slide into it (the
// band under the title, the invitation's card: paint_overlay; ImGui drew those over every
// frame, 5-6 ms of a core each) and mixes the fade's steps (cross_fade); the UI thread uploads
// the frame a step needs into one texture and copies it into the back buffer (blit) before
// ImGui draws the words over it.
//
// The screen asks for the frame it shows now (frame) and names the one it will show next
// (ahead), so the worker has it ready by then: a step then costs the UI thread an upload.
// A frame that is not ready yet is not waited for: the last one uploaded stays (or, before
// any, nothing), and its arrival asks for a frame (arrived).
//
// Memory: two composed slides, up to two mixed frames and the texture, 8 MB each at
// 1080x1920, held while the attract loop shows and freed by release() when a visit starts.
#pragma once

#include <imgui.h>

#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "app/offscreen.h"
#include "core/image_decode.h"
#include "core/picture_frame.h"

namespace kiosk::app {

class SlideShow {
public:
    // One frame of the loop: slide `cur` faded toward `next` by alpha/255, w x h pixels, over
    // `under` (ImGui's packed RGBA) where a picture is transparent or missing, with `overlay`
    // painted over it.
    struct Key {
        std::int64_t cur = -1, next = -1;
        int alpha = 0;
        int w = 0, h = 0;
        std::uint32_t under = 0;
        SlideOverlay overlay;
        bool operator==(const Key& o) const {
            return cur == o.cur && next == o.next && alpha == o.alpha && w == o.w && h == o.h && under == o.under &&
                   overlay == o.overlay;
        }
        // The same slides' pictures, made for the same frame (what a composed slide depends on).
        bool same_frame(const Key& o) const { return w == o.w && h == o.h && under == o.under && overlay == o.overlay; }
        bool operator!=(const Key& o) const { return !(*this == o); }
    };

    // wake is called from the worker when a frame is ready (it posts an empty GLFW event).
    explicit SlideShow(void (*wake)());
    ~SlideShow();
    SlideShow(const SlideShow&) = delete;
    SlideShow& operator=(const SlideShow&) = delete;

    // Points the worker at a pack (its own read-only connection) and forgets every frame; the
    // texture keeps the last one until a frame of the new pack replaces it.
    void set_pack(const std::string& pack_path);

    // Makes the texture show `k` if the worker has it, else keeps the last frame uploaded while
    // k is being made. False while there is none at all (the screen shows a placeholder).
    // Main thread.
    bool frame(const Key& k);
    // Copies the texture into the window's back buffer, its top left at (0, top) in the
    // window's pixels (fb_h high): the first thing drawn in a frame. Main thread.
    void blit(float top, int fb_h) const;
    // The frame the screen will show next: made now, so it is ready then.
    void ahead(const Key& k);
    // Whether a frame the screen asked for (and did not get) has since been made; sets *early
    // when a frame made ahead arrived (nothing on screen changes for that). Main thread.
    bool arrived(bool* early = nullptr);
    // The screen shows an older frame than the one it asked for.
    bool waiting() const { return waiting_; }
    // Frees the texture and every frame (the visit started): the worker drops its slides.
    void release();

    // What the texture holds (cur < 0: nothing), the frames uploaded since the kiosk started
    // and the texture's bytes (state dumps, tests).
    const Key& shown() const { return shown_; }
    std::uint64_t uploads() const { return uploads_; }
    int width() const { return layer_.width(); }
    int height() const { return layer_.height(); }
    std::size_t bytes() const { return layer_.bytes(); }

private:
    using Frame = std::shared_ptr<const RgbaImage>;
    void worker();
    bool made(const Key& k) const;  // under mu_

    // Shared with the worker, under mu_.
    std::mutex mu_;
    std::condition_variable cv_;
    std::string pack_path_;
    std::uint64_t generation_ = 0;  // a new pack: the worker reopens it and drops its slides
    bool drop_ = false;             // release(): the worker drops its slides
    bool stop_ = false;
    Key want_, ahead_;              // cur < 0: nothing asked
    // Frames made for want_ or ahead_ (at most those two), and what arrived since arrived().
    std::vector<std::pair<Key, Frame>> made_;
    bool arrived_ = false, early_ = false;

    // Main thread only.
    void (*wake_)();
    OffscreenLayer layer_;  // the frame shown: uploaded into, copied into the window by blit
    Key shown_;  // what the texture holds
    bool waiting_ = false;
    bool held_ = false;  // anything to release
    std::uint64_t uploads_ = 0;
    std::thread thread_;  // last: started once the rest is set up
};

}  // namespace kiosk::app

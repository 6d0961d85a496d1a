// The attract loop's frames: made on a worker, shown from one texture (see slide_show.h).
#include "app/slide_show.h"

#include <algorithm>
#include <atomic>

#include "app/textures.h"
#include "core/pack_reader.h"
#include "core/picture_frame.h"

namespace kiosk::app {

SlideShow::SlideShow(void (*wake)()) : wake_(wake), thread_([this] { worker(); }) {}

SlideShow::~SlideShow() {
    {
        std::lock_guard lk(mu_);
        stop_ = true;
    }
    cv_.notify_all();
    thread_.join();
}

void SlideShow::set_pack(const std::string& pack_path) {
    {
        std::lock_guard lk(mu_);
        pack_path_ = pack_path;
        ++generation_;
        made_.clear();
        arrived_ = early_ = false;
    }
    cv_.notify_one();
    shown_ = {};  // the texture keeps the old frame until one of the new pack replaces it
}

void SlideShow::release() {
    if (!held_) return;
    {
        std::lock_guard lk(mu_);
        want_ = ahead_ = {};
        made_.clear();
        drop_ = true;
        arrived_ = early_ = false;
    }
    cv_.notify_one();
    layer_.release();
    shown_ = {};
    waiting_ = false;
    held_ = false;
}

bool SlideShow::made(const Key& k) const {
    return std::any_of(made_.begin(), made_.end(), [&](const auto& m) { return m.first == k; });
}

bool SlideShow::frame(const Key& k) {
    held_ = true;
    Frame img;
    {
        std::lock_guard lk(mu_);
        if (want_ != k) {
            want_ = k;
            cv_.notify_one();
        }
        if (shown_ != k || layer_.width() == 0)
            for (const auto& m : made_)
                if (m.first == k) img = m.second;
    }
    if (img && img->width > 0 && img->height > 0) {
        // Made anew only when the size changes; when it cannot be made, the screen shows its
        // placeholder.
        if (layer_.resize(img->width, img->height)) layer_.upload(img->pixels.data());
        shown_ = k;
        ++uploads_;
    }
    waiting_ = shown_ != k;
    return layer_.width() > 0;
}

void SlideShow::ahead(const Key& k) {
    held_ = true;
    std::lock_guard lk(mu_);
    if (ahead_ != k) {
        ahead_ = k;
        cv_.notify_one();
    }
}

bool SlideShow::arrived(bool* early) {
    std::lock_guard lk(mu_);
    const bool r = arrived_;
    if (early && early_) *early = true;
    arrived_ = early_ = false;
    return r;
}

void SlideShow::worker() {
    std::unique_ptr<Pack> pack;
    std::uint64_t open_gen = ~std::uint64_t{0};
    // The slides composed for the frames asked, by media id, with the size and colour they
    // were made for.
    struct Slide {
        Key made_for;
        Frame image;
    };
    std::vector<std::pair<std::int64_t, Slide>> slides;
    // The buffers mixed frames are made in, reused once nobody holds them: a new 8 MB buffer
    // per fade step cost as much in page faults as the mixing itself.
    std::vector<std::shared_ptr<RgbaImage>> buffers;
    for (;;) {
        Key job, keep;  // the frame to make, and the other one asked
        std::string path;
        std::uint64_t gen;
        {
            std::unique_lock lk(mu_);
            cv_.wait(lk, [&] {
                return stop_ || drop_ || open_gen != generation_ || (want_.cur >= 0 && !made(want_)) ||
                       (ahead_.cur >= 0 && !made(ahead_));
            });
            if (stop_) return;
            if (drop_ || open_gen != generation_) {
                slides.clear();
                buffers.clear();
                drop_ = false;
                if (open_gen != generation_) pack.reset();
                open_gen = generation_;
                continue;
            }
            job = want_.cur >= 0 && !made(want_) ? want_ : ahead_;
            keep = job == want_ ? ahead_ : want_;
            path = pack_path_;
            gen = generation_;
        }
        // Only the slides this job and the other one asked need stay.
        slides.erase(std::remove_if(slides.begin(), slides.end(),
                                    [&](const auto& s) {
                                        return s.first != job.cur && s.first != job.next && s.first != keep.cur &&
                                               s.first != keep.next;
                                    }),
                     slides.end());
        auto slide = [&](std::int64_t media) -> Frame {
            for (const auto& [id, s] : slides)
                if (id == media && s.made_for.same_frame(job)) return s.image;
            RgbaImage pic;
            Focus focus;
            try {
                if (!pack && !path.empty()) pack = Pack::open(path, /*verify=*/false);  // verified by the app
                if (!pack || !read_picture(*pack, media, /*full=*/true, pic, focus)) pic = {};
            } catch (const std::exception&) {
                pic = {};  // the slide shows the calm colour
            }
            const std::uint8_t under[4] = {static_cast<std::uint8_t>(job.under), static_cast<std::uint8_t>(job.under >> 8),
                                           static_cast<std::uint8_t>(job.under >> 16), 255};
            auto composed = std::make_shared<RgbaImage>(compose_frame(pic, focus, job.w, job.h, under));
            paint_overlay(*composed, job.overlay);
            slides.erase(std::remove_if(slides.begin(), slides.end(), [&](const auto& s) { return s.first == media; }),
                         slides.end());
            slides.push_back({media, Slide{job, composed}});
            return Frame(composed);
        };
        Frame out;
        try {
            out = slide(job.cur);
            if (job.alpha > 0) {
                auto free = std::find_if(buffers.begin(), buffers.end(), [](const auto& b) { return b.use_count() == 1; });
                if (free == buffers.end())
                    free = buffers.insert(buffers.end(), std::make_shared<RgbaImage>());
                else
                    // The UI thread's last read of it (an upload) happened before its release of
                    // the count this saw at one; the fence makes that read come before our writes.
                    std::atomic_thread_fence(std::memory_order_acquire);
                std::shared_ptr<RgbaImage> mixed = *free;
                cross_fade(*out, *slide(job.next), job.alpha, *mixed);
                out = std::move(mixed);
            }
        } catch (const std::bad_alloc&) {
            out = std::make_shared<const RgbaImage>();  // an empty frame: the screen keeps the last one
        }
        {
            std::lock_guard lk(mu_);
            if (gen != generation_ || (job != want_ && job != ahead_)) continue;  // asked no more
            made_.erase(std::remove_if(made_.begin(), made_.end(),
                                       [&](const auto& m) { return m.first != want_ && m.first != ahead_; }),
                        made_.end());
            made_.emplace_back(job, std::move(out));
            (job == want_ ? arrived_ : early_) = true;
        }
        if (wake_) wake_();
    }
}

void SlideShow::blit(float top, int fb_h) const { layer_.blit_to_window(top, fb_h); }

}  // namespace kiosk::app

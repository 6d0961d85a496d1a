// Worker-side decoding and main-thread GL uploads for pack pictures.
#include "app/textures.h"

#include <GL/gl.h>

#include "core/pack_reader.h"

namespace kiosk::app {

unsigned make_rgba_texture(int w, int h, const void* pixels) {
    unsigned id = 0;
    glGenTextures(1, &id);
    glBindTexture(GL_TEXTURE_2D, id);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, w, h, 0, GL_RGBA, GL_UNSIGNED_BYTE, pixels);
    return id;
}

bool read_picture(Pack& pack, std::int64_t media, bool full, RgbaImage& image, Focus& focus) {
    std::string bytes, err;
    const bool ok = full ? pack.media(media, bytes) : pack.thumbnail(media, bytes);
    if (!ok || !decode_image(bytes, image, err)) return false;
    Pack::MediaFrame frame;
    if (pack.media_frame(media, frame)) {
        // A thumbnail is the picture cropped to its own shape around the focal point
        // (publish/images.cpp): the same window says where the point is inside it.
        focus = full ? frame.focus
                     : focus_in_window(frame.focus,
                                       cover_window(frame.width, frame.height, image.width, image.height, frame.focus));
    }
    return true;
}

namespace {

unsigned upload(const RgbaImage& img) { return make_rgba_texture(img.width, img.height, img.pixels.data()); }

}  // namespace

TextureCache::TextureCache(std::size_t budget_bytes, void (*wake)())
    : budget_(budget_bytes), wake_(wake), thread_([this] { worker(); }) {}

TextureCache::~TextureCache() {
    {
        std::lock_guard lk(mu_);
        stop_ = true;
    }
    cv_.notify_all();
    thread_.join();
    for (auto& [k, e] : entries_) release(e.tex);
}

void TextureCache::release(Texture& t) {
    glDeleteTextures(1, &t.gl_id);
    if (t.backdrop_id) glDeleteTextures(1, &t.backdrop_id);
    t = {};
}

void TextureCache::set_pack(const std::string& pack_path) {
    {
        std::lock_guard lk(mu_);
        pack_path_ = pack_path;
        ++generation_;
        todo_.clear();
        done_.clear();
    }
    for (auto& [k, e] : entries_) release(e.tex);
    entries_.clear();
    lru_.clear();
    requested_.clear();
    wanted_.clear();
    used_ = 0;
}

void TextureCache::prefetch_full(std::int64_t media_id) { get(key(media_id, true), /*wanted=*/false); }

const Texture* TextureCache::get(std::int64_t k, bool wanted) {
    auto it = entries_.find(k);
    if (it != entries_.end()) {
        lru_.splice(lru_.begin(), lru_, it->second.lru);
        return &it->second.tex;
    }
    const auto req = requested_.find(k);
    if (wanted && (req == requested_.end() || !req->second)) wanted_.insert(k);  // not a known failure
    if (req == requested_.end()) {
        requested_[k] = false;
        {
            std::lock_guard lk(mu_);
            todo_.push_back(k);
        }
        cv_.notify_one();
    }
    return nullptr;
}

void TextureCache::worker() {
    std::unique_ptr<Pack> pack;
    std::string open_path;
    std::uint64_t open_gen = 0;
    for (;;) {
        std::int64_t k;
        std::string path;
        std::uint64_t gen;
        {
            std::unique_lock lk(mu_);
            cv_.wait(lk, [this] { return stop_ || !todo_.empty(); });
            if (stop_) return;
            k = todo_.front();
            todo_.pop_front();
            path = pack_path_;
            gen = generation_;
        }
        Done d{k, gen, {}, false, {}, {}};
        try {
            if (!pack || open_path != path || open_gen != gen) {
                pack.reset();
                // The main thread already verified this pack; skip the slow check here.
                pack = Pack::open(path, /*verify=*/false);
                open_path = path;
                open_gen = gen;
            }
            d.ok = read_picture(*pack, k / 2, k % 2 != 0, d.image, d.focus);
            // Made here, once per picture, never per frame: a few thousand pixels to upload.
            if (d.ok && (k % 2)) {
                d.backdrop = blurred_backdrop(d.image);
                d.opaque = true;
                const auto& px = d.image.pixels;
                for (std::size_t i = 3; i < px.size() && d.opaque; i += 4) d.opaque = px[i] == 255;
            }
        } catch (const std::exception&) {
            d.ok = false;  // the card keeps its placeholder
        }
        {
            std::lock_guard lk(mu_);
            done_.push_back(std::move(d));
        }
        if (wake_) wake_();
    }
}

bool TextureCache::upload_ready(bool* prefetched) {
    std::vector<Done> done;
    std::uint64_t gen;
    {
        std::lock_guard lk(mu_);
        done.swap(done_);
        gen = generation_;
    }
    bool any = false;
    for (Done& d : done) {
        if (d.generation != gen) continue;
        const bool was_wanted = wanted_.erase(d.key) > 0;
        if (!d.ok) {
            requested_[d.key] = true;
            continue;
        }
        Entry e;
        e.tex.gl_id = upload(d.image);
        e.tex.width = d.image.width;
        e.tex.height = d.image.height;
        e.tex.focus = d.focus;
        e.tex.opaque = d.opaque;
        e.bytes = d.image.pixels.size();
        if (!d.backdrop.pixels.empty()) {
            e.tex.backdrop_id = upload(d.backdrop);
            e.bytes += d.backdrop.pixels.size();  // counted in the budget like the picture
        }
        lru_.push_front(d.key);
        e.lru = lru_.begin();
        used_ += e.bytes;
        entries_[d.key] = e;
        any = any || was_wanted;
        if (prefetched && !was_wanted) *prefetched = true;
    }
    evict();
    return any;
}

void TextureCache::evict() {
    // Keep at least the few most recent pictures even over budget: they are on screen.
    while (used_ > budget_ && lru_.size() > 8) {
        const std::int64_t k = lru_.back();
        lru_.pop_back();
        auto it = entries_.find(k);
        used_ -= it->second.bytes;
        release(it->second.tex);
        entries_.erase(it);
        requested_.erase(k);  // may be requested again later
    }
}

}  // namespace kiosk::app

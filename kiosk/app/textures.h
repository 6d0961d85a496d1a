// GPU textures for pack pictures: decoded on a worker thread, uploaded on the main thread,
// kept in an LRU cache bounded by bytes.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/image_decode.h"
#include "core/picture_frame.h"

namespace kiosk {
class Pack;
}

namespace kiosk::app {

// A GL texture of w x h RGBA pixels (none: contents undefined), sampled linearly and clamped at
// its edges; left bound. The GL's id.
unsigned make_rgba_texture(int w, int h, const void* pixels);

// Reads and decodes a media row's picture (full) or its thumbnail, with the picture's focal
// point in the decoded image's coordinates. False when it is missing or does not decode.
// Worker threads (the texture cache's, the attract loop's), each with its own connection.
bool read_picture(Pack& pack, std::int64_t media, bool full, RgbaImage& image, Focus& focus);

struct Texture {
    unsigned gl_id = 0;
    int width = 0, height = 0;
    // The picture's focal point in this texture's coordinates (for a thumbnail, moved into
    // the crop the thumbnail is), from the pack: cover crops keep it in view.
    Focus focus;
    // Full pictures only: a small blurred, darkened copy drawn behind the picture when it is
    // shown whole (core/picture_frame.h, blurred_backdrop), made by the decoder thread.
    unsigned backdrop_id = 0;
    // No transparent pixel (a JPEG; most PNGs): what lies under it never shows, so it need
    // not be drawn (draw_picture's backdrop).
    bool opaque = false;
};

class TextureCache {
public:
    // wake is called from the worker when a picture is ready (it posts an empty GLFW event
    // so a sleeping main loop draws it).
    TextureCache(std::size_t budget_bytes, void (*wake)());
    ~TextureCache();
    TextureCache(const TextureCache&) = delete;
    TextureCache& operator=(const TextureCache&) = delete;

    // Points the worker at a pack (its own read-only connection). Drops every texture.
    void set_pack(const std::string& pack_path);

    // The texture for a media row, or nullptr while it loads (the request is queued once).
    const Texture* thumbnail(std::int64_t media_id) { return get(key(media_id, false)); }
    const Texture* full(std::int64_t media_id) { return get(key(media_id, true)); }
    // Decodes a full picture ahead of showing it (the attract loop's next slide). Until a
    // screen asks for it with full(), its arrival neither counts as busy() nor asks for a frame.
    void prefetch_full(std::int64_t media_id);

    // Uploads what the worker finished. Main thread only. True if anything a screen asked
    // for was uploaded (a prefetch alone: false, nothing on screen changes; *prefetched
    // says whether one arrived).
    bool upload_ready(bool* prefetched = nullptr);
    // Pictures a screen asked for still being decoded (so the loop keeps drawing until they show).
    bool busy() const { return !wanted_.empty(); }
    std::size_t bytes_used() const { return used_; }

private:
    static std::int64_t key(std::int64_t media_id, bool full) { return media_id * 2 + (full ? 1 : 0); }
    const Texture* get(std::int64_t k, bool wanted = true);
    void worker();
    void evict();
    static void release(Texture& t);

    struct Done {
        std::int64_t key;
        std::uint64_t generation;
        RgbaImage image;
        bool ok;
        Focus focus;
        RgbaImage backdrop;  // full pictures only
        bool opaque = false;
    };
    struct Entry {
        Texture tex;
        std::size_t bytes = 0;
        std::list<std::int64_t>::iterator lru;
    };

    std::size_t budget_, used_ = 0;
    void (*wake_)();
    std::unordered_map<std::int64_t, Entry> entries_;
    std::list<std::int64_t> lru_;  // front = most recently used
    std::unordered_map<std::int64_t, bool> requested_;  // key -> failed
    std::unordered_set<std::int64_t> wanted_;            // in flight and asked for by a screen

    std::mutex mu_;
    std::condition_variable cv_;
    std::deque<std::int64_t> todo_;
    std::vector<Done> done_;
    std::string pack_path_;
    std::uint64_t generation_ = 0;
    bool stop_ = false;
    std::thread thread_;
};

}  // namespace kiosk::app

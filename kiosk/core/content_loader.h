// The kiosk's second thread for content: reads a pack (catalog, search index, a trial read of
// what the screens will read) and makes listings, while the UI thread keeps drawing frames.
//
// Why a thread: on a 50,000-item pack, reading the catalog and building the search index take
// seconds and a listing (every event's next date, every place's status) half a second; done on
// the UI thread they froze the screen at start-up, at every hot reload and every minute. Here
// the UI thread only asks (load, relist) and, once per frame, takes what is ready (poll), then
// swaps it in: a pointer move.
//
// One request of each sort is kept: a newer load replaces a load not yet started, a newer
// relist a relist not yet started. Results come back in the order they finish; each says what
// it was asked for, so the caller can drop a stale one. Nothing here touches the UI thread's
// own Pack connection: a loaded pack comes with a fresh one for it.
#pragma once

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "core/catalog.h"
#include "core/glyph_set.h"
#include "core/pack_reader.h"
#include "core/search.h"

namespace kiosk {

// Everything the kiosk shows of one pack, ready to be swapped in.
struct Content {
    std::string path;
    std::unique_ptr<Pack> pack;  // the UI thread's connection (details, pictures, staff status)
    std::shared_ptr<const Catalog> catalog;
    std::unique_ptr<SearchIndex> search;
    std::shared_ptr<const Listing> listing;
    // Every character of the pack's texts (all languages: a title may fall back to another
    // one), for the font atlas: collected while the search index reads the same rows.
    GlyphSet glyphs;
};

// What a load and a relist are made for: the languages the kiosk offers (their orders are
// prepared), and the visitor's language, clock and picked date (for the first listing).
struct ListingKey {
    std::vector<std::string> languages;
    std::string lang;
    DateTime now;
    Date picked;
};

// Reads a whole pack as the content loader does, on the calling thread. Before anything is
// returned the pack has been read as the screens will read it (issue 15: a pack with a table
// or column the reader does not expect is refused here, not in front of a visitor): the
// catalog, the search index, one detail of each kind. The integrity check is the installer's
// (install/verify.cpp), once per pack, not every start. Throws what the pack throws.
Content load_content(const std::string& path, const ListingKey& key);

class ContentLoader {
public:
    // `wake` is called from the loader's thread when a result is ready (it must be safe to
    // call from any thread: glfwPostEmptyEvent).
    explicit ContentLoader(std::function<void()> wake);
    ~ContentLoader();
    ContentLoader(const ContentLoader&) = delete;
    ContentLoader& operator=(const ContentLoader&) = delete;

    void load(const std::string& path, const ListingKey& key);
    // `previous`, the listing shown (of the same catalog), lends what has not changed.
    void relist(std::shared_ptr<const Catalog> catalog, const ListingKey& key,
                std::shared_ptr<const Listing> previous = nullptr);
    // Content the UI thread no longer shows, freed here: a 50,000-item catalog, its search
    // index and listing take tens of milliseconds to free, which a frame cannot spare.
    void retire(std::shared_ptr<const void> old);

    struct Loaded {
        std::string path;
        std::optional<Content> content;  // empty when the pack was refused
        std::string error;               // why, one line
    };
    struct Relisted {
        std::shared_ptr<const Catalog> catalog;  // what it was made from
        std::shared_ptr<const Listing> listing;
    };
    // Results ready since the last call (UI thread, once per frame).
    std::vector<Loaded> take_loaded();
    std::vector<Relisted> take_relisted();
    // A request is queued or running, or a result waits to be taken.
    bool busy() const;

private:
    void run();

    std::function<void()> wake_;
    mutable std::mutex mu_;
    std::condition_variable cv_;
    bool stop_ = false;
    int running_ = 0;
    std::optional<std::pair<std::string, ListingKey>> load_;
    struct Relist {
        std::shared_ptr<const Catalog> catalog;
        ListingKey key;
        std::shared_ptr<const Listing> previous;
    };
    std::optional<Relist> relist_;
    std::vector<Loaded> loaded_;
    std::vector<Relisted> relisted_;
    std::vector<std::shared_ptr<const void>> retired_;
    std::thread thread_;  // last: started once everything above exists
};

}  // namespace kiosk

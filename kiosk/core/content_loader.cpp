// The content loader's thread (content_loader.h says why it exists).
#include "core/content_loader.h"

namespace kiosk {

Content load_content(const std::string& path, const ListingKey& key) {
    Content c;
    c.path = path;
    // Two connections to the same read-only file: this one is read here and dropped, the
    // other goes to the UI thread. Neither runs quick_check (see the header).
    auto pack = Pack::open(path, false);
    c.catalog = Catalog::read(*pack, key.languages);
    c.search = std::make_unique<SearchIndex>(*pack, SearchIndex::Tuning{}, [&](std::string_view t) { c.glyphs.add_text(t); });
    pack->for_each_label([&](std::string_view t) { c.glyphs.add_text(t); });
    c.listing = Listing::make(*c.catalog, key.lang, key.now, key.picked);
    // A detail of the first card of each kind, read as the detail screen will.
    for (const std::string& kind : c.catalog->kinds()) {
        const auto& cards = c.listing->of(kind);
        if (!cards.empty()) pack->item(cards.front().id, key.lang, key.now);
    }
    c.pack = Pack::open(path, false);
    return c;
}

ContentLoader::ContentLoader(std::function<void()> wake) : wake_(std::move(wake)), thread_([this] { run(); }) {}

ContentLoader::~ContentLoader() {
    {
        std::lock_guard lock(mu_);
        stop_ = true;
    }
    cv_.notify_all();
    thread_.join();
}

void ContentLoader::load(const std::string& path, const ListingKey& key) {
    {
        std::lock_guard lock(mu_);
        load_.emplace(path, key);
    }
    cv_.notify_all();
}

void ContentLoader::relist(std::shared_ptr<const Catalog> catalog, const ListingKey& key,
                           std::shared_ptr<const Listing> previous) {
    {
        std::lock_guard lock(mu_);
        relist_ = Relist{std::move(catalog), key, std::move(previous)};
    }
    cv_.notify_all();
}

void ContentLoader::retire(std::shared_ptr<const void> old) {
    if (!old) return;
    {
        std::lock_guard lock(mu_);
        retired_.push_back(std::move(old));
    }
    cv_.notify_all();
}

std::vector<ContentLoader::Loaded> ContentLoader::take_loaded() {
    std::lock_guard lock(mu_);
    return std::exchange(loaded_, {});
}

std::vector<ContentLoader::Relisted> ContentLoader::take_relisted() {
    std::lock_guard lock(mu_);
    return std::exchange(relisted_, {});
}

bool ContentLoader::busy() const {
    std::lock_guard lock(mu_);
    return running_ > 0 || load_ || relist_ || !loaded_.empty() || !relisted_.empty();
}

void ContentLoader::run() {
    std::unique_lock lock(mu_);
    for (;;) {
        cv_.wait(lock, [&] { return stop_ || load_ || relist_ || !retired_.empty(); });
        if (stop_) return;
        if (!retired_.empty()) {
            auto old = std::exchange(retired_, {});
            lock.unlock();
            old.clear();  // the last owners: freed on this thread
            lock.lock();
            continue;
        }
        // A load first: a relist of the pack it replaces would be thrown away.
        if (load_) {
            auto [path, key] = std::move(*load_);
            load_.reset();
            ++running_;
            lock.unlock();
            Loaded out;
            out.path = path;
            try {
                out.content = load_content(path, key);
            } catch (const std::exception& e) {
                out.error = e.what();
            }
            lock.lock();
            --running_;
            loaded_.push_back(std::move(out));
        } else {
            Relist job = std::move(*relist_);
            relist_.reset();
            ++running_;
            lock.unlock();
            Relisted out;
            out.catalog = job.catalog;
            // Nothing here reads the pack; only memory can run out, and then the listing
            // shown stays (a null one is dropped by the caller).
            try {
                const Listing* previous = job.previous && job.previous->made_from == job.catalog.get() ? job.previous.get() : nullptr;
                out.listing = Listing::make(*job.catalog, job.key.lang, job.key.now, job.key.picked, previous);
            } catch (const std::exception&) {
                out.listing = nullptr;
            }
            lock.lock();
            --running_;
            relisted_.push_back(std::move(out));
        }
        lock.unlock();
        if (wake_) wake_();
        lock.lock();
    }
}

}  // namespace kiosk

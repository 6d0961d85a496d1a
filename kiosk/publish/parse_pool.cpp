// The ordered parse pool (see parse_pool.h). The stream thread owns `order_` and `bytes_`;
// workers touch only `todo_` and the slots they took, under `mu_`, and a slot lives until the
// stream thread has delivered it, which it does only once the slot is done.
#include "publish/parse_pool.h"

#include <utility>

#include <simdjson.h>

namespace kiosk::publish {

static_assert(ParsePool::kPadding >= simdjson::SIMDJSON_PADDING, "ParsePool::kPadding is simdjson's padding");

ParsePool::ParsePool(ParsedFn on_parsed, unsigned threads, std::size_t window, std::size_t max_bytes)
    : on_parsed_(std::move(on_parsed)), window_(window ? window : 1), max_bytes_(max_bytes) {
    if (threads == 0) threads = std::thread::hardware_concurrency();
    // One thread would only take turns with the stream thread: parse in place instead.
    if (threads <= 1) return;
    workers_.reserve(threads);
    for (unsigned i = 0; i < threads; ++i) workers_.emplace_back([this] { work(); });
}

ParsePool::~ParsePool() {
    {
        std::lock_guard<std::mutex> lock(mu_);
        stopping_ = true;
    }
    work_cv_.notify_all();
    for (std::thread& t : workers_) t.join();
}

void ParsePool::work() {
    for (;;) {
        Slot* s = nullptr;
        {
            std::unique_lock<std::mutex> lock(mu_);
            work_cv_.wait(lock, [this] { return stopping_ || !todo_.empty(); });
            if (stopping_) return;  // a build that failed: what is queued is not wanted
            s = todo_.front();
            todo_.pop_front();
        }
        run(*s);
        {
            std::lock_guard<std::mutex> lock(mu_);
            s->done = true;
        }
        done_cv_.notify_all();
    }
}

// Reads (when asked) and parses one object. Called on a worker, or in place without workers.
void ParsePool::run(Slot& s) {
    Parsed& p = s.parsed;
    if (s.read) {
        try {
            p.read = (*s.read)(p.entry, s.json);
        } catch (...) {
            p.error = std::current_exception();
            return;
        }
        if (p.read != ExportSource::ObjectRead::Read) return;
    }
    p.ok = parse_object(p.entry.file, s.json, p.item, p.warnings);
    std::string().swap(s.json);
}

void ParsePool::push(std::unique_ptr<Slot> slot) {
    Slot* s = slot.get();
    bytes_ += s->bytes;
    const bool queue = !s->done;
    {
        std::lock_guard<std::mutex> lock(mu_);
        order_.push_back(std::move(slot));
        if (queue) todo_.push_back(s);
    }
    if (queue) work_cv_.notify_one();
    deliver_ready(false);
    while (!order_.empty() && (order_.size() > window_ || bytes_ > max_bytes_)) deliver_ready(true);
}

void ParsePool::submit(const IndexEntry& entry, const std::string& json) {
    auto s = std::make_unique<Slot>();
    s->parsed.entry = entry;
    if (workers_.empty()) {
        s->parsed.ok = parse_object(entry.file, json, s->parsed.item, s->parsed.warnings);
        s->done = true;
    } else {
        // The source reuses its buffer for the next file, so the text is copied; the padding
        // room spares simdjson a second copy of its own.
        s->json.reserve(json.size() + simdjson::SIMDJSON_PADDING);
        s->json = json;
        s->bytes = json.size();
    }
    push(std::move(s));
}

void ParsePool::submit(const IndexEntry& entry, std::string&& json) {
    if (workers_.empty()) {
        submit(entry, json);
        return;
    }
    auto s = std::make_unique<Slot>();
    s->parsed.entry = entry;
    if (json.capacity() < json.size() + simdjson::SIMDJSON_PADDING) json.reserve(json.size() + simdjson::SIMDJSON_PADDING);
    s->bytes = json.size();
    s->json = std::move(json);
    push(std::move(s));
}

void ParsePool::submit_read(const IndexEntry& entry, const ExportSource::ObjectReader& read) {
    auto s = std::make_unique<Slot>();
    s->parsed.entry = entry;
    s->read = &read;
    if (workers_.empty()) {
        run(*s);
        s->done = true;
    }
    push(std::move(s));
}

void ParsePool::then(std::function<void()> fn) {
    auto s = std::make_unique<Slot>();
    s->other = std::move(fn);
    s->done = true;
    push(std::move(s));
}

// Delivers the slots at the front that are done; with wait_for_front, waits for the first one.
void ParsePool::deliver_ready(bool wait_for_front) {
    for (;;) {
        std::unique_ptr<Slot> s;
        {
            std::unique_lock<std::mutex> lock(mu_);
            if (order_.empty()) return;
            Slot* front = order_.front().get();
            if (!front->done) {
                if (!wait_for_front) return;
                done_cv_.wait(lock, [front] { return front->done; });
            }
            s = std::move(order_.front());
            order_.pop_front();
        }
        wait_for_front = false;
        bytes_ -= s->bytes;
        if (s->other) s->other();
        else on_parsed_(s->parsed);
    }
}

void ParsePool::finish() {
    while (!order_.empty()) deliver_ready(true);
}

}  // namespace kiosk::publish

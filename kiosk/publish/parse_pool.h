// Objects of a flux parsed on worker threads, handed back in the flux's order.
//
// A build spends about as long parsing JSON as writing rows, and only the writing needs the
// database connection. So the thread that streams the flux hands each object's text to a pool
// and goes on reading; what the pool parsed is given back to that thread in the order the
// objects came, together with the other events of the stream (unchanged, missing), so the
// rows, the temporary ids and the warnings are the same, in the same order, whatever the
// timing: the pack stays byte-for-byte deterministic.
//
//   stream thread:  submit(a)  submit(b)  kept(c)  submit(d) ... finish()
//   workers:           parse(a)   parse(b)            parse(d)
//   in order:       on_parsed(a), on_parsed(b), on_other(c), on_parsed(d)
//
// Callbacks run on the stream thread only. At most `window` events, and about `max_bytes` of
// object text, wait at once, so memory stays bounded however fast the flux is read. With
// submit_read a worker also reads the file (a directory flux): then the text in memory is at
// most one object per worker.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "publish/export_model.h"

namespace kiosk::publish {

class ParsePool {
public:
    struct Parsed {
        IndexEntry entry;
        // From submit_read: the file was absent (or its path left the flux), or reading it
        // failed (rethrow it: the build stops there, as a sequential read would have).
        ExportSource::ObjectRead read = ExportSource::ObjectRead::Read;
        std::exception_ptr error;
        bool ok = false;
        ExportItem item;
        std::vector<Warning> warnings;  // parse_object's, for this object only
    };
    using ParsedFn = std::function<void(Parsed&)>;

    // threads = 0: one per core. With one thread (or one core) nothing runs beside the stream:
    // objects are parsed where they are submitted.
    explicit ParsePool(ParsedFn on_parsed, unsigned threads = 0, std::size_t window = 256,
                       std::size_t max_bytes = 64u << 20);
    ~ParsePool();
    ParsePool(const ParsePool&) = delete;
    ParsePool& operator=(const ParsePool&) = delete;

    // An object's text to parse (copied, with simdjson's padding room); its result comes to
    // on_parsed after every earlier event.
    void submit(const IndexEntry& entry, const std::string& json);
    // The same with a text the caller gives away (no copy when its capacity already holds
    // kPadding more bytes).
    void submit(const IndexEntry& entry, std::string&& json);
    // The room simdjson reads past a text's end (its SIMDJSON_PADDING; parse_pool.cpp checks).
    static constexpr std::size_t kPadding = 64;
    // An object a worker reads (with `read`, which must outlive the pool) and then parses.
    void submit_read(const IndexEntry& entry, const ExportSource::ObjectReader& read);
    // Any other event of the stream, run after every earlier one.
    void then(std::function<void()> fn);
    // Waits for every event and runs what is left. Call before reading what the callbacks made.
    void finish();

    unsigned threads() const { return static_cast<unsigned>(workers_.size()); }

private:
    struct Slot {
        Parsed parsed;
        std::string json;
        const ExportSource::ObjectReader* read = nullptr;  // the worker reads json first
        std::function<void()> other;  // set for an event that is not an object to parse
        bool done = false;
        std::size_t bytes = 0;
    };
    void work();
    void run(Slot& s);
    void deliver_ready(bool wait_for_front);
    void push(std::unique_ptr<Slot> slot);

    ParsedFn on_parsed_;
    std::size_t window_, max_bytes_, bytes_ = 0;
    std::deque<std::unique_ptr<Slot>> order_;  // every event not yet delivered, oldest first
    std::deque<Slot*> todo_;                   // objects no worker has taken yet
    std::mutex mu_;
    std::condition_variable work_cv_, done_cv_;
    bool stopping_ = false;
    std::vector<std::thread> workers_;
};

}  // namespace kiosk::publish

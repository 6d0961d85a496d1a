// JSON from an export is read through this filter: the blanks a document has outside its
// strings are dropped as the bytes arrive, so memory follows the size of what the document
// says, never the size of its padding (a 1 GB index.json of spaces costs nothing to hold).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace kiosk::publish {

class JsonCompactor {
public:
    // `cap`: the most compacted bytes kept; feed() refuses to go past it. `lazy`: the document
    // is kept as it comes (blanks and all) while it fits the cap, and compacted only once it
    // would pass it: the same memory bound, and the parser (simdjson skips blanks far faster
    // than this filter drops them) reads a small file without the filter's pass over every
    // byte, most of the cost of reading a flux.
    explicit JsonCompactor(std::size_t cap, bool lazy = false) : cap_(cap), compacting_(!lazy), lazy_(lazy) {}

    // Appends the next piece of the document. False once the compacted text would pass the
    // cap; the compactor is then spent (text() is incomplete) until reset().
    bool feed(std::string_view piece);

    // The document so far without its insignificant whitespace (lazy: as it came, until it
    // would have passed the cap). Blanks that separated two scalars ("1 2", "true false")
    // stay as one space, so an invalid document stays invalid.
    const std::string& text() const { return out_; }
    std::size_t cap() const { return cap_; }

    // Makes sure `n` bytes are allocated past the end of text() (simdjson reads ahead).
    void reserve_tail(std::size_t n) { out_.reserve(out_.size() + n); }

    // Ready for the next document; keeps the buffer's capacity.
    void reset();

private:
    bool compact(std::string_view piece);

    std::string out_;
    std::size_t cap_;
    bool compacting_;  // blanks are being dropped (always, unless lazy)
    bool lazy_;
    bool in_string_ = false;
    bool escaped_ = false;  // the previous byte in a string was an unescaped backslash
    bool gap_ = false;      // blanks were dropped since the last byte kept
};

}  // namespace kiosk::publish

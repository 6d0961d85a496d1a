#include "publish/json_compact.h"

#include <cstring>

namespace kiosk::publish {
namespace {

bool blank(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

// A byte that can end or start a number or a literal: two such tokens must not be glued.
bool scalar_byte(char c) {
    switch (c) {
        case '{': case '}': case '[': case ']': case ',': case ':': case '"':
            return false;
        default:
            return !blank(c);
    }
}

}  // namespace

void JsonCompactor::reset() {
    out_.clear();
    in_string_ = escaped_ = gap_ = false;
    compacting_ = !lazy_;
}

bool JsonCompactor::feed(std::string_view piece) {
    if (!compacting_) {
        if (out_.size() + piece.size() <= cap_) {
            out_.append(piece);
            return true;
        }
        // Past the cap as it came: compact what is held, then go on compacting.
        std::string held;
        held.swap(out_);
        compacting_ = true;
        if (!compact(held)) return false;
    }
    return compact(piece);
}

bool JsonCompactor::compact(std::string_view piece) {
    const char* p = piece.data();
    const char* const end = p + piece.size();
    while (p < end) {
        if (in_string_) {
            // Copy the run up to the closing quote in one append: strings are most of a real
            // document. memchr finds the quote, then only the run before it is searched for
            // backslashes, which keeps the filter far faster than the parser after it.
            const char* run = p;
            if (escaped_) {
                escaped_ = false;
                ++p;
            }
            const char* quote = p < end ? static_cast<const char*>(std::memchr(p, '"', static_cast<std::size_t>(end - p))) : nullptr;
            for (;;) {
                const char* stop = quote ? quote : end;
                const char* slash = static_cast<const char*>(std::memchr(p, '\\', static_cast<std::size_t>(stop - p)));
                if (slash) {  // skip the escaped byte, which may be the quote found
                    if (slash + 1 == end) {
                        escaped_ = true;
                        p = end;
                        break;
                    }
                    p = slash + 2;
                    if (quote && p > quote)
                        quote = p < end ? static_cast<const char*>(std::memchr(p, '"', static_cast<std::size_t>(end - p)))
                                        : nullptr;
                    continue;
                }
                if (quote) {
                    p = quote + 1;
                    in_string_ = false;
                } else {
                    p = end;
                }
                break;
            }
            if (out_.size() + static_cast<std::size_t>(p - run) > cap_) return false;
            out_.append(run, static_cast<std::size_t>(p - run));
            continue;
        }
        const char c = *p++;
        if (blank(c)) {
            // Indentation comes in runs: skipped in one tight loop.
            while (p < end && blank(*p)) ++p;
            gap_ = true;
            continue;
        }
        const bool keep_space = gap_ && !out_.empty() && scalar_byte(out_.back()) && scalar_byte(c);
        gap_ = false;
        if (out_.size() + 1 + (keep_space ? 1 : 0) > cap_) return false;
        if (keep_space) out_ += ' ';
        out_ += c;
        if (c == '"') in_string_ = true;
    }
    return true;
}

}  // namespace kiosk::publish

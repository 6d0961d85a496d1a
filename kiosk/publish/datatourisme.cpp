// Reads a DATAtourisme "flux" (directory or zip) and turns each JSON-LD object into the plain
// ExportItem the pack writer consumes, absorbing every shape difference between feed vintages.
#include "publish/export_model.h"

#include "core/file_read.h"
#include "core/prices.h"
#include "core/text_fold.h"
#include "publish/json_compact.h"

#include <archive.h>
#include <archive_entry.h>
#include <simdjson.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <initializer_list>
#include <optional>
#include <set>
#include <string_view>
#include <tuple>
#include <unordered_set>
#include <utility>

namespace kiosk::publish {

namespace fs = std::filesystem;
using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::element_type;
using simdjson::dom::object;

std::string Warning::to_line() const {
    std::string line = file.empty() ? std::string("flux") : "objects/" + file;
    if (!field.empty()) line += ": " + field;
    line += ": " + message;
    return line;
}

namespace {

// Real descriptions stay far below this; the cap only stops a runaway producer (or a hostile
// file) from putting megabytes of text into one pack row.
constexpr size_t kMaxText = 64 * 1024;

// Limits on a JSON file of a flux. `read` bounds the bytes read (on disk, or inflated from
// the zip), so that a decompression bomb or an endless file costs seconds, not hours; `kept`
// bounds the memory, what is held once the blanks are dropped (JsonCompactor). Whole-France,
// index.json is about 100 MB (~180 bytes an entry) and an object under 1 MB: only a hostile
// or broken file reaches these, and the build then fails naming it. index.json may be read
// far past its kept size, so that any amount of indentation is fine.
struct JsonLimits {
    std::uint64_t read;
    std::size_t kept;
    const char* what;  // for messages
};
constexpr JsonLimits kIndexLimits{std::uint64_t{2} << 30, std::size_t{256} << 20, "index.json"};
constexpr JsonLimits kObjectLimits{std::uint64_t{64} << 20, std::size_t{16} << 20, "an object file"};

std::string mib(std::uint64_t bytes) { return std::to_string(bytes >> 20) + " MiB"; }

// Feeds `piece` to the compactor; past its cap, the file named `shown` fails the build.
void compact(JsonCompactor& into, const char* data, std::size_t n, const JsonLimits& limits, const std::string& shown) {
    if (!into.feed(std::string_view(data, n)))
        throw ExportError(shown + ": more than " + mib(limits.kept) + " of JSON without its blanks, the limit for " +
                              limits.what + "; the build stops",
                          ErrorKind::Corrupt);
}

// simdjson reads a little past the end of the text; room there saves it a copy.
const std::string& padded(JsonCompactor& c) {
    c.reserve_tail(simdjson::SIMDJSON_PADDING);
    return c.text();
}

// ---------------------------------------------------------------------------------------
// Paths

// Turns a flux-relative path into its canonical "a/b/c" form, or nothing when it could
// leave the flux root. Backslashes count as separators because zips made on Windows use them.
std::optional<std::string> normalize_relative(std::string_view rel) {
    if (rel.empty() || rel.find('\0') != std::string_view::npos) return std::nullopt;
    if (rel.front() == '/' || rel.front() == '\\') return std::nullopt;
    if (rel.size() >= 2 && rel[1] == ':') return std::nullopt;  // "C:..." drive path
    std::string out;
    size_t pos = 0;
    while (pos <= rel.size()) {
        size_t end = rel.find_first_of("/\\", pos);
        if (end == std::string_view::npos) end = rel.size();
        std::string_view part = rel.substr(pos, end - pos);
        if (part == "..") return std::nullopt;
        if (!part.empty() && part != ".") {
            if (!out.empty()) out += '/';
            out += part;
        }
        pos = end + 1;
    }
    if (out.empty()) return std::nullopt;
    return out;
}

// ---------------------------------------------------------------------------------------
// index.json

std::vector<IndexEntry> parse_index(const std::string& json, const std::string& where) {
    simdjson::dom::parser parser;
    element doc;
    if (auto err = parser.parse(json).get(doc)) {
        throw ExportError(where + ": not valid JSON (" + simdjson::error_message(err) + ")");
    }
    array entries;
    if (doc.get_array().get(entries)) throw ExportError(where + ": not a JSON array");
    std::vector<IndexEntry> index;
    index.reserve(entries.size());
    size_t i = 0;
    for (element e : entries) {
        object o;
        std::string_view file;
        if (e.get_object().get(o) || o["file"].get_string().get(file) || file.empty()) {
            throw ExportError(where + ": entry " + std::to_string(i) + " has no \"file\" string");
        }
        IndexEntry entry;
        entry.file = std::string(file);
        std::string_view s;
        if (!o["label"].get_string().get(s)) entry.label = std::string(s);
        if (!o["lastUpdateDatatourisme"].get_string().get(s)) entry.last_update = std::string(s);
        index.push_back(std::move(entry));
        ++i;
    }
    return index;
}

// ---------------------------------------------------------------------------------------
// Directory flux

class DirSource final : public ExportSource {
public:
    DirSource(fs::path root, std::string shown) : root_(std::move(root)), shown_(std::move(shown)) {
        JsonCompactor json(kIndexLimits.kept);
        if (!read_json("index.json", kIndexLimits, json)) throw ExportError(shown_ + "index.json: not found", ErrorKind::NotFound);
        index_ = parse_index(padded(json), shown_ + "index.json");
    }

    const std::vector<IndexEntry>& index() const override { return index_; }

    // Symlinks inside the directory are followed: the operator owns it, and only the
    // path text (which may come from index.json) needs to be kept inside the root.
    using ExportSource::read;
    bool read(const std::string& relative_path, std::string& out, std::string& why) const override {
        auto rel = normalize_relative(relative_path);
        if (!rel) {
            why = relative_path + ": outside the flux";
            return false;
        }
        return read_regular_file((root_ / *rel).string(), kMaxPictureFileBytes, out, why);
    }

    std::string describe() const override { return "directory " + shown_; }

    // Index order, each file read when its turn comes.
    void for_each_object(const WantFn& want, const ObjectFn& on_object, const MissingFn& on_missing) const override {
        JsonCompactor json(kObjectLimits.kept, true);
        for (const IndexEntry& entry : index_) {
            if (!normalize_relative(entry.file)) {
                on_missing(entry, true);
                continue;
            }
            if (!want(entry)) continue;
            if (!read_json("objects/" + entry.file, kObjectLimits, json)) {
                on_missing(entry, false);
                continue;
            }
            on_object(entry, padded(json));
        }
    }

    // The same reads as for_each_object, one entry at a time, each thread with its own buffer.
    ObjectReader object_reader() const override {
        return [this](const IndexEntry& entry, std::string& out) {
            if (!normalize_relative(entry.file)) return ObjectRead::Escaped;
            thread_local JsonCompactor json(kObjectLimits.kept, true);
            if (!read_json("objects/" + entry.file, kObjectLimits, json)) return ObjectRead::Missing;
            const std::string& text = padded(json);
            // The text and the padding, not the thread's whole buffer (as large as the
            // largest object it read so far).
            out.reserve(text.size() + simdjson::SIMDJSON_PADDING);
            out = text;
            return ObjectRead::Read;
        };
    }

private:
    // False when the file is absent. A file that is there but cannot be read whole (not a
    // regular file, a FIFO or a device, unreadable, over the limits) fails the build.
    bool read_json(const std::string& relative_path, const JsonLimits& limits, JsonCompactor& json) const {
        json.reset();
        const std::string shown = shown_ + relative_path;
        const fs::path p = root_ / *normalize_relative(relative_path);
        try {
            read_regular_file_chunks(p.string(), limits.read,
                                     [&](const char* data, std::size_t n) { compact(json, data, n, limits, shown); });
        } catch (const ExportError&) {
            throw;
        } catch (const Error& e) {
            if (e.kind() == ErrorKind::NotFound) return false;
            throw ExportError(shown + ": " + e.message() + "; the build stops", e.kind());
        }
        return true;
    }

    fs::path root_;
    std::string shown_;  // root as given, ending with '/'
    std::vector<IndexEntry> index_;
};

// ---------------------------------------------------------------------------------------
// Zip flux

struct ArchiveFree {
    void operator()(struct archive* a) const { archive_read_free(a); }
};
using ArchivePtr = std::unique_ptr<struct archive, ArchiveFree>;

// Opens the zip for one pass. Throws ExportError: a FIFO or a device given as the zip is
// refused before libarchive opens it (opening a FIFO would wait for a writer for ever).
ArchivePtr open_zip(const std::string& path) {
    try {
        check_regular_file(path, UINT64_MAX);
    } catch (const Error& e) {
        throw ExportError("zip " + std::string(e.what()), e.kind());
    }
    ArchivePtr a(archive_read_new());
    if (!a) throw ExportError("zip " + path + ": out of memory", ErrorKind::Internal);
    archive_read_support_format_zip(a.get());
    if (archive_read_open_filename(a.get(), path.c_str(), 64 * 1024) != ARCHIVE_OK) {
        const char* msg = archive_error_string(a.get());
        throw ExportError("zip " + path + ": " + (msg ? msg : "cannot open"), ErrorKind::Corrupt);
    }
    return a;
}

std::string archive_message(struct archive* a) {
    const char* msg = archive_error_string(a);
    return msg ? msg : "unknown error";
}

const char* entry_name(struct archive_entry* e) {
    const char* name = archive_entry_pathname_utf8(e);
    return name ? name : archive_entry_pathname(e);
}

// A zip whose entry names point outside the archive (absolute or with "..") is refused as a
// whole: DATAtourisme never produces one, so such a file is either corrupt or hostile, and
// the operator is better served by a clear error than by a silently partial import. So is a
// zip with an entry that is needed but cannot be read (damaged, truncated, or inflating past
// its limit): the build fails naming it, rather than giving a pack with holes or no items.
class ZipSource final : public ExportSource {
public:
    explicit ZipSource(std::string path) : path_(std::move(path)) {
        ArchivePtr a = open_zip(path_);
        struct archive_entry* entry = nullptr;
        for (;;) {
            int r = archive_read_next_header(a.get(), &entry);
            if (r == ARCHIVE_EOF) break;
            if (r != ARCHIVE_OK && r != ARCHIVE_WARN)
                throw ExportError("zip " + path_ + ": unreadable (" + archive_message(a.get()) + ")", ErrorKind::Corrupt);
            const char* raw = entry_name(entry);
            if (!raw) continue;  // a name libarchive cannot decode can never be asked for
            auto name = normalize_relative(raw);
            if (!name) {
                throw ExportError("zip " + path_ + ": entry '" + raw +
                                  "' escapes the archive root; refusing the whole zip");
            }
            if (archive_entry_filetype(entry) == AE_IFREG) files_.insert(*name);
        }
        if (files_.count("index.json")) {
            prefix_.clear();
        } else {
            // Accept exactly one wrapping folder ("data/index.json" in the real archives).
            std::vector<std::string> roots;
            for (const auto& f : files_) {
                auto slash = f.find('/');
                if (slash != std::string::npos && f.compare(slash, std::string::npos, "/index.json") == 0)
                    roots.push_back(f.substr(0, slash + 1));
            }
            if (roots.empty()) throw ExportError("zip " + path_ + ": no index.json");
            if (roots.size() > 1)
                throw ExportError("zip " + path_ + ": several index.json folders (" + roots[0] +
                                  ", " + roots[1] + ")");
            prefix_ = roots[0];
        }
        const std::string index_name = prefix_ + "index.json";
        JsonCompactor json(kIndexLimits.kept);
        const bool found = find_entry(index_name, [&](struct archive* z) {
            inflate(z, index_name, kIndexLimits.read, kIndexLimits.what,
                    [&](const char* data, std::size_t n) { compact(json, data, n, kIndexLimits, shown(index_name)); });
        });
        if (!found) throw ExportError(shown(index_name) + ": cannot be found again in the archive", ErrorKind::Corrupt);
        index_ = parse_index(padded(json), shown(index_name));
    }

    const std::vector<IndexEntry>& index() const override { return index_; }

    // Each call rescans the archive from the start; fine for the small regional extracts
    // the kiosk uses, and it keeps the source free of mutable state.
    using ExportSource::read;
    bool read(const std::string& relative_path, std::string& out, std::string& why) const override {
        auto rel = normalize_relative(relative_path);
        if (!rel) {
            why = relative_path + ": outside the flux";
            return false;
        }
        const std::string wanted = prefix_ + *rel;
        if (!files_.count(wanted)) {
            why = shown(wanted) + ": not in the archive";
            return false;
        }
        try {
            std::string data;
            const bool found = find_entry(wanted, [&](struct archive* z) {
                inflate(z, wanted, kMaxPictureFileBytes, "a picture",
                        [&](const char* bytes, std::size_t n) { data.append(bytes, n); });
            });
            if (!found) {
                why = shown(wanted) + ": not found again in the archive";
                return false;
            }
            out = std::move(data);
            return true;
        } catch (const Error& e) {
            why = e.what();
            return false;
        }
    }

    std::string describe() const override {
        return "zip " + path_ + (prefix_.empty() ? "" : " (" + prefix_ + ")");
    }

    // One pass over the archive: index.json was read by the constructor (wherever it sits in
    // the archive), so objects can be parsed as their entries stream by, and entries nobody
    // asked for are skipped without being inflated.
    void for_each_object(const WantFn& want, const ObjectFn& on_object,
                         const MissingFn& on_missing) const override {
        std::unordered_map<std::string, std::vector<const IndexEntry*>> wanted;
        for (const IndexEntry& e : index_) {
            auto rel = normalize_relative(e.file);
            if (!rel) {
                on_missing(e, true);
                continue;
            }
            if (want(e)) wanted[prefix_ + "objects/" + *rel].push_back(&e);
        }
        ArchivePtr a = wanted.empty() ? nullptr : open_zip(path_);
        JsonCompactor json(kObjectLimits.kept, true);
        struct archive_entry* entry = nullptr;
        std::string last = "(none)";  // the last entry read whole, to place a damaged part
        while (!wanted.empty()) {
            int r = archive_read_next_header(a.get(), &entry);
            if (r == ARCHIVE_EOF) break;
            if (r != ARCHIVE_OK && r != ARCHIVE_WARN)
                throw ExportError("zip " + path_ + ": unreadable after entry '" + last + "' (" +
                                      archive_message(a.get()) + "); the build stops",
                                  ErrorKind::Corrupt);
            const char* raw = entry_name(entry);
            if (!raw || archive_entry_filetype(entry) != AE_IFREG) continue;
            auto name = normalize_relative(raw);
            if (!name) continue;
            auto it = wanted.find(*name);
            if (it == wanted.end()) continue;
            json.reset();
            inflate(a.get(), *name, kObjectLimits.read, kObjectLimits.what,
                    [&](const char* data, std::size_t n) { compact(json, data, n, kObjectLimits, shown(*name)); });
            last = *name;
            for (const IndexEntry* e : it->second) on_object(*e, padded(json));
            wanted.erase(it);
        }
        // Report the leftovers in index order, so messages come out the same on every run.
        for (const IndexEntry& e : index_) {
            auto rel = normalize_relative(e.file);
            if (!rel) continue;
            auto it = wanted.find(prefix_ + "objects/" + *rel);
            if (it != wanted.end() && !it->second.empty() && it->second.front() == &e) {
                for (const IndexEntry* m : it->second) on_missing(*m, false);
                wanted.erase(it);
            }
        }
    }

private:
    std::string shown(const std::string& entry) const { return "zip " + path_ + ": " + entry; }

    // Scans the archive for the regular entry `wanted` and hands it to `use` positioned on its
    // data. False when the archive has no such entry; throws ExportError when damaged.
    template <class F>
    bool find_entry(const std::string& wanted, F&& use) const {
        ArchivePtr a = open_zip(path_);
        struct archive_entry* entry = nullptr;
        for (;;) {
            int r = archive_read_next_header(a.get(), &entry);
            if (r == ARCHIVE_EOF) return false;
            if (r != ARCHIVE_OK && r != ARCHIVE_WARN)
                throw ExportError("zip " + path_ + ": unreadable before entry '" + wanted + "' (" +
                                      archive_message(a.get()) + ")",
                                  ErrorKind::Corrupt);
            const char* raw = entry_name(entry);
            if (!raw || archive_entry_filetype(entry) != AE_IFREG) continue;
            auto name = normalize_relative(raw);
            if (!name || *name != wanted) continue;
            use(a.get());
            return true;
        }
    }

    // Inflates the current entry into `sink`, at most `cap` bytes. A damaged entry (bad data,
    // bad CRC, cut short) or one that inflates past the cap throws ExportError naming it.
    template <class Sink>
    void inflate(struct archive* a, const std::string& name, std::uint64_t cap, const char* what, Sink&& sink) const {
        std::array<char, 64 * 1024> buf;
        std::uint64_t total = 0;
        for (;;) {
            const la_ssize_t n = archive_read_data(a, buf.data(), buf.size());
            if (n == 0) return;
            if (n < 0)
                throw ExportError(shown(name) + ": cannot be read (" + archive_message(a) + "); the build stops",
                                  ErrorKind::Corrupt);
            total += static_cast<std::uint64_t>(n);
            if (total > cap)
                throw ExportError(shown(name) + ": inflates past " + mib(cap) + ", the limit for " + what +
                                      " (a decompression bomb?); the build stops",
                                  ErrorKind::Corrupt);
            sink(buf.data(), static_cast<std::size_t>(n));
        }
    }

    std::string path_;
    std::string prefix_;  // "" or "data/"
    std::unordered_set<std::string> files_;
    std::vector<IndexEntry> index_;
};

// ---------------------------------------------------------------------------------------
// JSON helpers. Every accessor tolerates a missing key or a value of the wrong JSON type,
// because the feed changes shape between vintages and producers.

class Ctx {
public:
    Ctx(const std::string& file, std::vector<Warning>& warnings) : file_(file), warnings_(warnings) {}
    void warn(std::string field, std::string message) {
        warnings_.push_back(Warning{file_, std::move(field), std::move(message), id});
    }
    TextRepairs repairs;  // summed over the object's visitor texts
    std::string id;       // the object's @id once read, so each warning names it

private:
    const std::string& file_;
    std::vector<Warning>& warnings_;
};

// Handles copied out of simdjson_result: a range-for over get_array().value_unsafe() would
// iterate a reference into a destroyed temporary. Callers check the element type first.
array elements(element v) {
    array a;
    if (v.get_array().get(a)) return {};
    return a;
}

object members(element v) {
    object o;
    if (v.get_object().get(o)) return {};
    return o;
}

std::string_view str(element v) {
    std::string_view s;
    if (v.get_string().get(s)) return {};
    return s;
}

std::string indexed(const std::string& base, size_t i) {
    return base + "[" + std::to_string(i) + "]";
}

std::string dotted(const std::string& base, std::string_view key) {
    return base.empty() ? std::string(key) : base + "." + std::string(key);
}

std::optional<element> get(element node, std::string_view key) {
    object o;
    if (node.get_object().get(o)) return std::nullopt;
    element v;
    if (o.at_key(key).get(v)) return std::nullopt;
    if (v.type() == element_type::NULL_VALUE) return std::nullopt;
    return v;
}

std::string_view trim(std::string_view s) {
    const char* ws = " \t\r\n\f\v";
    auto b = s.find_first_not_of(ws);
    if (b == std::string_view::npos) return {};
    auto e = s.find_last_not_of(ws);
    return s.substr(b, e - b + 1);
}

// Cuts oversized text at a character boundary so the result stays valid UTF-8.
void cap(Ctx& ctx, std::string& s, const std::string& field) {
    if (s.size() <= kMaxText) return;
    size_t cut = kMaxText;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
    s.resize(cut);
    ctx.warn(field, "text longer than " + std::to_string(kMaxText) + " bytes, truncated");
}

std::string format_number(element v) {
    int64_t i;
    if (!v.get_int64().get(i)) return std::to_string(i);
    uint64_t u;
    if (!v.get_uint64().get(u)) return std::to_string(u);
    double d;
    if (!v.get_double().get(d)) {
        std::array<char, 64> buf{};
        auto res = std::to_chars(buf.data(), buf.data() + buf.size(), d);
        if (res.ec == std::errc()) return std::string(buf.data(), res.ptr);
    }
    return {};
}

// A single scalar: a string, a number (postal codes and ids are sometimes numbers), or the
// first usable element of an array.
std::string scalar(Ctx& ctx, element v, const std::string& field) {
    switch (v.type()) {
    case element_type::STRING: {
        std::string s(trim(str(v)));
        cap(ctx, s, field);
        return s;
    }
    case element_type::INT64:
    case element_type::UINT64:
    case element_type::DOUBLE:
        return format_number(v);
    case element_type::ARRAY: {
        array a = elements(v);
        size_t i = 0;
        for (element e : a) {
            if (e.type() != element_type::ARRAY && e.type() != element_type::OBJECT) {
                std::string s = scalar(ctx, e, indexed(field, i));
                if (!s.empty()) return s;
            }
            ++i;
        }
        return {};
    }
    default:
        return {};
    }
}

// Like scalar() but refuses numbers, for values that are identifiers or URLs by nature.
std::string text_only(Ctx& ctx, element v, const std::string& field) {
    if (v.type() == element_type::STRING) return scalar(ctx, v, field);
    if (v.type() == element_type::ARRAY) {
        size_t i = 0;
        for (element e : elements(v)) {
            if (e.type() == element_type::STRING) {
                std::string s = scalar(ctx, e, indexed(field, i));
                if (!s.empty()) return s;
            }
            ++i;
        }
    }
    return {};
}

std::string text_at(Ctx& ctx, element node, std::string_view key, const std::string& base) {
    auto v = get(node, key);
    return v ? text_only(ctx, *v, dotted(base, key)) : std::string();
}

std::string scalar_at(Ctx& ctx, element node, std::string_view key, const std::string& base) {
    auto v = get(node, key);
    return v ? scalar(ctx, *v, dotted(base, key)) : std::string();
}

// Every non-empty string of a string-or-array value.
std::vector<std::string> strings(Ctx& ctx, element v, const std::string& field) {
    std::vector<std::string> out;
    if (v.type() == element_type::ARRAY) {
        size_t i = 0;
        for (element e : elements(v)) {
            if (e.type() != element_type::ARRAY && e.type() != element_type::OBJECT) {
                std::string s = scalar(ctx, e, indexed(field, i));
                if (!s.empty()) out.push_back(std::move(s));
            }
            ++i;
        }
    } else if (v.type() != element_type::OBJECT) {
        std::string s = scalar(ctx, v, field);
        if (!s.empty()) out.push_back(std::move(s));
    }
    return out;
}

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
    std::string out;
    for (const auto& p : parts) {
        if (!out.empty()) out += sep;
        out += p;
    }
    return out;
}

// Calls f(node, path) for each object of a value that may be one object (2024 shape) or an
// array of objects (2020 shape).
template <class F>
void for_nodes(Ctx& ctx, element v, const std::string& field, F&& f) {
    if (v.type() == element_type::OBJECT) {
        f(v, field);
    } else if (v.type() == element_type::ARRAY) {
        size_t i = 0;
        for (element e : elements(v)) {
            if (e.type() == element_type::OBJECT)
                f(e, indexed(field, i));
            else if (e.type() != element_type::NULL_VALUE)
                ctx.warn(indexed(field, i), "expected an object, ignored");
            ++i;
        }
    } else if (v.type() != element_type::NULL_VALUE) {
        ctx.warn(field, "expected an object or an array, ignored");
    }
}

template <class F>
void for_nodes_at(Ctx& ctx, element node, std::string_view key, const std::string& base, F&& f) {
    if (auto v = get(node, key)) for_nodes(ctx, *v, dotted(base, key), f);
}

// Calls f for each object under key (one object or an array of them); other values are skipped.
template <class F>
void for_each_node(element node, std::string_view key, F&& f) {
    auto v = get(node, key);
    if (!v) return;
    if (v->type() == element_type::OBJECT) f(*v);
    if (v->type() == element_type::ARRAY)
        for (element e : elements(*v))
            if (e.type() == element_type::OBJECT) f(e);
}

std::optional<element> first_node(element node, std::string_view key) {
    auto v = get(node, key);
    if (!v) return std::nullopt;
    if (v->type() == element_type::OBJECT) return v;
    if (v->type() == element_type::ARRAY) {
        for (element e : elements(*v))
            if (e.type() == element_type::OBJECT) return e;
    }
    return std::nullopt;
}

std::string first_path(element node, std::string_view key, const std::string& base) {
    auto v = get(node, key);
    std::string p = dotted(base, key);
    return v && v->type() == element_type::ARRAY ? p + "[0]" : p;
}

// Language maps: {"fr": ["a", "b"], "en": "c"}. A bare string or array where a map is
// expected (the 2020 kb:JPEG label) is taken as French, the feed's source language: producers
// write French and only translations carry another tag.
LangMap lang_map(Ctx& ctx, element v, const std::string& field) {
    LangMap out;
    if (v.type() == element_type::OBJECT) {
        for (auto kv : members(v)) {
            std::string lang(trim(kv.key));
            if (lang.empty()) continue;
            std::string sub = dotted(field, lang);
            if (kv.value.type() == element_type::OBJECT) {
                ctx.warn(sub, "expected text, ignored");
                continue;
            }
            std::string text = clean_text(join(strings(ctx, kv.value, sub), "\n\n"), ctx.repairs);
            cap(ctx, text, sub);
            if (!text.empty()) out[lang] = std::move(text);
        }
    } else if (v.type() == element_type::STRING || v.type() == element_type::ARRAY) {
        std::string text = clean_text(join(strings(ctx, v, field), "\n\n"), ctx.repairs);
        cap(ctx, text, field);
        if (!text.empty()) out["fr"] = std::move(text);
    }
    return out;
}

LangMap lang_map_at(Ctx& ctx, element node, std::string_view key, const std::string& base) {
    auto v = get(node, key);
    return v ? lang_map(ctx, *v, dotted(base, key)) : LangMap{};
}

std::string preferred(const LangMap& m) {
    if (auto it = m.find("fr"); it != m.end()) return it->second;
    return m.empty() ? std::string() : m.begin()->second;
}

// Takes from `from` only the languages `into` lacks, never merging two texts: for a field
// that usually repeats another one and only stands in for it.
void fill_missing(LangMap& into, const LangMap& from) {
    for (const auto& [lang, text] : from) into.emplace(lang, text);
}

void append_lang(LangMap& into, const LangMap& from) {
    for (const auto& [lang, text] : from) {
        auto& slot = into[lang];
        if (!slot.empty()) slot += "\n\n";
        slot += text;
    }
}

enum class Num { absent, ok, bad };

// Numbers arrive as JSON numbers, numeric strings ("47.27"), or one-element arrays of
// either ("schema:minPrice": ["4"]). A decimal comma is accepted since producers are French.
Num number(Ctx& ctx, element v, const std::string& field, double& out) {
    if (v.type() == element_type::ARRAY) {
        element first;
        if (elements(v).at(0).get(first)) return Num::absent;
        return number(ctx, first, indexed(field, 0), out);
    }
    switch (v.type()) {
    case element_type::NULL_VALUE:
        return Num::absent;
    case element_type::INT64:
    case element_type::UINT64:
    case element_type::DOUBLE:
        if (!v.get_double().get(out) && std::isfinite(out)) return Num::ok;
        break;
    case element_type::STRING: {
        std::string_view raw = trim(str(v));
        if (raw.empty()) return Num::absent;
        std::string s(raw);
        if (s.find('.') == std::string::npos) {
            auto comma = s.find(',');
            if (comma != std::string::npos && s.find(',', comma + 1) == std::string::npos) s[comma] = '.';
        }
        const char* b = s.data();
        const char* e = s.data() + s.size();
        if (*b == '+') ++b;
        double d = 0;
        auto res = std::from_chars(b, e, d);
        if (res.ec == std::errc() && res.ptr == e && std::isfinite(d)) {
            out = d;
            return Num::ok;
        }
        std::string shown(raw.substr(0, 40));
        ctx.warn(field, "not a number: \"" + shown + "\"");
        return Num::bad;
    }
    default:
        break;
    }
    ctx.warn(field, "not a number");
    return Num::bad;
}

Num number_at(Ctx& ctx, element node, std::string_view key, const std::string& base, double& out) {
    auto v = get(node, key);
    return v ? number(ctx, *v, dotted(base, key), out) : Num::absent;
}

bool digits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int to_int(std::string_view s) {
    int v = 0;
    std::from_chars(s.data(), s.data() + s.size(), v);
    return v;
}

// "YYYY-MM-DD" from a date or a local date-time ("2024-10-01T09:30:00").
std::string date_of(Ctx& ctx, const std::string& s, const std::string& field) {
    if (s.empty()) return {};
    bool ok = s.size() >= 10 && digits(std::string_view(s).substr(0, 4)) && s[4] == '-' &&
              digits(std::string_view(s).substr(5, 2)) && s[7] == '-' &&
              digits(std::string_view(s).substr(8, 2)) &&
              (s.size() == 10 || s[10] == 'T' || s[10] == ' ');
    if (ok) {
        int m = to_int(std::string_view(s).substr(5, 2));
        int d = to_int(std::string_view(s).substr(8, 2));
        ok = m >= 1 && m <= 12 && d >= 1 && d <= 31;
    }
    if (!ok) {
        ctx.warn(field, "not a date: \"" + s.substr(0, 40) + "\"");
        return {};
    }
    return s.substr(0, 10);
}

// "HH:MM" from "HH:MM:SS" (the feed's form), "HH:MM" or "H:MM". 24:00 is kept: it is how
// producers write "until midnight".
std::string time_of(Ctx& ctx, const std::string& s, const std::string& field) {
    if (s.empty()) return {};
    std::string_view v(s);
    auto colon = v.find(':');
    bool ok = colon != std::string_view::npos && (colon == 1 || colon == 2) &&
              digits(v.substr(0, colon)) && v.size() >= colon + 3 &&
              digits(v.substr(colon + 1, 2)) && (v.size() == colon + 3 || v[colon + 3] == ':');
    int h = 0, m = 0;
    if (ok) {
        h = to_int(v.substr(0, colon));
        m = to_int(v.substr(colon + 1, 2));
        ok = h <= 24 && m <= 59 && !(h == 24 && m != 0);
    }
    if (!ok) {
        ctx.warn(field, "not a time: \"" + s.substr(0, 40) + "\"");
        return {};
    }
    char buf[6];
    buf[0] = static_cast<char>('0' + h / 10);
    buf[1] = static_cast<char>('0' + h % 10);
    buf[2] = ':';
    buf[3] = static_cast<char>('0' + m / 10);
    buf[4] = static_cast<char>('0' + m % 10);
    buf[5] = '\0';
    return buf;
}

// Local name of a class or individual: "schema:Monday", "http://schema.org/Monday",
// "https://www.datatourisme.fr/ontology/core#Museum" and "Museum" all give the last part.
std::string_view local_name(std::string_view id) {
    auto cut = id.find_last_of(":/#");
    return cut == std::string_view::npos ? id : id.substr(cut + 1);
}

int day_number(std::string_view id) {
    // ISO weekday order, then schema.org's PublicHolidays as day 8 (the pack's holiday rows).
    static constexpr std::array<std::string_view, 8> kDays = {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "PublicHolidays"};
    std::string_view name = local_name(id);
    for (size_t i = 0; i < kDays.size(); ++i)
        if (kDays[i] == name) return static_cast<int>(i) + 1;
    return 0;
}

// The days of a dayOfWeek-like property: thesaurus nodes ({"@id": "schema:Monday"}) or bare
// id strings, one or an array. Unknown days are warned about and left out.
std::vector<int> read_days(Ctx& ctx, element dow, const std::string& field) {
    std::vector<int> days;
    auto add = [&](std::string_view id, const std::string& where) {
        int d = day_number(id);
        if (d == 0)
            ctx.warn(where, "unknown day \"" + std::string(id.substr(0, 40)) + "\", ignored");
        else if (std::find(days.begin(), days.end(), d) == days.end())
            days.push_back(d);
    };
    auto one = [&](element e, const std::string& where) {
        std::string_view s;
        if (e.type() == element_type::OBJECT) {
            std::string id = text_at(ctx, e, "@id", where);
            if (id.empty())
                ctx.warn(where, "day without @id, ignored");
            else
                add(id, where);
        } else if (!e.get_string().get(s)) {
            add(trim(s), where);
        }
    };
    if (dow.type() == element_type::ARRAY) {
        size_t i = 0;
        for (element e : elements(dow)) one(e, indexed(field, i++));
    } else {
        one(dow, field);
    }
    return days;
}

// A note in words next to hours or dates, kept once per (text, dates).
void add_note(ExportItem& item, LangMap text, const std::string& from, const std::string& through) {
    if (text.empty()) return;
    for (const ScheduleNote& n : item.notes)
        if (n.text == text && n.valid_from == from && n.valid_through == through) return;
    item.notes.push_back(ScheduleNote{std::move(text), from, through});
}

// ---------------------------------------------------------------------------------------
// Object sections

void parse_periods(Ctx& ctx, element root, ExportItem& item) {
    std::vector<Period> periods;
    if (auto tpa = get(root, "takesPlaceAt")) {
        for_nodes(ctx, *tpa, "takesPlaceAt", [&](element node, const std::string& path) {
            Period p;
            p.start_date = date_of(ctx, scalar_at(ctx, node, "startDate", path), dotted(path, "startDate"));
            p.end_date = date_of(ctx, scalar_at(ctx, node, "endDate", path), dotted(path, "endDate"));
            p.start_time = time_of(ctx, scalar_at(ctx, node, "startTime", path), dotted(path, "startTime"));
            p.end_time = time_of(ctx, scalar_at(ctx, node, "endTime", path), dotted(path, "endTime"));
            if (p.start_date.empty()) p.start_date = p.end_date;
            if (p.start_date.empty()) {
                ctx.warn(path, "period without a usable start date, ignored");
                return;
            }
            if (p.end_date.empty()) p.end_date = p.start_date;
            if (p.end_date < p.start_date) {
                ctx.warn(path, "period ends before it starts; end date set to the start date");
                p.end_date = p.start_date;
            }
            // DATAtourisme's Period:appliesOnDay: the days of the week it is held within its
            // dates. Public holidays (day 8) say nothing about the weekday, so they are left out.
            if (auto dow = get(node, "appliesOnDay"))
                for (int d : read_days(ctx, *dow, dotted(path, "appliesOnDay")))
                    if (d <= 7) p.weekdays |= 1 << (d - 1);
            add_note(item, lang_map_at(ctx, node, "openingDetails", path), p.start_date, p.end_date);
            periods.push_back(std::move(p));
        });
    }
    if (periods.empty()) {
        // Without usable Period nodes only the bare date lists remain. They are RDF
        // multi-valued properties, i.e. unordered sets, so pair them after sorting rather
        // than by position.
        std::vector<std::string> starts, ends;
        if (auto v = get(root, "schema:startDate"))
            for (auto& s : strings(ctx, *v, "schema:startDate"))
                if (auto d = date_of(ctx, s, "schema:startDate"); !d.empty()) starts.push_back(d);
        if (auto v = get(root, "schema:endDate"))
            for (auto& s : strings(ctx, *v, "schema:endDate"))
                if (auto d = date_of(ctx, s, "schema:endDate"); !d.empty()) ends.push_back(d);
        std::sort(starts.begin(), starts.end());
        std::sort(ends.begin(), ends.end());
        bool paired = starts.size() == ends.size();
        if (!paired && !ends.empty())
            ctx.warn("schema:endDate", std::to_string(starts.size()) + " start dates but " +
                                           std::to_string(ends.size()) +
                                           " end dates; each start taken as a one-day period");
        for (size_t i = 0; i < starts.size(); ++i) {
            Period p;
            p.start_date = starts[i];
            p.end_date = paired && ends[i] >= starts[i] ? ends[i] : starts[i];
            periods.push_back(std::move(p));
        }
    }
    auto key = [](const Period& p) {
        return std::tie(p.start_date, p.start_time, p.end_date, p.end_time, p.weekdays);
    };
    std::sort(periods.begin(), periods.end(),
              [&](const Period& a, const Period& b) { return key(a) < key(b); });
    periods.erase(std::unique(periods.begin(), periods.end(),
                              [&](const Period& a, const Period& b) { return key(a) == key(b); }),
                  periods.end());
    item.periods = std::move(periods);
}

void parse_hours(Ctx& ctx, element place, const std::string& base, ExportItem& item) {
    for_nodes_at(ctx, place, "schema:openingHoursSpecification", base, [&](element node, const std::string& path) {
        OpeningRule rule;
        rule.opens = time_of(ctx, scalar_at(ctx, node, "schema:opens", path), dotted(path, "schema:opens"));
        rule.closes = time_of(ctx, scalar_at(ctx, node, "schema:closes", path), dotted(path, "schema:closes"));
        rule.valid_from = date_of(ctx, scalar_at(ctx, node, "schema:validFrom", path), dotted(path, "schema:validFrom"));
        rule.valid_through =
            date_of(ctx, scalar_at(ctx, node, "schema:validThrough", path), dotted(path, "schema:validThrough"));
        // The words ("last entry 17:00") hold for the node's dates, whatever its days.
        add_note(item, lang_map_at(ctx, node, "additionalInformation", path), rule.valid_from, rule.valid_through);
        std::vector<int> days;
        if (auto dow = get(node, "schema:dayOfWeek")) {
            days = read_days(ctx, *dow, dotted(path, "schema:dayOfWeek"));
            if (days.empty()) return;  // only unknown days: nothing we can show
        } else {
            // A node with no day restricts nothing but the dates, i.e. it holds every day.
            days = {1, 2, 3, 4, 5, 6, 7};
        }
        for (int d : days) {
            OpeningRule r = rule;
            r.day_of_week = d;
            item.hours.push_back(std::move(r));
        }
    });
}

void parse_places(Ctx& ctx, element root, ExportItem& item) {
    bool have_address = false, tried_geo = false;
    for_nodes_at(ctx, root, "isLocatedAt", "", [&](element place, const std::string& path) {
        if (!have_address) {
            if (auto addr = first_node(place, "schema:address")) {
                have_address = true;
                std::string ap = first_path(place, "schema:address", path);
                if (auto street = get(*addr, "schema:streetAddress")) {
                    item.street = join(strings(ctx, *street, dotted(ap, "schema:streetAddress")), ", ");
                    cap(ctx, item.street, dotted(ap, "schema:streetAddress"));
                }
                item.postal_code = scalar_at(ctx, *addr, "schema:postalCode", ap);
                item.town = scalar_at(ctx, *addr, "schema:addressLocality", ap);
                // hasAddressCity and isPartOfDepartment: one object in 2024, arrays in 2020.
                if (auto city = first_node(*addr, "hasAddressCity")) {
                    std::string cp = first_path(*addr, "hasAddressCity", ap);
                    item.city_insee = scalar_at(ctx, *city, "insee", cp);
                    if (item.town.empty()) item.town = preferred(lang_map_at(ctx, *city, "rdfs:label", cp));
                    if (auto dep = first_node(*city, "isPartOfDepartment")) {
                        const std::string dp = first_path(*city, "isPartOfDepartment", cp);
                        item.department_insee = scalar_at(ctx, *dep, "insee", dp);
                        item.department_name = preferred(lang_map_at(ctx, *dep, "rdfs:label", dp));
                        // isPartOfRegion: an object in 2024, an array in 2020, like its parents.
                        if (auto reg = first_node(*dep, "isPartOfRegion")) {
                            const std::string rp = first_path(*dep, "isPartOfRegion", dp);
                            item.region_insee = scalar_at(ctx, *reg, "insee", rp);
                            item.region_name = preferred(lang_map_at(ctx, *reg, "rdfs:label", rp));
                        }
                    }
                }
            }
        }
        if (!tried_geo) {
            if (auto geo = first_node(place, "schema:geo")) {
                tried_geo = true;
                std::string gp = first_path(place, "schema:geo", path);
                double lat = 0, lon = 0;
                Num la = number_at(ctx, *geo, "schema:latitude", gp, lat);
                Num lo = number_at(ctx, *geo, "schema:longitude", gp, lon);
                if (la == Num::ok && lo == Num::ok) {
                    if (lat < -90 || lat > 90)
                        ctx.warn(dotted(gp, "schema:latitude"), "latitude out of range: " + std::to_string(lat));
                    else if (lon < -180 || lon > 180)
                        ctx.warn(dotted(gp, "schema:longitude"), "longitude out of range: " + std::to_string(lon));
                    else if (lat == 0 && lon == 0)
                        ctx.warn(gp, "coordinates 0,0 are a placeholder, ignored");
                    else {
                        item.has_geo = true;
                        item.lat = lat;
                        item.lon = lon;
                    }
                } else if (la != lo && la != Num::bad && lo != Num::bad) {
                    ctx.warn(gp, "latitude and longitude must come together, ignored");
                }
            }
        }
        parse_hours(ctx, place, path, item);
        append_lang(item.hours_text, lang_map_at(ctx, place, "TextOpeningHoursSpecification", path));
    });
}

// Phones, e-mails and web sites of the Agent nodes under `key` (hasContact,
// hasBookingContact), de-duplicated, in feed order.
void collect_contacts(Ctx& ctx, element root, std::string_view agents, std::vector<Contact>& out) {
    std::set<std::pair<std::string, std::string>> seen;
    for_nodes_at(ctx, root, agents, "", [&](element agent, const std::string& path) {
        static constexpr std::array<std::pair<std::string_view, std::string_view>, 3> kKinds = {{
            {"schema:telephone", "phone"}, {"schema:email", "email"}, {"foaf:homepage", "web"}}};
        for (auto [key, type] : kKinds) {
            auto v = get(agent, key);
            if (!v) continue;
            for (auto& value : strings(ctx, *v, dotted(path, key))) {
                if (seen.emplace(std::string(type), value).second)
                    out.push_back(Contact{std::string(type), value});
            }
        }
    });
}

void parse_contacts(Ctx& ctx, element root, ExportItem& item) {
    collect_contacts(ctx, root, "hasContact", item.contacts);
}

void parse_images(Ctx& ctx, element root, std::string_view key, std::set<std::string>& seen,
                  ExportItem& item) {
    for_nodes_at(ctx, root, key, "", [&](element obj, const std::string& path) {
        ImageRef base;
        if (auto ann = first_node(obj, "ebucore:hasAnnotation")) {
            std::string np = first_path(obj, "ebucore:hasAnnotation", path);
            base.title = preferred(lang_map_at(ctx, *ann, "ebucore:title", np));
            if (auto credits = get(*ann, "credits"))
                base.credits = join(strings(ctx, *credits, dotted(np, "credits")), ", ");
            if (auto lic = get(*ann, "ebucore:isCoveredBy")) {
                base.licence = lic->type() == element_type::OBJECT
                                   ? preferred(lang_map(ctx, *lic, dotted(np, "ebucore:isCoveredBy")))
                                   : scalar(ctx, *lic, dotted(np, "ebucore:isCoveredBy"));
            }
            // The date until which the producer may let us show the picture; a malformed one
            // is only a warning: the picture is kept, as when the field is absent.
            base.rights_end = date_of(ctx, scalar_at(ctx, *ann, "rightsEndDate", np), dotted(np, "rightsEndDate"));
        }
        for_nodes_at(ctx, obj, "ebucore:hasRelatedResource", path, [&](element res, const std::string& rp) {
            std::string locator = text_at(ctx, res, "ebucore:locator", rp);
            if (locator.empty()) return;
            if (!seen.insert(locator).second) return;  // the gallery usually repeats the main image
            ImageRef img = base;
            img.locator = std::move(locator);
            item.images.push_back(std::move(img));
        });
    });
}

// Joins several per-language texts (the labels of two policies, an audience and a free text...)
// into one per language. A language is kept only when every part has it, so that a line never
// mixes languages and the kiosk's per-field fallback, with its "text in French" marker, applies
// to the whole. When no language is common to all parts, each language present takes the
// parts it lacks in their preferred language (French, the feed's source) rather than dropping
// them: a condition of a price is never lost for want of a translation.
LangMap merge_parts(const std::vector<LangMap>& parts, std::string_view sep) {
    std::vector<const LangMap*> ps;
    for (const LangMap& p : parts)
        if (!p.empty()) ps.push_back(&p);
    if (ps.empty()) return {};
    std::set<std::string> common, all;
    for (const auto& kv : *ps.front()) common.insert(kv.first);
    for (const LangMap* p : ps) {
        for (const auto& kv : *p) all.insert(kv.first);
        for (auto it = common.begin(); it != common.end();) it = p->count(*it) ? std::next(it) : common.erase(it);
    }
    LangMap out;
    for (const std::string& lang : common.empty() ? all : common) {
        std::vector<std::string> texts;
        for (const LangMap* p : ps) {
            auto it = p->find(lang);
            std::string t = it != p->end() ? it->second : preferred(*p);
            // Producers often repeat a label in the free text; say it once.
            if (std::find(texts.begin(), texts.end(), t) == texts.end()) texts.push_back(std::move(t));
        }
        out[lang] = join(texts, sep);
    }
    return out;
}

// Offers: offers[].schema:priceSpecification[] (shapes in /work/shared/DATATOURISME.md,
// "Offers (prices)", and the samples). Per PriceSpecification the ontology gives the amounts
// (schema:minPrice, schema:maxPrice, schema:price; strings or one-element arrays),
// schema:priceCurrency, hasEligiblePolicy (thesaurus nodes with an rdfs:label language map:
// kb:BaseRateFullRate, kb:ReducedRate, kb:ChildRate, kb:Free...), and the conditions:
// hasEligibleAudience, hasPricingSeason, hasPricingMode (kb:PerPerson...), hasPricingOffer
// (thesaurus nodes with rdfs:label) and additionalInformation (a language map of free text).
// Those property names come from the DATAtourisme schema as a public GraphQL query against
// the platform lists them (PriceSpecification: additionalInformation, hasEligibleAudience,
// hasPricingSeason, hasPricingMode, hasPricingOffer); only hasEligiblePolicy and
// hasPricingMode appear in our samples. schema:description is read like additionalInformation.
// An Offer may carry text of its own (textPriceSpecification, seen read by a public
// DATAtourisme importer; additionalInformation; schema:description): it becomes a text-only
// line after that offer's specifications, so prices given only in words are kept.
void parse_prices(Ctx& ctx, element root, ExportItem& item) {
    for_nodes_at(ctx, root, "offers", "", [&](element offer, const std::string& op) {
        for_nodes_at(ctx, offer, "schema:priceSpecification", op, [&](element spec, const std::string& path) {
            Price p;
            // A malformed or negative amount drops that amount only (number() warns with
            // the field's path). "schema:price" repeats minPrice in real data; it stands in
            // when minPrice is absent or unusable.
            auto amount = [&](std::string_view key, double& out) {
                double v = 0;
                if (number_at(ctx, spec, key, path, v) != Num::ok) return false;
                if (v < 0) {
                    ctx.warn(dotted(path, key), "negative price ignored");
                    return false;
                }
                out = v;
                return true;
            };
            if (!amount("schema:minPrice", p.min)) amount("schema:price", p.min);
            amount("schema:maxPrice", p.max);
            if (p.min >= 0 && p.max >= 0 && p.max < p.min) {
                ctx.warn(path, "maxPrice below minPrice; swapped");
                std::swap(p.min, p.max);
            }
            // One amount written as min == max is one amount, not a range "from 8 to 8".
            if (p.min >= 0 && p.max == p.min) p.max = -1;
            p.currency = scalar_at(ctx, spec, "schema:priceCurrency", path);

            std::vector<LangMap> labels;
            bool free_policy = false;
            for_nodes_at(ctx, spec, "hasEligiblePolicy", path, [&](element pol, const std::string& pp) {
                const std::string id = text_at(ctx, pol, "@id", pp);
                if (p.policy.empty()) p.policy = id;
                free_policy = free_policy || is_free_policy(id);
                labels.push_back(lang_map_at(ctx, pol, "rdfs:label", pp));
            });
            p.label = merge_parts(labels, ", ");

            std::vector<LangMap> conditions;
            for (const char* key : {"hasEligibleAudience", "hasPricingSeason", "hasPricingMode", "hasPricingOffer"})
                for_nodes_at(ctx, spec, key, path, [&](element n, const std::string& np) {
                    conditions.push_back(lang_map_at(ctx, n, "rdfs:label", np));
                });
            for (const char* key : {"additionalInformation", "schema:description"})
                conditions.push_back(lang_map_at(ctx, spec, key, path));
            p.conditions = merge_parts(conditions, " · ");

            // Free: a free policy with no amount or an amount of 0, or an amount of 0 alone.
            // A free policy next to a positive amount contradicts itself: the amount is
            // shown, since claiming "free" to a visitor who will be asked to pay is worse.
            const bool positive = p.min > 0 || p.max > 0;
            if (free_policy && positive)
                ctx.warn(path, "free policy " + p.policy + " with a price above 0; shown as the price");
            p.free = !positive && (free_policy || p.min == 0 || p.max == 0);
            if (p.free && p.min < 0) p.min = 0;
            if (p.free) p.max = -1;

            // A line with nothing to say about the price (say, only a currency, or a policy
            // name with no amount) is left out.
            if (p.min < 0 && p.max < 0 && !p.free && p.conditions.empty()) return;
            item.prices.push_back(std::move(p));
        });
        std::vector<LangMap> texts;
        for (const char* key : {"textPriceSpecification", "additionalInformation", "schema:description"})
            texts.push_back(lang_map_at(ctx, offer, key, op));
        Price text_only;
        text_only.conditions = merge_parts(texts, "\n\n");
        if (!text_only.conditions.empty()) item.prices.push_back(std::move(text_only));
    });
}

void parse_descriptions(Ctx& ctx, element root, ExportItem& item) {
    bool have_short = false, have_long = false;
    for_nodes_at(ctx, root, "hasDescription", "", [&](element d, const std::string& path) {
        if (!have_short) {
            item.short_desc = lang_map_at(ctx, d, "shortDescription", path);
            have_short = !item.short_desc.empty();
        }
        if (!have_long) {
            item.long_desc = lang_map_at(ctx, d, "dc:description", path);
            have_long = !item.long_desc.empty();
        }
    });
    // rdfs:comment usually repeats the short description; it fills languages the
    // description node lacks, or stands in when there is none.
    fill_missing(item.short_desc, lang_map_at(ctx, root, "rdfs:comment", ""));
}

// Which followed fields (export_model.h, Field) the object's JSON has, by key presence only:
// a field that is there but unusable still counts, so the report shows what was lost.
unsigned fields_in_export(element root) {
    unsigned bits = 0;
    auto has = [&](element node, std::string_view key) { return get(node, key).has_value(); };
    auto mark = [&](Field f, bool present) {
        if (present) bits |= field_bit(f);
    };
    mark(Field::Title, has(root, "rdfs:label"));
    mark(Field::Short, has(root, "rdfs:comment"));
    for_each_node(root, "hasDescription", [&](element d) {
        mark(Field::Short, has(d, "shortDescription"));
        mark(Field::Long, has(d, "dc:description"));
    });
    for_each_node(root, "isLocatedAt", [&](element p) {
        mark(Field::Geo, has(p, "schema:geo"));
        mark(Field::Address, has(p, "schema:address"));
        mark(Field::Hours, has(p, "schema:openingHoursSpecification"));
        mark(Field::HoursText, has(p, "TextOpeningHoursSpecification"));
    });
    mark(Field::Dates, has(root, "takesPlaceAt") || has(root, "schema:startDate"));
    mark(Field::Contact, has(root, "hasContact"));
    for_each_node(root, "offers", [&](element o) { mark(Field::Prices, has(o, "schema:priceSpecification")); });
    mark(Field::Pictures, has(root, "hasMainRepresentation") || has(root, "hasRepresentation"));
    mark(Field::Themes, has(root, "hasTheme"));
    return bits;
}

// ---------------------------------------------------------------------------------------
// Practical information (issue 13, part 4). Each fact is kept only as the export states it:
// a value we cannot read is dropped with a warning, never guessed.

// A yes/no fact: JSON true/false, the strings "true"/"false" (some producers' exports), or a
// one-element array of either (the 2020 vintage wraps many single values in arrays).
std::optional<bool> boolean(Ctx& ctx, element v, const std::string& field) {
    if (v.type() == element_type::ARRAY) {
        array a = elements(v);
        if (a.size() == 1) return boolean(ctx, a.at(0).value_unsafe(), indexed(field, 0));
        ctx.warn(field, a.size() == 0 ? "empty list where a yes/no was expected, ignored"
                                      : "several values where one yes/no was expected, ignored");
        return std::nullopt;
    }
    if (v.type() == element_type::BOOL) {
        bool b = false;
        if (!v.get_bool().get(b)) return b;
    }
    if (v.type() == element_type::STRING) {
        const std::string s = fold(trim(str(v)));
        if (s == "true") return true;
        if (s == "false") return false;
        ctx.warn(field, "not a yes/no: \"" + std::string(trim(str(v)).substr(0, 40)) + "\", ignored");
        return std::nullopt;
    }
    ctx.warn(field, "not a yes/no, ignored");
    return std::nullopt;
}

// Thesaurus values ({"@id": "kb:Parking", "rdfs:label": {...}}, or a bare id string) of a
// value that may be one node or an array of them, appended to `out` without repeating an id.
void thesaurus_values(Ctx& ctx, element v, const std::string& field, std::vector<Category>& out) {
    auto one = [&](element e, const std::string& path) {
        Category c;
        if (e.type() == element_type::OBJECT) {
            c.id = text_at(ctx, e, "@id", path);
            if (c.id.empty()) {
                ctx.warn(path, "value without @id, ignored");
                return;
            }
            c.label = lang_map_at(ctx, e, "rdfs:label", path);
        } else if (e.type() == element_type::STRING) {
            c.id = scalar(ctx, e, path);
            if (c.id.empty()) return;
        } else {
            ctx.warn(path, "expected a thesaurus value, ignored");
            return;
        }
        for (Category& have : out) {
            if (have.id == c.id) {
                fill_missing(have.label, c.label);
                return;
            }
        }
        out.push_back(std::move(c));
    };
    if (v.type() == element_type::ARRAY) {
        size_t i = 0;
        for (element e : elements(v)) {
            if (e.type() != element_type::NULL_VALUE) one(e, indexed(field, i));
            ++i;
        }
    } else {
        one(v, field);
    }
}

void thesaurus_at(Ctx& ctx, element node, std::string_view key, const std::string& base, std::vector<Category>& out) {
    if (auto v = get(node, key)) thesaurus_values(ctx, *v, dotted(base, key), out);
}

void parse_access(Ctx& ctx, element root, Practical& out) {
    if (auto v = get(root, "reducedMobilityAccess")) out.wheelchair = boolean(ctx, *v, "reducedMobilityAccess");
    // Labels and classifications: one Review node per label, its value a thesaurus node
    // (kb:LabelRating_TourismeHandicapPictogrammeMoteur, kb:LabelRating_MonumentHistorique...).
    for_nodes_at(ctx, root, "hasReview", "", [&](element review, const std::string& path) {
        auto v = get(review, "hasReviewValue");
        if (!v) {
            ctx.warn(path, "review without hasReviewValue, ignored");
            return;
        }
        thesaurus_values(ctx, *v, dotted(path, "hasReviewValue"), out.labels);
    });
}

// Pets are stated per place; one object has one place in every feed we have seen. Places
// that disagree leave the question open rather than pick one.
void parse_pets(Ctx& ctx, element root, Practical& out) {
    std::optional<bool> pets;
    bool conflict = false;
    for_nodes_at(ctx, root, "isLocatedAt", "", [&](element place, const std::string& path) {
        auto v = get(place, "petsAllowed");
        if (!v) return;
        auto b = boolean(ctx, *v, dotted(path, "petsAllowed"));
        if (!b) return;
        if (pets && *pets != *b) conflict = true;
        pets = b;
    });
    if (conflict) {
        ctx.warn("isLocatedAt", "places disagree on petsAllowed, ignored");
        return;
    }
    out.pets = pets;
}

void parse_languages(Ctx& ctx, element root, Practical& out) {
    auto v = get(root, "availableLanguage");
    if (!v) return;
    auto add = [&](const std::string& raw, const std::string& path) {
        const std::string code = language_code(raw);
        if (code.empty()) {
            ctx.warn(path, "unknown language \"" + raw.substr(0, 40) + "\", ignored");
            return;
        }
        if (std::find(out.languages.begin(), out.languages.end(), code) == out.languages.end())
            out.languages.push_back(code);
    };
    auto one = [&](element e, const std::string& path) {
        if (e.type() == element_type::OBJECT) {
            // A thesaurus node in some vintages: its id, else its French label, names it.
            std::string id = text_at(ctx, e, "@id", path);
            std::string name = id.empty() ? preferred(lang_map_at(ctx, e, "rdfs:label", path))
                                          : std::string(local_name(id));
            if (name.empty())
                ctx.warn(path, "language without @id or label, ignored");
            else
                add(name, path);
        } else if (e.type() == element_type::STRING) {
            std::string s = scalar(ctx, e, path);
            if (!s.empty()) add(s, path);
        } else if (e.type() != element_type::NULL_VALUE) {
            ctx.warn(path, "expected a language, ignored");
        }
    };
    if (v->type() == element_type::ARRAY) {
        size_t i = 0;
        for (element e : elements(*v)) one(e, indexed("availableLanguage", i++));
    } else {
        one(*v, "availableLanguage");
    }
}

void parse_practical(Ctx& ctx, element root, ExportItem& item) {
    Practical& p = item.practical;
    parse_access(ctx, root, p);
    parse_pets(ctx, root, p);
    parse_languages(ctx, root, p);
    for_nodes_at(ctx, root, "hasFeature", "", [&](element spec, const std::string& path) {
        thesaurus_at(ctx, spec, "features", path, p.amenities);
    });
    for_nodes_at(ctx, root, "offers", "", [&](element offer, const std::string& path) {
        thesaurus_at(ctx, offer, "schema:acceptedPaymentMethod", path, p.payment);
    });
    thesaurus_at(ctx, root, "hasAudience", "", p.audience);
    thesaurus_at(ctx, root, "hasClientTarget", "", p.audience);
    collect_contacts(ctx, root, "hasBookingContact", p.booking);
}

// ---------------------------------------------------------------------------------------
// Tours (issue 17): what makes a route item a route. publish/ROUTES.md documents the keys
// read and which of them no source states for sure. Only what the export says is kept: a
// figure it does not give stays 0, a value we cannot read is dropped with a warning.

// Bounds on one tour, far above any real itinerary (a GR path is a few thousand points once
// simplified), so that a hostile file cannot put megabytes of points into one pack row.
constexpr size_t kMaxRouteSteps = 500;
constexpr size_t kMaxPathPoints = 50000;

// A position of a node: its schema:geo, or the schema:geo of its first isLocatedAt place.
bool node_position(Ctx& ctx, element node, const std::string& base, double& lat, double& lon) {
    auto read = [&](element holder, const std::string& hp) {
        auto geo = first_node(holder, "schema:geo");
        if (!geo) return false;
        const std::string gp = first_path(holder, "schema:geo", hp);
        Num la = number_at(ctx, *geo, "schema:latitude", gp, lat);
        Num lo = number_at(ctx, *geo, "schema:longitude", gp, lon);
        if (la != Num::ok || lo != Num::ok) return false;
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180 || (lat == 0 && lon == 0)) {
            ctx.warn(gp, "position out of range or 0,0, ignored");
            return false;
        }
        return true;
    };
    if (read(node, base)) return true;
    if (auto place = first_node(node, "isLocatedAt")) return read(*place, first_path(node, "isLocatedAt", base));
    return false;
}

// A duration in minutes: a number of minutes, or ISO 8601 ("PT2H30M", "P1DT2H"). 0 = unreadable.
int duration_minutes(Ctx& ctx, element v, const std::string& field) {
    if (v.type() == element_type::STRING) {
        const std::string_view raw = trim(str(v));
        if (!raw.empty() && (raw[0] == 'P' || raw[0] == 'p')) {
            long total = 0, n = 0;
            bool in_time = false, any = false, digit = false;
            for (size_t i = 1; i < raw.size(); ++i) {
                const char c = raw[i];
                if (c >= '0' && c <= '9') {
                    n = n * 10 + (c - '0');
                    digit = true;
                    if (n > 1000000) break;
                    continue;
                }
                const char u = static_cast<char>(c & ~0x20);  // upper case
                if (u == 'T' && !digit) {
                    in_time = true;
                    continue;
                }
                if (!digit) { any = false; break; }
                if (u == 'D' && !in_time) total += n * 1440;
                else if (u == 'H' && in_time) total += n * 60;
                else if (u == 'M' && in_time) total += n;
                else if (u == 'S' && in_time) total += (n + 30) / 60;
                else { any = false; digit = true; break; }
                any = true;
                n = 0;
                digit = false;
            }
            if (any && !digit && total > 0 && total < 1000000) return static_cast<int>(total);
            ctx.warn(field, "not a duration: \"" + std::string(raw.substr(0, 40)) + "\", ignored");
            return 0;
        }
    }
    double d = 0;
    Num n = number(ctx, v, field, d);
    if (n == Num::ok) {
        if (d > 0 && d < 1000000) return static_cast<int>(std::lround(d));
        ctx.warn(field, "duration out of range, ignored");
    }
    return 0;
}

// schema:line: "lat lon lat lon ..." (blanks and/or commas between numbers). Empty when it is
// not whole pairs of numbers in range, or fewer than two points.
std::vector<std::pair<double, double>> parse_line(Ctx& ctx, std::string_view text, const std::string& field) {
    std::vector<double> nums;
    size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && (text[i] == ' ' || text[i] == ',' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r')) ++i;
        if (i >= text.size()) break;
        size_t j = i;
        while (j < text.size() && text[j] != ' ' && text[j] != ',' && text[j] != '\t' && text[j] != '\n' && text[j] != '\r') ++j;
        const char* b = text.data() + i;
        const char* e = text.data() + j;
        if (*b == '+') ++b;
        double d = 0;
        auto res = std::from_chars(b, e, d);
        if (res.ec != std::errc() || res.ptr != e || !std::isfinite(d)) {
            ctx.warn(field, "not a list of numbers, path ignored");
            return {};
        }
        nums.push_back(d);
        if (nums.size() > kMaxPathPoints * 2) {
            ctx.warn(field, "more than " + std::to_string(kMaxPathPoints) + " points, path ignored");
            return {};
        }
        i = j;
    }
    std::vector<std::pair<double, double>> out;
    if (nums.size() % 2 != 0 || nums.size() < 4) {
        ctx.warn(field, "not pairs of latitude and longitude (at least two points), path ignored");
        return out;
    }
    for (size_t k = 0; k < nums.size(); k += 2) {
        if (nums[k] < -90 || nums[k] > 90 || nums[k + 1] < -180 || nums[k + 1] > 180) {
            ctx.warn(field, "a point out of range, path ignored");
            return {};
        }
        out.emplace_back(nums[k], nums[k + 1]);
    }
    return out;
}

void parse_route(Ctx& ctx, element root, ExportItem& item) {
    RouteFacts& r = item.route;
    // How it is travelled: the most specific tour class (ROUTES.md).
    static constexpr std::pair<std::string_view, const char*> kMeans[] = {
        {"WalkingTour", "walk"}, {"CyclingTour", "bike"}, {"HorseTour", "horse"}, {"RoadTour", "car"}, {"FluvialTour", "boat"}};
    for (const auto& [cls, means] : kMeans) {
        if (!r.means.empty()) break;
        for (const std::string& t : item.types)
            if (local_name(t) == cls) r.means = means;
    }

    double d = 0;
    if (number_at(ctx, root, "tourDistance", "", d) == Num::ok) {
        if (d > 0 && d < 1e7) r.length_m = d;
        else ctx.warn("tourDistance", "distance out of range, ignored");
    }

    // Duration and difficulty: on the tour, or on its practice condition nodes.
    auto durations = [&](element node, const std::string& base) {
        for (const char* key : {"duration", "dailyDuration"}) {
            if (r.duration_min) return;
            if (auto v = get(node, key)) r.duration_min = duration_minutes(ctx, *v, dotted(base, key));
        }
    };
    // A thesaurus node (kb:EasyTour with its labels), a bare id, or a node with words and no
    // @id (our content's emitter): the first one given.
    auto difficulty = [&](element node, const std::string& base) {
        if (!r.difficulty.empty() || !r.difficulty_label.empty()) return;
        auto v = get(node, "hasDifficultyLevel");
        if (!v) return;
        const std::string field = dotted(base, "hasDifficultyLevel");
        auto one = [&](element e, const std::string& path) {
            if (!r.difficulty.empty() || !r.difficulty_label.empty()) return;
            if (e.type() == element_type::STRING) {
                r.difficulty = scalar(ctx, e, path);
            } else if (e.type() == element_type::OBJECT) {
                r.difficulty = text_at(ctx, e, "@id", path);
                r.difficulty_label = lang_map_at(ctx, e, "rdfs:label", path);
            }
        };
        if (v->type() == element_type::ARRAY) {
            size_t i = 0;
            for (element e : elements(*v)) one(e, indexed(field, i++));
        } else {
            one(*v, field);
        }
        // A node's own @id (an URL the producer gave the node, not a thesaurus value) says
        // nothing a reader can use: only kb: ids are kept as codes.
        if (r.difficulty.rfind("kb:", 0) != 0) r.difficulty.clear();
    };
    durations(root, "");
    difficulty(root, "");
    for_nodes_at(ctx, root, "hasPracticeCondition", "", [&](element pc, const std::string& path) {
        durations(pc, path);
        difficulty(pc, path);
    });

    std::vector<Category> tour_types;
    thesaurus_at(ctx, root, "hasTourType", "", tour_types);
    for (const Category& t : tour_types) {
        const auto name = local_name(t.id);
        if (name == "Loop" || name == "RoundTrip") r.loop = true;
    }

    // Steps: olo:slot nodes, ordered by olo:index (array order for equal or missing indexes).
    struct Slot {
        double index;
        size_t order;
        RouteStepRef step;
    };
    std::vector<Slot> slots;
    size_t order = 0;
    for_nodes_at(ctx, root, "olo:slot", "", [&](element slot, const std::string& path) {
        if (slots.size() >= kMaxRouteSteps) {
            if (slots.size() == kMaxRouteSteps) ctx.warn("olo:slot", "more than " + std::to_string(kMaxRouteSteps) + " steps; the rest ignored");
            return;
        }
        Slot s{1e18, order++, {}};
        double idx = 0;
        if (number_at(ctx, slot, "olo:index", path, idx) == Num::ok) s.index = idx;
        const std::string ip = first_path(slot, "olo:item", path);
        if (auto v = get(slot, "olo:item"); v && v->type() == element_type::STRING) {
            s.step.ref = std::string(trim(str(*v)));
        } else if (auto node = first_node(slot, "olo:item")) {
            s.step.ref = text_at(ctx, *node, "@id", ip);
            s.step.name = lang_map_at(ctx, *node, "rdfs:label", ip);
            s.step.has_geo = node_position(ctx, *node, ip, s.step.lat, s.step.lon);
        }
        if (s.step.ref.empty() && !s.step.has_geo) {
            ctx.warn(path, "a step with neither an @id nor a position, ignored");
            return;
        }
        slots.push_back(std::move(s));
    });
    std::stable_sort(slots.begin(), slots.end(), [](const Slot& a, const Slot& b) { return a.index < b.index; });
    for (Slot& s : slots) r.steps.push_back(std::move(s.step));

    // Geometry: a schema:line (schema:GeoShape) in a schema:geo of the tour's places.
    for_nodes_at(ctx, root, "isLocatedAt", "", [&](element place, const std::string& path) {
        if (!r.path.empty()) return;
        for_nodes_at(ctx, place, "schema:geo", path, [&](element geo, const std::string& gp) {
            if (!r.path.empty()) return;
            if (auto line = get(geo, "schema:line")) {
                // Read whole, not through text_only: its cap for visitor texts would cut a long
                // line in the middle of a number and move the last point.
                const std::string lp = dotted(gp, "schema:line");
                if (line->type() != element_type::STRING) ctx.warn(lp, "expected text, path ignored");
                else r.path = parse_line(ctx, str(*line), lp);
            }
        });
    });
}

void parse_type_categories(ExportItem& item) {
    for (const std::string& t : item.types) {
        auto c = type_category(t);
        if (!c) continue;
        bool seen = std::any_of(item.type_categories.begin(), item.type_categories.end(),
                                [&](const Category& have) { return have.id == c->id; });
        if (!seen) item.type_categories.push_back(std::move(*c));
    }
}

bool parse_checked(Ctx& ctx, const std::string& file, const std::string& json, ExportItem& item) {
    // One parser per thread: simdjson reuses its buffers across documents.
    thread_local simdjson::dom::parser parser;
    element root;
    if (auto err = parser.parse(json).get(root)) {
        if (err == simdjson::UTF8_ERROR)
            ctx.warn("", "invalid UTF-8; object refused");
        else if (err == simdjson::DEPTH_ERROR)
            // simdjson stops at its depth limit instead of recursing, so a hostile file
            // costs nothing; no real object comes near this depth.
            ctx.warn("", "JSON nested deeper than " + std::to_string(parser.max_depth()) +
                             " levels; object refused");
        else
            ctx.warn("", std::string("malformed JSON (") + simdjson::error_message(err) + ")");
        return false;
    }
    if (root.type() != element_type::OBJECT) {
        ctx.warn("", "top level is not a JSON object");
        return false;
    }
    item.file = file;
    item.source_id = text_at(ctx, root, "@id", "");
    if (item.source_id.empty()) {
        ctx.warn("@id", "missing @id; object refused");
        return false;
    }
    ctx.id = item.source_id;
    item.export_fields = fields_in_export(root);
    item.title = lang_map_at(ctx, root, "rdfs:label", "");
    if (item.title.empty()) {
        ctx.warn("rdfs:label", "missing title; object refused");
        return false;
    }
    item.identifier = scalar_at(ctx, root, "dc:identifier", "");
    if (auto t = get(root, "@type")) item.types = strings(ctx, *t, "@type");
    item.last_update = scalar_at(ctx, root, "lastUpdateDatatourisme", "");

    parse_descriptions(ctx, root, item);
    // Themes are thesaurus nodes (a bare id string is accepted), read like the practical facts' values.
    thesaurus_at(ctx, root, "hasTheme", "", item.themes);
    parse_periods(ctx, root, item);
    parse_places(ctx, root, item);
    parse_contacts(ctx, root, item);
    std::set<std::string> seen_images;
    parse_images(ctx, root, "hasMainRepresentation", seen_images, item);
    parse_images(ctx, root, "hasRepresentation", seen_images, item);
    parse_prices(ctx, root, item);
    parse_practical(ctx, root, item);
    parse_type_categories(item);

    const Classified c = classify_object(item.types, item.themes, item.title);
    item.kind = c.kind;
    item.kind_class = c.cls;
    item.kind_reason = c.reason;
    if (item.kind == "route") parse_route(ctx, root, item);
    return true;
}

}  // namespace

// ---------------------------------------------------------------------------------------
// Public API

std::unique_ptr<ExportSource> ExportSource::open(const std::string& path) {
    std::error_code ec;
    fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st)) throw ExportError(path + ": no such file or directory");
    if (fs::is_directory(st)) {
        fs::path root(path);
        std::string shown = path;
        if (shown.empty() || shown.back() != '/') shown += '/';
        // exists(), not is_regular_file(): a FIFO or a device named index.json is refused by
        // DirSource with its reason, not reported as missing.
        if (fs::exists(root / "index.json", ec)) return std::make_unique<DirSource>(root, shown);
        std::vector<fs::path> candidates;
        for (fs::directory_iterator it(root, ec), end; !ec && it != end; it.increment(ec)) {
            std::error_code ec2;
            if (it->is_directory(ec2) && fs::exists(it->path() / "index.json", ec2))
                candidates.push_back(it->path());
        }
        if (ec) throw ExportError(shown + ": cannot list directory (" + ec.message() + ")");
        if (candidates.empty())
            throw ExportError(shown + "index.json: not found (nor in a top-level folder)");
        if (candidates.size() > 1)
            throw ExportError(shown + ": several folders hold an index.json (" +
                              candidates[0].filename().string() + ", " +
                              candidates[1].filename().string() + ")");
        return std::make_unique<DirSource>(candidates[0], shown + candidates[0].filename().string() + "/");
    }
    if (fs::is_regular_file(st)) return std::make_unique<ZipSource>(path);
    if (fs::is_fifo(st) || fs::is_character_file(st) || fs::is_block_file(st) || fs::is_socket(st))
        throw ExportError(path + ": not a regular file (a FIFO, a device or a socket), neither a directory nor a zip",
                          ErrorKind::Corrupt);
    throw ExportError(path + ": neither a directory nor a zip file");
}

bool parse_object(const std::string& file, const std::string& json, ExportItem& out,
                  std::vector<Warning>& warnings) {
    Ctx ctx(file, warnings);
    try {
        ExportItem item;
        if (!parse_checked(ctx, file, json, item)) return false;
        item.text_repairs = ctx.repairs;
        out = std::move(item);
        return true;
    } catch (const std::exception& e) {
        ctx.warn("", std::string("object refused: ") + e.what());
    } catch (...) {
        ctx.warn("", "object refused: unexpected error");
    }
    return false;
}

Warning missing_warning(const ExportSource& src, const IndexEntry& entry, bool escaped) {
    if (escaped) return Warning{entry.file, "", "index.json points outside objects/; ignored"};
    return Warning{entry.file, "", "listed in index.json but missing from " + src.describe()};
}

size_t read_export(const ExportSource& src, const std::function<void(ExportItem&&)>& on_item,
                   std::vector<Warning>& warnings) {
    size_t count = 0;
    src.for_each_object(
        [](const IndexEntry&) { return true; },
        [&](const IndexEntry& entry, const std::string& json) {
            ++count;
            ExportItem item;
            if (parse_object(entry.file, json, item, warnings)) on_item(std::move(item));
        },
        [&](const IndexEntry& entry, bool escaped) { warnings.push_back(missing_warning(src, entry, escaped)); });
    return count;
}

// How DATAtourisme classes map to kiosk kinds. Classes are matched by local name, so
// "schema:Museum", "Museum" and full ontology URIs are the same; the feed lists every
// superclass in @type, so membership (never position) decides. First matching row wins, and
// the class that matched is what the build report counts under (classes are the ontology's:
// PointOfInterest > EntertainmentAndEvent | Tour | PlaceOfInterest > Accommodation,
// FoodEstablishment, TouristInformationCenter, CulturalSite, BusinessPlace...).
//
//   row  condition                                                    kind
//   1    an event class (Event, EntertainmentAndEvent, CulturalEvent,
//        Festival, Market, Exhibition, Concert...)                     "event"
//   2    a tour class (Tour, WalkingTour, CyclingTour, HorseTour,
//        FluvialTour, RoadTour, UnderwaterRoute)                         "route"
//   3    class Belfry                                                  "belfry"
//   4    a tourist information class (TouristInformationCenter,
//        LocalTouristOffice)                                           "office"
//   5    an accommodation class (Accommodation, HotelTrade, Hotel,
//        Camping, Guesthouse, schema:LodgingBusiness...): a hotel in a
//        castle is a hotel                                             "sleep"
//   6    a food class (FoodEstablishment, Restaurant, CafeOrTeahouse...) "eat"
//   7    a class that is not a visit (BusinessPlace: convention
//        centres; Store, ServiceProvider, ConvenientService, Transport,
//        MedicalPlace, Product...)                                     "" (dropped)
//   8    theme kb:Belfry, or a place (row 9) whose French title contains
//        "beffroi" (case- and accent-insensitive)                      "belfry"
//   9    a place: a heritage or leisure class (CulturalSite, Museum,
//        RemarkableBuilding, NaturalHeritage, ParkAndGarden, Castle,
//        SportsAndLeisurePlace...), or plain PlaceOfInterest             "site"
//   10   anything else                                                 "" (dropped)
//
// Events come first because an event held in a belfry is still something with dates.
// "eat" and "sleep" are kinds like the others; whether the pack keeps them is the builder's
// choice (Selection), so the report can say "kept" or "not asked for".
Classified classify_object(const std::vector<std::string>& types, const std::vector<Category>& themes,
                           const LangMap& title) {
    // Each type's local name once: the lists below hold about a hundred names, all tried
    // against every type of every object of the flux.
    std::vector<std::string_view> local;
    local.reserve(types.size());
    for (const auto& t : types) local.push_back(local_name(t));
    auto match = [&](std::initializer_list<std::string_view> names) -> std::string {
        // The list's order is the priority, so the most specific class is named.
        for (auto n : names)
            for (std::string_view t : local)
                if (t == n) return std::string(n);
        return {};
    };
    std::string cls;
    if (!(cls = match({"Festival", "Carnival", "Parade", "Market", "Exhibition", "ExhibitionEvent", "Concert",
                       "Competition", "Conference", "TraditionalCelebration", "ReligiousEvent", "TheaterEvent",
                       "ScreeningEvent", "FoodEvent", "MusicEvent", "DanceEvent", "ChildrensEvent", "ShowEvent",
                       "CulturalEvent", "SportsEvent", "SaleEvent", "SocialEvent", "BusinessEvent",
                       "EntertainmentAndEvent", "Event"}))
             .empty())
        return {"event", cls, "event"};
    if (!(cls = match({"WalkingTour", "CyclingTour", "HorseTour", "FluvialTour", "RoadTour", "UnderwaterRoute", "Tour"}))
             .empty())
        return {"route", cls, "tour or itinerary"};
    if (!(cls = match({"Belfry"})).empty()) return {"belfry", cls, "belfry"};
    if (!(cls = match({"LocalTouristOffice", "TouristInformationCenter"})).empty())
        return {"office", cls, "tourist information"};
    if (!(cls = match({"Hotel", "HotelRestaurant", "HotelTrade", "Camping", "CamperVanArea", "CampingAndCaravanning",
                       "Guesthouse", "TableHoteGuesthouse", "SelfCateringAccommodation", "RentalAccommodation",
                       "YouthHostelAndInternationalCenter", "HolidayCentre", "ClubOrHolidayVillage", "ChildrensGite",
                       "GroupLodging", "StopOverOrGroupLodge", "HolidayResort", "CollectiveAccommodation",
                       "Accommodation", "AccommodationProduct", "LodgingBusiness"}))
             .empty())
        return {"sleep", cls, "accommodation"};
    if (!(cls = match({"Restaurant", "FastFoodRestaurant", "BarOrPub", "BistroOrWineBar", "CafeOrTeahouse", "Bakery",
                       "IceCreamShop", "StreetFood", "Cellar", "FoodEstablishment"}))
             .empty())
        return {"eat", cls, "food and drink"};
    if (!(cls = match({"ConventionCentre", "BusinessPlace", "Store", "TastingProvider", "ServiceProvider",
                       "ConvenientService", "Transport", "MedicalPlace", "Spa", "ThalassotherapyCentre",
                       "ActivityProvider", "Rental", "Practice", "Visit", "Product"}))
             .empty())
        return {"", cls, "not a visit: business, shop, service or product"};
    const std::string heritage =
        match({"Museum", "Castle", "Cathedral", "Church", "Chapel", "Abbey", "Citadel", "Tower", "Monument",
               "ArcheologicalSite", "DefenceSite", "ReligiousSite", "RemembranceSite", "InterpretationCentre",
               "TechnicalHeritage", "CityHeritage", "CivilHeritage", "RemarkableBuilding", "ParkAndGarden", "Park",
               "NaturalHeritage", "Zoo", "TouristAttraction", "Library", "CulturalSite", "SportsAndLeisurePlace"});
    const std::string place = !heritage.empty() ? heritage : match({"PlaceOfInterest"});
    for (const auto& t : themes)
        if (local_name(t.id) == "Belfry") return {"belfry", place.empty() ? "kb:Belfry" : place, "belfry"};
    if (!place.empty()) {
        if (auto it = title.find("fr"); it != title.end() && fold(it->second).find("beffroi") != std::string::npos)
            return {"belfry", place, "belfry"};
        return {"site", place, "place to visit"};
    }
    return {"", types.empty() ? "(no @type)" : std::string(local_name(types.front())), "no class the kiosk shows"};
}

std::string classify(const std::vector<std::string>& types, const std::vector<Category>& themes,
                     const LangMap& title) {
    return classify_object(types, themes, title).kind;
}

// Our own labels for the classes a visitor recognises; the export labels thesaurus values
// but not classes. Generic classes (PointOfInterest, PlaceOfInterest, CulturalSite,
// EntertainmentAndEvent, CulturalEvent...) are left out: every item would carry them.
std::optional<Category> type_category(std::string_view type) {
    struct Row {
        std::string_view id, fr, en, nl, de;
    };
    static constexpr Row kTypes[] = {
        {"Museum", "Musée", "Museum", "Museum", "Museum"},
        {"Castle", "Château", "Castle", "Kasteel", "Schloss"},
        {"Church", "Église", "Church", "Kerk", "Kirche"},
        {"Cathedral", "Cathédrale", "Cathedral", "Kathedraal", "Kathedrale"},
        {"Abbey", "Abbaye", "Abbey", "Abdij", "Abtei"},
        {"Chapel", "Chapelle", "Chapel", "Kapel", "Kapelle"},
        {"ReligiousSite", "Site religieux", "Religious site", "Religieuze plaats", "Religiöse Stätte"},
        {"Tower", "Tour", "Tower", "Toren", "Turm"},
        {"Citadel", "Citadelle", "Citadel", "Citadel", "Zitadelle"},
        {"DefenceSite", "Fortifications", "Fortifications", "Vestingwerken", "Festungsanlagen"},
        {"RemarkableBuilding", "Édifice remarquable", "Remarkable building", "Bijzonder gebouw", "Sehenswertes Gebäude"},
        {"CityHeritage", "Patrimoine urbain", "Urban heritage", "Stedelijk erfgoed", "Städtisches Erbe"},
        {"TechnicalHeritage", "Patrimoine technique", "Technical heritage", "Technisch erfgoed", "Technisches Erbe"},
        {"NaturalHeritage", "Site naturel", "Natural site", "Natuurgebied", "Naturstätte"},
        {"ParkAndGarden", "Parc et jardin", "Park and garden", "Park en tuin", "Park und Garten"},
        {"InterpretationCentre", "Centre d’interprétation", "Interpretation centre", "Bezoekerscentrum", "Besucherzentrum"},
        {"RemembranceSite", "Lieu de mémoire", "Remembrance site", "Herdenkingsplaats", "Gedenkstätte"},
        {"MilitaryCemetery", "Cimetière militaire", "Military cemetery", "Militaire begraafplaats", "Soldatenfriedhof"},
        {"ArcheologicalSite", "Site archéologique", "Archaeological site", "Archeologische site", "Archäologische Stätte"},
        {"Library", "Bibliothèque", "Library", "Bibliotheek", "Bibliothek"},
        {"Zoo", "Zoo", "Zoo", "Dierentuin", "Zoo"},
        {"Festival", "Festival", "Festival", "Festival", "Festival"},
        {"Concert", "Concert", "Concert", "Concert", "Konzert"},
        {"Carnival", "Carnaval", "Carnival", "Carnaval", "Karneval"},
        {"Parade", "Défilé", "Parade", "Optocht", "Umzug"},
        {"Market", "Marché", "Market", "Markt", "Markt"},
        {"SaleEvent", "Vente et braderie", "Sale and flea market", "Verkoop en braderie", "Verkauf und Flohmarkt"},
        {"Exhibition", "Exposition", "Exhibition", "Tentoonstelling", "Ausstellung"},
        {"SportsEvent", "Événement sportif", "Sports event", "Sportevenement", "Sportveranstaltung"},
        {"SportsCompetition", "Compétition sportive", "Sports competition", "Sportwedstrijd", "Sportwettkampf"},
        {"ChildrensEvent", "Pour les enfants", "For children", "Voor kinderen", "Für Kinder"},
        {"ScreeningEvent", "Projection", "Screening", "Filmvertoning", "Filmvorführung"},
        {"ShowEvent", "Spectacle", "Show", "Voorstelling", "Aufführung"},
        {"TheaterEvent", "Théâtre", "Theatre", "Theater", "Theater"},
        {"OpenDay", "Portes ouvertes", "Open day", "Open dag", "Tag der offenen Tür"},
        {"TraditionalCelebration", "Fête traditionnelle", "Traditional celebration", "Traditioneel feest",
         "Traditionelles Fest"},
    };
    const std::string_view name = local_name(type);
    for (const Row& r : kTypes) {
        if (r.id != name) continue;
        Category c;
        c.id = std::string(r.id);
        c.label = {{"fr", std::string(r.fr)}, {"en", std::string(r.en)}, {"nl", std::string(r.nl)}, {"de", std::string(r.de)}};
        return c;
    }
    return std::nullopt;
}

std::string language_code(std::string_view value) {
    // Folded spellings (lower case, no accents) of every way we have seen or expect a
    // language written in availableLanguage. "sp" is the real feed's code for Spanish.
    struct Row {
        std::string_view code;
        std::initializer_list<std::string_view> names;
    };
    static const Row kLanguages[] = {
        {"fr", {"fr", "fre", "fra", "francais", "french"}},
        {"en", {"en", "eng", "anglais", "english"}},
        {"nl", {"nl", "dut", "nld", "neerlandais", "dutch", "flamand", "flemish"}},
        {"de", {"de", "ger", "deu", "allemand", "german", "deutsch"}},
        {"es", {"es", "sp", "spa", "espagnol", "spanish", "espanol"}},
        {"it", {"it", "ita", "italien", "italian", "italiano"}},
        {"pt", {"pt", "por", "portugais", "portuguese"}},
        {"pl", {"pl", "pol", "polonais", "polish"}},
        {"ru", {"ru", "rus", "russe", "russian"}},
        {"zh", {"zh", "chi", "zho", "chinois", "chinese"}},
        {"ja", {"ja", "jpn", "japonais", "japanese"}},
        {"ar", {"ar", "ara", "arabe", "arabic"}},
        {"lsf", {"lsf", "langue des signes", "langue des signes francaise", "french sign language"}},
    };
    const std::string folded = fold(trim(value));
    for (const Row& r : kLanguages)
        for (std::string_view n : r.names)
            if (folded == n) return std::string(r.code);
    return {};
}

}  // namespace kiosk::publish

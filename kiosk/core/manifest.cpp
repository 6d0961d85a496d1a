// Manifest text, parsing and signature checks: everything the kiosk needs to decide whether
// a pack it was handed was published by us, is current, and arrived intact.
#include "core/manifest.h"

#include <sodium.h>

#include <cstdio>
#include <filesystem>
#include <limits>
#include <memory>
#include <set>
#include <sstream>
#include <stdexcept>

#include "core/dates.h"
#include "core/error.h"
#include "core/durable_file.h"
#include "core/file_read.h"
#include "core/json_out.h"

namespace kiosk {

namespace {

void ensure_sodium() {
    // sodium_init is idempotent and thread-safe; it only fails when no entropy source exists.
    if (sodium_init() < 0) throw Error(ErrorKind::Internal, "libsodium cannot initialise");
}

std::string hex(const unsigned char* p, std::size_t n) {
    std::string out(n * 2 + 1, '\0');
    sodium_bin2hex(out.data(), out.size(), p, n);
    out.pop_back();
    return out;
}

}  // namespace

bool is_lower_hex(std::string_view s, std::size_t len) {
    if (s.size() != len) return false;
    for (char c : s)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    return true;
}

bool decode_b64(std::string_view text, unsigned char* out, std::size_t len) {
    std::size_t got = 0;
    const char* end = nullptr;
    if (sodium_base642bin(out, len, text.data(), text.size(), nullptr, &got, &end, sodium_base64_VARIANT_ORIGINAL) != 0)
        return false;
    if (got != len || end != text.data() + text.size()) return false;
    std::string again(sodium_base64_ENCODED_LEN(len, sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(again.data(), again.size(), out, len, sodium_base64_VARIANT_ORIGINAL);
    again.pop_back();  // the terminating NUL
    return again == text;
}

namespace {

std::string encode_b64(const unsigned char* p, std::size_t n) {
    std::string out(sodium_base64_ENCODED_LEN(n, sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(out.data(), out.size(), p, n, sodium_base64_VARIANT_ORIGINAL);
    out.pop_back();
    return out;
}

// Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF. Returns the offset
// of the first bad byte, or npos.
std::size_t invalid_utf8_at(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t n;
        unsigned lo = 0x80, hi = 0xBF;  // allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) n = 1;
        else if (c == 0xE0) { n = 2; lo = 0xA0; }
        else if (c == 0xED) { n = 2; hi = 0x9F; }  // would encode a surrogate
        else if (c >= 0xE1 && c <= 0xEF) n = 2;
        else if (c == 0xF0) { n = 3; lo = 0x90; }
        else if (c >= 0xF1 && c <= 0xF3) n = 3;
        else if (c == 0xF4) { n = 3; hi = 0x8F; }
        else return i;
        if (i + n >= s.size()) return i;  // truncated sequence
        for (std::size_t k = 1; k <= n; ++k) {
            const auto b = static_cast<unsigned char>(s[i + k]);
            const unsigned l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
            if (b < l || b > h) return i;
        }
        i += n + 1;
    }
    return std::string_view::npos;
}

// Names in manifests end up in file paths on the kiosk, so they are plain names: no
// directories, no leading dot, nothing a shell or a file system could misread.
bool safe_file_name(std::string_view s) {
    if (s.empty() || s.size() > 255 || s[0] == '.') return false;
    for (char c : s)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
              c == '-'))
            return false;
    return true;
}

bool safe_pack_id(std::string_view s) { return !s.empty() && s.size() <= 128 && safe_file_name(s); }

// A short printable form of a field name from untrusted input, for one-line errors.
std::string shown(const std::string& name) {
    return json_quote(name.size() > 40 ? name.substr(0, 40) + "..." : name);
}

// A recursive-descent reader for the manifest's shape only (one object, one array of flat
// objects, strings without escapes, non-negative integers). It never builds a general tree,
// so hostile nesting or huge numbers have nowhere to go.
class Reader {
public:
    explicit Reader(std::string_view s) : s_(s) {}

    void ws() {
        while (p_ < s_.size() && (s_[p_] == ' ' || s_[p_] == '\n' || s_[p_] == '\t' || s_[p_] == '\r')) ++p_;
    }
    bool at_end() { ws(); return p_ == s_.size(); }
    bool peek(char c) { ws(); return p_ < s_.size() && s_[p_] == c; }
    void expect(char c) {
        ws();
        if (p_ >= s_.size() || s_[p_] != c) fail(std::string("expected '") + c + "'");
        ++p_;
    }
    std::string string() {
        ws();
        if (p_ >= s_.size() || s_[p_] != '"') fail("expected a string");
        const std::size_t start = ++p_;
        while (p_ < s_.size() && s_[p_] != '"') {
            const auto c = static_cast<unsigned char>(s_[p_]);
            // Canonical manifests never need escapes (json_quote only escapes characters no
            // field may hold), so refusing them removes a whole class of parser bugs.
            if (c == '\\') fail("escape sequences are not allowed");
            if (c < 0x20) fail("control character in a string");
            ++p_;
        }
        if (p_ >= s_.size()) fail("unterminated string");
        return std::string(s_.substr(start, p_++ - start));
    }
    std::int64_t integer(const std::string& field) {
        ws();
        if (p_ >= s_.size() || s_[p_] < '0' || s_[p_] > '9')
            fail("field \"" + field + "\" must be a non-negative integer");
        if (s_[p_] == '0' && p_ + 1 < s_.size() && s_[p_ + 1] >= '0' && s_[p_ + 1] <= '9')
            fail("field \"" + field + "\" has a leading zero");
        std::int64_t v = 0;
        while (p_ < s_.size() && s_[p_] >= '0' && s_[p_] <= '9') {
            const int d = s_[p_] - '0';
            if (v > (std::numeric_limits<std::int64_t>::max() - d) / 10) fail("field \"" + field + "\" is too large");
            v = v * 10 + d;
            ++p_;
        }
        if (p_ < s_.size() && (s_[p_] == '.' || s_[p_] == 'e' || s_[p_] == 'E'))
            fail("field \"" + field + "\" must be an integer");
        return v;
    }
    [[noreturn]] void fail(const std::string& what) const {
        throw std::runtime_error(what + " at byte " + std::to_string(p_));
    }
    char next_kind() {
        ws();
        return p_ < s_.size() ? s_[p_] : '\0';
    }
    // One JSON object: `member(name)` is called after each "name": and reads the value. A
    // repeated name is refused (`where` ends the message, e.g. " in a delta"). Returns the
    // names seen, for the caller's check of required members.
    template <class F>
    std::set<std::string> object(const std::string& where, F&& member) {
        std::set<std::string> seen;
        expect('{');
        bool first = true;
        while (!peek('}')) {
            if (!first) expect(',');
            first = false;
            const std::string name = string();
            expect(':');
            if (!seen.insert(name).second) fail("duplicate field " + shown(name) + where);
            member(name);
        }
        expect('}');
        return seen;
    }

private:
    std::string_view s_;
    std::size_t p_ = 0;
};


void read_string_field(Reader& r, const std::string& name, std::string& out) {
    if (r.next_kind() != '"') r.fail("field \"" + name + "\" must be a string");
    out = r.string();
}

ManifestDelta read_delta(Reader& r) {
    ManifestDelta d;
    const std::set<std::string> seen = r.object(" in a delta", [&](const std::string& name) {
        if (name == "from_version") d.from_version = r.integer(name);
        else if (name == "file") read_string_field(r, name, d.file);
        else if (name == "size") d.size = r.integer(name);
        else if (name == "sha256") read_string_field(r, name, d.sha256);
        else r.fail("unknown field " + shown(name) + " in a delta");
    });
    for (const char* f : {"from_version", "file", "size", "sha256"})
        if (!seen.count(f)) throw std::runtime_error(std::string("missing field \"") + f + "\" in a delta");
    return d;
}

// Field-level rules; the parser has already checked the types.
void validate(const Manifest& m) {
    auto bad = [](const std::string& what) { throw std::runtime_error(what); };
    if (!safe_pack_id(m.pack_id)) bad("pack_id must be 1-128 letters, digits, '.', '_' or '-'");
    if (m.version < 1) bad("version must be at least 1");
    if (!safe_file_name(m.pack_file)) bad("pack_file must be a plain file name");
    if (m.size < 1) bad("size must be positive");
    if (!is_lower_hex(m.sha256, 64)) bad("sha256 must be 64 lowercase hex digits");
    std::int64_t pub = 0, exp = 0;
    if (!parse_utc(m.published, pub)) bad("published must be YYYY-MM-DDTHH:MM:SSZ");
    if (!parse_utc(m.expires, exp)) bad("expires must be YYYY-MM-DDTHH:MM:SSZ");
    if (exp <= pub) bad("expires must be after published");
    if (!is_lower_hex(m.key_id, 16)) bad("key_id must be 16 lowercase hex digits");
    std::set<std::int64_t> froms;
    for (const auto& d : m.deltas) {
        if (d.from_version < 1 || d.from_version >= m.version) bad("a delta must start from an older version");
        if (!froms.insert(d.from_version).second) bad("two deltas start from version " + std::to_string(d.from_version));
        if (!safe_file_name(d.file)) bad("a delta file must be a plain file name");
        if (d.size < 1) bad("a delta size must be positive");
        if (!is_lower_hex(d.sha256, 64)) bad("a delta sha256 must be 64 lowercase hex digits");
    }
}

}  // namespace

std::string serialize_manifest(const Manifest& m) {
    std::string s = "{\n";
    s += "  \"format\": " + json_quote(kManifestFormat) + ",\n";
    s += "  \"pack_id\": " + json_quote(m.pack_id) + ",\n";
    s += "  \"version\": " + std::to_string(m.version) + ",\n";
    s += "  \"pack_file\": " + json_quote(m.pack_file) + ",\n";
    s += "  \"size\": " + std::to_string(m.size) + ",\n";
    s += "  \"sha256\": " + json_quote(m.sha256) + ",\n";
    s += "  \"published\": " + json_quote(m.published) + ",\n";
    s += "  \"expires\": " + json_quote(m.expires) + ",\n";
    if (m.deltas.empty()) {
        s += "  \"deltas\": [],\n";
    } else {
        s += "  \"deltas\": [\n";
        for (std::size_t i = 0; i < m.deltas.size(); ++i) {
            const auto& d = m.deltas[i];
            s += "    {\"from_version\": " + std::to_string(d.from_version) + ", \"file\": " + json_quote(d.file) +
                 ", \"size\": " + std::to_string(d.size) + ", \"sha256\": " + json_quote(d.sha256) + "}" +
                 (i + 1 < m.deltas.size() ? ",\n" : "\n");
        }
        s += "  ],\n";
    }
    s += "  \"key_id\": " + json_quote(m.key_id) + "\n";
    s += "}\n";
    return s;
}

bool parse_manifest(std::string_view text, Manifest& out, std::string& error) {
    if (text.size() > kMaxManifestBytes) {
        error = "larger than " + std::to_string(kMaxManifestBytes) + " bytes";
        return false;
    }
    if (auto bad = invalid_utf8_at(text); bad != std::string_view::npos) {
        error = "invalid UTF-8 at byte " + std::to_string(bad);
        return false;
    }
    Manifest m;
    try {
        Reader r(text);
        std::string format;
        const std::set<std::string> seen = r.object("", [&](const std::string& name) {
            if (name == "format") read_string_field(r, name, format);
            else if (name == "pack_id") read_string_field(r, name, m.pack_id);
            else if (name == "version") m.version = r.integer(name);
            else if (name == "pack_file") read_string_field(r, name, m.pack_file);
            else if (name == "size") m.size = r.integer(name);
            else if (name == "sha256") read_string_field(r, name, m.sha256);
            else if (name == "published") read_string_field(r, name, m.published);
            else if (name == "expires") read_string_field(r, name, m.expires);
            else if (name == "key_id") read_string_field(r, name, m.key_id);
            else if (name == "deltas") {
                if (r.next_kind() != '[') r.fail("field \"deltas\" must be an array");
                r.expect('[');
                bool first_delta = true;
                while (!r.peek(']')) {
                    if (!first_delta) r.expect(',');
                    first_delta = false;
                    m.deltas.push_back(read_delta(r));
                }
                r.expect(']');
            } else {
                r.fail("unknown field " + shown(name));
            }
        });
        if (!r.at_end()) r.fail("unexpected data after the manifest");
        for (const char* f : {"format", "pack_id", "version", "pack_file", "size", "sha256", "published", "expires",
                              "deltas", "key_id"})
            if (!seen.count(f)) throw std::runtime_error(std::string("missing field \"") + f + "\"");
        if (format != kManifestFormat) throw std::runtime_error("unsupported format " + shown(format));
        validate(m);
    } catch (const std::runtime_error& e) {
        error = e.what();
        return false;
    }
    // One manifest, one byte form: whitespace or member order that differs from what we
    // write means the file was not produced by the pack tool.
    if (serialize_manifest(m) != text) {
        error = "not in canonical form";
        return false;
    }
    out = std::move(m);
    return true;
}

std::string sha256_hex(std::string_view bytes) {
    ensure_sodium();
    unsigned char h[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(h, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    return hex(h, sizeof h);
}

std::string key_id_of(const unsigned char* public_key32) {
    ensure_sodium();
    unsigned char h[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(h, public_key32, 32);
    return hex(h, sizeof h).substr(0, 16);
}

bool parse_public_key(std::string_view text, PublicKey& out, std::string& error) {
    ensure_sodium();
    // Key files are handled by people and editors: trailing line ends and spaces are tolerated.
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' ')) text.remove_suffix(1);
    constexpr std::string_view prefix = "ed25519-public:";
    if (text.substr(0, prefix.size()) != prefix) {
        error = "not an ed25519 public key file";
        return false;
    }
    PublicKey k;
    if (!decode_b64(text.substr(prefix.size()), k.bytes.data(), k.bytes.size())) {
        error = "public key is not 32 bytes of base64";
        return false;
    }
    k.key_id = key_id_of(k.bytes.data());
    out = k;
    return true;
}

bool load_public_key(const std::string& path, PublicKey& out, std::string& error) {
    std::string text;
    if (!read_small_file(path, 1023, text)) {
        error = "cannot read public key " + path;
        return false;
    }
    if (!parse_public_key(text, out, error)) {
        error += ": " + path;
        return false;
    }
    return true;
}

bool load_public_keys(const std::vector<std::string>& paths, std::vector<PublicKey>& out, std::string& error) {
    for (const std::string& path : paths) {
        PublicKey k;
        if (!load_public_key(path, k, error)) return false;
        out.push_back(k);
    }
    return true;
}

std::string format_public_key(const PublicKey& k) {
    return "ed25519-public:" + encode_b64(k.bytes.data(), k.bytes.size()) + "\n";
}


bool parse_utc(std::string_view s, std::int64_t& seconds) {
    // Exactly "YYYY-MM-DDTHH:MM:SSZ": one spelling per instant keeps manifests canonical.
    if (s.size() != 20 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':' || s[19] != 'Z')
        return false;
    auto num = [&](std::size_t at, std::size_t n, int& v) {
        v = 0;
        for (std::size_t i = at; i < at + n; ++i) {
            if (s[i] < '0' || s[i] > '9') return false;
            v = v * 10 + (s[i] - '0');
        }
        return true;
    };
    Date d;
    int hh = 0, mm = 0, ss = 0;
    if (!num(0, 4, d.y) || !num(5, 2, d.m) || !num(8, 2, d.d) || !num(11, 2, hh) || !num(14, 2, mm) ||
        !num(17, 2, ss))
        return false;
    if (d.m < 1 || d.m > 12 || d.d < 1 || d.d > 31 || hh > 23 || mm > 59 || ss > 59) return false;
    const std::int64_t days = days_from_civil(d);
    if (civil_from_days(days) != d) return false;  // 2026-02-30 and the like
    seconds = days * 86400 + hh * 3600 + mm * 60 + ss;
    return true;
}

std::string format_utc(std::int64_t seconds) {
    std::int64_t days = seconds / 86400, rem = seconds % 86400;
    if (rem < 0) {
        rem += 86400;
        --days;
    }
    const Date d = civil_from_days(days);
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02dZ", d.y, d.m, d.d, static_cast<int>(rem / 3600),
                  static_cast<int>(rem / 60 % 60), static_cast<int>(rem % 60));
    return buf;
}


std::string sha256_file_hex(const std::string& path) {
    ensure_sodium();
    crypto_hash_sha256_state st;
    crypto_hash_sha256_init(&st);
    // Streamed, and only from a regular file (a FIFO given as a pack would block fopen for
    // ever). No size cap: packs are hashed whole, and the hash holds 32 bytes however long.
    read_regular_file_chunks(path, UINT64_MAX, [&](const char* data, std::size_t n) {
        crypto_hash_sha256_update(&st, reinterpret_cast<const unsigned char*>(data), n);
    });
    unsigned char h[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(&st, h);
    return hex(h, sizeof h);
}


}  // namespace kiosk

// The signed pack manifest: its one canonical text form, a strict parser, and the public keys
// (DESIGN.md section 4). Signing is the publisher's (publish/signing.h), verifying the
// installer's (install/verify.h); both sides read and write the format defined here.
#pragma once

#include <array>
#include <cstdint>
#include <ctime>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk {

// A delta (SQLite changeset) that turns version `from_version` into the manifest's version.
struct ManifestDelta {
    std::int64_t from_version = 0;
    std::string file;    // plain file name, next to the manifest
    std::int64_t size = 0;
    std::string sha256;  // 64 lowercase hex digits
    bool operator==(const ManifestDelta&) const = default;
};

struct Manifest {
    std::string pack_id;
    std::int64_t version = 0;  // monotonic; the kiosk refuses anything older than it accepted
    std::string pack_file;     // plain file name, next to the manifest
    std::int64_t size = 0;
    std::string sha256;        // of the pack file, 64 lowercase hex digits
    std::string published;     // "YYYY-MM-DDTHH:MM:SSZ"
    std::string expires;       // same form; after this the manifest is refused
    std::vector<ManifestDelta> deltas;
    std::string key_id;        // 16 lowercase hex digits, see PublicKey::key_id
    bool operator==(const Manifest&) const = default;
};

// Manifests are tiny; anything larger is refused before it is parsed.
inline constexpr std::size_t kMaxManifestBytes = 64 * 1024;
// The value of the "format" member, so that no other signed JSON can pass for a manifest.
inline constexpr const char* kManifestFormat = "kiosk-manifest-1";

// The one byte form of a manifest: fixed member order, two-space indentation, integers only,
// trailing newline. The signature covers exactly these bytes.
std::string serialize_manifest(const Manifest& m);

// Parses the canonical form and nothing else: unknown, missing, duplicate or mistyped members,
// invalid UTF-8, input over kMaxManifestBytes, and any text that does not re-serialize to
// the same bytes are refused. `error` gets one line (without the "manifest malformed" prefix).
bool parse_manifest(std::string_view text, Manifest& out, std::string& error);

struct PublicKey {
    std::array<unsigned char, 32> bytes{};
    std::string key_id;  // first 16 hex digits of SHA-256(bytes): names the key in .sig files
};

// Public key files hold one line "ed25519-public:<base64 of 32 bytes>".
bool parse_public_key(std::string_view text, PublicKey& out, std::string& error);
bool load_public_key(const std::string& path, PublicKey& out, std::string& error);
// Every file of `paths`, in order; stops at the first one that cannot be used.
bool load_public_keys(const std::vector<std::string>& paths, std::vector<PublicKey>& out, std::string& error);
std::string format_public_key(const PublicKey& k);
std::string key_id_of(const unsigned char* public_key32);

// Seconds since 1970 for "YYYY-MM-DDTHH:MM:SSZ"; false for anything else.
bool parse_utc(std::string_view iso, std::int64_t& seconds);
std::string format_utc(std::int64_t seconds);

// SHA-256 of bytes as 64 lowercase hex digits (content addressing, caches, manifests).
std::string sha256_hex(std::string_view bytes);

// SHA-256 of a file as 64 lowercase hex digits, read in chunks so large packs never sit in
// memory. Throws kiosk::Error when the file cannot be read (file_read.h: NotFound, Unreadable,
// or Corrupt for a FIFO, a device or a directory).
std::string sha256_file_hex(const std::string& path);

// Decodes standard base64 into exactly `len` bytes. Only the canonical encoding is accepted
// (re-encoding must give the same text), so one key or signature has one spelling.
bool decode_b64(std::string_view text, unsigned char* out, std::size_t len);
// True when `s` is exactly `len` characters of 0-9a-f.
bool is_lower_hex(std::string_view s, std::size_t len);

}  // namespace kiosk

// The signed pack manifest: its one canonical text form, a strict parser, and Ed25519
// verification against the kiosk's trusted public keys (DESIGN.md section 4).
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

// Checks `sig_text` ("ed25519:<key_id>:<base64 signature>\n") over the exact manifest bytes
// with the trusted key it names, then parses the manifest and checks it names the same key.
// Nothing is parsed before the signature is good. Errors are one line, for instance
// "signature by unknown key 1a2b3c4d5e6f7a8b", "bad signature", "manifest malformed: ...".
// Expiry and the pack's hash are separate checks (manifest_expired, check_pack_file).
bool verify_manifest(const std::string& manifest_bytes, const std::string& sig_text,
                     const std::vector<PublicKey>& trusted, Manifest& out, std::string& error);

// Seconds since 1970 for "YYYY-MM-DDTHH:MM:SSZ"; false for anything else.
bool parse_utc(std::string_view iso, std::int64_t& seconds);
std::string format_utc(std::int64_t seconds);
// True when `now` is at or past the manifest's expiry (an unparsable expiry counts as expired).
bool manifest_expired(const Manifest& m, std::int64_t now);

// SHA-256 of bytes as 64 lowercase hex digits (content addressing, caches, manifests).
std::string sha256_hex(std::string_view bytes);

// SHA-256 of a file as 64 lowercase hex digits, read in chunks so large packs never sit in
// memory. Throws std::runtime_error when the file cannot be read.
std::string sha256_file_hex(const std::string& path);

// Compares a pack file with the manifest: size first (cheap, catches truncated copies), then
// the hash. False with a one-line reason on any difference.
bool check_pack_file(const std::string& path, const Manifest& m, std::string& error);

}  // namespace kiosk

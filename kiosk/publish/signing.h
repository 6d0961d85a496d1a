// Publisher-side signing: Ed25519 key pairs and signed manifests for built packs (the kiosk
// side, verification, lives in core/manifest.h).
#pragma once

#include "core/error.h"

#include <cstdint>
#include <ctime>
#include <stdexcept>
#include <string>

#include "core/manifest.h"

namespace kiosk::publish {

// Why a key could not be made or a manifest could not be signed or written (one line).
class SigningError : public Error {
public:
    explicit SigningError(const std::string& message, ErrorKind kind = ErrorKind::IoError) : Error(kind, message) {}
};

// Writes a new key pair: the secret key as "ed25519-secret:<base64 of 64 bytes>\n" with mode
// 0600, the public key as "ed25519-public:<base64>\n". Refuses to overwrite either file, so a
// signing key is never lost by a mistyped command. Returns the public key.
PublicKey generate_keypair(const std::string& secret_path, const std::string& public_path);

struct SignedManifest {
    Manifest manifest;     // with key_id filled in
    std::string bytes;     // serialize_manifest(manifest): what was signed
    std::string sig_text;  // "ed25519:<key_id>:<base64 signature>\n"
};

// Detached signature over arbitrary bytes, as a .sig line. (Tests use it to sign manifests
// that the pack tool would never write.)
std::string sign_bytes(const std::string& bytes, const std::string& secret_key_path);

// Sets the manifest's key_id from the secret key, serializes it and signs the bytes.
SignedManifest sign_manifest(Manifest m, const std::string& secret_key_path);

// Hashes the built pack, takes pack id and version from its metadata, and writes
// `manifest_path` and `manifest_path`.sig, each through a temporary file and rename(), so a
// reader never sees half a file (between the two renames it may see the new manifest with
// the old signature, which verification refuses as a bad signature; it never accepts it).
// `now` (seconds since 1970, UTC) is the publication time; expiry is `expires_days` later.
SignedManifest write_signed_manifest(const std::string& pack_path, const std::string& manifest_path,
                                     const std::string& secret_key_path, int expires_days,
                                     std::int64_t now = static_cast<std::int64_t>(std::time(nullptr)));

}  // namespace kiosk::publish

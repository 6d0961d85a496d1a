// Verifying what a channel offers, before anything is installed: the manifest's Ed25519
// signature by a trusted key, its expiry and file names, then the pack's size, hash, SQLite
// integrity and identity. The installer (install.cpp, VERIFY_MANIFEST and VERIFY_PACK) and
// `kiosk-pack verify` run these very functions, so a pack that verifies at the desk installs
// on the kiosk.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/manifest.h"

namespace kiosk::install {

// Checks `sig_text` ("ed25519:<key_id>:<base64 signature>\n") over the exact manifest bytes
// with the trusted key it names, then parses the manifest and checks it names the same key.
// Nothing is parsed before the signature is good. Errors are one line, for instance
// "signature by unknown key 1a2b3c4d5e6f7a8b", "bad signature", "manifest malformed: ...".
bool verify_manifest(const std::string& manifest_bytes, const std::string& sig_text,
                     const std::vector<PublicKey>& trusted, Manifest& out, std::string& error);

// True when `now` is at or past the manifest's expiry (an unparsable expiry counts as expired).
bool manifest_expired(const Manifest& m, std::int64_t now);

// Compares a pack file with the manifest: size first (cheap, catches truncated copies), then
// the hash. False with a one-line reason on any difference.
bool check_pack_file(const std::string& path, const Manifest& m, std::string& error);

// verify_manifest, then expiry at `now` (seconds since 1970), then plain file names for the
// pack and every delta. Throws kiosk::Error: BadSignature (also for a malformed manifest or
// an unsafe file name) or Expired.
Manifest verify_signed_manifest(const std::string& manifest_bytes, const std::string& sig_text,
                                const std::vector<PublicKey>& trusted, std::int64_t now);

// Everything the kiosk relies on, cheapest first: size and hash against the manifest, then
// SQLite's view (application id, schema version, every page: integrity_check), then the
// pack's own id and version against the manifest's, then everything the kiosk will read
// (core/pack_check.h, check_pack_readable). Throws kiosk::Error (Mismatch).
void verify_pack(const std::string& path, const Manifest& m);

// A plain file name as a manifest must give it: no directory part, nothing hidden.
bool plain_file_name(const std::string& name);

}  // namespace kiosk::install

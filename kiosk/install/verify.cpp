// Verifying a channel's offer (see verify.h).
#include "install/verify.h"

#include <sodium.h>

#include <filesystem>
#include <limits>
#include <stdexcept>

#include "core/error.h"
#include "core/file_read.h"
#include "core/pack_check.h"
#include "core/pack_reader.h"

namespace kiosk::install {

bool verify_manifest(const std::string& manifest_bytes, const std::string& sig_text,
                     const std::vector<PublicKey>& trusted, Manifest& out, std::string& error) {
    if (sodium_init() < 0) throw Error(ErrorKind::Internal, "libsodium cannot initialise");
    if (manifest_bytes.size() > kMaxManifestBytes) {
        error = "manifest malformed: larger than " + std::to_string(kMaxManifestBytes) + " bytes";
        return false;
    }
    // "ed25519:" + 16 hex + ":" + 88 base64 characters, and an optional final newline.
    std::string_view sig(sig_text);
    if (!sig.empty() && sig.back() == '\n') sig.remove_suffix(1);
    constexpr std::string_view prefix = "ed25519:";
    unsigned char raw[crypto_sign_BYTES];
    if (sig.size() != prefix.size() + 16 + 1 + 88 || sig.substr(0, prefix.size()) != prefix ||
        sig[prefix.size() + 16] != ':' || !is_lower_hex(sig.substr(prefix.size(), 16), 16) ||
        !decode_b64(sig.substr(prefix.size() + 17), raw, sizeof raw)) {
        error = "signature file malformed";
        return false;
    }
    const std::string key_id(sig.substr(prefix.size(), 16));
    bool known = false, good = false;
    for (const auto& k : trusted) {
        if (k.key_id != key_id) continue;
        known = true;
        if (crypto_sign_verify_detached(raw, reinterpret_cast<const unsigned char*>(manifest_bytes.data()),
                                        manifest_bytes.size(), k.bytes.data()) == 0) {
            good = true;
            break;
        }
    }
    if (!known) {
        error = "signature by unknown key " + key_id;
        return false;
    }
    if (!good) {
        error = "bad signature";
        return false;
    }
    // Only now, with the bytes known to come from a trusted key, is the text parsed.
    Manifest m;
    std::string why;
    if (!parse_manifest(manifest_bytes, m, why)) {
        error = "manifest malformed: " + why;
        return false;
    }
    if (m.key_id != key_id) {
        error = "manifest names key " + m.key_id + " but is signed by key " + key_id;
        return false;
    }
    out = std::move(m);
    return true;
}

bool manifest_expired(const Manifest& m, std::int64_t now) {
    std::int64_t exp = 0;
    return !parse_utc(m.expires, exp) || now >= exp;
}

bool check_pack_file(const std::string& path, const Manifest& m, std::string& error) {
    // A regular file first (a FIFO would block the hash for ever); its size is then compared
    // with the manifest's, so that is the cap on what is read.
    std::uint64_t size = 0;
    try {
        size = check_regular_file(path, std::numeric_limits<std::uint64_t>::max());
    } catch (const Error& e) {
        error = std::string("cannot use pack: ") + e.what();
        return false;
    }
    if (size != static_cast<std::uint64_t>(m.size)) {
        error = "pack size is " + std::to_string(size) + " bytes but the manifest says " + std::to_string(m.size) +
                " (truncated or wrong file?)";
        return false;
    }
    std::string got;
    try {
        got = sha256_file_hex(path);
    } catch (const std::runtime_error& e) {
        error = e.what();
        return false;
    }
    if (got != m.sha256) {
        error = "pack hash " + got.substr(0, 16) + "... does not match the manifest's " + m.sha256.substr(0, 16) + "...";
        return false;
    }
    return true;
}

bool plain_file_name(const std::string& n) {
    return !n.empty() && n.size() < 256 && n.find('/') == std::string::npos && n.find('\0') == std::string::npos &&
           n.front() != '.';
}

Manifest verify_signed_manifest(const std::string& bytes, const std::string& sig, const std::vector<PublicKey>& trusted,
                                std::int64_t now) {
    Manifest m;
    std::string why;
    if (!verify_manifest(bytes, sig, trusted, m, why)) throw Error(ErrorKind::BadSignature, why);
    if (manifest_expired(m, now)) throw Error(ErrorKind::Expired, "manifest expired on " + m.expires);
    if (!plain_file_name(m.pack_file)) throw Error(ErrorKind::BadSignature, "manifest names an unsafe pack file");
    for (const auto& d : m.deltas)
        if (!plain_file_name(d.file)) throw Error(ErrorKind::BadSignature, "manifest names an unsafe delta file");
    return m;
}

void verify_pack(const std::string& path, const Manifest& m) {
    std::string why;
    if (!check_pack_file(path, m, why)) throw Error(ErrorKind::Mismatch, why);
    try {
        auto pack = Pack::open(path, true);
        pack->integrity_check();
        if (pack->meta("pack_id") != m.pack_id || pack->meta("pack_version") != std::to_string(m.version))
            throw Error(ErrorKind::Mismatch, "pack says " + pack->meta("pack_id") + " version " + pack->meta("pack_version") +
                                                 ", manifest says " + m.pack_id + " version " + std::to_string(m.version));
    } catch (const PackError& e) {
        throw Error(ErrorKind::Mismatch, std::string("damaged pack: ") + e.what());
    }
    // Signed and intact is not enough: a pack the kiosk cannot read (a table or column it
    // expects is missing, a picture is no picture) would fail in front of a visitor.
    try {
        check_pack_readable(path);
    } catch (const Error& e) {
        throw Error(ErrorKind::Mismatch, std::string("pack refused: ") + e.what());
    }
}

}  // namespace kiosk::install

// Key generation and manifest signing for the pack tool; the secret key never leaves this file's
// functions except as bytes on disk with mode 0600.
#include "publish/signing.h"

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include "core/durable_file.h"
#include "core/pack_reader.h"

namespace kiosk::publish {

namespace fs = std::filesystem;

namespace {

void ensure_sodium() {
    if (sodium_init() < 0) throw SigningError("libsodium cannot initialise");
}

std::string b64(const unsigned char* p, std::size_t n) {
    std::string out(sodium_base64_ENCODED_LEN(n, sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(out.data(), out.size(), p, n, sodium_base64_VARIANT_ORIGINAL);
    out.pop_back();
    return out;
}

// Wipes the secret key from memory however the signing function is left.
struct SecretKey {
    std::array<unsigned char, crypto_sign_SECRETKEYBYTES> sk{};
    ~SecretKey() { sodium_memzero(sk.data(), sk.size()); }
    const unsigned char* public_part() const { return sk.data() + crypto_sign_SEEDBYTES; }
};

void load_secret_key(const std::string& path, SecretKey& key) {
    ensure_sodium();
    std::string text;
    if (!read_small_file(path, 511, text)) throw SigningError("cannot read secret key " + path, ErrorKind::Unreadable);
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' ')) text.pop_back();
    const std::string prefix = "ed25519-secret:";
    std::size_t got = 0;
    const char* end = nullptr;
    const bool ok = text.compare(0, prefix.size(), prefix) == 0 &&
                    sodium_base642bin(key.sk.data(), key.sk.size(), text.data() + prefix.size(),
                                      text.size() - prefix.size(), nullptr, &got, &end,
                                      sodium_base64_VARIANT_ORIGINAL) == 0 &&
                    got == key.sk.size() && end == text.data() + text.size();
    sodium_memzero(text.data(), text.size());
    if (!ok) throw SigningError("not an ed25519 secret key file: " + path, ErrorKind::Corrupt);
    // libsodium's 64-byte secret key is seed + public key; a file whose halves disagree would
    // sign with one key and claim another's key id.
    std::array<unsigned char, crypto_sign_PUBLICKEYBYTES> pk{};
    SecretKey again;
    crypto_sign_seed_keypair(pk.data(), again.sk.data(), key.sk.data());
    if (std::memcmp(pk.data(), key.public_part(), pk.size()) != 0)
        throw SigningError("secret key file is damaged (its halves disagree): " + path, ErrorKind::Corrupt);
}

// Writes a new file that must not exist yet, with the given mode, and flushes it to disk.
void write_new_file(const std::string& path, const std::string& bytes, mode_t mode) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
    if (fd < 0) throw SigningError("cannot create " + path + ": " + std::strerror(errno));
    // The umask may only remove bits, but be explicit: the secret key must be 0600 exactly.
    const bool ok = ::fchmod(fd, mode) == 0 &&
                    ::write(fd, bytes.data(), bytes.size()) == static_cast<ssize_t>(bytes.size()) &&
                    ::fsync(fd) == 0;
    const int err = errno;
    ::close(fd);
    if (!ok) {
        ::unlink(path.c_str());
        throw SigningError("cannot write " + path + ": " + std::strerror(err));
    }
}

void fsync_dir_of(const std::string& path) {
    const fs::path dir = fs::path(path).parent_path();
    const int fd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

// tmp + fsync + rename + fsync of the directory: after a crash the file is either the old
// one or the new one, never a mix.
void write_atomic(const std::string& path, const std::string& bytes) {
    const std::string tmp = path + ".tmp";
    ::unlink(tmp.c_str());  // a leftover from an interrupted run
    write_new_file(tmp, bytes, 0644);
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        const int err = errno;
        ::unlink(tmp.c_str());
        throw SigningError("cannot write " + path + ": " + std::strerror(err));
    }
    fsync_dir_of(path);
}

}  // namespace

PublicKey generate_keypair(const std::string& secret_path, const std::string& public_path) {
    ensure_sodium();
    // Check both before writing either, so a refusal leaves nothing behind.
    std::error_code ec;
    for (const auto& p : {secret_path, public_path})
        if (fs::exists(fs::symlink_status(p, ec))) throw SigningError("refusing to overwrite " + p);
    if (fs::absolute(secret_path, ec) == fs::absolute(public_path, ec))
        throw SigningError("secret and public key need two different files", ErrorKind::Usage);

    PublicKey pub;
    SecretKey key;
    crypto_sign_keypair(pub.bytes.data(), key.sk.data());
    pub.key_id = key_id_of(pub.bytes.data());
    std::string secret_text = "ed25519-secret:" + b64(key.sk.data(), key.sk.size()) + "\n";
    try {
        write_new_file(secret_path, secret_text, 0600);
    } catch (...) {
        sodium_memzero(secret_text.data(), secret_text.size());
        throw;
    }
    sodium_memzero(secret_text.data(), secret_text.size());
    try {
        write_new_file(public_path, format_public_key(pub), 0644);
    } catch (...) {
        // Half a key pair is useless and confusing: the secret goes too.
        ::unlink(secret_path.c_str());
        throw;
    }
    fsync_dir_of(secret_path);
    fsync_dir_of(public_path);
    return pub;
}

std::string sign_bytes(const std::string& bytes, const std::string& secret_key_path) {
    SecretKey key;
    load_secret_key(secret_key_path, key);
    unsigned char sig[crypto_sign_BYTES];
    crypto_sign_detached(sig, nullptr, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(),
                         key.sk.data());
    return "ed25519:" + key_id_of(key.public_part()) + ":" + b64(sig, sizeof sig) + "\n";
}

SignedManifest sign_manifest(Manifest m, const std::string& secret_key_path) {
    {
        SecretKey key;
        load_secret_key(secret_key_path, key);
        m.key_id = key_id_of(key.public_part());
    }
    SignedManifest out;
    out.bytes = serialize_manifest(m);
    // Never sign what the kiosk would refuse to parse: the error is clearer here.
    std::string why;
    Manifest check;
    if (!parse_manifest(out.bytes, check, why)) throw SigningError("cannot sign an invalid manifest: " + why, ErrorKind::Internal);
    out.sig_text = sign_bytes(out.bytes, secret_key_path);
    out.manifest = std::move(m);
    return out;
}

SignedManifest write_signed_manifest(const std::string& pack_path, const std::string& manifest_path,
                                     const std::string& secret_key_path, int expires_days, std::int64_t now) {
    if (expires_days < 1) throw SigningError("a manifest must be valid for at least one day", ErrorKind::Usage);
    Manifest m;
    try {
        auto pack = Pack::open(pack_path);
        m.pack_id = pack->meta("pack_id");
        const std::string v = pack->meta("pack_version");
        std::size_t used = 0;
        m.version = v.empty() ? 0 : std::stoll(v, &used);
        if (used != v.size() || m.version < 1) throw SigningError("pack has no valid version: " + pack_path, ErrorKind::Corrupt);
    } catch (const PackError& e) {
        throw SigningError(std::string("cannot sign: ") + e.what());
    } catch (const std::logic_error&) {  // stoll on garbage
        throw SigningError("pack has no valid version: " + pack_path, ErrorKind::Corrupt);
    }
    m.pack_file = fs::path(pack_path).filename().string();
    std::error_code ec;
    m.size = static_cast<std::int64_t>(fs::file_size(pack_path, ec));
    if (ec) throw SigningError("cannot read " + pack_path, ErrorKind::Unreadable);
    try {
        m.sha256 = sha256_file_hex(pack_path);
    } catch (const std::runtime_error& e) {
        throw SigningError(e.what());
    }
    m.published = format_utc(now);
    m.expires = format_utc(now + static_cast<std::int64_t>(expires_days) * 86400);

    SignedManifest s = sign_manifest(std::move(m), secret_key_path);
    write_atomic(manifest_path, s.bytes);
    write_atomic(manifest_path + ".sig", s.sig_text);
    return s;
}

}  // namespace kiosk::publish

// kiosk-pack publish: puts a pack, its deltas and its signed manifest into a channel
// directory, in the order that keeps every manifest a client can see complete (files first,
// manifest last, pruning after).
#include "publish/publish.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "core/durable_file.h"
#include "core/pack_reader.h"
#include "publish/delta_make.h"
#include "publish/pack_writer.h"
#include "publish/signing.h"

namespace kiosk::publish {

namespace fs = std::filesystem;

namespace {

// The pack id becomes part of file names in the channel and on the kiosk.
bool plain_pack_id(const std::string& s) {
    if (s.empty() || s.size() > 128 || s[0] == '.') return false;
    return std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
               c == '-';
    });
}

std::string pack_name(const std::string& id, std::int64_t v) { return id + "-v" + std::to_string(v) + ".pack"; }

std::string delta_name(const std::string& id, std::int64_t from, std::int64_t to) {
    return id + "-v" + std::to_string(from) + "-v" + std::to_string(to) + ".delta";
}

// "<id>-v<N>.pack" -> N, or 0 for any other name. Digits only, so "x-v2.pack.tmp" or
// "x-v1-v2.delta" never count as packs.
std::int64_t pack_version_of(const std::string& name, const std::string& id) {
    const std::string prefix = id + "-v", suffix = ".pack";
    if (name.size() <= prefix.size() + suffix.size() || name.compare(0, prefix.size(), prefix) != 0 ||
        name.compare(name.size() - suffix.size(), suffix.size(), suffix) != 0)
        return 0;
    const std::string digits = name.substr(prefix.size(), name.size() - prefix.size() - suffix.size());
    if (digits.empty() || digits.size() > 18 || digits[0] == '0' ||
        !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return 0;
    return std::stoll(digits);
}

bool is_delta_of(const std::string& name, const std::string& id) {
    const std::string prefix = id + "-v", suffix = ".delta";
    return name.size() > prefix.size() + suffix.size() && name.compare(0, prefix.size(), prefix) == 0 &&
           name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
}

void write_file_atomic(const std::string& path, const std::string& bytes) {
    const std::string tmp = path + ".tmp";
    {
        std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
        f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        f.close();
        if (!f) {
            std::error_code ec;
            fs::remove(tmp, ec);
            throw PublishError("cannot write " + tmp);
        }
    }
    try {
        commit_file(tmp, path);
    } catch (const Error& e) {
        std::error_code ec;
        fs::remove(tmp, ec);
        throw PublishError(e.what());
    }
}

// The channel's current manifest, if any. Only parsed, not verified: the publisher may have
// changed keys; what matters here is which version the kiosks were last offered.
bool read_current_manifest(const fs::path& path, Manifest& m) {
    std::error_code ec;
    if (!fs::exists(path, ec)) return false;
    std::string text, why;
    if (!read_small_file(path.string(), kMaxManifestBytes, text)) throw PublishError("cannot read " + path.string(), ErrorKind::Unreadable);
    if (!parse_manifest(text, m, why))
        throw PublishError("channel manifest " + path.string() + " is malformed (" + why +
                           "); refusing to replace what we cannot read",
                           ErrorKind::Corrupt);
    return true;
}

}  // namespace

PublishReport publish_pack(const std::string& pack_path, const PublishOptions& opt) {
    if (opt.keep < 1) throw PublishError("--keep must be at least 1", ErrorKind::Usage);
    if (opt.expires_days < 1) throw PublishError("a manifest must be valid for at least one day", ErrorKind::Usage);
    // A bad key is found before anything is copied into the channel.
    try {
        (void)sign_bytes("", opt.secret_key);
    } catch (const SigningError& e) {
        throw PublishError(e.what(), e.kind());
    }

    std::string pack_id;
    std::int64_t version = 0;
    try {
        auto pack = Pack::open(pack_path);  // application id, format version, quick_check
        pack_id = pack->meta("pack_id");
        const std::string v = pack->meta("pack_version");
        std::size_t used = 0;
        version = v.empty() ? 0 : std::stoll(v, &used);
        if (used != v.size()) version = 0;
    } catch (const PackError& e) {
        throw PublishError(std::string("cannot publish: ") + e.what(), e.kind());
    } catch (const std::logic_error&) {  // stoll on garbage
        version = 0;
    }
    if (version < 1) throw PublishError("pack has no valid version: " + pack_path, ErrorKind::Corrupt);
    if (!plain_pack_id(pack_id)) throw PublishError("pack id '" + pack_id + "' cannot name files in a channel", ErrorKind::Corrupt);

    const fs::path dir(opt.channel);
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) throw PublishError("cannot create channel " + opt.channel + ": " + ec.message());

    // Monotonic against the manifest kiosks were last offered. Pack files of this version or
    // newer that no manifest names are leftovers of a failed publish: overwritten or pruned.
    Manifest current;
    const fs::path manifest_path = dir / "manifest.json";
    if (read_current_manifest(manifest_path, current)) {
        if (current.pack_id != pack_id)
            throw PublishError("channel " + opt.channel + " publishes " + current.pack_id + ", not " + pack_id, ErrorKind::Mismatch);
        if (version <= current.version)
            throw NotNewerError("pack version " + std::to_string(version) + " is not newer than the channel's version " +
                                std::to_string(current.version));
    }
    // Older versions present, newest first: the candidates for deltas.
    std::map<std::int64_t, std::string, std::greater<>> packs;
    for (const auto& e : fs::directory_iterator(dir, ec)) {
        const std::string name = e.path().filename().string();
        const std::int64_t v = pack_version_of(name, pack_id);
        if (v > 0 && v < version) packs[v] = name;
    }
    if (ec) throw PublishError("cannot list channel " + opt.channel + ": " + ec.message());

    // 1. The pack itself, under its versioned name.
    const std::string new_name = pack_name(pack_id, version);
    const fs::path new_path = dir / new_name;
    {
        const std::string tmp = new_path.string() + ".tmp";
        fs::copy_file(pack_path, tmp, fs::copy_options::overwrite_existing, ec);
        if (ec) throw PublishError("cannot copy the pack into " + opt.channel + ": " + ec.message());
        try {
            // The served copy is compacted (VACUUM, fixed header counters): a kiosk applying a
            // delta gets exactly these bytes (install/delta.cpp), however the pack was built
            // (kiosk-pack build writes incremental packs in place, without VACUUM).
            compact_pack(tmp);
            commit_file(tmp, new_path.string());
        } catch (const Error& e) {
            fs::remove(tmp, ec);
            throw PublishError(e.what());
        }
    }

    PublishReport rep;
    Manifest& m = rep.manifest;
    m.pack_id = pack_id;
    m.version = version;
    m.pack_file = new_name;
    m.size = static_cast<std::int64_t>(fs::file_size(new_path, ec));
    if (ec) throw PublishError("cannot read " + new_path.string());
    try {
        m.sha256 = sha256_file_hex(new_path.string());  // of the copy that will be served
    } catch (const std::runtime_error& e) {
        throw PublishError(e.what());
    }
    m.published = format_utc(opt.now);
    m.expires = format_utc(opt.now + static_cast<std::int64_t>(opt.expires_days) * 86400);

    // 2. Deltas from the older versions that stay in the channel, each proven by applying it.
    std::set<std::string> keep_files = {new_name};
    int kept = 1;
    for (const auto& [old_version, old_name] : packs) {
        if (kept >= opt.keep) break;
        ++kept;
        keep_files.insert(old_name);
        PublishedDelta d;
        d.from_version = old_version;
        const std::string name = delta_name(pack_id, old_version, version);
        const fs::path delta_path = dir / name;
        const fs::path check_path = dir / ("." + name + ".check");
        try {
            const DeltaInfo info = make_delta((dir / old_name).string(), new_path.string(), delta_path.string());
            d.bytes = info.bytes;
            d.changes = info.changes;
            install::apply_delta((dir / old_name).string(), delta_path.string(), check_path.string());
            const std::string got = sha256_file_hex(check_path.string());
            if (got != m.sha256) d.dropped = "applying it to version " + std::to_string(old_version) +
                                             " does not reproduce the pack (sha256 " + got + ")";
            else if (d.bytes < 1) d.dropped = "empty changeset";
        } catch (const std::exception& e) {
            d.dropped = e.what();
        }
        fs::remove(check_path, ec);
        if (d.dropped.empty()) {
            d.file = name;
            keep_files.insert(name);
            std::string sha;
            try {
                sha = sha256_file_hex(delta_path.string());
            } catch (const std::runtime_error& e) {
                throw PublishError(e.what());
            }
            m.deltas.push_back(ManifestDelta{old_version, name, d.bytes, sha});
        } else {
            fs::remove(delta_path, ec);
        }
        rep.deltas.push_back(std::move(d));
    }

    // 3. The manifest, last: everything it names is already in place.
    SignedManifest s;
    try {
        s = sign_manifest(m, opt.secret_key);
    } catch (const SigningError& e) {
        throw PublishError(e.what(), e.kind());
    }
    m = s.manifest;
    write_file_atomic(manifest_path.string(), s.bytes);
    write_file_atomic(manifest_path.string() + ".sig", s.sig_text);

    // 4. Prune what the new manifest no longer names: older packs beyond --keep, deltas to
    // earlier versions, and temporary files a crashed publish left behind.
    for (const auto& e : fs::directory_iterator(dir, ec)) {
        const std::string name = e.path().filename().string();
        const bool ours = pack_version_of(name, pack_id) != 0 || is_delta_of(name, pack_id) ||
                          (name.size() > 4 && name.compare(name.size() - 4, 4, ".tmp") == 0) ||
                          (name[0] == '.' && name.size() > 6 && name.compare(name.size() - 6, 6, ".check") == 0);
        if (ours && !keep_files.count(name)) rep.removed.push_back(name);
    }
    std::sort(rep.removed.begin(), rep.removed.end());
    for (const auto& name : rep.removed) fs::remove(dir / name, ec);
    return rep;
}

}  // namespace kiosk::publish

// Scanning mounted USB sticks for channels and export targets (see usb_media.h).
#include "core/usb_media.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "core/durable_file.h"
#include "core/manifest.h"

namespace kiosk {

namespace fs = std::filesystem;

namespace {

// A stick can hold anything: look at a bounded number of entries per directory.
constexpr int kMaxEntriesPerDir = 256;
constexpr int kMaxDepth = 3;

// Plain subdirectories, not hidden, not symlinks (a link could point anywhere on the kiosk).
std::vector<fs::path> subdirs(const fs::path& dir) {
    std::vector<fs::path> out;
    std::error_code ec;
    fs::directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
    int seen = 0;
    for (; !ec && it != fs::directory_iterator() && seen < kMaxEntriesPerDir; it.increment(ec), ++seen) {
        const fs::path p = it->path();
        const std::string name = p.filename().string();
        if (name.empty() || name[0] == '.') continue;
        std::error_code e2;
        if (it->is_symlink(e2) || !it->is_directory(e2)) continue;
        out.push_back(p);
    }
    std::sort(out.begin(), out.end());
    return out;
}

UsbChannel describe(const fs::path& dir) {
    UsbChannel c;
    c.dir = dir.string();
    std::string text;
    read_small_file((dir / "manifest.json").string(), kMaxManifestBytes, text);  // unreadable: empty, refused below
    Manifest m;
    std::string error;
    if (text.size() > kMaxManifestBytes) {
        c.problem = "manifest.json is too large";
    } else if (!parse_manifest(text, m, error)) {
        c.problem = "manifest.json unreadable: " + error;
    } else if (!fs::exists(dir / "manifest.json.sig")) {
        c.problem = "manifest.json.sig is missing";
    } else {
        c.pack_id = m.pack_id;
        c.version = m.version;
        c.published = m.published;
        c.size = m.size;
    }
    return c;
}

void scan(const fs::path& dir, int depth, std::vector<UsbChannel>& out) {
    std::error_code ec;
    if (fs::is_regular_file(dir / "manifest.json", ec)) {
        out.push_back(describe(dir));
        return;  // a channel does not hold other channels
    }
    if (depth >= kMaxDepth) return;
    for (const fs::path& p : subdirs(dir)) scan(p, depth + 1, out);
}

bool same_device(const fs::path& a, const fs::path& b) {
    struct stat sa{}, sb{};
    return stat(a.c_str(), &sa) == 0 && stat(b.c_str(), &sb) == 0 && sa.st_dev == sb.st_dev;
}

}  // namespace

std::vector<UsbChannel> find_usb_channels(const std::vector<std::string>& roots) {
    std::vector<UsbChannel> out;
    for (const std::string& r : roots)
        for (const fs::path& p : subdirs(r)) scan(p, 1, out);
    std::sort(out.begin(), out.end(), [](const UsbChannel& a, const UsbChannel& b) { return a.dir < b.dir; });
    return out;
}

std::vector<std::string> find_usb_sticks(const std::vector<std::string>& roots) {
    std::vector<std::string> out;
    auto consider = [&](const fs::path& p) {
        if (access(p.c_str(), W_OK) == 0) out.push_back(p.string());
    };
    for (const std::string& r : roots)
        for (const fs::path& p : subdirs(r)) {
            if (same_device(p, r)) {
                // /media/<user>: the sticks are one level down. A plain folder with none
                // (a test, a stick mounted by hand) counts as the stick itself.
                const auto inner = subdirs(p);
                bool any = false;
                for (const fs::path& q : inner)
                    if (!same_device(q, p)) {
                        consider(q);
                        any = true;
                    }
                if (any) continue;
            }
            consider(p);
        }
    return out;
}

}  // namespace kiosk

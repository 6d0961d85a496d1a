// A channel: where the installer finds a signed manifest, packs and deltas. The installer only
// asks for files by name; a channel knows how to fetch them. The directory channel (a USB
// stick, a mounted share) is here; the HTTP(S) channel is install/http_channel.h, a separate
// library so that the kiosk, which installs from sticks only, never links libcurl.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

namespace kiosk::install {

struct InstallOptions;

class Channel {
public:
    virtual ~Channel() = default;

    // Where `file` is, for messages ("/media/usb/channel/x.pack", "https://cdn/x.pack").
    virtual std::string location(const std::string& file) const = 0;

    // A small file (manifest, signature) into memory. Throws kiosk::Error: Unreachable when it
    // cannot be fetched, BadSignature when it is larger than `limit` bytes.
    virtual std::string fetch_small(const std::string& file, std::size_t limit) const = 0;

    // Appends to `part` until it holds `expected` bytes (or the source ends): a .part left by
    // a cut transfer is resumed. A source with more bytes than `expected` is cut off there;
    // verification then refuses. Reports progress through the options' callback. Throws
    // kiosk::Error: Unreachable, NoSpace or IoError.
    virtual void fetch_file(const std::string& file, const std::string& part, std::uint64_t expected) const = 0;
};

// Opens the channel named by opt.source; the installer calls it once per run.
using ChannelOpener = std::function<std::unique_ptr<Channel>(const InstallOptions& opt)>;

// A mounted directory. Refuses (Error Unreachable) an http(s):// source: that needs
// open_any_channel from install/http_channel.h.
std::unique_ptr<Channel> open_directory_channel(const InstallOptions& opt);

// True for "http://..." and "https://..." (any case).
bool is_http_source(const std::string& source);

// What every channel does before a transfer into `part`: drops a part larger than `expected`
// (not ours), reports where the transfer starts (a resumed one is partly done, so a progress
// display never sits at zero for it), and says whether nothing is left to fetch (the file was
// complete when the last run was cut).
bool part_already_complete(const InstallOptions& opt, const std::string& part, std::uint64_t expected);

// A small file over `limit` bytes cannot be a manifest or a signature: Error(BadSignature).
void refuse_oversized(const std::string& where, const std::string& bytes, std::size_t limit);

// The size of a file, or 0 when it is missing or unreadable.
std::uint64_t size_or_zero(const std::string& path);

}  // namespace kiosk::install

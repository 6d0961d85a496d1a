// What staff find on the USB sticks plugged into the kiosk: channels (a directory holding a
// signed manifest and its pack, as `kiosk-pack publish` writes them) to install from, and
// writable sticks to export statistics to. Nothing here is trusted: the manifest is read
// only to describe the offer, and kiosk-sync's installer verifies everything before use.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace kiosk {

struct UsbChannel {
    std::string dir;          // the channel directory
    std::string pack_id;      // as the manifest says (unverified)
    std::int64_t version = 0;
    std::string published;    // "YYYY-MM-DDTHH:MM:SSZ"
    std::int64_t size = 0;    // of the full pack
    std::string problem;      // non-empty when the manifest cannot be read: shown, not offered
};

// Looks under each root (where the system mounts sticks, e.g. /run/kiosk-usb, /media) for
// channel directories up to three levels deep (/media/<user>/<stick>/<channel>), skipping
// hidden directories and symlinks, and bounded so a stick full of files stays quick.
// Sorted by directory name.
std::vector<UsbChannel> find_usb_channels(const std::vector<std::string>& roots);

// Writable directories under the roots that stand for a stick: each root's direct
// subdirectories (one per mounted stick), and one level further when the subdirectory is on
// the same file system as the root (a /media/<user> folder rather than a mount).
std::vector<std::string> find_usb_sticks(const std::vector<std::string>& roots);

}  // namespace kiosk

// Reading files we did not write: a picture named by an export, a manifest or delta on a USB
// stick, a pack, a key. Only regular files are read, each up to a cap the caller names, so a
// FIFO cannot hang a tool and /dev/zero or a 40 GB file cannot eat the memory. Every program
// that reads an outside file goes through here; nothing else opens them with ifstream.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>

namespace kiosk {

// Caps for the kinds of file we read whole (a manifest's cap, kMaxManifestBytes, is in manifest.h). They are far above anything legitimate (a 12 MP
// JPEG is under 10 MB; a manifest a few kB) and far below what would hurt a 2 GB kiosk.
constexpr std::uint64_t kMaxPictureFileBytes = 64ull << 20;
constexpr std::uint64_t kMaxKeyFileBytes = 64ull << 10;
constexpr std::uint64_t kMaxConfigBytes = 1ull << 20;

// The file's size if `path` (after symlinks) is a regular file of at most `cap` bytes.
// Throws kiosk::Error otherwise: NotFound, Unreadable, Corrupt ("not a regular file: a fifo"),
// or Corrupt ("too large: N bytes, the limit is M"). Does not open the file, so it never
// blocks; for files another library opens by name (SQLite packs).
std::uint64_t check_regular_file(const std::string& path, std::uint64_t cap);

// The whole content of `path`, under the same rules. The file is opened without blocking and
// checked on the open descriptor (no window between the check and the read), and reading
// stops at cap + 1 bytes, so a file that grows while read is refused too.
std::string read_regular_file(const std::string& path, std::uint64_t cap);

// The same, handed to `on_chunk` piece by piece (at most 1 MiB each) instead of held whole:
// for a file read through a filter, such as JSON with its blanks dropped, whose full size
// need never be in memory. More than `cap` bytes throws as above, after the first `cap`
// were handed over.
void read_regular_file_chunks(const std::string& path, std::uint64_t cap,
                              const std::function<void(const char*, std::size_t)>& on_chunk);

// The same without exceptions: false and a one-line reason.
bool read_regular_file(const std::string& path, std::uint64_t cap, std::string& out, std::string& why);

}  // namespace kiosk

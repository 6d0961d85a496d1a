// Small files: reading them with a bound (manifests, keys, state records from disks and
// sticks we do not control), and writing them so that they survive a power cut or a stick
// pulled out (the staff PIN lockout, statistics exports, kiosk-sync's state records): one
// implementation of "write a temporary file, fsync it, rename it over the old one, fsync the
// directory".
#pragma once

#include <string>
#include <string_view>
#include <sys/types.h>

namespace kiosk {

// Reads at most `limit` + 1 bytes of `path` into `out`, so that an oversized file is noticed
// (out.size() > limit) without reading it all. False, with `out` empty, when the file cannot
// be opened or is not a regular file (a FIFO, a device, a directory: never waited on);
// false too on a read error.
bool read_small_file(const std::string& path, std::size_t limit, std::string& out);

// fsync of a file or a directory by name. A directory that refuses fsync with EINVAL (vfat
// sticks do) counts as synced: the rename is then as durable as that file system makes it.
// On failure `err` (if given) receives errno.
bool sync_path(const std::string& path, bool directory, int* err = nullptr);

// Replaces `path` with `bytes` through `path`.tmp: readers and a power cut see the old file or
// the new one, never a torn one. False with a one-line `error` (the temporary file removed).
bool write_file_durably(const std::string& path, std::string_view bytes, std::string& error, mode_t mode = 0644);

// Makes a finished temporary file durable under its final name: fsync the file, rename() it
// over `path`, fsync the directory. After a crash `path` is either the old file or the new
// one, never a part. Throws kiosk::Error (IoError) with a one-line reason.
void commit_file(const std::string& tmp, const std::string& path);

// Removes a temporary file (and the SQLite journal next to it) when the scope is left, unless
// keep is set: the work that wrote it did not finish, so nothing half-done stays behind.
struct TempFileGuard {
    std::string path;
    bool keep = false;
    ~TempFileGuard();
};

}  // namespace kiosk

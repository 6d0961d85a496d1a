// Small files that must survive a power cut or a stick pulled out: the staff PIN lockout,
// statistics exports, kiosk-sync's state records. One implementation of "write a temporary
// file, fsync it, rename it over the old one, fsync the directory".
#pragma once

#include <string>
#include <string_view>
#include <sys/types.h>

namespace kiosk {

// fsync of a file or a directory by name. A directory that refuses fsync with EINVAL (vfat
// sticks do) counts as synced: the rename is then as durable as that file system makes it.
// On failure `err` (if given) receives errno.
bool sync_path(const std::string& path, bool directory, int* err = nullptr);

// Replaces `path` with `bytes` through `path`.tmp: readers and a power cut see the old file or
// the new one, never a torn one. False with a one-line `error` (the temporary file removed).
bool write_file_durably(const std::string& path, std::string_view bytes, std::string& error, mode_t mode = 0644);

}  // namespace kiosk

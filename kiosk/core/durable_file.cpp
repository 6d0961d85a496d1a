// Durable small-file writes (see durable_file.h).
#include "core/durable_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include "core/error.h"

namespace kiosk {

bool read_small_file(const std::string& path, std::size_t limit, std::string& out) {
    out.clear();
    // Manifests, signatures, keys and state files may come from a USB stick or a mirror: open
    // without blocking and read only a regular file, so a FIFO or a device named like one
    // cannot hang the caller or feed it without end (issue 15).
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) return false;
    struct stat st{};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return false;
    }
    out.assign(limit + 1, '\0');
    std::size_t got = 0;
    bool ok = true;
    while (got < out.size()) {
        const ssize_t n = ::read(fd, out.data() + got, out.size() - got);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) ok = false;
        if (n <= 0) break;
        got += static_cast<std::size_t>(n);
    }
    ::close(fd);
    out.resize(ok ? got : 0);
    return ok;
}

bool sync_path(const std::string& path, bool directory, int* err) {
    const int fd = ::open(path.c_str(), (directory ? O_RDONLY | O_DIRECTORY : O_RDONLY) | O_CLOEXEC);
    if (fd < 0) {
        if (err) *err = errno;
        return false;
    }
    const int rc = ::fsync(fd);
    const int e = errno;
    ::close(fd);
    if (rc == 0 || (directory && e == EINVAL)) return true;
    if (err) *err = e;
    return false;
}

bool write_file_durably(const std::string& path, std::string_view bytes, std::string& error, mode_t mode) {
    const std::string tmp = path + ".tmp";
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode);
    if (fd < 0) {
        error = "cannot create " + tmp + ": " + std::strerror(errno);
        return false;
    }
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        done += static_cast<std::size_t>(n);
    }
    const bool ok = done == bytes.size() && ::fsync(fd) == 0;
    const int err = errno;
    ::close(fd);
    if (!ok || ::rename(tmp.c_str(), path.c_str()) != 0) {
        error = "cannot write " + path + ": " + std::strerror(ok ? errno : err);
        ::unlink(tmp.c_str());
        return false;
    }
    // The rename itself is only durable once its directory is synced.
    const auto slash = path.rfind('/');
    const std::string dir = slash == std::string::npos ? "." : slash == 0 ? "/" : path.substr(0, slash);
    int e = 0;
    if (!sync_path(dir, true, &e)) {
        error = "cannot sync " + dir + ": " + std::strerror(e);
        return false;
    }
    return true;
}

void commit_file(const std::string& tmp, const std::string& path) {
    int e = 0;
    if (!sync_path(tmp, false, &e)) throw Error(ErrorKind::IoError, std::string("cannot sync: ") + std::strerror(e), tmp);
    std::error_code ec;
    std::filesystem::rename(tmp, path, ec);
    if (ec) throw Error(ErrorKind::IoError, "cannot move it to " + path + ": " + ec.message(), tmp);
    const std::string dir = std::filesystem::path(path).parent_path().string();
    if (!sync_path(dir.empty() ? "." : dir, true, &e))
        throw Error(ErrorKind::IoError, std::string("cannot sync: ") + std::strerror(e), dir.empty() ? "." : dir);
}

TempFileGuard::~TempFileGuard() {
    if (keep) return;
    std::error_code ec;
    std::filesystem::remove(path, ec);
    std::filesystem::remove(path + "-journal", ec);
}

}  // namespace kiosk

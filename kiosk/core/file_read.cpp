#include "core/file_read.h"

#include "core/error.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kiosk {
namespace {

const char* file_type_name(mode_t m) {
    if (S_ISDIR(m)) return "a directory";
    if (S_ISFIFO(m)) return "a fifo";
    if (S_ISCHR(m)) return "a character device";
    if (S_ISBLK(m)) return "a block device";
    if (S_ISSOCK(m)) return "a socket";
    return "not a regular file";
}

[[noreturn]] void fail_errno(const std::string& path, int err) {
    const ErrorKind kind = (err == ENOENT || err == ENOTDIR) ? ErrorKind::NotFound : ErrorKind::Unreadable;
    throw Error(kind, std::strerror(err), path);
}

void check_stat(const std::string& path, const struct stat& st, std::uint64_t cap) {
    if (!S_ISREG(st.st_mode))
        throw Error(ErrorKind::Corrupt, std::string("not a regular file: ") + file_type_name(st.st_mode), path);
    const auto size = static_cast<std::uint64_t>(st.st_size);
    if (size > cap)
        throw Error(ErrorKind::Corrupt,
                    "too large: " + std::to_string(size) + " bytes, the limit is " + std::to_string(cap), path);
}

// Closes the descriptor on every path out, exceptions included.
struct Fd {
    int fd;
    explicit Fd(int f) : fd(f) {}
    Fd(Fd&& o) noexcept : fd(o.fd) { o.fd = -1; }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    ~Fd() {
        if (fd >= 0) ::close(fd);
    }
};

// Opens `path` for reading after the checks of check_stat, on the open descriptor.
Fd open_checked(const std::string& path, std::uint64_t cap, struct stat& st) {
    // O_NONBLOCK: opening a FIFO with no writer would otherwise wait for ever; the type check
    // below then refuses it. On a regular file the flag changes nothing.
    Fd f{::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC)};
    if (f.fd < 0) fail_errno(path, errno);
    if (::fstat(f.fd, &st) != 0) fail_errno(path, errno);
    check_stat(path, st, cap);
    return f;
}

// read() that retries when interrupted; errors throw.
std::size_t read_some(const std::string& path, int fd, char* buf, std::size_t n) {
    for (;;) {
        const ssize_t got = ::read(fd, buf, n);
        if (got >= 0) return static_cast<std::size_t>(got);
        if (errno != EINTR) fail_errno(path, errno);
    }
}

[[noreturn]] void fail_grew(const std::string& path, std::uint64_t cap) {
    throw Error(ErrorKind::Corrupt, "too large: grew past the limit of " + std::to_string(cap) + " bytes while read",
                path);
}

}  // namespace

std::uint64_t check_regular_file(const std::string& path, std::uint64_t cap) {
    struct stat st{};
    if (::stat(path.c_str(), &st) != 0) fail_errno(path, errno);
    check_stat(path, st, cap);
    return static_cast<std::uint64_t>(st.st_size);
}

std::string read_regular_file(const std::string& path, std::uint64_t cap) {
    struct stat st{};
    Fd f = open_checked(path, cap, st);
    std::string out;
    out.resize(static_cast<std::size_t>(st.st_size));
    std::size_t got = 0;
    for (;;) {
        if (got == out.size()) {
            // The file may have grown since fstat: read on, but never past cap + 1 bytes.
            if (got > cap) break;
            out.resize(std::min<std::uint64_t>(cap + 1, got + 65536));
        }
        const std::size_t n = read_some(path, f.fd, out.data() + got, out.size() - got);
        if (n == 0) break;
        got += n;
    }
    if (got > cap) fail_grew(path, cap);
    out.resize(got);
    return out;
}

void read_regular_file_chunks(const std::string& path, std::uint64_t cap,
                              const std::function<void(const char*, std::size_t)>& on_chunk) {
    struct stat st{};
    Fd f = open_checked(path, cap, st);
    // Sized for the file (plus room to notice growth), so a small file costs a small buffer.
    const std::size_t size = static_cast<std::size_t>(std::min<std::uint64_t>(
        std::uint64_t{1} << 20, static_cast<std::uint64_t>(st.st_size) + 4096));
    const std::unique_ptr<char[]> buf(new char[size]);
    std::uint64_t total = 0;
    for (;;) {
        const std::size_t n = read_some(path, f.fd, buf.get(), size);
        if (n == 0) return;
        if (total + n > cap) fail_grew(path, cap);
        total += n;
        on_chunk(buf.get(), n);
    }
}

bool read_regular_file(const std::string& path, std::uint64_t cap, std::string& out, std::string& why) {
    try {
        out = read_regular_file(path, cap);
        return true;
    } catch (const Error& e) {
        why = e.what();
        return false;
    }
}

}  // namespace kiosk

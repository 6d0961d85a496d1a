// The directory channel: a channel copied to a USB stick or a mounted share.
#include "install/channel.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <limits>
#include <vector>

#include "core/durable_file.h"
#include "core/file_read.h"
#include "core/error.h"
#include "install/install.h"

namespace kiosk::install {

namespace fs = std::filesystem;

namespace {

using File = std::unique_ptr<std::FILE, int (*)(std::FILE*)>;

// A pack or delta on a stick or share, opened only if it is a regular file: a FIFO named like
// a pack would block fopen() for ever, a device would be read without end. The type is checked
// before the open (check_regular_file, which never blocks) and again on the open descriptor
// (O_NONBLOCK, so a file swapped for a FIFO in between cannot block either). Only the manifest's
// size is read from it, so any size is accepted here; verification compares the bytes.
File open_regular(const std::string& path) {
    try {
        check_regular_file(path, std::numeric_limits<std::uint64_t>::max());
    } catch (const Error& e) {
        throw Error(ErrorKind::Unreachable, std::string("cannot read ") + e.what());
    }
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    struct stat st {};
    if (fd < 0 || ::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        const int e = errno;
        if (fd >= 0) ::close(fd);
        throw Error(ErrorKind::Unreachable, "cannot read " + path + ": " + (fd < 0 ? std::strerror(e) : "not a regular file"));
    }
    std::FILE* f = ::fdopen(fd, "rb");
    if (!f) {
        ::close(fd);
        throw Error(ErrorKind::Unreachable, "cannot read " + path);
    }
    return File(f, &std::fclose);
}

class DirectoryChannel : public Channel {
public:
    explicit DirectoryChannel(const InstallOptions& opt) : opt_(opt) {}

    std::string location(const std::string& file) const override { return (fs::path(opt_.source) / file).string(); }

    std::string fetch_small(const std::string& file, std::size_t limit) const override {
        std::string out;
        if (!read_small_file(location(file), limit, out)) throw Error(ErrorKind::Unreachable, "cannot read " + location(file));
        refuse_oversized(location(file), out, limit);
        return out;
    }

    // Seeks past what `part` already holds, so a copy cut by a pulled stick resumes.
    void fetch_file(const std::string& file, const std::string& part, std::uint64_t expected) const override {
        if (part_already_complete(opt_, part, expected)) return;
        const std::string src_path = location(file);
        File src = open_regular(src_path);
        std::uint64_t have = size_or_zero(part);
        File dst(std::fopen(part.c_str(), "ab"), &std::fclose);
        if (!dst) throw Error(ErrorKind::IoError, "cannot write " + part + ": " + std::strerror(errno));
        if (::fseeko(src.get(), static_cast<off_t>(have), SEEK_SET) != 0)
            throw Error(ErrorKind::Unreachable, "cannot read " + src_path);
        std::vector<char> buf(1 << 20);
        while (have < expected) {
            const std::size_t want = static_cast<std::size_t>(std::min<std::uint64_t>(buf.size(), expected - have));
            const std::size_t n = std::fread(buf.data(), 1, want, src.get());
            if (n == 0) {
                if (std::ferror(src.get()))
                    throw Error(ErrorKind::Unreachable, "read error on " + src_path + " (stick removed?)");
                break;  // shorter than the manifest says: verification reports it
            }
            if (std::fwrite(buf.data(), 1, n, dst.get()) != n || std::fflush(dst.get()) != 0) {
                const int e = errno;
                throw Error(e == ENOSPC ? ErrorKind::NoSpace : ErrorKind::IoError,
                            "cannot write " + part + ": " + std::strerror(e));
            }
            have += n;
            if (opt_.progress) opt_.progress(have, expected);
        }
    }

private:
    const InstallOptions& opt_;
};

}  // namespace

bool is_http_source(const std::string& s) {
    std::string lower = s.substr(0, 8);
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return lower.rfind("http://", 0) == 0 || lower.rfind("https://", 0) == 0;
}

bool part_already_complete(const InstallOptions& opt, const std::string& part, std::uint64_t expected) {
    // Staging holds only our own regular files: anything else under that name (a FIFO would
    // block the append) is not a download to resume.
    std::error_code ec;
    const auto type = fs::symlink_status(part, ec).type();
    if (!ec && type != fs::file_type::regular && type != fs::file_type::not_found) fs::remove_all(part, ec);
    if (size_or_zero(part) > expected) fs::remove(part);
    if (opt.progress) opt.progress(size_or_zero(part), expected);
    return fs::exists(part) && size_or_zero(part) == expected;
}

void refuse_oversized(const std::string& where, const std::string& bytes, std::size_t limit) {
    if (bytes.size() > limit)
        throw Error(ErrorKind::BadSignature, where + " is larger than " + std::to_string(limit) + " bytes");
}

std::uint64_t size_or_zero(const std::string& path) {
    std::error_code ec;
    const auto n = fs::file_size(path, ec);
    return ec ? 0 : static_cast<std::uint64_t>(n);
}

std::unique_ptr<Channel> open_directory_channel(const InstallOptions& opt) {
    if (is_http_source(opt.source))
        throw Error(ErrorKind::Unreachable, "this program installs from directories only, not from " + opt.source);
    return std::make_unique<DirectoryChannel>(opt);
}

}  // namespace kiosk::install

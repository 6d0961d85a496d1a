// Outside files are read only when they are regular files under a cap: a FIFO must not hang,
// /dev/zero must not fill the memory, and each refusal says why in one line.
#include <catch2/catch.hpp>

#include "core/error.h"
#include "core/durable_file.h"
#include "core/file_read.h"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace kiosk;

namespace {
fs::path scratch_dir() {
    const fs::path d = fs::temp_directory_path() / ("file_read_test." + std::to_string(::getpid()));
    fs::create_directories(d);
    return d;
}
ErrorKind kind_of(const std::function<void()>& f) {
    try {
        f();
    } catch (const Error& e) {
        return e.kind();
    }
    FAIL("no error thrown");
    return ErrorKind::Internal;
}
}  // namespace

TEST_CASE("a regular file under the cap is read whole", "[file_read]") {
    const fs::path d = scratch_dir();
    std::ofstream(d / "a.bin", std::ios::binary) << std::string(100000, 'x');
    CHECK(read_regular_file((d / "a.bin").string(), 100000).size() == 100000);
    CHECK(check_regular_file((d / "a.bin").string(), 100000) == 100000);
    // Through a symlink, as the kiosk's `active` pack is reached.
    fs::create_symlink(d / "a.bin", d / "link");
    CHECK(read_regular_file((d / "link").string(), 100000).size() == 100000);
    fs::remove_all(d);
}

TEST_CASE("a file over the cap is refused before it is read", "[file_read]") {
    const fs::path d = scratch_dir();
    std::ofstream(d / "big", std::ios::binary) << std::string(1001, 'x');
    std::string out, why;
    CHECK_FALSE(read_regular_file((d / "big").string(), 1000, out, why));
    CHECK(why.find("too large") != std::string::npos);
    CHECK(out.empty());
    CHECK(kind_of([&] { check_regular_file((d / "big").string(), 1000); }) == ErrorKind::Corrupt);
    fs::remove_all(d);
}

TEST_CASE("a fifo is refused at once instead of hanging", "[file_read]") {
    const fs::path d = scratch_dir();
    const std::string fifo = (d / "pipe").string();
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const auto t0 = std::chrono::steady_clock::now();
    std::string out, why;
    CHECK_FALSE(read_regular_file(fifo, 1000, out, why));
    CHECK(why.find("fifo") != std::string::npos);
    CHECK(kind_of([&] { check_regular_file(fifo, 1000); }) == ErrorKind::Corrupt);
    CHECK(std::chrono::steady_clock::now() - t0 < std::chrono::seconds(5));
    fs::remove_all(d);
}

TEST_CASE("devices and directories are refused", "[file_read]") {
    std::string out, why;
    CHECK_FALSE(read_regular_file("/dev/zero", kMaxPictureFileBytes, out, why));
    CHECK(why.find("character device") != std::string::npos);
    CHECK(out.empty());
    CHECK_FALSE(read_regular_file("/tmp", 1000, out, why));
    CHECK(why.find("directory") != std::string::npos);
}

TEST_CASE("a missing file is NotFound", "[file_read]") {
    CHECK(kind_of([] { read_regular_file("/nonexistent/x", 10); }) == ErrorKind::NotFound);
    CHECK(kind_of([] { check_regular_file("/nonexistent/x", 10); }) == ErrorKind::NotFound);
}

TEST_CASE("read_small_file (manifests, signatures, keys, state) refuses a fifo and a device at once",
          "[file_read]") {
    const fs::path d = scratch_dir();
    const std::string fifo = (d / "manifest.json").string();
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const auto t0 = std::chrono::steady_clock::now();
    std::string out = "stale";
    CHECK_FALSE(read_small_file(fifo, 1000, out));
    CHECK(out.empty());
    CHECK_FALSE(read_small_file("/dev/zero", 1000, out));
    CHECK(out.empty());
    CHECK(std::chrono::steady_clock::now() - t0 < std::chrono::seconds(5));
    // A regular file still reads up to limit + 1 bytes, so an oversized one shows.
    std::ofstream(d / "big", std::ios::binary) << std::string(50, 'x');
    CHECK(read_small_file((d / "big").string(), 10, out));
    CHECK(out.size() == 11);
    fs::remove_all(d);
}

// A whole flux as kiosk-pack opens it: the input is written once as a .zip file and read as a
// zip flux, and once as the index.json of a directory flux whose objects/ holds a few real
// object files. ExportError (the flux cannot be read) is the documented refusal.
#include <cstddef>
#include <cstdint>
#include <exception>
#include <filesystem>
#include <string>
#include <vector>

#include "publish/export_model.h"
#include "test_util.h"

using namespace kiosk::publish;
namespace fs = std::filesystem;

namespace {

// The directory flux: index.json is replaced by each input; the objects stay.
const fs::path& flux_dir() {
    static testutil::TempDir dir;
    static const bool once = [] {
        const fs::path src = fs::path(KIOSK_SOURCE_DIR) / "tests/fixtures/datatourisme/flux2024/objects";
        fs::create_directories(dir.path / "flux");
        fs::copy(src, dir.path / "flux/objects", fs::copy_options::recursive);
        return true;
    }();
    (void)once;
    return dir.path;
}

// Everything kiosk-pack build does with a source before writing: the index, every object
// (parsed), and a read of a listed file and of a path that escapes the root.
void read_all(const std::string& path) {
    try {
        const auto src = ExportSource::open(path);
        src->describe();
        std::vector<Warning> warnings;
        read_export(*src, [](ExportItem&&) {}, warnings);
        std::string bytes;
        for (const IndexEntry& e : src->index()) src->read("objects/" + e.file, bytes);
        src->read("../index.json", bytes);
        src->read("images/x.png", bytes);
    } catch (const kiosk::Error&) {
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    const fs::path& dir = flux_dir();
    testutil::write_file(dir / "flux.zip", bytes);
    read_all((dir / "flux.zip").string());
    testutil::write_file(dir / "flux/index.json", bytes);
    read_all((dir / "flux").string());
    return 0;
}

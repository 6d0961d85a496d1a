// A delta as kiosk-sync applies it: the input is the changeset file, applied to a copy of
// the small fixture pack (apply_delta copies the base itself), then the result is opened as
// the installer would. DeltaError / PackError (kiosk::Error) is the documented refusal;
// a crash, a hang or a staging file left behind is not.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "core/pack_reader.h"
#include "fixture_pack.h"
#include "install/delta.h"
#include "test_util.h"

using namespace kiosk;
namespace fs = std::filesystem;

namespace {

struct Base {
    testutil::TempDir dir;
    std::string pack = (dir.path / "base.pack").string();
    Base() { fuzz::write_fixture_pack(pack); }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const Base base;
    const fs::path delta = base.dir.path / "fuzz.delta", out = base.dir.path / "new.pack";
    testutil::write_file(delta, std::string(reinterpret_cast<const char*>(data), size));
    try {
        install::apply_delta(base.pack, delta.string(), out.string());
        Pack::open(out.string())->count("site");
    } catch (const Error&) {
    }
    // A failed apply leaves nothing behind (delta.h), a good one only the new pack: no
    // staging copy, no journal.
    fs::remove(out);
    for (const auto& e : fs::directory_iterator(base.dir.path))
        if (e.path() != delta && e.path().string() != base.pack) std::abort();
    return 0;
}

// kiosk.toml as the kiosk and kiosk-sync read it: from bytes, and from a file. A bad file is
// reported (false, one line per problem) and never stops a kiosk; nothing may throw.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/config.h"
#include "test_util.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const testutil::TempDir dir;
    const std::string text(reinterpret_cast<const char*>(data), size);
    kiosk::Config c;
    std::vector<std::string> errors;
    kiosk::parse_config(text, c, errors);

    const std::string path = (dir.path / "kiosk.toml").string();
    testutil::write_file(path, text);
    kiosk::Config c2;
    std::string first;
    kiosk::load_config(path, c2, first);
    return 0;
}

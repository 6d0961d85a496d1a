// Writes the generated seeds of fuzz/corpus/ (run by hand when the pack format changes):
//   fuzz_make_seeds fuzz/corpus
// pack_read/fixture.pack and fixture_next.pack (the fixture pack and its next version), and
// delta_apply/fixture.delta, the changeset from one to the other as kiosk-pack makes it.
#include <cstdio>
#include <exception>
#include <filesystem>

#include "fixture_pack.h"
#include "publish/delta_make.h"

namespace fs = std::filesystem;

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR\n", argv[0]);
        return 2;
    }
    try {
        const fs::path corpus = argv[1];
        const fs::path base = corpus / "pack_read/fixture.pack", next = corpus / "pack_read/fixture_next.pack";
        fs::create_directories(corpus / "pack_read");
        fs::create_directories(corpus / "delta_apply");
        fs::remove(base);
        fs::remove(next);
        fuzz::write_fixture_pack(base.string());
        fuzz::write_fixture_pack(next.string(), true);
        kiosk::publish::make_delta(base.string(), next.string(), (corpus / "delta_apply/fixture.delta").string());
    } catch (const std::exception& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
    return 0;
}

// Writes the generated seeds of fuzz/corpus/ (run by hand when the pack format changes):
//   fuzz_make_seeds fuzz/corpus
// pack_read/fixture and fixture_next (the fixture pack and its next version; no .pack suffix,
// which .gitignore keeps out), and
// delta_apply/fixture.delta, the changeset from one to the other as kiosk-pack makes it; and
// manifest/*, manifests signed by fuzz/manifest_test.key (made here once, a test key only).
#include <cstdio>
#include <exception>
#include <filesystem>

#include "fixture_pack.h"
#include "core/manifest.h"
#include "publish/delta_make.h"
#include "publish/signing.h"
#include "test_util.h"

namespace fs = std::filesystem;

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR\n", argv[0]);
        return 2;
    }
    try {
        const fs::path corpus = argv[1];
        const fs::path base = corpus / "pack_read/fixture", next = corpus / "pack_read/fixture_next";
        fs::create_directories(corpus / "pack_read");
        fs::create_directories(corpus / "delta_apply");
        fs::remove(base);
        fs::remove(next);
        fuzz::write_fixture_pack(base.string());
        fuzz::write_fixture_pack(next.string(), true);
        kiosk::publish::make_delta(base.string(), next.string(), (corpus / "delta_apply/fixture.delta").string());

        const fs::path key = corpus.parent_path() / "manifest_test.key", pub = corpus.parent_path() / "manifest_test.pub";
        if (!fs::exists(key)) kiosk::publish::generate_keypair(key.string(), pub.string());
        kiosk::Manifest m;
        m.pack_id = "fuzz-fixture";
        m.version = 4;
        m.pack_file = "fuzz-fixture-4.pack";
        m.size = 20480;
        m.sha256 = kiosk::sha256_hex("pack");
        m.published = "2026-10-01T08:00:00Z";
        m.expires = "2027-10-01T08:00:00Z";
        const fs::path dir = corpus / "manifest";
        fs::create_directories(dir);
        const auto signed_plain = kiosk::publish::sign_manifest(m, key.string());
        testutil::write_file(dir / "no_deltas", signed_plain.bytes);
        m.deltas = {{3, "fuzz-fixture-3-4.delta", 812, kiosk::sha256_hex("d3")},
                    {2, "fuzz-fixture-2-4.delta", 1650, kiosk::sha256_hex("d2")}};
        const auto signed_deltas = kiosk::publish::sign_manifest(m, key.string());
        testutil::write_file(dir / "two_deltas", signed_deltas.bytes);
        // With the signature file after a NUL: the good one, and one over other bytes.
        testutil::write_file(dir / "with_signature", signed_deltas.bytes + '\0' + signed_deltas.sig_text);
        testutil::write_file(dir / "with_wrong_signature", signed_plain.bytes + '\0' + signed_deltas.sig_text);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
    return 0;
}

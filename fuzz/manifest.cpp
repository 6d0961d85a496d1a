// A signed manifest as kiosk-sync reads it from a channel. The input is the manifest's bytes;
// after a NUL byte, if any, comes the signature file's text. Without one, the input is signed
// with the committed test key (fuzz/manifest_test.key, made by fuzz_make_seeds), so that the
// fuzzer reaches the parser behind a good signature (nothing is parsed before the signature
// checks, as it should be); the seeds name that key.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "core/manifest.h"
#include "install/verify.h"
#include "publish/signing.h"

using namespace kiosk;

namespace {

struct TestKey {
    std::string secret = KIOSK_SOURCE_DIR "/fuzz/manifest_test.key";
    std::vector<PublicKey> trusted;
    TestKey() {
        std::string error;
        if (!load_public_keys({KIOSK_SOURCE_DIR "/fuzz/manifest_test.pub"}, trusted, error)) {
            std::fprintf(stderr, "manifest target: %s\n", error.c_str());
            std::abort();
        }
    }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const TestKey key;
    const std::string input(reinterpret_cast<const char*>(data), size);
    const std::size_t nul = input.find('\0');
    const std::string text = input.substr(0, nul);

    Manifest m;
    std::string error;
    // The parser promises one canonical form: what it accepts re-serializes to the same bytes.
    if (parse_manifest(text, m, error) && serialize_manifest(m) != text) std::abort();
    PublicKey k;
    parse_public_key(text, k, error);

    const std::string sig = nul == std::string::npos ? publish::sign_bytes(text, key.secret) : input.substr(nul + 1);
    try {
        const Manifest ok = install::verify_signed_manifest(text, sig, key.trusted, 1790000000);
        install::manifest_expired(ok, 1790000000);
    } catch (const Error&) {
    }
    return 0;
}

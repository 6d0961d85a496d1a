// What a visitor types on the search screen, against a small pack indexed once: every
// keystroke's query, in each visitor language. Two indexes: the kiosk's, and one whose tuning
// makes every short prefix "heavy", so both ways of answering are fuzzed. Nothing may throw.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "core/pack_reader.h"
#include "core/search.h"
#include "fixture_pack.h"
#include "test_util.h"

using namespace kiosk;

namespace {

struct Indexes {
    testutil::TempDir dir;
    std::unique_ptr<Pack> pack;
    SearchIndex normal, heavy;
    Indexes() {
        const std::string path = (dir.path / "search.pack").string();
        fuzz::write_fixture_pack(path);
        pack = Pack::open(path);
        normal = SearchIndex(*pack);
        heavy = SearchIndex(*pack, SearchIndex::Tuning{1, 2});
    }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const Indexes ix;
    if (size > 256) return 0;  // the on-screen keyboard's field holds far less
    const std::string_view typed(reinterpret_cast<const char*>(data), size);
    // The first byte picks the language (one the pack has, or one it lacks) and the limit.
    static const char* const langs[] = {"fr", "en", "nl", "de", "it"};
    const std::string lang = size ? langs[data[0] % 5] : "fr";
    const std::size_t limit = size ? data[0] % 60 : 50;
    for (const SearchIndex* s : {&ix.normal, &ix.heavy})
        for (const SearchHit& h : s->query(typed, lang, limit)) h.fuzzy();
    // Each keystroke's prefix, as typed.
    for (std::size_t n = 1; n < typed.size() && n < 32; ++n) ix.normal.query(typed.substr(0, n), lang);
    return 0;
}

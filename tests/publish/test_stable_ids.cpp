// Issue 16: item and media ids stay the same across builds (hashes of the export's @id and of
// the picture's bytes), so adding or removing items gives a small delta, and an incremental
// build (the previous pack updated in place) has the rows of a build from scratch.
#include <catch2/catch.hpp>

#include <sqlite3.h>
#include <stb/stb_image_write.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "core/manifest.h"
#include "install/delta.h"
#include "publish/delta_make.h"
#include "publish/pack_writer.h"
#include "publish_util.h"
#include "test_util.h"

namespace fs = std::filesystem;
using namespace kiosk;

namespace {

void png_to(void* ctx, void* data, int n) { static_cast<std::string*>(ctx)->append(static_cast<char*>(data), n); }

std::string make_png(int seed) {
    std::vector<unsigned char> px(24 * 16 * 3);
    for (size_t i = 0; i < px.size(); ++i) px[i] = static_cast<unsigned char>((i * 7 + static_cast<size_t>(seed) * 31) % 251);
    std::string out;
    stbi_write_png_to_func(png_to, &out, 24, 16, 3, px.data(), 24 * 3);
    return out;
}

std::string uuid_of(int n) {
    char uuid[48];
    std::snprintf(uuid, sizeof uuid, "%08x-0000-0000-0000-000000000000", n);
    return uuid;
}

std::string source_id_of(int n) { return "https://data.datatourisme.fr/59/" + uuid_of(n); }

// A flux of sites numbered by `numbers` (the same number, the same @id and file in every
// version). Site n shows picture images/p<n % 3>.png when n is a multiple of 5, so pictures
// are shared between items; `picture_name` renames the files without changing their bytes.
fs::path write_sites(const fs::path& root, const std::vector<int>& numbers, const std::string& picture_name = "p") {
    fs::remove_all(root);
    std::string index = "[\n";
    for (int k = 0; k < 3; ++k) testutil::write_file(root / ("images/" + picture_name + std::to_string(k) + ".png"), make_png(k));
    bool first = true;
    for (int n : numbers) {
        const std::string file = "t/t1/59-" + uuid_of(n) + ".json";
        index += std::string(first ? "" : ",\n") + R"( {"label":"x","lastUpdateDatatourisme":"2026-10-01T08:00:00Z","file":")" +
                 file + "\"}";
        first = false;
        std::string picture;
        if (n % 5 == 0)
            picture = R"(,"hasMainRepresentation":[{"ebucore:hasRelatedResource":[{"ebucore:locator":["images/)" + picture_name +
                      std::to_string(n % 3) + R"(.png"]}]}])";
        testutil::write_file(root / "objects" / file,
                             "{\"@id\":\"" + source_id_of(n) + "\",\"@type\":[\"CulturalSite\",\"Museum\",\"PlaceOfInterest\"]," +
                                 R"("rdfs:label":{"fr":["Site numéro )" + std::to_string(n) + R"("],"en":["Site )" +
                                 std::to_string(n) + R"("]},"rdfs:comment":{"fr":["Un site à voir, le numéro )" +
                                 std::to_string(n) + R"(."]},"isLocatedAt":[{"schema:address":[{"schema:addressLocality":"Lille",)" +
                                 R"("schema:postalCode":"59000"}],"schema:geo":{"schema:latitude":)" +
                                 std::to_string(50.0 + n * 0.01) + R"(,"schema:longitude":2.5}}])" + picture +
                                 ",\"lastUpdateDatatourisme\":\"2026-10-01T08:00:00Z\"}");
    }
    testutil::write_file(root / "index.json", index + "\n]");
    return root;
}

std::vector<int> range(int from, int to) {
    std::vector<int> v;
    for (int n = from; n <= to; ++n) v.push_back(n);
    return v;
}

publish::BuildReport build(const fs::path& flux, const fs::path& out, const std::string& previous = "", int id_bits = 0) {
    auto src = publish::ExportSource::open(flux.string());
    publish::BuildOptions opt;
    opt.build_time = "2026-11-01T00:00:00Z";
    opt.previous = previous;
    opt.test_id_bits = id_bits;
    return publish::build_pack(*src, out.string(), opt);
}

// source_id -> id of every item, and sha256 -> id of every picture.
std::map<std::string, std::int64_t> ids_of(const fs::path& pack, const char* sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(pack.string().c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK);
    std::map<std::string, std::int64_t> out;
    while (sqlite3_step(st) == SQLITE_ROW)
        out[reinterpret_cast<const char*>(sqlite3_column_text(st, 0))] = sqlite3_column_int64(st, 1);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return out;
}
std::map<std::string, std::int64_t> item_ids(const fs::path& pack) { return ids_of(pack, "SELECT source_id, id FROM item"); }
std::map<std::string, std::int64_t> media_ids(const fs::path& pack) { return ids_of(pack, "SELECT sha256, id FROM media"); }

}  // namespace

TEST_CASE("stable ids: hashes, and collisions resolved by (hash, key) whatever the order", "[ids]") {
    const std::string a = source_id_of(1);
    const std::int64_t h = publish::stable_id_hash(a, publish::kItemIdBits);
    CHECK(h >= 1);
    CHECK(h < (std::int64_t{1} << publish::kItemIdBits));
    CHECK(publish::stable_id_hash(a, publish::kItemIdBits) == h);  // no seed, no state
    // Child rows are item id * 2^20 + n: the largest fits a signed 64-bit INTEGER.
    CHECK((std::int64_t{1} << publish::kItemIdBits) - 1 <= (INT64_MAX >> 20));

    // Without a collision, an id is its key's hash.
    const auto one = publish::resolve_stable_ids({a}, publish::kItemIdBits);
    CHECK(one == std::vector<std::int64_t>{h});

    // Two bits, three keys: every id 1..3 once, the same key -> id in any input order.
    std::vector<std::string> keys = {"x", "y", "z"};
    const auto ids = publish::resolve_stable_ids(keys, 2);
    CHECK(std::set<std::int64_t>(ids.begin(), ids.end()) == std::set<std::int64_t>{1, 2, 3});
    std::map<std::string, std::int64_t> first;
    for (size_t i = 0; i < keys.size(); ++i) first[keys[i]] = ids[i];
    std::sort(keys.begin(), keys.end());
    do {
        const auto again = publish::resolve_stable_ids(keys, 2);
        for (size_t i = 0; i < keys.size(); ++i) CHECK(again[i] == first[keys[i]]);
    } while (std::next_permutation(keys.begin(), keys.end()));
    CHECK_THROWS_AS(publish::resolve_stable_ids({"a", "b", "c", "d"}, 2), publish::BuildError);  // 3 ids only
}

TEST_CASE("stable ids: an item keeps its id when others come and go, a picture its id when renamed",
          "[ids][pack][incremental]") {
    testutil::TempDir tmp;
    const fs::path v1 = tmp.path / "v1.pack";
    build(write_sites(tmp.path / "flux", range(1, 60)), v1);
    const auto ids1 = item_ids(v1);
    REQUIRE(ids1.size() == 60);
    for (const auto& [sid, id] : ids1) CHECK(id == publish::stable_id_hash(sid, publish::kItemIdBits));
    const auto media1 = media_ids(v1);
    REQUIRE(media1.size() == 3);  // 12 items share 3 pictures
    for (const auto& [sha, id] : media1) CHECK(id == publish::stable_id_hash(sha, publish::kMediaIdBits));

    // v2: two sites gone (one with a picture), two new, pictures renamed (same bytes).
    std::vector<int> v2_numbers = range(1, 62);
    v2_numbers.erase(std::find(v2_numbers.begin(), v2_numbers.end(), 10));
    v2_numbers.erase(std::find(v2_numbers.begin(), v2_numbers.end(), 33));
    const fs::path flux2 = write_sites(tmp.path / "flux", v2_numbers, "renamed");
    const fs::path full = tmp.path / "full.pack", inc = tmp.path / "inc.pack";
    build(flux2, full);
    // The unchanged objects kept their file and date: the renamed pictures are not read again.
    const auto r = build(flux2, inc, v1.string());
    CHECK(r.incremental);
    CHECK(r.objects_reused == 58);
    CHECK(r.objects_read == 2);

    for (const fs::path& p : {full, inc}) {
        const auto ids2 = item_ids(p);
        CHECK(ids2.size() == 60);
        for (const auto& [sid, id] : ids2) {
            auto old = ids1.find(sid);
            if (old != ids1.end()) CHECK(old->second == id);
        }
        CHECK_FALSE(ids2.count(source_id_of(10)));
        CHECK(ids2.count(source_id_of(62)));
        CHECK(media_ids(p) == media1);
    }
    CHECK(testutil::pack_rows(inc) == testutil::pack_rows(full));
}

TEST_CASE("stable ids: adding or removing 1% of the items gives a delta of about 1% of the pack", "[ids][delta]") {
    testutil::TempDir tmp;
    const fs::path v1 = tmp.path / "v1.pack";
    build(write_sites(tmp.path / "flux1", range(1, 200)), v1);
    std::vector<int> minus = range(1, 200);
    minus.erase(minus.begin() + 50, minus.begin() + 52);
    for (const auto& [name, numbers] : {std::pair<const char*, std::vector<int>>{"plus", range(1, 202)}, {"minus", minus}}) {
        INFO(name);
        const fs::path v2 = tmp.path / (std::string(name) + ".pack");
        build(write_sites(tmp.path / name, numbers), v2, v1.string());
        const fs::path delta = tmp.path / (std::string(name) + ".delta");
        const auto info = publish::make_delta(v1.string(), v2.string(), delta.string());
        const auto pack_bytes = static_cast<double>(fs::file_size(v2));
        std::printf("delta for %s 1%% of the items: %lld bytes, %lld row changes; pack %.0f bytes (%.2f%%)\n", name,
                    static_cast<long long>(info.bytes), static_cast<long long>(info.changes), pack_bytes,
                    100.0 * static_cast<double>(info.bytes) / pack_bytes);
        CHECK(static_cast<double>(info.bytes) < 0.03 * pack_bytes);
        // Applied as a kiosk does, it gives the new pack's rows (and, compacted, its bytes).
        const fs::path applied = tmp.path / (std::string(name) + "-applied.pack");
        install::apply_delta(v1.string(), delta.string(), applied.string());
        CHECK(testutil::pack_rows(applied) == testutil::pack_rows(v2));
    }
}

TEST_CASE("no delta between packs of different page sizes (4 KB before kiosk-pack 0.8, 16 KB since)", "[ids][delta]") {
    testutil::TempDir tmp;
    const fs::path built = tmp.path / "built.pack";
    build(write_sites(tmp.path / "flux1", range(1, 20)), built);
    // Both compacted as publish serves them; the old one on 4 KB pages.
    auto compacted = [&](const char* name, const char* sql) {
        const fs::path p = tmp.path / name;
        fs::copy_file(built, p);
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open(p.c_str(), &db) == SQLITE_OK);
        CHECK(sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(db);
        return p;
    };
    const fs::path now = compacted("16k.pack", "VACUUM;");
    const fs::path old = compacted("4k.pack", "PRAGMA page_size = 4096; VACUUM;");
    CHECK(testutil::pack_rows(old) == testutil::pack_rows(now));
    std::string why;
    try {
        publish::make_delta(old.string(), now.string(), (tmp.path / "x.delta").string());
    } catch (const std::exception& e) {
        why = e.what();
    }
    INFO("why: " << why);
    CHECK(why.find("different page sizes") != std::string::npos);
    CHECK_FALSE(fs::exists(tmp.path / "x.delta"));
}

TEST_CASE("stable ids: forced collisions give the same rows in full and incremental builds", "[ids][incremental]") {
    testutil::TempDir tmp;
    constexpr int kBits = 6;  // 63 ids for up to 52 items: collisions everywhere
    const fs::path v1 = tmp.path / "v1.pack";
    build(write_sites(tmp.path / "flux", range(1, 50)), v1, "", kBits);
    auto check_ids = [&](const fs::path& p, std::size_t n) {
        const auto ids = item_ids(p);
        CHECK(ids.size() == n);
        std::set<std::int64_t> distinct;
        for (const auto& [sid, id] : ids) {
            CHECK(id >= 1);
            CHECK(id < (1 << kBits));
            distinct.insert(id);
        }
        CHECK(distinct.size() == n);
    };
    check_ids(v1, 50);
    std::vector<int> numbers = range(1, 52);
    numbers.erase(numbers.begin() + 3);
    const fs::path flux2 = write_sites(tmp.path / "flux", numbers);
    const fs::path full = tmp.path / "full.pack", inc = tmp.path / "inc.pack";
    build(flux2, full, "", kBits);
    const auto r = build(flux2, inc, v1.string(), kBits);
    CHECK(r.incremental);
    check_ids(full, 51);
    CHECK(testutil::pack_rows(inc) == testutil::pack_rows(full));
    // Built twice from scratch: the same bytes (determinism holds with collisions too).
    build(flux2, tmp.path / "again.pack", "", kBits);
    CHECK(testutil::slurp(tmp.path / "again.pack") == testutil::slurp(full));
}

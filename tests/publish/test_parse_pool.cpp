// The ordered parse pool (publish/parse_pool.h) and the build that uses it: whatever the number
// of threads and however the work is timed, events come back in the flux's order and the pack
// is the same bytes, with the same warnings in the same order.
#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "publish/pack_writer.h"
#include "publish/parse_pool.h"
#include "publish_util.h"
#include "test_util.h"

using namespace kiosk;
using namespace kiosk::publish;
namespace fs = std::filesystem;

namespace {

std::string site_json(int n, bool long_text) {
    const std::string id = "https://data.datatourisme.fr/59/p" + std::to_string(n);
    std::string desc(long_text ? 3000 : 40, 'a' + static_cast<char>(n % 26));
    return R"({"@id":")" + id + R"(","@type":["CulturalSite","Museum","PlaceOfInterest","PointOfInterest"],
 "rdfs:label":{"fr":["Site )" + std::to_string(n) + R"("]},
 "hasDescription":[{"shortDescription":{"fr":[")" + desc + R"("]}}],
 "isLocatedAt":[{"schema:geo":{"schema:latitude":"50.)" + std::to_string(1000 + n) + R"(","schema:longitude":"2.5"}}]})";
}

// A stream of objects where every seventh is broken JSON and every fifth has no title, so
// that warnings come from workers as well as results.
std::string object_text(int n) {
    if (n % 7 == 3) return "{\"@id\": \"https://data.datatourisme.fr/59/broken" + std::to_string(n) + "\", ";
    if (n % 5 == 1) return R"({"@id":"https://data.datatourisme.fr/59/untitled)" + std::to_string(n) + R"(","@type":["Museum"]})";
    return site_json(n, n % 4 == 0);
}

struct Event {
    std::string file;
    std::string what;  // "ok <title>", "refused", "other"
    std::vector<std::string> warnings;
    bool operator==(const Event& o) const { return file == o.file && what == o.what && warnings == o.warnings; }
};

std::vector<Event> run_pool(unsigned threads, std::size_t window, std::size_t max_bytes) {
    std::vector<Event> got;
    ParsePool pool(
        [&got](ParsePool::Parsed& p) {
            Event e{p.entry.file, p.ok ? "ok " + p.item.title.begin()->second : "refused", {}};
            for (const Warning& w : p.warnings) e.warnings.push_back(w.to_line());
            got.push_back(std::move(e));
        },
        threads, window, max_bytes);
    for (int n = 0; n < 400; ++n) {
        const IndexEntry entry{"", "", "o/" + std::to_string(n) + ".json"};
        if (n % 11 == 10) pool.then([&got, entry] { got.push_back(Event{entry.file, "other", {}}); });
        else pool.submit(entry, object_text(n));
    }
    pool.finish();
    return got;
}

}  // namespace

TEST_CASE("the parse pool hands results back in the order they came, whatever the threads", "[parse_pool]") {
    const std::vector<Event> alone = run_pool(1, 256, 64u << 20);
    REQUIRE(alone.size() == 400);
    for (int n = 0; n < 400; ++n) CHECK(alone[static_cast<std::size_t>(n)].file == "o/" + std::to_string(n) + ".json");
    CHECK(alone[3].what == "refused");
    CHECK_FALSE(alone[3].warnings.empty());
    CHECK(alone[2].what == "ok Site 2");
    CHECK(alone[10].what == "other");
    // Many threads, a window of 3 events, then a byte cap smaller than one object: the same
    // events, warnings included, in the same order.
    CHECK(run_pool(4, 256, 64u << 20) == alone);
    CHECK(run_pool(8, 3, 64u << 20) == alone);
    CHECK(run_pool(3, 256, 100) == alone);
}

TEST_CASE("a build is the same bytes and warnings with one parsing thread or many", "[parse_pool][pack]") {
    testutil::TempDir tmp;
    std::vector<testutil::FluxObject> objects;
    for (int n = 0; n < 300; ++n) {
        std::string text = object_text(n);
        // write_flux adds @id and lastUpdate around the members: take the members only.
        const auto open = text.find(',');
        objects.push_back({"o" + std::to_string(n), n % 7 == 3 ? "\"x\": [" : text.substr(open + 1, text.size() - open - 2)});
    }
    const fs::path flux = testutil::write_flux(tmp.path / "flux", objects);
    // One listed object missing from objects/: a warning of the stream, in its place.
    {
        std::string index = testutil::slurp(flux / "index.json");
        index.insert(index.size() - 2, ",\n {\"label\":\"gone\",\"lastUpdateDatatourisme\":\"2026-10-01T08:00:00Z\","
                                       "\"file\":\"t/t1/59-missing.json\"}");
        testutil::write_file(flux / "index.json", index);
    }
    // The same flux as a zip: streamed by the source, parsed by the pool.
    std::vector<std::pair<std::string, std::string>> entries;
    for (const auto& f : fs::recursive_directory_iterator(flux))
        if (f.is_regular_file()) entries.emplace_back(fs::relative(f.path(), flux).string(), testutil::slurp(f.path()));
    std::sort(entries.begin(), entries.end());
    testutil::write_zip(tmp.path / "flux.zip", entries);
    auto build = [&](unsigned threads, const char* name, const fs::path& from) {
        auto src = ExportSource::open(from.string());
        BuildOptions opt;
        opt.build_time = "2026-11-01T00:00:00Z";
        opt.parse_threads = threads;
        return build_pack(*src, (tmp.path / name).string(), opt);
    };
    const BuildReport one = build(1, "one.pack", flux);
    const BuildReport many = build(6, "many.pack", flux);
    const BuildReport zip_one = build(1, "zip-one.pack", tmp.path / "flux.zip");
    const BuildReport zip_many = build(6, "zip-many.pack", tmp.path / "flux.zip");
    CHECK(zip_one.objects_read == 300);
    CHECK(zip_one.objects_missing == 1);
    CHECK(testutil::slurp(tmp.path / "zip-one.pack") == testutil::slurp(tmp.path / "zip-many.pack"));
    CHECK(zip_many.warnings.size() == zip_one.warnings.size());
    CHECK(one.objects_read == 300);
    CHECK(one.objects_missing == 1);
    CHECK(one.objects_refused > 0);
    CHECK(one.items_kept > 150);
    CHECK(testutil::slurp(tmp.path / "one.pack") == testutil::slurp(tmp.path / "many.pack"));
    std::vector<std::string> w1, w6;
    for (const Warning& w : one.warnings) w1.push_back(w.to_line());
    for (const Warning& w : many.warnings) w6.push_back(w.to_line());
    CHECK(w1.size() > 40);
    CHECK(w1 == w6);
    CHECK(many.objects_refused == one.objects_refused);
    CHECK(many.items_kept == one.items_kept);
}

TEST_CASE("a zip read on its own thread gives the same events as a sequential stream, kept objects included",
          "[parse_pool][pack]") {
    // A zip with more threads than one is inflated beside the writer (pack_writer.cpp,
    // StreamThread): its decisions about --previous (kept or parsed), its objects and its
    // missing entries must reach the pool in the order a sequential stream gives them.
    testutil::TempDir tmp;
    auto flux_of = [&](const char* name, int changed_every) {
        const auto changed = [&](int n) { return changed_every && n % changed_every == 0; };
        std::vector<testutil::FluxObject> objects;
        for (int n = 0; n < 200; ++n) {
            std::string text = object_text(n);
            const auto open = text.find(',');
            std::string members = n % 7 == 3 ? "\"x\": [" : text.substr(open + 1, text.size() - open - 2);
            if (changed(n) && n % 7 != 3) members += R"(,"dc:identifier":"v2")";
            objects.push_back({"o" + std::to_string(n), members});
        }
        const fs::path dir = testutil::write_flux(tmp.path / name, objects);
        std::string index = testutil::slurp(dir / "index.json");
        index.insert(index.size() - 2, ",\n {\"label\":\"gone\",\"lastUpdateDatatourisme\":\"2026-10-01T08:00:00Z\","
                                       "\"file\":\"t/t1/59-missing.json\"}");
        for (int n = 0; n < 200; n += changed_every ? changed_every : 200) {
            if (!changed(n)) continue;
            const std::string was = R"({"label":"o)" + std::to_string(n) + R"(","lastUpdateDatatourisme":"2026-10-01T08:00:00Z")";
            const auto at = index.find(was);
            REQUIRE(at != std::string::npos);
            index.replace(at + was.size() - 21, 20, "2026-10-02T08:00:00Z");
        }
        testutil::write_file(dir / "index.json", index);
        std::vector<std::pair<std::string, std::string>> entries;
        for (const auto& f : fs::recursive_directory_iterator(dir))
            if (f.is_regular_file()) entries.emplace_back(fs::relative(f.path(), dir).string(), testutil::slurp(f.path()));
        std::sort(entries.begin(), entries.end());
        // index.json last, as in the bench's zip: the objects stream before it is seen again.
        std::stable_partition(entries.begin(), entries.end(), [](const auto& e) { return e.first != "index.json"; });
        const fs::path zip = tmp.path / (std::string(name) + ".zip");
        testutil::write_zip(zip, entries);
        return zip;
    };
    const fs::path base = flux_of("base", 0), later = flux_of("later", 3);
    auto build = [&](unsigned threads, const fs::path& from, const std::string& out, const std::string& previous) {
        auto src = ExportSource::open(from.string());
        BuildOptions opt;
        opt.build_time = "2026-11-01T00:00:00Z";
        opt.parse_threads = threads;
        opt.previous = previous;
        return build_pack(*src, (tmp.path / out).string(), opt);
    };
    const BuildReport b1 = build(1, base, "base1.pack", "");
    const BuildReport b6 = build(6, base, "base6.pack", "");
    CHECK(testutil::slurp(tmp.path / "base1.pack") == testutil::slurp(tmp.path / "base6.pack"));
    const BuildReport i1 = build(1, later, "inc1.pack", (tmp.path / "base1.pack").string());
    const BuildReport i6 = build(6, later, "inc6.pack", (tmp.path / "base1.pack").string());
    CHECK(i1.incremental);
    CHECK(i1.objects_reused > 60);
    CHECK(i1.objects_read > 40);
    CHECK(i1.objects_missing == 1);
    CHECK(i6.objects_reused == i1.objects_reused);
    CHECK(i6.objects_read == i1.objects_read);
    CHECK(testutil::slurp(tmp.path / "inc1.pack") == testutil::slurp(tmp.path / "inc6.pack"));
    for (const auto* pair : {&b1, &i1}) {
        const BuildReport& other = pair == &b1 ? b6 : i6;
        std::vector<std::string> one, many;
        for (const Warning& w : pair->warnings) one.push_back(w.to_line());
        for (const Warning& w : other.warnings) many.push_back(w.to_line());
        CHECK(one.size() > 20);
        CHECK(one == many);
    }
}

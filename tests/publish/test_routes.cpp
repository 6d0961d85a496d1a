// Routes (issue 17): DATAtourisme tours through the importer and the pack writer to the
// reader (Pack::route, routes_of, route_ids), the build report's counts, incremental builds
// and the search. The export's shape is publish/ROUTES.md's.
#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "core/dates.h"
#include "core/pack_check.h"
#include "core/pack_reader.h"
#include "core/route.h"
#include "core/search.h"
#include "publish/delta_make.h"
#include "publish/export_model.h"
#include "publish/pack_writer.h"
#include "publish_util.h"
#include "test_util.h"

using namespace kiosk;
using namespace kiosk::publish;
namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// The @id write_flux gives the n-th object (1-based).
std::string flux_id(int n) {
    char uuid[48];
    std::snprintf(uuid, sizeof uuid, "%08x-0000-0000-0000-000000000000", n);
    return "https://data.datatourisme.fr/59/" + std::string(uuid);
}

testutil::FluxObject place(const std::string& title, double lat, double lon) {
    return {title, R"("@type":["Museum","CulturalSite","PlaceOfInterest","PointOfInterest"],
 "rdfs:label":{"fr":[")" + title + R"("],"en":[")" + title + R"( EN"]},
 "isLocatedAt":[{"schema:geo":{"schema:latitude":")" + std::to_string(lat) + R"(","schema:longitude":")" +
                    std::to_string(lon) + R"("}}])"};
}

// 1, 2: museums in the pack; 3: a restaurant (not asked for, so not in the pack);
// 4: a walking loop without geometry whose steps are 1, a car park (a point of its own),
// 3 (not in the pack, but the step gives a position), 2, an object that is nowhere with no
// name or position (dropped), and a mural known only by its name (listed, not drawn); 5: a
// cycling tour with a schema:line and its steps 2 then 1.
std::vector<testutil::FluxObject> route_flux() {
    return {
        place("Musée du Louvre-Lens", 50.4306, 2.8044),
        place("Base 11-19", 50.4514, 2.7586),
        {"Estaminet", R"("@type":["Restaurant","FoodEstablishment","PointOfInterest"],"rdfs:label":{"fr":["Estaminet"]},
 "isLocatedAt":[{"schema:geo":{"schema:latitude":"50.44","schema:longitude":"2.79"}}])"},
        {"Boucle des terrils", R"("@type":["WalkingTour","Tour","PointOfInterest"],
 "rdfs:label":{"fr":["Boucle des terrils"],"en":["Spoil heaps loop"]},
 "isLocatedAt":[{"schema:geo":{"schema:latitude":"50.4306","schema:longitude":"2.8044"}}],
 "tourDistance":"5400","hasTourType":[{"@id":"kb:Loop","rdfs:label":{"fr":["Boucle"]}}],
 "hasPracticeCondition":[{"duration":"PT1H30M","hasDifficultyLevel":[{"@id":"kb:EasyTour",
   "rdfs:label":{"fr":["Facile"],"en":["Easy"]}}]}],
 "olo:slot":[
  {"olo:index":1,"olo:item":{"@id":")" + flux_id(1) + R"("}},
  {"olo:index":2,"olo:item":{"@id":"https://example.org/parking","rdfs:label":{"fr":["Parking du stade"],"en":["Stadium car park"]},
    "schema:geo":{"schema:latitude":50.44,"schema:longitude":2.78}}},
  {"olo:index":4,"olo:item":{"@id":")" + flux_id(2) + R"("}},
  {"olo:index":3,"olo:item":{"@id":")" + flux_id(3) + R"(","rdfs:label":{"fr":["Estaminet"]},
    "isLocatedAt":[{"schema:geo":{"schema:latitude":"50.44","schema:longitude":"2.79"}}]}},
  {"olo:index":5,"olo:item":{"@id":"https://example.org/nowhere"}},
  {"olo:index":6,"olo:item":{"@id":"https://example.org/mural","rdfs:label":{"fr":["Fresque rue Faidherbe"],"en":["Rue Faidherbe mural"]}}}])"},
        {"Véloroute", R"("@type":["CyclingTour","Tour","PointOfInterest"],"rdfs:label":{"fr":["Véloroute du bassin"]},
 "isLocatedAt":[{"schema:geo":[{"schema:latitude":"50.4514","schema:longitude":"2.7586"},
   {"@type":["schema:GeoShape"],"schema:line":"50.4514 2.7586 50.44 2.78 50.4306,2.8044"}]}],
 "duration":45,
 "olo:slot":[{"olo:index":"1","olo:item":")" + flux_id(2) + R"("},{"olo:index":"2","olo:item":")" + flux_id(1) + R"("}])"},
    };
}

}  // namespace

TEST_CASE("a tour's steps become pack items, named points or are dropped, and its facts are the export's",
          "[routes][datatourisme]") {
    testutil::TempDir tmp;
    testutil::write_flux(tmp.path / "flux", route_flux());
    const fs::path out = tmp.path / "r.pack";
    const BuildReport rep = testutil::build_pack(tmp.path / "flux", out);

    CHECK(rep.routes.routes == 2);
    CHECK(rep.routes.steps_resolved == 4);  // 1 and 2 in each tour
    CHECK(rep.routes.steps_named == 3);     // the car park, the restaurant the pack lacks, the mural
    CHECK(rep.routes.steps_dropped == 1);
    CHECK(rep.routes.paths_from_export == 1);
    CHECK(rep.routes.paths_straight == 1);
    CHECK(std::any_of(rep.warnings.begin(), rep.warnings.end(), [](const Warning& w) {
        return w.field == "olo:slot" && w.message.find("https://example.org/nowhere") != std::string::npos;
    }));

    auto pack = Pack::open(out.string());
    const std::int64_t museum = testutil::item_id_of(out, flux_id(1)), base = testutil::item_id_of(out, flux_id(2));
    const std::int64_t loop = testutil::item_id_of(out, flux_id(4)), bike = testutil::item_id_of(out, flux_id(5));
    REQUIRE(museum);
    REQUIRE(loop);
    CHECK(testutil::item_id_of(out, flux_id(3)) == 0);
    auto ids = pack->route_ids();
    std::sort(ids.begin(), ids.end());
    std::vector<std::int64_t> want{loop, bike};
    std::sort(want.begin(), want.end());
    CHECK(ids == want);

    const auto r = pack->route(loop, "en");
    REQUIRE(r);
    CHECK(r->title.value == "Spoil heaps loop");
    CHECK(r->means == RouteMeans::Walk);
    CHECK(r->length_m == 5400);
    CHECK(r->duration_min == 90);
    CHECK(r->loop);
    CHECK(r->difficulty.value == "Easy");
    REQUIRE(r->steps.size() == 5);  // olo:index order; the step with nothing is left out
    CHECK(r->steps[0].item_id == museum);
    CHECK(r->steps[0].name.value == "Musée du Louvre-Lens EN");
    CHECK(r->steps[1].item_id == 0);
    CHECK(r->steps[1].name.value == "Stadium car park");
    CHECK(r->steps[1].has_geo);
    CHECK(r->steps[2].item_id == 0);
    CHECK(r->steps[2].name.value == "Estaminet");
    CHECK(r->steps[3].item_id == base);
    CHECK(r->steps[4].item_id == 0);
    CHECK(r->steps[4].name.value == "Rue Faidherbe mural");
    CHECK_FALSE(r->steps[4].has_geo);
    CHECK_FALSE(r->path_from_export);
    REQUIRE(r->path.size() == 4);  // straight legs between the four steps with a position
    CHECK(r->path[0].lat == Approx(50.4306));
    CHECK(r->path[3].lon == Approx(2.7586));

    const auto b = pack->route(bike, "fr");
    REQUIRE(b);
    CHECK(b->means == RouteMeans::Bike);
    CHECK(b->length_m == 0);  // not in the export: not shown, never computed
    CHECK(b->duration_min == 45);
    CHECK_FALSE(b->loop);
    CHECK(b->difficulty.empty());
    CHECK(b->path_from_export);
    REQUIRE(b->path.size() == 3);
    CHECK(b->path[2].lat == Approx(50.4306));
    CHECK(b->path[2].lon == Approx(2.8044));
    REQUIRE(b->steps.size() == 2);
    CHECK(b->steps[0].item_id == base);

    // "Part of route X": the museum is step 1 of the loop and step 2 of the cycling tour.
    const auto refs = pack->routes_of(museum, "fr");
    REQUIRE(refs.size() == 2);
    CHECK(refs[0].title.value == "Boucle des terrils");
    CHECK(refs[0].step == 1);
    CHECK(refs[1].title.value == "Véloroute du bassin");
    CHECK(refs[1].step == 2);
    // The base is the loop's 5th step in the export, its 4th shown (the dropped one comes after).
    const auto base_refs = pack->routes_of(base, "fr");
    REQUIRE(base_refs.size() == 2);
    CHECK(base_refs[0].step == 4);
    CHECK(pack->routes_of(loop, "fr").empty());
    CHECK_FALSE(pack->route(museum, "fr"));

    // Routes are items: the search finds them by title, in any language.
    const SearchIndex index(*pack);
    auto found = [&](const char* q) {
        for (const SearchHit& h : index.query(q, "en"))
            if (h.item_id == loop) return true;
        return false;
    };
    CHECK(found("terrils"));
    CHECK(found("spoil heaps"));

    CHECK_NOTHROW(check_pack_readable(out.string()));
}

TEST_CASE("an incremental build and a delta keep routes right when their steps' objects come and go", "[routes][incremental]") {
    testutil::TempDir tmp;
    auto objects = route_flux();
    testutil::write_flux(tmp.path / "v1", objects);
    const fs::path v1 = tmp.path / "v1.pack";
    testutil::build_pack(tmp.path / "v1", v1);

    // v2: the base becomes a restaurant, not asked for, so it leaves the pack (its steps have
    // no position of their own: dropped); the cycling
    // tour changes its distance, the loop is unchanged (copied from v1).
    auto v2_objects = objects;
    v2_objects[1] = {"Estaminet 2", R"("@type":["Restaurant","PointOfInterest"],"rdfs:label":{"fr":["Estaminet 2"]})"};
    v2_objects[4].members += R"(,"tourDistance":12000)";
    testutil::write_flux(tmp.path / "v2", v2_objects);
    // write_flux gives every object the same lastUpdate: change the two that changed.
    for (const char* f : {"00000002", "00000005"}) {
        const fs::path obj = tmp.path / "v2" / "objects" / "t" / "t1" / ("59-" + std::string(f) + "-0000-0000-0000-000000000000.json");
        std::string text = slurp(obj);
        text.replace(text.find("2026-10-01T08:00:00Z"), 20, "2026-10-02T08:00:00Z");
        testutil::write_file(obj, text);
    }
    std::string index = slurp(tmp.path / "v2" / "index.json");
    for (const char* f : {"00000002", "00000005"}) {
        const auto at = index.rfind("2026-10-01T08:00:00Z", index.find(f));
        index.replace(at, 20, "2026-10-02T08:00:00Z");
    }
    testutil::write_file(tmp.path / "v2" / "index.json", index);

    auto src = ExportSource::open((tmp.path / "v2").string());
    BuildOptions opt;
    opt.build_time = "2026-11-01T00:00:00Z";
    opt.previous = v1.string();
    const fs::path inc = tmp.path / "inc.pack";
    const BuildReport rep = build_pack(*src, inc.string(), opt);
    REQUIRE(rep.incremental);
    CHECK(rep.objects_reused >= 2);  // the loop is among them
    const fs::path full = tmp.path / "full.pack";
    testutil::build_pack(tmp.path / "v2", full);
    CHECK(testutil::pack_rows(inc) == testutil::pack_rows(full));
    // A kiosk on v1 takes v2 as a delta: the route rows change with their items.
    const fs::path delta = tmp.path / "v1-v2.delta", applied = tmp.path / "applied.pack";
    const DeltaInfo d = make_delta(v1.string(), full.string(), delta.string());
    CHECK(d.changes > 0);
    install::apply_delta(v1.string(), delta.string(), applied.string());
    CHECK(testutil::pack_rows(applied) == testutil::pack_rows(full));

    CHECK(rep.routes.routes == 2);
    CHECK(rep.routes.steps_resolved == 2);  // the museum, in each tour
    CHECK(rep.routes.steps_dropped == 3);   // the base twice, and nowhere

    auto pack = Pack::open(inc.string());
    const auto loop = pack->route(testutil::item_id_of(inc, flux_id(4)), "fr");
    REQUIRE(loop);
    CHECK(loop->steps.size() == 4);  // the museum, the car park, the restaurant, the mural
    const auto bike = pack->route(testutil::item_id_of(inc, flux_id(5)), "fr");
    REQUIRE(bike);
    CHECK(bike->length_m == 12000);
    CHECK(bike->steps.size() == 1);
    CHECK(bike->path_from_export);
}

TEST_CASE("tour facts the importer cannot read are dropped with a warning, never guessed", "[routes][datatourisme]") {
    auto parse = [](const std::string& members, std::vector<Warning>& warnings) {
        ExportItem it;
        const std::string json = R"({"@id":"https://data.datatourisme.fr/59/x","@type":["Tour"],"rdfs:label":{"fr":["T"]},)" +
                                 members + "}";
        REQUIRE(parse_object("x.json", json, it, warnings));
        return it;
    };
    std::vector<Warning> w;
    auto it = parse(R"("tourDistance":"loin","duration":"two hours","isLocatedAt":[{"schema:geo":{"schema:line":"50 2 51"}}],
      "olo:slot":[{"olo:index":1,"olo:item":{"rdfs:label":{"fr":["Sans rien"]}}}])",
                    w);
    CHECK(it.kind == "route");
    CHECK(it.route.length_m == 0);
    CHECK(it.route.duration_min == 0);
    CHECK(it.route.path.empty());
    CHECK(it.route.steps.empty());
    CHECK(it.route.means.empty());  // plain Tour: the means is not said
    CHECK(w.size() >= 4);

    w.clear();
    it = parse(R"("@type":["RoadTour","Tour"],"duration":"P1DT2H","hasTourType":{"@id":"kb:OneWay"},
      "hasDifficultyLevel":{"rdfs:label":{"fr":["Difficile"]}},"isLocatedAt":[{"schema:geo":{"schema:line":"50 2 91 2"}}])",
               w);
    CHECK(it.route.duration_min == 26 * 60);
    CHECK_FALSE(it.route.loop);
    CHECK(it.route.difficulty.empty());
    CHECK(it.route.difficulty_label.at("fr") == "Difficile");
    CHECK(it.route.path.empty());  // a point out of range: the whole path goes
    CHECK_FALSE(w.empty());

    // Not a tour: nothing of the route is read.
    w.clear();
    ExportItem site;
    REQUIRE(parse_object("s.json", R"({"@id":"s","@type":["Museum"],"rdfs:label":{"fr":["M"]},"tourDistance":5})", site, w));
    CHECK(site.route.empty());
}

TEST_CASE("a path round-trips through the pack's int32 microdegree encoding", "[routes]") {
    const std::vector<GeoPoint> pts{{50.4306123, 2.8044}, {-33.9, -70.1234567}, {90, 180}};
    const std::string bytes = encode_path(pts);
    CHECK(bytes.size() == 24);
    std::vector<GeoPoint> back;
    REQUIRE(decode_path(bytes, back));
    REQUIRE(back.size() == 3);
    CHECK(back[0].lat == Approx(50.430612).margin(1e-6));
    CHECK(back[1].lon == Approx(-70.123457).margin(1e-6));
    CHECK_FALSE(decode_path(bytes.substr(0, 12), back));
    CHECK(back.empty());
    CHECK_FALSE(decode_path(bytes.substr(0, 8), back));  // one point is not a path
    std::string bad = bytes;
    bad[3] = 0x7f;  // a latitude far past 90
    CHECK_FALSE(decode_path(bad, back));
}

// The sample export (content/, from catalogue/routes.py by build_export.py): its routes reach
// the pack with every step an item of the pack or a named point, none dropped, each route
// titled in every content language and drawn between at least two placed steps.
TEST_CASE("the sample export's routes reach the pack with all their steps", "[routes][content]") {
    testutil::TempDir tmp;
    const fs::path out = tmp.path / "content.pack";
    const BuildReport rep = testutil::build_pack(KIOSK_CONTENT_DIR, out);
    if (rep.per_kind.count("route") == 0) return;  // a catalogue without routes.py
    CHECK(rep.routes.routes == static_cast<std::size_t>(rep.per_kind.at("route")));
    CHECK(rep.routes.routes >= 5);
    CHECK(rep.routes.steps_dropped == 0);
    CHECK(rep.routes.steps_resolved > rep.routes.steps_named);
    auto pack = Pack::open(out.string());
    for (std::int64_t id : pack->route_ids()) {
        for (const char* lang : {"fr", "en", "nl", "de"}) {
            const auto r = pack->route(id, lang);
            REQUIRE(r);
            INFO(r->title.value);
            CHECK(r->title.lang == lang);
            CHECK(r->steps.size() >= 2);
            CHECK(r->path.size() >= 2);  // from the export, or straight legs between its steps
            CHECK(r->means != RouteMeans::Unknown);
            for (const RouteStep& s : r->steps) {
                // Items all have a position; a named point only when a source gives one (the
                // Boulogne murals are known by street, so they are listed, not placed).
                if (s.item_id) CHECK(s.has_geo);
                CHECK_FALSE(s.name.empty());
                if (s.item_id) {
                    const auto refs = pack->routes_of(s.item_id, lang);
                    CHECK(std::any_of(refs.begin(), refs.end(), [&](const RouteRef& x) { return x.route_id == id; }));
                }
            }
        }
    }
}

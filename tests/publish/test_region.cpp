// The region a pack carries (name, box, welcome texts): derived from the items when kiosk-pack
// is not told, with far outliers left out of the box, and written to meta as given otherwise.
#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <cmath>

#include "core/map_data.h"
#include "core/pack_reader.h"
#include "publish/pack_writer.h"
#include "publish/region.h"
#include "publish_util.h"
#include "test_util.h"

namespace fs = std::filesystem;
using namespace kiosk;
using publish::NameCount;

namespace {

using testutil::FluxObject;
using testutil::TempDir;

// A site with a full 2024-shape address (city, department, region) and a position.
FluxObject site(const std::string& title, const std::string& town, double lat, double lon,
                const std::string& dep_insee, const std::string& dep, const std::string& reg_insee, const std::string& reg) {
    char geo[128];
    std::snprintf(geo, sizeof geo, R"("schema:geo":{"schema:latitude":"%.5f","schema:longitude":"%.5f"})", lat, lon);
    return {title, R"("@type":["CulturalSite","PlaceOfInterest","PointOfInterest"],
 "rdfs:label":{"fr":[")" + title + R"("]},
 "isLocatedAt":[{"schema:address":[{"schema:addressLocality":")" + town + R"(",
   "hasAddressCity":{"@id":"kb:x","@type":["City"],"rdfs:label":{"fr":[")" + town + R"("]},
     "isPartOfDepartment":{"@id":"kb:d","@type":["Department"],"rdfs:label":{"fr":[")" + dep + R"("],"en":["x"]},
       "insee":")" + dep_insee + R"(",
       "isPartOfRegion":{"@id":"kb:r","@type":["Region"],"rdfs:label":{"fr":[")" + reg + R"("]},"insee":")" +
                              reg_insee + R"("}}}}],
   )" + geo + "}]"};
}

// Three sights around Carcassonne (Aude, Occitanie) and one whose coordinates are Lille's: a
// typo in the export that must not stretch the region across France.
std::vector<FluxObject> aude_with_outlier() {
    return {site("Cité de Carcassonne", "Carcassonne", 43.2070, 2.3631, "11", "Aude", "76", "Occitanie"),
            site("Abbaye de Lagrasse", "Lagrasse", 43.0920, 2.6200, "11", "Aude", "76", "Occitanie"),
            site("Château de Peyrepertuse", "Duilhac", 42.8710, 2.5600, "11", "Aude", "76", "Occitanie"),
            site("Musée mal placé", "Limoux", 50.6366, 3.0635, "11", "Aude", "76", "Occitanie")};
}

std::string meta_of(const fs::path& pack, const std::string& key) { return Pack::open(pack.string())->meta(key); }

publish::BuildReport build(const fs::path& flux, const fs::path& out, publish::BuildOptions opt = {}) {
    auto src = publish::ExportSource::open(flux.string());
    opt.build_time = "2026-11-01T00:00:00Z";
    return publish::build_pack(*src, out.string(), opt);
}

}  // namespace

TEST_CASE("the default region box leaves far outliers out and adds a margin", "[region]") {
    GeoBox b;
    CHECK_FALSE(publish::default_region_box({}, b));

    // Aude with one item in Lille: the box is Aude's, Lille is out.
    const std::vector<LonLat> aude{{2.3631, 43.2070}, {2.6200, 43.0920}, {2.5600, 42.8710}, {3.0635, 50.6366}};
    REQUIRE(publish::default_region_box(aude, b));
    for (size_t i = 0; i < 3; ++i) CHECK(b.contains(aude[i]));
    CHECK_FALSE(b.contains(aude[3]));
    CHECK(b.north < 44.0);
    // The margin: no item on the box's edge.
    CHECK(b.west < 2.3631 - 0.01);
    CHECK(b.south < 42.8710 - 0.01);

    // A real region's spread is kept whole, even lopsided: most items in Lille, a few on the
    // coast and in the Avesnois 100-150 km away.
    std::vector<LonLat> npdc(30, LonLat{3.06, 50.63});
    npdc.push_back({1.6147, 50.7264});  // Boulogne-sur-Mer
    npdc.push_back({1.5928, 50.4081});  // Berck
    npdc.push_back({4.0533, 50.0153});  // Fourmies
    REQUIRE(publish::default_region_box(npdc, b));
    for (const LonLat& p : npdc) CHECK(b.contains(p));

    // One item: a box of about 55 km around it, never a point.
    REQUIRE(publish::default_region_box({{-0.5632, 47.4784}}, b));
    CHECK(b.contains({-0.5632, 47.4784}));
    CHECK(b.north - b.south == Approx(0.5));
    CHECK(b.east - b.west == Approx(0.5 / std::cos(47.4784 * M_PI / 180)).epsilon(0.01));
    CHECK(b.centre().lat == Approx(47.4784));
}

TEST_CASE("the default region name: region label, else department, else town", "[region]") {
    const std::vector<NameCount> none;
    CHECK(publish::default_region_name({{"Occitanie", 3}, {"Nouvelle-Aquitaine", 1}}, {{"Aude", 3}}, {{"Carcassonne", 2}}) ==
          "Occitanie");
    CHECK(publish::default_region_name(none, {{"Aude", 1}, {"Hérault", 2}}, {{"Carcassonne", 5}}) == "Hérault");
    CHECK(publish::default_region_name(none, none, {{"Lens", 2}, {"Arras", 2}, {"Lille", 1}}) == "Arras");  // tie: first by name
    CHECK(publish::default_region_name({{"", 9}}, none, none).empty());
}

TEST_CASE("a pack built without region options derives them from its items", "[region][pack]") {
    TempDir tmp;
    const auto flux = testutil::write_flux(tmp.path / "flux", aude_with_outlier());
    const fs::path pack = tmp.path / "aude.pack";
    const auto rep = build(flux, pack);
    REQUIRE(rep.items_kept == 4);
    CHECK(meta_of(pack, "region") == "Occitanie");
    GeoBox box;
    REQUIRE(parse_bbox(meta_of(pack, "bbox"), box));
    CHECK(box.contains({2.3631, 43.2070}));
    CHECK(box.contains({2.5600, 42.8710}));
    CHECK_FALSE(box.contains({3.0635, 50.6366}));
    CHECK(meta_of(pack, "welcome.fr").empty());

    // The department's labels are kept, for the next incremental build to name the region too.
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(pack.string().c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "SELECT insee, name, region_insee, region_name FROM department", -1, &st, nullptr) ==
            SQLITE_OK);
    REQUIRE(sqlite3_step(st) == SQLITE_ROW);
    CHECK(std::string(reinterpret_cast<const char*>(sqlite3_column_text(st, 0))) == "11");
    CHECK(std::string(reinterpret_cast<const char*>(sqlite3_column_text(st, 1))) == "Aude");
    CHECK(std::string(reinterpret_cast<const char*>(sqlite3_column_text(st, 2))) == "76");
    CHECK(std::string(reinterpret_cast<const char*>(sqlite3_column_text(st, 3))) == "Occitanie");
    CHECK(sqlite3_step(st) == SQLITE_DONE);
    sqlite3_finalize(st);
    sqlite3_close(db);

    // Rebuilt with --previous, every object reused: same name, same rows.
    publish::BuildOptions again;
    again.previous = pack.string();
    const fs::path pack2 = tmp.path / "aude2.pack";
    const auto rep2 = build(flux, pack2, again);
    CHECK(rep2.objects_reused == 4);
    CHECK(meta_of(pack2, "region") == "Occitanie");
    CHECK(testutil::pack_rows(pack2) == testutil::pack_rows(pack));
}

TEST_CASE("region name, box and welcome texts given to the build are written as given", "[region][pack]") {
    TempDir tmp;
    const auto flux = testutil::write_flux(tmp.path / "flux", aude_with_outlier());
    publish::BuildOptions opt;
    opt.region = "Pays cathare";
    opt.has_region_box = true;
    opt.region_box = {1.6, 3.3, 42.6, 43.5};
    opt.welcome = {{"fr", "Bienvenue en Pays cathare"}, {"en", "Welcome to Cathar Country"}};
    const fs::path pack = tmp.path / "given.pack";
    build(flux, pack, opt);
    CHECK(meta_of(pack, "region") == "Pays cathare");
    CHECK(meta_of(pack, "bbox") == "42.600000,1.600000,43.500000,3.300000");
    CHECK(meta_of(pack, "welcome.fr") == "Bienvenue en Pays cathare");
    CHECK(meta_of(pack, "welcome.en") == "Welcome to Cathar Country");
    CHECK(meta_of(pack, "welcome.nl").empty());
}

TEST_CASE("without region labels the name is the most common department, else town", "[region][pack]") {
    TempDir tmp;
    // No hasAddressCity at all: only towns.
    auto town_only = [](const std::string& title, const std::string& town) {
        return FluxObject{title, R"("@type":["Museum","PointOfInterest"],"rdfs:label":{"fr":[")" + title +
                                     R"("]},"isLocatedAt":[{"schema:address":[{"schema:addressLocality":")" + town +
                                     R"("}],"schema:geo":{"schema:latitude":"47.47","schema:longitude":"-0.55"}}])"};
    };
    const auto flux = testutil::write_flux(
        tmp.path / "flux", {town_only("Château d'Angers", "Angers"), town_only("Musée Jean-Lurçat", "Angers"),
                            town_only("Abbaye", "Saumur")});
    build(flux, tmp.path / "t.pack");
    CHECK(meta_of(tmp.path / "t.pack", "region") == "Angers");
}

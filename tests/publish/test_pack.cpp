// Pack writer and reader tested against each other: build a small pack from a flux written by
// the test, read it back, then damage copies of it and check each is refused with a reason.
#include <catch2/catch.hpp>

#include <sqlite3.h>
#include <stb/stb_image_write.h>

#include <algorithm>
#include <filesystem>

#include "core/image_decode.h"
#include "core/pack_reader.h"
#include "core/schema.h"
#include "core/search.h"
#include "publish/pack_writer.h"
#include "publish_util.h"
#include "test_util.h"

namespace fs = std::filesystem;
using namespace kiosk;

namespace {

using testutil::slurp;
using testutil::TempDir;

void write(const fs::path& p, const std::string& s) { testutil::write_file(p, s); }

void png_to(void* ctx, void* data, int n) { static_cast<std::string*>(ctx)->append(static_cast<char*>(data), n); }

std::string make_png(int w, int h) {
    std::vector<unsigned char> px(static_cast<size_t>(w) * h * 3);
    for (size_t i = 0; i < px.size(); ++i) px[i] = static_cast<unsigned char>(i * 7 % 251);
    std::string out;
    stbi_write_png_to_func(png_to, &out, w, h, 3, px.data(), w * 3);
    return out;
}

// A three-object flux in the 2024 shape: a museum with hours and a picture, a belfry titled in
// French only, and an event with one past and two future periods given out of order.
fs::path make_flux(const fs::path& root) {
    write(root / "images/museum.png", make_png(900, 600));
    write(root / "index.json", R"([
 {"label":"Musée","lastUpdateDatatourisme":"2026-10-01T08:00:00.5Z","file":"a/a1/62-a1000000-0000-0000-0000-000000000001.json"},
 {"label":"Beffroi","lastUpdateDatatourisme":"2026-10-02T08:00:00Z","file":"b/b2/59-b2000000-0000-0000-0000-000000000002.json"},
 {"label":"Fête","lastUpdateDatatourisme":"2026-10-03T08:00:00Z","file":"c/c3/59-c3000000-0000-0000-0000-000000000003.json"}
])");
    write(root / "objects/a/a1/62-a1000000-0000-0000-0000-000000000001.json", R"({
 "@id":"https://data.datatourisme.fr/62/a1000000-0000-0000-0000-000000000001",
 "@type":["CulturalSite","Museum","PlaceOfInterest","PointOfInterest"],
 "rdfs:label":{"fr":["Musée d’essai"],"en":["Test museum"],"nl":["Testmuseum"]},
 "hasDescription":[{"shortDescription":{"fr":["Un musée."],"en":["A museum."]}}],
 "isLocatedAt":[{"schema:address":[{"schema:addressLocality":"Lens","schema:postalCode":"62300",
     "schema:streetAddress":["99 rue Paul Bert"]}],
   "schema:geo":{"schema:latitude":"50.4301","schema:longitude":"2.8036"},
   "schema:openingHoursSpecification":[{"schema:dayOfWeek":[{"@id":"schema:Monday"},{"@id":"schema:Wednesday"}],
     "schema:opens":"10:00:00","schema:closes":"18:00:00"}]}],
 "hasContact":[{"foaf:homepage":["https://example.org/musee"],"schema:telephone":["+33 3 21 00 00 00"]}],
 "hasMainRepresentation":[{"ebucore:hasAnnotation":[{"credits":["Test credit"]}],
   "ebucore:hasRelatedResource":[{"ebucore:locator":["images/museum.png"]}]}],
 "lastUpdateDatatourisme":"2026-10-01T08:00:00.5Z"})");
    write(root / "objects/b/b2/59-b2000000-0000-0000-0000-000000000002.json", R"({
 "@id":"https://data.datatourisme.fr/59/b2000000-0000-0000-0000-000000000002",
 "@type":["CulturalSite","RemarkableBuilding","Tower","PlaceOfInterest","PointOfInterest"],
 "rdfs:label":{"fr":["Beffroi d’essai"]},
 "isLocatedAt":[{"schema:address":[{"schema:addressLocality":"Douai"}],
   "schema:geo":{"schema:latitude":50.3703,"schema:longitude":3.0799}}],
 "lastUpdateDatatourisme":"2026-10-02T08:00:00Z"})");
    write(root / "objects/c/c3/59-c3000000-0000-0000-0000-000000000003.json", R"({
 "@id":"https://data.datatourisme.fr/59/c3000000-0000-0000-0000-000000000003",
 "@type":["schema:Event","EntertainmentAndEvent","Festival","PointOfInterest"],
 "rdfs:label":{"fr":["Fête d’essai"],"en":["Test festival"]},
 "takesPlaceAt":[
   {"startDate":"2027-07-03","endDate":"2027-07-05","startTime":"10:00:00","endTime":"19:00:00"},
   {"startDate":"2025-07-05","endDate":"2025-07-07"},
   {"startDate":"2026-12-12","endDate":"2026-12-12"}],
 "isLocatedAt":[{"schema:address":[{"schema:addressLocality":"Douai"}]}],
 "lastUpdateDatatourisme":"2026-10-03T08:00:00Z"})");
    return root;
}

publish::BuildReport build(const fs::path& flux, const fs::path& out) {
    auto src = publish::ExportSource::open(flux.string());
    publish::BuildOptions opt;
    opt.pack_version = 7;
    opt.build_time = "2026-11-01T00:00:00Z";
    return publish::build_pack(*src, out.string(), opt);
}

PackError::Code refusal(const fs::path& p) {
    try {
        Pack::open(p.string());
    } catch (const PackError& e) {
        INFO(e.what());
        CHECK(std::string(e.what()).find('\n') == std::string::npos);  // one line
        return e.code();
    }
    FAIL("pack was accepted: " << p);
    return PackError::Code::NotFound;
}

void set_pragma(const fs::path& p, const std::string& sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(p.string().c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
}

}  // namespace

TEST_CASE("a pack written from a flux reads back the same content", "[pack]") {
    TempDir tmp;
    const auto pack_path = tmp.path / "test.pack";
    auto rep = build(make_flux(tmp.path / "flux"), pack_path);
    CHECK(rep.objects_read == 3);
    CHECK(rep.items_kept == 3);
    CHECK(rep.images_stored == 1);
    CHECK(rep.images_failed == 0);
    CHECK_FALSE(fs::exists(pack_path.string() + ".tmp"));

    auto pack = Pack::open(pack_path.string());
    CHECK(pack->meta("pack_version") == "7");
    CHECK(pack->meta("build_time") == "2026-11-01T00:00:00Z");
    CHECK(pack->meta("count_belfry") == "1");
    CHECK(pack->meta("languages") == "en,fr,nl");
    CHECK(pack->meta("source_export_date") == "2026-10-03T08:00:00Z");
    CHECK(pack->count("site") == 1);

    const DateTime today{{2026, 11, 21}, 600};
    // The belfry has a French title only: a Dutch visitor gets it, marked as French.
    auto belfries = pack->cards("belfry", "nl", today);
    REQUIRE(belfries.size() == 1);
    CHECK(belfries[0].title.value == "Beffroi d’essai");
    CHECK(belfries[0].title.lang == "fr");
    CHECK(belfries[0].town == "Douai");

    auto sites = pack->cards("site", "nl", today);
    REQUIRE(sites.size() == 1);
    CHECK(sites[0].title.value == "Testmuseum");
    CHECK(sites[0].title.lang == "nl");
    REQUIRE(sites[0].thumb_media != 0);

    // Thumbnail and full picture decode, and keep the card's 3:2 shape.
    std::string jpeg, full;
    REQUIRE(pack->thumbnail(sites[0].thumb_media, jpeg));
    RgbaImage thumb;
    std::string err;
    REQUIRE(decode_image(jpeg, thumb, err));
    CHECK(thumb.width * 2 == thumb.height * 3);
    REQUIRE(pack->media(sites[0].thumb_media, full));
    ImageInfo info;
    REQUIRE(probe_image(full, info, err));
    CHECK(info.width == 900);

    auto museum = pack->item(sites[0].id, "de", today);
    CHECK(museum.title.value == "Test museum");  // no German: English comes first
    CHECK(museum.title.lang == "en");
    CHECK(museum.short_desc.value == "A museum.");
    CHECK(museum.street == "99 rue Paul Bert");
    CHECK(museum.has_geo);
    CHECK(museum.lat == Approx(50.4301));
    REQUIRE(museum.hours.size() == 2);
    CHECK(museum.hours[0].day_of_week == 1);
    CHECK(museum.hours[0].opens == "10:00");
    REQUIRE(museum.contacts.size() == 2);
    REQUIRE(museum.media.size() == 1);
    CHECK(museum.media[0].credits == "Test credit");

    // The event's past period is gone and the others come soonest first.
    auto events = pack->cards("event", "fr", today);
    REQUIRE(events.size() == 1);
    CHECK(events[0].next_start == "2026-12-12");
    auto fete = pack->item(events[0].id, "fr", today);
    REQUIRE(fete.periods.size() == 2);
    CHECK(fete.periods[0].start_date == "2026-12-12");
    CHECK(fete.periods[0].start_time.empty());
    CHECK(fete.periods[1].start_time == "10:00");
    CHECK(fete.periods[1].end_date == "2027-07-05");
    // After its last period the event disappears from lists.
    CHECK(pack->cards("event", "fr", DateTime{{2027, 7, 6}, 0}).empty());
}

TEST_CASE("the same flux gives a byte-identical pack", "[pack]") {
    TempDir tmp;
    const auto flux = make_flux(tmp.path / "flux");
    build(flux, tmp.path / "a.pack");
    build(flux, tmp.path / "b.pack");
    CHECK(slurp(tmp.path / "a.pack") == slurp(tmp.path / "b.pack"));
}

TEST_CASE("foreign, damaged and future files are refused with a reason", "[pack]") {
    TempDir tmp;
    const auto good = tmp.path / "good.pack";
    build(make_flux(tmp.path / "flux"), good);

    SECTION("missing file") { CHECK(refusal(tmp.path / "absent.pack") == PackError::Code::NotFound); }
    SECTION("a text file") {
        write(tmp.path / "notes.pack", "this is not a database, just some text that is long enough");
        CHECK(refusal(tmp.path / "notes.pack") == PackError::Code::NotAPack);
    }
    SECTION("an empty file") {
        write(tmp.path / "empty.pack", "");
        CHECK(refusal(tmp.path / "empty.pack") == PackError::Code::NotAPack);
    }
    SECTION("another application's SQLite database") {
        const auto other = tmp.path / "other.db";
        set_pragma(other, "CREATE TABLE t(x); PRAGMA application_id = 1234;");
        CHECK(refusal(other) == PackError::Code::ForeignApplication);
    }
    SECTION("a plain SQLite database with no application id") {
        const auto other = tmp.path / "plain.db";
        set_pragma(other, "CREATE TABLE t(x);");
        CHECK(refusal(other) == PackError::Code::ForeignApplication);
    }
    SECTION("a pack from a future format version") {
        const auto future = tmp.path / "future.pack";
        fs::copy_file(good, future);
        set_pragma(future, "PRAGMA user_version = " + std::to_string(kSchemaVersion + 1) + ";");
        CHECK(refusal(future) == PackError::Code::UnknownVersion);
        set_pragma(future, "PRAGMA user_version = 0;");
        CHECK(refusal(future) == PackError::Code::UnknownVersion);
    }
    SECTION("a truncated pack") {
        const std::string bytes = slurp(good);
        write(tmp.path / "short.pack", bytes.substr(0, bytes.size() / 2));
        CHECK(refusal(tmp.path / "short.pack") == PackError::Code::Corrupt);
    }
    SECTION("a pack with a damaged b-tree page") {
        std::string bytes = slurp(good);
        // Page 2 holds a table root; garbage in its header is structural damage. The page
        // size is the header's big-endian 16-bit field at offset 16.
        REQUIRE(bytes.size() > 100);
        const size_t page = (static_cast<unsigned char>(bytes[16]) << 8) | static_cast<unsigned char>(bytes[17]);
        REQUIRE(page == 16384);
        REQUIRE(bytes.size() > 3 * page);
        for (size_t i = page; i < page + 12; ++i) bytes[i] = static_cast<char>(0xA5);
        write(tmp.path / "flipped.pack", bytes);
        CHECK(refusal(tmp.path / "flipped.pack") == PackError::Code::Corrupt);
    }
}

// ------------------------------------------------------------------------------------------
// Streaming build: search index, selection, incremental rebuild, determinism, hostile input.

namespace {

// One object of a hand-made flux: its uuid (file and @id), index date, and JSON members.
struct Obj {
    std::string uuid, date, members;
};

std::string obj_file(const Obj& o) { return o.uuid.substr(0, 1) + "/" + o.uuid.substr(0, 2) + "/59-" + o.uuid + ".json"; }

// Writes index.json (in the order given) and the object files; removes a previous flux first.
fs::path write_objs(const fs::path& root, const std::vector<Obj>& objs) {
    fs::remove_all(root);
    std::string index = "[";
    for (const Obj& o : objs) {
        index += std::string(index.size() > 1 ? ",\n" : "\n") + R"({"label":"x","lastUpdateDatatourisme":")" + o.date +
                 R"(","file":")" + obj_file(o) + "\"}";
        write(root / "objects" / obj_file(o), "{\"@id\":\"https://data.datatourisme.fr/59/" + o.uuid + "\"," + o.members +
                                                  ",\"lastUpdateDatatourisme\":\"" + o.date + "\"}");
    }
    write(root / "index.json", index + "\n]");
    return root;
}

std::string site(const std::string& title, const std::string& town, double lat, double lon, const std::string& dep = "59") {
    char geo[96];
    std::snprintf(geo, sizeof geo, R"("schema:geo":{"schema:latitude":"%.4f","schema:longitude":"%.4f"})", lat, lon);
    return R"("@type":["CulturalSite","Museum","PlaceOfInterest"],"rdfs:label":{"fr":[")" + title +
           R"("],"en":["EN )" + title + R"("]},"hasDescription":[{"shortDescription":{"fr":["Court )" + title +
           R"("]}}],"isLocatedAt":[{"schema:address":[{"schema:addressLocality":")" + town +
           R"(","hasAddressCity":{"isPartOfDepartment":{"insee":")" + dep + R"("}}}],)" + geo + "}]";
}

const std::string kEvent = R"("@type":["schema:Event","Festival"],"rdfs:label":{"fr":["Carnaval de Dunkerque"]},
 "hasTheme":[{"@id":"kb:Carnival","rdfs:label":{"fr":["Carnaval"]}}],
 "takesPlaceAt":[{"startDate":"2027-02-10","endDate":"2027-02-10"},{"startDate":"2027-02-01","endDate":"2027-02-02"}],
 "isLocatedAt":[{"schema:address":[{"schema:addressLocality":"Dunkerque","schema:postalCode":"59140"}]}])";
const std::string kRestaurant = R"("@type":["Restaurant","FoodEstablishment","PlaceOfInterest"],"rdfs:label":{"fr":["Estaminet"]})";

std::vector<Obj> base_flux() {
    return {
        {"a1000000-0000-0000-0000-000000000001", "2026-10-01T08:00:00.5Z", site("Musée de Béthune", "Béthune", 50.53, 2.64, "62") +
             R"(,"hasMainRepresentation":[{"ebucore:hasRelatedResource":[{"ebucore:locator":["images/a.png"]}]}])"},
        {"b2000000-0000-0000-0000-000000000002", "2026-10-02T08:00:00Z", site("Beffroi de Douai", "Douai", 50.37, 3.08)},
        {"c3000000-0000-0000-0000-000000000003", "2026-10-03T08:00:00Z", kEvent},
        {"d4000000-0000-0000-0000-000000000004", "2026-10-04T08:00:00Z", kRestaurant},
        {"e5000000-0000-0000-0000-000000000005", "2026-10-05T08:00:00Z", site("Citadelle d'Arras", "Arras", 50.28, 2.76, "62")},
    };
}

publish::BuildReport build_with(const fs::path& flux, const fs::path& out, const publish::BuildOptions& opt) {
    auto src = publish::ExportSource::open(flux.string());
    return publish::build_pack(*src, out.string(), opt);
}

// What the kiosk's search finds in a pack (every language), as item ids in ascending order.
std::vector<std::int64_t> found(const fs::path& pack, const std::string& typed) {
    auto p = Pack::open(pack.string());
    const SearchIndex index(*p);
    std::vector<std::int64_t> ids;
    for (const SearchHit& h : index.query(typed, "fr", 50)) ids.push_back(h.item_id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

std::string meta_of(const fs::path& pack, const std::string& key) { return Pack::open(pack.string())->meta(key); }

}  // namespace

TEST_CASE("a built pack is searched by the kiosk's index and carries no FTS table of its own", "[pack][search]") {
    TempDir tmp;
    const auto flux = write_objs(tmp.path / "flux", base_flux());
    // write_objs wiped the flux: put the picture back.
    write(tmp.path / "flux/images/a.png", make_png(40, 30));
    const auto pack = tmp.path / "p.pack";
    build(flux, pack);
    REQUIRE_NOTHROW(Pack::open(pack.string()));
    // Schema v2 dropped item_fts, which nothing read (schema.sql, History).
    {
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open_v2(pack.string().c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
        sqlite3_stmt* st = nullptr;
        REQUIRE(sqlite3_prepare_v2(db, "SELECT count(*) FROM sqlite_master WHERE name LIKE 'item_fts%'", -1, &st,
                                   nullptr) == SQLITE_OK);
        REQUIRE(sqlite3_step(st) == SQLITE_ROW);
        CHECK(sqlite3_column_int(st, 0) == 0);
        sqlite3_finalize(st);
        sqlite3_close(db);
    }
    // Ids are hashes of source ids (pack_writer.h, stable ids); the restaurant is not kept.
    const auto id = [&](const char* uuid) {
        return testutil::item_id_of(pack, std::string("https://data.datatourisme.fr/59/") + uuid);
    };
    CHECK(id("a1000000-0000-0000-0000-000000000001") ==
          publish::stable_id_hash("https://data.datatourisme.fr/59/a1000000-0000-0000-0000-000000000001", publish::kItemIdBits));
    CHECK(found(pack, "bethune") == std::vector<std::int64_t>{id("a1000000-0000-0000-0000-000000000001")});
    CHECK(found(pack, "beth") == std::vector<std::int64_t>{id("a1000000-0000-0000-0000-000000000001")});
    CHECK(found(pack, "douai") == std::vector<std::int64_t>{id("b2000000-0000-0000-0000-000000000002")});
    CHECK(found(pack, "carnaval") == std::vector<std::int64_t>{id("c3000000-0000-0000-0000-000000000003")});
    CHECK(found(pack, "estaminet").empty());
}

TEST_CASE("a pack of format v1 (with its FTS table) still opens", "[pack][format]") {
    TempDir tmp;
    const auto flux = write_objs(tmp.path / "flux", base_flux());
    write(tmp.path / "flux/images/a.png", make_png(40, 30));
    const auto pack = tmp.path / "p.pack";
    build(flux, pack);
    {
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open(pack.string().c_str(), &db) == SQLITE_OK);
        REQUIRE(sqlite3_exec(db, "CREATE VIRTUAL TABLE item_fts USING fts5(title, town, body, content = '');"
                                 "PRAGMA user_version = 1;", nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(db);
    }
    auto p = Pack::open(pack.string());
    CHECK(found(pack, "bethune") ==
          std::vector<std::int64_t>{testutil::item_id_of(pack, "https://data.datatourisme.fr/59/a1000000-0000-0000-0000-000000000001")});
}

TEST_CASE("default build time is the newest index date, so builds are reproducible", "[pack][determinism]") {
    TempDir tmp;
    const auto flux = write_objs(tmp.path / "flux", base_flux());
    publish::BuildOptions opt;
    auto r1 = build_with(flux, tmp.path / "a.pack", opt);
    auto r2 = build_with(flux, tmp.path / "b.pack", opt);
    CHECK(r1.build_time == "2026-10-05T08:00:00Z");
    CHECK(meta_of(tmp.path / "a.pack", "build_time") == "2026-10-05T08:00:00Z");
    CHECK(slurp(tmp.path / "a.pack") == slurp(tmp.path / "b.pack"));

    // Index order does not matter either: ids follow source ids.
    auto objs = base_flux();
    std::reverse(objs.begin(), objs.end());
    build_with(write_objs(tmp.path / "flux2", objs), tmp.path / "c.pack", opt);
    CHECK(slurp(tmp.path / "a.pack") == slurp(tmp.path / "c.pack"));

    opt.build_time = "2027-01-01T00:00:00Z";
    build_with(flux, tmp.path / "d.pack", opt);
    CHECK(meta_of(tmp.path / "d.pack", "build_time") == "2027-01-01T00:00:00Z");
}

TEST_CASE("selection by department, bounding box and kind", "[pack][select]") {
    TempDir tmp;
    const auto flux = write_objs(tmp.path / "flux", base_flux());
    auto kept = [&](const publish::Selection& sel) {
        publish::BuildOptions opt;
        opt.select = sel;
        auto rep = build_with(flux, tmp.path / "s.pack", opt);
        // The restaurant is counted as left out unless asked for (--kind eat).
        CHECK(rep.items_kept + rep.skipped_by_selection == 5);
        CHECK(meta_of(tmp.path / "s.pack", "selection") == sel.describe());
        return rep.items_kept;
    };
    publish::Selection all;
    CHECK(all.describe() == "all");
    CHECK(kept(all) == 4);
    publish::Selection dep62;
    dep62.departments = {"62"};
    CHECK(kept(dep62) == 2);
    publish::Selection dep59;
    dep59.departments = {"59"};
    CHECK(kept(dep59) == 2);  // Douai from its INSEE department, the event from its postal code
    publish::Selection box;      // around Arras and Béthune; the event has no coordinates
    box.has_bbox = true;
    box.minlat = 50.2, box.minlon = 2.5, box.maxlat = 50.6, box.maxlon = 2.8;
    CHECK(kept(box) == 2);
    publish::Selection events;
    events.kinds = {"event"};
    CHECK(kept(events) == 1);
    publish::Selection both;
    both.kinds = {"site", "event"};
    both.departments = {"59", "62"};
    CHECK(both.describe() == "department=59,62;kind=event,site");
    CHECK(kept(both) == 3);  // "Beffroi de Douai" is a belfry
    publish::Selection eat;
    eat.kinds = {"eat"};
    CHECK(kept(eat) == 5);  // eat is added to the visitor kinds, not instead of them
    publish::Selection site_eat;
    site_eat.kinds = {"site", "eat"};
    CHECK(kept(site_eat) == 3);

    // The report counts each class with what happened to it.
    publish::BuildOptions opt;
    auto rep = build_with(flux, tmp.path / "r.pack", opt);
    REQUIRE(rep.per_class.count("Restaurant"));
    CHECK(rep.per_class["Restaurant"].kind == "eat");
    CHECK(rep.per_class["Restaurant"].dropped == 1);
    CHECK(rep.per_class["Restaurant"].reason.find("--kind eat") != std::string::npos);
    REQUIRE(rep.per_class.count("Museum"));
    CHECK(rep.per_class["Museum"].kept == 3);
    CHECK(rep.per_class["Festival"].kept == 1);
}

TEST_CASE("the same place exported twice is one card", "[pack][duplicates]") {
    TempDir tmp;
    // Two producers list the museum, 20 m apart, with another case and accents; a third copy
    // 2 km away is another place (a namesake) and stays.
    const std::vector<Obj> objs = {
        {"a1000000-0000-0000-0000-000000000001", "2026-10-01T08:00:00Z", site("Musée de la Mine", "Lewarde", 50.3380, 3.1700)},
        {"a2000000-0000-0000-0000-000000000002", "2026-10-02T08:00:00Z", site("MUSEE DE LA MINE", "Lewarde", 50.3381, 3.1702)},
        {"a3000000-0000-0000-0000-000000000003", "2026-10-03T08:00:00Z", site("Musée de la mine", "Douai", 50.3700, 3.0800)},
        {"c3000000-0000-0000-0000-000000000003", "2026-10-03T08:00:00Z", kEvent},
    };
    const auto flux = write_objs(tmp.path / "flux", objs);
    auto rep = build(flux, tmp.path / "a.pack");
    CHECK(rep.places_merged == 1);
    CHECK(rep.items_kept == 3);
    auto p = Pack::open((tmp.path / "a.pack").string());
    const DateTime now{{2026, 11, 21}, 600};
    auto sites = p->cards("site", "fr", now);
    REQUIRE(sites.size() == 2);
    // The newer copy (a2, updated 2 October) is the one kept.
    std::vector<std::string> titles = {sites[0].title.value, sites[1].title.value};
    std::sort(titles.begin(), titles.end());
    CHECK(titles == std::vector<std::string>{"MUSEE DE LA MINE", "Musée de la mine"});
    const bool warned = std::any_of(rep.warnings.begin(), rep.warnings.end(), [](const publish::Warning& w) {
        return w.message.find("the same place as") != std::string::npos;
    });
    CHECK(warned);
    // An incremental build reads the dropped copy again and reaches the same pack.
    publish::BuildOptions opt;
    opt.previous = (tmp.path / "a.pack").string();
    auto again = build_with(flux, tmp.path / "b.pack", opt);
    CHECK(again.places_merged == 1);
    CHECK(Pack::open((tmp.path / "b.pack").string())->count("site") == 2);
}

TEST_CASE("incremental rebuild equals a full rebuild, row for row", "[pack][incremental]") {
    TempDir tmp;
    auto objs = base_flux();
    auto flux = write_objs(tmp.path / "flux", objs);
    write(flux / "images/a.png", make_png(40, 30));
    auto r0 = build(flux, tmp.path / "v1.pack");
    REQUIRE(r0.images_stored == 1);

    // v2: the event changes, Douai is deleted, a new site arrives; the rest is unchanged, and
    // the unchanged museum's picture is gone from the flux (it must come from the old pack).
    objs[2].date = "2026-11-10T09:00:00Z";
    objs[2].members = std::string(kEvent).replace(kEvent.find("Carnaval de Dunkerque"), 21, "Carnaval de Bergues");
    objs.erase(objs.begin() + 1);
    objs.push_back({"f6000000-0000-0000-0000-000000000006", "2026-11-11T09:00:00Z", site("Louvre-Lens", "Lens", 50.43, 2.80, "62")});
    flux = write_objs(tmp.path / "flux", objs);

    publish::BuildOptions opt;
    opt.pack_version = 7;
    opt.build_time = "2026-11-01T00:00:00Z";
    opt.previous = (tmp.path / "v1.pack").string();
    auto inc = build_with(flux, tmp.path / "inc.pack", opt);
    CHECK(inc.incremental);
    CHECK(inc.objects_reused == 3);  // museum, restaurant, citadel
    CHECK(inc.objects_read == 2);    // the changed event and the new site
    CHECK(inc.items_kept == 4);
    CHECK(inc.skipped_not_for_kiosk == 1);
    CHECK(inc.warnings.empty());

    write(flux / "images/a.png", make_png(40, 30));  // a full build needs the picture
    auto full = build(flux, tmp.path / "full.pack");
    CHECK_FALSE(full.incremental);
    CHECK(full.objects_read == 5);
    // The incremental pack is its predecessor's copy updated in place: same rows, other pages.
    CHECK(testutil::pack_rows(tmp.path / "inc.pack") == testutil::pack_rows(tmp.path / "full.pack"));
    if (std::getenv("DEBUG_ROWS")) {
        testutil::write_file("/tmp/wt-publish-bench/inc.rows", testutil::pack_rows(tmp.path / "inc.pack"));
        testutil::write_file("/tmp/wt-publish-bench/full.rows", testutil::pack_rows(tmp.path / "full.pack"));
    }
    // Unchanged items kept their ids (stable ids); the rows of the ones that changed are new.
    CHECK(testutil::item_id_of(tmp.path / "v1.pack", "https://data.datatourisme.fr/59/a1000000-0000-0000-0000-000000000001") ==
          testutil::item_id_of(tmp.path / "inc.pack", "https://data.datatourisme.fr/59/a1000000-0000-0000-0000-000000000001"));
    // Compacted, both have the same bytes: what publish serves and a delta's apply rebuilds.
    publish::compact_pack((tmp.path / "inc.pack").string());
    publish::compact_pack((tmp.path / "full.pack").string());
    CHECK(slurp(tmp.path / "inc.pack") == slurp(tmp.path / "full.pack"));

    auto pack = Pack::open((tmp.path / "inc.pack").string());
    CHECK(found(tmp.path / "inc.pack", "bergues").size() == 1);
    CHECK(found(tmp.path / "inc.pack", "douai").empty());
    CHECK(found(tmp.path / "inc.pack", "louvre").size() == 1);

    SECTION("a previous pack made with another selection is not reused") {
        publish::BuildOptions o2 = opt;
        o2.select.kinds = {"site"};
        auto r = build_with(flux, tmp.path / "sel.pack", o2);
        CHECK_FALSE(r.incremental);
        CHECK(r.objects_reused == 0);
        REQUIRE_FALSE(r.warnings.empty());
        CHECK(r.warnings.back().message.find("another selection") != std::string::npos);
    }
    SECTION("a previous file that is not a pack is refused") {
        write(tmp.path / "junk.pack", "not a pack at all");
        publish::BuildOptions o2 = opt;
        o2.previous = (tmp.path / "junk.pack").string();
        CHECK_THROWS_AS(build_with(flux, tmp.path / "x.pack", o2), publish::PreviousPackError);
        CHECK_FALSE(fs::exists(tmp.path / "x.pack"));
        CHECK_FALSE(fs::exists(tmp.path / "x.pack.tmp"));
    }
}

TEST_CASE("hostile objects give one clear warning each and the build goes on", "[pack][hostile]") {
    TempDir tmp;
    auto objs = base_flux();
    std::string deep = R"("@type":["Museum"],"rdfs:label":{"fr":["Profond"]},"x":)";
    deep += std::string(10000, '[') + std::string(10000, ']');
    objs.push_back({"f1000000-0000-0000-0000-000000000001", "2026-10-06T00:00:00Z", deep});
    std::string huge = site("Long", "Lille", 50.6, 3.0);
    huge += R"(,"rdfs:comment":{"fr":[")" + std::string(10 << 20, 'a') + "\"]}";
    objs.push_back({"f2000000-0000-0000-0000-000000000002", "2026-10-06T00:00:00Z", huge});
    objs.push_back({"f3000000-0000-0000-0000-000000000003", "2026-10-06T00:00:00Z", R"("@type":["Museum"],"rdfs:label":{"fr":["sans fin")"});
    objs.push_back({"f4000000-0000-0000-0000-000000000004", "2026-10-06T00:00:00Z", R"("@type":["Museum"])"});
    objs.push_back({"f5000000-0000-0000-0000-000000000005", "2026-10-06T00:00:00Z",
                    "\"@type\":[\"Museum\"],\"rdfs:label\":{\"fr\":[\"caf\xC3\x28\"]}"});
    const auto flux = write_objs(tmp.path / "flux", objs);
    auto rep = build(flux, tmp.path / "h.pack");
    CHECK(rep.objects_read == 10);
    CHECK(rep.objects_refused == 4);
    CHECK(rep.items_kept == 5);  // 4 good ones and the huge one, truncated
    auto warned = [&](const std::string& uuid, const std::string& field, const std::string& text) {
        for (const auto& w : rep.warnings)
            if (w.file.find(uuid) != std::string::npos && w.field == field && w.message.find(text) != std::string::npos)
                return true;
        return false;
    };
    CHECK(warned("f1000000", "", "nested deeper than"));
    CHECK(warned("f2000000", "rdfs:comment.fr[0]", "truncated"));
    CHECK(warned("f3000000", "", "malformed JSON"));
    CHECK(warned("f4000000", "rdfs:label", "missing title"));
    CHECK(warned("f5000000", "", "invalid UTF-8"));
    REQUIRE_NOTHROW(Pack::open((tmp.path / "h.pack").string()));
    // A 10 MB text stays out of the pack; the cap keeps it at 64 KB.
    CHECK(fs::file_size(tmp.path / "h.pack") < 2 * 1024 * 1024);
}

TEST_CASE("weekday patterns and hours' notes reach the kiosk, and survive an incremental build", "[pack][hours]") {
    TempDir tmp;
    const std::string weekly = R"("@type":["schema:Event","Festival"],"rdfs:label":{"fr":["Guinguette du dimanche"]},
 "takesPlaceAt":[{"startDate":"2026-11-01","endDate":"2027-03-31","startTime":"15:00:00","endTime":"19:00:00",
   "appliesOnDay":[{"@id":"schema:Sunday"}],"openingDetails":{"fr":["Entrée libre"],"en":["Free entry"]}}],
 "isLocatedAt":[{"schema:address":[{"schema:addressLocality":"Lille"}]}])";
    const std::string museum = site("Musée du soir", "Lille", 50.63, 3.06);
    // The museum's hours: Wednesday from 10:00 with no closing time, and a note on them.
    std::string with_hours = museum;
    with_hours.insert(with_hours.size() - 2, R"(,"schema:openingHoursSpecification":[{"schema:dayOfWeek":[{"@id":"schema:Wednesday"}],
        "schema:opens":"10:00:00","additionalInformation":{"fr":["Fermé les jours fériés"],"nl":["Gesloten op feestdagen"]}}])");
    const std::vector<Obj> objs = {{"f6000000-0000-0000-0000-000000000006", "2026-10-06T08:00:00Z", weekly},
                                   {"f7000000-0000-0000-0000-000000000007", "2026-10-07T08:00:00Z", with_hours}};
    const auto flux = write_objs(tmp.path / "flux", objs);
    build(flux, tmp.path / "a.pack");
    publish::BuildOptions opt;
    opt.previous = (tmp.path / "a.pack").string();
    build_with(flux, tmp.path / "b.pack", opt);

    for (const char* name : {"a.pack", "b.pack"}) {
        INFO(name);
        auto p = Pack::open((tmp.path / name).string());
        REQUIRE(p->schema_version() == kSchemaVersion);
        // Saturday 21 November 2026: the Sunday event's card shows Sunday 22, not today.
        const DateTime sat{{2026, 11, 21}, 11 * 60};
        auto events = p->cards("event", "en", sat);
        REQUIRE(events.size() == 1);
        CHECK(events[0].next_start == "2026-11-22");
        CHECK(events[0].next_end == "2026-11-22");
        auto ev = p->item(events[0].id, "en", sat);
        REQUIRE(ev.periods.size() == 1);
        CHECK(ev.periods[0].weekdays == (1 << 6));
        REQUIRE(ev.notes.size() == 1);
        CHECK(ev.notes[0].text.value == "Free entry");
        // Sunday at 20:00 the day's slot is over: the next Sunday.
        events = p->cards("event", "en", DateTime{{2026, 11, 22}, 20 * 60});
        REQUIRE(events.size() == 1);
        CHECK(events[0].next_start == "2026-11-29");

        auto sites = p->cards("site", "nl", sat);
        REQUIRE(sites.size() == 1);
        auto m = p->item(sites[0].id, "nl", sat);
        REQUIRE(m.hours.size() == 1);
        CHECK(m.hours[0].opens == "10:00");
        CHECK(m.hours[0].closes.empty());
        REQUIRE(m.notes.size() == 1);
        CHECK(m.notes[0].text.value == "Gesloten op feestdagen");
        CHECK(m.notes[0].text.lang == "nl");
    }
}

TEST_CASE("the fidelity report counts each field from export to pack, with repairs and ids", "[pack][fidelity]") {
    TempDir tmp;
    // One museum with a broken position and HTML in its title; one with a good position.
    std::string broken = site("Musée <b>cassé</b>", "Lens", 50.43, 2.83);
    const auto lat = broken.find("\"50.4300\"");
    REQUIRE(lat != std::string::npos);
    broken.replace(lat, 9, "\"nord\"");
    const std::vector<Obj> objs = {{"f1000000-0000-0000-0000-000000000001", "2026-10-01T08:00:00Z", broken},
                                   {"f2000000-0000-0000-0000-000000000002", "2026-10-02T08:00:00Z", site("Musée entier", "Arras", 50.29, 2.78)},
                                   {"c3000000-0000-0000-0000-000000000003", "2026-10-03T08:00:00Z", kEvent}};
    const auto flux = write_objs(tmp.path / "flux", objs);
    auto rep = build(flux, tmp.path / "a.pack");
    // Both museums had a position in the export; only one is usable, and the item stays.
    CHECK(rep.fidelity["site"]["geo"].in_export == 2);
    CHECK(rep.fidelity["site"]["geo"].in_pack == 1);
    CHECK(rep.fidelity["site"]["title"].in_pack == 2);
    CHECK(rep.fidelity["event"]["dates"].in_export == 1);
    CHECK(rep.fidelity["event"]["dates"].in_pack == 1);
    CHECK(rep.fidelity["event"]["themes"].in_pack == 1);
    // The malformed field is in the warnings with the object's @id.
    const bool named = std::any_of(rep.warnings.begin(), rep.warnings.end(), [](const publish::Warning& w) {
        return w.field.find("schema:latitude") != std::string::npos &&
               w.id == "https://data.datatourisme.fr/59/f1000000-0000-0000-0000-000000000001";
    });
    CHECK(named);
    // The HTML repair is listed for that object.
    const bool repaired = std::any_of(rep.repairs.begin(), rep.repairs.end(), [](const publish::Repair& r) {
        return r.what == "html" && r.id == "https://data.datatourisme.fr/59/f1000000-0000-0000-0000-000000000001";
    });
    CHECK(repaired);
    // The summary travels in the pack for kiosk-pack info, and an incremental build that
    // copies every object still counts what their exports had.
    const std::string fid = meta_of(tmp.path / "a.pack", "fidelity");
    CHECK(fid.find("site:title=2/2") != std::string::npos);
    CHECK(fid.find("geo=2/1") != std::string::npos);
    // Three texts held the tag: the French and English titles and the short description.
    CHECK(meta_of(tmp.path / "a.pack", "repairs") == "html=3,entities=0,mojibake=0,places_merged=0");
    publish::BuildOptions opt;
    opt.previous = (tmp.path / "a.pack").string();
    auto again = build_with(flux, tmp.path / "b.pack", opt);
    CHECK(again.objects_reused == 3);
    CHECK(again.fidelity["site"]["geo"].in_export == 2);
    CHECK(again.fidelity["site"]["geo"].in_pack == 1);
}

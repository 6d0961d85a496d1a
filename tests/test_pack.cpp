// Pack writer and reader tested against each other: build a small pack from a flux written by
// the test, read it back, then damage copies of it and check each is refused with a reason.
#include <catch2/catch.hpp>

#include <sqlite3.h>
#include <stb/stb_image_write.h>

#include <filesystem>

#include "core/image_decode.h"
#include "core/pack_reader.h"
#include "core/schema.h"
#include "sync/pack_writer.h"
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

sync::BuildReport build(const fs::path& flux, const fs::path& out) {
    auto src = sync::ExportSource::open(flux.string());
    sync::BuildOptions opt;
    opt.pack_version = 7;
    opt.build_time = "2026-11-01T00:00:00Z";
    return sync::build_pack(*src, out.string(), opt);
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

void set_pragma(const fs::path& p, const char* sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(p.string().c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK);
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

    const Date today{2026, 11, 21};
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
    CHECK(pack->cards("event", "fr", {2027, 7, 6}).empty());
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
        set_pragma(future, "PRAGMA user_version = 2;");
        CHECK(refusal(future) == PackError::Code::UnknownVersion);
    }
    SECTION("a truncated pack") {
        const std::string bytes = slurp(good);
        write(tmp.path / "short.pack", bytes.substr(0, bytes.size() / 2));
        CHECK(refusal(tmp.path / "short.pack") == PackError::Code::Corrupt);
    }
    SECTION("a pack with a damaged b-tree page") {
        std::string bytes = slurp(good);
        // Page 2 holds a table root; garbage in its header is structural damage.
        const size_t page = 4096;
        REQUIRE(bytes.size() > 3 * page);
        for (size_t i = page; i < page + 12; ++i) bytes[i] = static_cast<char>(0xA5);
        write(tmp.path / "flipped.pack", bytes);
        CHECK(refusal(tmp.path / "flipped.pack") == PackError::Code::Corrupt);
    }
}

TEST_CASE("hostile images are refused before decoding", "[images]") {
    ImageInfo info;
    std::string err;
    CHECK_FALSE(probe_image("", info, err));
    CHECK_FALSE(probe_image("GIF89a....", info, err));
    CHECK(err == "not a JPEG or PNG image");
    // A PNG header claiming 65535 x 65535 pixels: refused from the header alone.
    std::string png = make_png(4, 4);
    png[16] = png[17] = 0;
    png[18] = png[19] = static_cast<char>(0xFF);
    png[20] = png[21] = 0;
    png[22] = png[23] = static_cast<char>(0xFF);
    CHECK_FALSE(probe_image(png, info, err));
    INFO(err);
    RgbaImage img;
    CHECK_FALSE(decode_image(png, img, err));
    // A truncated image decodes to an error, not a crash.
    const std::string cut = make_png(64, 64).substr(0, 60);
    CHECK_FALSE(decode_image(cut, img, err));
}

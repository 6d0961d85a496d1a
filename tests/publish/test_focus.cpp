// Focal points: computed by the pack tool from the pixels, stored in media_focus, carried by
// incremental builds, read back by the kiosk's reader (the centre when a pack has none).
#include <catch2/catch.hpp>

#include <sqlite3.h>
#include <stb/stb_image_write.h>

#include <filesystem>

#include "core/pack_reader.h"
#include "core/schema.h"
#include "publish/images.h"
#include "publish/pack_writer.h"
#include "publish_util.h"
#include "test_util.h"

namespace fs = std::filesystem;
using namespace kiosk;

namespace {

// A flat grey picture with a detailed patch (a fine checkerboard) at [px0, px1) x [py0, py1).
RgbaImage patch_image(int w, int h, int px0, int py0, int px1, int py1) {
    RgbaImage img;
    img.width = w;
    img.height = h;
    img.pixels.assign(static_cast<std::size_t>(w) * h * 4, 128);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            std::uint8_t* p = &img.pixels[(static_cast<std::size_t>(y) * w + x) * 4];
            if (x >= px0 && x < px1 && y >= py0 && y < py1) {
                // Squares of 12 pixels: coarse enough to survive the 64-cell grid's averaging.
                const std::uint8_t v = ((x / 12 + y / 12) % 2) ? 240 : 20;
                p[0] = p[1] = p[2] = v;
            }
            p[3] = 255;
        }
    return img;
}

void png_to(void* ctx, void* data, int n) { static_cast<std::string*>(ctx)->append(static_cast<char*>(data), n); }

std::string png_of(const RgbaImage& img) {
    std::string out;
    stbi_write_png_to_func(png_to, &out, img.width, img.height, 4, img.pixels.data(), img.width * 4);
    return out;
}

// One museum whose picture is `png`, in the 2024 flux shape.
fs::path flux_with_picture(const fs::path& root, const std::string& png) {
    if (!png.empty()) testutil::write_file(root / "images/poster.png", png);
    testutil::write_file(root / "index.json", R"([
 {"label":"Musée","lastUpdateDatatourisme":"2026-10-01T08:00:00Z","file":"a/a1/62-a1000000-0000-0000-0000-000000000001.json"}
])");
    testutil::write_file(root / "objects/a/a1/62-a1000000-0000-0000-0000-000000000001.json", R"({
 "@id":"https://data.datatourisme.fr/62/a1000000-0000-0000-0000-000000000001",
 "@type":["CulturalSite","Museum","PlaceOfInterest","PointOfInterest"],
 "rdfs:label":{"fr":["Musée à l’affiche"],"en":["Poster museum"]},
 "isLocatedAt":[{"schema:address":[{"schema:addressLocality":"Lens"}],
   "schema:geo":{"schema:latitude":"50.4301","schema:longitude":"2.8036"}}],
 "hasMainRepresentation":[{"ebucore:hasRelatedResource":[{"ebucore:locator":["images/poster.png"]}]}],
 "lastUpdateDatatourisme":"2026-10-01T08:00:00Z"})");
    return root;
}

publish::BuildReport build(const fs::path& flux, const fs::path& out, const std::string& previous = "") {
    auto src = publish::ExportSource::open(flux.string());
    publish::BuildOptions opt;
    opt.build_time = "2026-11-01T00:00:00Z";
    opt.previous = previous;
    return publish::build_pack(*src, out.string(), opt);
}

Pack::MediaFrame only_frame(const fs::path& pack_path) {
    auto pack = Pack::open(pack_path.string());
    auto cards = pack->cards("site", "en", DateTime{{2026, 11, 21}, 600});
    REQUIRE(cards.size() == 1);
    REQUIRE(cards[0].thumb_media != 0);
    Pack::MediaFrame f;
    REQUIRE(pack->media_frame(cards[0].thumb_media, f));
    return f;
}

void exec(const fs::path& p, const char* sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(p.string().c_str(), &db) == SQLITE_OK);
    char* err = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &err);
    INFO((err ? err : ""));
    sqlite3_free(err);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

}  // namespace

TEST_CASE("the focal point follows the detail of a picture", "[focus]") {
    SECTION("a poster with its detail in the top third") {
        const auto f = publish::focal_point(patch_image(600, 900, 200, 40, 400, 260));
        CHECK(f.y < 1.0 / 3);
        CHECK(f.x == Approx(0.5).margin(0.05));
    }
    SECTION("a landscape photo with its detail on the right") {
        const auto f = publish::focal_point(patch_image(900, 600, 640, 200, 860, 400));
        CHECK(f.x > 2.0 / 3);
        CHECK(f.y == Approx(0.5).margin(0.05));
    }
    SECTION("a uniform picture, or one with only a gentle gradient, gives the centre") {
        const auto flat = publish::focal_point(patch_image(300, 200, 0, 0, 0, 0));
        CHECK(flat.x == 0.5);
        CHECK(flat.y == 0.5);
        RgbaImage ramp = patch_image(256, 256, 0, 0, 0, 0);
        for (int y = 0; y < 256; ++y)
            for (int x = 0; x < 256; ++x) ramp.pixels[(static_cast<std::size_t>(y) * 256 + x) * 4] = static_cast<std::uint8_t>(x);
        const auto r = publish::focal_point(ramp);
        CHECK(r.x == 0.5);
        CHECK(r.y == 0.5);
    }
    SECTION("between two equal details, the more central one") {
        // Same patch near the top edge and around the middle: the centre bias decides.
        auto img = patch_image(600, 900, 200, 0, 400, 200);
        const auto mid = patch_image(600, 900, 200, 350, 400, 550);
        for (std::size_t i = 0; i < img.pixels.size(); i += 4)
            if (mid.pixels[i] != 128) img.pixels[i] = img.pixels[i + 1] = img.pixels[i + 2] = mid.pixels[i];
        const auto f = publish::focal_point(img);
        CHECK(f.y > 0.35);
        CHECK(f.y < 0.65);
    }
    SECTION("the same pixels always give the same point, inside 0..1") {
        const auto img = patch_image(1234, 777, 5, 600, 300, 777);
        const auto a = publish::focal_point(img), b = publish::focal_point(img);
        CHECK(a.x == b.x);
        CHECK(a.y == b.y);
        CHECK(a.x >= 0);
        CHECK(a.y <= 1);
        CHECK(a.y > 0.6);
        CHECK(a.x < 0.4);
    }
    SECTION("degenerate sizes") {
        CHECK(publish::focal_point(RgbaImage{}).x == 0.5);
        const auto f = publish::focal_point(patch_image(1, 500, 0, 0, 1, 100));
        CHECK(f.x == 0.5);
    }
}

TEST_CASE("the pack stores the focal point, crops the thumbnail around it and keeps it on incremental builds",
          "[focus][pack]") {
    testutil::TempDir tmp;
    const auto poster = patch_image(600, 900, 150, 30, 450, 270);
    const auto flux = flux_with_picture(tmp.path / "flux", png_of(poster));
    build(flux, tmp.path / "a.pack");
    build(flux, tmp.path / "b.pack");
    CHECK(testutil::slurp(tmp.path / "a.pack") == testutil::slurp(tmp.path / "b.pack"));

    const auto f = only_frame(tmp.path / "a.pack");
    CHECK(f.width == 600);
    CHECK(f.height == 900);
    CHECK(f.focus.y < 1.0 / 3);
    const auto expected = publish::focal_point(poster);
    CHECK(f.focus.x == expected.x);
    CHECK(f.focus.y == expected.y);

    // The thumbnail (3:2 out of a 2:3 poster) is taken from the top, where the detail is: its
    // top rows are the checkerboard, not the flat grey a centred crop would show.
    {
        auto pack = Pack::open((tmp.path / "a.pack").string());
        std::string jpeg, err;
        REQUIRE(pack->thumbnail(pack->cards("site", "en", DateTime{{2026, 11, 21}, 600})[0].thumb_media, jpeg));
        RgbaImage thumb;
        REQUIRE(decode_image(jpeg, thumb, err));
        int contrast = 0;
        for (int x = 1; x < thumb.width; ++x) {
            const std::size_t row = static_cast<std::size_t>(thumb.height / 4) * thumb.width;
            contrast += std::abs(thumb.pixels[(row + x) * 4] - thumb.pixels[(row + x - 1) * 4]);
        }
        CHECK(contrast > 1000);
    }

    // Incremental: the object is unchanged and its picture gone from the flux, so the row can
    // only come from the previous pack; the result equals the full build.
    fs::remove(flux / "images/poster.png");
    const auto inc = build(flux, tmp.path / "inc.pack", (tmp.path / "a.pack").string());
    CHECK(inc.incremental);
    CHECK(inc.objects_reused == 1);
    CHECK(testutil::pack_rows(tmp.path / "inc.pack") == testutil::pack_rows(tmp.path / "a.pack"));
    const auto g = only_frame(tmp.path / "inc.pack");
    CHECK(g.focus.x == f.focus.x);
    CHECK(g.focus.y == f.focus.y);

    SECTION("a previous pack without the table (an older generator) gives a full build") {
        testutil::write_file(flux / "images/poster.png", png_of(poster));
        exec(tmp.path / "a.pack", "DROP TABLE media_focus; UPDATE meta SET value = 'kiosk-pack 0.4' WHERE key = 'generator';");
        const auto r = build(flux, tmp.path / "again.pack", (tmp.path / "a.pack").string());
        CHECK_FALSE(r.incremental);
        CHECK(testutil::slurp(tmp.path / "again.pack") == testutil::slurp(tmp.path / "b.pack"));
    }
}

TEST_CASE("a pack without media_focus reads every picture's focal point as the centre", "[focus][format]") {
    testutil::TempDir tmp;
    const auto flux = flux_with_picture(tmp.path / "flux", png_of(patch_image(600, 900, 150, 30, 450, 270)));
    build(flux, tmp.path / "a.pack");
    // A v3 pack made before the table: same format version, no table.
    exec(tmp.path / "a.pack", "DROP TABLE media_focus;");
    auto pack = Pack::open((tmp.path / "a.pack").string());
    CHECK(pack->schema_version() == kSchemaVersion);
    const auto f = only_frame(tmp.path / "a.pack");
    CHECK(f.width == 600);
    CHECK(f.focus.x == 0.5);
    CHECK(f.focus.y == 0.5);
    Pack::MediaFrame none;
    CHECK_FALSE(pack->media_frame(999, none));
}

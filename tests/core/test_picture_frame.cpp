// Fitting pictures into frames (core/picture_frame.h), without GL: crop windows around a focal
// point, the whole-or-cover decision, backdrops; and the reader's centre for older packs.
#include <catch2/catch.hpp>

#include <sqlite3.h>

#include "core/pack_reader.h"
#include "core/picture_frame.h"
#include "pack_fixture.h"
#include "test_util.h"

using namespace kiosk;

TEST_CASE("a cover crop keeps the focal point in view, as central as the picture allows", "[frame]") {
    SECTION("a 2:3 poster in a 3:2 frame: full width, a slice of the height around the point") {
        const auto w = cover_window(600, 900, 300, 200, {0.5, 0.2});
        CHECK(w.u0 == 0);
        CHECK(w.u1 == 1);
        const double h = (600.0 / 900) / (300.0 / 200);  // 4/9 of the height
        CHECK(w.v1 - w.v0 == Approx(h));
        // Centred on 0.2 would start above the top: clamped to the top edge.
        CHECK(w.v0 == 0);
        CHECK(w.v0 <= 0.2);
        CHECK(w.v1 >= 0.2);
    }
    SECTION("the point is at the crop's centre when there is room") {
        const auto w = cover_window(1600, 900, 400, 400, {0.4, 0.5});
        CHECK(w.v0 == 0);
        CHECK(w.v1 == 1);
        CHECK((w.u0 + w.u1) / 2 == Approx(0.4));
        CHECK(w.u1 - w.u0 == Approx(900.0 / 1600));
    }
    SECTION("a point at the far edge: the crop touches that edge and still holds it") {
        const auto w = cover_window(1600, 900, 400, 400, {1.0, 0.5});
        CHECK(w.u1 == Approx(1));
        CHECK(w.u0 == Approx(1 - 900.0 / 1600));
    }
    SECTION("the centre gives the old symmetric crop; same shapes give the whole picture") {
        const auto w = cover_window(900, 600, 1920, 1080, {});
        CHECK(w.v0 == Approx((1 - (1.5 / (1920.0 / 1080))) / 2));
        CHECK(w.v0 + w.v1 == Approx(1));
        const auto same = cover_window(300, 200, 600, 400, {0.1, 0.9});
        CHECK(same.u0 == 0);
        CHECK(same.v0 == 0);
        CHECK(same.u1 == 1);
        CHECK(same.v1 == 1);
    }
    SECTION("nonsense sizes give the whole picture rather than a division by zero") {
        const auto w = cover_window(0, 600, 100, 100, {0.3, 0.3});
        CHECK(w.u1 == 1);
        CHECK(w.v1 == 1);
    }
}

TEST_CASE("pictures far from the frame's shape are shown whole, inside it", "[frame]") {
    CHECK(show_whole(600, 900, 1000, 667));    // poster in the detail screen's 3:2 frame
    CHECK(show_whole(1500, 1000, 1080, 1920));  // landscape photo on a portrait totem
    CHECK(show_whole(1000, 1000, 1920, 1080));  // square in 16:9: 56% kept
    CHECK_FALSE(show_whole(1200, 900, 1920, 1080));  // 4:3 in 16:9: 75% kept, still cropped
    CHECK_FALSE(show_whole(1500, 1000, 900, 600));   // same shape
    CHECK(cover_keeps(1500, 1000, 900, 600) == Approx(1));
    CHECK(cover_keeps(600, 900, 900, 600) == Approx(4.0 / 9));

    const auto in = contain_rect(600, 900, {10, 20, 900, 600});
    CHECK(in.h == Approx(600));
    CHECK(in.w == Approx(400));
    CHECK(in.x == Approx(10 + 250));
    CHECK(in.y == Approx(20));
}

TEST_CASE("the focal point is found again inside a thumbnail cropped around it", "[frame]") {
    // A 2:3 poster focused near its top; the 3:2 thumbnail is the window at the top.
    const Focus f{0.5, 0.1};
    const auto win = cover_window(600, 900, 480, 320, f);
    const auto in = focus_in_window(f, win);
    CHECK(in.x == Approx(0.5));
    CHECK(in.y == Approx(0.1 / (win.v1 - win.v0)));
    // A point the window could not hold is clamped onto its edge.
    const auto out = focus_in_window({0.5, 0.9}, UvWindow{0, 0, 1, 0.5});
    CHECK(out.y == 1);
}

TEST_CASE("the backdrop is a small, blurred, darkened copy", "[frame]") {
    RgbaImage img;
    img.width = 400;
    img.height = 600;
    img.pixels.assign(400u * 600u * 4u, 0);
    // Left half white, right half black: the blur softens the edge, darkening dims the white.
    for (int y = 0; y < 600; ++y)
        for (int x = 0; x < 200; ++x)
            for (int c = 0; c < 4; ++c) img.pixels[(static_cast<std::size_t>(y) * 400 + x) * 4 + c] = 255;
    const auto b = blurred_backdrop(img, 48, 3, 128);
    CHECK(b.height == 48);
    CHECK(b.width == 32);
    REQUIRE(b.pixels.size() == 32u * 48u * 4u);
    auto px = [&](int x, int y) { return b.pixels[(static_cast<std::size_t>(y) * 32 + x) * 4]; };
    CHECK(px(0, 24) == 127);  // 255 * 128 / 256
    CHECK(px(31, 24) == 0);
    CHECK(px(15, 24) > 20);   // the edge spread over several pixels
    CHECK(px(15, 24) < 120);
    CHECK(px(16, 24) > 5);
    CHECK(b.pixels[3] == 255);
    CHECK(blurred_backdrop(RgbaImage{}).pixels.empty());
}

TEST_CASE("a frozen v2 pack gives every picture the centre as its focal point", "[frame][format]") {
    testutil::TempDir tmp;
    const auto v2 = testutil::pack_from_sql(tmp.path, "pack_v2.sql");
    {
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open(v2.c_str(), &db) == SQLITE_OK);
        REQUIRE(sqlite3_exec(db, "INSERT INTO media (id, sha256, mime, width, height, bytes) VALUES (1, 'x', 'image/png', 300, 200, x'00');",
                             nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(db);
    }
    auto p = Pack::open(v2);
    CHECK(p->schema_version() == 2);
    Pack::MediaFrame m;
    REQUIRE(p->media_frame(1, m));
    CHECK(m.width == 300);
    CHECK(m.height == 200);
    CHECK(m.focus.x == 0.5);
    CHECK(m.focus.y == 0.5);
    CHECK_FALSE(p->media_frame(2, m));
}

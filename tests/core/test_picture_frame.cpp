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

namespace {

RgbaImage solid(int w, int h, std::uint8_t r, std::uint8_t g, std::uint8_t b, std::uint8_t a = 255) {
    RgbaImage img;
    img.width = w;
    img.height = h;
    for (int i = 0; i < w * h; ++i) img.pixels.insert(img.pixels.end(), {r, g, b, a});
    return img;
}

std::uint8_t at(const RgbaImage& img, int x, int y, int c) {
    return img.pixels[(static_cast<std::size_t>(y) * static_cast<std::size_t>(img.width) + static_cast<std::size_t>(x)) * 4 +
                      static_cast<std::size_t>(c)];
}

}  // namespace

TEST_CASE("an attract frame shows the picture as the screen would: cropped, or whole over its backdrop", "[frame][slide]") {
    const std::uint8_t under[4] = {10, 20, 30, 255};
    // A horizontal ramp, 200 x 100: red = column. A 150 x 100 frame keeps 75% of it: a crop.
    RgbaImage ramp = solid(200, 100, 0, 0, 0);
    for (int y = 0; y < 100; ++y)
        for (int x = 0; x < 200; ++x) ramp.pixels[(static_cast<std::size_t>(y) * 200 + x) * 4] = static_cast<std::uint8_t>(x);
    SECTION("same shape and size: the picture itself, pixel for pixel") {
        const RgbaImage f = compose_frame(ramp, {}, 200, 100, under);
        REQUIRE(f.pixels.size() == ramp.pixels.size());
        CHECK(f.pixels == ramp.pixels);
    }
    SECTION("a crop slides to the focal point: the frame's column c shows the picture's c + shift") {
        const RgbaImage left = compose_frame(ramp, {0.0, 0.5}, 150, 100, under);
        const RgbaImage right = compose_frame(ramp, {1.0, 0.5}, 150, 100, under);
        const RgbaImage centre = compose_frame(ramp, {0.5, 0.5}, 150, 100, under);
        for (int x : {0, 1, 74, 149}) {
            CHECK(at(left, x, 50, 0) == x);
            CHECK(at(right, x, 50, 0) == x + 50);
            CHECK(at(centre, x, 50, 0) == x + 25);
        }
        CHECK(at(left, 10, 50, 3) == 255);
    }
    SECTION("scaled down by two: each pixel is the mean of the two columns it covers") {
        const RgbaImage half = compose_frame(ramp, {}, 100, 50, under);
        REQUIRE(half.width == 100);
        // Pixel c's centre falls between the picture's columns 2c and 2c + 1.
        for (int x : {0, 10, 99}) CHECK(std::abs(at(half, x, 25, 0) - (2 * x + 0.5)) <= 1.0);
    }
    SECTION("a portrait poster on a landscape frame: whole and centred, the backdrop around it") {
        const RgbaImage poster = solid(100, 300, 255, 255, 255);
        const RgbaImage f = compose_frame(poster, {}, 300, 100, under);
        REQUIRE(f.width == 300);
        // The picture is 33.3 px wide, from x = 133.3: columns 133..166 are white.
        CHECK(at(f, 150, 50, 0) == 255);
        CHECK(at(f, 133, 50, 0) == 255);
        CHECK(at(f, 166, 50, 0) == 255);
        // Either side, the blurred copy, darkened (white times 150/256).
        CHECK(at(f, 132, 50, 0) == 149);
        CHECK(at(f, 167, 50, 0) == 149);
        CHECK(at(f, 0, 0, 0) == 149);
        CHECK(at(f, 299, 99, 0) == 149);
        for (std::size_t i = 3; i < f.pixels.size(); i += 4) REQUIRE(f.pixels[i] == 255);
    }
    SECTION("transparent pixels show the colour under the picture; no picture, only that colour") {
        RgbaImage glass = solid(150, 100, 255, 0, 0, 0);
        const RgbaImage f = compose_frame(glass, {}, 150, 100, under);
        CHECK((at(f, 5, 5, 0) == 10 && at(f, 5, 5, 1) == 20 && at(f, 5, 5, 2) == 30 && at(f, 5, 5, 3) == 255));
        glass = solid(150, 100, 255, 0, 0, 128);  // half: half red over the colour
        CHECK(std::abs(at(compose_frame(glass, {}, 150, 100, under), 5, 5, 0) - (255 * 128 + 10 * 127) / 255) <= 1);
        const RgbaImage none = compose_frame(RgbaImage{}, {}, 40, 30, under);
        REQUIRE(none.pixels.size() == 40u * 30u * 4u);
        CHECK((at(none, 39, 29, 0) == 10 && at(none, 39, 29, 2) == 30));
        CHECK(compose_frame(ramp, {}, 0, 100, under).pixels.empty());
        CHECK(compose_frame(ramp, {}, 9000, 100, under).pixels.empty());
    }
}

TEST_CASE("the attract loop's band and card are painted into a frame as ImGui would draw them", "[frame][slide]") {
    RgbaImage f = solid(100, 200, 200, 100, 50);
    SlideOverlay o;
    o.band_top = 100;
    o.band_bottom = 200;
    o.band_alpha = 200;
    o.card_x0 = 10.25;
    o.card_y0 = 10;
    o.card_x1 = 90;
    o.card_y1 = 60;
    o.card_radius = 8;
    const std::uint8_t white[4] = {255, 255, 255, 255};
    std::copy(white, white + 4, o.card);
    paint_overlay(f, o);
    // Above the band: untouched. In it, darker row by row: at the bottom row ~200/255 black.
    CHECK(at(f, 50, 99, 0) == 200);
    CHECK(at(f, 50, 100, 0) == 199);  // a(100.5) = 1: 200 * 254 / 255 = 199.2
    CHECK(at(f, 50, 150, 0) < at(f, 50, 120, 0));
    CHECK(std::abs(at(f, 50, 199, 0) - 200 * (255 - 199) / 255.0) <= 1.0);
    CHECK(std::abs(at(f, 50, 199, 1) - 100 * (255 - 199) / 255.0) <= 1.0);
    for (int y = 0; y < 200; ++y) REQUIRE(at(f, 0, y, 3) == 255);
    // The card: white inside, untouched outside, its corner cut round, its left edge a quarter
    // covered (pixel 10 spans 10..11, the card starts at 10.25: centre 10.5 is 0.25 inside).
    CHECK(at(f, 50, 30, 0) == 255);
    CHECK(at(f, 50, 30, 2) == 255);
    CHECK(at(f, 50, 5, 2) == 50);
    CHECK(at(f, 95, 30, 2) == 50);
    CHECK(at(f, 10, 10, 2) == 50);                          // the corner: outside the arc
    CHECK((at(f, 12, 12, 2) > 60 && at(f, 12, 12, 2) < 245));  // on the arc: partly covered
    CHECK(at(f, 18, 18, 2) == 255);                         // the arc's centre: inside
    CHECK(std::abs(at(f, 10, 30, 2) - (50 + 0.75 * 205)) <= 2.0);
    CHECK(at(f, 9, 30, 2) == 50);
    // Nothing to paint, nothing changed.
    RgbaImage g = solid(10, 10, 1, 2, 3);
    paint_overlay(g, SlideOverlay{});
    CHECK(g.pixels == solid(10, 10, 1, 2, 3).pixels);
}

TEST_CASE("a cross-fade mixes two frames by alpha/255, rounded", "[frame][slide]") {
    const RgbaImage black = solid(4, 2, 0, 0, 0), white = solid(4, 2, 255, 200, 100);
    RgbaImage out;
    cross_fade(black, white, 0, out);
    CHECK(out.pixels == black.pixels);
    cross_fade(black, white, 255, out);
    CHECK(out.pixels == white.pixels);
    cross_fade(black, white, 51, out);  // the first of the attract loop's steps, 1/5
    CHECK((out.pixels[0] == 51 && out.pixels[1] == 40 && out.pixels[2] == 20 && out.pixels[3] == 255));
    // Every alpha and value against the exact rounded mix.
    RgbaImage from = solid(256, 1, 0, 0, 0), to = solid(256, 1, 0, 0, 0);
    for (int i = 0; i < 256; ++i) {
        from.pixels[static_cast<std::size_t>(i) * 4] = static_cast<std::uint8_t>(i);
        to.pixels[static_cast<std::size_t>(i) * 4] = static_cast<std::uint8_t>(255 - i);
    }
    for (int a = 0; a <= 255; a += 5) {
        cross_fade(from, to, a, out);
        for (int i = 0; i < 256; ++i) {
            const double exact = (i * (255.0 - a) + (255 - i) * a) / 255.0;
            REQUIRE(std::abs(out.pixels[static_cast<std::size_t>(i) * 4] - exact) <= 0.5 + 1e-9);
        }
    }
    // Five pixels: sixteen bytes at a time, then four one by one; both parts mix alike.
    cross_fade(solid(5, 1, 0, 0, 0), solid(5, 1, 255, 200, 100), 51, out);
    REQUIRE(out.pixels.size() == 20);
    CHECK((out.pixels[16] == 51 && out.pixels[17] == 40 && out.pixels[18] == 20 && out.pixels[19] == 255));
    CHECK((out.pixels[0] == 51 && out.pixels[1] == 40 && out.pixels[2] == 20 && out.pixels[3] == 255));
    cross_fade(black, solid(2, 2, 0, 0, 0), 100, out);
    CHECK(out.pixels.empty());
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

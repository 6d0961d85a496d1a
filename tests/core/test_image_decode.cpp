// The reader's side of pictures (core/image_decode.h): what a hostile pack or export could hold
// is refused from its header, or fails to decode quickly and without undefined behaviour, and
// every ordinary kind of JPEG and PNG decodes to RGBA. No pack writer involved.
#include <catch2/catch.hpp>

#include <stb/stb_image_write.h>

#include <chrono>
#include <cstdlib>
#include <string>
#include <vector>

#include "core/image_decode.h"
#include "test_util.h"

using namespace kiosk;

namespace {

void append_to(void* ctx, void* data, int n) { static_cast<std::string*>(ctx)->append(static_cast<char*>(data), n); }

std::vector<unsigned char> pattern(int w, int h) {
    std::vector<unsigned char> px(static_cast<size_t>(w) * h * 3);
    for (size_t i = 0; i < px.size(); ++i) px[i] = static_cast<unsigned char>(i * 7 % 251);
    return px;
}

// A w x h RGB PNG or JPEG with a fixed pattern (libstb's encoder, as the image tests elsewhere).
std::string make_png(int w, int h) {
    std::string out;
    stbi_write_png_to_func(append_to, &out, w, h, 3, pattern(w, h).data(), w * 3);
    return out;
}

std::string make_jpeg(int w, int h) {
    std::string out;
    stbi_write_jpg_to_func(append_to, &out, w, h, 3, pattern(w, h).data(), 90);
    return out;
}

std::string fixture(const std::string& name) {
    const std::string bytes = testutil::slurp(std::string(KIOSK_FIXTURES_DIR) + "/images/" + name);
    REQUIRE_FALSE(bytes.empty());
    return bytes;
}

// Decodes a hand-made hostile file (tests/fixtures/images/hostile, see its README): it must be
// refused, with a reason that says why, in well under the 25 s that stb_image took on the scan
// bomb. Run under ASan and UBSan (build-asan, -fno-sanitize-recover=all) to see that no crafted
// file reaches undefined behaviour in our code; libjpeg and libpng are Debian's builds.
void check_refused(const std::string& name, const std::string& reason) {
    INFO(name);
    RgbaImage img;
    std::string err;
    const auto start = std::chrono::steady_clock::now();
    CHECK_FALSE(decode_image(fixture("hostile/" + name), img, err));
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    INFO(err);
    CHECK(err.find(reason) != std::string::npos);
    CHECK(err.find('\n') == std::string::npos);
    CHECK(img.pixels.empty());
    CHECK(seconds < 5.0);
}

// The pixel at (x, y) is within `tolerance` of r, g, b, a on every channel.
bool pixel_near(const RgbaImage& img, int x, int y, int r, int g, int b, int a, int tolerance) {
    const auto* p = &img.pixels[(static_cast<size_t>(y) * img.width + x) * 4];
    const int want[4] = {r, g, b, a};
    for (int c = 0; c < 4; ++c)
        if (std::abs(p[c] - want[c]) > tolerance) return false;
    return true;
}

}  // namespace

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

TEST_CASE("a JPEG whose Huffman code lengths overflow the table is refused", "[images][hostile]") {
    check_refused("jpeg_dht_overflow.jpg", "Bogus Huffman table definition");
}

TEST_CASE("a JPEG that decodes with a Huffman table it never defined is refused", "[images][hostile]") {
    // libjpeg-turbo falls back to the standard tables (as for Motion-JPEG frames); the scan's
    // bits are no valid code in those either.
    check_refused("jpeg_undefined_huffman.jpg", "bad Huffman code");
}

TEST_CASE("a progressive JPEG of 2000 scans is refused at its 65th scan", "[images][hostile]") {
    check_refused("jpeg_scan_bomb.jpg", "more than 64 scans");
}

TEST_CASE("a PNG whose only IDAT is empty is refused", "[images][hostile]") {
    check_refused("png_empty_idat.png", "Not enough image data");
}

TEST_CASE("a PNG whose IDAT fails its CRC is refused", "[images][hostile]") {
    check_refused("png_bad_crc.png", "CRC error");
}

TEST_CASE("headers of 60000 x 60000 or over 40 megapixels are refused by the probe", "[images][hostile]") {
    for (const char* name : {"jpeg_huge_header.jpg", "png_huge_header.png", "jpeg_over_40mp.jpg", "png_over_40mp.png"}) {
        INFO(name);
        ImageInfo info;
        std::string err;
        CHECK_FALSE(probe_image(fixture(std::string("hostile/") + name), info, err));
        check_refused(name, std::string(name).find("40mp") != std::string::npos ? "8000x6000 outside the limits"
                                                                              : "60000");
    }
}

TEST_CASE("pictures cut short are refused, not shown half grey", "[images]") {
    RgbaImage img;
    std::string err;
    const std::string jpeg = make_jpeg(64, 64), png = make_png(64, 64);
    REQUIRE(decode_image(jpeg, img, err));
    REQUIRE(decode_image(png, img, err));
    CHECK_FALSE(decode_image(jpeg.substr(0, jpeg.size() * 6 / 10), img, err));
    CHECK(err == "cannot decode JPEG (Premature end of JPEG file)");
    CHECK_FALSE(decode_image(png.substr(0, png.size() * 6 / 10), img, err));
    CHECK(err == "cannot decode PNG (file cut short)");
}

TEST_CASE("every kind of PNG and JPEG decodes to 8-bit RGBA", "[images]") {
    // tests/fixtures/images/valid: 16 x 16, rgb(200,40,60) on the right half (make_valid.sh).
    struct Case {
        const char* name;
        int left[4];   // expected at (0, 8); -1 for "any grey" (channels equal)
        int right[4];  // expected at (15, 8)
        int tolerance;
    };
    const Case cases[] = {
        {"palette_trns.png", {200, 40, 60, 0}, {200, 40, 60, 255}, 0},
        {"rgb16_interlaced.png", {0, 0, 0, 255}, {200, 40, 60, 255}, 0},
        {"gray1.png", {0, 0, 0, 255}, {255, 255, 255, 255}, 0},
        {"gray_alpha.png", {-1, -1, -1, 0}, {-1, -1, -1, 255}, 0},
        {"gray.jpg", {-1, -1, -1, 255}, {-1, -1, -1, 255}, 0},
        {"cmyk.jpg", {200, 40, 60, 255}, {200, 40, 60, 255}, 8},
        {"progressive.jpg", {200, 40, 60, 255}, {200, 40, 60, 255}, 4},
    };
    for (const Case& c : cases) {
        INFO(c.name);
        RgbaImage img;
        ImageInfo info;
        std::string err;
        const std::string bytes = fixture(std::string("valid/") + c.name);
        REQUIRE(probe_image(bytes, info, err));
        CHECK(info.width == 16);
        REQUIRE(decode_image(bytes, img, err));
        INFO(err);
        REQUIRE(img.width == 16);
        REQUIRE(img.height == 16);
        REQUIRE(img.pixels.size() == 16u * 16u * 4u);
        for (int side = 0; side < 2; ++side) {
            const int* want = side ? c.right : c.left;
            const int x = side ? 15 : 0;
            const auto* p = &img.pixels[(8u * 16u + static_cast<unsigned>(x)) * 4u];
            INFO("x " << x << ": " << int(p[0]) << "," << int(p[1]) << "," << int(p[2]) << "," << int(p[3]));
            if (want[0] < 0) {  // grey: channels equal, alpha as given
                CHECK((p[0] == p[1] && p[1] == p[2]));
                CHECK(p[3] == want[3]);
            } else {
                CHECK(pixel_near(img, x, 8, want[0], want[1], want[2], want[3], c.tolerance));
            }
        }
    }
}

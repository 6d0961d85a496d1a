// The reader's side of pictures (core/image_decode.h): what a hostile pack could hold is
// refused from its header, or fails to decode without crashing. No pack writer involved.
#include <catch2/catch.hpp>

#include <stb/stb_image_write.h>

#include <string>
#include <vector>

#include "core/image_decode.h"

using namespace kiosk;

namespace {

void append_png(void* ctx, void* data, int n) { static_cast<std::string*>(ctx)->append(static_cast<char*>(data), n); }

// A w x h RGB PNG with a fixed pattern (libstb's encoder, as the image tests elsewhere).
std::string make_png(int w, int h) {
    std::vector<unsigned char> px(static_cast<size_t>(w) * h * 3);
    for (size_t i = 0; i < px.size(); ++i) px[i] = static_cast<unsigned char>(i * 7 % 251);
    std::string out;
    stbi_write_png_to_func(append_png, &out, w, h, 3, px.data(), w * 3);
    return out;
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

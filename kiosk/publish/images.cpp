// Image resizing and JPEG encoding for packs, on private static builds of stb's resize/write.
#include "publish/images.h"

#define STB_IMAGE_RESIZE_STATIC
#define STB_IMAGE_RESIZE_IMPLEMENTATION
#define STB_IMAGE_WRITE_STATIC
#define STB_IMAGE_WRITE_IMPLEMENTATION
#define STBI_WRITE_NO_STDIO
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wconversion"
#pragma GCC diagnostic ignored "-Wshadow"
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#pragma GCC diagnostic ignored "-Wsign-compare"
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#pragma GCC diagnostic ignored "-Wdouble-promotion"
#pragma GCC diagnostic ignored "-Wunused-parameter"
#include <stb/stb_image_resize.h>
#include <stb/stb_image_write.h>
#pragma GCC diagnostic pop

#include <algorithm>
#include <cstdint>
#include <vector>

namespace kiosk::publish {

namespace {

void append(void* ctx, void* data, int size) {
    static_cast<std::string*>(ctx)->append(static_cast<const char*>(data), static_cast<std::size_t>(size));
}

// JPEG has no alpha: flatten onto white, which is what a transparent PNG logo looks like on
// the kiosk's light cards.
std::vector<std::uint8_t> to_rgb(const RgbaImage& img) {
    std::vector<std::uint8_t> rgb(static_cast<std::size_t>(img.width) * img.height * 3);
    for (std::size_t i = 0, n = static_cast<std::size_t>(img.width) * img.height; i < n; ++i) {
        const unsigned a = img.pixels[i * 4 + 3];
        for (int c = 0; c < 3; ++c)
            rgb[i * 3 + c] = static_cast<std::uint8_t>((img.pixels[i * 4 + c] * a + 255 * (255 - a)) / 255);
    }
    return rgb;
}

bool encode_jpeg(const RgbaImage& img, int quality, std::string& out) {
    out.clear();
    auto rgb = to_rgb(img);
    return stbi_write_jpg_to_func(append, &out, img.width, img.height, 3, rgb.data(), quality) != 0;
}

RgbaImage resize(const RgbaImage& src, int x0, int y0, int sw, int sh, int dw, int dh) {
    RgbaImage dst;
    dst.width = dw;
    dst.height = dh;
    dst.pixels.resize(static_cast<std::size_t>(dw) * dh * 4);
    const std::uint8_t* start = src.pixels.data() + (static_cast<std::size_t>(y0) * src.width + x0) * 4;
    stbir_resize_uint8_srgb(start, sw, sh, src.width * 4, dst.pixels.data(), dw, dh, 0, 4, 3, 0);
    return dst;
}

}  // namespace

bool prepare_image(std::string_view original, PreparedImage& out, std::string& error) {
    RgbaImage img;
    if (!decode_image(original, img, error)) return false;

    const int longest = std::max(img.width, img.height);
    if (longest <= kDisplayMaxSide) {
        out.bytes.assign(original);
        probe_image(out.bytes, out.info, error);
    } else {
        const double s = static_cast<double>(kDisplayMaxSide) / longest;
        const int w = std::max(1, static_cast<int>(img.width * s + 0.5));
        const int h = std::max(1, static_cast<int>(img.height * s + 0.5));
        if (!encode_jpeg(resize(img, 0, 0, img.width, img.height, w, h), 85, out.bytes)) {
            error = "cannot encode reduced image";
            return false;
        }
        out.info = {"image/jpeg", w, h};
    }

    // Thumbnail: crop the centre to the card's aspect, then scale, so cards never letterbox.
    const double target = static_cast<double>(kThumbWidth) / kThumbHeight;
    int cw = img.width, ch = img.height;
    if (static_cast<double>(cw) / ch > target)
        cw = std::max(1, static_cast<int>(ch * target));
    else
        ch = std::max(1, static_cast<int>(cw / target));
    const int tw = std::min(kThumbWidth, cw), th = std::min(kThumbHeight, ch);
    if (!encode_jpeg(resize(img, (img.width - cw) / 2, (img.height - ch) / 2, cw, ch, tw, th), 82, out.thumb_jpeg)) {
        error = "cannot encode thumbnail";
        return false;
    }
    out.thumb_width = tw;
    out.thumb_height = th;
    return true;
}

}  // namespace kiosk::publish

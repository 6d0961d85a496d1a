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
#include <cmath>
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

Focus focal_point(const RgbaImage& img) {
    const int w = img.width, h = img.height;
    if (w <= 0 || h <= 0 || img.pixels.size() < static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 4) return {};
    // 1. Grey grid, area average; transparent pixels count as the white they are shown on.
    const int side = std::max(w, h);
    const int gw = std::max(1, std::min(w, w * kFocusGrid / side)), gh = std::max(1, std::min(h, h * kFocusGrid / side));
    std::vector<std::int64_t> sum(static_cast<std::size_t>(gw) * gh, 0), count(sum.size(), 0);
    std::vector<std::size_t> cell_of_x(static_cast<std::size_t>(w));  // no division per pixel
    for (int x = 0; x < w; ++x) cell_of_x[static_cast<std::size_t>(x)] = static_cast<std::size_t>(static_cast<std::int64_t>(x) * gw / w);
    for (int y = 0; y < h; ++y) {
        const std::size_t row = static_cast<std::size_t>(static_cast<std::int64_t>(y) * gh / h) * gw;
        const std::uint8_t* p = &img.pixels[static_cast<std::size_t>(y) * w * 4];
        for (int x = 0; x < w; ++x, p += 4) {
            int grey = (77 * p[0] + 150 * p[1] + 29 * p[2]) >> 8;
            if (p[3] != 255) grey = (grey * p[3] + 255 * (255 - p[3])) / 255;
            const std::size_t d = row + cell_of_x[static_cast<std::size_t>(x)];
            sum[d] += grey;
            ++count[d];
        }
    }
    std::vector<int> g(sum.size());
    for (std::size_t i = 0; i < g.size(); ++i) g[i] = count[i] ? static_cast<int>(sum[i] / count[i]) : 0;
    auto at = [&](int x, int y) { return g[static_cast<std::size_t>(y) * gw + x]; };

    // 2. Edge energy, with an integral image for the window sums: ii[(y)(gw+1) + x] is the
    // energy of the cells above and left of (x, y).
    std::vector<std::int64_t> e(g.size(), 0), ii(static_cast<std::size_t>(gw + 1) * (gh + 1), 0);
    std::int64_t total = 0;
    for (int y = 0; y < gh; ++y)
        for (int x = 0; x < gw; ++x) {
            int d = 0;
            if (x + 1 < gw) d += std::abs(at(x + 1, y) - at(x, y));
            if (y + 1 < gh) d += std::abs(at(x, y + 1) - at(x, y));
            const std::int64_t v = std::max(0, d - kFocusNoiseFloor);
            e[static_cast<std::size_t>(y) * gw + x] = v;
            total += v;
        }
    if (total == 0) return {};
    for (int y = 0; y < gh; ++y)
        for (int x = 0; x < gw; ++x)
            ii[static_cast<std::size_t>(y + 1) * (gw + 1) + x + 1] = e[static_cast<std::size_t>(y) * gw + x] +
                                                                     ii[static_cast<std::size_t>(y) * (gw + 1) + x + 1] +
                                                                     ii[static_cast<std::size_t>(y + 1) * (gw + 1) + x] -
                                                                     ii[static_cast<std::size_t>(y) * (gw + 1) + x];
    auto box = [&](int x0, int y0, int x1, int y1) {  // cells x0 <= x < x1, y0 <= y < y1
        return ii[static_cast<std::size_t>(y1) * (gw + 1) + x1] - ii[static_cast<std::size_t>(y0) * (gw + 1) + x1] -
               ii[static_cast<std::size_t>(y1) * (gw + 1) + x0] + ii[static_cast<std::size_t>(y0) * (gw + 1) + x0];
    };

    // 3. The best window; the first in raster order wins a tie, so the result is stable.
    const int ww = std::max(1, (gw + 2) / 3), wh = std::max(1, (gh + 2) / 3);
    double best = -1;
    int bx = 0, by = 0;
    for (int y = 0; y + wh <= gh; ++y)
        for (int x = 0; x + ww <= gw; ++x) {
            const double dx = (x + ww / 2.0) / gw - 0.5, dy = (y + wh / 2.0) / gh - 0.5;
            const double far = std::sqrt((dx * dx + dy * dy) / 0.5);  // 0 at the centre, 1 at a corner
            const double score = static_cast<double>(box(x, y, x + ww, y + wh)) * (1 - kFocusCentreBias * far);
            if (score > best) {
                best = score;
                bx = x;
                by = y;
            }
        }

    // 4. Centroid inside the window (cell centres), pulled towards the centre, rounded.
    std::int64_t s = 0, sx = 0, sy = 0;
    for (int y = by; y < by + wh; ++y)
        for (int x = bx; x < bx + ww; ++x) {
            const std::int64_t v = e[static_cast<std::size_t>(y) * gw + x];
            s += v;
            sx += v * (2 * x + 1);
            sy += v * (2 * y + 1);
        }
    double cx = (bx + ww / 2.0) / gw, cy = (by + wh / 2.0) / gh;
    if (s > 0) {
        cx = static_cast<double>(sx) / (2.0 * static_cast<double>(s) * gw);
        cy = static_cast<double>(sy) / (2.0 * static_cast<double>(s) * gh);
    }
    auto settle = [](double c) { return std::clamp(std::round((0.5 + 0.9 * (c - 0.5)) * 1000) / 1000, 0.0, 1.0); };
    return {settle(cx), settle(cy)};
}

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

    // Thumbnail: crop to the card's aspect around the focal point, then scale, so cards never
    // letterbox and keep what matters (the kiosk finds the point in the thumbnail by the same
    // core/picture_frame.h window).
    out.focus = focal_point(img);
    const double target = static_cast<double>(kThumbWidth) / kThumbHeight;
    int cw = img.width, ch = img.height;
    if (static_cast<double>(cw) / ch > target)
        cw = std::max(1, static_cast<int>(ch * target));
    else
        ch = std::max(1, static_cast<int>(cw / target));
    const int tw = std::min(kThumbWidth, cw), th = std::min(kThumbHeight, ch);
    const UvWindow win = cover_window(img.width, img.height, kThumbWidth, kThumbHeight, out.focus);
    const int x0 = std::clamp(static_cast<int>(std::lround(win.u0 * img.width)), 0, img.width - cw);
    const int y0 = std::clamp(static_cast<int>(std::lround(win.v0 * img.height)), 0, img.height - ch);
    if (!encode_jpeg(resize(img, x0, y0, cw, ch, tw, th), 82, out.thumb_jpeg)) {
        error = "cannot encode thumbnail";
        return false;
    }
    out.thumb_width = tw;
    out.thumb_height = th;
    return true;
}

}  // namespace kiosk::publish

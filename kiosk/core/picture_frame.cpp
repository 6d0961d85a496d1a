// Fitting pictures into frames: crop windows around a focal point, letterboxes, backdrops.
#include "core/picture_frame.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

namespace kiosk {

namespace {

bool usable(double w, double h) { return w > 0 && h > 0; }

// One box blur pass of radius r along rows (stride 1) or columns, edges repeated so that the
// border does not fade to black.
void box_pass(std::vector<int>& ch, int w, int h, int r, bool rows) {
    const int n = rows ? w : h, lines = rows ? h : w;
    std::vector<int> line(static_cast<std::size_t>(n));
    for (int l = 0; l < lines; ++l) {
        auto at = [&](int i) -> int& {
            return rows ? ch[static_cast<std::size_t>(l) * w + i] : ch[static_cast<std::size_t>(i) * w + l];
        };
        for (int i = 0; i < n; ++i) line[static_cast<std::size_t>(i)] = at(i);
        const int span = 2 * r + 1;
        int sum = 0;
        for (int k = -r; k <= r; ++k) sum += line[static_cast<std::size_t>(std::clamp(k, 0, n - 1))];
        for (int i = 0; i < n; ++i) {
            at(i) = sum / span;
            sum += line[static_cast<std::size_t>(std::min(i + r + 1, n - 1))] -
                   line[static_cast<std::size_t>(std::max(i - r, 0))];
        }
    }
}

// One tap of bilinear sampling along an axis: the two texels and the second's weight in 1/256.
struct Tap {
    int i0, i1, f;
};

// For destination pixels first..last-1 along one axis, the taps into a source `size` texels
// long, for a frame rectangle starting at `r0`, `rlen` long, showing the window t0..t1 (0..1)
// of the source: GL's sampling at pixel centres, clamped at the edges.
std::vector<Tap> taps(int first, int last, double r0, double rlen, double t0, double t1, int size) {
    std::vector<Tap> out;
    out.reserve(static_cast<std::size_t>(std::max(0, last - first)));
    for (int c = first; c < last; ++c) {
        const double t = t0 + (t1 - t0) * (c + 0.5 - r0) / rlen;
        const double s = t * size - 0.5;
        const double fl = std::floor(s);
        const int i = static_cast<int>(fl);
        out.push_back({std::clamp(i, 0, size - 1), std::clamp(i + 1, 0, size - 1),
                       static_cast<int>(std::lround((s - fl) * 256))});
    }
    return out;
}

// out[i] = (a[i] * (256 - w) + b[i] * w + 128) >> 8 for n bytes, w in 0..256: sixteen bytes at
// a time in vector registers (GCC and Clang vector types; the compiler at -O2 does not
// vectorise such a loop itself).
void lerp_bytes(const std::uint8_t* a, const std::uint8_t* b, int w, std::uint8_t* out, std::size_t n) {
    using Bytes = std::uint8_t __attribute__((vector_size(16)));
    using Words = std::uint16_t __attribute__((vector_size(32)));
    const std::uint16_t wb = static_cast<std::uint16_t>(w), wa = static_cast<std::uint16_t>(256 - w);
    std::size_t i = 0;
    for (; i + 16 <= n; i += 16) {
        Bytes ab, bb;
        std::memcpy(&ab, a + i, 16);
        std::memcpy(&bb, b + i, 16);
        // At most 255 * 256 + 128: fits 16 bits.
        const Words x = (__builtin_convertvector(ab, Words) * wa + __builtin_convertvector(bb, Words) * wb + 128) >> 8;
        const Bytes r = __builtin_convertvector(x, Bytes);
        std::memcpy(out + i, &r, 16);
    }
    for (; i < n; ++i) out[i] = static_cast<std::uint8_t>((a[i] * wa + b[i] * wb + 128) >> 8);
}

// Draws the window `uv` of `src` into the pixels of `dst` whose centres lie inside `r`,
// bilinearly; src's alpha blends it over what dst holds (dst stays opaque). In two passes, as
// bilinear sampling separates: each source row needed is resampled across once, then each
// destination row is a mix of two such rows (a full-screen frame in a few milliseconds, where
// four taps per pixel took 20).
void draw_scaled(const RgbaImage& src, UvWindow uv, FrameRect r, RgbaImage& dst) {
    if (src.width <= 0 || src.height <= 0 || r.w <= 0 || r.h <= 0) return;
    // Pixels whose centre c + 0.5 lies in [r.x, r.x + r.w): as GL rasterises a rectangle.
    const int x0 = std::clamp(static_cast<int>(std::ceil(r.x - 0.5)), 0, dst.width);
    const int x1 = std::clamp(static_cast<int>(std::ceil(r.x + r.w - 0.5)), x0, dst.width);
    const int y0 = std::clamp(static_cast<int>(std::ceil(r.y - 0.5)), 0, dst.height);
    const int y1 = std::clamp(static_cast<int>(std::ceil(r.y + r.h - 0.5)), y0, dst.height);
    if (x0 >= x1 || y0 >= y1) return;
    const std::vector<Tap> tx = taps(x0, x1, r.x, r.w, uv.u0, uv.u1, src.width);
    const std::vector<Tap> ty = taps(y0, y1, r.y, r.h, uv.v0, uv.v1, src.height);
    const std::size_t stride = static_cast<std::size_t>(src.width) * 4;
    const std::size_t n = static_cast<std::size_t>(x1 - x0) * 4;
    bool opaque = true;
    for (std::size_t i = 3; i < src.pixels.size() && opaque; i += 4) opaque = src.pixels[i] == 255;
    // The two source rows the current destination row mixes, resampled across.
    std::vector<std::uint8_t> upper(n), lower(n), row(n);
    int upper_of = -1, lower_of = -1;
    auto across = [&](int sy, std::vector<std::uint8_t>& out) {
        const std::uint8_t* line = &src.pixels[static_cast<std::size_t>(sy) * stride];
        std::uint8_t* o = out.data();
        for (const Tap& t : tx) {
            const std::uint8_t* a = line + t.i0 * 4;
            const std::uint8_t* b = line + t.i1 * 4;
            for (int k = 0; k < 4; ++k) *o++ = static_cast<std::uint8_t>((a[k] * (256 - t.f) + b[k] * t.f + 128) >> 8);
        }
    };
    for (int y = y0; y < y1; ++y) {
        const Tap& vy = ty[static_cast<std::size_t>(y - y0)];
        if (upper_of != vy.i0) {
            if (lower_of == vy.i0) {
                std::swap(upper, lower);
                std::swap(upper_of, lower_of);
            } else {
                across(vy.i0, upper);
                upper_of = vy.i0;
            }
        }
        if (lower_of != vy.i1) {
            across(vy.i1, lower);
            lower_of = vy.i1;
        }
        std::uint8_t* out = &dst.pixels[(static_cast<std::size_t>(y) * dst.width + x0) * 4];
        if (opaque) {
            lerp_bytes(upper.data(), lower.data(), vy.f, out, n);
            continue;
        }
        lerp_bytes(upper.data(), lower.data(), vy.f, row.data(), n);
        for (std::size_t i = 0; i < n; i += 4) {
            const int a = row[i + 3];
            for (int k = 0; k < 3; ++k) out[i + k] = static_cast<std::uint8_t>((row[i + k] * a + out[i + k] * (255 - a) + 127) / 255);
        }
    }
}

}  // namespace

UvWindow cover_window(double pic_w, double pic_h, double frame_w, double frame_h, Focus focus) {
    UvWindow w;
    if (!usable(pic_w, pic_h) || !usable(frame_w, frame_h)) return w;
    const double pa = pic_w / pic_h, fa = frame_w / frame_h;
    if (pa > fa) {  // wider than the frame: keep the full height, slide horizontally
        const double cw = fa / pa;
        w.u0 = std::clamp(focus.x - cw / 2, 0.0, 1.0 - cw);
        w.u1 = w.u0 + cw;
    } else if (pa < fa) {  // taller: keep the full width, slide vertically
        const double ch = pa / fa;
        w.v0 = std::clamp(focus.y - ch / 2, 0.0, 1.0 - ch);
        w.v1 = w.v0 + ch;
    }
    return w;
}

FrameRect contain_rect(double pic_w, double pic_h, FrameRect frame) {
    if (!usable(pic_w, pic_h) || !usable(frame.w, frame.h)) return frame;
    const double s = std::min(frame.w / pic_w, frame.h / pic_h);
    const double w = pic_w * s, h = pic_h * s;
    return {frame.x + (frame.w - w) / 2, frame.y + (frame.h - h) / 2, w, h};
}

double cover_keeps(double pic_w, double pic_h, double frame_w, double frame_h) {
    if (!usable(pic_w, pic_h) || !usable(frame_w, frame_h)) return 1;
    const double r = (pic_w / pic_h) / (frame_w / frame_h);
    return std::min(r, 1 / r);
}

bool show_whole(double pic_w, double pic_h, double frame_w, double frame_h) {
    return cover_keeps(pic_w, pic_h, frame_w, frame_h) < kCoverKeepsAtLeast;
}

Focus focus_in_window(Focus focus, UvWindow w) {
    const double cw = w.u1 - w.u0, ch = w.v1 - w.v0;
    if (cw <= 0 || ch <= 0) return {};
    return {std::clamp((focus.x - w.u0) / cw, 0.0, 1.0), std::clamp((focus.y - w.v0) / ch, 0.0, 1.0)};
}

RgbaImage blurred_backdrop(const RgbaImage& src, int longest, int radius, int darken) {
    RgbaImage out;
    if (src.width <= 0 || src.height <= 0 || longest <= 0 ||
        src.pixels.size() < static_cast<std::size_t>(src.width) * static_cast<std::size_t>(src.height) * 4)
        return out;
    const int side = std::max(src.width, src.height);
    const int dw = std::max(1, std::min(src.width, src.width * longest / side));
    const int dh = std::max(1, std::min(src.height, src.height * longest / side));
    // Area average: every source pixel lands in exactly one small pixel, so nothing aliases.
    std::vector<long long> sum(static_cast<std::size_t>(dw) * dh * 3, 0);
    std::vector<long long> count(static_cast<std::size_t>(dw) * dh, 0);
    std::vector<std::size_t> cell_of_x(static_cast<std::size_t>(src.width));  // no division per pixel
    for (int x = 0; x < src.width; ++x)
        cell_of_x[static_cast<std::size_t>(x)] = static_cast<std::size_t>(static_cast<long long>(x) * dw / src.width);
    for (int y = 0; y < src.height; ++y) {
        const std::size_t row = static_cast<std::size_t>(static_cast<long long>(y) * dh / src.height) * dw;
        const std::uint8_t* p = &src.pixels[static_cast<std::size_t>(y) * src.width * 4];
        for (int x = 0; x < src.width; ++x, p += 4) {
            const std::size_t d = row + cell_of_x[static_cast<std::size_t>(x)];
            sum[d * 3] += p[0];
            sum[d * 3 + 1] += p[1];
            sum[d * 3 + 2] += p[2];
            ++count[d];
        }
    }
    std::vector<int> ch[3];
    for (int c = 0; c < 3; ++c) {
        ch[c].resize(static_cast<std::size_t>(dw) * dh);
        for (std::size_t i = 0; i < ch[c].size(); ++i)
            ch[c][i] = count[i] ? static_cast<int>(sum[i * 3 + c] / count[i]) : 0;
        // Three box passes each way approximate a gaussian of sigma ~ radius.
        for (int pass = 0; pass < 3; ++pass) {
            box_pass(ch[c], dw, dh, radius, true);
            box_pass(ch[c], dw, dh, radius, false);
        }
    }
    out.width = dw;
    out.height = dh;
    out.pixels.resize(static_cast<std::size_t>(dw) * dh * 4);
    for (std::size_t i = 0, n = static_cast<std::size_t>(dw) * dh; i < n; ++i) {
        for (int c = 0; c < 3; ++c)
            out.pixels[i * 4 + c] = static_cast<std::uint8_t>(std::clamp(ch[c][i] * darken / 256, 0, 255));
        out.pixels[i * 4 + 3] = 255;
    }
    return out;
}

RgbaImage compose_frame(const RgbaImage& pic, Focus focus, int w, int h, const std::uint8_t under[4]) {
    RgbaImage out;
    if (w <= 0 || h <= 0 || w > 8192 || h > 8192) return out;
    out.width = w;
    out.height = h;
    out.pixels.resize(static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 4);
    for (std::size_t i = 0; i < out.pixels.size(); i += 4) {
        out.pixels[i] = under[0];
        out.pixels[i + 1] = under[1];
        out.pixels[i + 2] = under[2];
        out.pixels[i + 3] = 255;
    }
    if (pic.width <= 0 || pic.height <= 0 ||
        pic.pixels.size() < static_cast<std::size_t>(pic.width) * static_cast<std::size_t>(pic.height) * 4)
        return out;
    const double pw = pic.width, ph = pic.height;
    const FrameRect frame{0, 0, static_cast<double>(w), static_cast<double>(h)};
    const UvWindow cover = cover_window(pw, ph, w, h, focus);
    if (!show_whole(pw, ph, w, h)) {
        draw_scaled(pic, cover, frame, out);
        return out;
    }
    // The backdrop has the picture's shape, so the same window covers the frame with it.
    draw_scaled(blurred_backdrop(pic), cover, frame, out);
    draw_scaled(pic, UvWindow{}, contain_rect(pw, ph, frame), out);
    return out;
}

bool SlideOverlay::operator==(const SlideOverlay& o) const {
    return band_top == o.band_top && band_bottom == o.band_bottom && band_alpha == o.band_alpha && card_x0 == o.card_x0 &&
           card_y0 == o.card_y0 && card_x1 == o.card_x1 && card_y1 == o.card_y1 && card_radius == o.card_radius &&
           std::equal(card, card + 4, o.card);
}

void paint_overlay(RgbaImage& frame, const SlideOverlay& o) {
    const int w = frame.width, h = frame.height;
    if (w <= 0 || h <= 0 || frame.pixels.size() < static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 4) return;
    auto px = [&](int x, int y) { return &frame.pixels[(static_cast<std::size_t>(y) * static_cast<std::size_t>(w) + x) * 4]; };
    // The band: black at alpha a(y) over each pixel, a linear from 0 to band_alpha.
    if (o.band_alpha > 0 && o.band_bottom > o.band_top) {
        const int y0 = std::clamp(static_cast<int>(std::ceil(o.band_top - 0.5)), 0, h);
        const int y1 = std::clamp(static_cast<int>(std::ceil(o.band_bottom - 0.5)), y0, h);
        for (int y = y0; y < y1; ++y) {
            const double a = o.band_alpha * (y + 0.5 - o.band_top) / (o.band_bottom - o.band_top);
            const int keep = 255 - std::clamp(static_cast<int>(std::lround(a)), 0, 255);
            std::uint8_t* p = px(0, y);
            for (int x = 0; x < w; ++x, p += 4)
                for (int c = 0; c < 3; ++c) p[c] = static_cast<std::uint8_t>((p[c] * keep + 127) / 255);
        }
    }
    // The card: its coverage of each pixel centre (1 inside, 0 outside, a one-pixel ramp along
    // the edge and around the corners' arcs) times its alpha.
    if (o.card_x1 > o.card_x0 && o.card_y1 > o.card_y0 && o.card[3] > 0) {
        const double r = std::clamp(o.card_radius, 0.0, std::min(o.card_x1 - o.card_x0, o.card_y1 - o.card_y0) / 2);
        const int x0 = std::clamp(static_cast<int>(std::floor(o.card_x0)), 0, w);
        const int x1 = std::clamp(static_cast<int>(std::ceil(o.card_x1)), x0, w);
        const int y0 = std::clamp(static_cast<int>(std::floor(o.card_y0)), 0, h);
        const int y1 = std::clamp(static_cast<int>(std::ceil(o.card_y1)), y0, h);
        for (int y = y0; y < y1; ++y) {
            const double cy = y + 0.5;
            for (int x = x0; x < x1; ++x) {
                const double cx = x + 0.5;
                // Distance inside the rounded rectangle's edge: a signed distance, + inside.
                const double qx = std::max(o.card_x0 + r - cx, cx - (o.card_x1 - r));
                const double qy = std::max(o.card_y0 + r - cy, cy - (o.card_y1 - r));
                double inside;
                if (qx > 0 && qy > 0)
                    inside = r - std::sqrt(qx * qx + qy * qy);  // in a corner's square: the arc
                else
                    inside = std::min(r - qx, r - qy);  // along the straight edges
                const double cover = std::clamp(inside + 0.5, 0.0, 1.0);
                const int a = static_cast<int>(std::lround(cover * o.card[3]));
                if (a <= 0) continue;
                std::uint8_t* p = px(x, y);
                for (int c = 0; c < 3; ++c) p[c] = static_cast<std::uint8_t>((o.card[c] * a + p[c] * (255 - a) + 127) / 255);
            }
        }
    }
}

void cross_fade(const RgbaImage& from, const RgbaImage& to, int alpha, RgbaImage& out) {
    if (from.width != to.width || from.height != to.height || from.pixels.size() != to.pixels.size()) {
        out = {};
        return;
    }
    out.width = from.width;
    out.height = from.height;
    out.pixels.resize(from.pixels.size());
    const std::uint16_t a = static_cast<std::uint16_t>(std::clamp(alpha, 0, 255));
    const std::uint16_t na = static_cast<std::uint16_t>(255 - a);
    const std::uint8_t* f = from.pixels.data();
    const std::uint8_t* t = to.pixels.data();
    std::uint8_t* o = out.pixels.data();
    // x / 255 rounded, for x up to 255 * 255, without a division: (x + 128) * 257 >> 16, which
    // is t + (t >> 8) >> 8 for t = x + 128 and fits 16 bits. Sixteen bytes at a time in vector
    // registers (GCC and Clang vector types): 8 MB a fade step at 1080x1920, 1-2 ms, where the
    // byte loop took 8 (the compiler at -O2 does not vectorise it itself).
    using Bytes = std::uint8_t __attribute__((vector_size(16)));
    using Words = std::uint16_t __attribute__((vector_size(32)));
    const std::size_t n = from.pixels.size();
    std::size_t i = 0;
    for (; i + 16 <= n; i += 16) {
        Bytes fb, tb;
        std::memcpy(&fb, f + i, 16);
        std::memcpy(&tb, t + i, 16);
        Words x = __builtin_convertvector(fb, Words) * na + __builtin_convertvector(tb, Words) * a + 128;
        x = (x + (x >> 8)) >> 8;
        const Bytes r = __builtin_convertvector(x, Bytes);
        std::memcpy(o + i, &r, 16);
    }
    for (; i < n; ++i) {
        const unsigned x = f[i] * na + t[i] * a + 128u;
        o[i] = static_cast<std::uint8_t>((x + (x >> 8)) >> 8);
    }
}

}  // namespace kiosk

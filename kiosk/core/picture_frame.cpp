// Fitting pictures into frames: crop windows around a focal point, letterboxes, backdrops.
#include "core/picture_frame.h"

#include <algorithm>
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

}  // namespace kiosk

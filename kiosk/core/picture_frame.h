// How a picture is fitted into a frame on screen, as pure math (no GL, no ImGui) so that the
// pack builder, the kiosk's texture cache and its draw code share one definition and the
// tests can check it without a window.
//
// A picture carries a focal point (schema.sql, media_focus): where, in 0..1 of its width and
// height, the part that matters lies, computed once by the pack builder. When a frame's shape
// differs a little from the picture's, the picture is cropped to cover the frame and the crop
// window is slid so that the focal point stays in view, as central as the picture allows.
// When it differs a lot (a portrait poster in a landscape frame), cropping would cut most of
// it, so the picture is shown whole over a blurred copy of itself instead.
#pragma once

#include <cstdint>

#include "core/image_decode.h"

namespace kiosk {

struct Focus {
    double x = 0.5, y = 0.5;  // 0..1 of the picture's width and height; the centre by default
};

// A window over a picture in texture coordinates (0..1): u0 <= u1, v0 <= v1.
struct UvWindow {
    double u0 = 0, v0 = 0, u1 = 1, v1 = 1;
};

// A rectangle in frame units (pixels on screen).
struct FrameRect {
    double x = 0, y = 0, w = 0, h = 0;
};

// The crop of a pic_w x pic_h picture with the frame's aspect (frame_w / frame_h), as large as
// the picture allows, centred on the focal point and then moved back inside the picture: the
// focal point is at the crop's centre when that fits, else as close to it as the edge allows.
UvWindow cover_window(double pic_w, double pic_h, double frame_w, double frame_h, Focus focus);

// The largest rectangle of the picture's aspect inside the frame, centred (letterboxing).
FrameRect contain_rect(double pic_w, double pic_h, FrameRect frame);

// Shown whole when covering the frame would keep less than this share of the picture (the
// other side is cut). 0.7: a 4:3 or 3:2 photo in a 16:9 or 3:2 frame (keeps 75-100%) is still
// cropped, a square picture in a 16:9 frame (56%), a 2:3 poster in a 3:2 frame (44%) or a
// landscape photo on a portrait screen (under 40%) is shown whole.
constexpr double kCoverKeepsAtLeast = 0.7;

// The share of the picture a cover crop keeps: min(ratio, 1 / ratio) of the two aspects.
double cover_keeps(double pic_w, double pic_h, double frame_w, double frame_h);
bool show_whole(double pic_w, double pic_h, double frame_w, double frame_h);

// Where the focal point lies in a crop of the picture (the thumbnail is such a crop), clamped
// to 0..1 when the crop had to leave it out.
Focus focus_in_window(Focus focus, UvWindow w);

// The backdrop drawn behind a picture shown whole: a small, blurred, darkened copy, made once
// per picture (the kiosk does it on its decoder thread). Longest side `longest` pixels, three
// box blur passes of radius `radius` (close to a gaussian), colours multiplied by darken/256.
// Opaque. An empty source gives an empty image.
RgbaImage blurred_backdrop(const RgbaImage& src, int longest = 48, int radius = 3, int darken = 150);

// The attract loop's pictures, composed on the CPU (kiosk/app/slide_show.h says why).
//
// A w x h opaque frame showing `pic` as the kiosk's draw_picture shows it full screen
// (PictureFit::WholeWhenApart, square corners): cropped around the focal point to cover the
// frame, or, when show_whole, whole and centred over its blurred backdrop stretched to cover.
// Sampled bilinearly at pixel centres with edges clamped, as a GL texture is. Transparent
// pixels show `under` (RGBA bytes, as in RgbaImage; its alpha is ignored). An empty picture
// gives a frame of `under`; a size over 8192 on a side, an empty image.
RgbaImage compose_frame(const RgbaImage& pic, Focus focus, int w, int h, const std::uint8_t under[4]);

// What the attract loop lays over every slide, painted into its frames once per slide instead
// of drawn over every frame by the GPU: a black band fading in toward the bottom (under the
// slide's title) and the invitation's card. Both commute with a cross-fade (the band scales
// every pixel alike, the card is painted over), so a mix of two painted frames is the painted
// mix. Coordinates in frame pixels, as ImGui's: a pixel's centre is at +0.5.
struct SlideOverlay {
    double band_top = 0, band_bottom = 0;  // alpha 0 at band_top, band_alpha at band_bottom
    int band_alpha = 0;                    // 0: no band
    double card_x0 = 0, card_y0 = 0, card_x1 = 0, card_y1 = 0, card_radius = 0;  // empty: none
    std::uint8_t card[4] = {0, 0, 0, 0};   // RGBA; alpha blends it over the picture
    bool operator==(const SlideOverlay& o) const;
    bool operator!=(const SlideOverlay& o) const { return !(*this == o); }
};

// Paints the overlay into an opaque frame: the band row by row (its alpha interpolated at
// each row's centre), then the card with rounded corners, anti-aliased over one pixel.
void paint_overlay(RgbaImage& frame, const SlideOverlay& o);

// out = from faded toward `to` by alpha/255 (0: from, 255: to), channel by channel, rounded
// to nearest. Both must have the same size; out is resized to it (else left empty).
void cross_fade(const RgbaImage& from, const RgbaImage& to, int alpha, RgbaImage& out);

}  // namespace kiosk

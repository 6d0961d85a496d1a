// The pack tool's image pipeline: validate untrusted bytes, shrink for display, make thumbnails.
#pragma once

#include <string>
#include <string_view>

#include "core/image_decode.h"
#include "core/picture_frame.h"

namespace kiosk::publish {

// Longest side of the picture kept in a pack: a full-width photo on a 1080x1920 totem.
constexpr int kDisplayMaxSide = 1920;
// Thumbnails fill a card of about 26 x 17 em; 480 x 320 stays sharp at our largest scale.
constexpr int kThumbWidth = 480;
constexpr int kThumbHeight = 320;

struct PreparedImage {
    std::string bytes;  // what goes into media.bytes
    ImageInfo info;     // of `bytes`
    std::string thumb_jpeg;
    int thumb_width = 0, thumb_height = 0;
    Focus focus;  // focal_point() of the picture; the thumbnail is cropped around it
};

// The picture's focal point, by a measure simple enough to explain and fully deterministic
// (integer sums; the same pixels always give the same point, so packs stay byte-identical):
//   1. reduce to a grey grid whose longest side is 64 cells (area average), so that JPEG
//      noise and fine texture weigh little and the cost does not grow with the picture;
//   2. edge energy per cell: the absolute grey differences to its right and lower
//      neighbours, less a noise floor of kFocusNoiseFloor grey levels;
//   3. slide a window a third of the grid wide and high over it; the window with the most
//      energy wins, its score reduced by up to kFocusCentreBias towards the far corners so
//      that, between two similar regions, the more central one wins;
//   4. the focal point is the energy centroid inside that window, pulled 10% towards the
//      centre (a crop rarely gains from hugging an edge), rounded to 1/1000.
// A picture without edges (uniform, or only gentle gradients) gives the centre.
Focus focal_point(const RgbaImage& img);
constexpr int kFocusGrid = 64;
constexpr int kFocusNoiseFloor = 6;
constexpr double kFocusCentreBias = 0.25;

// Decodes (which validates), keeps the original when it is small enough or re-encodes a
// reduced JPEG, computes its focal point and makes a thumbnail cropped to fill around it.
// False with a one-line reason.
bool prepare_image(std::string_view original, PreparedImage& out, std::string& error);

}  // namespace kiosk::publish

// The pack tool's image pipeline: validate untrusted bytes, shrink for display, make thumbnails.
#pragma once

#include <string>
#include <string_view>

#include "core/image_decode.h"

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
};

// Decodes (which validates), keeps the original when it is small enough or re-encodes a
// reduced JPEG, and makes a cropped-to-fill JPEG thumbnail. False with a one-line reason.
bool prepare_image(std::string_view original, PreparedImage& out, std::string& error);

}  // namespace kiosk::publish

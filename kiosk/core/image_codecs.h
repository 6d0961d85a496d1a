// The two decoders behind core/image_decode.h, one file each (image_jpeg.cpp, image_png.cpp).
// Internal to core: callers use probe_image / decode_image, which check size and magic first.
#pragma once

#include <string>
#include <string_view>

#include "core/image_decode.h"

namespace kiosk::codec {

// True when w x h is within kMaxImageSide and kMaxImagePixels; else false with the reason.
bool dimensions_ok(long width, long height, std::string& error);

// Header only: fills width and height after checking them with dimensions_ok.
bool jpeg_probe(std::string_view bytes, ImageInfo& info, std::string& error);
bool png_probe(std::string_view bytes, ImageInfo& info, std::string& error);

// Header check, then the whole picture as 8-bit RGBA.
bool jpeg_decode(std::string_view bytes, RgbaImage& out, std::string& error);
bool png_decode(std::string_view bytes, RgbaImage& out, std::string& error);

}  // namespace kiosk::codec

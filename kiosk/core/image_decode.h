// Decoding of untrusted JPEG/PNG bytes into RGBA, with limits checked before any allocation.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk {

// Large enough for a 32-inch portrait screen's full-width photo, small enough that a hostile
// header cannot make us allocate gigabytes (8192 x 8192 x 4 = 256 MB is the worst case).
constexpr int kMaxImageSide = 8192;
constexpr std::size_t kMaxImageBytes = 32u << 20;

struct ImageInfo {
    std::string mime;  // "image/jpeg" or "image/png"
    int width = 0, height = 0;
};

struct RgbaImage {
    int width = 0, height = 0;
    std::vector<std::uint8_t> pixels;  // width * height * 4
};

// Reads only the header. False with a one-line reason for anything but a sane JPEG/PNG.
bool probe_image(std::string_view bytes, ImageInfo& info, std::string& error);
// Probes, then decodes to 8-bit RGBA.
bool decode_image(std::string_view bytes, RgbaImage& out, std::string& error);

}  // namespace kiosk

// Decoding of untrusted JPEG/PNG bytes into RGBA, with limits checked before any allocation.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk {

// Large enough for a 32-inch portrait screen's full-width photo and for a camera original,
// small enough that a hostile header cannot make us allocate gigabytes: both limits are checked
// from the header, before any pixel memory is taken (40 MP x 4 = 160 MB of RGBA at worst).
constexpr int kMaxImageSide = 8192;
constexpr long kMaxImagePixels = 40'000'000;
constexpr std::size_t kMaxImageBytes = 32u << 20;
// A progressive JPEG walks the whole picture once per scan; encoders write about 10, so a file
// with more is a scan bomb (thousands of scans of a few bytes each), refused as soon as the
// 65th scan starts rather than after minutes of decoding.
constexpr int kMaxJpegScans = 64;
// What libjpeg may take for its own buffers (a 40 MP progressive 4:4:4 JPEG keeps 240 MB of
// coefficients); past it the decode fails instead of growing.
constexpr long kMaxJpegMemory = 256L << 20;

struct ImageInfo {
    std::string mime;  // "image/jpeg" or "image/png"
    int width = 0, height = 0;
};

struct RgbaImage {
    int width = 0, height = 0;
    std::vector<std::uint8_t> pixels;  // width * height * 4
};

// Reads only the header. False with a one-line reason for anything but a sane JPEG/PNG within
// the limits above.
bool probe_image(std::string_view bytes, ImageInfo& info, std::string& error);
// Checks the header as probe_image does, then decodes to 8-bit RGBA (libjpeg-turbo, libpng).
// A file whose pixel data is damaged or cut short is refused, never returned half grey: the
// pack tool then reports it and keeps its placeholder, which is better than a broken photo.
bool decode_image(std::string_view bytes, RgbaImage& out, std::string& error);

}  // namespace kiosk

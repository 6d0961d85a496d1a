// Size and format checks shared by both decoders, then libjpeg-turbo or libpng (image_jpeg.cpp,
// image_png.cpp). stb_image used to decode here; crafted files reached undefined behaviour in it
// (tests/fixtures/images/hostile), so only stb's writer and resizer remain in the project.
#include "core/image_decode.h"

#include <cstring>

#include "core/image_codecs.h"

namespace kiosk {

namespace codec {

bool dimensions_ok(long width, long height, std::string& error) {
    if (width >= 1 && height >= 1 && width <= kMaxImageSide && height <= kMaxImageSide &&
        width * height <= kMaxImagePixels)
        return true;
    error = "image dimensions " + std::to_string(width) + "x" + std::to_string(height) +
            " outside the limits (sides 1.." + std::to_string(kMaxImageSide) + ", at most " +
            std::to_string(kMaxImagePixels / 1'000'000) + " megapixels)";
    return false;
}

}  // namespace codec

namespace {

// Sets info.mime from the magic bytes after the size checks; false with the reason otherwise.
bool sniff(std::string_view bytes, ImageInfo& info, std::string& error) {
    if (bytes.empty()) {
        error = "empty image";
        return false;
    }
    if (bytes.size() > kMaxImageBytes) {
        error = "image too large (" + std::to_string(bytes.size() >> 20) + " MB, limit " +
                std::to_string(kMaxImageBytes >> 20) + " MB)";
        return false;
    }
    if (bytes.size() >= 8 && std::memcmp(bytes.data(), "\x89PNG\r\n\x1a\n", 8) == 0)
        info.mime = "image/png";
    else if (bytes.size() >= 3 && std::memcmp(bytes.data(), "\xFF\xD8\xFF", 3) == 0)
        info.mime = "image/jpeg";
    else {
        error = "not a JPEG or PNG image";
        return false;
    }
    return true;
}

}  // namespace

bool probe_image(std::string_view bytes, ImageInfo& info, std::string& error) {
    if (!sniff(bytes, info, error)) return false;
    return info.mime == "image/png" ? codec::png_probe(bytes, info, error)
                                    : codec::jpeg_probe(bytes, info, error);
}

bool decode_image(std::string_view bytes, RgbaImage& out, std::string& error) {
    ImageInfo info;
    if (!sniff(bytes, info, error)) return false;
    return info.mime == "image/png" ? codec::png_decode(bytes, out, error)
                                    : codec::jpeg_decode(bytes, out, error);
}

}  // namespace kiosk

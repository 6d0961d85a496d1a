// Our private build of stb_image: JPEG and PNG only, with a dimension cap, and its functions
// kept static so they cannot clash with the copy inside Debian's libstb.
#include "core/image_decode.h"

#define STB_IMAGE_STATIC
#define STB_IMAGE_IMPLEMENTATION
#define STBI_ONLY_JPEG
#define STBI_ONLY_PNG
#define STBI_NO_STDIO
#define STBI_MAX_DIMENSIONS 8192
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wconversion"
#pragma GCC diagnostic ignored "-Wshadow"
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#pragma GCC diagnostic ignored "-Wsign-compare"
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#include <stb/stb_image.h>
#pragma GCC diagnostic pop

#include <cstring>

namespace kiosk {

static_assert(STBI_MAX_DIMENSIONS == kMaxImageSide);

bool probe_image(std::string_view bytes, ImageInfo& info, std::string& error) {
    if (bytes.empty()) {
        error = "empty image";
        return false;
    }
    if (bytes.size() > kMaxImageBytes) {
        error = "image too large (" + std::to_string(bytes.size() >> 20) + " MB, limit " +
                std::to_string(kMaxImageBytes >> 20) + " MB)";
        return false;
    }
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    if (bytes.size() >= 8 && std::memcmp(p, "\x89PNG\r\n\x1a\n", 8) == 0)
        info.mime = "image/png";
    else if (bytes.size() >= 3 && p[0] == 0xFF && p[1] == 0xD8 && p[2] == 0xFF)
        info.mime = "image/jpeg";
    else {
        error = "not a JPEG or PNG image";
        return false;
    }
    int w = 0, h = 0, comp = 0;
    if (!stbi_info_from_memory(p, static_cast<int>(bytes.size()), &w, &h, &comp)) {
        error = std::string("unreadable image header (") + stbi_failure_reason() + ")";
        return false;
    }
    if (w < 1 || h < 1 || w > kMaxImageSide || h > kMaxImageSide) {
        error = "image dimensions " + std::to_string(w) + "x" + std::to_string(h) + " outside 1.." +
                std::to_string(kMaxImageSide);
        return false;
    }
    info.width = w;
    info.height = h;
    return true;
}

bool decode_image(std::string_view bytes, RgbaImage& out, std::string& error) {
    ImageInfo info;
    if (!probe_image(bytes, info, error)) return false;
    int w = 0, h = 0, comp = 0;
    unsigned char* px = stbi_load_from_memory(reinterpret_cast<const unsigned char*>(bytes.data()),
                                              static_cast<int>(bytes.size()), &w, &h, &comp, 4);
    if (!px) {
        error = std::string("cannot decode image (") + stbi_failure_reason() + ")";
        return false;
    }
    out.width = w;
    out.height = h;
    out.pixels.assign(px, px + static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 4);
    stbi_image_free(px);
    return true;
}

}  // namespace kiosk

// A picture from an export, decoded as kiosk-pack's image pipeline does (publish/images.cpp,
// prepare_image): probe the header, then decode to RGBA within core/image_decode.h's limits.
// Refusal is false with a one-line reason; nothing may throw.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/image_decode.h"

using namespace kiosk;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    ImageInfo info;
    std::string error;
    const bool probed = probe_image(bytes, info, error);
    RgbaImage img;
    if (decode_image(bytes, img, error)) {
        // A decoded picture is what the probe promised, and within the limits.
        if (!probed || img.width != info.width || img.height != info.height || img.width > kMaxImageSide ||
            img.height > kMaxImageSide || img.pixels.size() != static_cast<std::size_t>(img.width) * img.height * 4)
            std::abort();
    }
    return 0;
}

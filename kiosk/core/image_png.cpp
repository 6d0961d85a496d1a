// PNG decoding with libpng, for pictures from exports and packs (untrusted).
//
// libpng reports a fatal error by longjmp to the setjmp in the stage function that called it
// (read_header, read_pixels). Those functions and the callbacks hold no object with a
// destructor, so the jump skips no C++ clean-up; the Decoder that owns libpng's state lives in
// the caller and is destroyed there.
#include <algorithm>
#include <csetjmp>
#include <cstdint>
#include <cstring>
#include <vector>

#include <png.h>

#include "core/image_codecs.h"

namespace kiosk::codec {
namespace {

// Text (iTXt, zTXt), ICC profiles and the like are read whole; a hostile file could claim
// hundreds of megabytes for one, or send thousands of them.
constexpr png_alloc_size_t kMaxChunkBytes = 8u << 20;
constexpr png_uint_32 kMaxAncillaryChunks = 128;

struct Source {
    const unsigned char* data = nullptr;
    std::size_t size = 0, pos = 0;
};

struct Failure {
    char message[160] = {};
    char warning[160] = {};  // the last one: it says why libpng's "Invalid IHDR data" was raised
};

struct Decoder {
    png_structp png = nullptr;
    png_infop info = nullptr;
    Source source;
    Failure failure;
    Decoder() = default;
    Decoder(const Decoder&) = delete;
    Decoder& operator=(const Decoder&) = delete;
    ~Decoder() { png_destroy_read_struct(&png, &info, nullptr); }
};

void copy_text(char (&to)[160], const char* from) {
    std::strncpy(to, from ? from : "", sizeof to - 1);
    to[sizeof to - 1] = '\0';
}

[[noreturn]] void fail(png_structp png, png_const_charp message) {
    copy_text(static_cast<Failure*>(png_get_error_ptr(png))->message, message);
    png_longjmp(png, 1);
}

void warn(png_structp png, png_const_charp message) {
    copy_text(static_cast<Failure*>(png_get_error_ptr(png))->warning, message);
}

void read_bytes(png_structp png, png_bytep out, png_size_t n) {
    auto* s = static_cast<Source*>(png_get_io_ptr(png));
    if (s->size - s->pos < n) png_error(png, "file cut short");
    std::memcpy(out, s->data + s->pos, n);
    s->pos += n;
}

bool read_header(Decoder& d, std::string_view bytes) {
    d.source.data = reinterpret_cast<const unsigned char*>(bytes.data());
    d.source.size = bytes.size();
    d.png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &d.failure, fail, warn);
    if (!d.png) {
        copy_text(d.failure.message, "out of memory");
        return false;
    }
    if (setjmp(png_jmpbuf(d.png))) return false;
    d.info = png_create_info_struct(d.png);
    if (!d.info) png_error(d.png, "out of memory");
    png_set_read_fn(d.png, &d.source, read_bytes);
    png_set_user_limits(d.png, kMaxImageSide, kMaxImageSide);
    png_set_chunk_malloc_max(d.png, kMaxChunkBytes);
    png_set_chunk_cache_max(d.png, kMaxAncillaryChunks);
    // A bad CRC in a critical chunk (IHDR, PLTE, IDAT) is an error; in an ancillary one the
    // chunk is dropped with a warning, the picture is still good.
    png_set_crc_action(d.png, PNG_CRC_ERROR_QUIT, PNG_CRC_WARN_DISCARD);
    png_read_info(d.png, d.info);
    return true;
}

// Reads the picture as 8-bit RGBA into rows (png_get_image_height of them, width x 4 bytes).
bool read_pixels(Decoder& d, png_bytepp rows) {
    if (setjmp(png_jmpbuf(d.png))) return false;
    png_set_expand(d.png);  // palette to RGB, grey under 8 bits to 8, tRNS to an alpha channel
    png_set_scale_16(d.png);
    png_set_gray_to_rgb(d.png);
    png_set_add_alpha(d.png, 0xFF, PNG_FILLER_AFTER);  // only where there is no alpha yet
    png_set_interlace_handling(d.png);
    png_read_update_info(d.png, d.info);
    if (png_get_rowbytes(d.png, d.info) != png_get_image_width(d.png, d.info) * 4u)
        png_error(d.png, "unexpected layout after conversion to RGBA");
    png_read_image(d.png, rows);
    // No png_read_end: every pixel is in (and the last IDAT's CRC checked); what follows is
    // metadata.
    return true;
}

// IHDR's width and height as written (the first chunk, at a fixed place), for the refusal
// message when libpng's own limit check stopped the header: "Invalid IHDR data" says too little.
bool ihdr_dimensions(std::string_view bytes, long& width, long& height) {
    if (bytes.size() < 24 || bytes.substr(12, 4) != "IHDR") return false;
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    width = static_cast<long>(png_get_uint_32(p + 16));
    height = static_cast<long>(png_get_uint_32(p + 20));
    return true;
}

bool header_ok(Decoder& d, std::string_view bytes, std::string& error) {
    if (!read_header(d, bytes)) {
        long w = 0, h = 0;
        if (ihdr_dimensions(bytes, w, h) && !dimensions_ok(w, h, error)) return false;
        error = std::string("unreadable PNG header (") + d.failure.message;
        if (d.failure.warning[0]) error += std::string(": ") + d.failure.warning;
        error += ")";
        return false;
    }
    return dimensions_ok(static_cast<long>(png_get_image_width(d.png, d.info)),
                         static_cast<long>(png_get_image_height(d.png, d.info)), error);
}

}  // namespace

bool png_probe(std::string_view bytes, ImageInfo& info, std::string& error) {
    Decoder d;
    if (!header_ok(d, bytes, error)) return false;
    info.width = static_cast<int>(png_get_image_width(d.png, d.info));
    info.height = static_cast<int>(png_get_image_height(d.png, d.info));
    return true;
}

bool png_decode(std::string_view bytes, RgbaImage& out, std::string& error) {
    Decoder d;
    if (!header_ok(d, bytes, error)) return false;
    const int w = static_cast<int>(png_get_image_width(d.png, d.info));
    const int h = static_cast<int>(png_get_image_height(d.png, d.info));
    const std::size_t stride = static_cast<std::size_t>(w) * 4;
    std::vector<std::uint8_t> px(stride * static_cast<std::size_t>(h));
    std::vector<png_bytep> rows(static_cast<std::size_t>(h));
    for (std::size_t y = 0; y < rows.size(); ++y) rows[y] = px.data() + y * stride;
    if (!read_pixels(d, rows.data())) {
        error = std::string("cannot decode PNG (") + d.failure.message + ")";
        return false;
    }
    out.width = w;
    out.height = h;
    out.pixels = std::move(px);
    return true;
}

}  // namespace kiosk::codec

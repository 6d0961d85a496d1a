// JPEG decoding with libjpeg-turbo, for pictures from exports and packs (untrusted).
//
// libjpeg reports a fatal error through a callback that must not return; ours longjmps back to
// the setjmp in the stage function that called into libjpeg (read_header, read_pixels). Those
// functions and the callbacks hold no object with a destructor, so the jump skips no C++
// clean-up; the Decoder that owns libjpeg's state lives in the caller and is destroyed there.
#include <csetjmp>
#include <cstdint>
#include <cstdio>  // jpeglib.h uses FILE and size_t without including anything
#include <vector>

#include <jpeglib.h>
#include <jerror.h>

#include "core/image_codecs.h"

namespace kiosk::codec {
namespace {

struct Failure {
    jpeg_error_mgr mgr;  // first member: libjpeg's err pointer is also a pointer to this
    std::jmp_buf jump;
    char message[JMSG_LENGTH_MAX];
};

struct Decoder {
    jpeg_decompress_struct cinfo{};
    Failure failure{};
    jpeg_progress_mgr progress{};
    bool created = false;
    Decoder() = default;
    Decoder(const Decoder&) = delete;
    Decoder& operator=(const Decoder&) = delete;
    ~Decoder() {
        if (created) jpeg_destroy_decompress(&cinfo);
    }
};

[[noreturn]] void fail(j_common_ptr c) {
    auto* f = reinterpret_cast<Failure*>(c->err);
    c->err->format_message(c, f->message);
    std::longjmp(f->jump, 1);
}

// libjpeg only warns about damaged entropy data and goes on with grey blocks; such a picture is
// refused (see decode_image). Remarks about metadata (an unknown JFIF version, stray bytes
// between markers, an odd Adobe transform) leave the pixels intact and are ignored.
void on_message(j_common_ptr c, int level) {
    if (level >= 0) return;  // trace output
    switch (c->err->msg_code) {
        case JWRN_JPEG_EOF:  // file cut short: libjpeg would pad it with grey
        case JWRN_HIT_MARKER:
        case JWRN_HUFF_BAD_CODE:
        case JWRN_ARITH_BAD_CODE:
        case JWRN_MUST_RESYNC:
        case JWRN_BOGUS_PROGRESSION:
        case JWRN_NOT_SEQUENTIAL:
            fail(c);
        default:
            return;
    }
}

// Called while scans are read in (several times per scan); ends a scan bomb at its 65th scan.
void watch_scans(j_common_ptr c) {
    const auto* d = reinterpret_cast<j_decompress_ptr>(c);
    if (d->input_scan_number <= kMaxJpegScans) return;
    auto* f = reinterpret_cast<Failure*>(c->err);
    std::snprintf(f->message, sizeof f->message, "more than %d scans", kMaxJpegScans);
    std::longjmp(f->jump, 1);
}

bool read_header(Decoder& d, std::string_view bytes) {
    d.cinfo.err = jpeg_std_error(&d.failure.mgr);
    d.failure.mgr.error_exit = fail;
    d.failure.mgr.emit_message = on_message;
    if (setjmp(d.failure.jump)) return false;
    jpeg_create_decompress(&d.cinfo);  // keeps err, zeroes the rest
    d.created = true;
    // Beyond this libjpeg would need a backing store, which this build does not have: the
    // decode fails with "Backing store not supported" instead of growing.
    d.cinfo.mem->max_memory_to_use = kMaxJpegMemory;
    d.progress.progress_monitor = watch_scans;
    d.cinfo.progress = &d.progress;
    jpeg_mem_src(&d.cinfo, reinterpret_cast<const unsigned char*>(bytes.data()),
                 static_cast<unsigned long>(bytes.size()));
    jpeg_read_header(&d.cinfo, TRUE);
    return true;
}

// Decodes into rgba (output_height rows of 4 bytes a pixel): RGBA, or CMYK left for the caller.
bool read_pixels(Decoder& d, unsigned char* rgba, bool cmyk) {
    if (setjmp(d.failure.jump)) return false;
    d.cinfo.out_color_space = cmyk ? JCS_CMYK : JCS_EXT_RGBA;
    jpeg_start_decompress(&d.cinfo);  // reads every scan of a progressive file
    if (d.cinfo.output_width != d.cinfo.image_width || d.cinfo.output_components != 4)
        ERREXIT(&d.cinfo, JERR_CONVERSION_NOTIMPL);
    const std::size_t stride = static_cast<std::size_t>(d.cinfo.output_width) * 4;
    while (d.cinfo.output_scanline < d.cinfo.output_height) {
        JSAMPROW row = rgba + d.cinfo.output_scanline * stride;
        // A memory source never suspends, so 0 rows means no progress: stop rather than spin.
        if (jpeg_read_scanlines(&d.cinfo, &row, 1) != 1) ERREXIT(&d.cinfo, JERR_INPUT_EMPTY);
    }
    // No jpeg_finish_decompress: every pixel is in, and a missing end marker changes none.
    return true;
}

// Adobe's encoders store CMYK inverted (255 = no ink), others the plain way.
void cmyk_to_rgba(std::vector<std::uint8_t>& px, bool inverted) {
    for (std::size_t i = 0; i + 3 < px.size(); i += 4) {
        unsigned c = px[i], m = px[i + 1], y = px[i + 2], k = px[i + 3];
        if (!inverted) c = 255 - c, m = 255 - m, y = 255 - y, k = 255 - k;
        px[i] = static_cast<std::uint8_t>(c * k / 255);
        px[i + 1] = static_cast<std::uint8_t>(m * k / 255);
        px[i + 2] = static_cast<std::uint8_t>(y * k / 255);
        px[i + 3] = 255;
    }
}

bool header_ok(Decoder& d, std::string_view bytes, std::string& error) {
    if (!read_header(d, bytes)) {
        error = std::string("unreadable JPEG header (") + d.failure.message + ")";
        return false;
    }
    return dimensions_ok(static_cast<long>(d.cinfo.image_width),
                         static_cast<long>(d.cinfo.image_height), error);
}

}  // namespace

bool jpeg_probe(std::string_view bytes, ImageInfo& info, std::string& error) {
    Decoder d;
    if (!header_ok(d, bytes, error)) return false;
    info.width = static_cast<int>(d.cinfo.image_width);
    info.height = static_cast<int>(d.cinfo.image_height);
    return true;
}

bool jpeg_decode(std::string_view bytes, RgbaImage& out, std::string& error) {
    Decoder d;
    if (!header_ok(d, bytes, error)) return false;
    const bool cmyk = d.cinfo.jpeg_color_space == JCS_CMYK || d.cinfo.jpeg_color_space == JCS_YCCK;
    const int w = static_cast<int>(d.cinfo.image_width), h = static_cast<int>(d.cinfo.image_height);
    std::vector<std::uint8_t> px(static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 4);
    if (!read_pixels(d, px.data(), cmyk)) {
        error = std::string("cannot decode JPEG (") + d.failure.message + ")";
        return false;
    }
    if (cmyk) cmyk_to_rgba(px, d.cinfo.saw_Adobe_marker != 0);
    out.width = w;
    out.height = h;
    out.pixels = std::move(px);
    return true;
}

}  // namespace kiosk::codec

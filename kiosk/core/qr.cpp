// libqrencode behind a small value type, so no C struct escapes into the app.
#include "core/qr.h"

#include <qrencode.h>

#include <cstdio>

namespace kiosk {

bool make_qr(const std::string& text, QrMatrix& out) {
    if (text.empty()) return false;
    QRcode* code = QRcode_encodeString8bit(text.c_str(), 0, QR_ECLEVEL_M);
    if (!code) return false;
    out.size = code->width;
    out.dark.resize(static_cast<size_t>(code->width) * code->width);
    // Bit 0 of each byte is the module's colour; the other bits describe its role.
    for (size_t i = 0; i < out.dark.size(); ++i) out.dark[i] = code->data[i] & 1;
    QRcode_free(code);
    return true;
}

std::string card_link(const std::string& website, bool has_geo, double lat, double lon) {
    if (!website.empty()) return website;
    if (!has_geo) return {};
    char buf[64];
    std::snprintf(buf, sizeof buf, "geo:%.6f,%.6f", lat, lon);
    return buf;
}

}  // namespace kiosk

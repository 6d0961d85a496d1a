// QR codes for "take this card with you": the module matrix only; drawing is the app's job.
#pragma once

#include <string>
#include <vector>

namespace kiosk {

struct QrMatrix {
    int size = 0;                    // modules per side, without the quiet zone
    std::vector<unsigned char> dark; // size * size, row by row, 1 = dark module
    bool at(int x, int y) const { return dark[static_cast<size_t>(y) * size + x] != 0; }
};

// Encodes text (UTF-8, byte mode) with medium error correction, which survives a phone
// camera at an angle and some glare on the kiosk glass. False if the text is too long.
bool make_qr(const std::string& text, QrMatrix& out);

// What a card's code points to: its website when it has one, else a geo: link to its place.
std::string card_link(const std::string& website, bool has_geo, double lat, double lon);

}  // namespace kiosk

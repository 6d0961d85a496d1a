// Small pictograms for practical information (wheelchair, parking, pets, phone...) and for the
// bottom bar and the access modes (home, back, text size, contrast...), drawn with
// ImDrawList lines and shapes so they scale with the text and need no image file or font glyph.
#pragma once

#include <string_view>

#include "app/widgets.h"

namespace kiosk::app {

enum class Icon {
    Wheelchair, Hearing, Visual, Mental,  // access and the Tourisme & Handicap pictograms
    Parking, Toilets, Shop, Cafe, Wifi, Amenity,
    Pets, Phone, Email, Web, Booking, Language, Payment, Label, Audience,
    // The bottom bar and the access sheet.
    Home, Back, Access, TextSize, Contrast, Reach, Speaker, Stop, Close,
};

// Draws `icon` centred on `centre`, fitting a square of side `size`, in one colour.
// `crossed` adds a diagonal bar (pets not allowed, not wheelchair accessible).
void draw_icon(Ui& ui, Icon icon, ImVec2 centre, float size, ImU32 col, bool crossed = false);

// The icon for an amenity thesaurus id (kb:Parking, kb:Toilets, kb:Shop...): matched on words
// of the id, since the thesaurus has many variants (CarPark, CoachParking, PublicToilets...).
Icon amenity_icon(std::string_view id);

}  // namespace kiosk::app

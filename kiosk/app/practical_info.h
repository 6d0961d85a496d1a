// The card's "Practical information" section and its category chips: what the export says
// about access, booking and contact, languages, pets, amenities, payment, labels and audience,
// each line with a pictogram (app/icons.h). Nothing the export does not state is drawn.
#pragma once

#include "app/model.h"
#include "app/widgets.h"

namespace kiosk::app {

// True when the section has at least one line for this item (facts the kiosk cannot name,
// such as an unlabelled thesaurus value, make none).
bool has_practical(const Ui& ui, const ItemDetail& d);
// Draws the section's lines (not its heading) from `pos`, `width` wide; returns the height.
float draw_practical(Ui& ui, const ItemDetail& d, ImVec2 pos, float width);
// The item's categories as chips; a tap opens the list of its kind filtered on that category.
// Returns the height used (0 without categories).
float draw_category_chips(Ui& ui, const ItemDetail& d, ImVec2 pos, float width, Intent& intent);

}  // namespace kiosk::app

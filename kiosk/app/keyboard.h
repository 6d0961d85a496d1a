// The on-screen keyboard: the layout French, English, Dutch and German visitors expect, with
// the accented letters their languages need, as large keys in em units.
#pragma once

#include <string>

#include "app/widgets.h"

namespace kiosk::app {

// Draws the keyboard in r and applies a key tap to `text` (UTF-8). Returns true when the
// text changed. Keys are named targets "key.<letter or digit>", "key.space", "key.backspace",
// "key.clear" (erases all the text).
bool draw_keyboard(Ui& ui, Rect r, std::string& text);

// Height the keyboard wants for a given width (rows of keys of about 3 em).
float keyboard_height(const Ui& ui, float width);

}  // namespace kiosk::app

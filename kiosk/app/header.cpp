// The top bar shared by the visitor screens: the screen's title, nothing to press. The controls
// moved to the bottom bar (nav_bar.cpp), within reach; this band is also the neutral spot a
// staff member holds to open the PIN pad (app.cpp), so no visitor control may sit here.
#include "app/screens.h"

#include <cmath>

namespace kiosk::app {

float header_height(const Ui& ui) {
    // Whole pixels, so the picture under the bar does not show a half-covered seam.
    return std::floor(3.2f * ui.em);
}

Rect draw_header(Ui& ui, const std::string& title) {
    const float em = ui.em;
    const float h = header_height(ui);
    ui.dl->AddRectFilled({0, 0}, {ui.size.x, h}, colour::kHeader);
    if (ui.high_contrast) ui.dl->AddLine({0, h}, {ui.size.x, h}, colour::kCardBorder, 0.08f * em);
    // The title, shrunk to fit one line rather than cut.
    ImFont* f = ui.fonts.heading;
    const float w = ui.size.x - 1.6f * em;
    const float size = fitted_size(f, title, w);
    draw_text_fitted(ui, f, {0.8f * em, (h - size) * 0.5f}, colour::kOnHeader, title, w);
    return {{0, h}, {ui.size.x, ui.size.y - nav_bar_height(ui)}};
}

}  // namespace kiosk::app

// The top bar shared by all screens: back, screen title and the always-visible language switch.
#include "app/screens.h"

#include <cmath>

namespace kiosk::app {

Rect draw_header(Ui& ui, const Model& m, const std::string& title, bool with_back, Intent& intent) {
    const float em = ui.em;
    // Whole pixels, so the picture under the bar does not show a half-covered seam.
    const float h = std::floor(3.6f * em);
    ui.dl->AddRectFilled({0, 0}, {ui.size.x, h}, colour::kHeader);

    const float pad = 0.5f * em;
    const float bh = h - 2 * pad;  // 2.6 em: well above 9 mm on every supported screen
    float left = pad;
    if (with_back) {
        const Rect r{{left, pad}, {left + 5.6f * em, pad + bh}};
        if (button(ui, "back", r, "‹  " + ui.tr("nav.back"), IM_COL32(255, 255, 255, 40), colour::kOnHeader))
            intent = GoBack{};
        left = r.max.x + pad;
    }

    // Language switch on the right, the current one filled.
    const auto& langs = m.languages;
    const float lw = 2.7f * em;
    float x = ui.size.x - pad - static_cast<float>(langs.size()) * (lw + 0.3f * em) + 0.3f * em;
    const float switch_left = x;
    for (const std::string& l : langs) {
        const Rect r{{x, pad}, {x + lw, pad + bh}};
        const bool current = l == ui.lang;
        std::string label = l;
        for (char& c : label) c = static_cast<char>(c - 'a' + 'A');
        if (button(ui, "lang." + l, r, label, current ? colour::kOnHeader : IM_COL32(255, 255, 255, 40),
                   current ? colour::kHeader : colour::kOnHeader))
            intent = SetLanguage{l};
        x += lw + 0.3f * em;
    }

    // Title between the two, shortened to one line if it must be.
    ImFont* f = ui.fonts.heading;
    const float tw = switch_left - left - pad;
    draw_text_lines(ui, f, {left + 0.2f * em, (h - f->FontSize) * 0.5f}, colour::kOnHeader, title, tw, 1);
    return {{0, h}, ui.size};
}

}  // namespace kiosk::app

// Keyboard layouts per language and the key grid that draws them.
#include "app/keyboard.h"

#include <vector>

namespace kiosk::app {

namespace {

// One row per string; every key is one UTF-8 character. Digits first, as on a phone's or a
// laptop's keyboard (street numbers, "14-18", years); the last row holds the letters with
// accents a visitor of that language will want to type (search folds them anyway, but people
// type what they see).
std::vector<std::vector<std::string>> layout(const std::string& lang) {
    std::vector<std::string> rows;
    if (lang == "fr")
        rows = {"1234567890", "azertyuiop", "qsdfghjklm", "wxcvbn’-", "éèàçùêâôîœ"};
    else if (lang == "de")
        rows = {"1234567890", "qwertzuiop", "asdfghjkl", "yxcvbnm-", "äöüßé"};
    else if (lang == "nl")
        rows = {"1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm’-", "éëïèü"};
    else
        rows = {"1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm’-", "éèàçü"};
    std::vector<std::vector<std::string>> out;
    for (const std::string& row : rows) {
        std::vector<std::string> keys;
        for (size_t i = 0; i < row.size();) {
            const auto b = static_cast<unsigned char>(row[i]);
            const size_t n = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : 4;
            keys.push_back(row.substr(i, n));
            i += n;
        }
        out.push_back(std::move(keys));
    }
    return out;
}

void pop_utf8(std::string& s) {
    while (!s.empty() && (static_cast<unsigned char>(s.back()) & 0xC0) == 0x80) s.pop_back();
    if (!s.empty()) s.pop_back();
}

constexpr float kKeyH = 3.0f;  // em; with the gap, over 9 mm on every supported panel
constexpr float kGap = 0.3f;

}  // namespace

float keyboard_height(const Ui& ui, float) {
    const auto rows = layout(ui.lang).size() + 1;  // + the space bar row
    return static_cast<float>(rows) * (kKeyH + kGap) * ui.em;
}

bool draw_keyboard(Ui& ui, Rect r, std::string& text) {
    const float em = ui.em, gap = kGap * em, kh = kKeyH * em;
    const auto rows = layout(ui.lang);
    // Key width from the longest row, so all letters are the same size.
    size_t widest = 10;
    for (const auto& row : rows) widest = std::max(widest, row.size());
    const float kw = (r.w() - static_cast<float>(widest - 1) * gap) / static_cast<float>(widest);
    bool changed = false;
    float y = r.min.y;
    for (const auto& row : rows) {
        const float row_w = static_cast<float>(row.size()) * kw + static_cast<float>(row.size() - 1) * gap;
        float x = r.min.x + (r.w() - row_w) * 0.5f;
        for (const std::string& k : row) {
            if (button(ui, "key." + k, {{x, y}, {x + kw, y + kh}}, k, colour::kCard, colour::kText, ui.fonts.heading)) {
                text += k;
                changed = true;
            }
            x += kw + gap;
        }
        y += kh + gap;
    }
    // Bottom row: clear, space, backspace.
    const float side = 2 * kw + gap;
    const Rect clear{{r.min.x, y}, {r.min.x + side, y + kh}};
    const Rect back{{r.max.x - side, y}, {r.max.x, y + kh}};
    const Rect space{{clear.max.x + gap, y}, {back.min.x - gap, y + kh}};
    if (button(ui, "key.clear", clear, ui.tr("search.clear"), colour::kPlaceholder, colour::kText) && !text.empty()) {
        text.clear();
        changed = true;
    }
    if (button(ui, "key.space", space, ui.tr("search.space"), colour::kCard, colour::kMuted) && !text.empty() &&
        text.back() != ' ') {
        text += ' ';
        changed = true;
    }
    if (button(ui, "key.backspace", back, "", colour::kPlaceholder, colour::kText) && !text.empty()) {
        pop_utf8(text);
        changed = true;
    }
    draw_backspace_symbol(ui, back, colour::kText);
    return changed;
}

}  // namespace kiosk::app

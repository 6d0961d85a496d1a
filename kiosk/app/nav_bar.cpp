// The bottom bar on every visitor screen and on the attract loop: Home, Back, the language and
// the access modes, where a seated visitor and a child reach them (the top of a totem is
// 1.5 m high); and the two sheets it opens over the screen: the languages, each named in
// itself, and the access modes, each with a pictogram understood without reading.
#include <algorithm>
#include <cmath>

#include "app/icons.h"
#include "app/screens.h"

namespace kiosk::app {

float nav_bar_height(const Ui& ui) { return std::floor(3.8f * ui.em); }

namespace {

// A bar button: the pictogram above a short label, the label shrunk to fit the button rather
// than cut. `enabled` false draws it dimmed and registers no target (Back on the home screen:
// the place stays, so the buttons never move under a finger).
bool bar_button(Ui& ui, const std::string& name, Rect r, Icon icon, const std::string& label, bool on, bool enabled = true) {
    const float em = ui.em;
    const bool tapped = enabled && ui.tap_target(name, r);
    const bool down = enabled && ui.pressed(r);
    const ImU32 fill = down ? colour::kPressed : on ? colour::kOnHeader : with_alpha(colour::kOnHeader, 40);
    const ImU32 ink = down || on ? (down ? colour::kText : colour::kHeader) : colour::kOnHeader;
    ui.dl->AddRectFilled(r.min, r.max, enabled ? fill : with_alpha(colour::kOnHeader, 12), 0.35f * em);
    if (ui.high_contrast && enabled) ui.dl->AddRect(r.min, r.max, colour::kCardBorder, 0.35f * em, 0, 0.08f * em);
    const ImU32 col = enabled ? ink : with_alpha(colour::kOnHeader, 90);
    ImFont* f = ui.fonts.bold;
    const float label_h = 0.8f * f->FontSize;
    const float side = std::min(1.4f * em, r.h() - label_h - 0.5f * em);
    const float top = r.min.y + (r.h() - side - label_h - 0.15f * em) * 0.5f;
    draw_icon(ui, icon, {(r.min.x + r.max.x) * 0.5f, top + side * 0.5f}, side, col);
    // The label at 80% of the body size, smaller still if the word is long (Nederlands at 200%).
    const float max_w = r.w() - 0.3f * em;
    const float size = std::min(label_h, fitted_size(f, label, max_w) * 0.8f);
    const float w = f->CalcTextSizeA(size, FLT_MAX, 0, label.c_str()).x;
    ui.dl->AddText(f, size, {(r.min.x + r.max.x - w) * 0.5f, top + side + 0.15f * em}, col, label.c_str());
    if (w > max_w + 1) ui.note_clipped(label);
    return tapped;
}

}  // namespace

Intent draw_nav_bar(Ui& ui, const Model& m, bool attract) {
    Intent intent;
    const float em = ui.em;
    const float h = nav_bar_height(ui);
    const Rect bar{{0, ui.size.y - h}, ui.size};
    ui.dl->AddRectFilled(bar.min, bar.max, colour::kHeader);
    if (ui.high_contrast) ui.dl->AddLine(bar.min, {bar.max.x, bar.min.y}, colour::kCardBorder, 0.08f * em);
    const session::State& s = m.session;
    // The card, or the unavailable screen's message (m.error: no pack), is what the voice reads.
    // No speaker button in a language the voice cannot read (Japanese): it would do nothing.
    const bool speak = s.access.speech && m.speech_reads_lang &&
                       (s.screen == Screen::Detail || s.screen == Screen::Route || !m.error.empty()) && !attract;
    // Home and Back on the left, language and access on the right; the speaker between them
    // when speech is on and there is a card to read.
    const int n = attract ? 2 : (speak ? 5 : 4);
    const float pad = 0.4f * em;
    const float bw = std::min(7.5f * em, (ui.size.x - pad * static_cast<float>(n + 1)) / static_cast<float>(n));
    const float y0 = bar.min.y + pad, y1 = bar.max.y - pad;
    auto slot_left = [&](int i) { return Rect{{pad + static_cast<float>(i) * (bw + pad), y0}, {pad + static_cast<float>(i) * (bw + pad) + bw, y1}}; };
    auto slot_right = [&](int i) {  // 0 = rightmost
        const float x1 = ui.size.x - pad - static_cast<float>(i) * (bw + pad);
        return Rect{{x1 - bw, y0}, {x1, y1}};
    };
    if (!attract) {
        const bool home = s.screen == Screen::Home;
        if (bar_button(ui, "nav.home", slot_left(0), Icon::Home, ui.tr("nav.home"), false, !home)) intent = GoHome{};
        if (bar_button(ui, "nav.back", slot_left(1), Icon::Back, ui.tr("nav.back"), false, !home)) intent = GoBack{};
    }
    if (speak) {
        const Rect r{{(ui.size.x - bw) * 0.5f, y0}, {(ui.size.x + bw) * 0.5f, y1}};
        if (bar_button(ui, "nav.speak", r, m.speaking ? Icon::Stop : Icon::Speaker,
                       ui.tr(m.speaking ? "nav.stop_speaking" : "nav.speak"), m.speaking))
            intent = Speak{!m.speaking};
    }
    const std::string self_name = ui.strings->get(ui.lang, "lang.self");
    if (bar_button(ui, "nav.lang", slot_right(1), Icon::Language, self_name, s.panel == Panel::Language))
        intent = ShowPanel{s.panel == Panel::Language ? Panel::None : Panel::Language};
    if (bar_button(ui, "nav.access", slot_right(0), Icon::Access, ui.tr("nav.access"), s.panel == Panel::Access))
        intent = ShowPanel{s.panel == Panel::Access ? Panel::None : Panel::Access};
    return intent;
}

namespace {

// One row of a sheet: a pictogram, a label that wraps, and on the right a state ("150 %",
// "On"); the whole row is the button. Returns the row's height.
float sheet_row(Ui& ui, const std::string& name, float x, float y, float w, Icon icon, const std::string& label,
                const std::string& state, bool on, Intent& intent, const Intent& action) {
    const float em = ui.em;
    ImFont* f = ui.fonts.bold;
    const float icon_w = 2.2f * em, pad = 0.6f * em;
    const float state_w = state.empty() ? 0 : f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, state.c_str()).x + 1.2f * em;
    const float text_w = w - icon_w - state_w - 2 * pad;
    const float h = std::max(3.2f * em, text_height(f, text_w, label) + 1.4f * em);
    const Rect r{{x, y}, {x + w, y + h}};
    const bool tapped = ui.tap_target(name, r);
    const bool down = ui.pressed(r);
    ui.dl->AddRectFilled(r.min, r.max, down ? colour::kPressed : on ? colour::kHeader : colour::kPlaceholder, 0.4f * em);
    if (ui.high_contrast) ui.dl->AddRect(r.min, r.max, colour::kCardBorder, 0.4f * em, 0, 0.08f * em);
    const ImU32 ink = down ? colour::kText : on ? colour::kOnHeader : colour::kText;
    draw_icon(ui, icon, {x + pad + icon_w * 0.5f - 0.2f * em, y + h * 0.5f}, 1.5f * em, ink);
    const float th = text_height(f, text_w, label);
    draw_text(ui, f, {x + pad + icon_w, y + (h - th) * 0.5f}, ink, label, text_w);
    if (!state.empty()) {
        const float sw = state_w - 0.6f * em;
        const Rect pill{{r.max.x - pad - sw - 0.2f * em, y + (h - 1.6f * em) * 0.5f}, {r.max.x - pad + 0.2f * em, y + (h + 1.6f * em) * 0.5f}};
        ui.dl->AddRectFilled(pill.min, pill.max, on ? colour::kOnHeader : colour::kCard, 0.8f * em);
        draw_text_centered(ui, f, pill, on ? colour::kHeader : colour::kText, state);
    }
    if (tapped) intent = action;
    return h;
}

// The languages as a grid of names, as many columns as the longest name allows: eight
// languages in two rows on a wide screen, four rows of two on a totem. No pictogram: the same
// one eight times would only push the names apart. Returns the grid's height.
float language_grid(Ui& ui, const Model& m, float x, float y, float w, float gap, Intent& intent, float& pitch) {
    const float em = ui.em;
    ImFont* f = ui.fonts.bold;
    const float pad = 0.8f * em;
    float widest = 0;
    for (const std::string& l : m.languages)
        widest = std::max(widest, f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, ui.strings->get(l, "lang.self").c_str()).x);
    const float want = std::max(6.0f * em, widest + 2 * pad);
    const int n = static_cast<int>(m.languages.size());
    const int cols = std::clamp(static_cast<int>((w + gap) / (want + gap)), 1, std::max(1, n));
    const float cw = (w - gap * static_cast<float>(cols - 1)) / static_cast<float>(cols);
    // 3.2 em is at least 11 mm (the font unit keeps 2.6 em at 9 mm or more).
    const float ch = std::max(3.2f * em, f->FontSize + 1.4f * em);
    for (int i = 0; i < n; ++i) {
        const std::string& l = m.languages[static_cast<std::size_t>(i)];
        const float cx = x + static_cast<float>(i % cols) * (cw + gap), cy = y + static_cast<float>(i / cols) * (ch + gap);
        const Rect r{{cx, cy}, {cx + cw, cy + ch}};
        const bool on = l == ui.lang;
        // A cell cut by the fold of a paged sheet is seen but not pressed: a sliver of a
        // button is a target too small for a finger (the page button shows it whole).
        const Rect area = ui.clip();
        const float seen = std::min(r.max.y, area.max.y) - std::max(r.min.y, area.min.y);
        const bool whole = seen >= std::min(ch, area.h()) - 1.0f;
        const bool down = whole && ui.pressed(r);
        if (whole && ui.tap_target("lang." + l, r)) intent = SetLanguage{l};
        ui.dl->AddRectFilled(r.min, r.max, down ? colour::kPressed : on ? colour::kHeader : colour::kPlaceholder, 0.4f * em);
        if (ui.high_contrast) ui.dl->AddRect(r.min, r.max, colour::kCardBorder, 0.4f * em, 0, 0.08f * em);
        // Each language in itself: a visitor finds their own without reading ours.
        const std::string& name = ui.strings->get(l, "lang.self");
        const float size = std::min(f->FontSize, fitted_size(f, name, cw - 2 * pad));
        const float tw = f->CalcTextSizeA(size, FLT_MAX, 0, name.c_str()).x;
        ui.dl->AddText(f, size, {cx + (cw - tw) * 0.5f, cy + (ch - size) * 0.5f},
                       down ? colour::kText : on ? colour::kOnHeader : colour::kText, name.c_str());
    }
    const int rows = (n + cols - 1) / cols;
    pitch = ch + gap;
    return static_cast<float>(rows) * (ch + gap);
}

// Page buttons for a sheet whose rows do not all fit (eight languages at 200% text in
// landscape, or in the low reach band): a finger can also drag the rows, but a visitor does
// not guess that a sheet scrolls, and a button says there is more. A page is the height shown,
// in whole rows when the rows are even (`pitch`), else less a little so that the row cut at
// the fold shows whole on the next page.
void page_buttons(Ui& ui, ScrollState& st, Rect up, Rect down, float shown, float pitch) {
    const float em = ui.em;
    const float max_off = std::max(0.0f, st.content - shown);
    const float step = pitch > 0 ? std::max(1.0f, std::floor((shown + 0.5f * em) / pitch)) * pitch : std::max(2.0f * em, shown - 1.5f * em);
    auto button = [&](const char* name, Rect r, bool pointing_up, bool enabled) {
        const bool tapped = enabled && ui.tap_target(name, r);
        const bool pressed = enabled && ui.pressed(r);
        ui.dl->AddRectFilled(r.min, r.max, pressed ? colour::kPressed : colour::kPlaceholder, 0.4f * em);
        if (ui.high_contrast && enabled) ui.dl->AddRect(r.min, r.max, colour::kCardBorder, 0.4f * em, 0, 0.08f * em);
        const ImU32 ink = enabled ? colour::kText : with_alpha(colour::kText, 70);
        const ImVec2 c{(r.min.x + r.max.x) * 0.5f, (r.min.y + r.max.y) * 0.5f};
        const float a = 0.6f * em, b = 0.4f * em;
        if (pointing_up) ui.dl->AddTriangleFilled({c.x - a, c.y + b}, {c.x + a, c.y + b}, {c.x, c.y - b}, ink);
        else ui.dl->AddTriangleFilled({c.x - a, c.y - b}, {c.x, c.y + b}, {c.x + a, c.y - b}, ink);
        return tapped;
    };
    if (button("panel.up", up, true, st.offset > 0.5f)) {
        // Back to the start of the page above (whole rows), never above the top.
        st.offset = pitch > 0 ? std::max(0.0f, std::ceil((st.offset - step) / pitch - 0.01f) * pitch) : std::max(0.0f, st.offset - step);
        st.velocity = 0;
    }
    if (button("panel.down", down, false, st.offset < max_off - 0.5f)) {
        st.offset = std::min(max_off, st.offset + step);
        st.velocity = 0;
    }
}

}  // namespace

Intent draw_panel(Ui& ui, const Model& m, ViewState& v, float dt) {
    Intent intent;
    const session::State& s = m.session;
    if (s.panel == Panel::None) return intent;
    const float em = ui.em;
    const float bar_h = nav_bar_height(ui);
    // The sheet covers the screen above the bar; a tap on the veil around it closes it.
    const Rect veil{{0, 0}, {ui.size.x, ui.size.y - bar_h}};
    ui.dl->AddRectFilled(veil.min, veil.max, with_alpha(colour::kDim, 170));
    const float margin = 0.6f * em;
    // Anchored just above the bar, within reach, as tall as its rows (known from the last
    // frame; the first frame of a sheet is a guess) or the screen above the bar.
    const float want = v.panel.content > 0 ? v.panel.content + 7.0f * em : veil.max.y;
    const Rect sheet{{margin, std::max(margin, veil.max.y - margin - want)}, {ui.size.x - margin, veil.max.y - margin}};
    const Vec2 tap = ui.touch->tap_pos;
    if (ui.touch->tapped && veil.contains(tap) && !sheet.contains(tap)) intent = ShowPanel{Panel::None};
    ui.dl->AddRectFilled(sheet.min, sheet.max, colour::kCard, 0.8f * em);
    if (ui.high_contrast) ui.dl->AddRect(sheet.min, sheet.max, colour::kCardBorder, 0.8f * em, 0, 0.1f * em);

    const float pad = 0.8f * em;
    const float x = sheet.min.x + pad, w = sheet.w() - 2 * pad;
    // Title and a close button.
    const float close_w = 2.8f * em;
    const Rect close{{sheet.max.x - pad - close_w, sheet.min.y + pad}, {sheet.max.x - pad, sheet.min.y + pad + close_w}};
    if (ui.tap_target("panel.close", close)) intent = ShowPanel{Panel::None};
    ui.dl->AddRectFilled(close.min, close.max, ui.pressed(close) ? colour::kPressed : colour::kPlaceholder, 0.4f * em);
    if (ui.high_contrast) ui.dl->AddRect(close.min, close.max, colour::kCardBorder, 0.4f * em, 0, 0.08f * em);
    draw_icon(ui, Icon::Close, {(close.min.x + close.max.x) * 0.5f, (close.min.y + close.max.y) * 0.5f}, 1.2f * em, colour::kText);
    const std::string title = ui.tr(s.panel == Panel::Language ? "nav.language" : "access.title");
    ImFont* hf = ui.fonts.heading;
    // Rows taller than the sheet (known from the last frame) get page buttons beside the close
    // button, where they cost the rows no height: at 200% text in the landscape reach band
    // the sheet has room for one row of languages, and a strip under it would leave none.
    const float bgap = 0.4f * em;
    auto area_below = [&](float title_w, float& th) {
        th = text_height(hf, title_w, title);
        return Rect{{sheet.min.x, std::max(close.max.y, close.min.y + th) + 0.6f * em}, {sheet.max.x, sheet.max.y - 0.4f * em}};
    };
    float th = 0;
    Rect area = area_below(w - close_w - 0.5f * em, th);
    const bool paged = v.panel.content > area.h() + 1.0f;
    const float title_w = w - close_w - 0.5f * em - (paged ? 2 * (close_w + bgap) : 0.0f);
    if (paged) area = area_below(title_w, th);
    draw_text(ui, hf, {x, close.min.y + std::max(0.0f, (close_w - th) * 0.5f)}, colour::kText, title, title_w);
    update_scroll(ui, v.panel, area, dt);
    ui.push_clip(area);
    float y = area.min.y - v.panel.offset;
    const float gap = 0.5f * em;
    float pitch = 0;  // the language grid's row step: its pages start on a row
    if (s.panel == Panel::Language) {
        y += language_grid(ui, m, x, y, w, gap, intent, pitch);
    } else {
        const session::AccessModes& a = s.access;
        const std::string on = ui.tr("access.on"), off = ui.tr("access.off");
        y += sheet_row(ui, "access.large", x, y, w, Icon::TextSize, ui.tr("access.large"),
                       std::to_string(a.text_percent) + " %", a.text_percent > 100, intent,
                       ToggleAccess{AccessMode::LargeText}) + gap;
        y += sheet_row(ui, "access.contrast", x, y, w, Icon::Contrast, ui.tr("access.contrast"), a.contrast ? on : off,
                       a.contrast, intent, ToggleAccess{AccessMode::Contrast}) + gap;
        y += sheet_row(ui, "access.reach", x, y, w, Icon::Reach, ui.tr("access.reach"), a.reach ? on : off, a.reach,
                       intent, ToggleAccess{AccessMode::Reach}) + gap;
        if (m.speech_reads_lang)
            y += sheet_row(ui, "access.speak", x, y, w, Icon::Speaker, ui.tr("access.speak"), a.speech ? on : off, a.speech,
                           intent, ToggleAccess{AccessMode::Speech}) + gap;
        y += draw_text(ui, ui.fonts.body, {x, y}, colour::kMuted, ui.tr("access.reset_note"), w) + gap;
    }
    ui.pop_clip();
    const float content = y + v.panel.offset - area.min.y;
    // A sheet that starts or stops needing pages lays out again at once.
    if ((content > area.h() + 1.0f) != paged) ui.wants_frame = true;
    v.panel.content = content;
    if (paged) {
        const Rect down{{close.min.x - bgap - close_w, close.min.y}, {close.min.x - bgap, close.max.y}};
        const Rect up{{down.min.x - bgap - close_w, close.min.y}, {down.min.x - bgap, close.max.y}};
        page_buttons(ui, v.panel, up, down, area.h(), pitch);
    }
    return intent;
}

}  // namespace kiosk::app

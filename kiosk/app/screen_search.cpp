// Search: what the visitor typed, results as they type, and the on-screen keyboard.
#include "app/keyboard.h"
#include "app/screens.h"

namespace kiosk::app {

Intent draw_search(Ui& ui, const Model& m, ViewState& v, float dt) {
    Intent intent;
    v.visible_titles.clear();
    v.visible_status.clear();
    const float em = ui.em, pad = 1.0f * em;
    Rect area = draw_header(ui, m, ui.tr("search.title"), true, intent);

    // The typed text in a large field, with a caret, or a hint when empty.
    const Rect field{{pad, area.min.y + 0.8f * em}, {ui.size.x - pad, area.min.y + 0.8f * em + 3.4f * em}};
    ui.dl->AddRectFilled(field.min, field.max, colour::kCard, 0.5f * em);
    ui.dl->AddRect(field.min, field.max, colour::kHeader, 0.5f * em, 0, 0.12f * em);
    ImFont* f = ui.fonts.heading;
    const float ty = field.min.y + (field.h() - f->FontSize) * 0.5f;
    if (m.session.search_text.empty()) {
        draw_text_lines(ui, f, {field.min.x + 0.8f * em, ty}, colour::kMuted, ui.tr("search.hint"), field.w() - 1.6f * em, 1);
    } else {
        const float w = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, m.session.search_text.c_str()).x;
        ui.dl->AddText(f, f->FontSize, {field.min.x + 0.8f * em, ty}, colour::kText, m.session.search_text.c_str());
        ui.dl->AddRectFilled({field.min.x + 0.85f * em + w, ty}, {field.min.x + 0.95f * em + w, ty + f->FontSize}, colour::kHeader);
    }

    // Keyboard at the bottom (within reach of a seated visitor), results between.
    const float kb_w = std::min(ui.size.x - 2 * pad, 40.0f * em);
    const float kb_h = keyboard_height(ui, kb_w);
    const Rect kb{{(ui.size.x - kb_w) * 0.5f, ui.size.y - pad - kb_h}, {(ui.size.x + kb_w) * 0.5f, ui.size.y - pad}};
    std::string text = m.session.search_text;
    if (draw_keyboard(ui, kb, text)) intent = SearchText{text};

    const Rect results{{0, field.max.y + 0.6f * em}, {ui.size.x, kb.min.y - 0.6f * em}};
    if (!m.session.search_text.empty() && m.search_results.empty()) {
        draw_text_centered(ui, ui.fonts.bold, results, colour::kMuted, format(ui.tr("search.none"), {m.session.search_text}));
        return intent;
    }
    const float row_h = 3.6f * em, gap = 0.4f * em;
    v.search.content = static_cast<float>(m.search_results.size()) * (row_h + gap);
    update_scroll(ui, v.search, results, dt);
    ui.push_clip(results);
    float y = results.min.y - v.search.offset;
    for (size_t i = 0; i < m.search_results.size(); ++i, y += row_h + gap) {
        const Rect r{{pad, y}, {ui.size.x - pad, y + row_h}};
        if (r.max.y < results.min.y || r.min.y > results.max.y) continue;
        const Card& c = m.search_results[i];
        if (ui.tap_target("result." + std::to_string(i), r)) intent = OpenItem{c.id};
        v.visible_titles.push_back(c.title.value);
        v.visible_status.push_back(c.town);
        ui.dl->AddRectFilled(r.min, r.max, ui.pressed(r) ? colour::kPressed : colour::kCard, 0.4f * em);
        ui.dl->AddRectFilled(r.min, {r.min.x + 0.4f * em, r.max.y}, kind_colour(c.kind), 0.4f * em, ImDrawFlags_RoundCornersLeft);
        const float pic_w = row_h * 1.5f;
        draw_picture(ui, c.thumb_media ? ui.textures->thumbnail(c.thumb_media) : nullptr,
                     {{r.min.x + 0.4f * em, r.min.y}, {r.min.x + 0.4f * em + pic_w, r.max.y}});
        const float tx = r.min.x + 0.4f * em + pic_w + 0.6f * em, tw = r.max.x - tx - 0.6f * em;
        draw_text_lines(ui, ui.fonts.bold, {tx, r.min.y + 0.35f * em}, colour::kText, c.title.value, tw, 1);
        const std::string sub = ui.tr("kind." + c.kind + ".one") + " · " + card_town(ui, c.town);
        draw_text_lines(ui, ui.fonts.body, {tx, r.min.y + 0.45f * em + ui.fonts.bold->FontSize}, colour::kMuted, sub, tw, 1);
    }
    ui.pop_clip();
    return intent;
}

}  // namespace kiosk::app

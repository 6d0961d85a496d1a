// Search: what the visitor typed, results as they type, and the on-screen keyboard.
#include "app/keyboard.h"
#include "app/screens.h"

namespace kiosk::app {

Intent draw_search(Ui& ui, const Model& m, ViewState& v, float dt) {
    Intent intent;
    v.visible_titles.clear();
    v.visible_status.clear();
    const float em = ui.em, pad = 1.0f * em;
    Rect area = draw_header(ui, ui.tr("search.title"));

    // The typed text in a large field, with a caret, or a hint when empty.
    // As tall as its text needs: at large text the keyboard needs the room more.
    const float field_h = std::max(3.4f * ui.base_em, ui.fonts.heading->FontSize + 0.8f * em);
    const Rect field{{pad, area.min.y + 0.6f * em}, {ui.size.x - pad, area.min.y + 0.6f * em + field_h}};
    ui.dl->AddRectFilled(field.min, field.max, colour::kCard, 0.5f * em);
    ui.dl->AddRect(field.min, field.max, colour::kHeading, 0.5f * em, 0, 0.12f * em);
    ImFont* f = ui.fonts.heading;
    const float ty = field.min.y + (field.h() - f->FontSize) * 0.5f;
    if (m.session.search_text.empty()) {
        draw_text_lines(ui, f, {field.min.x + 0.8f * em, ty}, colour::kMuted, ui.tr("search.hint"), field.w() - 1.6f * em, 1);
    } else {
        // Long input scrolls inside the field: the end of the text and the caret stay in view,
        // the start slides out on the left, and nothing is drawn past the field's border.
        const char* t = m.session.search_text.c_str();
        const float w = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, t).x;
        const Rect inner{{field.min.x + 0.8f * em, field.min.y}, {field.max.x - 0.8f * em, field.max.y}};
        const float caret_w = 0.15f * em, room = inner.w() - caret_w;
        const float x = inner.min.x - std::max(0.0f, w - room);
        ui.push_clip(inner);
        ui.dl->AddText(f, f->FontSize, {x, ty}, colour::kText, t);
        ui.dl->AddRectFilled({x + w + 0.05f * em, ty}, {x + w + 0.05f * em + 0.1f * em, ty + f->FontSize}, colour::kHeading);
        ui.pop_clip();
        // A fade at the left edge says there is more text before what is shown.
        if (x < inner.min.x)
            ui.dl->AddRectFilledMultiColor({inner.min.x, field.min.y + 0.15f * em}, {inner.min.x + 1.2f * em, field.max.y - 0.15f * em},
                                           colour::kCard, colour::kCard & ~IM_COL32_A_MASK, colour::kCard & ~IM_COL32_A_MASK, colour::kCard);
    }

    // Keyboard at the bottom (within reach of a seated visitor). Portrait: results between the
    // field and the keyboard. Landscape: the screen is too short for both one above the other
    // (six rows of keys), so the keyboard takes the bottom left and the results the right.
    const bool side = ui.size.x > ui.size.y * 1.2f;
    const float bottom = area.max.y - 0.5f * em;
    const float kb_w = side ? std::min(36.0f * em, 0.62f * (ui.size.x - 2 * pad)) : std::min(ui.size.x - 2 * pad, 40.0f * em);
    // Portrait keeps at least three lines of results above the keys.
    const float room = bottom - field.max.y - 0.6f * em - (side ? 0.0f : 3.0f * ui.fonts.bold->FontSize);
    const float kb_h = std::min(keyboard_height(ui, kb_w), room);
    const float kb_x = side ? pad : (ui.size.x - kb_w) * 0.5f;
    const Rect kb{{kb_x, bottom - kb_h}, {kb_x + kb_w, bottom}};
    std::string text = m.session.search_text;
    if (draw_keyboard(ui, kb, text)) intent = SearchText{text};

    const Rect results = side ? Rect{{kb.max.x + 0.4f * em, field.max.y + 0.6f * em}, {ui.size.x, bottom}}
                              : Rect{{0, field.max.y + 0.6f * em}, {ui.size.x, kb.min.y - 0.6f * em}};
    if (!m.session.search_text.empty() && m.search_results.empty()) {
        const Rect msg{{results.min.x + pad, results.min.y}, {results.max.x - pad, results.max.y}};
        draw_text_lines(ui, ui.fonts.bold, {msg.min.x, msg.min.y + 1.0f * em}, colour::kMuted,
                        format(ui.tr("search.none"), {m.session.search_text}), msg.w(), 3);
        return intent;
    }
    // Each result: title, then kind and town, then for events the next dates (as the lists
    // show them). Rows grow with the fonts, so large text is never clipped.
    const float line_b = ui.fonts.bold->FontSize, line = ui.fonts.body->FontSize;
    // At large text a title gets two lines: one would hold two or three words.
    const int title_lines = ui.em > 1.2f * ui.base_em ? 2 : 1;
    const float base_h = std::max(3.6f * em, 0.35f * em + static_cast<float>(title_lines) * line_b + 0.1f * em + line + 0.45f * em), gap = 0.4f * em;
    std::vector<float> top(m.search_results.size() + 1, 0.0f);
    std::vector<std::string> dates(m.search_results.size());
    for (size_t i = 0; i < m.search_results.size(); ++i) {
        dates[i] = card_dates(ui, m.search_results[i], m.now.date);
        top[i + 1] = top[i] + base_h + (dates[i].empty() ? 0.0f : line + 0.1f * em) + gap;
    }
    v.search.content = top.back();
    update_scroll(ui, v.search, results, dt);
    ui.push_clip(results);
    for (size_t i = 0; i < m.search_results.size(); ++i) {
        const float y = results.min.y - v.search.offset + top[i];
        const Rect r{{results.min.x + pad, y}, {results.max.x - pad, y + top[i + 1] - top[i] - gap}};
        if (r.max.y < results.min.y || r.min.y > results.max.y) continue;
        const Card& c = m.search_results[i];
        if (ui.tap_target("result." + std::to_string(i), r)) intent = OpenItem{c.id};
        const std::string sub = c.town.empty() ? ui.tr("kind." + c.kind + ".one") : ui.tr("kind." + c.kind + ".one") + " · " + card_town(ui, c.town);
        v.visible_titles.push_back(c.title.value);
        v.visible_status.push_back(dates[i].empty() ? sub : sub + " · " + dates[i]);
        ui.dl->AddRectFilled(r.min, r.max, ui.pressed(r) ? colour::kPressed : colour::kCard, 0.4f * em);
        ui.dl->AddRectFilled(r.min, {r.min.x + 0.4f * em, r.max.y}, kind_colour(c.kind), 0.4f * em, ImDrawFlags_RoundCornersLeft);
        const float pic_w = std::min(3.6f * em * 1.5f, r.w() * 0.3f);
        draw_picture(ui, c.thumb_media ? ui.textures->thumbnail(c.thumb_media) : nullptr,
                     {{r.min.x + 0.4f * em, r.min.y}, {r.min.x + 0.4f * em + pic_w, r.max.y}});
        const float tx = r.min.x + 0.4f * em + pic_w + 0.6f * em, tw = r.max.x - tx - 0.6f * em;
        float ly = r.min.y + 0.35f * em;
        ly += std::max(line_b, draw_text_lines(ui, ui.fonts.bold, {tx, ly}, colour::kText, c.title.value, tw, title_lines)) + 0.1f * em;
        // A title not in the visitor's language says so, as on the list: the pill, then the kind.
        float sx = tx + draw_language_marker(ui, {tx, ly + 0.1f * em}, c.title.lang);
        if (sx > tx) sx += 0.3f * em;
        draw_text_lines(ui, ui.fonts.body, {sx, ly}, colour::kMuted, sub, tw - (sx - tx), 1);
        ly += line + 0.1f * em;
        if (!dates[i].empty()) draw_text_lines(ui, ui.fonts.bold, {tx, ly}, colour::kEventText, dates[i], tw, 1);
    }
    ui.pop_clip();
    return intent;
}

}  // namespace kiosk::app

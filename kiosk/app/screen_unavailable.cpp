// Information temporarily unavailable: what every visitor screen shows when no pack can be read
// (a new kiosk whose pack failed, or a pack that broke while shown with nothing to fall back
// to). Calm on purpose: no error code, no red; it says what a visitor can do instead, in the
// visitor's language, and keeps the header so staff can still hold it to open staff mode.
#include "app/screens.h"

#include <algorithm>
#include <string>
#include <vector>

namespace kiosk::app {

Intent draw_unavailable(Ui& ui, const Model& m) {
    Intent intent;
    const float em = ui.em, pad = 1.2f * em;
    const Rect area = draw_header(ui, ui.tr("app.name"));
    const float w = ui.size.x - 2 * pad;
    const std::string& title = ui.tr("unavailable.title");
    // Read in the language on screen now, not the one when the pack failed.
    const std::string& body = ui.tr("error.no_pack");
    // On the attract loop nobody has chosen a language yet: the title in the other offered
    // languages too, so a passer-by who does not read the first one knows not to wait.
    std::vector<std::string> others;
    if (m.session.screen == Screen::Attract)
        for (const std::string& l : m.languages)
            if (l != ui.lang) others.push_back(ui.strings->get(l, "unavailable.title"));
    // Centred in the content area when it fits; from the top at large text or low reach.
    float h = text_height(ui.fonts.heading, w, title) + 1.0f * em + text_height(ui.fonts.body, w, body);
    for (const std::string& o : others) h += 0.6f * em + text_height(ui.fonts.bold, w, o);
    if (!others.empty()) h += 1.0f * em;
    float y = std::max(area.min.y + 1.5f * em, (area.min.y + area.max.y - h) * 0.5f);
    y += draw_text(ui, ui.fonts.heading, {pad, y}, colour::kText, title, w);
    y += 1.0f * em;
    y += draw_text(ui, ui.fonts.body, {pad, y}, colour::kText, body, w);
    if (!others.empty()) y += 1.0f * em;
    for (const std::string& o : others) y += 0.6f * em + draw_text(ui, ui.fonts.bold, {pad, y + 0.6f * em}, colour::kMuted, o, w);
    // On the attract loop a touch starts a visit as usual, so the idle timer and the language
    // and access sheets behave as everywhere else.
    if (m.session.screen == Screen::Attract && ui.tap_target("attract", area)) intent = StartVisit{};
    return intent;
}

}  // namespace kiosk::app

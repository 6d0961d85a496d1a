// The attract loop: full-screen highlights that invite a passer-by to touch, in four languages.
#include <cmath>

#include "app/screens.h"

namespace kiosk::app {

namespace {
// The loop runs whenever nobody is there, which is most of the day, so its cost is the kiosk's
// idle cost. With Mesa's software renderer every pixel drawn costs CPU (a full-screen layer
// ~10 ms of a core), so the cross-fade is a few fixed steps, each drawn once: 0.6 s in
// kFadeSteps steps at alpha 1/(kFadeSteps+1) ... kFadeSteps/(kFadeSteps+1), then the next
// picture; nothing is drawn between fades. Before: a frame every 1/12 s (7-8 per fade, the
// first at alpha 0), two full-screen fills under the picture, 8% of a core at 1080x1920.
constexpr double kFade = 0.6;
constexpr int kFadeSteps = 4;
}  // namespace

Intent draw_attract(Ui& ui, const Model& m, ViewState& v) {
    Intent intent;
    v.visible_titles.clear();
    const float em = ui.em;
    const Rect screen{{0, 0}, ui.size};
    // The slide (or its placeholder) covers the screen: the calm colour only without slides.
    if (m.slides.empty()) ui.dl->AddRectFilled(screen.min, screen.max, colour::kHeader);
    // The bottom bar (language, access) covers the foot of the picture.
    const float bottom = ui.size.y - nav_bar_height(ui);

    if (!m.slides.empty()) {
        const double t = std::max(0.0, ui.now - m.session.attract_since);
        const auto n = m.slides.size();
        const auto index = static_cast<size_t>(t / m.slide_seconds);
        const double slide_start = m.session.attract_since + static_cast<double>(index) * m.slide_seconds;
        const double into = t - static_cast<double>(index) * m.slide_seconds;
        const auto& cur = m.slides[index % n];
        const auto& next = m.slides[(index + 1) % n];
        // A picture far from the screen's shape (a landscape photo on a portrait totem) is
        // shown whole over its blurred copy rather than cut to a narrow strip.
        draw_picture(ui, ui.textures->full(cur.media_id), screen, 0, ImDrawFlags_RoundCornersAll, IM_COL32_WHITE,
                     PictureFit::WholeWhenApart);
        const double fade_start = m.slide_seconds - kFade;
        const double step_len = kFade / (kFadeSteps + 1);
        // Steps 1..kFadeSteps of the fade; 0 while the picture stands still.
        const int step = into < fade_start ? 0 : std::min(kFadeSteps, static_cast<int>((into - fade_start) / step_len));
        const Model::Slide* shown = &cur;
        if (step == 0) {
            // Decoded now, while the picture stands: ready when the fade starts, and its
            // arrival draws no frame.
            ui.textures->prefetch_full(next.media_id);
        } else {
            const int a = 255 * step / (kFadeSteps + 1);
            draw_picture(ui, ui.textures->full(next.media_id), screen, 0, ImDrawFlags_RoundCornersAll, IM_COL32(255, 255, 255, a),
                         PictureFit::WholeWhenApart);
            if (a > 128) shown = &next;
        }
        // Sleep until the next step (the first one kFade/(kFadeSteps+1) into the fade) or, after
        // the last, until the next picture.
        // A millisecond late, so a wake-up a hair early does not draw the same step twice.
        ui.wake_me_at(0.001 + (step < kFadeSteps ? slide_start + fade_start + (step + 1) * step_len
                                                 : slide_start + m.slide_seconds));
        // What the picture shows, at the bottom, over a dark band.
        const float band = 5.0f * em;
        ui.dl->AddRectFilledMultiColor({0, bottom - band - 3 * em}, {ui.size.x, bottom}, IM_COL32(0, 0, 0, 0),
                                       IM_COL32(0, 0, 0, 0), IM_COL32(0, 0, 0, 200), IM_COL32(0, 0, 0, 200));
        draw_text_lines(ui, ui.fonts.display, {1.5f * em, bottom - band}, IM_COL32_WHITE, shown->title.value,
                        ui.size.x - 3 * em, 1);
        draw_text_lines(ui, ui.fonts.bold, {1.5f * em, bottom - band + ui.fonts.display->FontSize + 0.2f * em},
                        IM_COL32(255, 255, 255, 220), shown->town, ui.size.x - 3 * em, 1);
        v.visible_titles.push_back(shown->title.value);
    }

    // The invitation, in the four languages at once: nobody has chosen one yet.
    const float pad = 1.5f * em;
    float h = pad;
    h += static_cast<float>(m.languages.size()) * ui.fonts.heading->FontSize * 1.25f;
    const Rect card{{pad, 2.0f * em}, {ui.size.x - pad, 2.0f * em + h + pad}};
    ui.dl->AddRectFilled(card.min, card.max, colour::kCard, 0.8f * em);
    float y = card.min.y + pad;
    bool first = true;
    for (const std::string& l : m.languages) {
        ImFont* f = first ? ui.fonts.heading : ui.fonts.bold;
        const std::string& text = ui.strings->get(l, "attract.touch");
        const float w = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, text.c_str()).x;
        ui.dl->AddText(f, f->FontSize, {(ui.size.x - w) * 0.5f, y}, first ? colour::kHeading : colour::kText, text.c_str());
        y += ui.fonts.heading->FontSize * 1.25f;
        first = false;
    }

    // The whole screen above the bottom bar is the button.
    if (ui.tap_target("attract", {screen.min, {screen.max.x, bottom}})) intent = StartVisit{};
    return intent;
}

void draw_idle_overlay(Ui& ui, const Model& m) {
    if (m.session.countdown_left < 0) return;
    const float em = ui.em;
    ui.dl->AddRectFilled({0, 0}, ui.size, with_alpha(colour::kDim, 170));
    const float w = std::min(ui.size.x - 4 * em, 26.0f * em), h = 13.0f * em;
    const Rect card{{(ui.size.x - w) * 0.5f, (ui.size.y - h) * 0.5f}, {(ui.size.x + w) * 0.5f, (ui.size.y + h) * 0.5f}};
    ui.dl->AddRectFilled(card.min, card.max, colour::kCard, 0.8f * em);
    float y = card.min.y + 1.2f * em;
    draw_text_centered(ui, ui.fonts.heading, {{card.min.x, y}, {card.max.x, y + ui.fonts.heading->FontSize}}, colour::kText,
                       ui.tr("idle.title"));
    y += ui.fonts.heading->FontSize + 0.8f * em;
    const int secs = static_cast<int>(std::ceil(m.session.countdown_left));
    draw_text_centered(ui, ui.fonts.body, {{card.min.x, y}, {card.max.x, y + 2 * ui.fonts.body->FontSize}}, colour::kMuted,
                       format(ui.tr("idle.countdown"), {std::to_string(secs)}));
    y += 2 * ui.fonts.body->FontSize + 1.0f * em;
    const Rect b{{card.min.x + 3 * em, y}, {card.max.x - 3 * em, y + 3.2f * em}};
    // Any touch continues the visit (the app swallows it); this button says so.
    button(ui, "idle.continue", b, ui.tr("idle.continue"), colour::kHeader, colour::kOnHeader, ui.fonts.heading);
    // The seconds tick down: wake up for the next one.
    ui.wake_me_at(ui.now + (m.session.countdown_left - std::floor(m.session.countdown_left)) + 0.01);
}

}  // namespace kiosk::app

// The attract loop: full-screen highlights that invite a passer-by to touch, in four languages.
#include <cmath>

#include "app/screens.h"

namespace kiosk::app {

namespace {
// The loop runs whenever nobody is there, which is most of the day, so its cost is the kiosk's
// idle cost. With Mesa's software renderer every pixel drawn costs CPU (a full-screen picture
// 15-18 ms of a core through ImGui), so the cross-fade is a few fixed steps, each drawn once:
// 0.6 s in kFadeSteps steps at alpha 1/(kFadeSteps+1) ... kFadeSteps/(kFadeSteps+1), then the
// next picture; nothing is drawn between fades. Each frame is one opaque picture, composed
// and mixed on a worker (slide_show.h). Before: a frame every 1/12 s (7-8 per fade), two
// full-screen fills under the picture, 8% of a core at 1080x1920; then two pictures drawn per
// fade step, 2.8-3.9%.
constexpr double kFade = 0.6;
constexpr int kFadeSteps = 4;
}  // namespace

Intent draw_attract(Ui& ui, const Model& m, ViewState& v) {
    Intent intent;
    v.visible_titles.clear();
    const float em = ui.em;
    const Rect screen{{0, 0}, ui.size};
    // The bottom bar (language, access) covers the foot of the picture.
    const float bottom = ui.size.y - nav_bar_height(ui);
    // The invitation's card at the top, in the four languages at once: nobody has chosen one
    // yet. Under the slide's title at the bottom, a band darkening toward the bar.
    const float pad = 1.5f * em;
    const float card_h = pad + static_cast<float>(m.languages.size()) * ui.fonts.heading->FontSize * 1.25f;
    const Rect card{{pad, 2.0f * em}, {ui.size.x - pad, 2.0f * em + card_h + pad}};
    const float card_round = 0.8f * em;
    const float band = 5.0f * em;
    const Rect shade{{0, bottom - band - 3 * em}, {ui.size.x, bottom}};
    constexpr int kShadeAlpha = 200;

    // With slides, the picture, the band and the card come as one frame made off the UI thread
    // and copied in under the rest (slide_show.h); only the words are drawn over it.
    bool painted = false;
    const Model::Slide* shown = nullptr;
    if (!m.slides.empty()) {
        const double t = std::max(0.0, ui.now - m.session.attract_since);
        const auto n = m.slides.size();
        const auto index = static_cast<size_t>(t / m.slide_seconds);
        const double slide_start = m.session.attract_since + static_cast<double>(index) * m.slide_seconds;
        const double into = t - static_cast<double>(index) * m.slide_seconds;
        const double fade_start = m.slide_seconds - kFade;
        const double step_len = kFade / (kFadeSteps + 1);
        // Steps 1..kFadeSteps of the fade; 0 while the picture stands still.
        const int step = into < fade_start ? 0 : std::min(kFadeSteps, static_cast<int>((into - fade_start) / step_len));
        // A picture far from the screen's shape (a landscape photo on a portrait totem) is
        // shown whole over its blurred copy rather than cut to a narrow strip (compose_frame).
        SlideOverlay over;
        over.band_top = shade.min.y;
        over.band_bottom = shade.max.y;
        over.band_alpha = kShadeAlpha;
        over.card_x0 = card.min.x;
        over.card_y0 = card.min.y;
        over.card_x1 = card.max.x;
        over.card_y1 = card.max.y;
        over.card_radius = card_round;
        for (int c = 0; c < 4; ++c) over.card[c] = static_cast<std::uint8_t>(colour::kCard >> (8 * c));
        const int w = static_cast<int>(ui.size.x), h = static_cast<int>(ui.size.y);
        auto key = [&](std::size_t i, int s) {
            return SlideShow::Key{m.slides[i % n].media_id, m.slides[(i + 1) % n].media_id, 255 * s / (kFadeSteps + 1), w, h,
                                  colour::kBackground, over};
        };
        painted = ui.slides && ui.slides->frame(key(index, step));
        ui.slide_under = painted;
        // The frame after this one, made now: a fade step then costs this thread an upload.
        if (ui.slides) ui.slides->ahead(step < kFadeSteps ? key(index, step + 1) : key(index + 1, 0));
        // The title changes half way through the fade.
        shown = 255 * step / (kFadeSteps + 1) > 128 ? &m.slides[(index + 1) % n] : &m.slides[index % n];
        // Sleep until the next step (the first one kFade/(kFadeSteps+1) into the fade) or, after
        // the last, until the next picture.
        // A millisecond late, so a wake-up a hair early does not draw the same step twice.
        ui.wake_me_at(0.001 + (step < kFadeSteps ? slide_start + fade_start + (step + 1) * step_len
                                                 : slide_start + m.slide_seconds));
    }
    if (!painted) {
        // No slides: the calm colour; a frame still being made: its placeholder.
        ui.dl->AddRectFilled(screen.min, screen.max, m.slides.empty() ? colour::kHeader : colour::kPlaceholder);
        if (shown)
            ui.dl->AddRectFilledMultiColor(shade.min, shade.max, IM_COL32(0, 0, 0, 0), IM_COL32(0, 0, 0, 0),
                                           IM_COL32(0, 0, 0, kShadeAlpha), IM_COL32(0, 0, 0, kShadeAlpha));
        ui.dl->AddRectFilled(card.min, card.max, colour::kCard, card_round);
    }
    if (shown) {
        // What the picture shows, over the band.
        draw_text_lines(ui, ui.fonts.display, {1.5f * em, bottom - band}, IM_COL32_WHITE, shown->title.value,
                        ui.size.x - 3 * em, 1);
        draw_text_lines(ui, ui.fonts.bold, {1.5f * em, bottom - band + ui.fonts.display->FontSize + 0.2f * em},
                        IM_COL32(255, 255, 255, 220), shown->town, ui.size.x - 3 * em, 1);
        v.visible_titles.push_back(shown->title.value);
    }
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

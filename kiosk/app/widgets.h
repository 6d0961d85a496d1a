// The few drawing and hit-testing helpers every screen composes: sizes in em, named tap
// targets (so scripts and tests can find them), press feedback, clipped scroll areas.
#pragma once

#include <imgui.h>

#include <algorithm>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "app/disc_sprites.h"
#include "app/offscreen.h"
#include "app/slide_show.h"
#include "app/textures.h"
#include "app/touch.h"
#include "core/i18n.h"
#include "core/palette.h"

namespace kiosk::app {

// The drawing colours, set from a palette (core/palette.h) at the start of each frame: the
// everyday one, or the high-contrast one a visitor chose. They are variables rather than
// constants so the screens keep naming colours by role and never know which palette is on.
namespace colour {
inline ImU32 kBackground, kHeader, kOnHeader, kText, kMuted, kHeading, kCard, kCardBorder, kPressed, kAccent, kOnAccent,
    kPlaceholder, kMarker, kOpen, kWarn, kEventText, kSite, kBelfry, kEvent, kRoute, kOffice, kEat, kSleep, kDim;
}  // namespace colour
// Makes `p` the palette every colour:: name refers to.
void use_palette(const Palette& p);
// `c` with its alpha replaced (0-255): veils, fades and shadows in the palette's colours.
inline ImU32 with_alpha(ImU32 c, int alpha) { return (c & ~IM_COL32_A_MASK) | (static_cast<ImU32>(alpha) << IM_COL32_A_SHIFT); }

ImU32 kind_colour(const std::string& kind);

struct Fonts {
    ImFont* body = nullptr;     // 1 em
    ImFont* bold = nullptr;     // 1 em bold
    ImFont* heading = nullptr;  // 1.5 em bold
    ImFont* display = nullptr;  // 2.4 em bold
};

struct Rect {
    ImVec2 min, max;
    float w() const { return max.x - min.x; }
    float h() const { return max.y - min.y; }
    bool contains(Vec2 p) const { return p.x >= min.x && p.x < max.x && p.y >= min.y && p.y < max.y; }
};

// Everything a screen needs to draw one frame; rebuilt at the start of each frame.
struct Ui {
    float em = 32;  // one font unit in pixels: every size on screen is a multiple of it
    float base_em = 32;  // the font unit at 100% text: for controls that need not grow with text
    ImVec2 size;    // framebuffer size
    bool portrait = true;
    Fonts fonts;
    ImDrawList* dl = nullptr;
    Touch* touch = nullptr;
    TextureCache* textures = nullptr;
    SlideShow* slides = nullptr;  // the attract loop's frames
    bool slide_under = false;     // this frame starts with the slide show's frame (SlideShow::blit)
    const DiscSprites* discs = nullptr;  // filled circles as quads (draw_disc)
    OffscreenLayer* layer = nullptr;     // a picture the map screen draws once and shows as a texture
    const Strings* strings = nullptr;
    std::string lang;
    bool high_contrast = false;  // the high-contrast palette is on: controls get outlines
    bool wants_frame = false;  // a widget is animating or waiting for a picture
    bool scrolling = false;    // a list or text is still gliding: the visitor is reading, not idle
    double now = 0;            // seconds on the app's clock (glfwGetTime), for animations
    double wake_at = 0;        // 0, or when the next frame is due although nothing moves

    // Asks for a frame at time t (seconds on the same clock as `now`).
    void wake_me_at(double t) { wake_at = wake_at == 0 ? t : std::min(wake_at, t); }

    // Named targets drawn this frame (visible part only), for scripts and state dumps.
    std::vector<std::pair<std::string, Rect>> targets;
    // Texts that did not fit the box they were drawn in (wider than their button, or running
    // past the right edge of their area) this frame: --dump-state reports them, and the tests
    // check that none appear at 200% text in either orientation.
    std::vector<std::string> clipped;
    // The "text in English" markers drawn this frame (for --dump-state and the tests).
    std::vector<std::string> markers;
    void note_clipped(std::string_view s) {
        if (clipped.size() < 50) clipped.emplace_back(s);
    }

    const std::string& tr(const std::string& key) const { return strings->get(lang, key); }
    // "1 place to visit" / "2 places to visit": key's plural form for n (Strings::count).
    std::string count(const std::string& key, long long n) const { return strings->count(lang, key, n); }

    // Registers a tap target and tells whether it was tapped this frame. Only the visible part
    // (inside the current clip) counts, so a card scrolled under the header cannot be hit.
    bool tap_target(const std::string& name, Rect r);
    // True while a finger rests on r without dragging: draw the pressed look.
    bool pressed(Rect r) const;

    void push_clip(Rect r);
    void pop_clip();
    Rect clip() const { return clips_.empty() ? Rect{{0, 0}, size} : clips_.back(); }

private:
    std::vector<Rect> clips_;
};

// Text helpers. All return the height they used.
float text_height(ImFont* f, float wrap, std::string_view s);
float draw_text(Ui& ui, ImFont* f, ImVec2 pos, ImU32 col, std::string_view s, float wrap = 0);
// Draws at most max_lines lines, ending with "…" when the text is longer.
float draw_text_lines(Ui& ui, ImFont* f, ImVec2 pos, ImU32 col, std::string_view s, float wrap, int max_lines);
void draw_text_centered(Ui& ui, ImFont* f, Rect r, ImU32 col, std::string_view s);
// Moves everything already in `dl` (vertices and clip rectangles) by `by` pixels: the low-reach
// band's shift of a whole frame, and the map's layer drawn in screen coordinates then moved
// into the layer's own.
void shift_draw_list(ImDrawList& dl, ImVec2 by);
// A filled circle: a quad of the atlas's baked discs (disc_sprites.h), which under software GL
// costs a twentieth of ImGui's tessellated circle.
// The atlas's discs, or (none baked, as in a Ui made for a test) an empty set, which draws
// with ImGui's own shapes.
inline const DiscSprites& disc_sprites(const Ui& ui) {
    static const DiscSprites kNone;
    return ui.discs ? *ui.discs : kNone;
}
inline void draw_disc(Ui& ui, ImVec2 c, float r, ImU32 col) { disc_sprites(ui).draw(ui.dl, c, r, col); }
// The slice of that circle between angles a0 < a1 (radians, clockwise on screen from +x).
inline void draw_wedge(Ui& ui, ImVec2 c, float r, float a0, float a1, ImU32 col) {
    disc_sprites(ui).draw_wedge(ui.dl, c, r, a0, a1, col);
}

// Draws one line of text at the largest size up to the font's own that fits `max_w` (never
// below 60% of it, past which the text counts as clipped); returns the width used.
float draw_text_fitted(Ui& ui, ImFont* f, ImVec2 pos, ImU32 col, std::string_view s, float max_w);
// The size draw_text_fitted would use.
float fitted_size(ImFont* f, std::string_view s, float max_w);

// A filled, rounded button with a centred label; returns true when tapped.
bool button(Ui& ui, const std::string& name, Rect r, std::string_view label, ImU32 fill, ImU32 text_col,
            ImFont* font = nullptr);

// The usual "erase" key symbol centred in r, drawn with lines: Noto Sans has no glyph for it.
void draw_backspace_symbol(Ui& ui, Rect r, ImU32 col);

// How a picture meets its frame (core/picture_frame.h has the math and the threshold).
enum class PictureFit {
    Cover,           // cropped to fill, the crop slid to keep the focal point in view (cards)
    WholeWhenApart,  // the same, unless the shapes differ a lot (show_whole): then shown whole
                     // over its blurred backdrop (the detail picture, the attract loop)
};

// Draws a picture in r (cropped or whole, never stretched), or a placeholder while it loads.
// True when it was drawn whole.
bool draw_picture(Ui& ui, const Texture* tex, Rect r, float rounding = 0, ImDrawFlags corners = ImDrawFlags_RoundCornersAll,
                  ImU32 tint = IM_COL32_WHITE, PictureFit fit = PictureFit::Cover);

// A small pill saying which language a field is shown in, when it is not the visitor's.
// Returns the width used (0 when no marker was needed).
float draw_language_marker(Ui& ui, ImVec2 pos, const std::string& field_lang);

// Vertical scrolling with drag and inertia for one area of the screen.
struct ScrollState {
    float offset = 0;
    float velocity = 0;  // px/s, decays after a fling
    float content = 0;   // height of the content last frame
};
// Applies this frame's drag or inertia to s for an area of height `view`; requests frames
// while moving.
void update_scroll(Ui& ui, ScrollState& s, Rect area, float dt);

}  // namespace kiosk::app

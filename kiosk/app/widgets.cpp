// Implementation of the shared screen helpers.
#include "app/widgets.h"

#include <algorithm>
#include <cmath>

namespace kiosk::app {

namespace {
ImU32 im(std::uint32_t rgb) { return IM_COL32((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, 255); }
}  // namespace

void use_palette(const Palette& p) {
    using namespace colour;
    kBackground = im(p.background), kHeader = im(p.header), kOnHeader = im(p.on_header), kText = im(p.text);
    kMuted = im(p.muted), kHeading = im(p.heading), kCard = im(p.card), kCardBorder = im(p.card_border);
    kPressed = im(p.pressed), kAccent = im(p.accent), kOnAccent = im(p.on_accent), kPlaceholder = im(p.placeholder), kMarker = im(p.marker);
    kOpen = im(p.open), kWarn = im(p.warn), kEventText = im(p.event_text), kSite = im(p.site), kBelfry = im(p.belfry), kEvent = im(p.event);
    kRoute = im(p.route), kOffice = im(p.office), kEat = im(p.eat), kSleep = im(p.sleep), kDim = im(p.dim);
}

// White labels sit on these (core/palette.h checks the ratios).
ImU32 kind_colour(const std::string& kind) {
    if (kind == "belfry") return colour::kBelfry;
    if (kind == "event") return colour::kEvent;
    if (kind == "route") return colour::kRoute;
    if (kind == "office") return colour::kOffice;
    if (kind == "eat") return colour::kEat;
    if (kind == "sleep") return colour::kSleep;
    return colour::kSite;
}

static Rect intersect(Rect a, Rect b) {
    Rect r{{std::max(a.min.x, b.min.x), std::max(a.min.y, b.min.y)}, {std::min(a.max.x, b.max.x), std::min(a.max.y, b.max.y)}};
    if (r.max.x < r.min.x) r.max.x = r.min.x;
    if (r.max.y < r.min.y) r.max.y = r.min.y;
    return r;
}

bool Ui::tap_target(const std::string& name, Rect r) {
    const Rect visible = intersect(r, clip());
    if (visible.w() <= 0 || visible.h() <= 0) return false;
    targets.emplace_back(name, visible);
    return touch->tapped && visible.contains(touch->tap_pos);
}

bool Ui::pressed(Rect r) const {
    return touch->down && !touch->dragging && intersect(r, clip()).contains(touch->press_pos);
}

void Ui::push_clip(Rect r) {
    r = intersect(r, clip());
    clips_.push_back(r);
    dl->PushClipRect(r.min, r.max, false);
}

void Ui::pop_clip() {
    clips_.pop_back();
    dl->PopClipRect();
}

float text_height(ImFont* f, float wrap, std::string_view s) {
    return f->CalcTextSizeA(f->FontSize, FLT_MAX, wrap, s.data(), s.data() + s.size()).y;
}

namespace {
// Text running past the right edge of the area it is drawn in is cut by the clip rectangle
// (or the screen): a layout that does not reflow. Noted for the tests.
void check_fits(Ui& ui, float right, std::string_view s) {
    if (right > ui.clip().max.x + 1.0f) ui.note_clipped(s);
}
}  // namespace

float draw_text(Ui& ui, ImFont* f, ImVec2 pos, ImU32 col, std::string_view s, float wrap) {
    ui.dl->AddText(f, f->FontSize, pos, col, s.data(), s.data() + s.size(), wrap);
    const ImVec2 sz = f->CalcTextSizeA(f->FontSize, FLT_MAX, wrap, s.data(), s.data() + s.size());
    check_fits(ui, pos.x + sz.x, s);
    return sz.y;
}

float fitted_size(ImFont* f, std::string_view s, float max_w) {
    const float w = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, s.data(), s.data() + s.size()).x;
    return w <= max_w || w <= 0 ? f->FontSize : std::max(0.6f * f->FontSize, f->FontSize * max_w / w);
}

float draw_text_fitted(Ui& ui, ImFont* f, ImVec2 pos, ImU32 col, std::string_view s, float max_w) {
    const float size = fitted_size(f, s, max_w);
    const float w = f->CalcTextSizeA(size, FLT_MAX, 0, s.data(), s.data() + s.size()).x;
    ui.dl->AddText(f, size, pos, col, s.data(), s.data() + s.size());
    if (w > max_w + 1.0f) ui.note_clipped(s);
    check_fits(ui, pos.x + w, s);
    return w;
}

float draw_text_lines(Ui& ui, ImFont* f, ImVec2 pos, ImU32 col, std::string_view s, float wrap, int max_lines) {
    const char* p = s.data();
    const char* end = s.data() + s.size();
    const float line_h = f->FontSize;
    float y = pos.y;
    for (int line = 0; line < max_lines && p < end; ++line) {
        const char* brk = f->CalcWordWrapPositionA(1.0f, p, end, wrap);
        if (brk == p) brk = p + 1;  // a word wider than the box: cut it rather than loop
        const bool last = line == max_lines - 1 && brk < end;
        if (last) {
            // Shorten until the text plus an ellipsis fits on this last line.
            std::string cut(p, brk);
            while (!cut.empty() && f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, (cut + "…").c_str()).x > wrap) {
                cut.pop_back();
                while (!cut.empty() && (static_cast<unsigned char>(cut.back()) & 0xC0) == 0x80) cut.pop_back();
                if (!cut.empty() && (static_cast<unsigned char>(cut.back()) & 0xC0) == 0xC0) cut.pop_back();
            }
            while (!cut.empty() && cut.back() == ' ') cut.pop_back();
            cut += "…";
            ui.dl->AddText(f, f->FontSize, {pos.x, y}, col, cut.c_str());
            check_fits(ui, pos.x + std::min(wrap, f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, cut.c_str()).x), s);
        } else {
            ui.dl->AddText(f, f->FontSize, {pos.x, y}, col, p, brk);
            check_fits(ui, pos.x + f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, p, brk).x, s);
        }
        y += line_h;
        p = brk;
        while (p < end && (*p == ' ' || *p == '\n')) ++p;
    }
    return y - pos.y;
}

void draw_text_centered(Ui& ui, ImFont* f, Rect r, ImU32 col, std::string_view s) {
    const float wrap = r.w() * 0.92f;
    // A word wider than the box (a long word at large text) shrinks the label, down to 60%,
    // rather than run over the button's edge.
    float size = f->FontSize;
    for (const char* p = s.data(); p < s.data() + s.size();) {
        const char* e = p;
        while (e < s.data() + s.size() && *e != ' ' && *e != '\n') ++e;
        const float w = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, p, e).x;
        if (w > wrap) size = std::min(size, std::max(0.6f * f->FontSize, f->FontSize * wrap / w));
        p = e + 1;
    }
    // ...and a label taller than its box (a short key) likewise.
    if (const float h = f->CalcTextSizeA(size, FLT_MAX, wrap, s.data(), s.data() + s.size()).y; h > r.h())
        size = std::max(0.6f * f->FontSize, size * r.h() / h);
    const float k = size / f->FontSize;
    const ImVec2 sz = f->CalcTextSizeA(size, FLT_MAX, wrap, s.data(), s.data() + s.size());
    // Centre each wrapped line on its own, so a two-line label looks balanced.
    const char* p = s.data();
    const char* end = s.data() + s.size();
    float y = r.min.y + (r.h() - sz.y) * 0.5f;
    while (p < end) {
        const char* brk = f->CalcWordWrapPositionA(k, p, end, wrap);
        if (brk == p) brk = p + 1;
        const float w = f->CalcTextSizeA(size, FLT_MAX, 0, p, brk).x;
        if (w > r.w() + 1.0f) ui.note_clipped(s);  // one word wider than its box
        ui.dl->AddText(f, size, {r.min.x + (r.w() - w) * 0.5f, y}, col, p, brk);
        y += size;
        p = brk;
        while (p < end && (*p == ' ' || *p == '\n')) ++p;
    }
}

bool button(Ui& ui, const std::string& name, Rect r, std::string_view label, ImU32 fill, ImU32 text_col, ImFont* font) {
    const bool tapped = ui.tap_target(name, r);
    const bool down = ui.pressed(r);
    ui.dl->AddRectFilled(r.min, r.max, down ? colour::kPressed : fill, 0.35f * ui.em);
    // Dark fills on a black background need an edge to be seen as buttons.
    if (ui.high_contrast) ui.dl->AddRect(r.min, r.max, colour::kCardBorder, 0.35f * ui.em, 0, 0.08f * ui.em);
    draw_text_centered(ui, font ? font : ui.fonts.bold, r, down ? colour::kText : text_col, label);
    return tapped;
}

void draw_backspace_symbol(Ui& ui, Rect r, ImU32 col) {
    const float em = std::min(ui.em, 0.7f * r.h());  // fits a short key
    const ImVec2 c{(r.min.x + r.max.x) * 0.5f, (r.min.y + r.max.y) * 0.5f};
    const float w = 1.1f * em, h = 0.55f * em, t = 0.45f * em;
    const ImVec2 pts[5] = {{c.x - w, c.y}, {c.x - w + t, c.y - h}, {c.x + w, c.y - h}, {c.x + w, c.y + h}, {c.x - w + t, c.y + h}};
    ui.dl->AddPolyline(pts, 5, col, ImDrawFlags_Closed, 0.12f * em);
    const float xr = 0.28f * em, xc = c.x + 0.25f * em;
    ui.dl->AddLine({xc - xr, c.y - xr}, {xc + xr, c.y + xr}, col, 0.12f * em);
    ui.dl->AddLine({xc - xr, c.y + xr}, {xc + xr, c.y - xr}, col, 0.12f * em);
}

void shift_draw_list(ImDrawList& dl, ImVec2 by) {
    for (ImDrawVert& v : dl.VtxBuffer) {
        v.pos.x += by.x;
        v.pos.y += by.y;
    }
    for (ImDrawCmd& c : dl.CmdBuffer) {
        c.ClipRect.x += by.x;
        c.ClipRect.y += by.y;
        c.ClipRect.z += by.x;
        c.ClipRect.w += by.y;
    }
}

bool draw_picture(Ui& ui, const Texture* tex, Rect r, float rounding, ImDrawFlags corners, ImU32 tint, PictureFit fit) {
    if (!tex || tex->width <= 0 || tex->height <= 0) {
        if (tint == IM_COL32_WHITE) ui.dl->AddRectFilled(r.min, r.max, colour::kPlaceholder, rounding, corners);
        return false;
    }
    const double pw = tex->width, ph = tex->height;
    const bool whole = fit == PictureFit::WholeWhenApart && show_whole(pw, ph, r.w(), r.h());
    auto image = [&](unsigned gl_id, ImVec2 a, ImVec2 b, const UvWindow& uv, float round) {
        const auto id = reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(gl_id));
        const ImVec2 uv0{static_cast<float>(uv.u0), static_cast<float>(uv.v0)};
        const ImVec2 uv1{static_cast<float>(uv.u1), static_cast<float>(uv.v1)};
        if (round > 0)
            ui.dl->AddImageRounded(id, a, b, uv0, uv1, tint, round, corners);
        else
            ui.dl->AddImage(id, a, b, uv0, uv1, tint);
    };
    if (!whole) {
        image(tex->gl_id, r.min, r.max, cover_window(pw, ph, r.w(), r.h(), tex->focus), rounding);
        return false;
    }
    // Whole: the blurred copy covers the frame (dark when the texture has none), the picture
    // sits on it at its own shape. The backdrop has the picture's shape, so the same window.
    const FrameRect in = contain_rect(pw, ph, {r.min.x, r.min.y, r.w(), r.h()});
    const Rect pic{{static_cast<float>(in.x), static_cast<float>(in.y)},
                   {static_cast<float>(in.x + in.w), static_cast<float>(in.y + in.h)}};
    const UvWindow bw = cover_window(pw, ph, r.w(), r.h(), tex->focus);
    const ImU32 dark = IM_COL32(0, 0, 0, (tint >> IM_COL32_A_SHIFT) & 0xFF);
    if (rounding > 0 || !tex->opaque) {
        if (tex->backdrop_id)
            image(tex->backdrop_id, r.min, r.max, bw, rounding);
        else
            ui.dl->AddRectFilled(r.min, r.max, dark, rounding, corners);
    } else {
        // An opaque picture with square corners: the backdrop only where the picture leaves
        // the frame bare. Under software GL every pixel drawn costs CPU, and the attract loop
        // draws two of these per frame of a cross-fade (where a translucent picture now fades
        // straight over the one before, not over its own backdrop as well).
        auto strip = [&](ImVec2 a, ImVec2 b) {
            if (b.x <= a.x || b.y <= a.y) return;
            if (!tex->backdrop_id) {
                ui.dl->AddRectFilled(a, b, dark);
                return;
            }
            auto u = [&](float x) { return bw.u0 + (bw.u1 - bw.u0) * (x - r.min.x) / r.w(); };
            auto v = [&](float y) { return bw.v0 + (bw.v1 - bw.v0) * (y - r.min.y) / r.h(); };
            image(tex->backdrop_id, a, b, UvWindow{u(a.x), v(a.y), u(b.x), v(b.y)}, 0);
        };
        strip(r.min, {r.max.x, pic.min.y});                  // above
        strip({r.min.x, pic.max.y}, r.max);                  // below
        strip({r.min.x, pic.min.y}, {pic.min.x, pic.max.y}); // left
        strip({pic.max.x, pic.min.y}, {r.max.x, pic.max.y}); // right
    }
    image(tex->gl_id, pic.min, pic.max, UvWindow{}, 0);
    return true;
}

float draw_language_marker(Ui& ui, ImVec2 pos, const std::string& field_lang) {
    // "texte en français" in the visitor's language, so they know why it is not theirs.
    const std::string& label = ui.strings->fallback_marker(ui.lang, field_lang);
    if (label.empty()) return 0;
    if (ui.markers.size() < 50) ui.markers.push_back(label);
    ImFont* f = ui.fonts.body;
    const float scale = 0.7f;
    const ImVec2 sz = f->CalcTextSizeA(f->FontSize * scale, FLT_MAX, 0, label.c_str());
    const float pad = 0.35f * ui.em;
    ui.dl->AddRectFilled(pos, {pos.x + sz.x + 2 * pad, pos.y + sz.y + 0.2f * ui.em}, colour::kMarker, 0.3f * ui.em);
    ui.dl->AddText(f, f->FontSize * scale, {pos.x + pad, pos.y + 0.1f * ui.em}, colour::kText, label.c_str());
    return sz.x + 2 * pad;
}

void update_scroll(Ui& ui, ScrollState& s, Rect area, float dt) {
    const Touch& t = *ui.touch;
    const bool ours = area.contains(t.press_pos);
    if (ours && (t.dragging || t.drag_released)) {
        s.offset -= t.drag_delta.y;
        s.velocity = 0;
        if (t.drag_released) s.velocity = -t.release_velocity.y;
    } else if (s.velocity != 0) {
        // Exponential decay: a fling glides for about a second, like phones do.
        s.offset += s.velocity * dt;
        s.velocity *= std::exp(-3.0f * dt);
        if (std::fabs(s.velocity) < 20.0f) s.velocity = 0;
    }
    if (ours && t.down) s.velocity = t.dragging ? s.velocity : 0;  // a finger stops a glide
    const float max_off = std::max(0.0f, s.content - area.h());
    if (s.offset < 0) { s.offset = 0; s.velocity = 0; }
    if (s.offset > max_off) { s.offset = max_off; s.velocity = 0; }
    if (s.velocity != 0) ui.wants_frame = ui.scrolling = true;
}

}  // namespace kiosk::app

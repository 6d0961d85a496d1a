// The practical-information pictograms, as plain strokes: readable at 1 em, and the same
// colour as the text they stand beside.
#include "app/icons.h"

#include <cmath>
#include <string>

#include "core/text_fold.h"

namespace kiosk::app {

namespace {

constexpr float kPi = 3.14159265f;

// Letters in a rounded box: the parking "P" and toilets "WC" are letters on real signs too.
void letter_sign(Ui& ui, ImVec2 c, float s, ImU32 col, const char* text, float stroke) {
    const float h = s * 0.42f;
    ui.dl->AddRect({c.x - h, c.y - h}, {c.x + h, c.y + h}, col, s * 0.12f, 0, stroke);
    ImFont* f = ui.fonts.bold;
    const float fs = s * (text[1] ? 0.42f : 0.6f);
    const ImVec2 sz = f->CalcTextSizeA(fs, FLT_MAX, 0, text);
    ui.dl->AddText(f, fs, {c.x - sz.x * 0.5f, c.y - sz.y * 0.5f}, col, text);
}

}  // namespace

void draw_icon(Ui& ui, Icon icon, ImVec2 c, float s, ImU32 col, bool crossed) {
    ImDrawList* dl = ui.dl;
    const float t = std::max(1.5f, s * 0.085f);  // stroke width
    auto P = [&](float x, float y) { return ImVec2{c.x + x * s, c.y + y * s}; };
    switch (icon) {
        case Icon::Wheelchair:
            // The international symbol of access: head, back, seat, leg, and the big wheel.
            dl->AddCircleFilled(P(-0.1f, -0.36f), s * 0.09f, col);
            dl->AddLine(P(-0.12f, -0.22f), P(-0.12f, 0.06f), col, t);
            dl->AddLine(P(-0.12f, -0.08f), P(0.08f, -0.08f), col, t);
            dl->AddLine(P(-0.12f, 0.06f), P(0.14f, 0.06f), col, t);
            dl->AddLine(P(0.14f, 0.06f), P(0.26f, 0.3f), col, t);
            dl->AddLine(P(0.26f, 0.3f), P(0.36f, 0.3f), col, t);
            dl->PathArcTo(P(-0.06f, 0.16f), s * 0.24f, -0.35f * kPi, 1.3f * kPi, 20);
            dl->PathStroke(col, 0, t);
            break;
        case Icon::Hearing:
            // An ear: the outer rim, then the inner fold.
            dl->PathArcTo(P(0.02f, -0.1f), s * 0.26f, 1.0f * kPi, 2.25f * kPi, 20);
            dl->PathLineTo(P(0.0f, 0.32f));
            dl->PathStroke(col, 0, t);
            dl->PathArcTo(P(0.02f, -0.08f), s * 0.11f, 1.0f * kPi, 2.0f * kPi, 12);
            dl->PathStroke(col, 0, t);
            break;
        case Icon::Visual:
            // An eye: two lids and the pupil.
            dl->PathArcTo(P(0, 0.32f), s * 0.5f, -0.8f * kPi, -0.2f * kPi, 16);
            dl->PathStroke(col, 0, t);
            dl->PathArcTo(P(0, -0.32f), s * 0.5f, 0.2f * kPi, 0.8f * kPi, 16);
            dl->PathStroke(col, 0, t);
            dl->AddCircleFilled(P(0, 0), s * 0.11f, col);
            break;
        case Icon::Mental:
            // A head in profile with a mark where thinking happens.
            dl->PathArcTo(P(0, -0.06f), s * 0.28f, 0.75f * kPi, 2.3f * kPi, 24);
            dl->PathLineTo(P(0.22f, 0.14f));
            dl->PathLineTo(P(0.16f, 0.2f));
            dl->PathLineTo(P(0.14f, 0.36f));
            dl->PathStroke(col, 0, t);
            dl->AddCircleFilled(P(-0.02f, -0.08f), s * 0.09f, col);
            break;
        case Icon::Parking:
            letter_sign(ui, c, s, col, "P", t);
            break;
        case Icon::Toilets:
            letter_sign(ui, c, s, col, "WC", t);
            break;
        case Icon::Shop:
            // A shopping bag and its handle.
            dl->AddRect(P(-0.3f, -0.12f), P(0.3f, 0.38f), col, s * 0.05f, 0, t);
            dl->PathArcTo(P(0, -0.12f), s * 0.16f, kPi, 2 * kPi, 12);
            dl->PathStroke(col, 0, t);
            break;
        case Icon::Cafe:
            // A cup with its handle and a wisp of steam.
            dl->AddRect(P(-0.3f, -0.08f), P(0.16f, 0.32f), col, s * 0.06f, ImDrawFlags_RoundCornersBottom, t);
            dl->PathArcTo(P(0.18f, 0.1f), s * 0.11f, -0.5f * kPi, 0.5f * kPi, 10);
            dl->PathStroke(col, 0, t);
            dl->AddBezierCubic(P(-0.08f, -0.18f), P(-0.16f, -0.26f), P(0.0f, -0.32f), P(-0.08f, -0.42f), col, t * 0.8f);
            break;
        case Icon::Wifi:
            for (int i = 1; i <= 3; ++i) {
                dl->PathArcTo(P(0, 0.3f), s * 0.18f * static_cast<float>(i), -0.75f * kPi, -0.25f * kPi, 12);
                dl->PathStroke(col, 0, t);
            }
            dl->AddCircleFilled(P(0, 0.3f), s * 0.07f, col);
            break;
        case Icon::Amenity:
            // A tick in a circle: "there is one".
            dl->AddCircle(c, s * 0.4f, col, 24, t);
            dl->AddLine(P(-0.18f, 0.02f), P(-0.05f, 0.16f), col, t);
            dl->AddLine(P(-0.05f, 0.16f), P(0.2f, -0.14f), col, t);
            break;
        case Icon::Pets:
            // A paw: the pad and four toes.
            dl->AddCircleFilled(P(0, 0.14f), s * 0.19f, col);
            dl->AddCircleFilled(P(-0.28f, -0.06f), s * 0.08f, col);
            dl->AddCircleFilled(P(-0.12f, -0.26f), s * 0.085f, col);
            dl->AddCircleFilled(P(0.12f, -0.26f), s * 0.085f, col);
            dl->AddCircleFilled(P(0.28f, -0.06f), s * 0.08f, col);
            break;
        case Icon::Phone:
            // A mobile phone: the body, the earpiece slot and the home button.
            dl->AddRect(P(-0.22f, -0.4f), P(0.22f, 0.4f), col, s * 0.08f, 0, t);
            dl->AddLine(P(-0.07f, -0.28f), P(0.07f, -0.28f), col, t);
            dl->AddCircleFilled(P(0, 0.28f), s * 0.05f, col);
            break;
        case Icon::Email:
            dl->AddRect(P(-0.38f, -0.26f), P(0.38f, 0.26f), col, s * 0.04f, 0, t);
            dl->AddLine(P(-0.38f, -0.26f), P(0, 0.04f), col, t);
            dl->AddLine(P(0, 0.04f), P(0.38f, -0.26f), col, t);
            break;
        case Icon::Web:
            // A globe: rim, one meridian, the equator.
            dl->AddCircle(c, s * 0.38f, col, 24, t);
            dl->PathArcTo(P(0.3f, 0), s * 0.5f, 0.77f * kPi, 1.23f * kPi, 12);
            dl->PathStroke(col, 0, t);
            dl->PathArcTo(P(-0.3f, 0), s * 0.5f, -0.23f * kPi, 0.23f * kPi, 12);
            dl->PathStroke(col, 0, t);
            dl->AddLine(P(-0.38f, 0), P(0.38f, 0), col, t);
            break;
        case Icon::Booking:
            // A calendar page with its rings and a tick.
            dl->AddRect(P(-0.34f, -0.26f), P(0.34f, 0.36f), col, s * 0.05f, 0, t);
            dl->AddLine(P(-0.34f, -0.1f), P(0.34f, -0.1f), col, t);
            dl->AddLine(P(-0.16f, -0.38f), P(-0.16f, -0.2f), col, t);
            dl->AddLine(P(0.16f, -0.38f), P(0.16f, -0.2f), col, t);
            dl->AddLine(P(-0.14f, 0.12f), P(-0.03f, 0.24f), col, t);
            dl->AddLine(P(-0.03f, 0.24f), P(0.16f, 0.02f), col, t);
            break;
        case Icon::Home: {
            // A house: roof, walls and a door, the shape every home button uses.
            const ImVec2 roof[3] = {P(-0.42f, -0.02f), P(0, -0.4f), P(0.42f, -0.02f)};
            dl->AddPolyline(roof, 3, col, 0, t);
            const ImVec2 walls[4] = {P(-0.3f, -0.12f), P(-0.3f, 0.36f), P(0.3f, 0.36f), P(0.3f, -0.12f)};
            dl->AddPolyline(walls, 4, col, 0, t);
            dl->AddRectFilled(P(-0.08f, 0.1f), P(0.08f, 0.36f), col);
            break;
        }
        case Icon::Back: {
            // An arrow pointing left.
            dl->AddLine(P(-0.36f, 0), P(0.38f, 0), col, t * 1.2f);
            const ImVec2 head[3] = {P(-0.06f, -0.3f), P(-0.38f, 0), P(-0.06f, 0.3f)};
            dl->AddPolyline(head, 3, col, 0, t * 1.2f);
            break;
        }
        case Icon::Access: {
            // The accessibility figure: a person with open arms in a circle.
            dl->AddCircle(c, s * 0.44f, col, 0, t);
            dl->AddCircleFilled(P(0, -0.24f), s * 0.07f, col);
            dl->AddLine(P(-0.26f, -0.1f), P(0.26f, -0.1f), col, t);
            dl->AddLine(P(0, -0.1f), P(0, 0.08f), col, t);
            dl->AddLine(P(0, 0.08f), P(-0.14f, 0.3f), col, t);
            dl->AddLine(P(0, 0.08f), P(0.14f, 0.3f), col, t);
            break;
        }
        case Icon::TextSize: {
            // A small and a large letter A.
            ImFont* f = ui.fonts.bold;
            dl->AddText(f, s * 0.45f, P(-0.44f, -0.02f), col, "A");
            dl->AddText(f, s * 0.8f, P(-0.08f, -0.42f), col, "A");
            break;
        }
        case Icon::Contrast:
            // A circle half filled: the usual contrast symbol.
            dl->AddCircle(c, s * 0.4f, col, 0, t);
            dl->PathArcTo(c, s * 0.4f, kPi * 0.5f, kPi * 1.5f);
            dl->PathFillConvex(col);
            break;
        case Icon::Reach: {
            // An arrow down onto a bar: everything brought down within reach.
            dl->AddLine(P(0, -0.4f), P(0, 0.14f), col, t * 1.2f);
            const ImVec2 head[3] = {P(-0.22f, -0.06f), P(0, 0.16f), P(0.22f, -0.06f)};
            dl->AddPolyline(head, 3, col, 0, t * 1.2f);
            dl->AddLine(P(-0.4f, 0.34f), P(0.4f, 0.34f), col, t * 1.4f);
            break;
        }
        case Icon::Speaker: {
            // A loudspeaker and two sound waves.
            const ImVec2 body[6] = {P(-0.42f, -0.12f), P(-0.24f, -0.12f), P(-0.02f, -0.32f),
                                    P(-0.02f, 0.32f),  P(-0.24f, 0.12f),  P(-0.42f, 0.12f)};
            dl->AddConvexPolyFilled(body, 6, col);
            dl->PathArcTo(P(-0.02f, 0), s * 0.2f, -kPi * 0.3f, kPi * 0.3f);
            dl->PathStroke(col, 0, t);
            dl->PathArcTo(P(-0.02f, 0), s * 0.38f, -kPi * 0.3f, kPi * 0.3f);
            dl->PathStroke(col, 0, t);
            break;
        }
        case Icon::Stop:
            dl->AddRectFilled(P(-0.28f, -0.28f), P(0.28f, 0.28f), col, s * 0.05f);
            break;
        case Icon::Close:
            dl->AddLine(P(-0.3f, -0.3f), P(0.3f, 0.3f), col, t * 1.2f);
            dl->AddLine(P(-0.3f, 0.3f), P(0.3f, -0.3f), col, t * 1.2f);
            break;
        case Icon::Language: {
            // A speech bubble.
            dl->AddRect(P(-0.38f, -0.3f), P(0.38f, 0.16f), col, s * 0.12f, 0, t);
            const ImVec2 tail[3] = {P(-0.16f, 0.16f), P(-0.22f, 0.36f), P(0.02f, 0.16f)};
            dl->AddPolyline(tail, 3, col, 0, t);
            dl->AddCircleFilled(P(-0.16f, -0.07f), s * 0.045f, col);
            dl->AddCircleFilled(P(0, -0.07f), s * 0.045f, col);
            dl->AddCircleFilled(P(0.16f, -0.07f), s * 0.045f, col);
            break;
        }
        case Icon::Payment:
            // A bank card with its magnetic stripe.
            dl->AddRect(P(-0.4f, -0.26f), P(0.4f, 0.26f), col, s * 0.06f, 0, t);
            dl->AddRectFilled(P(-0.4f, -0.14f), P(0.4f, -0.03f), col);
            dl->AddLine(P(-0.26f, 0.14f), P(-0.04f, 0.14f), col, t);
            break;
        case Icon::Label: {
            // A rosette: a disc and two ribbons.
            const ImVec2 left[3] = {P(-0.1f, 0.05f), P(-0.2f, 0.42f), P(-0.02f, 0.32f)};
            const ImVec2 right[3] = {P(0.1f, 0.05f), P(0.2f, 0.42f), P(0.02f, 0.32f)};
            dl->AddTriangleFilled(left[0], left[1], left[2], col);
            dl->AddTriangleFilled(right[0], right[1], right[2], col);
            dl->AddCircleFilled(P(0, -0.1f), s * 0.26f, col);
            dl->AddCircle(P(0, -0.1f), s * 0.15f, colour::kBackground, 16, t * 0.7f);
            break;
        }
        case Icon::Audience:
            // Two people, a tall one and a small one.
            dl->AddCircleFilled(P(-0.14f, -0.22f), s * 0.1f, col);
            dl->PathArcTo(P(-0.14f, 0.3f), s * 0.22f, kPi, 2 * kPi, 12);
            dl->PathFillConvex(col);
            dl->AddCircleFilled(P(0.2f, -0.04f), s * 0.08f, col);
            dl->PathArcTo(P(0.2f, 0.3f), s * 0.16f, kPi, 2 * kPi, 12);
            dl->PathFillConvex(col);
            break;
    }
    if (crossed) dl->AddLine(P(-0.42f, 0.42f), P(0.42f, -0.42f), col, t * 1.3f);
}

Icon amenity_icon(std::string_view id) {
    const std::string f = fold(id);
    auto has = [&](const char* w) { return f.find(w) != std::string::npos; };
    if (has("parking") || has("carpark")) return Icon::Parking;
    if (has("toilet") || has("wc")) return Icon::Toilets;
    if (has("wifi") || has("internet")) return Icon::Wifi;
    if (has("shop") || has("boutique") || has("store")) return Icon::Shop;
    if (has("cafe") || has("coffee") || has("bar") || has("restaurant") || has("cafeteria") || has("tearoom"))
        return Icon::Cafe;
    if (has("wheelchair") || has("reducedmobility")) return Icon::Wheelchair;
    return Icon::Amenity;
}

}  // namespace kiosk::app

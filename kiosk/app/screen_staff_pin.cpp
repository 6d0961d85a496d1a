// The staff PIN pad, opened by the hidden gesture: big digit keys, the PIN shown as dots,
// the reason for a refusal, and the lockout after too many wrong PINs.
#include <ctime>

#include "app/screens.h"

namespace kiosk::app {

Intent draw_staff_pin(Ui& ui, const Model& m, ViewState&) {
    Intent intent;
    const StaffModel& s = m.staff;
    const float em = ui.em;
    ui.dl->AddRectFilled({0, 0}, ui.size, colour::kHeader);

    const float key = 4.2f * em, gap = 0.6f * em;
    const float pad_w = 3 * key + 2 * gap;
    const float x0 = (ui.size.x - pad_w) * 0.5f;
    float y = std::max(2.0f * em, (ui.size.y - (4 * key + 3 * gap) - 14.0f * em) * 0.5f);
    draw_text_centered(ui, ui.fonts.display, {{0, y}, {ui.size.x, y + ui.fonts.display->FontSize}}, colour::kOnHeader,
                       ui.tr("staff.title"));
    y += ui.fonts.display->FontSize + 0.8f * em;
    draw_text_centered(ui, ui.fonts.body, {{0, y}, {ui.size.x, y + em}}, IM_COL32(255, 255, 255, 200), ui.tr("staff.pin_prompt"));
    y += 1.8f * em;

    // One dot per digit typed; never the digits themselves (someone may be looking).
    const Rect field{{x0, y}, {x0 + pad_w, y + 3.0f * em}};
    ui.dl->AddRectFilled(field.min, field.max, IM_COL32(255, 255, 255, 30), 0.5f * em);
    const float dot = 0.45f * em;
    const float dots_w = static_cast<float>(s.pin_entry.size()) * 1.4f * em;
    for (size_t i = 0; i < s.pin_entry.size(); ++i)
        draw_disc(ui, {(ui.size.x - dots_w) * 0.5f + (static_cast<float>(i) + 0.5f) * 1.4f * em, field.min.y + field.h() * 0.5f},
                               dot, colour::kOnHeader);
    y = field.max.y + 0.6f * em;

    // Why the last PIN was refused, and the lockout.
    std::string message;
    const bool locked = s.locked_until > 0;
    if (s.pin_message == "staff.pin_locked") {
        const std::time_t t = static_cast<std::time_t>(s.locked_until);
        std::tm tm{};
        localtime_r(&t, &tm);
        char hhmm[8];
        std::strftime(hhmm, sizeof hhmm, "%H:%M", &tm);
        message = format(ui.tr("staff.pin_locked"), {hhmm});
    } else if (s.pin_message == "staff.pin_wrong") {
        message = ui.count("staff.pin_wrong", s.pin_tries_left);
    } else if (!s.pin_message.empty()) {
        message = ui.tr(s.pin_message);
    }
    if (!message.empty())
        draw_text_centered(ui, ui.fonts.bold, {{0, y}, {ui.size.x, y + 1.4f * em}}, IM_COL32(255, 196, 120, 255), message);
    y += 2.2f * em;

    // 1 2 3 / 4 5 6 / 7 8 9 / erase 0 OK, like a phone.
    static const char* kLabels[12] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "<", "0", "="};
    for (int i = 0; i < 12; ++i) {
        const float kx = x0 + static_cast<float>(i % 3) * (key + gap);
        const float ky = y + static_cast<float>(i / 3) * (key + gap);
        const Rect r{{kx, ky}, {kx + key, ky + key}};
        const char k = kLabels[i][0];
        std::string name = std::string("pin.") + kLabels[i];
        std::string label = kLabels[i];
        ImU32 fill = IM_COL32(255, 255, 255, 235), text = colour::kHeader;
        if (k == '<') {
            name = "pin.erase";
            label.clear();
            fill = IM_COL32(255, 255, 255, 60);
            text = colour::kOnHeader;
        } else if (k == '=') {
            name = "pin.ok";
            label = ui.tr("staff.pin_ok");
            fill = colour::kAccent;
            text = colour::kOnHeader;
        }
        if (locked) {
            // Keys stay visible but dead until the lock ends.
            ui.dl->AddRectFilled(r.min, r.max, IM_COL32(255, 255, 255, 25), 0.35f * em);
            if (k == '<') draw_backspace_symbol(ui, r, IM_COL32(255, 255, 255, 90));
            else draw_text_centered(ui, ui.fonts.heading, r, IM_COL32(255, 255, 255, 90), label);
            continue;
        }
        if (button(ui, name, r, label, fill, text, ui.fonts.heading)) intent = PinKey{k};
        if (k == '<') draw_backspace_symbol(ui, r, ui.pressed(r) ? colour::kText : colour::kOnHeader);
    }
    y += 4 * key + 3 * gap + 1.2f * em;
    if (button(ui, "pin.cancel", {{x0, y}, {x0 + pad_w, y + 3.0f * em}}, ui.tr("staff.cancel"), IM_COL32(255, 255, 255, 40),
               colour::kOnHeader))
        intent = LeaveStaff{};
    // The lock ends on its own: look again then.
    if (locked) ui.wake_me_at(ui.now + 5.0);
    return intent;
}

}  // namespace kiosk::app

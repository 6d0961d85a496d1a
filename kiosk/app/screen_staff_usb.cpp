// Staff mode, USB tab: packs found on plugged-in sticks (as their unverified manifests
// describe them) with an install button each, a progress bar while the installer copies and
// verifies, and the sticks statistics can be exported to.
#include <cstdio>
#include <cstdlib>

#include "app/screens.h"

namespace kiosk::app {

Intent draw_staff_usb(Ui& ui, const Model& m, ViewState& v, Rect area, float dt, Intent intent) {
    const StaffModel& s = m.staff;
    const float em = ui.em, pad = 1.0f * em, w = ui.size.x - 2 * pad, x = pad;
    update_scroll(ui, v.staff, area, dt);
    ui.push_clip(area);
    float y = area.min.y - v.staff.offset;

    y = staff_heading(ui, x, y, w, ui.tr("staff.usb.found"));
    if (!s.busy && button(ui, "staff.usb.scan", {{x, y}, {x + std::min(w, 14.0f * em), y + 2.8f * em}}, ui.tr("staff.usb.scan"),
                          colour::kPlaceholder, colour::kText))
        intent = StaffScanUsb{};
    y += 3.4f * em;

    if (s.busy) {
        // Progress of the copy; the verification steps after it show by name.
        const Rect bar{{x, y}, {x + w, y + 1.6f * em}};
        ui.dl->AddRectFilled(bar.min, bar.max, colour::kPlaceholder, 0.3f * em);
        if (s.progress >= 0)
            ui.dl->AddRectFilled(bar.min, {bar.min.x + bar.w() * static_cast<float>(std::min(1.0, s.progress)), bar.max.y},
                                 colour::kHeader, 0.3f * em);
        y = bar.max.y + 0.3f * em;
        char pct[16];
        std::snprintf(pct, sizeof pct, "%d %%", s.progress >= 0 ? static_cast<int>(s.progress * 100 + 0.5) : 0);
        y += draw_text(ui, ui.fonts.bold, {x, y}, colour::kText,
                       format(ui.tr("staff.usb.installing"), {pct, s.busy_state}), w) + 0.6f * em;
        ui.wants_frame = true;
    }

    if (s.usb_packs.empty()) {
        y += draw_text(ui, ui.fonts.body, {x, y}, colour::kMuted, ui.tr("staff.usb.none"), w) + 0.6f * em;
    }
    const long long shown = s.shown.present ? std::atoll(s.shown.version.c_str()) : 0;
    for (size_t i = 0; i < s.usb_packs.size(); ++i) {
        const StaffModel::UsbPack& p = s.usb_packs[i];
        const float h = 5.6f * em;
        const Rect card{{x, y}, {x + w, y + h}};
        ui.dl->AddRectFilled(card.min, card.max, colour::kCard, 0.4f * em);
        ui.dl->AddRect(card.min, card.max, colour::kCardBorder, 0.4f * em);
        const float bw = 9.0f * em;
        const float tw = w - bw - 2.0f * em;
        const float tx = x + 0.6f * em;
        if (!p.problem.empty()) {
            draw_text_lines(ui, ui.fonts.bold, {tx, y + 0.5f * em}, colour::kAccent, p.problem, tw, 2);
        } else {
            std::string line = p.pack_id + " · " + format(ui.tr("staff.version"), {std::to_string(p.version)}) + " · " +
                               format_bytes(p.size, ui.lang);
            draw_text_lines(ui, ui.fonts.bold, {tx, y + 0.5f * em}, colour::kText, line, tw, 1);
            const char* key = p.version > shown ? "staff.usb.newer" : p.version == shown ? "staff.usb.same" : "staff.usb.older";
            draw_text_lines(ui, ui.fonts.body, {tx, y + 0.6f * em + em * 1.3f}, p.version > shown ? colour::kText : colour::kMuted,
                            format(ui.tr("staff.usb.published"), {p.published.substr(0, 10)}) + " · " + ui.tr(key), tw, 1);
            const Rect b{{card.max.x - 0.6f * em - bw, y + (h - 2.8f * em) * 0.5f}, {card.max.x - 0.6f * em, y + (h + 2.8f * em) * 0.5f}};
            if (!s.busy && button(ui, "staff.usb.install." + std::to_string(i), b, ui.tr("staff.usb.install"), colour::kHeader,
                                  colour::kOnHeader))
                intent = StaffInstallUsb{i};
        }
        draw_text_lines(ui, ui.fonts.body, {tx, y + 0.7f * em + em * 2.6f}, colour::kMuted, p.dir, tw, 1);
        y += h + 0.5f * em;
    }

    y = staff_heading(ui, x, y, w, ui.tr("staff.usb.export"));
    if (s.usb_sticks.empty())
        y += draw_text(ui, ui.fonts.body, {x, y}, colour::kMuted, ui.tr("staff.usb.no_stick"), w) + 0.6f * em;
    for (size_t i = 0; i < s.usb_sticks.size(); ++i) {
        const Rect b{{x, y}, {x + w, y + 2.8f * em}};
        if (button(ui, "staff.usb.export." + std::to_string(i), b, format(ui.tr("staff.usb.export_to"), {s.usb_sticks[i]}),
                   colour::kHeader, colour::kOnHeader))
            intent = StaffExportStats{i};
        y = b.max.y + 0.5f * em;
    }
    v.staff.content = y + v.staff.offset - area.min.y;
    ui.pop_clip();
    return intent;
}

}  // namespace kiosk::app

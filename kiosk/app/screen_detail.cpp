// One item in full: picture, title, dates or opening hours, descriptions, address, contacts.
#include "app/screens.h"

#include "app/practical_info.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/hours.h"
#include "core/map_data.h"
#include "core/prices.h"

namespace kiosk::app {

namespace {

// Lays out one block after another in a scrolling column.
struct Column {
    Ui& ui;
    float x, y, w;
    std::vector<std::string>* drawn = nullptr;  // every heading and paragraph, for --dump-state

    void gap(float ems) { y += ems * ui.em; }
    void heading(const std::string& s) {
        gap(0.9f);
        y += draw_text(ui, ui.fonts.heading, {x, y}, colour::kHeading, s, w);
        gap(0.25f);
        if (drawn) drawn->push_back(s);
    }
    void para(ImFont* f, ImU32 col, const std::string& s) {
        if (s.empty()) return;
        y += draw_text(ui, f, {x, y}, col, s, w);
        if (drawn) drawn->push_back(s);
    }
    // A paragraph in the content's language, with the fallback pill when it is not the visitor's.
    void text(ImFont* f, ImU32 col, const Text& t) {
        if (t.empty()) return;
        if (draw_language_marker(ui, {x, y}, t.lang) > 0) gap(1.2f);
        para(f, col, t.value);
    }
};

// Monday to Sunday with each day's ranges; `today` (1-7, 0 = none) in bold. Public
// holidays get their own line when the export gives them rules. For an event (held_only),
// the days it is not held are left out: "closed" reads oddly for a concert.
void week_table(Column& c, const Week& w, int today, bool held_only = false) {
    Ui& ui = c.ui;
    const float em = ui.em;
    auto row = [&](const std::string& day, const std::vector<TimeRange>& ranges, bool bold) {
        if (held_only && ranges.empty()) return;
        std::string times;
        for (const TimeRange& r : ranges) times += (times.empty() ? "" : ", ") + time_range_text(ui, r);
        if (ranges.empty()) times = ui.tr("hours.closed");
        ImFont* f = bold ? ui.fonts.bold : ui.fonts.body;
        // The day name may wrap at large text; the times start below it rather than over it.
        const float day_w = std::min(7.0f * em, c.w * 0.45f);
        const float h = draw_text(ui, f, {c.x, c.y}, colour::kText, day, day_w);
        const float t = draw_text(ui, f, {c.x + day_w, c.y}, ranges.empty() ? colour::kMuted : colour::kText, times, c.w - day_w);
        c.y += std::max(h, t);
        if (c.drawn) c.drawn->push_back(day + " " + times);
    };
    for (int day = 1; day <= 7; ++day) row(ui.tr("day." + std::to_string(day)), w.days[static_cast<size_t>(day - 1)], day == today);
    if (w.holiday_rules) row(ui.tr("hours.holidays"), w.holidays, false);
}

std::string period_line(const Ui& ui, const PeriodRow& p) {
    const auto s = parse_date(p.start_date), e = parse_date(p.end_date);
    std::string out;
    if (s && e && *s != *e)
        out = format(ui.tr("date.range"), {ui.strings->long_date(ui.lang, *s), ui.strings->long_date(ui.lang, *e)});
    else if (s)
        out = ui.strings->long_date(ui.lang, *s);
    else
        out = p.start_date;
    if (!p.start_time.empty() && !p.end_time.empty())
        out += ", " + format(ui.tr("time.range"), {p.start_time, p.end_time});
    else if (!p.start_time.empty())
        out += ", " + format(ui.tr("time.from"), {p.start_time});
    return out;
}

// The picture's credit, bottom right on a dark band: credits are a licence condition.
// What --dump-state reports for the big picture: "whole" or "cover" once it is drawn.
void note_fit(ViewState& v, const Texture* tex, bool whole) {
    if (tex && tex->width > 0) v.picture_fit = whole ? "whole" : "cover";
}

void draw_credit(Ui& ui, Rect pic, const std::string& credit) {
    if (credit.empty()) return;
    ImFont* f = ui.fonts.body;
    const float fs = f->FontSize * 0.65f, em = ui.em;
    const ImVec2 sz = f->CalcTextSizeA(fs, FLT_MAX, 0, credit.c_str());
    ui.dl->AddRectFilled({pic.max.x - sz.x - 0.8f * em, pic.max.y - sz.y - 0.4f * em}, pic.max, IM_COL32(0, 0, 0, 150));
    ui.dl->AddText(f, fs, {pic.max.x - sz.x - 0.4f * em, pic.max.y - sz.y - 0.2f * em}, IM_COL32_WHITE, credit.c_str());
}

// Several pictures: a swipe across the picture shows the next or previous one, and dots
// under it say how many there are. Taps on the dots jump directly.
void gallery(Ui& ui, const ItemDetail& d, ViewState& v, Rect pic) {
    if (d.media.size() < 2) return;
    const float em = ui.em;
    const Touch& t = *ui.touch;
    if (pic.contains(t.press_pos) && (t.dragging || t.drag_released)) {
        v.gallery_drag += t.drag_delta.x;
        if (t.drag_released) {
            const auto n = d.media.size();
            if (v.gallery_drag < -3.0f * em) v.gallery = (v.gallery + 1) % n;
            if (v.gallery_drag > 3.0f * em) v.gallery = (v.gallery + n - 1) % n;
            v.gallery_drag = 0;
        }
    }
    const float r = 0.35f * em, step = 2.6f * em;
    const float total = static_cast<float>(d.media.size() - 1) * step;
    for (size_t i = 0; i < d.media.size(); ++i) {
        const ImVec2 c{(pic.min.x + pic.max.x) * 0.5f - total * 0.5f + static_cast<float>(i) * step, pic.max.y - 1.4f * em};
        draw_disc(ui, c, r + 0.12f * em, IM_COL32(0, 0, 0, 120));
        draw_disc(ui, c, r, i == v.gallery ? IM_COL32_WHITE : IM_COL32(255, 255, 255, 110));
        if (ui.tap_target("gallery." + std::to_string(i), {{c.x - step * 0.5f, c.y - 1.3f * em}, {c.x + step * 0.5f, c.y + 1.3f * em}}))
            v.gallery = i;
    }
}

}  // namespace

// Dark modules on white with the standard four-module quiet zone, in whole pixels per module
// so phone cameras (and zbarimg in the tests) see crisp edges.
void draw_qr(Ui& ui, const QrMatrix& q, Rect r) {
    const int total = q.size + 8;
    const float module = std::floor(std::min(r.w(), r.h()) / static_cast<float>(total));
    const float side = module * static_cast<float>(total);
    const ImVec2 o{std::floor(r.max.x - side), std::floor(r.min.y)};
    ui.dl->AddRectFilled(o, {o.x + side, o.y + side}, IM_COL32_WHITE);
    for (int y = 0; y < q.size; ++y)
        for (int x = 0; x < q.size; ++x)
            if (q.at(x, y)) {
                const ImVec2 a{o.x + static_cast<float>(x + 4) * module, o.y + static_cast<float>(y + 4) * module};
                ui.dl->AddRectFilled(a, {a.x + module, a.y + module}, IM_COL32_BLACK);
            }
}

Intent draw_detail(Ui& ui, const Model& m, ViewState& v, float dt) {
    Intent intent;
    v.visible_titles.clear();
    const ItemDetail& d = m.detail;
    const float em = ui.em;
    Rect area = draw_header(ui, ui.tr("kind." + d.kind + ".one"));
    v.visible_titles.push_back(d.title.value);

    const float pad = 1.2f * em;
    if (v.gallery >= d.media.size()) v.gallery = 0;
    const Texture* tex = d.media.empty() ? nullptr : ui.textures->full(d.media[v.gallery].id);
    const std::string credit = d.media.empty() || d.media[v.gallery].credits.empty() ? "" : "© " + d.media[v.gallery].credits;
    Rect text_area = area;
    v.detail_texts.clear();
    v.picture_fit.clear();
    Column c{ui, pad, 0, ui.size.x - 2 * pad, &v.detail_texts};
    if (!ui.portrait) {
        // Landscape: the picture stays put on the left at its own 3:2 shape and the text
        // scrolls beside it, instead of a wide strip that would crop the picture.
        const float pw = std::floor(ui.size.x * 0.42f);
        const Rect pic{{pad, area.min.y + pad}, {pad + pw, area.min.y + pad + pw * 2.0f / 3.0f}};
        note_fit(v, tex, draw_picture(ui, tex, pic, 0.5f * em, ImDrawFlags_RoundCornersAll, IM_COL32_WHITE,
                                      PictureFit::WholeWhenApart));
        draw_credit(ui, pic, credit);
        gallery(ui, d, v, pic);
        text_area.min.x = pic.max.x + pad;
        c.x = text_area.min.x;
        c.w = ui.size.x - text_area.min.x - pad;
    }
    update_scroll(ui, v.detail, text_area, dt);
    ui.push_clip(text_area);
    c.y = area.min.y - v.detail.offset + (ui.portrait ? 0 : pad);

    if (ui.portrait) {
        // Picture across the full width, 3:2, capped so the title stays on the first screen.
        const float pic_h = std::min(ui.size.x * 2.0f / 3.0f, area.h() * 0.42f);
        const Rect pic{{0, c.y}, {ui.size.x, c.y + pic_h}};
        note_fit(v, tex, draw_picture(ui, tex, pic, 0, ImDrawFlags_RoundCornersAll, IM_COL32_WHITE,
                                      PictureFit::WholeWhenApart));
        draw_credit(ui, pic, credit);
        gallery(ui, d, v, pic);
        c.y = pic.max.y;
        ui.dl->AddRectFilled({0, c.y}, {ui.size.x, c.y + 0.3f * em}, kind_colour(d.kind));
        c.gap(1.0f);
    }

    if (draw_language_marker(ui, {c.x, c.y}, d.title.lang) > 0) c.gap(1.2f);
    c.para(ui.fonts.display, colour::kText, d.title.value);
    c.gap(0.2f);
    {
        const LonLat at{d.lon, d.lat};
        c.para(ui.fonts.bold, colour::kMuted, card_town(ui, d.town, d.has_geo ? &at : nullptr));
    }
    if (!d.categories.empty()) {
        c.gap(0.6f);
        c.y += draw_category_chips(ui, d, {c.x, c.y}, c.w, intent);
    }

    // Take it along: the QR code on the right, what it does and how far it is on the left.
    if (m.detail_qr.size > 0 || m.detail_distance_m >= 0) {
        c.gap(0.8f);
        const float qs = m.detail_qr.size > 0 ? 8.0f * em : 0;
        const float top = c.y;
        if (qs > 0) {
            draw_qr(ui, m.detail_qr, {{c.x + c.w - qs, top}, {c.x + c.w, top + qs}});
            ui.tap_target("qr", {{c.x + c.w - qs, top}, {c.x + c.w, top + qs}});  // for tests: where it is
        }
        Column left{ui, c.x, top, c.w - qs - (qs > 0 ? 1.0f * em : 0), &v.detail_texts};
        if (m.detail_distance_m >= 0) {
            left.para(ui.fonts.bold, colour::kText, distance_line(ui, m.detail_distance_m, true));
            left.gap(0.4f);
        }
        if (qs > 0) {
            left.para(ui.fonts.bold, colour::kHeading, ui.tr("qr.title"));
            left.para(ui.fonts.body, colour::kMuted, ui.tr(m.detail_link.rfind("geo:", 0) == 0 ? "qr.geo" : "qr.web"));
        }
        c.y = std::max(left.y, top + qs);
    }

    // "See on the map": the map centred on the place, its preview open (only with a position).
    if (d.has_geo) {
        c.gap(0.8f);
        const std::string& label = ui.tr("detail.map");
        const float tw = ui.fonts.bold->CalcTextSizeA(ui.fonts.bold->FontSize, FLT_MAX, 0, label.c_str()).x;
        const Rect r{{c.x, c.y}, {c.x + std::min(c.w, tw + 4.2f * em), c.y + 2.8f * em}};
        if (ui.tap_target("detail.map", r)) intent = ShowOnMap{d.id};
        ui.dl->AddRectFilled(r.min, r.max, ui.pressed(r) ? colour::kPressed : colour::kHeader, 0.5f * em);
        // A map pin before the words: the same sign as on the map.
        const ImVec2 pin{r.min.x + 1.6f * em, (r.min.y + r.max.y) / 2 - 0.15f * em};
        draw_disc(ui, pin, 0.45f * em, colour::kOnHeader);
        ui.dl->AddTriangleFilled({pin.x - 0.4f * em, pin.y + 0.2f * em}, {pin.x + 0.4f * em, pin.y + 0.2f * em},
                                 {pin.x, pin.y + 0.8f * em}, colour::kOnHeader);
        draw_disc(ui, pin, 0.18f * em, colour::kHeader);
        ui.dl->AddText(ui.fonts.bold, ui.fonts.bold->FontSize, {r.min.x + 2.8f * em, (r.min.y + r.max.y - ui.fonts.bold->FontSize) / 2},
                       ui.pressed(r) ? colour::kText : colour::kOnHeader, label.c_str());
        c.y = r.max.y;
    }

    // "Part of route: X (step N)": each route this item is a step of opens on its screen.
    for (size_t i = 0; i < m.detail_routes.size(); ++i) {
        const RouteRef& ref = m.detail_routes[i];
        c.gap(0.6f);
        const std::string label = format(ui.tr("detail.route"), {ref.title.value, std::to_string(ref.step)});
        const float tw = c.w - 2.0f * em;
        const float h = std::max(2.8f * em, text_height(ui.fonts.bold, tw, label) + 1.0f * em);
        const Rect r{{c.x, c.y}, {c.x + c.w, c.y + h}};
        if (ui.tap_target("detail.route." + std::to_string(i + 1), r)) intent = OpenRoute{ref.route_id};
        const bool down = ui.pressed(r);
        ui.dl->AddRectFilled(r.min, r.max, down ? colour::kPressed : colour::kRoute, 0.5f * em);
        if (ui.high_contrast) ui.dl->AddRect(r.min, r.max, colour::kCardBorder, 0.5f * em, 0, 0.08f * em);
        draw_text(ui, ui.fonts.bold, {r.min.x + 1.0f * em, r.min.y + (h - text_height(ui.fonts.bold, tw, label)) / 2},
                  down ? colour::kText : colour::kOnHeader, label, tw);
        v.detail_texts.push_back(label);
        c.y = r.max.y;
    }

    if (d.kind == "event") {
        c.heading(ui.tr("detail.dates"));
        // First the next time it is held (the same reading as the card's), then the dates as
        // written, then the weekly times when the export gives a weekday pattern.
        if (m.detail_next) {
            c.para(ui.fonts.bold, colour::kEventText, format(ui.tr("event.next"), {event_line(ui, *m.detail_next, m.now)}));
            c.gap(0.3f);
        } else {
            c.para(ui.fonts.body, colour::kMuted, ui.tr("detail.no_dates"));
        }
        const size_t shown = std::min<size_t>(d.periods.size(), 8);
        for (size_t i = 0; i < shown; ++i) {
            std::string line = period_line(ui, d.periods[i]);
            if (d.periods[i].weekdays) line += " · " + weekdays_text(ui, d.periods[i].weekdays);
            c.para(ui.fonts.body, colour::kText, line);
            c.gap(0.15f);
        }
        if (d.periods.size() > shown)
            c.para(ui.fonts.body, colour::kMuted, ui.count("detail.more_dates", static_cast<long long>(d.periods.size() - shown)));
        if (!d.hours.empty()) {
            const Date from = m.detail_next ? std::max(m.detail_next->first, m.now.date) : m.now.date;
            const Week w = week_for(d.hours, from);
            if (w.known) {
                c.gap(0.4f);
                week_table(c, w, 0, true);
            }
        }
    } else {
        const Week w = week_for(d.hours, m.now.date);
        if (w.known || !d.hours_text.empty() || !d.notes.empty()) c.heading(ui.tr("detail.hours"));
        if (m.clock_trusted && m.detail_open.state != OpenState::Unknown) {
            ImU32 col = colour::kMuted;
            const std::string line = open_line(ui, m.detail_open, m.now, &col);
            c.para(ui.fonts.bold, col, line);
            c.gap(0.3f);
        }
        if (w.known) {
            if (!w.from.empty())
                if (auto f = parse_date(w.from)) c.para(ui.fonts.body, colour::kMuted, format(ui.tr("hours.from"), {ui.strings->long_date(ui.lang, *f)}));
            week_table(c, w, w.from.empty() ? iso_weekday(m.now.date) : 0);
        }
        if (!d.hours_text.empty()) {
            c.gap(0.3f);
            c.text(ui.fonts.body, colour::kMuted, d.hours_text);
        }
    }
    // The export's own words about the hours or dates, in the visitor's language when given.
    for (const NoteRow& n : d.notes) {
        c.gap(0.3f);
        c.text(ui.fonts.body, colour::kMuted, n.text);
    }

    if (!d.short_desc.empty() || !d.long_desc.empty()) {
        c.heading(ui.tr("detail.about"));
        c.text(ui.fonts.bold, colour::kText, d.short_desc);
        if (!d.long_desc.empty() && d.long_desc.value != d.short_desc.value) {
            c.gap(0.5f);
            c.text(ui.fonts.body, colour::kText, d.long_desc);
        }
    }

    // Prices: the lines core/prices.h makes (amounts, free, text as written, conditions); no
    // heading when no line has anything to say.
    const std::vector<PriceLine> prices = price_lines(d.prices, ui.lang, *ui.strings);
    if (!prices.empty()) {
        c.heading(ui.tr("detail.prices"));
        // The export's words fall back per field like other texts: the marker goes right
        // above the words that are not in the visitor's language.
        for (const PriceLine& p : prices) {
            c.gap(0.15f);
            c.text(ui.fonts.body, colour::kText, Text{p.text, p.text_lang.empty() ? ui.lang : p.text_lang});
            c.text(ui.fonts.body, colour::kMuted, Text{p.conditions, p.conditions_lang.empty() ? ui.lang : p.conditions_lang});
        }
    }

    if (!d.street.empty() || !d.town.empty()) {
        c.heading(ui.tr("detail.address"));
        c.para(ui.fonts.body, colour::kText, d.street);
        c.para(ui.fonts.body, colour::kText, d.postal_code.empty() ? d.town : d.postal_code + " " + d.town);
    }

    // Access, booking and contacts, languages, pets, amenities, payment, labels, audience.
    if (has_practical(ui, d)) {
        c.heading(ui.tr("detail.practical"));
        c.y += draw_practical(ui, d, {c.x, c.y}, c.w);
    }
    c.gap(2.0f);

    v.detail.content = c.y + v.detail.offset - area.min.y;
    ui.pop_clip();
    return intent;
}

}  // namespace kiosk::app

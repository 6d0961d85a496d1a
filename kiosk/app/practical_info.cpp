// Practical information on the card. Facts come from the pack (core/practical.h says what
// they mean); thesaurus values are named by the export's own labels, in the visitor's
// language when the export has it (else the nearest, with the usual language pill), and by
// our strings only where the kiosk names the thing itself (languages, yes/no facts).
#include "app/practical_info.h"

#include <algorithm>

#include "app/icons.h"
#include "core/text_fold.h"

namespace kiosk::app {

namespace {

struct Line {
    Icon icon;
    bool crossed = false;
    std::string text;
    std::string lang;  // language of the export's words in `text`; empty = the visitor's
};

// The export's label of a thesaurus value, or our own words for the few we know (the four
// Tourisme & Handicap pictograms), or nothing: an unnamed value is not shown.
std::string label_of(const Ui& ui, const FactRow& f, std::string& lang) {
    if (!f.label.empty()) {
        lang = f.label_lang;
        return f.label;
    }
    if (auto d = tourisme_handicap(f.value)) {
        static const char* kKeys[] = {"handicap.motor", "handicap.hearing", "handicap.visual", "handicap.mental"};
        lang.clear();
        return ui.tr(kKeys[static_cast<int>(*d)]);
    }
    return {};
}

// "Label: a, b, c" for the values of one key, or nothing when none is named.
void joined(const Ui& ui, const ItemDetail& d, const char* key, const char* title, Icon icon, std::vector<Line>& out) {
    std::string list, lang;
    for (const FactRow* f : facts_of(d.facts, key)) {
        std::string l;
        const std::string name = label_of(ui, *f, l);
        if (name.empty()) continue;
        if (!list.empty()) list += ", ";
        list += name;
        if (lang.empty() && !l.empty() && l != ui.lang) lang = l;
    }
    if (!list.empty()) out.push_back({icon, false, format(ui.tr("label.value"), {ui.tr(title), list}), lang});
}

Icon contact_icon(const std::string& type) {
    if (type == "phone") return Icon::Phone;
    if (type == "email") return Icon::Email;
    return Icon::Web;
}

std::vector<Line> lines_of(const Ui& ui, const ItemDetail& d) {
    std::vector<Line> out;
    // Access first: it decides whether some visitors can go at all.
    const Access access = wheelchair_access(d.facts);
    bool motor_label = false;
    for (const FactRow* f : facts_of(d.facts, "label"))
        if (tourisme_handicap(f->value) == Disability::Motor) motor_label = true;
    if (access == Access::Yes && !motor_label) out.push_back({Icon::Wheelchair, false, ui.tr("access.wheelchair.yes"), ""});
    // "No" is the producer's statement, said as theirs: some leave the flag at a default.
    if (access == Access::No) out.push_back({Icon::Wheelchair, true, ui.tr("access.wheelchair.no"), ""});
    for (const FactRow* f : facts_of(d.facts, "label")) {
        auto dis = tourisme_handicap(f->value);
        if (!dis) continue;
        static const Icon kIcons[] = {Icon::Wheelchair, Icon::Hearing, Icon::Visual, Icon::Mental};
        std::string lang;
        const std::string name = label_of(ui, *f, lang);
        out.push_back({kIcons[static_cast<int>(*dis)], false, name, lang == ui.lang ? "" : lang});
    }
    // Booking, then the general contacts.
    for (const char* type : {"phone", "email", "web"})
        for (const FactRow* f : facts_of(d.facts, std::string("booking_") + type))
            out.push_back({contact_icon(type), false,
                           format(ui.tr("label.value"), {ui.tr("practical.booking"), f->value}), ""});
    for (const ContactRow& c : d.contacts)
        out.push_back({contact_icon(c.type), false, format(ui.tr("label.value"), {ui.tr("contact." + c.type), c.value}), ""});
    // Languages the staff speak, named in the visitor's language by our own strings.
    std::string langs;
    for (const FactRow* f : facts_of(d.facts, "language")) {
        const std::string key = "language." + f->value;
        if (!ui.strings->has(ui.lang, key)) continue;
        if (!langs.empty()) langs += ", ";
        langs += ui.tr(key);
    }
    if (!langs.empty()) out.push_back({Icon::Language, false, format(ui.tr("label.value"), {ui.tr("practical.languages"), langs}), ""});
    for (const FactRow* f : facts_of(d.facts, "pets"))
        out.push_back({Icon::Pets, f->value != "yes", ui.tr(f->value == "yes" ? "practical.pets.yes" : "practical.pets.no"), ""});
    // Amenities alphabetically as the visitor reads them (the pack orders them by id).
    const std::size_t first_amenity = out.size();
    for (const FactRow* f : facts_of(d.facts, "amenity")) {
        std::string lang;
        const std::string name = label_of(ui, *f, lang);
        if (!name.empty()) out.push_back({amenity_icon(f->value), false, name, lang == ui.lang ? "" : lang});
    }
    std::stable_sort(out.begin() + static_cast<std::ptrdiff_t>(first_amenity), out.end(),
                     [](const Line& a, const Line& b) { return fold(a.text) < fold(b.text); });
    joined(ui, d, "payment", "practical.payment", Icon::Payment, out);
    // Other labels and classifications (the Tourisme & Handicap ones are listed above).
    {
        ItemDetail others;
        for (const FactRow* f : facts_of(d.facts, "label"))
            if (!tourisme_handicap(f->value)) others.facts.push_back(*f);
        joined(ui, others, "label", "practical.labels", Icon::Label, out);
    }
    joined(ui, d, "audience", "practical.audience", Icon::Audience, out);
    return out;
}

}  // namespace

bool has_practical(const Ui& ui, const ItemDetail& d) {
    // Cheap enough to build the lines twice: a card has a few dozen facts at most.
    return !d.contacts.empty() || (!d.facts.empty() && !lines_of(ui, d).empty());
}

float draw_practical(Ui& ui, const ItemDetail& d, ImVec2 pos, float width) {
    const float em = ui.em, icon = 1.5f * em, text_x = pos.x + icon + 0.7f * em;
    const float text_w = std::max(4.0f * em, width - (text_x - pos.x));
    float y = pos.y;
    for (const Line& l : lines_of(ui, d)) {
        // The language pill, when needed, sits above the words as in the card's other texts.
        const float pill = !l.lang.empty() && draw_language_marker(ui, {text_x, y}, l.lang) > 0 ? 1.2f * em : 0;
        const float th = draw_text(ui, ui.fonts.body, {text_x, y + pill}, colour::kText, l.text, text_w);
        // The icon faces the first line of words.
        const float mid = y + pill + ui.fonts.body->FontSize * 0.5f;
        draw_icon(ui, l.icon, {pos.x + icon * 0.5f, mid}, icon, colour::kHeading, l.crossed);
        y = std::max(y + pill + th, mid + icon * 0.5f) + 0.45f * em;
    }
    return y - pos.y;
}

float draw_category_chips(Ui& ui, const ItemDetail& d, ImVec2 pos, float width, Intent& intent) {
    if (d.categories.empty()) return 0;
    const float em = ui.em, h = 2.4f * em, gap = 0.5f * em;
    float x = pos.x, y = pos.y;
    for (const CategoryRow& c : d.categories) {
        ImFont* f = ui.fonts.body;
        const float w = std::min(f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, c.label.value.c_str()).x + 1.6f * em, width);
        if (x + w > pos.x + width && x > pos.x) {
            x = pos.x;
            y += h + gap;
        }
        if (button(ui, "category." + c.id, {{x, y}, {x + w, y + h}}, c.label.value, colour::kPlaceholder, colour::kText, f))
            intent = OpenList{d.kind, std::nullopt, {}, c.id};
        x += w + gap;
    }
    return y + h - pos.y;
}

}  // namespace kiosk::app

// The meaning of practical facts for the card and the list filters (see practical.h).
#include "core/practical.h"

namespace kiosk {

std::optional<Disability> tourisme_handicap(std::string_view label_id) {
    const auto cut = label_id.find_last_of(":/#");
    const std::string_view name = cut == std::string_view::npos ? label_id : label_id.substr(cut + 1);
    constexpr std::string_view kPrefix = "LabelRating_TourismeHandicapPictogramme";
    if (name.substr(0, kPrefix.size()) != kPrefix) return std::nullopt;
    const std::string_view which = name.substr(kPrefix.size());
    if (which == "Moteur") return Disability::Motor;
    if (which == "Auditif") return Disability::Hearing;
    if (which == "Visuel") return Disability::Visual;
    if (which == "Mental") return Disability::Mental;
    return std::nullopt;
}

Access wheelchair_access(const std::vector<FactRow>& facts) {
    Access flag = Access::Unknown;
    for (const FactRow& f : facts) {
        if (f.key == "label" && tourisme_handicap(f.value) == Disability::Motor) return Access::Yes;
        if (f.key == "wheelchair") flag = f.value == "yes" ? Access::Yes : f.value == "no" ? Access::No : flag;
    }
    return flag;
}

std::vector<const FactRow*> facts_of(const std::vector<FactRow>& facts, std::string_view key) {
    std::vector<const FactRow*> out;
    for (const FactRow& f : facts)
        if (f.key == key) out.push_back(&f);
    return out;
}

}  // namespace kiosk

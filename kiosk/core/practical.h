// What the practical facts of an item (pack table item_fact, format v3) mean to a visitor:
// the one reading of access, labels and contacts shared by the card and the list filters, so
// the wheelchair filter keeps exactly the items whose card says "wheelchair accessible".
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk {

// One item_fact row as the kiosk reads it. label is the thesaurus value's label in the
// visitor's language or the nearest one (fallback_chain); empty for plain values (a language
// code, "yes"/"no", a phone number) and for thesaurus values the export did not label.
struct FactRow {
    std::string key, value;
    std::string label, label_lang;
};

// The four "Tourisme & Handicap" pictograms (hasReview values
// kb:LabelRating_TourismeHandicapPictogramme{Moteur,Auditif,Visuel,Mental}).
enum class Disability { Motor, Hearing, Visual, Mental };
// Which pictogram a label id stands for; the id may be prefixed ("kb:") or a full URI.
std::optional<Disability> tourisme_handicap(std::string_view label_id);

// What the export says about wheelchair access. Yes: reducedMobilityAccess is true, or the
// item holds the Tourisme & Handicap motor label (a certification that outweighs a false flag,
// which some producers leave at its default). No: reducedMobilityAccess is false and no motor
// label. Unknown: the export says nothing.
enum class Access { Unknown, Yes, No };
Access wheelchair_access(const std::vector<FactRow>& facts);

// The facts of one key, in pack order.
std::vector<const FactRow*> facts_of(const std::vector<FactRow>& facts, std::string_view key);

}  // namespace kiosk

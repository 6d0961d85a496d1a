// What a visitor reads about prices: the pack's price rows and the visitor's language give the
// lines the detail screen draws (and anything else that shows or says a price), with amounts
// written the way that language writes money. No UI code here, so every shape is unit-tested.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/i18n.h"
#include "core/pack_reader.h"

namespace kiosk {

struct PriceLine {
    // "Tarif réduit : 8 €", "Gratuit", "Tarif enfant : gratuit", "De 8 € à 14,50 €", or the
    // export's words for a price given only as text.
    std::string text;
    // Who, when, how: "Étudiants, demandeurs d'emploi · Par personne". Empty when none.
    std::string conditions;
    // Language of the export's words in text / conditions when it is not the visitor's (the
    // screen shows its "text in French" marker there); empty when they are the visitor's or
    // the line holds only our own words and amounts.
    std::string text_lang, conditions_lang;
};

// Free-entry policies of the DATAtourisme thesaurus, by id ("kb:Free" or a full URI).
// kb:Free ("Gratuit" / "Free") is in real 2020 exports: a PriceSpecification holding only
// that policy and priceCurrency, no amount. kb:FreeAccess is taken as the same [named in
// issue 13; not seen in a sample]. The importer and the lines below share this one list.
bool is_free_policy(std::string_view policy_id);

// An amount of money as the language writes it: "8 €", "1,50 €" in French, Dutch and German
// (a no-break space before the sign, no decimals for a whole amount), "€8", "€1.50" in
// English. A currency other than EUR is written as its code after the amount ("12 CHF");
// an empty currency is taken as EUR, as every DATAtourisme producer is in France.
std::string format_amount(double amount, const std::string& currency, const std::string& lang);

// The line a visitor reads for one row, in `lang` (the export's words fall back like other
// texts: the visitor's language, English, French, then any). A row with nothing to show (no
// amount, not free, no words) gives an empty text.
PriceLine price_line(const PriceRow& row, const std::string& lang, const Strings& strings);

// Every row's line, in the export's order, leaving out rows with nothing to show: an empty
// result means no Prices section at all.
std::vector<PriceLine> price_lines(const std::vector<PriceRow>& rows, const std::string& lang, const Strings& strings);

}  // namespace kiosk

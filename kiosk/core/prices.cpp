// Price rows to the lines a visitor reads (see prices.h).
#include "core/prices.h"

#include <cmath>
#include <cstdio>

namespace kiosk {

namespace {

constexpr const char* kNbsp = "\xC2\xA0";  // U+00A0: keeps "8" and "€" on one line

// Whole amounts without decimals ("8"), others with two ("1.50"), with the language's mark.
std::string number_text(double v, const std::string& lang) {
    char buf[48];
    if (std::fabs(v - std::round(v)) < 0.005)
        std::snprintf(buf, sizeof buf, "%.0f", std::round(v));
    else
        std::snprintf(buf, sizeof buf, "%.2f", v);
    std::string s = buf;
    // English writes a decimal point; French, Dutch and German a comma. A language we have no
    // rule for gets the comma, the continental habit of the kiosk's visitors.
    if (lang != "en")
        if (auto dot = s.find('.'); dot != std::string::npos) s[dot] = ',';
    return s;
}

// The visitor's language, then English, then French, then any: the order of the pack's other
// texts (fallback_chain), so a price line reads like the paragraph above it.
const std::string* pick(const std::map<std::string, std::string>& m, const std::string& lang, std::string& used) {
    for (const std::string& l : fallback_chain(lang)) {
        auto it = m.find(l);
        if (it != m.end() && !it->second.empty()) {
            used = l;
            return &it->second;
        }
    }
    for (const auto& [l, text] : m)
        if (!text.empty()) {
            used = l;
            return &text;
        }
    return nullptr;
}

// Our price phrases begin with a lower-case ASCII letter ("de", "free to", "jusqu’à"); a
// line that starts with one takes a capital.
std::string capitalised(std::string s) {
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

std::string_view local_name(std::string_view id) {
    auto cut = id.find_last_of(":/#");
    return cut == std::string_view::npos ? id : id.substr(cut + 1);
}

}  // namespace

bool is_free_policy(std::string_view policy_id) {
    const std::string_view n = local_name(policy_id);
    return n == "Free" || n == "FreeAccess";
}

std::string format_amount(double amount, const std::string& currency, const std::string& lang) {
    const std::string n = number_text(amount, lang);
    if (!currency.empty() && currency != "EUR") return n + kNbsp + currency;
    return lang == "en" ? "\xE2\x82\xAC" + n : n + kNbsp + "\xE2\x82\xAC";
}

PriceLine price_line(const PriceRow& row, const std::string& lang, const Strings& strings) {
    PriceLine line;
    std::string label_lang, cond_lang;
    const std::string* label = pick(row.label, lang, label_lang);
    const std::string* cond = pick(row.conditions, lang, cond_lang);
    const bool has_min = row.min_price >= 0, has_max = row.max_price >= 0;
    // v2 packs have no free flag: an amount of 0 and nothing above it is free there too.
    const bool free = row.free || (row.min_price == 0 && row.max_price <= 0);
    // A free policy's own label ("Gratuit") would only repeat the word we write, and a full
    // rate of 0 ("Tarif de base - plein tarif : gratuit", common in real feeds) simply means
    // free entry. A reduced or child rate of 0 keeps its name: free for whom matters.
    if (free && (is_free_policy(row.policy) || local_name(row.policy) == "BaseRateFullRate")) label = nullptr;

    auto amount = [&](double v) { return format_amount(v, row.currency, lang); };
    std::string value;
    if (free)
        value = strings.get(lang, label ? "price.free_value" : "price.free");
    else if (has_min && has_max && row.max_price > row.min_price)
        // From 0: "free to €12", never "€0 to €12".
        value = row.min_price == 0 ? format(strings.get(lang, "price.free_to"), {amount(row.max_price)})
                                   : format(strings.get(lang, "price.range"), {amount(row.min_price), amount(row.max_price)});
    else if (has_min)
        value = amount(row.min_price);
    else if (has_max)
        value = format(strings.get(lang, "price.up_to"), {amount(row.max_price)});

    auto foreign = [&](const std::string& l) { return l == lang ? std::string() : l; };
    if (!value.empty() && label) {
        line.text = format(strings.get(lang, "label.value"), {*label, value});
        line.text_lang = foreign(label_lang);
    } else if (!value.empty()) {
        line.text = capitalised(value);  // "de 8 € à 14,50 €" starts a line here
    } else if (label) {
        // No amount: the export's words are the price ("Tarif groupe" + "sur demande").
        line.text = *label;
        line.text_lang = foreign(label_lang);
    } else if (cond) {
        line.text = *cond;
        line.text_lang = foreign(cond_lang);
        return line;
    } else {
        return line;
    }
    if (cond) {
        line.conditions = *cond;
        line.conditions_lang = foreign(cond_lang);
    }
    return line;
}

std::vector<PriceLine> price_lines(const std::vector<PriceRow>& rows, const std::string& lang, const Strings& strings) {
    std::vector<PriceLine> out;
    for (const PriceRow& r : rows) {
        PriceLine l = price_line(r, lang, strings);
        if (!l.text.empty()) out.push_back(std::move(l));
    }
    return out;
}

}  // namespace kiosk

// Search as you type: an in-memory index built once per pack that answers every keystroke,
// case- and accent-insensitively, in well under a frame.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kiosk {

class Pack;

struct SearchHit {
    std::int64_t item_id = 0;
    std::string kind;
    // Lower is better: the sum over the typed words of the best field each word matched in,
    // 0 = title as shown to the visitor (their language, else English, French, others),
    // 1 = title in another language, 2 = town, 3 = short description or a category label
    // (Museum, Carnival...), 4 = long description.
    // A one-word query thus scores its field rank; "beffroi arras" scores 0 when both words
    // are in the shown title. Exact scores are capped at 127.
    // When a word matched only with typos (see SearchIndex::query), the score is
    // 128 + 8 x (typos - 1) + the field ranks, capped at 255: every typo-tolerant hit ranks
    // below every exact one, and among them fewer typos first (one more typo weighs like
    // eight field steps).
    int score = 0;
    bool fuzzy() const { return score >= 128; }
};

// Built from a pack at load time and never changed afterwards, so const queries are safe
// from any thread (they share nothing mutable; each query uses its own scratch memory).
//
// Layout, and why (details in search.cpp):
//  - one sorted table of folded tokens, so a typed prefix is a contiguous range of ids;
//  - posting lists per token, split into title postings (with the languages the word occurs
//    in, since "shown title" depends on the visitor) and town/description postings (with the
//    best of town/short/long), both sorted by item;
//  - per item, its title and town tokens ("head"), to rank a candidate against a prefix that
//    matches too many items to scan;
//  - for those heavy prefixes (1-3 letters typed, matching most of the pack), bitsets of the
//    items they match and, per visitor language, the ranked top results, computed at build.
class SearchIndex {
public:
    // When a prefix of up to three letters has this many postings or more, its results are
    // precomputed rather than scanned per keystroke. Tests lower the numbers to check that both
    // paths agree.
    struct Tuning {
        std::size_t heavy_postings = 20000;  // ~0.1 ms of scanning
        std::size_t top_k = 100;             // ranked results kept per heavy prefix and language
    };

    SearchIndex() = default;  // empty: every query returns nothing
    // Reads every title, short and long text of the pack (Pack::for_each_text, which gives
    // them grouped by item). About 0.6 s and 30 MB for 50,000 items (bench/search_bench.cpp).
    // Throws what the pack throws, or kiosk::Error (Corrupt) past 2^28 items or 2^30 tokens.
    explicit SearchIndex(const Pack& pack) : SearchIndex(pack, Tuning{}) {}
    SearchIndex(const Pack& pack, const Tuning& tuning);
    // Also hands every text read (each row's value and town) to `also_see` (the content loader
    // collects the pack's glyphs from them): one pass over the pack's texts rather than two.
    SearchIndex(const Pack& pack, const Tuning& tuning, const std::function<void(std::string_view)>& also_see);
    SearchIndex(SearchIndex&&) noexcept = default;
    SearchIndex& operator=(SearchIndex&&) noexcept = default;
    SearchIndex(const SearchIndex&) = delete;
    SearchIndex& operator=(const SearchIndex&) = delete;

    // Every word of `typed` (folded, split on blanks and punctuation) must match the start of
    // a word of the item (AND), in any of its languages; words joined by hyphens or
    // apostrophes match whole or by part ("lens", "louvre-lens" and "louvrelens" all find
    // Louvre-Lens). Ties in score are broken by the folded title the visitor sees, then by
    // item id, so the order is stable. An empty or punctuation-only query finds nothing.
    //
    // Typos. A typed word of 4 to 7 letters (bytes of folded text) may also match with one
    // edit, from 8 letters with two; an edit is inserting, deleting or replacing a letter, or
    // swapping two adjacent ones ("arars" -> arras, "bethume" -> bethune). The word matches a
    // token when it is within that budget of the whole token ("lense" -> lens) or of a prefix
    // of the token at least as long as the word ("bethu" -> bethune, "bthu" -> bethune):
    // every word is a prefix, so a typo may sit in the part already typed. A prefix shorter
    // than the word is not enough, or "lens" would find every "len..." word by dropping its
    // last letter. The first letter must be right: visitors rarely miss it, and it keeps a
    // 4-letter word from reaching a whole other part of the alphabet. Words of 1-3 letters
    // get no tolerance. A word that matches an item both exactly and with typos counts as
    // exact; a query is typo-tolerant when any of its words matched only with typos (see
    // SearchHit::score). Cost: a walk of the sorted tokens under the word's first letter,
    // sharing work between tokens with a common prefix and skipping a prefix as soon as no
    // extension can stay within the budget; then the matched tokens' postings, as for a
    // prefix.
    std::vector<SearchHit> query(std::string_view typed, const std::string& lang, std::size_t limit = 50) const;

    std::size_t items() const { return item_id_.size(); }
    std::size_t tokens() const { return tok_off_.empty() ? 0 : tok_off_.size() - 1; }
    std::size_t postings() const { return body_post_.size() + title_item_.size(); }
    std::size_t heavy_prefixes() const { return heavy_.size(); }
    // Bytes held by the index's arrays (what stays allocated after the build).
    std::size_t memory_bytes() const;

private:
    friend class SearchIndexBuilder;

    // A typed word resolved against the token table.
    // Token ids [lo, hi) within `edits` typos of a typed word.
    struct Span {
        std::uint32_t lo = 0, hi = 0;
        std::uint8_t edits = 0;
    };
    struct Word {
        std::uint32_t lo = 0, hi = 0;  // token ids [lo, hi) start with the word
        std::size_t cost = 0;          // postings in that range and the fuzzy spans
        int heavy = -1;                // index into heavy_, or -1
        std::vector<Span> fuzzy;       // tokens matched with typos, outside [lo, hi)
    };
    // A prefix too frequent to scan per keystroke.
    struct Heavy {
        std::vector<std::uint64_t> any;       // bitset by item: matches somewhere
        std::vector<std::uint64_t> in_short;  // bitset by item: matches in a short description
        // Per view: the best Tuning::top_k items, ranked, as (item index, score).
        std::vector<std::vector<std::uint32_t>> top_item;
        std::vector<std::vector<std::uint8_t>> top_score;
    };

    std::string_view token(std::uint32_t t) const {
        return std::string_view(tok_chars_).substr(tok_off_[t], tok_off_[t + 1] - tok_off_[t]);
    }
    Word resolve(std::string_view w) const;
    // Adds to w.fuzzy the tokens within the typo budget of typed word `text` (see query()).
    void resolve_fuzzy(std::string_view text, Word& w) const;
    // The first token id from `from` on that does not start with `prefix`.
    std::uint32_t end_of_prefix(std::uint32_t from, std::string_view prefix) const;
    int view_of(const std::string& lang) const;
    // Field rank (0-4) of item `it` for a heavy word, or kNone; uses head tokens and bitsets.
    std::uint8_t heavy_rank(std::uint32_t it, const Word& w, int view) const;
    // Field rank by item for every item a word matches, scanning its postings.
    void scan(const Word& w, int view, std::vector<std::uint8_t>& rank, std::vector<std::uint32_t>& touched) const;
    SearchHit hit(std::uint32_t it, int score) const;

    // Items, by dense index (pack order).
    std::vector<std::int64_t> item_id_;
    std::vector<std::uint32_t> item_kind_;  // index into kinds_
    std::vector<std::string> kinds_;

    // Sorted folded tokens, concatenated.
    std::string tok_chars_;
    std::vector<std::uint32_t> tok_off_;

    // Title postings: CSR by token; item index and the set of title languages (bit per
    // language, see lang_bit_) the token occurs in for that item.
    std::vector<std::uint32_t> title_off_, title_item_;
    std::vector<std::uint16_t> title_mask_;
    // Town/description postings: CSR by token; item index << 2 | best field (0 town, 1 short,
    // 2 long).
    std::vector<std::uint32_t> body_off_, body_post_;

    // Head: per item, its title and town tokens sorted by id, with title-language bits and
    // kTownBit.
    std::vector<std::uint32_t> head_off_, head_tok_;
    std::vector<std::uint16_t> head_mask_;

    // Views: one per fallback order. view_lang_[v] is the visitor language (empty = the
    // generic English-then-French order, used for English and for languages no title has).
    std::vector<std::string> view_lang_;
    // Per view, per item: bit index of the title language shown (kNoTitle when none), and the
    // item's position in the view's order of folded shown titles (the tie-break).
    std::vector<std::vector<std::uint8_t>> shown_bit_;
    std::vector<std::vector<std::uint32_t>> title_pos_;

    std::size_t top_k_ = 0;
    std::vector<Heavy> heavy_;
    std::unordered_map<std::string, int> heavy_by_prefix_;
};

}  // namespace kiosk

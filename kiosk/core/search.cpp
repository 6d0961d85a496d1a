// The search index: built once from a pack's texts, then queried on every keystroke.
//
// Cost model. A query word is a prefix, i.e. a contiguous range of the sorted token table; its
// cost is the number of postings in that range, known in O(1) from the CSR offsets. Ranges up
// to a few tens of thousands of postings are scanned per keystroke (well under a millisecond).
// The one- to three-letter prefixes above that ("d", "le", "the") would take several
// milliseconds each, so for them the build precomputes, per visitor language, the ranked top
// results (a one-word query is then a copy) and bitsets of the items they match (a word in a
// multi-word query is then a bit test plus a look at the item's few title and town tokens).
#include "core/search.h"

#include "core/error.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <algorithm>
#include <functional>
#include <limits>
#include <memory>
#include <stdexcept>
#include <string>

#include "core/pack_reader.h"
#include "core/text_fold.h"

namespace kiosk {

namespace {

constexpr std::uint8_t kNone = 0xFF;  // "does not match" in per-item rank arrays

// Field ranks, best first (see SearchHit::score).
constexpr std::uint8_t kRankShownTitle = 0, kRankOtherTitle = 1, kRankTown = 2;

// Title-language bits: the first 14 languages met get a bit each; any further language
// shares the overflow bit (a pack with more than 14 title languages would rank a match in one
// of them as "shown title" whenever the shown title is in another of them: harmless).
constexpr int kLangBits = 15;
constexpr std::uint8_t kOverflowBit = 14;
constexpr std::uint16_t kTitleBits = (1u << kLangBits) - 1;
constexpr std::uint16_t kTownBit = 1u << 15;
constexpr std::uint8_t kNoTitle = 16;  // shifts every 16-bit mask to 0

// Body classes stored in the low 2 bits of a body posting.
constexpr std::uint32_t kClassTown = 0, kClassShort = 1, kClassLong = 2;

// Only prefixes this short can be heavy (precomputed, see SearchIndex::Tuning): longer ones
// are rarely frequent enough to matter, and there are far more of them.
constexpr std::size_t kHeavyMaxLen = 3;

// Typos allowed in a typed word of n letters (see SearchIndex::query).
constexpr std::size_t kOneTypoFrom = 4, kTwoTyposFrom = 8;
std::uint8_t typo_budget(std::size_t n) { return n >= kTwoTyposFrom ? 2 : n >= kOneTypoFrom ? 1 : 0; }

// A word's rank for an item in the per-item rank arrays: typos in the high bits, field rank
// (0-4) in the low ones, so the smaller value is the better match (fewer typos, then field).
constexpr unsigned kEditShift = 6;
std::uint8_t word_rank(std::uint8_t edits, std::uint8_t field) { return static_cast<std::uint8_t>(edits << kEditShift | field); }
// Running score of an item over its words: typos << 16 | sum of field ranks.
unsigned score_part(std::uint8_t word) { return ((unsigned{word} >> kEditShift) << 16) + (word & ((1u << kEditShift) - 1)); }
// The final score (see SearchHit::score).
unsigned final_score(unsigned running) {
    const unsigned edits = running >> 16, fields = running & 0xFFFFu;
    return edits == 0 ? std::min(fields, 127u) : std::min(255u, 128u + 8u * (edits - 1) + fields);
}

// Sort keys pack score (capped at 255), tie-break position and item into one integer, so that
// ordering candidates compares 64-bit values and the item comes back out of the key.
constexpr int kItemBits = 28, kPosBits = 28;
constexpr std::uint64_t kItemMask = (std::uint64_t{1} << kItemBits) - 1;
std::uint64_t sort_key(unsigned score, std::uint32_t pos, std::uint32_t item) {
    return (std::uint64_t{std::min(score, 255u)} << (kItemBits + kPosBits)) | (std::uint64_t{pos} << kItemBits) | item;
}

std::uint8_t field_rank(std::uint16_t title_mask, std::uint8_t body_class, std::uint8_t shown) {
    if ((title_mask >> shown) & 1u) return kRankShownTitle;
    if (title_mask & kTitleBits) return kRankOtherTitle;
    if (body_class != kNone) return static_cast<std::uint8_t>(kRankTown + body_class);
    return kNone;
}

bool test_bit(const std::vector<std::uint64_t>& bits, std::uint32_t i) { return (bits[i >> 6] >> (i & 63)) & 1u; }
void set_bit(std::vector<std::uint64_t>& bits, std::uint32_t i) { bits[i >> 6] |= std::uint64_t{1} << (i & 63); }

template <class F>
void split_words(std::string_view s, F&& f) {
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && s[i] == ' ') ++i;
        std::size_t j = i;
        while (j < s.size() && s[j] != ' ') ++j;
        if (j > i) f(s.substr(i, j - i));
        i = j;
    }
}

// Length of the word-joining character (hyphen or apostrophe, ASCII or typographic) at s[i],
// or 0. fold() drops these, gluing "Louvre-Lens" into "louvrelens"; we also want the parts.
std::size_t joiner_at(std::string_view s, std::size_t i) {
    if (s[i] == '-' || s[i] == '\'') return 1;
    if (static_cast<unsigned char>(s[i]) == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
        const auto c = static_cast<unsigned char>(s[i + 2]);
        if (c == 0x90 || c == 0x91 || c == 0x98 || c == 0x99) return 3;  // U+2010 U+2011 U+2018 U+2019
    }
    return 0;
}

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Strings to dense ids with an open-addressing table: one hash per lookup and no node per
// string (a large pack has millions of word occurrences). Each slot keeps the upper half of
// the hash next to the id, so a probe touches the string only when the hashes agree.
class StringTable {
public:
    std::uint32_t size() const { return static_cast<std::uint32_t>(span_.size()); }
    std::string_view at(std::uint32_t id) const { return std::string_view(chars_).substr(span_[id].off, span_[id].len); }
    // The id of `s`; `added` tells whether it was new.
    std::uint32_t intern(std::string_view s, bool& added) {
        if ((span_.size() + 1) * 2 > table_.size()) grow();
        const std::size_t h = std::hash<std::string_view>{}(s);
        const auto tag = static_cast<std::uint32_t>(h >> 32);
        const std::size_t mask = table_.size() - 1;
        for (std::size_t i = h & mask;; i = (i + 1) & mask) {
            const Slot slot = table_[i];
            if (slot.id == 0) {
                added = true;
                table_[i] = {size() + 1, tag};
                span_.push_back({static_cast<std::uint32_t>(chars_.size()), static_cast<std::uint32_t>(s.size())});
                chars_.append(s);
                return size() - 1;
            }
            if (slot.tag == tag && at(slot.id - 1) == s) {
                added = false;
                return slot.id - 1;
            }
        }
    }
    void drop_lookup() { table_ = {}; }  // keeps the strings, frees the hash table
    void clear() { *this = StringTable(); }

private:
    struct Slot {
        std::uint32_t id;  // 0 = empty, else id + 1
        std::uint32_t tag;
    };
    struct Span {
        std::uint32_t off, len;
    };
    void grow() {
        std::vector<Slot> t(std::max<std::size_t>(1024, table_.size() * 2), Slot{0, 0});
        const std::size_t mask = t.size() - 1;
        for (std::uint32_t id = 0; id < size(); ++id) {
            const std::size_t h = std::hash<std::string_view>{}(at(id));
            std::size_t i = h & mask;
            while (t[i].id) i = (i + 1) & mask;
            t[i] = {id + 1, static_cast<std::uint32_t>(h >> 32)};
        }
        table_.swap(t);
    }
    std::string chars_;
    std::vector<Span> span_;
    std::vector<Slot> table_;
};

// Every token of one blank-separated word as written: the words of its folded form
// ("louvrelens", "darras"), plus, when hyphens or apostrophes join it, the folded parts
// ("louvre", "lens", "d", "arras").
template <class Emit>
void tokens_of_word(std::string_view raw, Emit&& emit) {
    split_words(fold(raw), emit);
    bool joined = false;
    for (std::size_t k = 0; k < raw.size() && !joined; ++k) joined = joiner_at(raw, k) != 0;
    if (!joined) return;
    std::string part;
    for (std::size_t k = 0; k < raw.size();) {
        const std::size_t n = joiner_at(raw, k);
        if (n) {
            part += ' ';
            k += n;
        } else {
            part += raw[k++];
        }
    }
    split_words(fold(part), emit);
}

// An append-only array in fixed blocks. A vector of millions of entries would reallocate by
// doubling, holding old and new copies at once: the build's peak memory.
class ChunkedU32 {
public:
    void push_back(std::uint32_t v) {
        if ((size_ & kMask) == 0) blocks_.push_back(std::make_unique<std::uint32_t[]>(kBlock));
        blocks_.back()[size_ & kMask] = v;
        ++size_;
    }
    std::uint32_t operator[](std::size_t i) const { return blocks_[i >> kShift][i & kMask]; }
    std::size_t size() const { return size_; }
    void clear() {
        blocks_.clear();
        blocks_.shrink_to_fit();
        size_ = 0;
    }

private:
    static constexpr unsigned kShift = 16;
    static constexpr std::size_t kBlock = std::size_t{1} << kShift, kMask = kBlock - 1;
    std::vector<std::unique_ptr<std::uint32_t[]>> blocks_;
    std::size_t size_ = 0;
};

}  // namespace

// Gathers the pack's texts item by item, then lays out the index's arrays.
class SearchIndexBuilder {
public:
    SearchIndexBuilder(SearchIndex& ix, const SearchIndex::Tuning& tuning) : ix_(ix), tuning_(tuning) {}

    void add(const Pack::TextRow& r) {
        if (ix_.item_id_.empty() || r.item_id != ix_.item_id_.back()) start_item(r);
        std::uint32_t flags;
        if (r.field == "title") {
            const std::uint32_t lang = lang_index(r.lang);
            flags = 1u << std::min(lang_bit_[lang], kOverflowBit);
            add_text(r.value, flags);
            const std::string folded = fold(r.value);
            titles_.push_back({static_cast<std::uint32_t>(ix_.item_id_.size() - 1), lang,
                               static_cast<std::uint32_t>(title_chars_.size()), static_cast<std::uint32_t>(folded.size())});
            title_chars_ += folded;
            return;
        }
        // A category label ("Musée", "Carnival") ranks with the short description: it says
        // what the item is, as the short text does.
        if (r.field == "short" || r.field == "category") flags = kFlagShort;
        else if (r.field == "long") flags = kFlagLong;
        else return;  // opening hours text: not searched
        add_text(r.value, flags);
    }

    void finish();

private:
    // Flags of a (token, item) pair while gathering: title-language bits, then where else.
    static constexpr std::uint32_t kFlagTown = 1u << 16, kFlagShort = 1u << 17, kFlagLong = 1u << 18;

    // Folded titles live in one string (title_chars_): no allocation per title.
    struct TitleRec {
        std::uint32_t item;
        std::uint32_t lang;  // index into langs_
        std::uint32_t off, len;
    };
    std::string_view folded(const TitleRec& t) const { return std::string_view(title_chars_).substr(t.off, t.len); }

    void start_item(const Pack::TextRow& r) {
        flush_item();
        if (ix_.item_id_.size() >= (std::size_t{1} << kItemBits))
            throw Error(ErrorKind::Corrupt, "search index: too many items");
        ix_.item_id_.push_back(r.item_id);
        const auto [k, added] = kind_index_.try_emplace(r.kind, static_cast<std::uint32_t>(ix_.kinds_.size()));
        if (added) ix_.kinds_.push_back(r.kind);
        ix_.item_kind_.push_back(k->second);
        if (!r.town.empty()) add_text(r.town, kFlagTown);
    }

    // Languages are numbered as met; the first ones get their own title bit (see kLangBits).
    std::uint32_t lang_index(const std::string& lang) {
        const auto [it, added] = lang_index_.try_emplace(lang, static_cast<std::uint32_t>(langs_.size()));
        if (added) {
            langs_.push_back(lang);
            lang_bit_.push_back(static_cast<std::uint8_t>(std::min<std::size_t>(langs_.size() - 1, kOverflowBit)));
        }
        return it->second;
    }

    // Texts are split on blanks and each distinct spelling ("Arras", "d’Arras,", "musée") is
    // folded and tokenised once, then looked up: prose repeats its words, and fold() is the
    // costliest step of the build. fold() maps blanks to blanks one character at a time, so
    // folding word by word gives the same tokens as folding the whole text.
    void add_text(std::string_view raw, std::uint32_t flags) {
        for (std::size_t i = 0; i < raw.size();) {
            while (i < raw.size() && is_blank(raw[i])) ++i;
            std::size_t j = i;
            while (j < raw.size() && !is_blank(raw[j])) ++j;
            if (j > i) {
                bool added;
                const std::uint32_t w = spellings_.intern(raw.substr(i, j - i), added);
                if (added) tokenise_spelling(raw.substr(i, j - i));
                for (std::uint32_t k = spelling_begin_[w]; k < spelling_end_[w]; ++k)
                    add_token(spelling_tok_[k], flags);
            }
            i = j;
        }
    }

    void tokenise_spelling(std::string_view raw) {
        const auto begin = static_cast<std::uint32_t>(spelling_tok_.size());
        tokens_of_word(raw, [&](std::string_view tok) {
            bool added;
            const std::uint32_t id = tokens_.intern(tok, added);
            if (added) {
                // Body postings keep the token id in 30 bits (see flush_item).
                if (id >= (std::uint32_t{1} << 30)) throw Error(ErrorKind::Corrupt, "search index: too many tokens");
                seen_.push_back(0);
                slot_.push_back(0);
            }
            spelling_tok_.push_back(id);  // a repeat ("louvre" in "louvre-louvre") is merged by add_token
        });
        spelling_begin_.push_back(begin);
        spelling_end_.push_back(static_cast<std::uint32_t>(spelling_tok_.size()));
    }

    // Merges repeated tokens of the current item as they come: seen_[token] remembers the
    // item (plus one) that last met it and slot_[token] where its flags are in cur_.
    void add_token(std::uint32_t id, std::uint32_t flags) {
        const auto item = static_cast<std::uint32_t>(ix_.item_id_.size());
        if (seen_[id] == item) {
            cur_[slot_[id]].second |= flags;
        } else {
            seen_[id] = item;
            slot_[id] = static_cast<std::uint32_t>(cur_.size());
            cur_.push_back({id, flags});
        }
    }

    // Appends the current item's (token, flags) pairs to the item-major lists.
    void flush_item() {
        if (ix_.item_id_.empty()) return;
        for (const auto& [tok, flags] : cur_) {
            if (flags & kTitleBits) {
                it_title_tok_.push_back(tok);
                it_title_mask_.push_back(static_cast<std::uint16_t>(flags & kTitleBits));
            }
            const std::uint32_t cls = (flags & kFlagTown) ? kClassTown : (flags & kFlagShort) ? kClassShort
                                    : (flags & kFlagLong) ? kClassLong : 3;
            if (cls != 3) it_body_.push_back(tok << 2 | cls);
        }
        cur_.clear();
        it_title_end_.push_back(static_cast<std::uint32_t>(it_title_tok_.size()));
        it_body_end_.push_back(static_cast<std::uint32_t>(it_body_.size()));
    }

    void sort_tokens(std::vector<std::uint32_t>& new_id);
    void build_postings(const std::vector<std::uint32_t>& new_id);
    void build_views();
    void build_heavy();

    SearchIndex& ix_;
    const SearchIndex::Tuning tuning_;
    std::vector<std::string> langs_;
    std::vector<std::uint8_t> lang_bit_;
    std::unordered_map<std::string, std::uint32_t> lang_index_, kind_index_;
    std::vector<TitleRec> titles_;
    std::string title_chars_;

    StringTable tokens_;     // folded tokens, by temporary id (sorted at the end)
    StringTable spellings_;  // words as written, and their tokens:
    std::vector<std::uint32_t> spelling_tok_, spelling_begin_, spelling_end_;

    std::vector<std::pair<std::uint32_t, std::uint32_t>> cur_;  // (token, flags) of the current item
    std::vector<std::uint32_t> seen_, slot_;                    // by token, see add_text
    // Item-major lists, indexed through the per-item end offsets.
    std::vector<std::uint32_t> it_title_tok_, it_title_end_, it_body_end_;
    ChunkedU32 it_body_;  // the biggest temporary: millions of entries
    std::vector<std::uint16_t> it_title_mask_;
};

void SearchIndexBuilder::finish() {
    flush_item();
    spellings_.clear();
    tokens_.drop_lookup();
    spelling_tok_ = {};
    spelling_begin_ = {};
    spelling_end_ = {};
    seen_ = {};
    slot_ = {};
    std::vector<std::uint32_t> new_id;
    sort_tokens(new_id);
    build_postings(new_id);
    build_views();
    build_heavy();
}

void SearchIndexBuilder::sort_tokens(std::vector<std::uint32_t>& new_id) {
    const std::uint32_t n = tokens_.size();
    std::vector<std::uint32_t> order(n);
    for (std::uint32_t i = 0; i < n; ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return tokens_.at(a) < tokens_.at(b); });
    new_id.assign(n, 0);
    ix_.tok_off_.reserve(n + 1);
    for (std::uint32_t i = 0; i < n; ++i) {
        new_id[order[i]] = i;
        ix_.tok_off_.push_back(static_cast<std::uint32_t>(ix_.tok_chars_.size()));
        ix_.tok_chars_.append(tokens_.at(order[i]));
    }
    ix_.tok_off_.push_back(static_cast<std::uint32_t>(ix_.tok_chars_.size()));
    ix_.tok_chars_.shrink_to_fit();
    tokens_.clear();
}

// Item-major lists -> token-major CSR (a counting sort). Items are visited in order, so every
// posting list comes out sorted by item. Also builds each item's head (title + town tokens).
void SearchIndexBuilder::build_postings(const std::vector<std::uint32_t>& new_id) {
    const std::size_t T = new_id.size(), N = ix_.item_id_.size();
    auto csr = [&](std::vector<std::uint32_t>& off, std::size_t total, auto&& token_of) {
        off.assign(T + 1, 0);
        for (std::size_t i = 0; i < total; ++i) ++off[new_id[token_of(i)] + 1];
        for (std::size_t t = 0; t < T; ++t) off[t + 1] += off[t];
    };
    csr(ix_.title_off_, it_title_tok_.size(), [&](std::size_t i) { return it_title_tok_[i]; });
    csr(ix_.body_off_, it_body_.size(), [&](std::size_t i) { return it_body_[i] >> 2; });

    ix_.title_item_.resize(it_title_tok_.size());
    ix_.title_mask_.resize(it_title_tok_.size());
    ix_.body_post_.resize(it_body_.size());
    std::vector<std::uint32_t> fill_title(ix_.title_off_.begin(), ix_.title_off_.end() - 1);
    std::vector<std::uint32_t> fill_body(ix_.body_off_.begin(), ix_.body_off_.end() - 1);
    ix_.head_off_.reserve(N + 1);
    ix_.head_off_.push_back(0);
    std::vector<std::pair<std::uint32_t, std::uint16_t>> head;
    std::uint32_t ti = 0, bi = 0;
    for (std::uint32_t it = 0; it < N; ++it) {
        head.clear();
        for (; ti < it_title_end_[it]; ++ti) {
            const std::uint32_t t = new_id[it_title_tok_[ti]];
            const std::uint32_t p = fill_title[t]++;
            ix_.title_item_[p] = it;
            ix_.title_mask_[p] = it_title_mask_[ti];
            head.push_back({t, it_title_mask_[ti]});
        }
        for (; bi < it_body_end_[it]; ++bi) {
            const std::uint32_t t = new_id[it_body_[bi] >> 2], cls = it_body_[bi] & 3u;
            ix_.body_post_[fill_body[t]++] = it << 2 | cls;
            if (cls == kClassTown) head.push_back({t, kTownBit});
        }
        std::sort(head.begin(), head.end());
        for (std::size_t i = 0; i < head.size();) {
            const std::uint32_t t = head[i].first;
            std::uint16_t m = 0;
            for (; i < head.size() && head[i].first == t; ++i) m = static_cast<std::uint16_t>(m | head[i].second);
            ix_.head_tok_.push_back(t);
            ix_.head_mask_.push_back(m);
        }
        ix_.head_off_.push_back(static_cast<std::uint32_t>(ix_.head_tok_.size()));
    }
    it_title_tok_ = {};
    it_title_mask_ = {};
    it_title_end_ = {};
    it_body_.clear();
    it_body_end_ = {};
    ix_.head_tok_.shrink_to_fit();
    ix_.head_mask_.shrink_to_fit();
}

// One view per distinct fallback order. The generic one (English, French, then the others
// alphabetically, like Pack's language ranking) serves English and any language no title is
// written in; each other title language gets its own view with itself in front.
void SearchIndexBuilder::build_views() {
    const std::size_t N = ix_.item_id_.size();
    std::vector<std::uint32_t> alpha(langs_.size());
    for (std::uint32_t i = 0; i < alpha.size(); ++i) alpha[i] = i;
    std::sort(alpha.begin(), alpha.end(), [&](std::uint32_t a, std::uint32_t b) { return langs_[a] < langs_[b]; });

    // Views only for languages with their own title bit: a pack with dozens of languages costs
    // at most 15 views, and the rare extra languages read with the generic order.
    ix_.view_lang_.push_back("");
    for (std::uint32_t l : alpha)
        if (langs_[l] != "en" && lang_bit_[l] < kOverflowBit) ix_.view_lang_.push_back(langs_[l]);

    // Titles are grouped by item (rows come grouped by item).
    std::vector<std::uint32_t> first(N + 1, 0);
    for (const TitleRec& t : titles_) ++first[t.item + 1];
    for (std::size_t i = 0; i < N; ++i) first[i + 1] += first[i];

    // All titles sorted once by folded text (then item id): a view's tie-break order is the
    // titles it shows, taken in that order, then the untitled items.
    std::vector<std::uint32_t> sorted(titles_.size());
    for (std::uint32_t i = 0; i < sorted.size(); ++i) sorted[i] = i;
    std::sort(sorted.begin(), sorted.end(), [&](std::uint32_t a, std::uint32_t b) {
        if (int c = folded(titles_[a]).compare(folded(titles_[b])); c != 0) return c < 0;
        return ix_.item_id_[titles_[a].item] < ix_.item_id_[titles_[b].item];
    });

    constexpr std::uint32_t kNoRec = ~std::uint32_t{0};
    std::vector<int> pref(langs_.size());
    std::vector<std::uint32_t> shown(N);
    for (const std::string& vl : ix_.view_lang_) {
        // Preference of each language in this view: lower is preferred.
        for (std::size_t k = 0; k < alpha.size(); ++k) {
            const std::string& l = langs_[alpha[k]];
            pref[alpha[k]] = (!vl.empty() && l == vl) ? 0 : l == "en" ? 1 : l == "fr" ? 2 : 3 + static_cast<int>(k);
        }
        std::vector<std::uint8_t> bit(N, kNoTitle);
        for (std::uint32_t it = 0; it < N; ++it) {
            shown[it] = kNoRec;
            for (std::uint32_t k = first[it]; k < first[it + 1]; ++k)
                if (shown[it] == kNoRec || pref[titles_[k].lang] < pref[titles_[shown[it]].lang]) shown[it] = k;
            if (shown[it] != kNoRec) bit[it] = std::min(lang_bit_[titles_[shown[it]].lang], kOverflowBit);
        }
        std::vector<std::uint32_t> pos(N);
        std::uint32_t next = 0;
        for (std::uint32_t k : sorted)
            if (shown[titles_[k].item] == k) pos[titles_[k].item] = next++;
        for (std::uint32_t it = 0; it < N; ++it)  // untitled items last, by id (pack order)
            if (shown[it] == kNoRec) pos[it] = next++;
        ix_.shown_bit_.push_back(std::move(bit));
        ix_.title_pos_.push_back(std::move(pos));
    }
    titles_ = {};
    title_chars_ = {};
}

void SearchIndexBuilder::build_heavy() {
    const std::size_t T = ix_.tokens(), N = ix_.item_id_.size(), V = ix_.view_lang_.size();
    std::vector<std::uint16_t> tmask(N, 0);
    std::vector<std::uint8_t> bclass(N, kNone);
    std::vector<std::uint32_t> touched;
    std::vector<std::uint8_t> group;
    std::vector<std::uint64_t> keys;
    for (std::size_t len = 1; len <= kHeavyMaxLen; ++len) {
        for (std::uint32_t t = 0; t < T;) {
            const std::string_view tok = ix_.token(t);
            // Prefixes that end inside a UTF-8 sequence can never be typed.
            if (tok.size() < len || (tok.size() > len && (static_cast<unsigned char>(tok[len]) & 0xC0) == 0x80)) {
                ++t;
                continue;
            }
            const std::string_view prefix = tok.substr(0, len);
            std::uint32_t hi = t + 1;
            while (hi < T && ix_.token(hi).substr(0, len) == prefix) ++hi;
            const std::size_t cost = (ix_.title_off_[hi] - ix_.title_off_[t]) + (ix_.body_off_[hi] - ix_.body_off_[t]);
            if (cost < tuning_.heavy_postings) {
                t = hi;
                continue;
            }

            SearchIndex::Heavy h;
            h.any.assign((N + 63) / 64, 0);
            h.in_short.assign((N + 63) / 64, 0);
            touched.clear();
            for (std::uint32_t p = ix_.title_off_[t]; p < ix_.title_off_[hi]; ++p) {
                const std::uint32_t it = ix_.title_item_[p];
                if (!tmask[it] && bclass[it] == kNone) touched.push_back(it);
                tmask[it] = static_cast<std::uint16_t>(tmask[it] | ix_.title_mask_[p]);
            }
            for (std::uint32_t p = ix_.body_off_[t]; p < ix_.body_off_[hi]; ++p) {
                const std::uint32_t it = ix_.body_post_[p] >> 2;
                const auto cls = static_cast<std::uint8_t>(ix_.body_post_[p] & 3u);
                if (!tmask[it] && bclass[it] == kNone) touched.push_back(it);
                bclass[it] = std::min(bclass[it], cls);
                if (cls == kClassShort) set_bit(h.in_short, it);
            }
            for (std::uint32_t it : touched) set_bit(h.any, it);
            // Title matches rank 0 or 1 depending on the view, the others 2-4 whatever the
            // view: rank per view only the groups needed to fill the top list. For "d", that
            // is a few thousand title matches instead of nearly every item.
            std::size_t in_group[4] = {0, 0, 0, 0};
            group.clear();
            for (std::uint32_t it : touched) {
                group.push_back(static_cast<std::uint8_t>(tmask[it] ? 0 : 1 + bclass[it]));
                ++in_group[group.back()];
            }
            std::uint8_t cutoff = 3;
            for (std::size_t g = 0, sum = 0; g < 4; ++g) {
                sum += in_group[g];
                if (sum >= tuning_.top_k) {
                    cutoff = static_cast<std::uint8_t>(g);
                    break;
                }
            }
            for (std::size_t v = 0; v < V; ++v) {
                keys.clear();
                for (std::size_t i = 0; i < touched.size(); ++i) {
                    if (group[i] > cutoff) continue;
                    const std::uint32_t it = touched[i];
                    keys.push_back(sort_key(field_rank(tmask[it], bclass[it], ix_.shown_bit_[v][it]), ix_.title_pos_[v][it], it));
                }
                const std::size_t k = std::min(tuning_.top_k, keys.size());
                std::nth_element(keys.begin(), keys.begin() + static_cast<std::ptrdiff_t>(k), keys.end());
                std::sort(keys.begin(), keys.begin() + static_cast<std::ptrdiff_t>(k));
                std::vector<std::uint32_t> items(k);
                std::vector<std::uint8_t> scores(k);
                for (std::size_t i = 0; i < k; ++i) {
                    items[i] = static_cast<std::uint32_t>(keys[i] & kItemMask);
                    scores[i] = static_cast<std::uint8_t>(keys[i] >> (kItemBits + kPosBits));
                }
                h.top_item.push_back(std::move(items));
                h.top_score.push_back(std::move(scores));
            }
            for (std::uint32_t it : touched) {
                tmask[it] = 0;
                bclass[it] = kNone;
            }
            ix_.heavy_by_prefix_.emplace(std::string(prefix), static_cast<int>(ix_.heavy_.size()));
            ix_.heavy_.push_back(std::move(h));
            t = hi;
        }
    }
}

SearchIndex::SearchIndex(const Pack& pack, const Tuning& tuning) : SearchIndex(pack, tuning, nullptr) {}

SearchIndex::SearchIndex(const Pack& pack, const Tuning& tuning, const std::function<void(std::string_view)>& also_see)
    : top_k_(tuning.top_k) {
    {
        SearchIndexBuilder b(*this, tuning);
        pack.for_each_text([&](const Pack::TextRow& r) {
            b.add(r);
            if (also_see) {
                also_see(r.value);
                also_see(r.town);
            }
        });
        b.finish();
    }
#ifdef __GLIBC__
    // The build's temporaries (about twice the index) are freed by now, but glibc keeps most
    // of that memory in holes under the index's arrays. The kiosk runs for days: give it back.
    malloc_trim(0);
#endif
}

std::size_t SearchIndex::memory_bytes() const {
    auto bytes = [](const auto& v) { return v.capacity() * sizeof(v[0]); };
    std::size_t n = bytes(item_id_) + bytes(item_kind_) + tok_chars_.capacity() + bytes(tok_off_) + bytes(title_off_) +
                    bytes(title_item_) + bytes(title_mask_) + bytes(body_off_) + bytes(body_post_) + bytes(head_off_) +
                    bytes(head_tok_) + bytes(head_mask_);
    for (const auto& v : shown_bit_) n += bytes(v);
    for (const auto& v : title_pos_) n += bytes(v);
    for (const Heavy& h : heavy_) {
        n += bytes(h.any) + bytes(h.in_short) + sizeof(Heavy);
        for (const auto& v : h.top_item) n += bytes(v);
        for (const auto& v : h.top_score) n += bytes(v);
    }
    n += heavy_by_prefix_.size() * (sizeof(std::string) + sizeof(int) + 2 * sizeof(void*));
    return n;
}

SearchIndex::Word SearchIndex::resolve(std::string_view w) const {
    Word r;
    const auto T = static_cast<std::uint32_t>(tokens());
    std::uint32_t lo = 0, n = T;
    while (n > 0) {  // first token >= w
        const std::uint32_t half = n / 2;
        if (token(lo + half) < w) {
            lo += half + 1;
            n -= half + 1;
        } else {
            n = half;
        }
    }
    std::uint32_t hi = lo;
    n = T - lo;
    while (n > 0) {  // first token from lo on that does not start with w
        const std::uint32_t half = n / 2;
        if (token(hi + half).starts_with(w)) {
            hi += half + 1;
            n -= half + 1;
        } else {
            n = half;
        }
    }
    r.lo = lo;
    r.hi = hi;
    if (lo == hi) return r;
    r.cost = (title_off_[hi] - title_off_[lo]) + (body_off_[hi] - body_off_[lo]);
    if (w.size() <= kHeavyMaxLen) {
        auto it = heavy_by_prefix_.find(std::string(w));
        if (it != heavy_by_prefix_.end()) r.heavy = it->second;
    }
    return r;
}

std::uint32_t SearchIndex::end_of_prefix(std::uint32_t from, std::string_view prefix) const {
    std::uint32_t n = static_cast<std::uint32_t>(tokens()) - from;
    while (n > 0) {
        const std::uint32_t half = n / 2;
        if (token(from + half).starts_with(prefix)) {
            from += half + 1;
            n -= half + 1;
        } else {
            n = half;
        }
    }
    return from;
}

// A walk of the sorted tokens that start with the word's first letter, as if down a trie:
// row d of the edit-distance table (Damerau, adjacent swaps only) compares the token's first
// d letters with every prefix of the typed word, and tokens sharing a prefix with the previous
// one reuse its rows. A row whose every cell is over the budget ends the walk of that prefix:
// the next token visited is the first that does not share it (a binary search). Rows past
// n + budget never matter (a longer prefix is more than `budget` letters longer than the
// word), so a deeper token takes the verdict of its first n + budget letters with all its
// neighbours sharing them.
void SearchIndex::resolve_fuzzy(std::string_view text, Word& w) const {
    const std::uint8_t k = typo_budget(text.size());
    if (k == 0) return;
    const std::size_t n = text.size(), cols = n + 1, max_depth = n + k;
    const auto over = static_cast<std::uint8_t>(k + 1);  // every cell is clamped to this
    std::vector<std::uint8_t> D((max_depth + 1) * cols), best(max_depth + 1, over);
    auto row = [&](std::size_t d) { return D.data() + d * cols; };
    for (std::size_t j = 0; j < cols; ++j) row(0)[j] = static_cast<std::uint8_t>(std::min<std::size_t>(j, over));

    const std::string_view first = text.substr(0, 1);
    const auto T = static_cast<std::uint32_t>(tokens());
    std::uint32_t i = 0, n_lo = T;
    while (n_lo > 0) {  // first token >= the first letter
        const std::uint32_t half = n_lo / 2;
        if (token(i + half) < first) {
            i += half + 1;
            n_lo -= half + 1;
        } else {
            n_lo = half;
        }
    }
    const std::uint32_t end = end_of_prefix(i, first);

    auto add = [&](std::uint32_t lo, std::uint32_t hi, std::uint8_t edits) {
        if (!w.fuzzy.empty() && w.fuzzy.back().hi == lo && w.fuzzy.back().edits == edits) w.fuzzy.back().hi = hi;
        else w.fuzzy.push_back({lo, hi, edits});
        w.cost += (title_off_[hi] - title_off_[lo]) + (body_off_[hi] - body_off_[lo]);
    };

    std::string_view prev;
    std::size_t have = 0;  // rows 1..have hold prev's first letters
    while (i < end) {
        if (i >= w.lo && i < w.hi) {  // the exact matches: already in the word
            i = w.hi;
            continue;
        }
        const std::string_view t = token(i);
        std::size_t d = 0;
        const std::size_t shared = std::min(have, t.size());
        while (d < shared && t[d] == prev[d]) ++d;
        const std::size_t depth = std::min(t.size(), max_depth);
        bool dead = false;
        for (++d; d <= depth; ++d) {
            const std::uint8_t* up = row(d - 1);
            std::uint8_t* cur = row(d);
            const char c = t[d - 1];
            cur[0] = static_cast<std::uint8_t>(std::min<std::size_t>(d, over));
            std::uint8_t lowest = cur[0];
            for (std::size_t j = 1; j < cols; ++j) {
                unsigned v = std::min({up[j - 1] + (c != text[j - 1] ? 1u : 0u), up[j] + 1u, cur[j - 1] + 1u});
                if (d >= 2 && j >= 2 && c == text[j - 2] && t[d - 2] == text[j - 1]) v = std::min(v, row(d - 2)[j - 2] + 1u);
                cur[j] = static_cast<std::uint8_t>(std::min<unsigned>(v, over));
                lowest = std::min(lowest, cur[j]);
            }
            // The word within the budget of a prefix at least as long as itself.
            best[d] = d < n ? over : std::min(d > n ? best[d - 1] : over, cur[n]);
            if (lowest > k) {
                dead = true;
                break;
            }
        }
        prev = t;
        if (dead) {  // nothing that starts with t[0, d) can match
            have = d;
            i = end_of_prefix(i, t.substr(0, d));
            continue;
        }
        have = depth;
        if (t.size() > max_depth) {  // every token sharing the first max_depth letters agrees
            const std::uint32_t e = end_of_prefix(i, t.substr(0, max_depth));
            if (best[max_depth] <= k) add(i, e, best[max_depth]);
            i = e;
            continue;
        }
        const std::uint8_t edits = std::min(best[depth], row(depth)[n]);
        if (edits <= k && edits > 0) add(i, i + 1, edits);
        ++i;
    }
}

int SearchIndex::view_of(const std::string& lang) const {
    for (std::size_t v = 1; v < view_lang_.size(); ++v)
        if (view_lang_[v] == lang) return static_cast<int>(v);
    return 0;
}

std::uint8_t SearchIndex::heavy_rank(std::uint32_t it, const Word& w, int view) const {
    const std::uint8_t shown = shown_bit_[view][it];
    std::uint8_t best = kNone;
    // Heads hold a dozen or so tokens: a linear pass beats a binary search here.
    for (std::uint32_t k = head_off_[it]; k < head_off_[it + 1]; ++k) {
        const std::uint32_t t = head_tok_[k];
        if (t < w.lo) continue;
        if (t >= w.hi) break;
        const std::uint16_t m = head_mask_[k];
        if ((m >> shown) & 1u) return kRankShownTitle;
        best = std::min(best, (m & kTitleBits) ? kRankOtherTitle : kRankTown);
    }
    if (best != kNone) return best;
    const Heavy& h = heavy_[static_cast<std::size_t>(w.heavy)];
    if (test_bit(h.in_short, it)) return static_cast<std::uint8_t>(kRankTown + kClassShort);
    if (test_bit(h.any, it)) return static_cast<std::uint8_t>(kRankTown + kClassLong);
    return kNone;
}

void SearchIndex::scan(const Word& w, int view, std::vector<std::uint8_t>& rank, std::vector<std::uint32_t>& touched) const {
    const std::uint8_t* shown = shown_bit_[static_cast<std::size_t>(view)].data();
    // At most one new item per posting: size once, so the hot loops never check capacity.
    const std::size_t base = touched.size();
    touched.resize(base + w.cost);
    std::uint32_t* out = touched.data() + base;
    std::uint8_t* rk = rank.data();
    auto span = [&](std::uint32_t lo, std::uint32_t hi, std::uint8_t edits) {
        const std::uint8_t e = word_rank(edits, 0);  // the field's rank is or-ed in per posting
        for (std::uint32_t p = title_off_[lo]; p < title_off_[hi]; ++p) {
            const std::uint32_t it = title_item_[p];
            const std::uint8_t r = e | (((title_mask_[p] >> shown[it]) & 1u) ? kRankShownTitle : kRankOtherTitle);
            if (rk[it] == kNone) *out++ = it;
            rk[it] = std::min(rk[it], r);
        }
        for (std::uint32_t p = body_off_[lo]; p < body_off_[hi]; ++p) {
            const std::uint32_t it = body_post_[p] >> 2;
            const auto r = static_cast<std::uint8_t>(e | (kRankTown + (body_post_[p] & 3u)));
            if (rk[it] == kNone) *out++ = it;
            rk[it] = std::min(rk[it], r);
        }
    };
    span(w.lo, w.hi, 0);
    for (const Span& f : w.fuzzy) span(f.lo, f.hi, f.edits);
    touched.resize(static_cast<std::size_t>(out - touched.data()));
}

SearchHit SearchIndex::hit(std::uint32_t it, int score) const { return {item_id_[it], kinds_[item_kind_[it]], score}; }

std::vector<SearchHit> SearchIndex::query(std::string_view typed, const std::string& lang, std::size_t limit) const {
    std::vector<SearchHit> out;
    if (limit == 0 || item_id_.empty()) return out;

    const std::string folded = fold(typed);
    std::vector<std::string_view> texts;
    split_words(folded, [&](std::string_view w) {
        // "le le" asks nothing more than "le".
        if (std::find(texts.begin(), texts.end(), w) == texts.end()) texts.push_back(w);
    });
    if (texts.empty()) return out;

    const int view = view_of(lang);
    std::vector<Word> scanned, heavy;
    for (std::string_view t : texts) {
        Word w = resolve(t);
        if (w.heavy < 0) resolve_fuzzy(t, w);  // heavy words are 1-3 letters: no typos
        if (w.lo == w.hi && w.fuzzy.empty()) return out;  // one word matches nothing: neither does the query
        (w.heavy >= 0 ? heavy : scanned).push_back(w);
    }

    // One heavy word: the answer was ranked at build time, unless more is asked than was kept.
    if (scanned.empty() && heavy.size() == 1) {
        const Heavy& h = heavy_[static_cast<std::size_t>(heavy[0].heavy)];
        const auto& items = h.top_item[static_cast<std::size_t>(view)];
        const auto& scores = h.top_score[static_cast<std::size_t>(view)];
        if (limit <= items.size() || items.size() < top_k_) {
            const std::size_t n = std::min(limit, items.size());
            out.reserve(n);
            for (std::size_t i = 0; i < n; ++i) out.push_back(hit(items[i], scores[i]));
            return out;
        }
    }

    // Candidates and their running score. Start from the cheapest scanned word; without one,
    // from the intersection of the heavy words' bitsets.
    const std::size_t N = item_id_.size();
    std::vector<std::uint32_t> cand;
    std::vector<unsigned> score;
    if (!scanned.empty()) {
        std::sort(scanned.begin(), scanned.end(), [](const Word& a, const Word& b) { return a.cost < b.cost; });
        std::vector<std::uint8_t> rank(N, kNone);
        scan(scanned[0], view, rank, cand);
        score.reserve(cand.size());
        for (std::uint32_t it : cand) score.push_back(score_part(rank[it]));
        std::vector<std::uint32_t> touched;
        for (std::size_t i = 1; i < scanned.size() && !cand.empty(); ++i) {
            for (std::uint32_t it : touched) rank[it] = kNone;
            for (std::uint32_t it : cand) rank[it] = kNone;
            touched.clear();
            scan(scanned[i], view, rank, touched);
            std::size_t k = 0;
            for (std::size_t j = 0; j < cand.size(); ++j) {
                const std::uint8_t r = rank[cand[j]];
                if (r == kNone) continue;
                cand[k] = cand[j];
                score[k++] = score[j] + score_part(r);
            }
            cand.resize(k);
            score.resize(k);
        }
    } else {
        const std::size_t W = (N + 63) / 64;
        for (std::size_t i = 0; i < W; ++i) {
            std::uint64_t bits = ~std::uint64_t{0};
            for (const Word& w : heavy) bits &= heavy_[static_cast<std::size_t>(w.heavy)].any[i];
            while (bits) {
                cand.push_back(static_cast<std::uint32_t>(i * 64 + static_cast<std::size_t>(__builtin_ctzll(bits))));
                bits &= bits - 1;
            }
        }
        score.assign(cand.size(), 0);
    }
    for (const Word& w : heavy) {
        std::size_t k = 0;
        for (std::size_t j = 0; j < cand.size(); ++j) {
            const std::uint8_t r = heavy_rank(cand[j], w, view);
            if (r == kNone) continue;
            cand[k] = cand[j];
            score[k++] = score[j] + r;
        }
        cand.resize(k);
        score.resize(k);
    }

    // The best `limit` by (score, title position). Scores are small integers: count them to
    // find the score at which the list fills up; everything scoring less is in, and among the
    // items at that score a bounded max-heap keeps the first by title. A 1-2 letter word
    // matching most items thus costs one pass and a heap of `limit`, not a sort.
    const std::uint32_t* pos = title_pos_[static_cast<std::size_t>(view)].data();
    std::size_t hist[256] = {};
    for (unsigned& sc : score) ++hist[sc = final_score(sc)];
    unsigned cutoff = 255;
    std::size_t below = 0;  // candidates scoring less than cutoff
    for (unsigned sc = 0; sc < 256; ++sc) {
        if (below + hist[sc] >= limit) {
            cutoff = sc;
            break;
        }
        below += hist[sc];
    }
    const std::size_t need = std::min(limit, cand.size()) - std::min(below, limit);
    if (cutoff == 255 && below == cand.size()) cutoff = 256;  // fewer than `limit`: all in
    std::vector<std::uint64_t> keys, heap;
    keys.reserve(std::min(limit, cand.size()));
    heap.reserve(need);
    for (std::size_t j = 0; j < cand.size(); ++j) {
        if (score[j] > cutoff) continue;
        const std::uint64_t key = sort_key(score[j], pos[cand[j]], cand[j]);
        if (score[j] < cutoff) {
            keys.push_back(key);
        } else if (heap.size() < need) {
            heap.push_back(key);
            std::push_heap(heap.begin(), heap.end());
        } else if (need > 0 && key < heap.front()) {
            std::pop_heap(heap.begin(), heap.end());
            heap.back() = key;
            std::push_heap(heap.begin(), heap.end());
        }
    }
    keys.insert(keys.end(), heap.begin(), heap.end());
    std::sort(keys.begin(), keys.end());
    out.reserve(keys.size());
    for (const std::uint64_t key : keys)
        out.push_back(hit(static_cast<std::uint32_t>(key & kItemMask), static_cast<int>(key >> (kItemBits + kPosBits))));
    return out;
}

}  // namespace kiosk

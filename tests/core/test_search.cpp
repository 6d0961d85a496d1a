// Search-as-you-type over a small pack written with SQL from core's schema: folding, hyphen and
// apostrophe compounds, multi-word AND, ranking by field and by the visitor's language, and both
// query paths.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <sqlite3.h>

#include "core/pack_reader.h"
#include "core/schema.h"
#include "core/search.h"
#include "core/sqlite.h"
#include "test_util.h"

using namespace kiosk;

namespace {

// One text row of an item: field (title, short, long), language, value.
struct ItemText {
    const char* field;
    const char* lang;
    const char* value;
};

struct Item {
    std::int64_t id;
    const char* kind;
    const char* town;
    std::vector<ItemText> texts;
};

// The nine items, as the pack writer stores them from the matching DATAtourisme objects (ids
// in source id order; "belfry" for a place whose French title says "beffroi"; events held
// 2027-09-04..05). Written with SQL from core's schema, so no publisher is needed here.
const std::vector<Item>& items() {
    static const std::vector<Item> all = {
        {1, "belfry", "Béthune",
         {{"title", "fr", "Beffroi de Béthune"}, {"title", "en", "Béthune belfry"},
          {"short", "fr", "Le beffroi domine la Grand-Place."}}},
        {2, "site", "Lens",
         {{"title", "fr", "Louvre-Lens"}, {"title", "en", "Louvre-Lens"},
          {"short", "fr", "Le Louvre dans le bassin minier."}}},
        {3, "belfry", "Arras", {{"title", "fr", "Beffroi d’Arras"}}},
        {4, "site", "Arras",
         {{"title", "fr", "Musée des beaux-arts d'Arras"}, {"title", "en", "Arras fine arts museum"},
          {"title", "de", "Kunstmuseum Arras"}}},
        {5, "site", "Lille",
         {{"title", "fr", "Centre d'art de Lille"}, {"title", "en", "Art centre Lille"},
          {"title", "nl", "Kunstcentrum Lille"}}},
        {6, "site", "Loos-en-Gohelle",
         {{"title", "fr", "Terrils jumeaux"}, {"title", "en", "Twin slag heaps"},
          {"short", "fr", "Les plus hauts terrils d’Europe."},
          {"long", "fr", "Entre Béthune et Arras, deux terrils de 186 mètres."}}},
        {7, "event", "Béthune", {{"title", "fr", "Braderie d’automne"}, {"title", "en", "Autumn flea market"}}},
        {8, "site", "Vimy",
         {{"title", "fr", "Mémorial de Vimy"}, {"title", "en", "Vimy memorial"},
          {"short", "fr", "Près d’Arras, le mémorial canadien."}}},
        {9, "event", "Arras",
         {{"title", "fr", "Marché de Noël"}, {"title", "en", "Christmas market"}, {"title", "nl", "Kerstmarkt"},
          {"title", "de", "Weihnachtsmarkt"}}},
    };
    return all;
}

// Item ids as written above.
enum : std::int64_t { kBethune = 1, kLouvreLens, kBeffroiArras, kMusee, kCentre, kTerrils, kBraderie, kVimy, kNoel };

std::vector<std::int64_t> ids(const std::vector<SearchHit>& hits) {
    std::vector<std::int64_t> out;
    for (const SearchHit& h : hits) out.push_back(h.item_id);
    return out;
}

// Writes the items above into a new pack at `path`.
void write_pack(const std::string& path) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    // close_v2: the connection closes once the statements below are finalized too.
    std::unique_ptr<sqlite3, int (*)(sqlite3*)> close(db, sqlite3_close_v2);
    exec(db, kSchemaSql);
    Transaction tx(db);
    Stmt item(db, "INSERT INTO item(id, source_id, kind, town, updated_at)"
                  " VALUES (?1, ?2, ?3, ?4, '2026-10-01T08:00:00Z')");
    Stmt text(db, "INSERT INTO item_text(item_id, field, lang, value) VALUES (?1, ?2, ?3, ?4)");
    // Child rows are numbered item_id * 2^20 + n, as the writer does (schema.sql).
    Stmt period(db, "INSERT INTO event_period(id, item_id, start_date, end_date)"
                    " VALUES (?1 * 1048576 + 1, ?1, '2027-09-04', '2027-09-05')");
    for (const Item& it : items()) {
        char uuid[48];
        std::snprintf(uuid, sizeof uuid, "%08llx-0000-0000-0000-000000000000", static_cast<unsigned long long>(it.id));
        const std::string source_id = "https://data.datatourisme.fr/59/" + std::string(uuid);
        item.bind(1, it.id).bind(2, source_id).bind(3, it.kind).bind(4, it.town).run();
        for (const ItemText& t : it.texts) text.bind(1, it.id).bind(2, t.field).bind(3, t.lang).bind(4, t.value).run();
        if (std::string(it.kind) == "event") period.bind(1, it.id).run();
    }
    tx.commit();
}

struct Fixture {
    testutil::TempDir tmp;
    std::unique_ptr<Pack> pack;
    Fixture() {
        write_pack((tmp.path / "search.pack").string());
        pack = Pack::open((tmp.path / "search.pack").string());
        // The numbering the tests rely on.
        REQUIRE(pack->item(kBethune, "fr", DateTime{{2026, 11, 1}, 0}).title.value == "Beffroi de Béthune");
        REQUIRE(pack->item(kNoel, "fr", DateTime{{2026, 11, 1}, 0}).title.value == "Marché de Noël");
    }
};

}  // namespace

TEST_CASE("search is case- and accent-insensitive and splits compounds", "[search]") {
    Fixture f;
    const SearchIndex ix(*f.pack);
    CHECK(ix.items() == 9);

    // Béthune's belfry (title) first, then the braderie held in Béthune (town), then the slag
    // heaps whose long description mentions Béthune.
    const auto beth = ix.query("beth", "fr");
    CHECK(ids(beth) == std::vector<std::int64_t>{kBethune, kBraderie, kTerrils});
    CHECK(beth[0].kind == "belfry");
    CHECK(beth[0].score == 0);
    CHECK(beth[1].score == 2);
    CHECK(beth[2].score == 4);
    CHECK(ids(ix.query("BÉTH", "fr")) == ids(beth));
    CHECK(ids(ix.query("  Béthune ", "fr")) == ids(beth));

    // "Louvre-Lens": the parts and the glued whole all match.
    for (const char* q : {"lens", "louvre", "louvrelens", "louvre-lens", "LOUVRE-L"}) {
        INFO(q);
        const auto hits = ix.query(q, "fr");
        REQUIRE_FALSE(hits.empty());
        CHECK(hits[0].item_id == kLouvreLens);
        CHECK(hits[0].score == 0);
    }

    // "Beffroi d’Arras": the part after the apostrophe matches the title itself (score 0, not
    // the town's 2), and so do "d'arras" and "darras".
    const auto arras = ix.query("arras", "fr");
    REQUIRE(arras.size() >= 2);
    CHECK(arras[0].item_id == kBeffroiArras);
    CHECK(arras[0].score == 0);
    CHECK(ix.query("d’arras", "fr").at(0).item_id == kBeffroiArras);
    CHECK(ix.query("darras", "fr").at(0).item_id == kBeffroiArras);
}

TEST_CASE("search ranks title, other-language title, town, short, long", "[search]") {
    Fixture f;
    const SearchIndex ix(*f.pack);

    // Shown titles first (the belfry and the museum, in folded-title order), then the
    // Christmas market held in Arras (town), Vimy (short description), the slag heaps (long).
    const auto arras = ix.query("arras", "fr");
    CHECK(ids(arras) == std::vector<std::int64_t>{kBeffroiArras, kMusee, kNoel, kVimy, kTerrils});
    std::vector<int> scores;
    for (const auto& h : arras) scores.push_back(h.score);
    CHECK(scores == std::vector<int>{0, 0, 2, 3, 4});

    // A title in a language the visitor is not shown ranks after a shown title, before the town.
    const auto twin = ix.query("twin", "fr");
    REQUIRE(twin.size() == 1);
    CHECK(twin[0].score == 1);
    CHECK(ix.query("twin", "en").at(0).score == 0);
    CHECK(ix.query("twin", "nl").at(0).score == 0);  // no Dutch title: English is shown
}

TEST_CASE("search prefers the visitor's language", "[search]") {
    Fixture f;
    const SearchIndex ix(*f.pack);
    // "kunst": the museum's German title, the art centre's Dutch one.
    CHECK(ids(ix.query("kunst", "de")) == std::vector<std::int64_t>{kMusee, kCentre});
    CHECK(ix.query("kunst", "de")[0].score == 0);
    CHECK(ids(ix.query("kunst", "nl")) == std::vector<std::int64_t>{kCentre, kMusee});
    // Neither is shown to a French visitor: both rank as other-language titles, then by the
    // French title ("Centre..." before "Musée...").
    const auto fr = ix.query("kunst", "fr");
    CHECK(ids(fr) == std::vector<std::int64_t>{kCentre, kMusee});
    CHECK(fr[0].score == 1);
    CHECK(fr[1].score == 1);
    // A language no title is written in falls back like English.
    CHECK(ids(ix.query("ma", "es")) == ids(ix.query("ma", "en")));
    CHECK(ix.query("weih", "de").at(0).item_id == kNoel);
    CHECK(ix.query("weih", "de").at(0).score == 0);
    CHECK(ix.query("weih", "fr").at(0).score == 1);
}

TEST_CASE("every typed word must match (AND), in any order", "[search]") {
    Fixture f;
    const SearchIndex ix(*f.pack);
    CHECK(ids(ix.query("beffroi arr", "fr")) == std::vector<std::int64_t>{kBeffroiArras});
    CHECK(ids(ix.query("arr beffroi", "fr")) == std::vector<std::int64_t>{kBeffroiArras});
    CHECK(ids(ix.query("beffroi", "fr")) == std::vector<std::int64_t>{kBeffroiArras, kBethune});
    // Both words in the slag heaps' long description: 4 + 4.
    const auto both = ix.query("bethune arras", "fr");
    REQUIRE(both.size() == 1);
    CHECK(both[0].item_id == kTerrils);
    CHECK(both[0].score == 8);
    CHECK(ix.query("beffroi zzz", "fr").empty());
    CHECK(ids(ix.query("beffroi beffroi", "fr")) == ids(ix.query("beffroi", "fr")));
}

TEST_CASE("empty and punctuation-only queries find nothing, and the limit is respected", "[search]") {
    Fixture f;
    const SearchIndex ix(*f.pack);
    CHECK(ix.query("", "fr").empty());
    CHECK(ix.query("   ", "fr").empty());
    CHECK(ix.query("!?…–-’'", "fr").empty());
    CHECK(ix.query("zzz", "fr").empty());
    CHECK(ix.query("l", "fr", 0).empty());
    const auto all = ix.query("l", "fr");
    CHECK(all.size() > 3);
    const auto two = ix.query("l", "fr", 2);
    REQUIRE(two.size() == 2);
    const auto all_ids = ids(all);
    CHECK(ids(two) == std::vector<std::int64_t>(all_ids.begin(), all_ids.begin() + 2));

    const SearchIndex empty;
    CHECK(empty.query("beth", "fr").empty());
}

TEST_CASE("precomputed and scanned prefixes give the same answers", "[search]") {
    Fixture f;
    // Every prefix of up to three letters precomputed (with a small top list, so that larger
    // limits take the bitset path), against nothing precomputed.
    const SearchIndex heavy(*f.pack, SearchIndex::Tuning{1, 3});
    const SearchIndex plain(*f.pack, SearchIndex::Tuning{std::size_t(-1), 3});
    REQUIRE(heavy.heavy_prefixes() > 50);
    REQUIRE(plain.heavy_prefixes() == 0);
    const char* queries[] = {"a", "b", "be", "bet", "beth", "l", "le", "lo", "m", "ar", "arr", "k", "w",
                             "be a", "a b", "le a", "arras b", "b arras", "beffroi d", "t e", "ma no",
                             "x", "e", "d"};
    for (const char* q : queries) {
        for (const char* lang : {"fr", "en", "nl", "de", "es"}) {
            for (std::size_t limit : {1, 2, 3, 5, 50}) {
                INFO(q << " / " << lang << " / " << limit);
                const auto a = heavy.query(q, lang, limit), b = plain.query(q, lang, limit);
                CHECK(ids(a) == ids(b));
                for (std::size_t i = 0; i < std::min(a.size(), b.size()); ++i) CHECK(a[i].score == b[i].score);
            }
        }
    }
}

TEST_CASE("const queries from several threads agree", "[search]") {
    Fixture f;
    const SearchIndex ix(*f.pack, SearchIndex::Tuning{1, 3});
    const auto expected = ids(ix.query("a", "fr"));
    std::vector<std::vector<std::int64_t>> got(4);
    std::vector<std::thread> threads;
    for (auto& g : got)
        threads.emplace_back([&ix, &g] {
            for (int i = 0; i < 200; ++i) g = ids(ix.query("a", "fr"));
        });
    for (auto& t : threads) t.join();
    for (const auto& g : got) CHECK(g == expected);
}

TEST_CASE("hostile texts neither crash nor hang the build", "[search]") {
    // Written with SQL rather than through the importer, which would clean some of this up.
    testutil::TempDir tmp;
    const std::string path = (tmp.path / "hostile.pack").string();
    {
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
        // close_v2: the connection closes once the statement below is finalized too.
        std::unique_ptr<sqlite3, int (*)(sqlite3*)> close(db, sqlite3_close_v2);
        exec(db, kSchemaSql);
        exec(db, "INSERT INTO item(id, source_id, kind, town) VALUES (1, 'a', 'site', 'Lens'), (2, 'b', 'site', NULL),"
                 " (3, 'c', 'event', 'Arras')");
        Stmt ins(db, "INSERT INTO item_text(item_id, field, lang, value) VALUES (?1, ?2, ?3, ?4)");
        // 100,000 hyphen-joined parts in one word, and 20 title languages.
        std::string joined = "x";
        for (int i = 0; i < 100000; ++i) joined += "-y" + std::to_string(i);
        ins.bind(1, 1).bind(2, "long").bind(3, "fr").bind(4, joined).run();
        for (int i = 0; i < 20; ++i)
            ins.bind(1, 1).bind(2, "title").bind(3, "l" + std::to_string(i)).bind(4, "Titre " + std::to_string(i)).run();
        // Invalid UTF-8 and a lone lead byte at the end; an item with no title at all.
        ins.bind(1, 2).bind(2, "short").bind(3, "fr").bind(4, std::string("caf\xc3 \xff\xfe\xe2\x80 musée Lille \xc3")).run();
        ins.bind(1, 3).bind(2, "title").bind(3, "fr").bind(4, "Fête").run();
        ins.bind(1, 3).bind(2, "short").bind(3, "fr").bind(4, "À Lille.").run();
    }
    auto pack = Pack::open(path);
    const SearchIndex ix(*pack);
    CHECK(ix.items() == 3);
    CHECK(ids(ix.query("y99999", "fr")) == std::vector<std::int64_t>{1});
    CHECK(ids(ix.query("titre 7", "l7")) == std::vector<std::int64_t>{1});
    CHECK(ids(ix.query("mus", "fr")) == std::vector<std::int64_t>{2});
    // Town before short description; at the same score, an item without a title comes last.
    CHECK(ids(ix.query("l", "fr")) == std::vector<std::int64_t>{1, 3, 2});
    CHECK(ids(ix.query("a", "fr")) == std::vector<std::int64_t>{3});
    const auto all = ix.query("f", "fr", 10);  // "fete" (title)
    REQUIRE_FALSE(all.empty());
    CHECK(all[0].item_id == 3);
}

TEST_CASE("search forgives one typo from 4 letters, two from 8", "[search][fuzzy]") {
    Fixture f;
    const SearchIndex ix(*f.pack);

    // A substitution: the belfry by its title, then the braderie by its town, then the slag
    // heaps by their long description, all as typo matches.
    const auto beth = ix.query("bethume", "fr");
    CHECK(ids(beth) == std::vector<std::int64_t>{kBethune, kBraderie, kTerrils});
    CHECK(beth[0].score == 128);
    CHECK(beth[0].fuzzy());
    // A swap of two adjacent letters counts as one typo.
    const auto arras = ix.query("arars", "fr");
    REQUIRE_FALSE(arras.empty());
    CHECK(arras[0].item_id == kBeffroiArras);
    CHECK(arras[0].score == 128);
    // Two words, the second with an extra letter: the whole token "lens" is one edit away.
    const auto ll = ix.query("louvre lense", "fr");
    REQUIRE(ll.size() == 1);
    CHECK(ll[0].item_id == kLouvreLens);
    CHECK(ll[0].score == 128);
    // A typo in the part typed so far of a longer word (the word is a prefix).
    CHECK(ids(ix.query("bthu", "fr")).at(0) == kBethune);

    // Up to 3 letters: no tolerance ("lns" is one letter short of "lens").
    CHECK(ix.query("lns", "fr").empty());
    CHECK(ix.query("ars", "fr").empty());
    CHECK(ids(ix.query("lnes", "fr")).at(0) == kLouvreLens);  // 4 letters: a swap is allowed

    // Two typos: 7 letters no, 8 letters yes.
    CHECK(ix.query("bwthume", "fr").empty());
    CHECK(ids(ix.query("bwthune", "fr")).at(0) == kBethune);
    CHECK(ix.query("menoriq", "fr").empty());
    const auto mem = ix.query("menoriak", "en");
    REQUIRE(mem.size() == 1);
    CHECK(mem[0].item_id == kVimy);
    CHECK(mem[0].score == 128 + 8);  // two typos, shown title
    CHECK(ix.query("mxnoriakx", "en").empty());  // three typos in 9 letters

    // The first letter must be right.
    CHECK(ix.query("vethune", "fr").empty());
}

TEST_CASE("typo matches rank below every exact match", "[search][fuzzy]") {
    Fixture f;
    const SearchIndex ix(*f.pack);

    // "lens" is Louvre-Lens's title (exact, 0); "les" in the slag heaps' short description is
    // one deletion away (a typo match, after it even though a title beats a description).
    const auto lens = ix.query("lens", "fr");
    CHECK(ids(lens) == std::vector<std::int64_t>{kLouvreLens, kTerrils});
    CHECK(lens[0].score == 0);
    CHECK(lens[1].score == 128 + 3);

    // Over any query, scores never decrease and no exact hit follows a typo hit.
    for (const char* q : {"lens", "arras", "arra", "beffroi", "bethune", "marche", "louvre"}) {
        INFO(q);
        const auto hits = ix.query(q, "fr");
        for (std::size_t i = 1; i < hits.size(); ++i) {
            CHECK(hits[i - 1].score <= hits[i].score);
            CHECK_FALSE((hits[i - 1].fuzzy() && !hits[i].fuzzy()));
        }
    }
    // An item matched exactly by a word and with a typo by another is a typo match.
    const auto mixed = ix.query("beffroi arars", "fr");
    REQUIRE_FALSE(mixed.empty());
    CHECK(mixed[0].item_id == kBeffroiArras);
    CHECK(mixed[0].fuzzy());
}

TEST_CASE("typo tolerance does not explode", "[search][fuzzy]") {
    Fixture f;
    const SearchIndex ix(*f.pack);
    // Short words, or words far from every token, match nothing rather than everything.
    for (const char* q : {"xxxx", "aaaa", "zzzzzzzzz", "qwer", "lxnx"}) {
        INFO(q);
        CHECK(ix.query(q, "fr").empty());
    }
    // A 4-letter word reaches words one edit away, not all that start like it: dropping its
    // last letter is not a match ("lens" does not find "le", "lille"; "vimy" finds Vimy only).
    CHECK(ids(ix.query("lens", "fr")) == std::vector<std::int64_t>{kLouvreLens, kTerrils});
    CHECK(ids(ix.query("vimy", "fr")) == std::vector<std::int64_t>{kVimy});
    std::size_t typo_hits = 0;
    for (const char* q : {"arra", "noel", "musee", "centre", "beffroi"})
        for (const SearchHit& h : ix.query(q, "fr")) typo_hits += h.fuzzy();
    CHECK(typo_hits <= 2);
}

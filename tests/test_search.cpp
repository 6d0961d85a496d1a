// Search-as-you-type over a small real pack: folding, hyphen and apostrophe compounds,
// multi-word AND, ranking by field and by the visitor's language, and both query paths.
#include <catch2/catch.hpp>

#include <algorithm>
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
using testutil::FluxObject;

namespace {

const char* const kPlace = R"("@type":["CulturalSite","RemarkableBuilding","PlaceOfInterest","PointOfInterest"])";
const char* const kMuseum = R"("@type":["CulturalSite","Museum","PlaceOfInterest","PointOfInterest"])";
const char* const kEvent = R"("@type":["schema:Event","EntertainmentAndEvent","Festival","PointOfInterest"],
 "takesPlaceAt":[{"startDate":"2027-09-04","endDate":"2027-09-05"}])";

std::string town(const char* t) {
    return std::string(R"("isLocatedAt":[{"schema:address":[{"schema:addressLocality":")") + t + "\"}]}]";
}

// Objects numbered in the order the writer stores them (by source id): item ids 1..9.
std::vector<FluxObject> objects() {
    return {
        {"Béthune", std::string(kPlace) + R"(,"rdfs:label":{"fr":["Beffroi de Béthune"],"en":["Béthune belfry"]},
 "hasDescription":[{"shortDescription":{"fr":["Le beffroi domine la Grand-Place."]}}],)" + town("Béthune")},
        {"Louvre-Lens", std::string(kMuseum) + R"(,"rdfs:label":{"fr":["Louvre-Lens"],"en":["Louvre-Lens"]},
 "hasDescription":[{"shortDescription":{"fr":["Le Louvre dans le bassin minier."]}}],)" + town("Lens")},
        {"Arras", std::string(kPlace) + R"(,"rdfs:label":{"fr":["Beffroi d’Arras"]},)" + town("Arras")},
        {"Musée", std::string(kMuseum) + R"(,"rdfs:label":{"fr":["Musée des beaux-arts d'Arras"],
 "en":["Arras fine arts museum"],"de":["Kunstmuseum Arras"]},)" + town("Arras")},
        {"Centre", std::string(kMuseum) + R"(,"rdfs:label":{"fr":["Centre d'art de Lille"],"en":["Art centre Lille"],
 "nl":["Kunstcentrum Lille"]},)" + town("Lille")},
        {"Terrils", std::string(kPlace) + R"(,"rdfs:label":{"fr":["Terrils jumeaux"],"en":["Twin slag heaps"]},
 "hasDescription":[{"shortDescription":{"fr":["Les plus hauts terrils d’Europe."]},
   "dc:description":{"fr":["Entre Béthune et Arras, deux terrils de 186 mètres."]}}],)" + town("Loos-en-Gohelle")},
        {"Braderie", std::string(kEvent) + R"(,"rdfs:label":{"fr":["Braderie d’automne"],"en":["Autumn flea market"]},)" +
                         town("Béthune")},
        {"Vimy", std::string(kPlace) + R"(,"rdfs:label":{"fr":["Mémorial de Vimy"],"en":["Vimy memorial"]},
 "hasDescription":[{"shortDescription":{"fr":["Près d’Arras, le mémorial canadien."]}}],)" + town("Vimy")},
        {"Noël", std::string(kEvent) + R"(,"rdfs:label":{"fr":["Marché de Noël"],"en":["Christmas market"],
 "nl":["Kerstmarkt"],"de":["Weihnachtsmarkt"]},)" + town("Arras")},
    };
}

// Item ids as the writer numbers them.
enum : std::int64_t { kBethune = 1, kLouvreLens, kBeffroiArras, kMusee, kCentre, kTerrils, kBraderie, kVimy, kNoel };

std::vector<std::int64_t> ids(const std::vector<SearchHit>& hits) {
    std::vector<std::int64_t> out;
    for (const SearchHit& h : hits) out.push_back(h.item_id);
    return out;
}

struct Fixture {
    testutil::TempDir tmp;
    std::unique_ptr<Pack> pack;
    Fixture() {
        const auto flux = testutil::write_flux(tmp.path / "flux", objects());
        const auto rep = testutil::build_pack(flux, tmp.path / "search.pack");
        REQUIRE(rep.items_kept == 9);
        pack = Pack::open((tmp.path / "search.pack").string());
        // The numbering the tests rely on.
        REQUIRE(pack->item(kBethune, "fr", {2026, 11, 1}).title.value == "Beffroi de Béthune");
        REQUIRE(pack->item(kNoel, "fr", {2026, 11, 1}).title.value == "Marché de Noël");
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

TEST_CASE("empty and punctuation-only queries find nothing; limit is respected", "[search]") {
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

// The characters the font atlas must hold: decoded from UI strings and pack texts, so that a
// Japanese kiosk gets its kana and kanji and a French one none.
#include <catch2/catch.hpp>

#include <memory>
#include <sqlite3.h>

#include "core/content_loader.h"
#include "core/exonyms.h"
#include "core/glyph_set.h"
#include "core/i18n.h"
#include "core/pack_reader.h"
#include "core/schema.h"
#include "core/sqlite.h"
#include "pack_fixture.h"
#include "test_util.h"

using namespace kiosk;

namespace {

void run_sql(const std::string& path, const std::string& sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    std::unique_ptr<sqlite3, int (*)(sqlite3*)> close(db, sqlite3_close_v2);
    exec(db, sql.c_str());
}

}  // namespace

TEST_CASE("a glyph set holds each code point of a UTF-8 text once", "[glyphs]") {
    GlyphSet g;
    g.add_text("Gare d’Arras 観光案内所 ストリートアート");
    CHECK(g.contains('G'));
    CHECK(g.contains(U'’'));
    CHECK(g.contains(U'観'));
    CHECK(g.contains(U'ー'));
    CHECK_FALSE(g.contains(U'日'));
    const auto from_cjk = g.list(0x3000);
    // ス ト リ ー ア 観 光 案 内 所: kana before kanji, each once.
    CHECK(from_cjk.size() == 10);
    CHECK(from_cjk.front() == U'ア');
    CHECK(from_cjk.back() == U'観');
    CHECK(std::is_sorted(from_cjk.begin(), from_cjk.end()));
}

TEST_CASE("a glyph set skips broken UTF-8 and counts what ImGui cannot draw", "[glyphs]") {
    GlyphSet g;
    g.add_text(std::string("a\xFF" "b\xE3\x81", 5));  // a stray byte, then a sequence cut short
    CHECK(g.contains('a'));
    CHECK(g.contains('b'));
    CHECK(g.size() == 2);
    g.add_text("🗼");  // beyond the 16-bit ranges ImGui is built with
    CHECK(g.size() == 2);
    CHECK(g.beyond_bmp() == 1);
}

TEST_CASE("covers and merge tell when a pack brings glyphs the atlas lacks", "[glyphs]") {
    GlyphSet atlas, pack;
    atlas.add_text("ホーム 戻る");
    pack.add_text("ホーム");
    CHECK(atlas.covers(pack));
    pack.add_text("炭鉱");
    CHECK_FALSE(atlas.covers(pack));
    const GlyphSet copy = atlas;
    atlas.merge(pack);
    CHECK(atlas.covers(pack));
    CHECK_FALSE(copy.contains(U'炭'));  // a copy is its own set
    CHECK(atlas.size() == copy.size() + 2);
}

TEST_CASE("UI glyphs come only from the languages offered", "[glyphs]") {
    testutil::TempDir tmp;
    testutil::write_file(tmp.path / "fr.txt", "nav.home = Accueil\nlang.self = Français\n");
    testutil::write_file(tmp.path / "ja.txt", "nav.home = ホーム\nlang.self = 日本語\n");
    Strings s;
    std::string error;
    REQUIRE(s.load_dir(tmp.path.string(), error));
    const GlyphSet fr = ui_glyphs(s, {"fr"});
    CHECK(fr.contains(U'ç'));
    CHECK(fr.list(0x3000).empty());
    CHECK_FALSE(fr.contains(U'.'));  // keys are not drawn
    const GlyphSet both = ui_glyphs(s, {"fr", "ja", "pl"});  // no pl.txt: nothing more from it
    CHECK(both.contains(U'ホ'));
    CHECK(both.contains(U'語'));
    CHECK(both.list(0x3000).size() == 6);
}

TEST_CASE("the town names a language gives are glyphs of that language", "[glyphs]") {
    GlyphSet ja, fr;
    ja.add_text(town_names_in("ja"));
    fr.add_text(town_names_in("fr"));
    CHECK(ja.contains(U'ブ'));  // ブルージュ, Bruges
    CHECK(ja.list(0x3000).size() > 20);
    CHECK(fr.list(0x3000).empty());
    CHECK(town_names_in("xx").empty());
}

TEST_CASE("a loaded pack brings the glyphs of all its texts", "[glyphs]") {
    testutil::TempDir tmp;
    SECTION("v3: titles in any language, towns, labels and meta") {
        const std::string path = (tmp.path / "ja.pack").string();
        run_sql(path, std::string(kSchemaSql) +
                          "INSERT INTO meta VALUES ('region', '北フランス');"
                          "INSERT INTO item(id, source_id, kind, town, updated_at) VALUES (1, 'x1', 'site', 'ランス', '2026-10-01');"
                          "INSERT INTO item_text VALUES (1, 'title', 'fr', 'Musée'), (1, 'title', 'ja', '美術館');"
                          "INSERT INTO thesaurus_label VALUES ('kb:Wifi', 'ja', '無線');");
        auto pack = Pack::open(path);
        GlyphSet g;
        const SearchIndex ix(*pack, SearchIndex::Tuning{}, [&](std::string_view t) { g.add_text(t); });
        CHECK(g.contains(U'美'));
        CHECK(g.contains(U'ラ'));  // the town
        CHECK(g.contains(U'é'));
        CHECK_FALSE(g.contains(U'北'));
        pack->for_each_label([&](std::string_view t) { g.add_text(t); });
        CHECK(g.contains(U'北'));
        CHECK(g.contains(U'無'));
    }
    SECTION("v2: the content loader's set, without the v3 tables") {
        const std::string path = testutil::pack_from_sql(tmp.path, "pack_v2.sql");
        run_sql(path, "INSERT INTO item_text VALUES (1, 'title', 'ja', '博物館')");
        const Content c = load_content(path, {{"fr", "en", "ja"}, "fr", DateTime{{2026, 11, 1}, 600}, {}});
        CHECK(c.glyphs.contains(U'博'));
        CHECK(c.glyphs.contains(U'é'));  // "Musée du format deux"
    }
}

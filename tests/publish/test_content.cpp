// Checks the region's sample export in content/ through the real importer: everything the
// default pack needs is there, in the region, in three languages, with a picture.
#include <catch2/catch.hpp>

#include <iostream>
#include <map>
#include <set>

#include "core/image_decode.h"
#include "publish/export_model.h"

using namespace kiosk;

namespace {

// Nord, Pas-de-Calais and the Somme (whose belfries share the UNESCO listing), with a margin
// of a few kilometres: a point outside is a swapped or mistyped coordinate.
constexpr double kMinLat = 49.55, kMaxLat = 51.10, kMinLon = 1.35, kMaxLon = 4.30;

}  // namespace

TEST_CASE("the sample export in content/ is complete", "[content]") {
    auto src = publish::ExportSource::open(KIOSK_CONTENT_DIR);
    std::vector<publish::ExportItem> items;
    std::vector<publish::Warning> warnings;
    const size_t read = publish::read_export(*src, [&](publish::ExportItem&& it) { items.push_back(std::move(it)); }, warnings);
    for (const auto& w : warnings) UNSCOPED_INFO(w.to_line());
    CHECK(warnings.empty());
    CHECK(read == items.size());

    std::map<std::string, int> per_kind;
    int with_german = 0;
    std::set<std::string> titles;
    for (const publish::ExportItem& it : items) {
        INFO(it.file << " (" << (it.title.count("fr") ? it.title.at("fr") : it.source_id) << ")");
        ++per_kind[it.kind];
        CHECK(!it.kind.empty());
        CHECK(it.has_geo);
        CHECK(it.lat >= kMinLat);
        CHECK(it.lat <= kMaxLat);
        CHECK(it.lon >= kMinLon);
        CHECK(it.lon <= kMaxLon);
        CHECK(!it.town.empty());
        for (const char* lang : {"fr", "en", "nl"}) {
            INFO("language " << lang);
            CHECK(it.title.count(lang) == 1);
            CHECK(it.short_desc.count(lang) == 1);
            CHECK(it.long_desc.count(lang) == 1);
        }
        if (it.title.count("de")) ++with_german;
        CHECK(titles.insert(it.title.count("fr") ? it.title.at("fr") : "").second);  // no duplicates

        REQUIRE(!it.images.empty());
        std::string bytes, err;
        REQUIRE(src->read(it.images[0].locator, bytes));
        ImageInfo info;
        CHECK(probe_image(bytes, info, err));
        CHECK(!it.images[0].credits.empty());  // illustrations are credited as such
        if (it.kind == "event") CHECK(!it.periods.empty());
        if (it.kind == "site" || it.kind == "belfry") CHECK((!it.hours.empty() || !it.hours_text.empty()));
    }
    std::cout << "content/: " << items.size() << " items: " << per_kind["belfry"] << " belfries, " << per_kind["site"]
              << " sites, " << per_kind["event"] << " events; " << with_german << " with German texts\n";
    CHECK(per_kind["belfry"] >= 23);
    CHECK(per_kind["site"] >= 40);
    CHECK(per_kind["event"] >= 30);
    // German for at least half, not all: the kiosk's fallback must stay exercised.
    CHECK(with_german * 2 >= static_cast<int>(items.size()));
    CHECK(with_german < static_cast<int>(items.size()));
}

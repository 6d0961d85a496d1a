// A hostile pack: the input is written as a file, opened with Pack::open (which verifies it)
// and read the way the kiosk reads a pack: every kind's cards, lists' hours, periods, filters
// and categories, every item's detail, every picture, the map's positions and the search
// index. Then opened again as the kiosk opens it since issue 16 (without quick_check) and read
// as its content loader does: the catalog, a listing, a listing made from it a minute later.
// Routes too: every route (steps, path) and every item's "part of route" list.
// PackError / SqlError (kiosk::Error) is the documented refusal; anything else is not.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <set>
#include <string>

#include "core/catalog.h"
#include "core/event_dates.h"
#include "core/hours.h"
#include "core/pack_reader.h"
#include "core/route.h"
#include "core/search.h"
#include "test_util.h"

using namespace kiosk;

namespace {

void read_everything(const Pack& pack) {
    const DateTime now{{2026, 9, 5}, 10 * 60};
    pack.meta("pack_id");
    std::set<std::int64_t> items, media;
    for (const char* kind : {"site", "belfry", "event", "office", "route", "eat", "sleep"}) {
        for (const Card& c : pack.cards(kind, "fr", now)) {
            items.insert(c.id);
            media.insert(c.thumb_media);
        }
        for (const auto& [id, rules] : pack.hours_of_kind(kind)) {
            items.insert(id);
            open_status(rules, now);
        }
        for (const auto& [id, periods] : pack.periods_of_kind(kind)) next_occurrence(periods, {}, now);
        pack.count(kind);
        pack.wheelchair_items(kind);
        pack.categories_of_kind(kind, "en");
    }
    for (const Pack::GeoRow& g : pack.positions()) items.insert(g.item_id);
    pack.for_each_text([&](const Pack::TextRow& r) { items.insert(r.item_id); });
    if (items.size() > 200) return;  // enough to reach every reader; keeps runs short
    for (std::int64_t id : items) {
        const ItemDetail d = pack.item(id, "nl", now);
        for (const MediaRef& m : d.media) media.insert(m.id);
        open_status(d.hours, now);
    }
    pack.cards_by_id({items.begin(), items.end()}, "de", now);
    std::string bytes;
    Pack::MediaFrame frame;
    for (std::int64_t id : media) {
        pack.thumbnail(id, bytes);
        pack.media(id, bytes);
        pack.media_frame(id, frame);
    }
    SearchIndex(pack).query("be", "fr");
    // Routes (format v4): every route with its steps and path, and each item's routes.
    for (std::int64_t id : pack.route_ids()) {
        if (const auto r = pack.route(id, "de"))
            for (const RouteStep& s : r->steps) items.insert(s.item_id);
    }
    for (std::int64_t id : items) pack.routes_of(id, "en");
}

void read_like_the_loader(const Pack& pack) {
    const auto catalog = Catalog::read(pack, {"fr", "en"});
    DateTime now{{2026, 9, 5}, 10 * 60};
    const auto first = Listing::make(*catalog, "nl", now, now.date);
    now.minute_of_day += 1;
    const auto next = Listing::make(*catalog, "fr", now, {2026, 9, 6}, first.get());
    for (const std::string& kind : catalog->kinds()) catalog->categories_of_kind(kind, "de");
    for (const Pack::GeoRow& g : catalog->positions()) next->find(g.item_id);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const testutil::TempDir dir;
    const std::string path = (dir.path / "fuzz.pack").string();
    testutil::write_file(path, std::string(reinterpret_cast<const char*>(data), size));
    try {
        const std::unique_ptr<Pack> pack = Pack::open(path);
        read_everything(*pack);
    } catch (const Error&) {
    }
    try {
        const std::unique_ptr<Pack> pack = Pack::open(path, false);
        read_like_the_loader(*pack);
    } catch (const Error&) {
    }
    return 0;
}

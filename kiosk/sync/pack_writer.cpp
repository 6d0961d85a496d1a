// The pack writer: the only code that creates pack files. It executes the embedded schema and
// fills the content tables, then the derived ones (thumbnails).
#include "sync/pack_writer.h"

#include <sodium.h>
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "core/schema.h"
#include "core/sqlite.h"
#include "sync/images.h"

namespace kiosk::sync {

namespace {

std::string utc_now_iso() {
    std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

// Media are keyed by the SHA-256 of their bytes: the same picture used by two items is
// stored once, and an unchanged picture keeps its key from one pack version to the next.
std::string content_key(std::string_view bytes) {
    unsigned char h[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(h, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    char hex[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, h, sizeof h);
    return hex;
}

bool read_file(const std::string& path, std::string& out) {
    std::ifstream f(path, std::ios::binary);
    if (!f) return false;
    std::ostringstream ss;
    ss << f.rdbuf();
    out = ss.str();
    return true;
}

// Where an image's bytes come from. Remote URLs are fetched by a later version of the tool;
// today they leave the item without a picture and a warning in the report.
bool load_image(const ExportSource& src, const std::string& locator, std::string& bytes, std::string& why) {
    if (locator.rfind("http://", 0) == 0 || locator.rfind("https://", 0) == 0) {
        why = "remote image not fetched (HTTP download not supported yet): " + locator;
        return false;
    }
    if (locator.rfind("file://", 0) == 0) {
        if (!read_file(locator.substr(7), bytes)) {
            why = "image file not found: " + locator;
            return false;
        }
        return true;
    }
    if (!src.read(locator, bytes)) {
        why = "image not found in the flux: " + locator;
        return false;
    }
    return true;
}

class Writer {
public:
    explicit Writer(const std::string& path) {
        std::filesystem::remove(path);
        if (sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
            throw BuildError("cannot create pack " + path + ": " + sqlite3_errmsg(db_));
        // A pack is written once and copied whole: no journal needed, and a crash leaves only
        // the .tmp file, which the next build removes.
        exec(db_, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA page_size=4096;");
        exec(db_, kSchemaSql);
    }
    ~Writer() { sqlite3_close_v2(db_); }
    sqlite3* db() const { return db_; }

private:
    sqlite3* db_ = nullptr;
};

}  // namespace

BuildReport build_pack(const ExportSource& src, const std::string& out_path, const BuildOptions& opt) {
    const auto t0 = std::chrono::steady_clock::now();
    BuildReport rep;

    std::vector<ExportItem> items;
    rep.objects_read = read_export(src, [&](ExportItem&& it) {
        if (it.kind.empty()) {
            ++rep.skipped_not_for_kiosk;
            return;
        }
        items.push_back(std::move(it));
    }, rep.warnings);
    // Row ids follow source ids, not feed order, so the same content gives the same pack.
    std::sort(items.begin(), items.end(), [](const ExportItem& a, const ExportItem& b) { return a.source_id < b.source_id; });
    items.erase(std::unique(items.begin(), items.end(),
                            [](const ExportItem& a, const ExportItem& b) { return a.source_id == b.source_id; }),
                items.end());

    const std::string tmp = out_path + ".tmp";
    {
        Writer w(tmp);
        sqlite3* db = w.db();
        Transaction tx(db);
        Stmt ins_item(db, "INSERT INTO item(id, source_id, kind, lat, lon, street, postal_code, town, city_insee, department, updated_at)"
                          " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
        Stmt ins_text(db, "INSERT OR REPLACE INTO item_text(item_id, field, lang, value) VALUES (?1, ?2, ?3, ?4)");
        Stmt ins_cat(db, "INSERT OR IGNORE INTO category(id) VALUES (?1)");
        Stmt ins_cat_label(db, "INSERT OR IGNORE INTO category_label(category_id, lang, label) VALUES (?1, ?2, ?3)");
        Stmt ins_item_cat(db, "INSERT OR IGNORE INTO item_category(item_id, category_id) VALUES (?1, ?2)");
        Stmt ins_period(db, "INSERT INTO event_period(item_id, start_date, end_date, start_time, end_time) VALUES (?1, ?2, ?3, ?4, ?5)");
        Stmt ins_hours(db, "INSERT INTO opening_hours(item_id, day_of_week, opens, closes, valid_from, valid_through) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        Stmt ins_contact(db, "INSERT INTO contact(item_id, type, value, position) VALUES (?1, ?2, ?3, ?4)");
        Stmt ins_price(db, "INSERT INTO price(item_id, min_price, max_price, currency, label_fr, position) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        Stmt ins_media(db, "INSERT INTO media(id, sha256, mime, width, height, bytes, title, credits, licence) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
        Stmt ins_thumb(db, "INSERT INTO thumbnail(media_id, width, height, bytes) VALUES (?1, ?2, ?3, ?4)");
        Stmt ins_item_media(db, "INSERT INTO item_media(item_id, media_id, position) VALUES (?1, ?2, ?3)");

        std::map<std::string, std::int64_t> media_by_key;
        std::set<std::string> languages;
        double minlat = 90, minlon = 180, maxlat = -90, maxlon = -180;
        std::string newest_update;

        std::int64_t id = 0;
        for (const ExportItem& it : items) {
            ++id;
            ins_item.bind(1, id).bind(2, it.source_id).bind(3, it.kind);
            if (it.has_geo) {
                ins_item.bind(4, it.lat).bind(5, it.lon);
                minlat = std::min(minlat, it.lat); maxlat = std::max(maxlat, it.lat);
                minlon = std::min(minlon, it.lon); maxlon = std::max(maxlon, it.lon);
            } else {
                ins_item.bind_null(4).bind_null(5);
            }
            ins_item.bind_opt(6, it.street).bind_opt(7, it.postal_code).bind_opt(8, it.town)
                .bind_opt(9, it.city_insee).bind_opt(10, it.department_insee).bind_opt(11, it.last_update);
            ins_item.run();
            newest_update = std::max(newest_update, it.last_update);

            auto texts = [&](const char* field, const LangMap& m) {
                for (const auto& [lang, value] : m) {
                    if (value.empty()) continue;
                    ins_text.bind(1, id).bind(2, field).bind(3, lang).bind(4, value);
                    ins_text.run();
                    languages.insert(lang);
                }
            };
            texts("title", it.title);
            texts("short", it.short_desc);
            texts("long", it.long_desc);
            texts("hours", it.hours_text);

            for (const Category& c : it.themes) {
                if (c.id.empty()) continue;
                ins_cat.bind(1, c.id).run();
                for (const auto& [lang, label] : c.label) ins_cat_label.bind(1, c.id).bind(2, lang).bind(3, label).run();
                ins_item_cat.bind(1, id).bind(2, c.id).run();
            }
            for (const Period& p : it.periods) {
                ins_period.bind(1, id).bind(2, p.start_date).bind(3, p.end_date.empty() ? p.start_date : p.end_date)
                    .bind_opt(4, p.start_time).bind_opt(5, p.end_time);
                ins_period.run();
            }
            for (const OpeningRule& h : it.hours) {
                if (h.day_of_week < 1 || h.day_of_week > 8) continue;  // 8 = public holidays
                ins_hours.bind(1, id).bind(2, h.day_of_week).bind_opt(3, h.opens).bind_opt(4, h.closes)
                    .bind_opt(5, h.valid_from).bind_opt(6, h.valid_through);
                ins_hours.run();
            }
            int pos = 0;
            for (const Contact& c : it.contacts) ins_contact.bind(1, id).bind(2, c.type).bind(3, c.value).bind(4, pos++).run();
            pos = 0;
            for (const Price& p : it.prices) {
                ins_price.bind(1, id);
                if (p.min >= 0) ins_price.bind(2, p.min); else ins_price.bind_null(2);
                if (p.max >= 0) ins_price.bind(3, p.max); else ins_price.bind_null(3);
                auto fr = p.label.find("fr");
                ins_price.bind_opt(4, p.currency).bind_opt(5, fr == p.label.end() ? std::string() : fr->second).bind(6, pos++);
                ins_price.run();
            }

            pos = 0;
            for (const ImageRef& ref : it.images) {
                std::string bytes, why;
                if (!load_image(src, ref.locator, bytes, why)) {
                    ++rep.images_failed;
                    rep.warnings.push_back({it.file, "hasMainRepresentation", why});
                    continue;
                }
                const std::string key = content_key(bytes);
                auto found = media_by_key.find(key);
                std::int64_t media_id;
                if (found != media_by_key.end()) {
                    media_id = found->second;
                } else {
                    PreparedImage img;
                    if (!prepare_image(bytes, img, why)) {
                        ++rep.images_failed;
                        rep.warnings.push_back({it.file, "hasMainRepresentation", why + ": " + ref.locator});
                        continue;
                    }
                    media_id = static_cast<std::int64_t>(media_by_key.size()) + 1;
                    media_by_key[key] = media_id;
                    ins_media.bind(1, media_id).bind(2, key).bind(3, img.info.mime).bind(4, img.info.width)
                        .bind(5, img.info.height).bind_blob(6, img.bytes).bind_opt(7, ref.title)
                        .bind_opt(8, ref.credits).bind_opt(9, ref.licence);
                    ins_media.run();
                    ins_thumb.bind(1, media_id).bind(2, img.thumb_width).bind(3, img.thumb_height).bind_blob(4, img.thumb_jpeg);
                    ins_thumb.run();
                    ++rep.images_stored;
                }
                ins_item_media.bind(1, id).bind(2, media_id).bind(3, pos++).run();
            }
            ++rep.per_kind[it.kind];
        }
        rep.items_kept = items.size();

        std::string langs;
        for (const auto& l : languages) langs += (langs.empty() ? "" : ",") + l;
        char bbox[128] = "";
        if (minlat <= maxlat) std::snprintf(bbox, sizeof bbox, "%.6f,%.6f,%.6f,%.6f", minlat, minlon, maxlat, maxlon);
        Stmt meta(db, "INSERT INTO meta(key, value) VALUES (?1, ?2)");
        const std::vector<std::pair<std::string, std::string>> kv = {
            {"pack_id", opt.pack_id},
            {"pack_version", std::to_string(opt.pack_version)},
            {"build_time", opt.build_time.empty() ? utc_now_iso() : opt.build_time},
            {"source_export_date", newest_update},
            {"region", opt.region},
            {"bbox", bbox},
            {"languages", langs},
            {"count_site", std::to_string(rep.per_kind["site"])},
            {"count_belfry", std::to_string(rep.per_kind["belfry"])},
            {"count_event", std::to_string(rep.per_kind["event"])},
            {"generator", "kiosk-pack 0.1"},
        };
        for (const auto& [k, v] : kv) meta.bind(1, k).bind(2, v).run();
        tx.commit();
        exec(db, "VACUUM");
    }
    std::error_code ec;
    std::filesystem::rename(tmp, out_path, ec);
    if (ec) throw BuildError("cannot move finished pack into place: " + out_path + ": " + ec.message());
    rep.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return rep;
}

}  // namespace kiosk::sync

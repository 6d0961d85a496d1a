// The small pack the search, pack and delta targets start from: core's own schema and a few
// rows of every table the kiosk reads (texts in four languages, hours with a holiday rule and a
// closing day, a weekday-pattern event, notes, prices, facts, categories, a 2x2 PNG picture,
// two routes: one with item steps, a named point and a dropped step, one with a path).
#include "fixture_pack.h"

#include <sqlite3.h>

#include <stdexcept>
#include <string>

#include "core/schema.h"

namespace fuzz {

namespace {

const char* const kRows = R"sql(
INSERT INTO meta VALUES ('pack_id', 'fuzz-fixture'), ('pack_version', '3'), ('region', 'Nord-Pas-de-Calais'),
  ('region_bbox', '49.85,1.45,51.15,4.30'), ('built_at', '2026-10-01T08:00:00Z'), ('welcome_fr', 'Bienvenue');
INSERT INTO media VALUES (1, 'aa', 'image/png', 2, 2,
  X'89504e470d0a1a0a0000000d494844520000000200000002080600000072b60d240000001149444154789c63f8cfc0f01f8419600c0047ca07f967596eb70000000049454e44ae426082',
  'Beffroi', 'OT Arras', 'CC-BY');
INSERT INTO thumbnail VALUES (1, 2, 2, X'ffd8ffd9');
INSERT INTO media_focus VALUES (1, 0.25, 0.75);
INSERT INTO item VALUES
  (1, 'https://data.datatourisme.fr/62/beffroi', 'belfry', 50.2910, 2.7775, 'Place des Héros', '62000', 'Arras', '62041', '62', '2026-10-01T08:00:00Z'),
  (2, 'https://data.datatourisme.fr/62/louvre', 'site', 50.4302, 2.8032, '99 rue Paul Bert', '62300', 'Lens', '62498', '62', NULL),
  (3, 'https://data.datatourisme.fr/59/braderie', 'event', 50.6292, 3.0573, NULL, '59000', 'Lille', NULL, '59', NULL),
  (4, 'https://data.datatourisme.fr/62/office', 'office', NULL, NULL, NULL, NULL, 'Béthune', NULL, '62', NULL);
INSERT INTO department VALUES ('62', 'Pas-de-Calais', '32', 'Hauts-de-France'), ('59', 'Nord', '32', 'Hauts-de-France');
INSERT INTO item_text VALUES
  (1, 'title', 'fr', 'Beffroi d’Arras'), (1, 'title', 'en', 'Arras belfry'), (1, 'title', 'nl', 'Belfort van Atrecht'),
  (1, 'short', 'fr', 'Classé à l’UNESCO, 75 mètres.'), (1, 'long', 'fr', 'Reconstruit après 1918, le beffroi domine la place des Héros.'),
  (1, 'hours', 'fr', 'Fermé le 25 décembre.'),
  (2, 'title', 'fr', 'Louvre-Lens'), (2, 'title', 'de', 'Louvre-Lens Museum'), (2, 'short', 'en', 'Galerie du temps.'),
  (3, 'title', 'fr', 'Braderie de Lille'), (3, 'title', 'en', 'Lille flea market'),
  (4, 'title', 'fr', 'Office de tourisme de Béthune');
INSERT INTO category VALUES ('kb:Museum'), ('Museum');
INSERT INTO category_label VALUES ('kb:Museum', 'fr', 'Musée'), ('kb:Museum', 'en', 'Museum'), ('Museum', 'fr', 'Musée');
INSERT INTO item_category VALUES (2, 'kb:Museum'), (2, 'Museum'), (1, 'Museum');
INSERT INTO item_fact VALUES (2, 'wheelchair', 'yes'), (2, 'pets', 'no'), (2, 'amenity', 'kb:Parking'),
  (2, 'language', 'en'), (2, 'booking_phone', '+33 3 21 18 62 62'), (1, 'payment', 'kb:Cash');
INSERT INTO thesaurus_label VALUES ('kb:Parking', 'fr', 'Parking'), ('kb:Cash', 'en', 'Cash');
INSERT INTO event_period VALUES (3145729, 3, '2026-09-05', '2026-09-06', '08:00', '23:00', 0),
  (3145730, 3, '2026-06-01', '2026-09-30', '22:00', '02:00', 96);
INSERT INTO opening_hours VALUES
  (1048577, 1, 1, '10:00', '12:00', '2026-01-01', '2026-12-31'), (1048578, 1, 1, '14:00', '18:00', '2026-01-01', '2026-12-31'),
  (1048579, 1, 8, NULL, NULL, NULL, NULL), (1048580, 1, 2, NULL, NULL, '2026-12-25', '2026-12-25'),
  (2097153, 2, 3, '10:00', '24:00', NULL, NULL), (2097154, 2, 5, '22:00', '02:00', NULL, '2027-03-01'),
  (3145731, 3, 6, '09:00', NULL, NULL, NULL);
INSERT INTO schedule_note VALUES (1, 1, 'fr', 'Dernière montée 17:30', '2026-01-01', NULL), (1, 2, 'en', 'Last climb 17:30', NULL, NULL);
INSERT INTO contact VALUES (1048581, 1, 'phone', '+33 3 21 51 26 95', 0), (1048582, 1, 'web', 'https://www.explore-arras.fr', 1);
INSERT INTO price VALUES (1048583, 1, 5, 8.5, 'EUR', 'Plein tarif', 0, 'kb:BasicRate', 0),
  (1048584, 1, NULL, NULL, NULL, NULL, 1, 'kb:Free', 1);
INSERT INTO price_text VALUES (1048583, 'fr', 'Plein tarif', 'Adultes'), (1048584, 'en', 'Free', 'Under 18');
INSERT INTO item_media VALUES (1, 0, 1), (2, 0, 1);
INSERT INTO source_file VALUES ('objects/1.json', '2026-10-01T08:00:00Z', 1, 4095);
INSERT INTO item VALUES (5, 'https://data.datatourisme.fr/62/boucle', 'route', 50.4302, 2.8032, NULL, NULL, 'Lens', NULL, '62', NULL),
  (6, 'https://data.datatourisme.fr/62/velo', 'route', 50.2910, 2.7775, NULL, NULL, 'Arras', NULL, '62', NULL);
INSERT INTO item_text VALUES (5, 'title', 'fr', 'Boucle des terrils'), (5, 'title', 'en', 'Spoil heaps loop'),
  (6, 'title', 'fr', 'Véloroute des beffrois');
INSERT INTO route VALUES (5, 'walk', 'kb:EasyTour', 5400, 90, 1, NULL),
  (6, 'bike', NULL, NULL, NULL, 0, X'cc5eff02f0642a00000b010380b92a00');
INSERT INTO route_difficulty VALUES (5, 'fr', 'Facile'), (5, 'en', 'Easy');
INSERT INTO route_step VALUES (5, 1, 'https://data.datatourisme.fr/62/louvre', NULL, NULL),
  (5, 2, 'https://example.org/parking', 50.44, 2.78), (5, 3, 'https://example.org/nowhere', NULL, NULL),
  (5, 4, 'https://data.datatourisme.fr/62/beffroi', NULL, NULL),
  (6, 1, 'https://data.datatourisme.fr/62/beffroi', NULL, NULL), (6, 2, NULL, 50.4302, 2.8032);
INSERT INTO route_step_name VALUES (5, 2, 'fr', 'Parking du stade'), (5, 2, 'nl', 'Parkeerplaats'), (6, 2, 'fr', 'Arrivée');
)sql";

void exec(sqlite3* db, const char* sql) {
    char* err = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        const std::string why = err ? err : "unknown error";
        sqlite3_free(err);
        throw std::runtime_error("fixture pack: " + why);
    }
}

}  // namespace

void write_fixture_pack(const std::string& path, bool extra_row) {
    sqlite3* db = nullptr;
    if (sqlite3_open(path.c_str(), &db) != SQLITE_OK) {
        sqlite3_close(db);
        throw std::runtime_error("fixture pack: cannot create " + path);
    }
    try {
        // Small pages keep the seed packs (and what the fuzzer mutates) a few kilobytes.
        exec(db, "PRAGMA page_size = 512;");
        exec(db, kiosk::kSchemaSql);
        exec(db, "BEGIN;");
        exec(db, kRows);
        if (extra_row)
            exec(db, "INSERT INTO item_text VALUES (4, 'short', 'fr', 'Ouvert tous les jours');"
                     "UPDATE meta SET value = '4' WHERE key = 'pack_version';"
                     "DELETE FROM contact WHERE id = 1048582;");
        exec(db, "COMMIT; VACUUM;");
    } catch (...) {
        sqlite3_close(db);
        throw;
    }
    sqlite3_close(db);
}

}  // namespace fuzz

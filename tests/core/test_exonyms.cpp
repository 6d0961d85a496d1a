// Town names in the visitor's language (core/exonyms.h).
#include <catch2/catch.hpp>

#include <string>

#include "core/exonyms.h"
#include "core/map_data.h"

using namespace kiosk;

TEST_CASE("a town's name follows the visitor's language where one is in use", "[exonyms]") {
    // The base map's local name and the export's French name both lead to the same town.
    CHECK(town_name("Brugge", "fr") == "Bruges");
    CHECK(town_name("Brugge", "en") == "Bruges");
    CHECK(town_name("Brugge", "nl") == "Brugge");
    CHECK(town_name("Brugge", "de") == "Brügge");
    CHECK(town_name("Bruges", "de") == "Brügge");
    CHECK(town_name("Lille", "nl") == "Rijsel");
    CHECK(town_name("Lille", "en") == "Lille");
    CHECK(town_name("Lille", "de") == "Lille");
    CHECK(town_name("Dunkerque", "en") == "Dunkirk");
    CHECK(town_name("Dunkerque", "nl") == "Duinkerke");
    CHECK(town_name("Bruxelles", "en") == "Brussels");
    CHECK(town_name("Bruxelles", "de") == "Brüssel");
    CHECK(town_name("Liège", "nl") == "Luik");
    CHECK(town_name("Liège", "de") == "Lüttich");
    CHECK(town_name("Köln", "fr") == "Cologne");
    CHECK(town_name("London", "fr") == "Londres");
    CHECK(town_name("Dover", "fr") == "Douvres");
    CHECK(town_name("Aachen", "fr") == "Aix-la-Chapelle");
    CHECK(town_name("Ieper", "en") == "Ypres");
    CHECK(town_name("Bergues", "nl") == "Sint-Winoksbergen");
}

TEST_CASE("Spanish, Italian, Polish and Japanese visitors read their own names", "[exonyms]") {
    CHECK(town_name("Dunkerque", "es") == "Dunquerque");
    CHECK(town_name("Dunkerque", "pl") == "Dunkierka");
    CHECK(town_name("Dunkerque", "ja") == "ダンケルク");
    CHECK(town_name("Lille", "it") == "Lilla");
    CHECK(town_name("Lille", "es") == "Lille");
    CHECK(town_name("Lille", "ja") == "リール");
    CHECK(town_name("Bruxelles", "es") == "Bruselas");
    CHECK(town_name("Bruxelles", "pl") == "Bruksela");
    CHECK(town_name("Brugge", "es") == "Brujas");
    CHECK(town_name("Bruges", "pl") == "Brugia");
    CHECK(town_name("Liège", "it") == "Liegi");
    CHECK(town_name("Köln", "pl") == "Kolonia");
    CHECK(town_name("London", "it") == "Londra");
    CHECK(town_name("Den Haag", "it") == "L'Aia");
    CHECK(town_name("Arras", "ja") == "アラス");
    CHECK(town_name("Arras", "pl") == "Arras");
    CHECK(town_name("Kortrijk", "es") == "Kortrijk");  // no Spanish name in use: the town's own
}

TEST_CASE("names without another form, other languages and other names pass unchanged", "[exonyms]") {
    CHECK(town_name("Lens", "nl") == "Lens");
    CHECK(town_name("Louvre-Lens", "nl") == "Louvre-Lens");
    CHECK(town_name("", "nl").empty());
    CHECK(town_name("Lille", "ko") == "Lille");
    CHECK(town_name("Bergues", "ja") == "Bergues");  // no katakana name we are sure of: as written
    // Only the local and French forms are looked up: the German city of Kassel is not Cassel
    // (Dutch Kassel), and a town called Bergen is not Mons.
    CHECK(town_name("Kassel", "fr") == "Kassel");
    CHECK(town_name("Bergen", "fr") == "Bergen");
    // Case and accents matter: "lille" is not a name the data writes.
    CHECK(town_name("lille", "nl") == "lille");
}

TEST_CASE("a homonym elsewhere keeps its own name", "[exonyms]") {
    const LonLat flanders{2.7353, 50.7389}, somme{1.91, 50.04};
    CHECK(town_name("Bailleul", "nl", &flanders) == "Belle");
    CHECK(town_name("Bailleul", "nl", &somme) == "Bailleul");
    const LonLat var{6.98, 43.69};
    CHECK(town_name("Mons", "nl", &var) == "Mons");
    const LonLat hainaut{3.95, 50.45};
    CHECK(town_name("Mons", "nl", &hainaut) == "Bergen");
}

TEST_CASE("the table's towns are the base maps' towns, at their places", "[exonyms]") {
    // Each base-map town the table translates stands near the table's position (the same town),
    // so that the position check never refuses the map's own label.
    int translated = 0;
    for (const char* file : {"/map/region.txt", "/map/france.txt"}) {
        MapData m;
        std::string error;
        REQUIRE(load_map(std::string(KIOSK_ASSETS_DIR) + file, m, error));
        for (const MapTown& t : m.towns) {
            const std::string fr = town_name(t.name, "fr"), nl = town_name(t.name, "nl");
            if (fr == t.name && nl == t.name) continue;
            ++translated;
            CHECK(town_name(t.name, "nl", &t.pos) == nl);
            CHECK(town_name(t.name, "fr", &t.pos) == fr);
        }
    }
    CHECK(translated > 30);
}

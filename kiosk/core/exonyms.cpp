// The table of town names by language (see the header). Only names in current use: the ones a
// road sign, a railway timetable or a newspaper of that language prints today (the Dutch names
// of French Flanders are those of the Taalunie's list of geographical names). Historical forms
// no one reads any more (German Ryssel for Lille, Bergen for Mons) are left out. Spanish,
// Italian and Polish names are those their encyclopedias and atlases title the town with
// (Dunquerque, Lilla, Dunkierka); a town none of them renames keeps its local name. Japanese
// names are the katakana of Japanese atlases and guides, only for towns we know them for.
#include "core/exonyms.h"

namespace kiosk {

namespace {

struct Exonym {
    const char* local;  // the base map's name: the town's own (or the French export's for France)
    const char* fr;
    const char* en;
    const char* nl;
    const char* de;
    const char* es;
    const char* it;
    const char* pl;
    const char* ja;     // katakana as Japanese maps and guides print it; null where we know none in use
    LonLat pos;         // the town hall, as on the base map
};

// A town is matched by its local or French name within this distance of its position.
constexpr double kSameTownM = 20'000;

constexpr Exonym kExonyms[] = {
    // French Flanders, Artois, Hainaut: French names, Dutch ones in use in Flanders and the Netherlands.
    {"Lille", "Lille", "Lille", "Rijsel", "Lille", "Lille", "Lilla", "Lille", "リール",
     {3.0635, 50.6366}},
    {"Dunkerque", "Dunkerque", "Dunkirk", "Duinkerke", "Dünkirchen", "Dunquerque", "Dunkerque", "Dunkierka", "ダンケルク",
     {2.3768, 51.0343}},
    {"Calais", "Calais", "Calais", "Kales", "Calais", "Calais", "Calais", "Calais", "カレー",
     {1.8587, 50.9513}},
    {"Boulogne-sur-Mer", "Boulogne-sur-Mer", "Boulogne-sur-Mer", "Bonen", "Boulogne-sur-Mer", "Boulogne-sur-Mer", "Boulogne-sur-Mer", "Boulogne-sur-Mer", "ブローニュ＝シュル＝メール",
     {1.6147, 50.7264}},
    {"Saint-Omer", "Saint-Omer", "Saint-Omer", "Sint-Omaars", "Saint-Omer", "Saint-Omer", "Saint-Omer", "Saint-Omer", nullptr,
     {2.2522, 50.7500}},
    {"Arras", "Arras", "Arras", "Atrecht", "Arras", "Arras", "Arras", "Arras", "アラス",
     {2.7775, 50.2910}},
    {"Cambrai", "Cambrai", "Cambrai", "Kamerijk", "Cambrai", "Cambrai", "Cambrai", "Cambrai", "カンブレー",
     {3.2345, 50.1760}},
    {"Douai", "Douai", "Douai", "Dowaai", "Douai", "Douai", "Douai", "Douai", "ドゥエー",
     {3.0800, 50.3714}},
    {"Valenciennes", "Valenciennes", "Valenciennes", "Valencijn", "Valenciennes", "Valenciennes", "Valenciennes", "Valenciennes", "ヴァランシエンヌ",
     {3.5235, 50.3570}},
    {"Béthune", "Béthune", "Béthune", "Betun", "Béthune", "Béthune", "Béthune", "Béthune", "ベテューヌ",
     {2.6408, 50.5303}},
    {"Bergues", "Bergues", "Bergues", "Sint-Winoksbergen", "Bergues", "Bergues", "Bergues", "Bergues", nullptr,
     {2.4327, 50.9680}},
    {"Bailleul", "Bailleul", "Bailleul", "Belle", "Bailleul", "Bailleul", "Bailleul", "Bailleul", nullptr,
     {2.7353, 50.7389}},
    {"Hazebrouck", "Hazebrouck", "Hazebrouck", "Hazebroek", "Hazebrouck", "Hazebrouck", "Hazebrouck", "Hazebrouck", nullptr,
     {2.5390, 50.7237}},
    {"Cassel", "Cassel", "Cassel", "Kassel", "Cassel", "Cassel", "Cassel", "Cassel", nullptr,
     {2.4864, 50.8006}},
    {"Gravelines", "Gravelines", "Gravelines", "Grevelingen", "Gravelines", "Gravelines", "Gravelines", "Gravelines", nullptr,
     {2.1280, 50.9866}},
    {"Armentières", "Armentières", "Armentières", "Armentiers", "Armentières", "Armentières", "Armentières", "Armentières", nullptr,
     {2.8806, 50.6883}},
    {"Tourcoing", "Tourcoing", "Tourcoing", "Toerkonje", "Tourcoing", "Tourcoing", "Tourcoing", "Tourcoing", "トゥールコワン",
     {3.1612, 50.7239}},
    {"Roubaix", "Roubaix", "Roubaix", "Robaais", "Roubaix", "Roubaix", "Roubaix", "Roubaix", "ルーベ",
     {3.1746, 50.6942}},
    {"Comines", "Comines", "Comines", "Komen", "Comines", "Comines", "Comines", "Comines", nullptr,
     {3.0061, 50.7651}},
    {"Paris", "Paris", "Paris", "Parijs", "Paris", "París", "Parigi", "Paryż", "パリ",
     {2.3522, 48.8566}},
    {"Strasbourg", "Strasbourg", "Strasbourg", "Straatsburg", "Straßburg", "Estrasburgo", "Strasburgo", "Strasburg", "ストラスブール",
     {7.7521, 48.5734}},
    {"Nice", "Nice", "Nice", "Nice", "Nizza", "Niza", "Nizza", "Nicea", "ニース",
     {7.2620, 43.7102}},
    // Belgium and Luxembourg.
    {"Bruxelles", "Bruxelles", "Brussels", "Brussel", "Brüssel", "Bruselas", "Bruxelles", "Bruksela", "ブリュッセル",
     {4.3525, 50.8467}},
    {"Brugge", "Bruges", "Bruges", "Brugge", "Brügge", "Brujas", "Bruges", "Brugia", "ブルージュ",
     {3.2247, 51.2093}},
    {"Gent", "Gand", "Ghent", "Gent", "Gent", "Gante", "Gand", "Gandawa", "ゲント",
     {3.7174, 51.0543}},
    {"Antwerpen", "Anvers", "Antwerp", "Antwerpen", "Antwerpen", "Amberes", "Anversa", "Antwerpia", "アントワープ",
     {4.4025, 51.2194}},
    {"Oostende", "Ostende", "Ostend", "Oostende", "Ostende", "Ostende", "Ostenda", "Ostenda", "オーステンデ",
     {2.9287, 51.2154}},
    {"De Panne", "La Panne", "De Panne", "De Panne", "De Panne", "De Panne", "De Panne", "De Panne", nullptr,
     {2.5917, 51.0997}},
    {"Veurne", "Furnes", "Veurne", "Veurne", "Veurne", "Veurne", "Veurne", "Veurne", nullptr,
     {2.6622, 51.0722}},
    {"Ieper", "Ypres", "Ypres", "Ieper", "Ypern", "Ypres", "Ypres", "Ypres", "イーペル",
     {2.8853, 50.8503}},
    {"Kortrijk", "Courtrai", "Kortrijk", "Kortrijk", "Kortrijk", "Kortrijk", "Kortrijk", "Kortrijk", "コルトレイク",
     {3.2649, 50.8280}},
    {"Mouscron", "Mouscron", "Mouscron", "Moeskroen", "Mouscron", "Mouscron", "Mouscron", "Mouscron", nullptr,
     {3.2142, 50.7446}},
    {"Tournai", "Tournai", "Tournai", "Doornik", "Tournai", "Tournai", "Tournai", "Tournai", "トゥルネー",
     {3.3878, 50.6056}},
    {"Mons", "Mons", "Mons", "Bergen", "Mons", "Mons", "Mons", "Mons", "モンス",
     {3.9523, 50.4542}},
    {"Namur", "Namur", "Namur", "Namen", "Namur", "Namur", "Namur", "Namur", "ナミュール",
     {4.8671, 50.4674}},
    {"Liège", "Liège", "Liège", "Luik", "Lüttich", "Lieja", "Liegi", "Liège", "リエージュ",
     {5.5797, 50.6326}},
    {"Arlon", "Arlon", "Arlon", "Aarlen", "Arel", "Arlon", "Arlon", "Arlon", nullptr,
     {5.8167, 49.6833}},
    {"Luxembourg", "Luxembourg", "Luxembourg", "Luxemburg", "Luxemburg", "Luxemburgo", "Lussemburgo", "Luksemburg", "ルクセンブルク",
     {6.1296, 49.6116}},
    // The Netherlands, Germany, Britain, Switzerland, Italy, Spain.
    {"Den Haag", "La Haye", "The Hague", "Den Haag", "Den Haag", "La Haya", "L'Aia", "Haga", "ハーグ",
     {4.3007, 52.0705}},
    {"Groningen", "Groningue", "Groningen", "Groningen", "Groningen", "Groninga", "Groninga", "Groningen", "フローニンゲン",
     {6.5665, 53.2194}},
    {"Aachen", "Aix-la-Chapelle", "Aachen", "Aken", "Aachen", "Aquisgrán", "Aquisgrana", "Akwizgran", "アーヘン",
     {6.0839, 50.7753}},
    {"Köln", "Cologne", "Cologne", "Keulen", "Köln", "Colonia", "Colonia", "Kolonia", "ケルン",
     {6.9603, 50.9375}},
    {"Frankfurt am Main", "Francfort-sur-le-Main", "Frankfurt am Main", "Frankfurt am Main", "Frankfurt am Main", "Fráncfort del Meno", "Francoforte sul Meno", "Frankfurt nad Menem", "フランクフルト・アム・マイン",
     {8.6821, 50.1109}},
    {"Freiburg im Breisgau", "Fribourg-en-Brisgau", "Freiburg im Breisgau", "Freiburg im Breisgau",
     "Freiburg im Breisgau", "Friburgo de Brisgovia", "Friburgo in Brisgovia", "Fryburg Bryzgowijski", "フライブルク・イム・ブライスガウ",
     {7.8421, 47.9990}},
    {"Saarbrücken", "Sarrebruck", "Saarbrücken", "Saarbrücken", "Saarbrücken", "Saarbrücken", "Saarbrücken", "Saarbrücken", "ザールブリュッケン",
     {6.9969, 49.2402}},
    {"London", "Londres", "London", "Londen", "London", "Londres", "Londra", "Londyn", "ロンドン",
     {-0.1276, 51.5072}},
    {"Dover", "Douvres", "Dover", "Dover", "Dover", "Dover", "Dover", "Dover", "ドーバー",
     {1.3134, 51.1279}},
    {"Canterbury", "Cantorbéry", "Canterbury", "Canterbury", "Canterbury", "Canterbury", "Canterbury", "Canterbury", "カンタベリー",
     {1.0800, 51.2802}},
    {"Basel", "Bâle", "Basel", "Bazel", "Basel", "Basilea", "Basilea", "Bazylea", "バーゼル",
     {7.5886, 47.5596}},
    {"Genève", "Genève", "Geneva", "Genève", "Genf", "Ginebra", "Ginevra", "Genewa", "ジュネーヴ",
     {6.1480, 46.2010}},
    {"Zürich", "Zurich", "Zurich", "Zürich", "Zürich", "Zúrich", "Zurigo", "Zurych", "チューリッヒ",
     {8.5417, 47.3769}},
    {"Bern", "Berne", "Bern", "Bern", "Bern", "Berna", "Berna", "Berno", "ベルン",
     {7.4474, 46.9480}},
    {"Milano", "Milan", "Milan", "Milaan", "Mailand", "Milán", "Milano", "Mediolan", "ミラノ",
     {9.1900, 45.4642}},
    {"Torino", "Turin", "Turin", "Turijn", "Turin", "Turín", "Torino", "Turyn", "トリノ",
     {7.6869, 45.0703}},
    {"Genova", "Gênes", "Genoa", "Genua", "Genua", "Génova", "Genova", "Genua", "ジェノヴァ",
     {8.9463, 44.4056}},
    {"Barcelona", "Barcelone", "Barcelona", "Barcelona", "Barcelona", "Barcelona", "Barcellona", "Barcelona", "バルセロナ",
     {2.1734, 41.3851}},
};

}  // namespace

namespace {

// The name of e in lang; null when the table has none or knows not the language.
const char* name_in(const Exonym& e, std::string_view lang) {
    return lang == "fr"   ? e.fr
                          : lang == "en" ? e.en
                          : lang == "nl" ? e.nl
                          : lang == "de" ? e.de
                          : lang == "es" ? e.es
                          : lang == "it" ? e.it
                          : lang == "pl" ? e.pl
                          : lang == "ja" ? e.ja
                                         : nullptr;
}

}  // namespace

std::string town_name(std::string_view name, std::string_view lang, const LonLat* at) {
    for (const Exonym& e : kExonyms) {
        if (name != e.local && name != e.fr) continue;
        if (at && distance_m(at->lat, at->lon, e.pos.lat, e.pos.lon) > kSameTownM) continue;
        const char* out = name_in(e, lang);
        return out ? std::string(out) : std::string(name);
    }
    return std::string(name);
}

std::string town_names_in(std::string_view lang) {
    std::string all;
    for (const Exonym& e : kExonyms)
        if (const char* n = name_in(e, lang)) (all += n) += '\n';
    return all;
}

}  // namespace kiosk

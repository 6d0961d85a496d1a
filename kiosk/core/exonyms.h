// Town names in the visitor's language. The base map names towns as their inhabitants do
// (Brugge, Köln, London) and the pack as the French export does (Lille, Dunkerque); a visitor
// reads the name their own language uses where one is in real use: Bruges for a French or
// English visitor, Brügge for a German one, Rijsel for a Dutch one.
#pragma once

#include <string>
#include <string_view>

#include "core/map_data.h"

namespace kiosk {

// `name` in `lang` ("fr", "en", "nl", "de", "es", "it", "pl", "ja"), or `name` itself when the table has no other name
// for it, or the language is another. `name` may be the local form (the base map's) or the
// French one (the pack's). When `at` is given (the town's or item's position), a name is only
// translated for the town it stands for: a Bailleul in the Somme is not the Bailleul of French
// Flanders that Dutch calls Belle, and a French Mons is not Belgian Mons (Bergen).
std::string town_name(std::string_view name, std::string_view lang, const LonLat* at = nullptr);

// Every name the table gives in `lang`, one a line: the characters the font atlas must hold
// for that language (the katakana of the Japanese names are in no UI string nor pack).
std::string town_names_in(std::string_view lang);

}  // namespace kiosk

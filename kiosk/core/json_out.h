// A minimal JSON writer for the kiosk's state dumps and the pack tool's reports.
#pragma once

#include <string>
#include <string_view>

namespace kiosk {

// Quotes and escapes s as a JSON string (UTF-8 passes through; control bytes are escaped).
std::string json_quote(std::string_view s);

}  // namespace kiosk

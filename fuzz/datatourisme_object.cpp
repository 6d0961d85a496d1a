// One DATAtourisme object file, as kiosk-pack reads it from an export: parse_object must turn
// any bytes into an item or a refusal (false with a warning), never crash.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "publish/export_model.h"

using namespace kiosk::publish;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string json(reinterpret_cast<const char*>(data), size);
    ExportItem item;
    std::vector<Warning> warnings;
    if (parse_object("f/f1/fuzz.json", json, item, warnings)) {
        // What the pack writer does next with a parsed item.
        classify_object(item.types, item.themes, item.title);
        for (const std::string& t : item.types) type_category(t);
    }
    for (const Warning& w : warnings) w.to_line();
    return 0;
}

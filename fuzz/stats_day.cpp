// The statistics files kiosk-stats reads from kiosks, a USB stick or an upload server: a day file
// ("kiosk-stats-day/1"), a heartbeat and a WebDAV PROPFIND listing, all outside input. The same
// bytes go to the three readers; what is accepted is merged and rendered as the report would
// be, so the HTML and CSV writers see hostile titles, terms and counts too. Nothing may crash,
// hang or read out of bounds; a refusal is a kiosk::Error.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/error.h"
#include "fleet/fleet_data.h"
#include "fleet/fleet_report.h"
#include "fleet/fleet_source.h"

using namespace kiosk::fleet;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    Fleet fleet;
    try {
        DayFile d = parse_day_file(text, "fuzz");
        DayFile copy = d;
        copy.complete = !copy.complete;
        fleet.add(std::move(d));
        fleet.add(std::move(copy));  // the duplicate path
    } catch (const kiosk::Error&) {
    }
    try {
        fleet.add(parse_heartbeat(text, "fuzz"));
    } catch (const kiosk::Error&) {
    }
    for (const DavEntry& e : parse_propfind(text, "/fleet/")) (void)valid_kiosk_id(e.name);
    (void)parse_hour(text);
    const FleetSummary s = summarize(fleet, kiosk::Date{2026, 12, 7}, 5);
    ReportContext ctx;
    ctx.warnings.push_back(text.substr(0, 200));
    (void)render_html(s, ctx);
    (void)render_csv(fleet);
    return 0;
}

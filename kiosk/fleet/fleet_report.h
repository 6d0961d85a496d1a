// The fleet report kiosk-stats writes: one self-contained HTML file (inline CSS and SVG charts,
// no script, font or picture from elsewhere, so it can be mailed, opened offline, printed or
// read on a phone) and a CSV with one row per kiosk and day.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "fleet/fleet_data.h"

namespace kiosk::fleet {

struct ReportContext {
    std::vector<std::string> sources;        // as given on the command line
    std::vector<std::string> warnings;       // files skipped and sources not read, one line each
    std::vector<std::string> failed_sources; // sources that could not be listed at all
};

// Text for HTML content or a quoted attribute: & < > " ' escaped. Every string that came from a
// file or a server goes through here before it reaches the page.
std::string html_escape(std::string_view s);

std::string render_html(const FleetSummary& s, const ReportContext& ctx);

// The CSV's columns, in order, as --help and the README document them.
extern const char* const kCsvColumnsHelp;
// UTF-8 with a byte-order mark, RFC 4180, CRLF; one row per kept (kiosk, day), by kiosk then day.
std::string render_csv(const Fleet& fleet);

}  // namespace kiosk::fleet

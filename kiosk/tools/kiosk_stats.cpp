// kiosk-stats: merges the statistics files that kiosks upload (or staff carry on a USB stick)
// into one report for the whole fleet: a self-contained HTML page and a CSV.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <string>
#include <vector>

#include "core/dates.h"
#include "core/durable_file.h"
#include "core/error.h"
#include "fleet/fleet_data.h"
#include "fleet/fleet_report.h"
#include "fleet/fleet_source.h"
#include "tools/exit_codes.h"

namespace {

using kiosk::ErrorKind;

int code_for(ErrorKind k) { return kiosk::tools::exit_code_for(kiosk::tools::kiosk_stats_exits(), k); }
const std::string kExitHelp = kiosk::tools::exit_help(kiosk::tools::kiosk_stats_exits());

int write_out(const std::string& path, const std::string& text) {
    std::string err;
    if (!kiosk::write_file_durably(path, text, err)) {
        std::fprintf(stderr, "kiosk-stats: %s\n", err.c_str());
        return code_for(ErrorKind::IoError);
    }
    return 0;
}

int run_report(const std::vector<std::string>& sources, const std::string& html_path, const std::string& csv_path,
               const std::string& now_text, std::size_t top_n, long timeout_s, bool quiet) {
    using namespace kiosk::fleet;
    kiosk::Date now = kiosk::now_local().date;
    if (!now_text.empty()) {
        auto d = kiosk::parse_date(now_text);
        if (!d || now_text.size() != 10 || kiosk::to_iso(*d) != now_text) {
            std::fprintf(stderr, "kiosk-stats: --now must be a YYYY-MM-DD date, not \"%s\"\n", now_text.c_str());
            return code_for(ErrorKind::Usage);
        }
        now = *d;
    }
    Fleet fleet;
    ReportContext ctx;
    SourceOptions opt;
    opt.timeout_s = timeout_s;
    std::size_t day_files = 0, skipped = 0;
    for (const std::string& src : sources) {
        const std::string shown = shown_url(src);
        ctx.sources.push_back(shown);
        SourceResult r = read_source(src, fleet, [&](const std::string& line) {
            std::fprintf(stderr, "warning: %s\n", line.c_str());
            ctx.warnings.push_back(line);
        }, opt);
        if (!r.listed) {
            std::fprintf(stderr, "kiosk-stats: cannot read %s\n", r.why.c_str());
            ctx.failed_sources.push_back(r.why);
        }
        day_files += r.day_files;
        skipped += r.skipped;
        if (!quiet && r.listed)
            std::printf("%s: %zu day files, %zu heartbeats, %zu skipped\n", shown.c_str(), r.day_files, r.heartbeats, r.skipped);
    }
    const FleetSummary s = summarize(fleet, now, top_n);
    if (int rc = write_out(html_path, render_html(s, ctx))) return rc;
    if (!csv_path.empty())
        if (int rc = write_out(csv_path, render_csv(fleet))) return rc;
    if (!quiet) {
        std::size_t stale = 0;
        for (const auto& k : s.kiosks) stale += k.stale ? 1 : 0;
        std::printf("%s: %zu kiosks (%zu stale), %zu days, %lld visits; %zu day files read, %lld copies set aside, %zu files skipped\n",
                    html_path.c_str(), s.kiosks.size(), stale, fleet.days().size(), static_cast<long long>(s.visits), day_files,
                    static_cast<long long>(s.copies_set_aside), skipped);
    }
    return ctx.failed_sources.empty() ? 0 : code_for(ErrorKind::Unreachable);
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"kiosk-stats: merge the statistics of a fleet of kiosks into one HTML report and a CSV"};
    app.require_subcommand(1);
    app.footer(kExitHelp);

    std::vector<std::string> sources;
    std::string html_path, csv_path, now_text;
    std::size_t top_n = 15;
    long timeout_s = 20;
    bool quiet = false;
    auto* report = app.add_subcommand("report", "Read every SOURCE and write the report");
    report->add_option("SOURCE", sources,
                       "A folder (<kiosk-id>/days/YYYY-MM-DD.json and <kiosk-id>/heartbeat.json, one kiosk's folder, "
                       "or a USB statistics export holding kiosk-stats/), or the http(s):// URL of the upload folder "
                       "on a WebDAV server (listed with PROPFIND; credentials from ~/.netrc)")
        ->required();
    report->add_option("-o,--output", html_path, "The HTML report to write (one self-contained file)")->required();
    report->add_option("--csv", csv_path, "Also write a CSV, one row per kiosk and day");
    report->add_option("--now", now_text, "The report's day, YYYY-MM-DD (default: today): kiosks silent for more than 2 days before it are stale");
    report->add_option("--top", top_n, "Items shown in 'Items opened most'")->check(CLI::Range(1, 500))->capture_default_str();
    report->add_option("--timeout", timeout_s, "Seconds to connect, and to wait on a stalled transfer")->check(CLI::Range(1, 600))->capture_default_str();
    report->add_flag("-q,--quiet", quiet, "Print warnings only");
    report->footer(std::string("Each (kiosk, day) counts once: of several copies the complete one is kept, then the one with more "
                               "visits, then the newest. A file that is unreadable, malformed or foreign is skipped with a warning.\n"
                               "CSV columns: ") + kiosk::fleet::kCsvColumnsHelp + ".\n" + kExitHelp);
    CLI11_PARSE(app, argc, argv);
    try {
        return run_report(sources, html_path, csv_path, now_text, top_n, timeout_s, quiet);
    } catch (const std::exception& e) {
        const auto* err = dynamic_cast<const kiosk::Error*>(&e);
        std::fprintf(stderr, "kiosk-stats: %s\n", e.what());
        return code_for(err ? err->kind() : ErrorKind::Internal);
    }
}

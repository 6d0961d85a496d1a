// kiosk-pack: turns a DATAtourisme flux into a content pack, and describes packs.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <fstream>
#include <iostream>

#include "core/json_out.h"
#include "core/pack_reader.h"
#include "sync/pack_writer.h"

namespace {

// Distinct exit codes so scripts can tell what went wrong without parsing messages.
enum Exit : int {
    kOk = 0,
    kUsage = 1,        // CLI11 uses this for bad arguments
    kBadInput = 2,     // the flux cannot be read
    kCannotWrite = 3,  // the pack cannot be written
    kBadPack = 4,      // a pack given to info is refused
};

int run_build(const std::string& input, const std::string& output, const kiosk::sync::BuildOptions& opt,
              const std::string& report_path, bool quiet) {
    using namespace kiosk::sync;
    std::unique_ptr<ExportSource> src;
    try {
        src = ExportSource::open(input);
    } catch (const ExportError& e) {
        std::fprintf(stderr, "kiosk-pack: %s\n", e.what());
        return kBadInput;
    }
    BuildReport rep;
    try {
        rep = build_pack(*src, output, opt);
    } catch (const ExportError& e) {
        std::fprintf(stderr, "kiosk-pack: %s\n", e.what());
        return kBadInput;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "kiosk-pack: %s\n", e.what());
        return kCannotWrite;
    }
    if (!quiet) {
        for (const auto& w : rep.warnings) std::fprintf(stderr, "warning: %s\n", w.to_line().c_str());
        std::printf("%s: %zu objects read, %zu kept (%d sites, %d belfries, %d events), %zu not for the kiosk; "
                    "images: %zu stored, %zu failed; %zu warnings; %.2f s\n",
                    output.c_str(), rep.objects_read, rep.items_kept, rep.per_kind["site"], rep.per_kind["belfry"],
                    rep.per_kind["event"], rep.skipped_not_for_kiosk, rep.images_stored, rep.images_failed,
                    rep.warnings.size(), rep.seconds);
    }
    if (!report_path.empty()) {
        std::ofstream f(report_path);
        f << "{\"pack\":" << kiosk::json_quote(output) << ",\"objects_read\":" << rep.objects_read
          << ",\"items_kept\":" << rep.items_kept << ",\"skipped_not_for_kiosk\":" << rep.skipped_not_for_kiosk
          << ",\"images_stored\":" << rep.images_stored << ",\"images_failed\":" << rep.images_failed
          << ",\"per_kind\":{";
        bool first = true;
        for (const auto& [k, n] : rep.per_kind) {
            f << (first ? "" : ",") << kiosk::json_quote(k) << ":" << n;
            first = false;
        }
        f << "},\"seconds\":" << rep.seconds << ",\"warnings\":[";
        for (size_t i = 0; i < rep.warnings.size(); ++i)
            f << (i ? "," : "") << "{\"file\":" << kiosk::json_quote(rep.warnings[i].file)
              << ",\"field\":" << kiosk::json_quote(rep.warnings[i].field)
              << ",\"message\":" << kiosk::json_quote(rep.warnings[i].message) << "}";
        f << "]}\n";
    }
    return kOk;
}

int run_info(const std::string& path) {
    try {
        auto pack = kiosk::Pack::open(path);
        for (const auto& [k, v] : pack->meta()) std::printf("%-20s %s\n", k.c_str(), v.c_str());
        return kOk;
    } catch (const kiosk::PackError& e) {
        std::fprintf(stderr, "kiosk-pack: %s\n", e.what());
        return kBadPack;
    }
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"kiosk-pack: build and inspect content packs for the visitor-information kiosk"};
    app.require_subcommand(1);

    std::string input, output = "default.pack", report;
    kiosk::sync::BuildOptions opt;
    bool quiet = false;
    auto* build = app.add_subcommand("build", "Build a pack from a DATAtourisme flux (directory or .zip)");
    build->add_option("input", input, "Flux directory or .zip holding index.json and objects/")->required();
    build->add_option("-o,--output", output, "Pack file to write")->capture_default_str();
    build->add_option("--pack-id", opt.pack_id, "Pack identifier")->capture_default_str();
    build->add_option("--pack-version", opt.pack_version, "Pack version (monotonic integer)")->capture_default_str();
    build->add_option("--build-time", opt.build_time, "Build time to record (ISO UTC; default: now)");
    build->add_option("--region", opt.region, "Region name")->capture_default_str();
    build->add_option("--report", report, "Write a JSON report of the build to this file");
    build->add_flag("-q,--quiet", quiet, "Print nothing but errors");

    std::string info_path;
    auto* info = app.add_subcommand("info", "Print a pack's metadata");
    info->add_option("pack", info_path, "Pack file")->required();

    CLI11_PARSE(app, argc, argv);
    if (*build) return run_build(input, output, opt, report, quiet);
    if (*info) return run_info(info_path);
    return kUsage;
}

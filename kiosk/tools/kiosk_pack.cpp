// kiosk-pack: turns a DATAtourisme flux into a content pack, and describes packs.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <iostream>
#include <sstream>

#include "core/durable_file.h"
#include "core/json_out.h"
#include "core/kinds.h"
#include "core/manifest.h"
#include "core/map_data.h"
#include "core/pack_reader.h"
#include "core/route.h"
#include "install/delta.h"
#include "install/verify.h"
#include "publish/delta_make.h"
#include "publish/pack_writer.h"
#include "publish/publish.h"
#include "publish/signing.h"
#include "tools/exit_codes.h"
#include "tools/progress_bar.h"

#include <unistd.h>

namespace {

using kiosk::ErrorKind;

// Exit codes come from one table (kiosk/tools/exit_codes.h), by the kind of the error.
int code_for(ErrorKind k) { return kiosk::tools::exit_code_for(kiosk::tools::kiosk_pack_exits(), k); }
constexpr int kOk = 0;
const int kUsage = code_for(ErrorKind::Usage);
const std::string kExitHelp = kiosk::tools::exit_help(kiosk::tools::kiosk_pack_exits());

// "site 3, belfry 1, event 2" style counts of the kinds kept, in a fixed order.
std::string kinds_line(const kiosk::publish::BuildReport& rep) {
    std::string out;
    for (std::string_view k : kiosk::kKinds) {
        auto it = rep.per_kind.find(std::string(k));
        if (it == rep.per_kind.end() && !kiosk::base_kind(k)) continue;
        out += (out.empty() ? "" : ", ") + std::string(k) + " " + std::to_string(it == rep.per_kind.end() ? 0 : it->second);
    }
    return out;
}

// Every failure of a command ends here: one line on stderr, the code of its kind.
int fail(const std::exception& e) {
    const auto* err = dynamic_cast<const kiosk::Error*>(&e);
    std::fprintf(stderr, "kiosk-pack: %s\n", e.what());
    return code_for(err ? err->kind() : ErrorKind::Internal);
}

int refuse(ErrorKind kind, const std::string& why) {
    std::fprintf(stderr, "kiosk-pack: refused: %s\n", why.c_str());
    return code_for(kind);
}

// build --sign is a post-step on a finished pack; kept apart from BuildOptions because the
// pack writer has nothing to do with keys.
struct SignRequest {
    std::string key;       // secret key file; empty = do not sign
    std::string manifest;  // default: <pack>.manifest.json
    int expires_days = 365;
};

std::string default_manifest_path(const std::string& pack) { return pack + ".manifest.json"; }

int sign_built_pack(const std::string& pack, const SignRequest& sign, bool quiet) {
    const std::string manifest = sign.manifest.empty() ? default_manifest_path(pack) : sign.manifest;
    try {
        auto s = kiosk::publish::write_signed_manifest(pack, manifest, sign.key, sign.expires_days);
        if (!quiet)
            std::printf("%s: signed by key %s, version %lld, expires %s\n", manifest.c_str(), s.manifest.key_id.c_str(),
                        static_cast<long long>(s.manifest.version), s.manifest.expires.c_str());
        return kOk;
    } catch (const std::exception& e) {
        return fail(e);
    }
}

int run_build(const std::string& input, const std::string& output, kiosk::publish::BuildOptions opt, const SignRequest& sign,
              const std::string& report_path, bool quiet) {
    using namespace kiosk::publish;
    std::unique_ptr<ExportSource> src;
    try {
        src = ExportSource::open(input);
    } catch (const std::exception& e) {
        return fail(e);
    }
    kiosk::tools::ProgressBar bar([](std::uint64_t done, std::uint64_t total) {
        return std::to_string(done) + "/" + std::to_string(total) + " objects";
    });
    if (!quiet) opt.progress = [&bar](std::size_t done, std::size_t total) { bar.update(done, total); };
    BuildReport rep;
    try {
        rep = build_pack(*src, output, opt);
    } catch (const std::exception& e) {
        bar.clear();
        return fail(e);
    }
    bar.clear();
    if (!quiet) {
        for (const auto& w : rep.warnings) std::fprintf(stderr, "warning: %s\n", w.to_line().c_str());
        std::printf("%s: %zu objects listed, %zu read, %zu reused from the previous pack, %zu refused, %zu missing\n"
                    "  kept %zu (%s); skipped %zu not for the kiosk, %zu outside the selection; %zu same places merged\n"
                    "  images: %zu stored, %zu fetched, %zu from cache, %zu failed\n"
                    "  texts repaired: %zu with HTML, %zu with character references, %zu with mojibake\n"
                    "  %zu warnings; build time %s; %.2f s\n",
                    output.c_str(), rep.objects_listed, rep.objects_read, rep.objects_reused, rep.objects_refused,
                    rep.objects_missing, rep.items_kept, kinds_line(rep).c_str(), rep.skipped_not_for_kiosk,
                    rep.skipped_by_selection, rep.places_merged, rep.images_stored,
                    rep.images_fetched, rep.images_cached, rep.images_failed, rep.text_repairs.html,
                    rep.text_repairs.entities, rep.text_repairs.mojibake, rep.warnings.size(),
                    rep.build_time.c_str(), rep.seconds);
        // Pictures left out, one count per reason, then the hosts given up: what an office
        // needs to know whether to wait for a server, fix links or renew rights.
        std::string why;
        for (const auto& [key, label] : kImageReasons) {
            auto it = rep.images_not_shipped.find(key);
            if (it == rep.images_not_shipped.end() || !it->second) continue;
            why += std::string(why.empty() ? "" : "; ") + std::to_string(it->second) + " " + label;
        }
        if (!why.empty()) std::printf("  pictures not shipped: %s\n", why.c_str());
        if (const RouteCounts& rc = rep.routes; rc.routes)
            std::printf("  routes: %zu kept; steps %zu resolved to items, %zu named points, %zu dropped; paths %zu from the"
                        " export, %zu straight legs between steps, %zu none\n",
                        rc.routes, rc.steps_resolved, rc.steps_named, rc.steps_dropped, rc.paths_from_export,
                        rc.paths_straight, rc.paths_none);
        if (rep.objects_rechecked)
            std::printf("  %zu unchanged objects parsed again to retry their pictures\n", rep.objects_rechecked);
        for (const auto& h : rep.image_hosts_given_up) {
            const std::string when = h.retry_after.empty() ? "by the next build" : "after " + h.retry_after;
            std::printf("  picture host given up%s: %s (%s), %zu%s picture(s) not requested; asked again %s\n",
                        h.from_cache ? " (failed in an earlier build)" : "", h.host.c_str(), h.reason.c_str(),
                        h.skipped, h.from_cache ? "" : " more", when.c_str());
        }
    }
    if (!report_path.empty()) {
        std::ofstream f(report_path);
        f << "{\"pack\":" << kiosk::json_quote(output) << ",\"objects_listed\":" << rep.objects_listed
          << ",\"objects_read\":" << rep.objects_read << ",\"objects_reused\":" << rep.objects_reused
          << ",\"objects_refused\":" << rep.objects_refused << ",\"objects_missing\":" << rep.objects_missing
          << ",\"incremental\":" << (rep.incremental ? "true" : "false")
          << ",\"items_kept\":" << rep.items_kept << ",\"skipped_not_for_kiosk\":" << rep.skipped_not_for_kiosk
          << ",\"skipped_by_selection\":" << rep.skipped_by_selection << ",\"duplicates\":" << rep.duplicates
          << ",\"places_merged\":" << rep.places_merged
          << ",\"images_stored\":" << rep.images_stored << ",\"images_fetched\":" << rep.images_fetched
          << ",\"images_cached\":" << rep.images_cached << ",\"images_failed\":" << rep.images_failed
          << ",\"objects_rechecked\":" << rep.objects_rechecked
          << ",\"routes\":{\"kept\":" << rep.routes.routes << ",\"steps_resolved\":" << rep.routes.steps_resolved
          << ",\"steps_named\":" << rep.routes.steps_named << ",\"steps_dropped\":" << rep.routes.steps_dropped
          << ",\"paths_from_export\":" << rep.routes.paths_from_export << ",\"paths_straight\":" << rep.routes.paths_straight
          << ",\"paths_none\":" << rep.routes.paths_none << "}"
          << ",\"images_not_shipped\":{";
        for (std::size_t i = 0; i < std::size(kImageReasons); ++i) {
            auto it = rep.images_not_shipped.find(kImageReasons[i].first);
            f << (i ? "," : "") << kiosk::json_quote(kImageReasons[i].first) << ":"
              << (it == rep.images_not_shipped.end() ? 0 : it->second);
        }
        f << "},\"image_hosts_given_up\":[";
        for (std::size_t i = 0; i < rep.image_hosts_given_up.size(); ++i) {
            const auto& h = rep.image_hosts_given_up[i];
            f << (i ? "," : "") << "{\"host\":" << kiosk::json_quote(h.host) << ",\"reason\":" << kiosk::json_quote(h.reason)
              << ",\"from_cache\":" << (h.from_cache ? "true" : "false")
              << ",\"retry_after\":" << kiosk::json_quote(h.retry_after) << ",\"skipped\":" << h.skipped << "}";
        }
        f << "]"
          << ",\"text_repairs\":{\"html\":" << rep.text_repairs.html << ",\"entities\":" << rep.text_repairs.entities
          << ",\"mojibake\":" << rep.text_repairs.mojibake << "}"
          << ",\"build_time\":" << kiosk::json_quote(rep.build_time) << ",\"per_kind\":{";
        bool first = true;
        for (const auto& [k, n] : rep.per_kind) {
            f << (first ? "" : ",") << kiosk::json_quote(k) << ":" << n;
            first = false;
        }
        f << "},\"per_class\":{";
        first = true;
        for (const auto& [cls, c] : rep.per_class) {
            f << (first ? "" : ",") << kiosk::json_quote(cls) << ":{\"kind\":" << kiosk::json_quote(c.kind)
              << ",\"kept\":" << c.kept << ",\"dropped\":" << c.dropped << ",\"reason\":" << kiosk::json_quote(c.reason)
              << "}";
            first = false;
        }
        f << "},\"fidelity\":{";
        first = true;
        for (const auto& [kind, fields] : rep.fidelity) {
            f << (first ? "" : ",") << kiosk::json_quote(kind) << ":{";
            bool first_field = true;
            for (const auto& [field, c] : fields) {
                f << (first_field ? "" : ",") << kiosk::json_quote(field) << ":{\"export\":" << c.in_export
                  << ",\"pack\":" << c.in_pack << "}";
                first_field = false;
            }
            f << "}";
            first = false;
        }
        f << "},\"repairs\":[";
        for (size_t i = 0; i < rep.repairs.size(); ++i)
            f << (i ? "," : "") << "{\"file\":" << kiosk::json_quote(rep.repairs[i].file)
              << ",\"id\":" << kiosk::json_quote(rep.repairs[i].id) << ",\"what\":" << kiosk::json_quote(rep.repairs[i].what)
              << ",\"count\":" << rep.repairs[i].count << "}";
        f << "],\"seconds\":" << rep.seconds << ",\"warnings\":[";
        for (size_t i = 0; i < rep.warnings.size(); ++i)
            f << (i ? "," : "") << "{\"file\":" << kiosk::json_quote(rep.warnings[i].file)
              << ",\"id\":" << kiosk::json_quote(rep.warnings[i].id)
              << ",\"field\":" << kiosk::json_quote(rep.warnings[i].field)
              << ",\"message\":" << kiosk::json_quote(rep.warnings[i].message) << "}";
        f << "]}\n";
        if (!f) {
            std::fprintf(stderr, "kiosk-pack: cannot write report %s\n", report_path.c_str());
            return code_for(ErrorKind::IoError);
        }
    }
    if (!sign.key.empty()) return sign_built_pack(output, sign, quiet);
    return kOk;
}


// info shows the manifest next to a pack without checking its signature (no key is given);
// verify is the command that checks.
void print_manifest_next_to(const std::string& pack) {
    const std::string path = default_manifest_path(pack);
    std::string bytes;
    if (!kiosk::read_small_file(path, kiosk::kMaxManifestBytes, bytes)) return;
    kiosk::Manifest m;
    std::string why;
    if (!kiosk::parse_manifest(bytes, m, why)) {
        std::printf("%-20s malformed: %s\n", "manifest", why.c_str());
        return;
    }
    std::printf("%-20s %s\n", "manifest", path.c_str());
    std::printf("%-20s %s\n", "manifest_pack_id", m.pack_id.c_str());
    std::printf("%-20s %lld\n", "manifest_version", static_cast<long long>(m.version));
    std::printf("%-20s %s\n", "manifest_pack_file", m.pack_file.c_str());
    std::printf("%-20s %lld\n", "manifest_size", static_cast<long long>(m.size));
    std::printf("%-20s %s\n", "manifest_sha256", m.sha256.c_str());
    std::printf("%-20s %s\n", "manifest_published", m.published.c_str());
    std::printf("%-20s %s\n", "manifest_expires", m.expires.c_str());
    std::printf("%-20s %zu\n", "manifest_deltas", m.deltas.size());
    for (const auto& d : m.deltas)
        std::printf("%-20s from %lld: %s %lld bytes %s\n", "manifest_delta", static_cast<long long>(d.from_version),
                    d.file.c_str(), static_cast<long long>(d.size), d.sha256.c_str());
    std::printf("%-20s %s (not checked here: use verify --key)\n", "manifest_key_id", m.key_id.c_str());
}

int run_keygen(const std::string& secret, const std::string& pub) {
    try {
        const auto k = kiosk::publish::generate_keypair(secret, pub);
        std::printf("key %s: secret key in %s (mode 0600, keep it off the kiosks), public key in %s\n",
                    k.key_id.c_str(), secret.c_str(), pub.c_str());
        return kOk;
    } catch (const std::exception& e) {
        return fail(e);
    }
}

// The installer's own checks (install/verify.h), in the installer's order: signature by a
// trusted key, expiry and file names, then the pack's size, hash, integrity and identity.
int run_verify(const std::string& pack_path, std::string manifest_path, const std::vector<std::string>& key_paths) {
    std::vector<kiosk::PublicKey> trusted;
    if (std::string err; !kiosk::load_public_keys(key_paths, trusted, err)) {
        std::fprintf(stderr, "kiosk-pack: %s\n", err.c_str());
        return code_for(ErrorKind::Unreadable);
    }
    if (manifest_path.empty()) manifest_path = default_manifest_path(pack_path);
    std::string bytes, sig;
    if (!kiosk::read_small_file(manifest_path, kiosk::kMaxManifestBytes, bytes))
        return refuse(ErrorKind::NotFound, "no manifest at " + manifest_path);
    if (!kiosk::read_small_file(manifest_path + ".sig", 4096, sig))
        return refuse(ErrorKind::BadSignature, "no signature at " + manifest_path + ".sig");
    try {
        const kiosk::Manifest m =
            kiosk::install::verify_signed_manifest(bytes, sig, trusted, static_cast<std::int64_t>(std::time(nullptr)));
        kiosk::install::verify_pack(pack_path, m);
        std::printf("OK %s version %lld\n", m.pack_id.c_str(), static_cast<long long>(m.version));
        return kOk;
    } catch (const kiosk::Error& e) {
        return refuse(e.kind(), e.what());
    }
}

// The two halves of a channel's delta, on their own: what publish makes, and what a kiosk
// (install, kiosk-sync) does with it, so a delta can be looked at and its apply timed.
int run_delta(const std::string& old_pack, const std::string& new_pack, const std::string& out) {
    try {
        const auto info = kiosk::publish::make_delta(old_pack, new_pack, out);
        std::printf("%s: %lld bytes, %lld row changes\n", out.c_str(), static_cast<long long>(info.bytes),
                    static_cast<long long>(info.changes));
    } catch (const std::exception& e) {
        return fail(e);
    }
    return kOk;
}

int run_apply_delta(const std::string& base, const std::string& delta, const std::string& out) {
    try {
        kiosk::install::apply_delta(base, delta, out);
    } catch (const std::exception& e) {
        return fail(e);
    }
    return kOk;
}

int run_publish(const std::string& pack, const kiosk::publish::PublishOptions& opt) {
    kiosk::publish::PublishReport rep;
    try {
        rep = kiosk::publish::publish_pack(pack, opt);
    } catch (const kiosk::publish::NotNewerError& e) {
        return refuse(e.kind(), e.what());
    } catch (const std::exception& e) {
        return fail(e);
    }
    const kiosk::Manifest& m = rep.manifest;
    std::printf("%s: published %s version %lld, %s (%lld bytes), expires %s\n", opt.channel.c_str(), m.pack_id.c_str(),
                static_cast<long long>(m.version), m.pack_file.c_str(), static_cast<long long>(m.size), m.expires.c_str());
    for (const auto& d : rep.deltas) {
        if (!d.dropped.empty()) {
            std::fprintf(stderr, "warning: delta from version %lld dropped: %s\n", static_cast<long long>(d.from_version),
                         d.dropped.c_str());
            continue;
        }
        std::printf("  delta from version %lld: %s, %lld bytes (%.1f%% of the pack), %lld row changes\n",
                    static_cast<long long>(d.from_version), d.file.c_str(), static_cast<long long>(d.bytes),
                    100.0 * static_cast<double>(d.bytes) / static_cast<double>(m.size), static_cast<long long>(d.changes));
    }
    for (const auto& f : rep.removed) std::printf("  removed %s\n", f.c_str());
    return kOk;
}

// The fidelity meta value ("site:title=46/46,hours=40/42;event:...") as one line per kind,
// with what was lost called out: "site      title 46/46 · hours 40/42 (2 lost)".
void print_fidelity(const std::string& value) {
    std::stringstream kinds(value);
    std::string kind_part;
    while (std::getline(kinds, kind_part, ';')) {
        const auto colon = kind_part.find(':');
        if (colon == std::string::npos) continue;
        std::string line;
        std::stringstream fields(kind_part.substr(colon + 1));
        std::string field;
        while (std::getline(fields, field, ',')) {
            const auto eq = field.find('='), slash = field.find('/');
            if (eq == std::string::npos || slash == std::string::npos || slash < eq) continue;
            const long in_export = std::atol(field.substr(eq + 1, slash - eq - 1).c_str());
            const long in_pack = std::atol(field.substr(slash + 1).c_str());
            line += (line.empty() ? "" : " · ") + field.substr(0, eq) + " " + std::to_string(in_export) + "/" +
                    std::to_string(in_pack);
            if (in_pack < in_export) line += " (" + std::to_string(in_export - in_pack) + " lost)";
        }
        std::printf("  %-8s %s\n", kind_part.substr(0, colon).c_str(), line.c_str());
    }
}

int run_info(const std::string& path) {
    try {
        auto pack = kiosk::Pack::open(path);
        for (const auto& [k, v] : pack->meta()) {
            if (k == "fidelity") continue;
            std::printf("%-20s %s\n", k.c_str(), v.c_str());
        }
        // The build's fidelity report: per kind, items with each field in the export / in the pack.
        if (const std::string fid = pack->meta("fidelity"); !fid.empty()) {
            std::printf("%-20s export/pack items with each field\n", "fidelity");
            print_fidelity(fid);
        }
        std::printf("%-20s v%d\n", "format", pack->schema_version());
        // Routes (format v4) as the kiosk reads them: steps it shows, and where the line comes from.
        if (const auto ids = pack->route_ids(); !ids.empty()) {
            std::size_t steps = 0, items = 0, from_export = 0, straight = 0;
            for (std::int64_t id : ids) {
                const auto r = pack->route(id, "fr");
                if (!r) continue;
                steps += r->steps.size();
                for (const auto& st : r->steps) items += st.item_id ? 1 : 0;
                if (r->path_from_export) ++from_export;
                else if (!r->path.empty()) ++straight;
            }
            std::printf("%-20s %zu (steps %zu, of which %zu items of the pack; paths %zu from the export, %zu straight legs)\n",
                        "routes", ids.size(), steps, items, from_export, straight);
        }
        print_manifest_next_to(path);
        return kOk;
    } catch (const std::exception& e) {
        return fail(e);
    }
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"kiosk-pack: build and inspect content packs for the visitor-information kiosk"};
    app.require_subcommand(1);
    app.footer(kExitHelp);

    std::string input, output = "default.pack", report;
    kiosk::publish::BuildOptions opt;
    bool quiet = false;
    auto* build = app.add_subcommand("build", "Build a pack from a DATAtourisme flux (directory or .zip)");
    build->add_option("input", input, "Flux directory or .zip holding index.json and objects/")->required();
    build->add_option("-o,--output", output, "Pack file to write")->capture_default_str();
    build->add_option("--pack-id", opt.pack_id, "Pack identifier")->capture_default_str();
    build->add_option("--pack-version", opt.pack_version, "Pack version (monotonic integer)")->capture_default_str();
    build->add_option("--build-time", opt.build_time,
                      "Build time to record (ISO UTC; default: the newest lastUpdateDatatourisme in index.json, "
                      "so the same flux gives a byte-identical pack)");
    build->add_option("--region", opt.region,
                      "Region name shown in the kiosk's header (default: the items' most common region label, "
                      "else department, else town)");
    std::string region_bbox_text;
    build->add_option("--region-bbox", region_bbox_text,
                      "Box the kiosk's map opens on and pans within, minlat,minlon,maxlat,maxlon (default: the "
                      "items' positions without far outliers, plus a margin)");
    std::vector<std::string> welcome_texts;
    build->add_option("--welcome", welcome_texts,
                      "Home screen greeting in one language, LANG=TEXT (repeatable: --welcome 'fr=Bienvenue dans "
                      "le Nord' --welcome 'en=Welcome to the Nord'); without it the kiosk says a generic welcome")
        ->allow_extra_args(false);
    build->add_option("--previous", opt.previous,
                      "Pack built earlier from this flux: the new pack is a copy of it where only the objects whose "
                      "lastUpdateDatatourisme changed (or that came or went) are rewritten; unchanged objects keep "
                      "their rows and pictures without being parsed again; objects with a picture "
                      "that failed in that build, or whose rights have ended since, are parsed again");
    build->add_option("--department", opt.select.departments, "Keep only this INSEE department (repeatable: "
                      "--department 59 --department 62); from the address, else the postal code");
    std::string bbox_text;
    build->add_option("--bbox", bbox_text, "Keep only items inside minlat,minlon,maxlat,maxlon (WGS84)");
    build->add_option("--kind", opt.select.kinds,
                      "Kinds to keep (repeatable). Listing site, belfry, event, office or route keeps only those; "
                      "eat and sleep are added to the others (--kind eat --kind sleep keeps everything)")
        ->check(CLI::IsMember({"site", "belfry", "event", "office", "route", "eat", "sleep"}));
    build->footer(
        "Kinds (kiosk/publish/datatourisme.cpp, classify_object()): DATAtourisme @type classes, by local name.\n"
        "  event  = any event class (schema:Event, EntertainmentAndEvent, CulturalEvent, Festival, Market...)\n"
        "  route  = tours and itineraries (Tour, WalkingTour, CyclingTour...)\n"
        "  office = tourist information (TouristInformationCenter, LocalTouristOffice)\n"
        "  sleep  = accommodation (Hotel, Camping, Guesthouse...), kept with --kind sleep\n"
        "  eat    = food and drink (Restaurant, CafeOrTeahouse...), kept with --kind eat\n"
        "  belfry = class Belfry, theme kb:Belfry, or a place whose French title contains 'beffroi'\n"
        "  site   = heritage and leisure places (CulturalSite, Museum, ParkAndGarden...) or plain PlaceOfInterest\n"
        "  never  = business places (convention centres), shops, services, transport, products.\n"
        "The report (--report) counts kept and dropped objects per class, with the reason.\n" +
        kExitHelp);
    build->add_option("--report", report, "Write a JSON report of the build to this file");
    build->add_flag("-q,--quiet", quiet, "Print nothing but errors");
    build->add_flag("--vacuum", opt.vacuum,
                    "VACUUM the pack at the end (slower): the compact layout publish gives the copy it serves. "
                    "Without it an incremental build (--previous) rewrites only the changed rows");
    build->add_option("--parse-threads", opt.parse_threads,
                      "Threads parsing objects while the pack is written (default 0: one per core; 1: none beside "
                      "the writer). The pack is the same whatever the number")
        ->check(CLI::Range(0u, 256u));
    build->add_flag("--allow-empty", opt.allow_empty,
                    "Write the pack even if it holds no item (refused otherwise: an export that lost its objects "
                    "or a selection that keeps none would blank every kiosk)");
    bool no_images = false;
    build->add_option("--image-cache", opt.image_cache,
                      "Keep downloaded pictures in DIR between builds (rebuilds send conditional requests); "
                      "failures are remembered there too: an unreachable host, a 5xx or a cut transfer is asked "
                      "again after 6 h, a 4xx or a file that is not a picture after 3 days");
    build->add_flag("--no-images", no_images, "Do not download http(s) pictures; those items get a placeholder");
    build->add_option("--image-jobs", opt.image_parallel, "Parallel picture downloads")->check(CLI::Range(1, 64))
        ->capture_default_str();
    build->add_option("--image-timeout", opt.image_timeout_s, "Seconds allowed per picture")
        ->check(CLI::PositiveNumber)->capture_default_str();
    SignRequest sign;
    build->add_option("--sign", sign.key, "Secret key file: also write a signed manifest for the pack");
    build->add_option("--manifest", sign.manifest, "Manifest to write with --sign (default: <pack>.manifest.json)");
    build->add_option("--expires-days", sign.expires_days, "Days until the signed manifest expires")
        ->capture_default_str()
        ->check(CLI::PositiveNumber);

    std::string info_path;
    auto* info = app.add_subcommand("info", "Print a pack's metadata");
    info->add_option("pack", info_path, "Pack file")->required();

    std::string secret_path, public_path;
    auto* keygen = app.add_subcommand("keygen", "Make an Ed25519 key pair for signing manifests (never overwrites)");
    keygen->add_option("--secret", secret_path, "Secret key file to create (mode 0600)")->required();
    keygen->add_option("--public", public_path, "Public key file to create (goes on the kiosks)")->required();

    std::string verify_pack, verify_manifest;
    std::vector<std::string> verify_keys;
    auto* verify = app.add_subcommand("verify", "Check a pack against its signed manifest, as the kiosk's installer does");
    verify->add_option("pack", verify_pack, "Pack file")->required();
    verify->add_option("--manifest", verify_manifest, "Manifest (default: <pack>.manifest.json; signature in <manifest>.sig)");
    // One file per --key, so "verify --key a.pub pack" does not swallow the pack as a key.
    verify->add_option("--key", verify_keys, "Trusted public key file (repeat for several)")
        ->required()
        ->allow_extra_args(false);
    verify->footer(kExitHelp);

    std::string publish_pack;
    kiosk::publish::PublishOptions publish_opt;
    auto* publish = app.add_subcommand("publish", "Put a pack into a channel directory with deltas and a signed manifest");
    publish->add_option("pack", publish_pack, "Pack file (its version must be greater than the channel's)")->required();
    publish->add_option("--channel", publish_opt.channel, "Channel directory, served as static files (created if missing)")
        ->required();
    publish->add_option("--sign", publish_opt.secret_key, "Secret key file for the manifest")->required();
    publish->add_option("--keep", publish_opt.keep, "Versions kept as full packs, the new one included; deltas are made "
                                                    "from each older kept version")
        ->check(CLI::Range(1, 100))
        ->capture_default_str();
    publish->add_option("--expires-days", publish_opt.expires_days, "Days until the manifest expires")
        ->check(CLI::PositiveNumber)
        ->capture_default_str();
    publish->footer("Channel: manifest.json + .sig, <pack_id>-v<N>.pack, <pack_id>-v<A>-v<N>.delta (SQLite changesets).\n" +
                    kExitHelp);

    std::string delta_old, delta_new, delta_out;
    auto* delta = app.add_subcommand("delta", "Make the delta (SQLite changeset) that turns OLD into NEW, as publish does");
    delta->add_option("old", delta_old, "Older pack")->required();
    delta->add_option("new", delta_new, "Newer pack")->required();
    delta->add_option("-o,--output", delta_out, "Delta file to write")->required();
    delta->footer(kExitHelp);
    std::string apply_base, apply_delta, apply_out;
    auto* apply = app.add_subcommand("apply-delta", "Apply a delta to its base pack as a kiosk does (checks, apply, VACUUM)");
    apply->add_option("base", apply_base, "Pack the delta was made from")->required();
    apply->add_option("delta", apply_delta, "Delta file")->required();
    apply->add_option("-o,--output", apply_out, "Pack to write")->required();
    apply->footer(kExitHelp);

    CLI11_PARSE(app, argc, argv);
    if (*delta) return run_delta(delta_old, delta_new, delta_out);
    if (*apply) return run_apply_delta(apply_base, apply_delta, apply_out);
    if (*build) {
        if (!bbox_text.empty()) {
            auto& sel = opt.select;
            char extra = 0;
            if (std::sscanf(bbox_text.c_str(), "%lf,%lf,%lf,%lf%c", &sel.minlat, &sel.minlon, &sel.maxlat, &sel.maxlon,
                            &extra) != 4 ||
                sel.minlat > sel.maxlat || sel.minlon > sel.maxlon || sel.minlat < -90 || sel.maxlat > 90 ||
                sel.minlon < -180 || sel.maxlon > 180) {
                std::fprintf(stderr, "kiosk-pack: --bbox wants minlat,minlon,maxlat,maxlon with min <= max, got '%s'\n",
                             bbox_text.c_str());
                return kUsage;
            }
            sel.has_bbox = true;
        }
        if (!region_bbox_text.empty()) {
            if (!kiosk::parse_bbox(region_bbox_text, opt.region_box)) {
                std::fprintf(stderr, "kiosk-pack: --region-bbox wants minlat,minlon,maxlat,maxlon with min < max, got '%s'\n",
                             region_bbox_text.c_str());
                return kUsage;
            }
            opt.has_region_box = true;
        }
        for (const std::string& w : welcome_texts) {
            const auto eq = w.find('=');
            const std::string lang = w.substr(0, std::min(eq, w.size()));
            const bool lang_ok = lang.size() >= 2 && lang.size() <= 3 &&
                                 std::all_of(lang.begin(), lang.end(), [](char c) { return c >= 'a' && c <= 'z'; });
            if (eq == std::string::npos || !lang_ok || eq + 1 == w.size()) {
                std::fprintf(stderr, "kiosk-pack: --welcome wants LANG=TEXT with a language code such as fr, got '%s'\n",
                             w.c_str());
                return kUsage;
            }
            opt.welcome[lang] = w.substr(eq + 1);
        }
        opt.fetch_images = !no_images;
        return run_build(input, output, opt, sign, report, quiet);
    }
    if (*info) return run_info(info_path);
    if (*keygen) return run_keygen(secret_path, public_path);
    if (*verify) return run_verify(verify_pack, verify_manifest, verify_keys);
    if (*publish) return run_publish(publish_pack, publish_opt);
    return kUsage;
}

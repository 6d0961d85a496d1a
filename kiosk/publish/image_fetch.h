// Downloads a flux's remote pictures (http/https) in parallel into a content-addressed disk
// cache, revalidating cached copies with conditional requests, so a rebuild moves few bytes.
//
// Failing fast (issue 13): a host that cannot be reached (DNS failure, connection refused,
// connect timeout, TLS failure) is asked once and then given up for the rest of the build:
// until a host has answered once, only one transfer to it is in flight, so a dead host costs
// one attempt however many pictures it holds. An HTTP error (404, 500) is about one URL and
// never gives a host up. Failures are also remembered in the cache with a retry time (see
// retry_delay_s), so a rebuild soon after does not ask again.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "publish/export_model.h"

namespace kiosk::publish {

struct FetchOptions {
    std::string cache_dir;  // empty = no cache: every build downloads everything again
    int parallel = 8;       // transfers in flight at once
    long connect_timeout_s = 10;
    long total_timeout_s = 30;  // per transfer, connection included
    std::size_t max_bytes = 20u << 20;
    bool revalidate = true;  // conditional GET for cached entries; false = trust the cache as is
    // Unix time used for the failure cache's retry times; 0 = the system clock. Tests move it.
    std::int64_t now = 0;
};

// What kind of failure a picture had; decides its retry time and the build report's reason.
enum class FetchFailure {
    kNone,
    kUnreachable,  // the host could not be reached: DNS, connection refused, connect timeout, TLS
    kHttpClient,   // 4xx: the server says this URL is wrong or gone
    kHttpServer,   // 5xx: the server is there but failing
    kTransfer,     // connected, then cut or too slow (timeout while receiving, reset...)
    kInvalid,      // an answer that is not a picture we take: not JPEG/PNG, too large, empty, redirect loop
    kNotHttp,      // not an http(s) URL: never requested, never cached
};

// How long a failure is remembered in the cache before the URL (or host) is asked again.
//   kUnreachable, kHttpServer, kTransfer: 6 hours. These are outages (the desk machine is
//     offline, a CDN or a producer's server is down); they usually last minutes to hours, so a
//     rebuild the same morning does not pay for them again, and the next day's build retries.
//   kHttpClient, kInvalid: 3 days. A 404 or a page instead of a picture is a fault in the
//     producer's data that stays until someone fixes it, which takes days; asking once every
//     few days costs nothing and still notices the fix without anyone clearing the cache.
// Other kinds are not cached (0).
std::int64_t retry_delay_s(FetchFailure f);

// Why a picture was not requested this build.
enum class FetchSkip {
    kNone,
    kHostGivenUp,    // its host was given up earlier in this build
    kRecentFailure,  // the cache holds a failure for this URL, or its host, whose retry time has not come
};

struct FetchResult {
    bool ok = false;
    std::string bytes;  // the body, when ok
    std::string error;  // one line when !ok: "HTTP 404", "timeout after 30 s", "larger than 20 MB"...
    bool from_cache = false;    // bytes come from the cache (after a 304, or without a request)
    bool not_modified = false;  // the server answered 304 to our conditional request
    // When ok but the cached copy was used because the server could not be asked
    // (connection refused, timeout...): why. Worth a warning, not a failure.
    std::string note;
    FetchFailure failure = FetchFailure::kNone;  // when !ok (for a skip: the failure that caused it)
    FetchSkip skipped = FetchSkip::kNone;        // when !ok and no request was made
    std::string retry_after;                     // ISO UTC, when skipped because of a cached failure
    std::string host;                            // "host:port" of the URL, lower case
};

// A host given up for this build.
struct GivenUpHost {
    std::string host;         // "host:port"
    std::string reason;       // the first failure: "cannot resolve host", "cannot connect ..."
    bool from_cache = false;  // given up by the cache (failed in an earlier build) without a request
    std::string retry_after;  // ISO UTC: when a later build asks this host again ("" without a cache: the next one)
    std::size_t skipped = 0;  // URLs of this host not requested because of it
};

struct FetchStats {
    std::size_t fetched = 0;       // full downloads that succeeded
    std::size_t cached = 0;        // served from the cache without a network answer
    std::size_t not_modified = 0;  // 304 answers
    std::size_t failed = 0;            // every URL not ok, skipped ones included
    std::size_t bytes_downloaded = 0;  // bodies of successful full downloads
    std::size_t attempts = 0;          // transfers started (requests sent or tried)
    std::size_t skipped_host = 0;      // not requested: host given up (FetchSkip::kHostGivenUp)
    std::size_t skipped_recent = 0;    // not requested: cached failure (URL or host) not due for retry
};

class ImageFetcher {
public:
    explicit ImageFetcher(FetchOptions opt);

    // Fetches every distinct URL once, with up to `parallel` transfers at once, and returns
    // url -> result for each of them. Anything but http:// or https:// fails without a request.
    // May be called several times (one batch of items at a time): a URL already checked by
    // this fetcher is then served from the cache without asking the server again.
    std::map<std::string, FetchResult> fetch(const std::vector<std::string>& urls);

    const FetchStats& stats() const { return stats_; }
    const FetchOptions& options() const { return opt_; }
    // Hosts given up so far in this build, by name.
    std::vector<GivenUpHost> hosts_given_up() const;

private:
    struct HostState {
        bool looked_up = false;  // its cache entry was read
        bool proven = false;     // answered at least once this build: transfers to it may run in parallel
        bool probing = false;    // one transfer in flight while not proven
        bool given_up = false;
        GivenUpHost info;
    };
    HostState& host_state(const std::string& host);
    std::int64_t now() const;

    FetchOptions opt_;
    FetchStats stats_;
    std::set<std::string> checked_this_run_;  // URLs whose cache entry is known fresh
    // URLs that failed earlier in this build (another batch): same answer without a request.
    std::map<std::string, std::pair<FetchFailure, std::string>> failed_this_run_;
    std::map<std::string, HostState> hosts_;  // by "host:port", for the whole build
};

// "host:port" (lower case, default port filled in) of an http(s) URL; "" when it has none.
std::string url_host(const std::string& url);

// True for the locators this module handles ("http://..." and "https://...", any case).
bool is_remote_locator(const std::string& locator);

// The pack writer's entry point: fetches every remote image locator of `items` and adds the
// results to `out` (keyed by locator). Call once per batch of items to bound memory.
void prefetch_images(const std::vector<ExportItem>& items, ImageFetcher& fetcher,
                     std::map<std::string, FetchResult>& out);

// Looks a remote locator up in prefetched results. False with a warning line ("remote image
// http://...: HTTP 404") when it failed or was never fetched; `note` gets a non-fatal remark
// (stale cached copy used) or stays empty.
bool take_fetched(const std::map<std::string, FetchResult>& results, const std::string& locator,
                  std::string& bytes, std::string& why, std::string& note);

}  // namespace kiosk::publish

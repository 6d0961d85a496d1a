// Downloads a flux's remote pictures (http/https) in parallel into a content-addressed disk
// cache, revalidating cached copies with conditional requests, so a rebuild moves few bytes.
#pragma once

#include <cstddef>
#include <map>
#include <set>
#include <string>
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
};

struct FetchStats {
    std::size_t fetched = 0;       // full downloads that succeeded
    std::size_t cached = 0;        // served from the cache without a network answer
    std::size_t not_modified = 0;  // 304 answers
    std::size_t failed = 0;
    std::size_t bytes_downloaded = 0;  // bodies of successful full downloads
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

private:
    FetchOptions opt_;
    FetchStats stats_;
    std::set<std::string> checked_this_run_;  // URLs whose cache entry is known fresh
};

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

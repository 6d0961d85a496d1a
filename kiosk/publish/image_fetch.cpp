// Parallel HTTP(S) image downloads with libcurl's multi interface and an on-disk cache keyed
// by content (blobs/<sha256>) with per-URL validators (urls/<sha256 of url>), and remembered
// failures with their retry time: failures/<sha256 of url> for one URL (HTTP error, not a
// picture...), hosts/<sha256 of host:port> for a host that could not be reached.
#include "publish/image_fetch.h"

#include "core/file_read.h"
#include "core/manifest.h"

#include <curl/curl.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cstring>
#include <ctime>
#include <deque>
#include <filesystem>
#include <fstream>
#include <memory>
#include <mutex>
#include <sstream>
#include <string_view>

namespace kiosk::publish {

namespace fs = std::filesystem;

namespace {

constexpr long kMaxRedirects = 5;
constexpr const char* kUserAgent = "kiosk-pack/0.1";

// curl_global_init is not thread-safe and must run before any other curl call; once per
// process is enough and we never clean up (the tools exit soon after).
void global_init() {
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

bool starts_with_nocase(std::string_view s, std::string_view prefix) {
    if (s.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
    return true;
}

std::string trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
        s.remove_suffix(1);
    return std::string(s);
}

// "20 MB" for the usual caps, exact bytes otherwise, so the message matches the option given.
std::string size_text(std::size_t n) {
    if (n >= (1u << 20) && n % (1u << 20) == 0) return std::to_string(n >> 20) + " MB";
    if (n >= 1024 && n % 1024 == 0) return std::to_string(n >> 10) + " KB";
    return std::to_string(n) + " bytes";
}

// Saves decoding work on pages, error bodies and captive-portal answers served with a 200.
enum class Magic { kUnknownYet, kImage, kOther };
Magic sniff(std::string_view b) {
    static constexpr unsigned char kPng[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    static constexpr unsigned char kJpeg[3] = {0xff, 0xd8, 0xff};
    auto prefix_of = [&](const unsigned char* m, std::size_t n) {
        const std::size_t k = std::min(n, b.size());
        return std::memcmp(b.data(), m, k) == 0 ? (k == n ? Magic::kImage : Magic::kUnknownYet) : Magic::kOther;
    };
    const Magic png = prefix_of(kPng, sizeof kPng), jpeg = prefix_of(kJpeg, sizeof kJpeg);
    if (png == Magic::kImage || jpeg == Magic::kImage) return Magic::kImage;
    if (png == Magic::kOther && jpeg == Magic::kOther) return Magic::kOther;
    return Magic::kUnknownYet;
}

std::string printable_start(std::string_view b) {
    std::string s;
    for (char c : b.substr(0, 16)) s += (c >= 0x20 && c < 0x7f) ? c : '.';
    return s;
}

// Cache files are ours, but the directory is the operator's: only regular files are read,
// each under a cap (a record holds a URL and a few headers; a blob is a picture), so a FIFO or
// a device left there cannot hang or exhaust a build. An unreadable file is a cache miss.
constexpr std::uint64_t kMaxCacheRecordBytes = 64u << 10;

bool read_all(const fs::path& p, std::uint64_t cap, std::string& out) {
    std::string why;
    return kiosk::read_regular_file(p.string(), cap, out, why);
}

// Write to a unique temporary name in the same directory and rename over the target: a
// reader (or a crash) sees the old file or the new one, never half of one.
bool write_atomic(const fs::path& p, std::string_view data) {
    static std::atomic<unsigned> counter{0};
    const fs::path tmp = p.string() + ".tmp." + std::to_string(::getpid()) + "." + std::to_string(counter++);
    {
        std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
        if (!f) return false;
        f.write(data.data(), static_cast<std::streamsize>(data.size()));
        if (!f.flush()) {
            std::error_code ec;
            fs::remove(tmp, ec);
            return false;
        }
    }
    std::error_code ec;
    fs::rename(tmp, p, ec);
    if (ec) fs::remove(tmp, ec);
    return !ec;
}

// ---- cache -------------------------------------------------------------------------------

struct CacheEntry {
    std::string url, etag, last_modified, blob;  // blob = sha256 hex of the bytes
};

// A remembered failure: of one URL (failures/) or of one host (hosts/).
struct FailureEntry {
    std::string key;  // the URL or "host:port"
    std::string error;
    FetchFailure kind = FetchFailure::kNone;
    std::int64_t failed_at = 0, retry_after = 0;  // Unix seconds
};

constexpr std::pair<FetchFailure, const char*> kFailureNames[] = {
    {FetchFailure::kUnreachable, "unreachable"}, {FetchFailure::kHttpClient, "http-client"},
    {FetchFailure::kHttpServer, "http-server"},  {FetchFailure::kTransfer, "transfer"},
    {FetchFailure::kInvalid, "invalid"},
};

const char* failure_name(FetchFailure f) {
    for (const auto& [k, n] : kFailureNames)
        if (k == f) return n;
    return "";
}

FetchFailure failure_of(std::string_view name) {
    for (const auto& [k, n] : kFailureNames)
        if (name == n) return k;
    return FetchFailure::kNone;
}

enum class FailureDir { kUrl, kHost };

class Cache {
public:
    explicit Cache(const std::string& dir) : dir_(dir) {
        if (dir_.empty()) return;
        std::error_code ec;
        fs::create_directories(dir_ / "blobs", ec);
        fs::create_directories(dir_ / "urls", ec);
        fs::create_directories(dir_ / "failures", ec);
        fs::create_directories(dir_ / "hosts", ec);
    }
    bool enabled() const { return !dir_.empty(); }

    // The entry for `url` with its blob's bytes; false when absent, for another URL, or when
    // the blob is missing or no longer matches its hash (a damaged cache just means a download).
    bool load(const std::string& url, CacheEntry& e, std::string& bytes) const {
        if (!enabled()) return false;
        std::string text;
        if (!read_all(meta_path(url), kMaxCacheRecordBytes, text)) return false;
        std::istringstream in(text);
        std::string line;
        e = {};
        while (std::getline(in, line)) {
            const auto sp = line.find(' ');
            if (sp == std::string::npos) continue;
            const std::string key = line.substr(0, sp), value = line.substr(sp + 1);
            if (key == "url") e.url = value;
            else if (key == "etag") e.etag = value;
            else if (key == "last-modified") e.last_modified = value;
            else if (key == "blob") e.blob = value;
        }
        if (e.url != url || e.blob.size() != 64) return false;
        if (!read_all(dir_ / "blobs" / e.blob, kMaxPictureFileBytes, bytes)) return false;
        return sha256_hex(bytes) == e.blob;
    }

    // Best effort: a cache that cannot be written costs a download next time, not the build.
    void store(const std::string& url, const std::string& etag, const std::string& last_modified,
               const std::string& bytes) const {
        if (!enabled()) return;
        const std::string hash = sha256_hex(bytes);
        const fs::path blob = dir_ / "blobs" / hash;
        std::error_code ec;
        if (!fs::exists(blob, ec) || fs::file_size(blob, ec) != bytes.size()) {
            if (!write_atomic(blob, bytes)) return;
        }
        std::string meta = "url " + url + "\n";
        if (!etag.empty()) meta += "etag " + etag + "\n";
        if (!last_modified.empty()) meta += "last-modified " + last_modified + "\n";
        meta += "blob " + hash + "\n";
        write_atomic(meta_path(url), meta);
    }

    // The failure remembered for a URL or host; false when none, or unreadable (which only
    // means asking again).
    bool load_failure(FailureDir d, const std::string& key, FailureEntry& f) const {
        if (!enabled()) return false;
        std::string text;
        if (!read_all(failure_path(d, key), kMaxCacheRecordBytes, text)) return false;
        std::istringstream in(text);
        std::string line;
        f = {};
        while (std::getline(in, line)) {
            const auto sp = line.find(' ');
            if (sp == std::string::npos) continue;
            const std::string k = line.substr(0, sp), value = line.substr(sp + 1);
            if (k == "key") f.key = value;
            else if (k == "error") f.error = value;
            else if (k == "kind") f.kind = failure_of(value);
            else if (k == "failed-at") f.failed_at = std::strtoll(value.c_str(), nullptr, 10);
            else if (k == "retry-after") f.retry_after = std::strtoll(value.c_str(), nullptr, 10);
        }
        return f.key == key && f.kind != FetchFailure::kNone && f.retry_after > 0;
    }

    // Best effort, like store(). Error texts are ours and one line, keys have no newline.
    void store_failure(FailureDir d, const std::string& key, const std::string& error, FetchFailure kind,
                       std::int64_t failed_at) const {
        const std::int64_t delay = retry_delay_s(kind);
        if (!enabled() || delay <= 0) return;
        std::string one_line = error;
        std::replace(one_line.begin(), one_line.end(), '\n', ' ');
        std::replace(one_line.begin(), one_line.end(), '\r', ' ');
        write_atomic(failure_path(d, key), "key " + key + "\nkind " + failure_name(kind) + "\nerror " + one_line +
                                               "\nfailed-at " + std::to_string(failed_at) + "\nretry-after " +
                                               std::to_string(failed_at + delay) + "\n");
    }

    void clear_failure(FailureDir d, const std::string& key) const {
        if (!enabled()) return;
        std::error_code ec;
        fs::remove(failure_path(d, key), ec);
    }

private:
    fs::path meta_path(const std::string& url) const { return dir_ / "urls" / sha256_hex(url); }
    fs::path failure_path(FailureDir d, const std::string& key) const {
        return dir_ / (d == FailureDir::kUrl ? "failures" : "hosts") / sha256_hex(key);
    }
    fs::path dir_;
};

// ---- one transfer ------------------------------------------------------------------------

struct Transfer {
    std::string url;
    std::string host;  // url_host(url)
    CURL* easy = nullptr;
    curl_slist* headers = nullptr;
    char errbuf[CURL_ERROR_SIZE] = {};
    std::size_t max_bytes = 0;
    std::string body;
    std::string etag, last_modified;  // of the final response
    bool too_large = false, not_image = false;
    bool conditional = false;  // we sent validators from a cache entry
    CacheEntry cached;
    std::string cached_bytes;

    ~Transfer() {
        if (easy) curl_easy_cleanup(easy);
        curl_slist_free_all(headers);
    }

    long status() const {
        long code = 0;
        curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &code);
        return code;
    }
};

std::size_t on_body(char* data, std::size_t size, std::size_t n, void* user) {
    auto* t = static_cast<Transfer*>(user);
    const std::size_t len = size * n;
    // Bodies of error answers never reach here (CURLOPT_FAILONERROR), nor do those of
    // redirects curl follows; anything else that is not 2xx is dropped at the end anyway.
    if (t->body.size() + len > t->max_bytes) {
        t->too_large = true;
        return 0;  // aborts the transfer with CURLE_WRITE_ERROR
    }
    t->body.append(data, len);
    if (t->body.size() - len < 8 && sniff(t->body) == Magic::kOther) {
        t->not_image = true;
        return 0;
    }
    return len;
}

std::size_t on_header(char* data, std::size_t size, std::size_t n, void* user) {
    auto* t = static_cast<Transfer*>(user);
    const std::string_view line(data, size * n);
    // Each response of a redirect chain starts with its status line: keep only the last one's.
    if (starts_with_nocase(line, "http/")) {
        t->etag.clear();
        t->last_modified.clear();
    } else if (starts_with_nocase(line, "etag:")) {
        t->etag = trim(line.substr(5));
    } else if (starts_with_nocase(line, "last-modified:")) {
        t->last_modified = trim(line.substr(14));
    }
    return size * n;
}

std::unique_ptr<Transfer> make_transfer(const std::string& url, const FetchOptions& opt, const Cache& cache,
                                        bool use_validators) {
    auto t = std::make_unique<Transfer>();
    t->url = url;
    t->max_bytes = opt.max_bytes;
    t->easy = curl_easy_init();
    if (!t->easy) return nullptr;
    CURL* e = t->easy;
    curl_easy_setopt(e, CURLOPT_URL, url.c_str());
    curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(e, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");  // no redirect to file:// etc.
    curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(e, CURLOPT_MAXREDIRS, kMaxRedirects);
    curl_easy_setopt(e, CURLOPT_USERAGENT, kUserAgent);
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);  // timeouts without SIGALRM, safe with threads
    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT, opt.connect_timeout_s);
    curl_easy_setopt(e, CURLOPT_TIMEOUT, opt.total_timeout_s);
    curl_easy_setopt(e, CURLOPT_FAILONERROR, 1L);
    // Refuses up front when Content-Length announces more than the cap; the body callback
    // enforces it for answers that do not announce a length.
    curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(opt.max_bytes));
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, on_body);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, t.get());
    curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, on_header);
    curl_easy_setopt(e, CURLOPT_HEADERDATA, t.get());
    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, t->errbuf);
    curl_easy_setopt(e, CURLOPT_PRIVATE, t.get());
    if (use_validators && cache.load(url, t->cached, t->cached_bytes) &&
        (!t->cached.etag.empty() || !t->cached.last_modified.empty())) {
        t->conditional = true;
        if (!t->cached.etag.empty())
            t->headers = curl_slist_append(t->headers, ("If-None-Match: " + t->cached.etag).c_str());
        if (!t->cached.last_modified.empty())
            t->headers = curl_slist_append(t->headers, ("If-Modified-Since: " + t->cached.last_modified).c_str());
        curl_easy_setopt(e, CURLOPT_HTTPHEADER, t->headers);
    }
    return t;
}

// The one-line reason for a transfer that ended with `rc`.
std::string transfer_error(const Transfer& t, CURLcode rc, const FetchOptions& opt) {
    switch (rc) {
    case CURLE_HTTP_RETURNED_ERROR: return "HTTP " + std::to_string(t.status());
    case CURLE_FILESIZE_EXCEEDED: return "larger than " + size_text(opt.max_bytes);
    case CURLE_WRITE_ERROR:
        if (t.too_large) return "larger than " + size_text(opt.max_bytes);
        if (t.not_image) return "not a JPEG or PNG image (starts with \"" + printable_start(t.body) + "\")";
        break;
    case CURLE_OPERATION_TIMEDOUT: {
        curl_off_t connected = 0;
        curl_easy_getinfo(t.easy, CURLINFO_CONNECT_TIME_T, &connected);
        if (connected == 0) return "connection timeout after " + std::to_string(opt.connect_timeout_s) + " s";
        return "timeout after " + std::to_string(opt.total_timeout_s) + " s";
    }
    case CURLE_TOO_MANY_REDIRECTS: return "more than " + std::to_string(kMaxRedirects) + " redirects";
    case CURLE_UNSUPPORTED_PROTOCOL: return "unsupported scheme or redirect target";
    case CURLE_COULDNT_RESOLVE_HOST: return "cannot resolve host";
    case CURLE_COULDNT_CONNECT: return "cannot connect (connection refused or unreachable)";
    default: break;
    }
    std::string msg = curl_easy_strerror(rc);
    if (t.errbuf[0]) msg += std::string(": ") + trim(t.errbuf);
    return msg;
}

// Transport failures say nothing about the picture; a 4xx/5xx or a bad body does.
bool server_unreachable(CURLcode rc) {
    return rc == CURLE_COULDNT_CONNECT || rc == CURLE_COULDNT_RESOLVE_HOST || rc == CURLE_OPERATION_TIMEDOUT ||
           rc == CURLE_RECV_ERROR || rc == CURLE_SEND_ERROR || rc == CURLE_GOT_NOTHING || rc == CURLE_SSL_CONNECT_ERROR;
}

// The host itself cannot be reached, so every other picture on it would fail the same way:
// name resolution, connection refused or unroutable, no connection within the connect timeout,
// TLS handshake or certificate failure. A timeout after connecting is a slow picture, not a
// dead host.
bool host_unreachable(const Transfer& t, CURLcode rc) {
    switch (rc) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_CONNECT:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS: return true;
    case CURLE_OPERATION_TIMEDOUT: {
        curl_off_t connected = 0;
        curl_easy_getinfo(t.easy, CURLINFO_CONNECT_TIME_T, &connected);
        return connected == 0;
    }
    default: return false;
    }
}

// The kind of a failure that is not the host's (host_unreachable() was false).
FetchFailure failure_kind(CURLcode rc, long code) {
    if (rc == CURLE_OK || rc == CURLE_HTTP_RETURNED_ERROR) {
        if (code >= 500 && code <= 599) return FetchFailure::kHttpServer;
        if (code >= 400 && code <= 499) return FetchFailure::kHttpClient;
        return FetchFailure::kInvalid;  // a 2xx that is not a picture, a 3xx without a target
    }
    switch (rc) {
    case CURLE_FILESIZE_EXCEEDED:
    case CURLE_WRITE_ERROR:  // our body callback refused it: too large or not a picture
    case CURLE_TOO_MANY_REDIRECTS:
    case CURLE_UNSUPPORTED_PROTOCOL: return FetchFailure::kInvalid;
    default: return FetchFailure::kTransfer;
    }
}

}  // namespace

std::int64_t retry_delay_s(FetchFailure f) {
    switch (f) {
    case FetchFailure::kUnreachable:
    case FetchFailure::kHttpServer:
    case FetchFailure::kTransfer: return 6 * 3600;
    case FetchFailure::kHttpClient:
    case FetchFailure::kInvalid: return 3 * 24 * 3600;
    default: return 0;
    }
}

bool is_remote_locator(const std::string& locator) {
    return starts_with_nocase(locator, "http://") || starts_with_nocase(locator, "https://");
}

std::string url_host(const std::string& url) {
    global_init();
    CURLU* u = curl_url();
    if (!u) return {};
    std::string out;
    char* host = nullptr;
    char* port = nullptr;
    if (curl_url_set(u, CURLUPART_URL, url.c_str(), 0) == CURLUE_OK &&
        curl_url_get(u, CURLUPART_HOST, &host, 0) == CURLUE_OK &&
        curl_url_get(u, CURLUPART_PORT, &port, CURLU_DEFAULT_PORT) == CURLUE_OK) {
        out = host;
        for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        out += ":";
        out += port;
    }
    curl_free(host);
    curl_free(port);
    curl_url_cleanup(u);
    return out;
}

std::int64_t ImageFetcher::now() const {
    return opt_.now ? opt_.now : static_cast<std::int64_t>(std::time(nullptr));
}

ImageFetcher::HostState& ImageFetcher::host_state(const std::string& host) {
    HostState& h = hosts_[host];
    if (h.looked_up) return h;
    h.looked_up = true;
    h.info.host = host;
    FailureEntry f;
    if (Cache(opt_.cache_dir).load_failure(FailureDir::kHost, host, f) && f.retry_after > now()) {
        h.given_up = true;
        h.info.reason = f.error;
        h.info.from_cache = true;
        h.info.retry_after = format_utc(f.retry_after);
    }
    return h;
}

std::vector<GivenUpHost> ImageFetcher::hosts_given_up() const {
    std::vector<GivenUpHost> out;
    for (const auto& [name, h] : hosts_)
        if (h.given_up) out.push_back(h.info);
    return out;
}

ImageFetcher::ImageFetcher(FetchOptions opt) : opt_(std::move(opt)) {
    global_init();
    opt_.parallel = std::max(1, opt_.parallel);
}

std::map<std::string, FetchResult> ImageFetcher::fetch(const std::vector<std::string>& urls) {
    std::map<std::string, FetchResult> results;
    const Cache cache(opt_.cache_dir);
    const std::int64_t t_now = now();
    std::deque<std::unique_ptr<Transfer>> queue;

    // A URL whose host is given up is not requested: its cached copy stands in when there is
    // one (a kiosk keeps its pictures through an outage), else it fails without a request.
    auto skip_for_host = [&](const std::string& url, FetchResult& r, HostState& h) {
        const std::string why = "host " + h.info.host + " unreachable" +
                                (h.info.from_cache ? " in an earlier build" : " earlier in this build") + " (" +
                                h.info.reason + ")";
        CacheEntry e;
        if (cache.load(url, e, r.bytes)) {
            r.ok = r.from_cache = true;
            r.note = "cached copy used, not requested: " + why;
            ++stats_.cached;
            return;
        }
        r.bytes.clear();
        r.error = "not requested: " + why + (h.info.from_cache ? "; asked again after " + h.info.retry_after : "");
        r.failure = FetchFailure::kUnreachable;
        r.skipped = h.info.from_cache ? FetchSkip::kRecentFailure : FetchSkip::kHostGivenUp;
        r.retry_after = h.info.retry_after;
        ++h.info.skipped;
        ++stats_.failed;
        ++(h.info.from_cache ? stats_.skipped_recent : stats_.skipped_host);
    };

    for (const std::string& url : urls) {
        if (results.count(url)) continue;
        FetchResult& r = results[url];
        // A newline would let a locator smuggle extra lines into our cache metadata.
        if (!is_remote_locator(url) || url.find_first_of("\r\n") != std::string::npos) {
            r.error = "not an http(s) URL";
            r.failure = FetchFailure::kNotHttp;
            ++stats_.failed;
            continue;
        }
        r.host = url_host(url);
        const bool trust_cache = !opt_.revalidate || checked_this_run_.count(url);
        if (trust_cache) {
            CacheEntry e;
            if (cache.load(url, e, r.bytes)) {
                r.ok = r.from_cache = true;
                ++stats_.cached;
                continue;
            }
            r.bytes.clear();
        }
        if (auto f = failed_this_run_.find(url); f != failed_this_run_.end()) {
            r.failure = f->second.first;
            r.error = f->second.second;
            ++stats_.failed;
            continue;
        }
        // This URL failed in an earlier build and its retry time has not come: same answer,
        // no request. A stale copy is not served: that build did not ship it either.
        FailureEntry fe;
        if (cache.load_failure(FailureDir::kUrl, url, fe) && fe.retry_after > t_now) {
            r.retry_after = format_utc(fe.retry_after);
            r.error = fe.error + " (in an earlier build, at " + format_utc(fe.failed_at) + "; asked again after " +
                      r.retry_after + ")";
            r.failure = fe.kind;
            r.skipped = FetchSkip::kRecentFailure;
            ++stats_.failed;
            ++stats_.skipped_recent;
            continue;
        }
        HostState& h = host_state(r.host);
        if (h.given_up) {
            skip_for_host(url, r, h);
            continue;
        }
        auto t = make_transfer(url, opt_, cache, opt_.revalidate);
        if (!t) {
            r.error = "cannot start a transfer";
            r.failure = FetchFailure::kTransfer;
            ++stats_.failed;
            continue;
        }
        t->host = r.host;
        queue.push_back(std::move(t));
    }
    if (queue.empty()) return results;

    CURLM* multi = curl_multi_init();
    // Reuse connections to the same host between transfers instead of one handshake per picture.
    curl_multi_setopt(multi, CURLMOPT_MAXCONNECTS, static_cast<long>(opt_.parallel));
    std::map<CURL*, std::unique_ptr<Transfer>> running;

    // Starts queued transfers in order, up to `parallel`. A host that has not answered yet in
    // this build gets one transfer at a time: if it turns out unreachable, the rest of its
    // pictures are skipped without a request instead of each waiting for the same failure.
    auto start_more = [&] {
        for (auto it = queue.begin(); it != queue.end() && running.size() < static_cast<std::size_t>(opt_.parallel);) {
            HostState& h = hosts_[(*it)->host];
            if (h.given_up) {
                skip_for_host((*it)->url, results[(*it)->url], h);
                it = queue.erase(it);
                continue;
            }
            if (!h.proven && h.probing) {
                ++it;
                continue;
            }
            h.probing = !h.proven;
            ++stats_.attempts;
            auto t = std::move(*it);
            it = queue.erase(it);
            curl_multi_add_handle(multi, t->easy);
            running.emplace(t->easy, std::move(t));
        }
    };

    auto finish = [&](Transfer& t, CURLcode rc) {
        FetchResult& r = results[t.url];
        const long code = t.status();
        HostState& h = hosts_[t.host];
        h.probing = false;
        const bool dead = rc != CURLE_OK && host_unreachable(t, rc);
        if (dead) {
            // The host that failed is the last one asked: after a redirect, the target's.
            char* effective = nullptr;
            curl_easy_getinfo(t.easy, CURLINFO_EFFECTIVE_URL, &effective);
            std::string where = effective ? url_host(effective) : std::string();
            if (where.empty()) where = t.host;
            if (where != t.host) h.proven = true;  // the first host answered (with a redirect)
            HostState& d = host_state(where);
            if (!d.given_up) {
                d.given_up = true;
                d.info.host = where;
                d.info.reason = transfer_error(t, rc, opt_);
                d.info.from_cache = false;
                // Without a cache nothing is remembered: the next build asks again whenever it runs.
                d.info.retry_after =
                    cache.enabled() ? format_utc(t_now + retry_delay_s(FetchFailure::kUnreachable)) : std::string();
                cache.store_failure(FailureDir::kHost, where, d.info.reason, FetchFailure::kUnreachable, t_now);
            }
        } else if (!h.proven) {
            h.proven = true;
            cache.clear_failure(FailureDir::kHost, t.host);  // it answered: forget an old outage
        }
        if (rc == CURLE_OK && code == 304 && t.conditional) {
            r.ok = r.from_cache = r.not_modified = true;
            r.bytes = std::move(t.cached_bytes);
            ++stats_.not_modified;
            checked_this_run_.insert(t.url);
            return;
        }
        if (rc == CURLE_OK && (code < 200 || code > 299)) {
            r.error = "HTTP " + std::to_string(code);
        } else if (rc == CURLE_OK && sniff(t.body) != Magic::kImage) {
            r.error = t.body.empty() ? "empty response"
                                     : "not a JPEG or PNG image (starts with \"" + printable_start(t.body) + "\")";
        } else if (rc != CURLE_OK) {
            r.error = transfer_error(t, rc, opt_);
        }
        if (r.error.empty()) {
            r.ok = true;
            stats_.bytes_downloaded += t.body.size();
            ++stats_.fetched;
            cache.store(t.url, t.etag, t.last_modified, t.body);
            cache.clear_failure(FailureDir::kUrl, t.url);
            checked_this_run_.insert(t.url);
            r.bytes = std::move(t.body);
            return;
        }
        // The server could not be asked, but we hold a copy it once gave us: a kiosk keeps its
        // pictures through a CDN outage, and the report says so.
        if (t.conditional && server_unreachable(rc)) {
            r.ok = r.from_cache = true;
            r.note = "cached copy used, server not reachable: " + r.error;
            r.error.clear();
            r.bytes = std::move(t.cached_bytes);
            ++stats_.cached;
            return;
        }
        r.failure = dead ? FetchFailure::kUnreachable : failure_kind(rc, code);
        // An unreachable host is remembered once, for the host; other failures per URL.
        if (!dead) {
            cache.store_failure(FailureDir::kUrl, t.url, r.error, r.failure, t_now);
            failed_this_run_[t.url] = {r.failure, r.error};
        }
        ++stats_.failed;
    };

    start_more();
    while (!running.empty()) {
        int still = 0;
        const CURLMcode mc = curl_multi_perform(multi, &still);
        if (mc != CURLM_OK) {
            // Should not happen with valid handles; fail what is left rather than loop forever.
            for (auto& [easy, t] : running) {
                results[t->url].error = std::string("transfer engine error: ") + curl_multi_strerror(mc);
                results[t->url].failure = FetchFailure::kTransfer;
                ++stats_.failed;
                curl_multi_remove_handle(multi, easy);
            }
            running.clear();
            for (auto& t : queue) {
                results[t->url].error = std::string("transfer engine error: ") + curl_multi_strerror(mc);
                results[t->url].failure = FetchFailure::kTransfer;
                ++stats_.failed;
            }
            queue.clear();
            break;
        }
        int left = 0;
        while (CURLMsg* msg = curl_multi_info_read(multi, &left)) {
            if (msg->msg != CURLMSG_DONE) continue;
            CURL* easy = msg->easy_handle;
            const CURLcode rc = msg->data.result;
            auto it = running.find(easy);
            curl_multi_remove_handle(multi, easy);
            if (it == running.end()) continue;
            finish(*it->second, rc);
            running.erase(it);
        }
        start_more();
        if (!running.empty()) curl_multi_poll(multi, nullptr, 0, 200, nullptr);
    }
    curl_multi_cleanup(multi);
    return results;
}

void prefetch_images(const std::vector<ExportItem>& items, ImageFetcher& fetcher,
                     std::map<std::string, FetchResult>& out) {
    std::vector<std::string> urls;
    for (const ExportItem& it : items)
        for (const ImageRef& ref : it.images)
            if (is_remote_locator(ref.locator) && !out.count(ref.locator)) urls.push_back(ref.locator);
    for (auto& [url, r] : fetcher.fetch(urls)) out[url] = std::move(r);
}

bool take_fetched(const std::map<std::string, FetchResult>& results, const std::string& locator,
                  std::string& bytes, std::string& why, std::string& note) {
    note.clear();
    auto it = results.find(locator);
    if (it == results.end()) {
        why = "remote image not fetched: " + locator;
        return false;
    }
    if (!it->second.ok) {
        why = "remote image " + locator + ": " + it->second.error;
        return false;
    }
    bytes = it->second.bytes;
    if (!it->second.note.empty()) note = "remote image " + locator + ": " + it->second.note;
    return true;
}

}  // namespace kiosk::publish

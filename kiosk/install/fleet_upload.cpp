// The fleet statistics upload (fleet_upload.h): PUT with libcurl, MKCOL for missing WebDAV
// folders, SigV4 for S3, and a small text outbox for what was sent and when to try again.
#include "install/fleet_upload.h"

#include <curl/curl.h>
#include <sodium.h>

#include <algorithm>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <memory>
#include <mutex>
#include <sstream>

#include "core/durable_file.h"
#include "core/fleet_files.h"
#include "core/manifest.h"
#include "install/fleet_heartbeat.h"
#include "install/install.h"

namespace kiosk::install {

namespace fs = std::filesystem;

namespace {

constexpr const char* kOutboxName = "fleet-outbox";
constexpr const char* kOutboxHeader = "kiosk-fleet-outbox 1";
constexpr std::size_t kOutboxLimit = 1 << 20;   // 400 days are about 30 kB
constexpr std::size_t kSecretLimit = 4096;

std::string one_line(std::string s) {
    for (char& c : s)
        if (c == '\n' || c == '\r') c = ' ';
    while (!s.empty() && s.back() == ' ') s.pop_back();
    return s;
}

std::string hex(const unsigned char* p, std::size_t n) {
    static const char* digits = "0123456789abcdef";
    std::string out;
    for (std::size_t i = 0; i < n; ++i) {
        out += digits[p[i] >> 4];
        out += digits[p[i] & 15];
    }
    return out;
}

// What decides whether a day file changed (its bytes without "made"): 128-bit BLAKE2b.
std::string content_hash(const std::string& s) {
    unsigned char h[16];
    crypto_generichash(h, sizeof h, reinterpret_cast<const unsigned char*>(s.data()), s.size(), nullptr, 0);
    return hex(h, sizeof h);
}

std::string sha256_hex(const std::string& s) {
    unsigned char h[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(h, reinterpret_cast<const unsigned char*>(s.data()), s.size());
    return hex(h, sizeof h);
}

// The first line of a secret file (a password, an S3 key), without its line ending.
std::string read_secret(const std::string& path, const char* what) {
    std::string text;
    if (!read_small_file(path, kSecretLimit, text) || text.size() > kSecretLimit)
        throw Error(ErrorKind::Usage, std::string("upload: cannot read the ") + what + " file " + path);
    text = text.substr(0, text.find_first_of("\r\n"));
    if (text.empty()) throw Error(ErrorKind::Usage, std::string("upload: the ") + what + " file " + path + " is empty");
    return text;
}

// One HTTP client for the run: the base URL, credentials, and the two requests we make.
class Client {
public:
    explicit Client(const FleetUploadOptions& opt) : opt_(opt) {
        static std::once_flag once;
        std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
        base_ = opt.url;
        while (!base_.empty() && base_.back() == '/') base_.pop_back();
        s3_ = opt.protocol == "s3";
        if (s3_) {
            user_ = read_secret(opt.access_key_file, "S3 access key");
            password_ = read_secret(opt.secret_key_file, "S3 secret key");
        } else if (!opt.user.empty()) {
            user_ = opt.user;
            if (!opt.password_file.empty()) password_ = read_secret(opt.password_file, "password");
        }
    }

    std::string url(const std::string& rel) const { return base_ + "/" + rel; }

    // PUTs `body` at base/rel; on WebDAV, a missing folder is made and the PUT tried once
    // more. RFC 4918 answers a PUT into a missing folder with 409; some servers say 404, and
    // nginx's dav module 500 (its rename into the folder fails). A server with nginx's
    // create_full_put_path never asks, and gets no MKCOL. "" on success, else one line.
    std::string put(const std::string& rel, const std::string& body) const {
        long code = 0;
        std::string err = request("PUT", url(rel), &body, code);
        if (!err.empty() || (code >= 200 && code < 300)) return err;
        if (!s3_ && (code == 404 || code == 409 || code == 500)) {
            // Each parent below the base, shortest first: <kiosk>/ then <kiosk>/days/.
            for (std::size_t slash = rel.find('/'); slash != std::string::npos; slash = rel.find('/', slash + 1)) {
                long mk = 0;
                const std::string folder = url(rel.substr(0, slash + 1));
                err = request("MKCOL", folder, nullptr, mk);
                if (!err.empty()) return err;
                // 405: it exists already (made by another kiosk, or a run cut short).
                if (!(mk >= 200 && mk < 300) && mk != 405) return "upload: MKCOL " + folder + ": HTTP " + std::to_string(mk);
            }
            err = request("PUT", url(rel), &body, code);
            if (!err.empty() || (code >= 200 && code < 300)) return err;
        }
        return "upload: PUT " + url(rel) + ": HTTP " + std::to_string(code);
    }

private:
    struct Body {
        const std::string* text;
        std::size_t at = 0;
    };
    static std::size_t on_read(char* p, std::size_t size, std::size_t n, void* ud) {
        auto& b = *static_cast<Body*>(ud);
        const std::size_t len = std::min(size * n, b.text->size() - b.at);
        std::memcpy(p, b.text->data() + b.at, len);
        b.at += len;
        return len;
    }
    // An authenticated retry (digest) sends the body again from the start.
    static int on_seek(void* ud, curl_off_t offset, int origin) {
        auto& b = *static_cast<Body*>(ud);
        if (origin != SEEK_SET || offset < 0 || static_cast<std::size_t>(offset) > b.text->size()) return CURL_SEEKFUNC_CANTSEEK;
        b.at = static_cast<std::size_t>(offset);
        return CURL_SEEKFUNC_OK;
    }
    // The server's answer is not needed, only its status; a bounded sink.
    static std::size_t on_write(char*, std::size_t size, std::size_t n, void*) { return size * n; }

    // One request; "" when an HTTP answer came (its status in `code`), else why not (one line).
    std::string request(const char* method, const std::string& u, const std::string* body, long& code) const {
        std::unique_ptr<CURL, void (*)(CURL*)> easy(curl_easy_init(), &curl_easy_cleanup);
        if (!easy) return "upload: cannot start a transfer";
        CURL* e = easy.get();
        char errbuf[CURL_ERROR_SIZE] = {};
        Body b{body};
        std::unique_ptr<curl_slist, void (*)(curl_slist*)> headers(nullptr, &curl_slist_free_all);
        auto add_header = [&](const std::string& h) { headers.reset(curl_slist_append(headers.release(), h.c_str())); };
        curl_easy_setopt(e, CURLOPT_URL, u.c_str());
        curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
        curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(e, CURLOPT_USERAGENT, "kiosk-sync/0.1");
        curl_easy_setopt(e, CURLOPT_ERRORBUFFER, errbuf);
        curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT, static_cast<long>(opt_.timeout_s));
        curl_easy_setopt(e, CURLOPT_TIMEOUT, static_cast<long>(opt_.timeout_s));
        curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, &Client::on_write);
        if (body) {
            curl_easy_setopt(e, CURLOPT_UPLOAD, 1L);
            curl_easy_setopt(e, CURLOPT_READFUNCTION, &Client::on_read);
            curl_easy_setopt(e, CURLOPT_READDATA, &b);
            curl_easy_setopt(e, CURLOPT_SEEKFUNCTION, &Client::on_seek);
            curl_easy_setopt(e, CURLOPT_SEEKDATA, &b);
            curl_easy_setopt(e, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(body->size()));
            add_header("Content-Type: application/json");
            add_header("Expect:");  // small bodies: no 100-continue round trip
        } else {
            curl_easy_setopt(e, CURLOPT_CUSTOMREQUEST, method);
        }
        if (s3_) {
            // S3 wants the payload's SHA-256 in a header; libcurl signs what it finds there.
            add_header("x-amz-content-sha256: " + sha256_hex(body ? *body : std::string()));
            const std::string sigv4 = "aws:amz:" + opt_.s3_region + ":s3";
            curl_easy_setopt(e, CURLOPT_AWS_SIGV4, sigv4.c_str());
            curl_easy_setopt(e, CURLOPT_USERNAME, user_.c_str());
            curl_easy_setopt(e, CURLOPT_PASSWORD, password_.c_str());
        } else if (!user_.empty()) {
            curl_easy_setopt(e, CURLOPT_HTTPAUTH, static_cast<long>(CURLAUTH_BASIC | CURLAUTH_DIGEST));
            curl_easy_setopt(e, CURLOPT_USERNAME, user_.c_str());
            curl_easy_setopt(e, CURLOPT_PASSWORD, password_.c_str());
        }
        curl_easy_setopt(e, CURLOPT_HTTPHEADER, headers.get());
        const CURLcode rc = curl_easy_perform(e);
        if (rc != CURLE_OK) return "upload: " + u + ": " + one_line(errbuf[0] ? errbuf : curl_easy_strerror(rc));
        curl_easy_getinfo(e, CURLINFO_RESPONSE_CODE, &code);
        return "";
    }

    const FleetUploadOptions& opt_;
    std::string base_, user_, password_;
    bool s3_ = false;
};

}  // namespace

std::int64_t fleet_backoff_seconds(int failures, int first_s, int max_s) {
    if (failures <= 0) return 0;
    std::int64_t wait = std::max(1, first_s);
    for (int i = 1; i < failures && wait < max_s; ++i) wait *= 2;
    return std::min<std::int64_t>(wait, std::max(1, max_s));
}

FleetOutbox read_fleet_outbox(const std::string& state_dir) {
    FleetOutbox o;
    std::string text;
    if (!read_small_file((fs::path(state_dir) / kOutboxName).string(), kOutboxLimit, text) || text.size() > kOutboxLimit)
        return o;
    std::istringstream lines(text);
    std::string line;
    if (!std::getline(lines, line) || line != kOutboxHeader) return o;  // not ours: start afresh (days are sent again)
    while (std::getline(lines, line)) {
        const auto sp = line.find(' ');
        const std::string key = line.substr(0, sp), value = sp == std::string::npos ? "" : line.substr(sp + 1);
        try {
            if (key == "day") {
                const auto sp2 = value.find(' ');
                if (sp2 == 10 && value.size() > 11) o.sent[value.substr(0, 10)] = value.substr(11);
            } else if (key == "failures") {
                o.failures = std::clamp(std::stoi(value), 0, 1000);
            } else if (key == "next_try") {
                o.next_try = std::stoll(value);
            } else if (key == "last_good_sync") {
                o.last_good_sync = std::stoll(value);
            } else if (key == "last_error") {
                o.last_error = value;
            }
        } catch (const std::exception&) {
            // A damaged number: that line's default. Worst case a day is sent again.
        }
    }
    return o;
}

void write_fleet_outbox(const std::string& state_dir, const FleetOutbox& o) {
    std::string text = std::string(kOutboxHeader) + "\n";
    text += "failures " + std::to_string(o.failures) + "\n";
    text += "next_try " + std::to_string(o.next_try) + "\n";
    text += "last_good_sync " + std::to_string(o.last_good_sync) + "\n";
    text += "last_error " + one_line(o.last_error) + "\n";
    for (const auto& [day, hash] : o.sent) text += "day " + day + " " + hash + "\n";
    std::string error;
    if (!write_file_durably((fs::path(state_dir) / kOutboxName).string(), text, error)) throw Error(ErrorKind::IoError, error);
}

FleetUploadResult upload_fleet(const FleetUploadOptions& opt) {
    FleetUploadResult r;
    if (sodium_init() < 0) {
        r.message = "upload: libsodium cannot start";
        return r;
    }
    const std::int64_t now = opt.now ? opt.now : static_cast<std::int64_t>(std::time(nullptr));
    FleetOutbox box = read_fleet_outbox(opt.state_dir);
    if (!opt.force && box.next_try > now) {
        r.message = "upload: not before " + format_utc(box.next_try) + " (" + std::to_string(box.failures) +
                    " failed tries; last: " + box.last_error + ")";
        r.error = ErrorKind::Unreachable;
        return r;
    }
    r.attempted = true;

    box.last_good_sync = std::max(box.last_good_sync, last_successful_sync(opt.state_dir));

    std::string error;  // the first failure of this run, one line
    try {
        const Client client(opt);
        std::string read_error;
        const std::vector<DayFile> days = make_day_files(opt.stats_path, opt.kiosk_id, local_date_time(now), read_error);
        if (!read_error.empty()) error = "upload: " + read_error;
        std::map<std::string, std::string> kept;  // the outbox's days still in the statistics file
        for (const DayFile& d : days) {
            const std::string day = to_iso(d.day), hash = content_hash(d.content);
            if (const auto it = box.sent.find(day); it != box.sent.end()) kept[day] = it->second;
            if (kept.count(day) && kept[day] == hash) continue;
            if (!error.empty()) {  // after a failure the rest wait for the next run
                ++r.days_left;
                continue;
            }
            if (const std::string e = client.put(d.path, d.json); !e.empty()) {
                error = e;
                ++r.days_left;
                continue;
            }
            kept[day] = hash;
            ++r.days_sent;
        }
        // An unreadable statistics file forgets nothing that was sent.
        if (read_error.empty()) box.sent = std::move(kept);

        const Heartbeat h = make_heartbeat(opt.state_dir, opt.kiosk_id, opt.software, now, box.last_good_sync, error);
        if (const std::string e = client.put(heartbeat_path(opt.kiosk_id), heartbeat_json(h)); !e.empty() && error.empty())
            error = e;
    } catch (const Error& e) {
        error = one_line(e.what());
        r.error = e.kind();
    }

    if (error.empty()) {
        box.failures = 0;
        box.next_try = 0;
        box.last_error.clear();
        r.ok = true;
        r.message = "upload: " + std::to_string(r.days_sent) + " day file(s) and the heartbeat sent to " + opt.url;
    } else {
        ++box.failures;
        box.next_try = now + fleet_backoff_seconds(box.failures, opt.retry_first_s, opt.retry_max_s);
        box.last_error = error;
        if (r.error == ErrorKind::Internal) r.error = ErrorKind::Unreachable;
        r.message = error + " (" + std::to_string(r.days_sent) + " day file(s) sent, " + std::to_string(r.days_left) +
                    " left; next try not before " + format_utc(box.next_try) + ")";
    }
    try {
        write_fleet_outbox(opt.state_dir, box);
    } catch (const Error& e) {
        r.ok = false;
        r.error = ErrorKind::IoError;
        r.message = "upload: " + one_line(e.what());
    }
    return r;
}

}  // namespace kiosk::install

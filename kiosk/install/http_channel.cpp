// The HTTP(S) channel (see http_channel.h): libcurl, a bounded number of tries with backoff,
// downloads resumed with Range requests, and a byte budget so a server can never send more
// than the manifest promised.
#include "install/http_channel.h"

#include <curl/curl.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <functional>
#include <mutex>
#include <thread>

#include "core/error.h"
#include "install/install.h"

namespace kiosk::install {

namespace fs = std::filesystem;

namespace {

constexpr const char* kUserAgent = "kiosk-sync/0.1";

void curl_init_once() {
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

std::string one_line(std::string s) {
    for (char& c : s)
        if (c == '\n' || c == '\r') c = ' ';
    while (!s.empty() && s.back() == ' ') s.pop_back();
    return s;
}

class HttpChannel : public Channel {
public:
    explicit HttpChannel(const InstallOptions& opt) : opt_(opt) { curl_init_once(); }

    std::string location(const std::string& file) const override {
        return opt_.source + (opt_.source.ends_with('/') ? "" : "/") + file;
    }

    std::string fetch_small(const std::string& file, std::size_t limit) const override {
        std::string out;
        with_retries(file, [&] {
            out.clear();
            return http_get(location(file), 0, limit + 1, [&](const char* p, std::size_t n) { out.append(p, n); return true; },
                            [&] { out.clear(); });
        });
        refuse_oversized(location(file), out, limit);
        return out;
    }

    void fetch_file(const std::string& file, const std::string& part, std::uint64_t expected) const override {
        if (part_already_complete(opt_, part, expected)) return;
        with_retries(file, [&] {
            std::uint64_t have = size_or_zero(part);
            if (have == expected) return std::string();
            std::FILE* f = std::fopen(part.c_str(), "ab");
            if (!f) throw Error(ErrorKind::IoError, "cannot write " + part + ": " + std::strerror(errno));
            std::unique_ptr<std::FILE, int (*)(std::FILE*)> guard(f, &std::fclose);
            int write_errno = 0;
            const std::uint64_t start = have;
            std::string err = http_get(
                location(file), have, expected - have,
                [&](const char* p, std::size_t n) {
                    if (std::fwrite(p, 1, n, f) != n) {
                        write_errno = errno;
                        return false;
                    }
                    have += n;
                    if (opt_.progress) opt_.progress(have, expected);
                    return true;
                },
                [&] {  // the server ignored our Range and sends the whole file: start over
                    std::fflush(f);
                    if (::ftruncate(::fileno(f), 0) != 0) write_errno = errno;
                    std::fseek(f, 0, SEEK_END);
                    have = 0;
                });
            if (std::fflush(f) != 0 && !write_errno) write_errno = errno;
            if (write_errno)
                throw Error(write_errno == ENOSPC ? ErrorKind::NoSpace : ErrorKind::IoError,
                            "cannot write " + part + ": " + std::strerror(write_errno));
            if (err.empty() && have < expected)
                err = "the server sent " + std::to_string(have - start) + " bytes, " + std::to_string(expected - start) +
                      " were expected";
            return err;
        });
    }

private:
    // Runs `attempt` (which returns "" on success, else why it failed) up to opt.attempts
    // times, waiting 1 s, 2 s, 4 s... between tries: a kiosk's link flaps, a CDN hiccups.
    template <class F>
    void with_retries(const std::string& file, F attempt) const {
        std::string why;
        double wait = opt_.first_backoff_s;
        const int tries = opt_.attempts < 1 ? 1 : opt_.attempts;
        for (int i = 0; i < tries; ++i) {
            if (i > 0) {
                std::this_thread::sleep_for(std::chrono::duration<double>(wait));
                wait *= 2;
            }
            why = attempt();
            if (why.empty()) return;
        }
        throw Error(ErrorKind::Unreachable,
                    location(file) + ": " + why + (tries > 1 ? " (after " + std::to_string(tries) + " tries)" : ""));
    }

    struct Sink {
        std::function<bool(const char*, std::size_t)> write;
        std::function<void()> restart;
        CURL* easy = nullptr;
        std::uint64_t resume_from = 0, budget = 0, got = 0;
        bool checked_status = false, over_budget = false;
    };

    static std::size_t on_body(char* p, std::size_t size, std::size_t n, void* ud) {
        auto& s = *static_cast<Sink*>(ud);
        const std::size_t len = size * n;
        if (!s.checked_status) {
            s.checked_status = true;
            long code = 0;
            curl_easy_getinfo(s.easy, CURLINFO_RESPONSE_CODE, &code);
            if (s.resume_from > 0 && code == 200) {
                s.restart();
                s.budget += s.resume_from;
            }
        }
        if (s.got + len > s.budget) {
            s.over_budget = true;
            return 0;  // aborts the transfer: the file is larger than the manifest says
        }
        s.got += len;
        return s.write(p, len) ? len : 0;
    }

    // One GET from byte `from` on, of at most `budget` bytes. "" on success, else one line.
    std::string http_get(const std::string& url, std::uint64_t from, std::uint64_t budget,
                         std::function<bool(const char*, std::size_t)> write, std::function<void()> restart) const {
        std::unique_ptr<CURL, void (*)(CURL*)> easy(curl_easy_init(), &curl_easy_cleanup);
        if (!easy) return "cannot start a transfer";
        char errbuf[CURL_ERROR_SIZE] = {};
        Sink sink{std::move(write), std::move(restart), easy.get(), from, budget, 0, false, false};
        CURL* e = easy.get();
        curl_easy_setopt(e, CURLOPT_URL, url.c_str());
        curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
        curl_easy_setopt(e, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
        curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 1L);
        curl_easy_setopt(e, CURLOPT_MAXREDIRS, 5L);
        curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(e, CURLOPT_FAILONERROR, 1L);
        curl_easy_setopt(e, CURLOPT_USERAGENT, kUserAgent);
        curl_easy_setopt(e, CURLOPT_ERRORBUFFER, errbuf);
        curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT, opt_.timeout_s);
        // No total timeout (a big pack on a slow link may take long); a stall is what we
        // give up on: less than 1 byte/s for timeout_s seconds.
        curl_easy_setopt(e, CURLOPT_LOW_SPEED_LIMIT, 1L);
        curl_easy_setopt(e, CURLOPT_LOW_SPEED_TIME, opt_.timeout_s);
        curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, &HttpChannel::on_body);
        curl_easy_setopt(e, CURLOPT_WRITEDATA, &sink);
        if (from > 0) curl_easy_setopt(e, CURLOPT_RESUME_FROM_LARGE, static_cast<curl_off_t>(from));
        const CURLcode rc = curl_easy_perform(e);
        if (rc == CURLE_OK) return "";
        if (sink.over_budget) return "larger than the " + std::to_string(sink.budget) + " bytes expected";
        long code = 0;
        curl_easy_getinfo(e, CURLINFO_RESPONSE_CODE, &code);
        if (rc == CURLE_HTTP_RETURNED_ERROR) return "HTTP " + std::to_string(code);
        return one_line(errbuf[0] ? errbuf : curl_easy_strerror(rc));
    }

    const InstallOptions& opt_;
};

}  // namespace

std::unique_ptr<Channel> open_any_channel(const InstallOptions& opt) {
    if (is_http_source(opt.source)) return std::make_unique<HttpChannel>(opt);
    return open_directory_channel(opt);
}

}  // namespace kiosk::install

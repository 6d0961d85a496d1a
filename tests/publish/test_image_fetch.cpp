// Remote image downloads tested against a real HTTP/1.1 server on 127.0.0.1 that the test
// runs in-process: caching, 304 revalidation, parallelism, timeouts, size caps and refusals;
// then failing fast (issue 13): hosts given up after one attempt, failures remembered with a
// retry time, --previous retrying failed pictures, rights end dates.
#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <stb/stb_image_write.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "core/manifest.h"
#include "publish/image_fetch.h"
#include "publish/images.h"
#include "publish/pack_writer.h"
#include "publish_util.h"

namespace fs = std::filesystem;
using namespace kiosk::publish;
using kiosk::format_utc;
using testutil::TempDir;

namespace {

void append_to(void* ctx, void* data, int n) { static_cast<std::string*>(ctx)->append(static_cast<char*>(data), n); }

std::string make_png(int w, int h, int seed = 0) {
    std::vector<unsigned char> px(static_cast<size_t>(w) * h * 3);
    for (size_t i = 0; i < px.size(); ++i) px[i] = static_cast<unsigned char>((i * 7 + static_cast<size_t>(seed) * 13) % 251);
    std::string out;
    stbi_write_png_to_func(append_to, &out, w, h, 3, px.data(), w * 3);
    return out;
}

std::string make_jpeg(int w, int h) {
    std::vector<unsigned char> px(static_cast<size_t>(w) * h * 3, 128);
    std::string out;
    stbi_write_jpg_to_func(append_to, &out, w, h, 3, px.data(), 85);
    return out;
}

// A fixed picture the server hands out, with the validators it answers conditional requests by.
struct Resource {
    std::string body, content_type, etag, last_modified;
    int delay_ms = 0;
};

// A small threaded HTTP/1.1 server: one thread per connection, "Connection: close" on every
// answer, routes fixed in handle(). It counts what it sends so tests can see the wire.
class TestServer {
public:
    TestServer() {
        listen_fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
        int one = 1;
        ::setsockopt(listen_fd_, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        a.sin_port = 0;  // any free port: tests may run in parallel
        REQUIRE(::bind(listen_fd_, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0);
        REQUIRE(::listen(listen_fd_, 64) == 0);
        socklen_t len = sizeof a;
        ::getsockname(listen_fd_, reinterpret_cast<sockaddr*>(&a), &len);
        port_ = ntohs(a.sin_port);
        acceptor_ = std::thread([this] { accept_loop(); });
    }
    ~TestServer() {
        stopping_ = true;
        acceptor_.join();
        ::close(listen_fd_);
        std::vector<std::thread> workers;
        {
            std::lock_guard<std::mutex> lk(mu_);
            workers.swap(workers_);
        }
        for (auto& t : workers) t.join();
    }
    TestServer(const TestServer&) = delete;
    TestServer& operator=(const TestServer&) = delete;

    std::string url(const std::string& path) const { return "http://127.0.0.1:" + std::to_string(port_) + path; }

    void set(const std::string& path, Resource r) {
        std::lock_guard<std::mutex> lk(mu_);
        resources_[path] = std::move(r);
    }
    int hits(const std::string& path) {
        std::lock_guard<std::mutex> lk(mu_);
        return hits_[path];
    }
    std::size_t body_bytes(const std::string& path) {
        std::lock_guard<std::mutex> lk(mu_);
        return body_bytes_[path];
    }
    std::string last_header(const std::string& name) {
        std::lock_guard<std::mutex> lk(mu_);
        return last_headers_[name];
    }
    int max_concurrent() const { return max_concurrent_; }

private:
    void accept_loop() {
        while (!stopping_) {
            pollfd p{listen_fd_, POLLIN, 0};
            if (::poll(&p, 1, 20) <= 0) continue;
            const int fd = ::accept(listen_fd_, nullptr, nullptr);
            if (fd < 0) continue;
            std::lock_guard<std::mutex> lk(mu_);
            workers_.emplace_back([this, fd] {
                serve(fd);
                ::close(fd);
            });
        }
    }

    // Sends everything or gives up when the client has gone (the fetcher aborts on purpose).
    // Body bytes are counted before they leave, so a client that has read them can never
    // look at the counter before it moved.
    bool send_all(int fd, const std::string& path, std::string_view data, bool is_body) {
        if (is_body) {
            std::lock_guard<std::mutex> lk(mu_);
            body_bytes_[path] += data.size();
        }
        while (!data.empty()) {
            const ssize_t n = ::send(fd, data.data(), data.size(), MSG_NOSIGNAL);
            if (n <= 0) return false;
            data.remove_prefix(static_cast<std::size_t>(n));
        }
        return true;
    }

    // Concurrency is measured over the delay before answering: a client only starts its next
    // request after an answer arrived, so the count cannot lag behind the client.
    bool delayed(int fd, int ms) {
        const int now = ++concurrent_;
        int prev = max_concurrent_;
        while (now > prev && !max_concurrent_.compare_exchange_weak(prev, now)) {
        }
        const bool ok = wait(fd, ms);
        --concurrent_;
        return ok;
    }

    // Waits up to `ms`, returning early (false) when the server stops or the client hangs up.
    bool wait(int fd, int ms) {
        const auto end = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
        while (std::chrono::steady_clock::now() < end) {
            if (stopping_) return false;
            pollfd p{fd, POLLIN | POLLRDHUP, 0};
            if (::poll(&p, 1, 10) > 0) {
                char c;
                if (::recv(fd, &c, 1, MSG_DONTWAIT) <= 0) return false;
            }
        }
        return true;
    }

    void serve(int fd) {
        std::string req;
        char buf[4096];
        while (req.find("\r\n\r\n") == std::string::npos) {
            pollfd p{fd, POLLIN, 0};
            if (::poll(&p, 1, 2000) <= 0) return;
            const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
            if (n <= 0) return;
            req.append(buf, static_cast<std::size_t>(n));
        }
        const auto sp1 = req.find(' '), sp2 = req.find(' ', sp1 + 1);
        const std::string path = req.substr(sp1 + 1, sp2 - sp1 - 1);
        std::map<std::string, std::string> headers;  // lower-case names
        std::size_t pos = req.find("\r\n") + 2;
        while (pos < req.size()) {
            const auto eol = req.find("\r\n", pos);
            if (eol == pos || eol == std::string::npos) break;
            const std::string line = req.substr(pos, eol - pos);
            const auto colon = line.find(':');
            if (colon != std::string::npos) {
                std::string name = line.substr(0, colon);
                std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
                headers[name] = line.substr(line.find_first_not_of(' ', colon + 1));
            }
            pos = eol + 2;
        }
        Resource res;
        bool found = false;
        {
            std::lock_guard<std::mutex> lk(mu_);
            ++hits_[path];
            for (auto& [k, v] : headers) last_headers_[k] = v;
            auto it = resources_.find(path);
            if (it != resources_.end()) {
                res = it->second;
                found = true;
            }
        }
        auto answer = [&](const std::string& status, const std::string& extra, const std::string& body) {
            send_all(fd, path, "HTTP/1.1 " + status + "\r\nConnection: close\r\n" + extra +
                                   "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n", false);
            send_all(fd, path, body, true);
        };

        if (found) {
            if (res.delay_ms && !delayed(fd, res.delay_ms)) return;
            const auto inm = headers.find("if-none-match"), ims = headers.find("if-modified-since");
            const bool fresh = !res.etag.empty() ? (inm != headers.end() && inm->second == res.etag)
                                                 : (ims != headers.end() && ims->second == res.last_modified);
            std::string validators;
            if (!res.etag.empty()) validators += "ETag: " + res.etag + "\r\n";
            if (!res.last_modified.empty()) validators += "Last-Modified: " + res.last_modified + "\r\n";
            if (fresh) {
                send_all(fd, path, "HTTP/1.1 304 Not Modified\r\nConnection: close\r\n" + validators + "\r\n", false);
                return;
            }
            answer("200 OK", "Content-Type: " + res.content_type + "\r\n" + validators, res.body);
        } else if (path == "/slow.jpg") {
            // Announces a body it never finishes sending.
            send_all(fd, path, "HTTP/1.1 200 OK\r\nContent-Type: image/jpeg\r\nContent-Length: 100000\r\n\r\n", false);
            send_all(fd, path, "\xff\xd8\xff\xe0", true);
            wait(fd, 20000);
        } else if (path == "/huge.jpg") {
            send_all(fd, path, "HTTP/1.1 200 OK\r\nContent-Type: image/jpeg\r\nContent-Length: 500000000\r\n\r\n", false);
            send_all(fd, path, "\xff\xd8\xff\xe0", true);
        } else if (path == "/stream.jpg") {
            // No Content-Length: only counting bytes as they arrive can stop this one.
            send_all(fd, path, "HTTP/1.1 200 OK\r\nContent-Type: image/jpeg\r\nConnection: close\r\n\r\n", false);
            std::string chunk(64 * 1024, 'x');
            chunk.replace(0, 4, "\xff\xd8\xff\xe0");
            for (int i = 0; i < 1024 && !stopping_; ++i) {  // 64 MB if nobody stops us
                if (!send_all(fd, path, chunk, true)) break;
                chunk[0] = 'x';
            }
        } else if (path == "/redirect.png") {
            answer("302 Found", "Location: /img/a.png\r\n", "");
        } else if (path == "/loop") {
            answer("302 Found", "Location: /loop\r\n", "");
        } else if (path == "/to-file") {
            answer("302 Found", "Location: file:///etc/passwd\r\n", "");
        } else if (path == "/page.html") {
            answer("200 OK", "Content-Type: text/html\r\n", "<!DOCTYPE html><html><body>Portail captif</body></html>");
        } else if (path == "/error500.png") {
            answer("500 Internal Server Error", "Content-Type: text/html\r\n", "<html>oops</html>");
        } else if (path == "/empty.png") {
            answer("200 OK", "Content-Type: image/png\r\n", "");
        } else {
            answer("404 Not Found", "Content-Type: text/html\r\n", "<html>not here</html>");
        }
    }

    int listen_fd_ = -1;
    int port_ = 0;
    std::atomic<bool> stopping_{false};
    std::atomic<int> concurrent_{0}, max_concurrent_{0};
    std::thread acceptor_;
    std::mutex mu_;
    std::vector<std::thread> workers_;
    std::map<std::string, Resource> resources_;
    std::map<std::string, int> hits_;
    std::map<std::string, std::size_t> body_bytes_;
    std::map<std::string, std::string> last_headers_;
};

// The usual pictures: one with an ETag, one with only Last-Modified.
void add_pictures(TestServer& s, const std::string& png, const std::string& jpeg) {
    s.set("/img/a.png", {png, "image/png", "\"a-v1\"", "Mon, 05 Oct 2026 08:00:00 GMT", 0});
    s.set("/img/b.jpg", {jpeg, "image/jpeg", "", "Tue, 06 Oct 2026 09:30:00 GMT", 0});
}

FetchOptions quick(const std::string& cache_dir = "") {
    FetchOptions o;
    o.cache_dir = cache_dir;
    o.connect_timeout_s = 2;
    o.total_timeout_s = 5;
    return o;
}

std::size_t files_in(const fs::path& dir) {
    std::size_t n = 0;
    for (const auto& e : fs::directory_iterator(dir)) n += e.is_regular_file() ? 1 : 0;
    return n;
}

// A port nothing listens on: bind, read the number, close.
int free_port() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a);
    socklen_t len = sizeof a;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len);
    ::close(fd);
    return ntohs(a.sin_port);
}

}  // namespace

TEST_CASE("image fetch: downloads pictures and stores them in the content-addressed cache", "[image_fetch]") {
    TempDir tmp;
    TestServer server;
    const std::string png = make_png(300, 200), jpeg = make_jpeg(120, 80);
    add_pictures(server, png, jpeg);

    ImageFetcher f(quick((tmp.path / "cache").string()));
    auto res = f.fetch({server.url("/img/a.png"), server.url("/img/b.jpg")});
    REQUIRE(res.size() == 2);
    const FetchResult& a = res[server.url("/img/a.png")];
    const FetchResult& b = res[server.url("/img/b.jpg")];
    CHECK(a.ok);
    CHECK(a.error.empty());
    CHECK(a.bytes == png);
    CHECK_FALSE(a.from_cache);
    CHECK(b.ok);
    CHECK(b.bytes == jpeg);
    CHECK(f.stats().fetched == 2);
    CHECK(f.stats().failed == 0);
    CHECK(f.stats().bytes_downloaded == png.size() + jpeg.size());
    CHECK(server.last_header("user-agent") == "kiosk-pack/0.1");

    CHECK(files_in(tmp.path / "cache/blobs") == 2);
    CHECK(files_in(tmp.path / "cache/urls") == 2);
    // Blobs are named by the SHA-256 of their bytes (no leftover temporary files).
    for (const auto& e : fs::directory_iterator(tmp.path / "cache/blobs")) CHECK(e.path().filename().string().size() == 64);

    // What comes out is what the image pipeline accepts.
    PreparedImage img;
    std::string why;
    CHECK(prepare_image(a.bytes, img, why));
    CHECK(img.info.width == 300);
}

TEST_CASE("image fetch: a rebuild revalidates with ETag / Last-Modified and reuses the blob on 304", "[image_fetch]") {
    TempDir tmp;
    TestServer server;
    const std::string png = make_png(64, 48), jpeg = make_jpeg(32, 32);
    add_pictures(server, png, jpeg);
    const std::string cache = (tmp.path / "cache").string();
    const std::vector<std::string> urls = {server.url("/img/a.png"), server.url("/img/b.jpg")};
    {
        ImageFetcher first(quick(cache));
        first.fetch(urls);
    }
    const std::size_t sent_a = server.body_bytes("/img/a.png"), sent_b = server.body_bytes("/img/b.jpg");

    ImageFetcher second(quick(cache));
    auto res = second.fetch(urls);
    for (const auto& u : urls) {
        INFO(u);
        CHECK(res[u].ok);
        CHECK(res[u].not_modified);
        CHECK(res[u].from_cache);
    }
    CHECK(res[urls[0]].bytes == png);
    CHECK(res[urls[1]].bytes == jpeg);
    CHECK(second.stats().not_modified == 2);
    CHECK(second.stats().fetched == 0);
    CHECK(second.stats().bytes_downloaded == 0);
    CHECK(server.hits("/img/a.png") == 2);
    CHECK(server.hits("/img/b.jpg") == 2);
    // The server was asked, but no body crossed the wire.
    CHECK(server.body_bytes("/img/a.png") == sent_a);
    CHECK(server.body_bytes("/img/b.jpg") == sent_b);

    SECTION("the same fetcher does not ask twice in one run") {
        auto again = second.fetch(urls);
        CHECK(again[urls[0]].ok);
        CHECK(again[urls[0]].from_cache);
        CHECK(second.stats().cached == 2);
        CHECK(server.hits("/img/a.png") == 2);
    }
    SECTION("a changed picture is downloaded again") {
        const std::string png2 = make_png(64, 48, 5);
        server.set("/img/a.png", {png2, "image/png", "\"a-v2\"", "Wed, 07 Oct 2026 08:00:00 GMT", 0});
        ImageFetcher third(quick(cache));
        auto r = third.fetch(urls);
        CHECK(r[urls[0]].ok);
        CHECK_FALSE(r[urls[0]].from_cache);
        CHECK(r[urls[0]].bytes == png2);
        CHECK(third.stats().fetched == 1);
        CHECK(third.stats().not_modified == 1);
        CHECK(files_in(tmp.path / "cache/blobs") == 3);
    }
    SECTION("without revalidation the cache answers alone") {
        FetchOptions o = quick(cache);
        o.revalidate = false;
        ImageFetcher offline(o);
        auto r = offline.fetch(urls);
        CHECK(r[urls[0]].ok);
        CHECK(r[urls[0]].from_cache);
        CHECK(offline.stats().cached == 2);
        CHECK(server.hits("/img/a.png") == 2);
    }
    SECTION("a FIFO in the cache, as a blob or a URL record, is a miss: downloaded again, never waited on") {
        std::vector<fs::path> fifos;
        for (const char* dir : {"cache/blobs", "cache/urls"})
            for (const auto& e : fs::directory_iterator(tmp.path / dir)) fifos.push_back(e.path());
        // One of each: a's blob and b's record (found by content: a record names its URL).
        fs::path blob, record;
        for (const fs::path& f : fifos) {
            const std::string text = testutil::slurp(f);
            if (text == png) blob = f;
            if (text.find(urls[1]) != std::string::npos) record = f;
        }
        REQUIRE_FALSE(blob.empty());
        REQUIRE_FALSE(record.empty());
        for (const fs::path& f : {blob, record}) {
            fs::remove(f);
            testutil::make_fifo(f);
        }
        auto r = testutil::with_fifo_guard({blob, record}, [&] {
            ImageFetcher third(quick(cache));
            auto got = third.fetch(urls);
            CHECK(third.stats().fetched == 2);
            return got;
        });
        CHECK(r[urls[0]].bytes == png);
        CHECK(r[urls[1]].bytes == jpeg);
    }
    SECTION("a damaged blob is not trusted: the picture is downloaded again") {
        for (const auto& e : fs::directory_iterator(tmp.path / "cache/blobs")) testutil::write_file(e.path(), "garbage");
        ImageFetcher third(quick(cache));
        auto r = third.fetch(urls);
        CHECK(r[urls[0]].bytes == png);
        CHECK(r[urls[1]].bytes == jpeg);
        CHECK(third.stats().fetched == 2);
    }
}

TEST_CASE("image fetch: a cached picture survives a server that cannot be reached", "[image_fetch]") {
    TempDir tmp;
    const std::string cache = (tmp.path / "cache").string();
    const std::string png = make_png(16, 16);
    std::string url;
    {
        TestServer server;
        add_pictures(server, png, make_jpeg(8, 8));
        url = server.url("/img/a.png");
        ImageFetcher f(quick(cache));
        REQUIRE(f.fetch({url})[url].ok);
    }
    ImageFetcher f(quick(cache));
    auto r = f.fetch({url})[url];
    CHECK(r.ok);
    CHECK(r.from_cache);
    CHECK(r.bytes == png);
    CHECK(r.note.find("server not reachable") != std::string::npos);
    CHECK(f.stats().cached == 1);
}

TEST_CASE("image fetch: transfers run in parallel up to the limit", "[image_fetch]") {
    TestServer server;
    std::vector<std::string> urls;
    for (int i = 0; i < 20; ++i) {
        const std::string path = "/n/" + std::to_string(i) + ".png";
        server.set(path, {make_png(8 + i, 8, i), "image/png", "\"n" + std::to_string(i) + "\"", "", 150});
        urls.push_back(server.url(path));
    }
    FetchOptions o = quick();
    o.parallel = 8;
    ImageFetcher f(o);
    const auto t0 = std::chrono::steady_clock::now();
    auto res = f.fetch(urls);
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    CHECK(res.size() == 20);
    for (const auto& [u, r] : res) CHECK(r.ok);
    CHECK(f.stats().fetched == 20);
    CHECK(server.max_concurrent() > 1);
    CHECK(server.max_concurrent() <= 8);
    CHECK(s < 2.0);  // 20 x 150 ms one after the other would take 3 s

    TestServer serial_server;
    for (int i = 0; i < 3; ++i) serial_server.set("/s" + std::to_string(i) + ".png", {make_png(4, 4, i), "image/png", "", "", 100});
    o.parallel = 1;
    ImageFetcher one(o);
    auto r1 = one.fetch({serial_server.url("/s0.png"), serial_server.url("/s1.png"), serial_server.url("/s2.png")});
    CHECK(one.stats().fetched == 3);
    CHECK(serial_server.max_concurrent() == 1);
}

TEST_CASE("image fetch: a server that never finishes hits the timeout", "[image_fetch]") {
    TestServer server;
    FetchOptions o = quick();
    o.total_timeout_s = 1;
    ImageFetcher f(o);
    const auto t0 = std::chrono::steady_clock::now();
    auto r = f.fetch({server.url("/slow.jpg")})[server.url("/slow.jpg")];
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    CHECK_FALSE(r.ok);
    CHECK(r.error == "timeout after 1 s");
    CHECK(s < 4.0);
    CHECK(f.stats().failed == 1);
}

TEST_CASE("image fetch: the size cap holds whether or not the length is announced", "[image_fetch]") {
    TestServer server;
    FetchOptions o = quick();
    o.max_bytes = 1u << 20;
    ImageFetcher f(o);
    auto res = f.fetch({server.url("/huge.jpg"), server.url("/stream.jpg")});
    CHECK_FALSE(res[server.url("/huge.jpg")].ok);
    CHECK(res[server.url("/huge.jpg")].error == "larger than 1 MB");
    CHECK_FALSE(res[server.url("/stream.jpg")].ok);
    CHECK(res[server.url("/stream.jpg")].error == "larger than 1 MB");
    // The stream was cut short: far less than its 64 MB left the server (socket buffers aside).
    CHECK(server.body_bytes("/stream.jpg") < (32u << 20));
    CHECK(f.stats().failed == 2);
    CHECK(f.stats().bytes_downloaded == 0);

    FetchOptions d = quick();  // the default 20 MB cap reads as such
    ImageFetcher g(d);
    CHECK(g.fetch({server.url("/huge.jpg")})[server.url("/huge.jpg")].error == "larger than 20 MB");
}

TEST_CASE("image fetch: HTTP errors, redirects and bodies that are not pictures", "[image_fetch]") {
    TempDir tmp;
    TestServer server;
    const std::string png = make_png(20, 10);
    add_pictures(server, png, make_jpeg(8, 8));
    ImageFetcher f(quick((tmp.path / "cache").string()));
    auto res = f.fetch({server.url("/missing.png"), server.url("/redirect.png"), server.url("/loop"),
                        server.url("/to-file"), server.url("/page.html"), server.url("/empty.png")});
    CHECK(res[server.url("/missing.png")].error == "HTTP 404");
    CHECK(res[server.url("/redirect.png")].ok);
    CHECK(res[server.url("/redirect.png")].bytes == png);
    CHECK(res[server.url("/loop")].error == "more than 5 redirects");
    CHECK_FALSE(res[server.url("/to-file")].ok);
    CHECK_FALSE(res[server.url("/to-file")].error.empty());
    CHECK(res[server.url("/page.html")].error == "not a JPEG or PNG image (starts with \"<!DOCTYPE html><\")");
    CHECK(res[server.url("/empty.png")].error == "empty response");
    CHECK(f.stats().failed == 5);
    CHECK(f.stats().fetched == 1);
    // Failures leave nothing in the cache; the redirect's target is stored under the asked URL.
    CHECK(files_in(tmp.path / "cache/urls") == 1);
}

TEST_CASE("image fetch: repeated URLs are fetched once", "[image_fetch]") {
    TestServer server;
    add_pictures(server, make_png(8, 8), make_jpeg(8, 8));
    ImageFetcher f(quick());
    const std::string a = server.url("/img/a.png"), b = server.url("/img/b.jpg");
    auto res = f.fetch({a, b, a, a, b});
    CHECK(res.size() == 2);
    CHECK(res[a].ok);
    CHECK(server.hits("/img/a.png") == 1);
    CHECK(server.hits("/img/b.jpg") == 1);
    CHECK(f.stats().fetched == 2);
}

TEST_CASE("image fetch: an unreachable server and other schemes give a clean error", "[image_fetch]") {
    ImageFetcher f(quick());
    const std::string down = "http://127.0.0.1:" + std::to_string(free_port()) + "/a.png";
    auto res = f.fetch({down, "ftp://example.org/a.png", "file:///etc/passwd", "images/local.png"});
    CHECK_FALSE(res[down].ok);
    CHECK(res[down].error.find("cannot connect") != std::string::npos);
    CHECK(res["ftp://example.org/a.png"].error == "not an http(s) URL");
    CHECK(res["file:///etc/passwd"].error == "not an http(s) URL");
    CHECK(f.stats().failed == 4);
}

TEST_CASE("image fetch: prefetch_images feeds the pack writer", "[image_fetch]") {
    TestServer server;
    const std::string png = make_png(12, 12);
    add_pictures(server, png, make_jpeg(8, 8));
    std::vector<ExportItem> items(2);
    items[0].file = "t/one.json";
    items[0].images = {{server.url("/img/a.png"), "A", "Office de tourisme", "CC BY 4.0", ""},
                       {"images/local.png", "", "", "", ""}};
    items[1].file = "t/two.json";
    items[1].images = {{server.url("/missing.png"), "", "", "", ""}, {server.url("/img/a.png"), "", "", "", ""}};

    ImageFetcher f(quick());
    std::map<std::string, FetchResult> fetched;
    prefetch_images(items, f, fetched);
    CHECK(fetched.size() == 2);  // the local path is the writer's business
    CHECK(server.hits("/img/a.png") == 1);

    std::string bytes, why, note;
    CHECK(take_fetched(fetched, server.url("/img/a.png"), bytes, why, note));
    CHECK(bytes == png);
    CHECK(note.empty());
    CHECK_FALSE(take_fetched(fetched, server.url("/missing.png"), bytes, why, note));
    CHECK(why == "remote image " + server.url("/missing.png") + ": HTTP 404");
    CHECK_FALSE(take_fetched(fetched, "http://elsewhere/x.png", bytes, why, note));

    // A second batch only asks for what the first one did not have.
    prefetch_images(items, f, fetched);
    CHECK(server.hits("/img/a.png") == 1);
}

// ---- failing fast (issue 13) -------------------------------------------------------------

namespace {

std::string closed_host_url(int port, int i) {
    return "http://127.0.0.1:" + std::to_string(port) + "/p/" + std::to_string(i) + ".jpg";
}

// One integer from a pack (or any SQLite file), for checking what a build wrote.
long long query_int(const fs::path& db_path, const std::string& sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(db_path.string().c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK);
    long long v = -1;
    if (sqlite3_step(st) == SQLITE_ROW) v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return v;
}

// A museum whose one picture is `locator`, with an optional annotation member (rightsEndDate).
using testutil::museum;

BuildReport build(const fs::path& flux, const fs::path& out, BuildOptions opt) {
    auto src = ExportSource::open(flux.string());
    return build_pack(*src, out.string(), opt);
}

std::size_t not_shipped(const BuildReport& r, const std::string& reason) {
    auto it = r.images_not_shipped.find(reason);
    return it == r.images_not_shipped.end() ? 0 : it->second;
}

}  // namespace

TEST_CASE("image fetch: an unreachable host is tried once for all its pictures", "[image_fetch][fail_fast]") {
    TestServer good;
    add_pictures(good, make_png(8, 8), make_jpeg(8, 8));
    const int port = free_port();
    std::vector<std::string> urls;
    for (int i = 0; i < 20; ++i) urls.push_back(closed_host_url(port, i));
    urls.push_back(good.url("/img/a.png"));
    FetchOptions o = quick();
    o.parallel = 8;
    ImageFetcher f(o);
    auto res = f.fetch(urls);
    // One connection attempt to the closed port, one request to the live server.
    CHECK(f.stats().attempts == 2);
    CHECK(f.stats().skipped_host == 19);
    CHECK(res[good.url("/img/a.png")].ok);
    std::size_t tried = 0, skipped = 0;
    for (int i = 0; i < 20; ++i) {
        const FetchResult& r = res[closed_host_url(port, i)];
        CHECK_FALSE(r.ok);
        CHECK(r.failure == FetchFailure::kUnreachable);
        CHECK(r.host == "127.0.0.1:" + std::to_string(port));
        if (r.skipped == FetchSkip::kHostGivenUp) {
            ++skipped;
            CHECK(r.error.find("not requested: host 127.0.0.1:" + std::to_string(port) + " unreachable") == 0);
        } else {
            ++tried;
            CHECK(r.error.find("cannot connect") != std::string::npos);
        }
    }
    CHECK(tried == 1);
    CHECK(skipped == 19);

    // The next batch of the same build does not try again, and neither does a DNS failure
    // host after its first picture.
    std::vector<std::string> more = {closed_host_url(port, 100), closed_host_url(port, 101),
                                     "http://pictures.invalid/a.jpg", "http://pictures.invalid/b.jpg",
                                     "http://PICTURES.invalid:80/c.jpg"};
    auto res2 = f.fetch(more);
    CHECK(f.stats().attempts == 3);
    CHECK(res2[closed_host_url(port, 100)].skipped == FetchSkip::kHostGivenUp);
    CHECK(res2["http://PICTURES.invalid:80/c.jpg"].host == "pictures.invalid:80");
    const auto hosts = f.hosts_given_up();
    REQUIRE(hosts.size() == 2);
    CHECK(hosts[0].host == "127.0.0.1:" + std::to_string(port));
    CHECK(hosts[0].skipped == 21);
    CHECK_FALSE(hosts[0].from_cache);
    CHECK(hosts[0].retry_after.empty());  // no cache: nothing remembered past this build
    CHECK(hosts[1].host == "pictures.invalid:80");
    CHECK(hosts[1].reason == "cannot resolve host");
    CHECK(hosts[1].skipped == 2);
}

TEST_CASE("image fetch: HTTP errors on some URLs do not give their host up", "[image_fetch][fail_fast]") {
    TestServer server;
    const std::string png = make_png(10, 10);
    add_pictures(server, png, make_jpeg(8, 8));
    std::vector<std::string> urls;
    for (int i = 0; i < 6; ++i) urls.push_back(server.url("/gone/" + std::to_string(i) + ".png"));
    urls.push_back(server.url("/error500.png"));
    urls.push_back(server.url("/img/a.png"));
    ImageFetcher f(quick());
    auto res = f.fetch(urls);
    CHECK(f.stats().attempts == 8);
    CHECK(f.stats().skipped_host == 0);
    CHECK(f.hosts_given_up().empty());
    CHECK(res[urls[0]].failure == FetchFailure::kHttpClient);
    CHECK(res[server.url("/error500.png")].error == "HTTP 500");
    CHECK(res[server.url("/error500.png")].failure == FetchFailure::kHttpServer);
    CHECK(res[server.url("/img/a.png")].bytes == png);
    for (int i = 0; i < 6; ++i) CHECK(server.hits("/gone/" + std::to_string(i) + ".png") == 1);

    // A later batch of the same build using a failed URL again gets the same answer, unasked.
    auto again = f.fetch({urls[0]});
    CHECK(again[urls[0]].error == "HTTP 404");
    CHECK(again[urls[0]].skipped == FetchSkip::kNone);
    CHECK(server.hits("/gone/0.png") == 1);
    CHECK(f.stats().attempts == 8);
}

TEST_CASE("image fetch: failures are remembered in the cache until their retry time", "[image_fetch][fail_fast]") {
    TempDir tmp;
    TestServer server;
    const std::string png = make_png(12, 12);
    add_pictures(server, png, make_jpeg(8, 8));
    const std::string cache = (tmp.path / "cache").string();
    const int port = free_port();
    const std::string missing = server.url("/later.png"), broken = server.url("/error500.png");
    const std::string dead = closed_host_url(port, 1), dead2 = closed_host_url(port, 2);
    const std::vector<std::string> urls = {missing, broken, dead, dead2};
    const std::int64_t t0 = 1'790'000'000;  // 2026-09-21
    auto at = [&](std::int64_t t) {
        FetchOptions o = quick(cache);
        o.now = t;
        return o;
    };
    {
        ImageFetcher first(at(t0));
        auto r = first.fetch(urls);
        CHECK(first.stats().attempts == 3);  // missing, broken, one of the dead host's
        CHECK(r[missing].error == "HTTP 404");
    }
    CHECK(files_in(tmp.path / "cache/failures") == 2);  // the 404 and the 500
    CHECK(files_in(tmp.path / "cache/hosts") == 1);     // the closed port

    SECTION("a rebuild within the retry times asks nobody, and says why") {
        ImageFetcher again(at(t0 + 3600));
        auto r = again.fetch(urls);
        CHECK(again.stats().attempts == 0);
        CHECK(again.stats().skipped_recent == 4);  // two URLs, and the two of the host given up
        CHECK(again.stats().skipped_host == 0);
        CHECK(server.hits("/later.png") == 1);
        CHECK(r[missing].skipped == FetchSkip::kRecentFailure);
        CHECK(r[missing].failure == FetchFailure::kHttpClient);
        CHECK(r[missing].retry_after == format_utc(t0 + 3 * 24 * 3600));
        CHECK(r[missing].error == "HTTP 404 (in an earlier build, at " + format_utc(t0) + "; asked again after " +
                                      format_utc(t0 + 3 * 24 * 3600) + ")");
        CHECK(r[broken].retry_after == format_utc(t0 + 6 * 3600));
        CHECK(r[dead].skipped == FetchSkip::kRecentFailure);
        CHECK(r[dead].failure == FetchFailure::kUnreachable);
        CHECK(r[dead].error.find("unreachable in an earlier build (cannot connect") != std::string::npos);
        const auto hosts = again.hosts_given_up();
        REQUIRE(hosts.size() == 1);
        CHECK(hosts[0].from_cache);
        CHECK(hosts[0].retry_after == format_utc(t0 + 6 * 3600));
        CHECK(hosts[0].skipped == 2);
    }
    SECTION("after 6 hours the host and the 5xx are asked again, the 404 not yet") {
        ImageFetcher later(at(t0 + 6 * 3600 + 1));
        auto r = later.fetch(urls);
        CHECK(later.stats().attempts == 2);  // broken, and one of the dead host's
        CHECK(server.hits("/error500.png") == 2);
        CHECK(server.hits("/later.png") == 1);
        CHECK(r[missing].skipped == FetchSkip::kRecentFailure);
        CHECK(r[dead].skipped == FetchSkip::kNone);
        CHECK(r[dead2].skipped == FetchSkip::kHostGivenUp);
    }
    SECTION("after 3 days a fixed picture is fetched and its failure forgotten") {
        server.set("/later.png", {png, "image/png", "\"l1\"", "", 0});
        ImageFetcher later(at(t0 + 3 * 24 * 3600 + 1));
        auto r = later.fetch({missing});
        CHECK(r[missing].ok);
        CHECK(r[missing].bytes == png);
        CHECK(server.hits("/later.png") == 2);
        CHECK(files_in(tmp.path / "cache/failures") == 1);  // the 500's is left
    }
    SECTION("without a cache nothing is remembered") {
        ImageFetcher nocache(quick());
        nocache.fetch(urls);
        CHECK(nocache.stats().attempts == 3);
    }
}

TEST_CASE("image fetch: a cached copy stands in for a picture on a host given up", "[image_fetch][fail_fast]") {
    TempDir tmp;
    const std::string cache = (tmp.path / "cache").string();
    const std::string png = make_png(16, 16), jpeg = make_jpeg(8, 8);
    std::string a, b;
    {
        TestServer server;
        add_pictures(server, png, jpeg);
        a = server.url("/img/a.png");
        b = server.url("/img/b.jpg");
        ImageFetcher f(quick(cache));
        f.fetch({a, b});
    }
    ImageFetcher f(quick(cache));
    auto r = f.fetch({a, b});
    CHECK(f.stats().attempts == 1);
    CHECK(r[a].ok);
    CHECK(r[b].ok);
    CHECK(r[a].bytes == png);
    CHECK(r[b].bytes == jpeg);
    CHECK(f.hosts_given_up().size() == 1);
}

TEST_CASE("importer: a picture's rightsEndDate is read; a malformed one is a warning", "[image_fetch][rights]") {
    auto parse = [](const std::string& annotation, std::vector<Warning>& warnings) {
        const auto obj = museum("Musée", "https://img.example/a.jpg", annotation);
        ExportItem item;
        REQUIRE(parse_object("t/x.json", "{\"@id\":\"https://data.datatourisme.fr/1\"," + obj.members + "}", item, warnings));
        REQUIRE(item.images.size() == 1);
        return item.images[0];
    };
    std::vector<Warning> w;
    CHECK(parse(R"("rightsEndDate":"2018-12-31")", w).rights_end == "2018-12-31");
    CHECK(parse(R"("rightsEndDate":["2027-01-15T00:00:00"])", w).rights_end == "2027-01-15");
    CHECK(parse("", w).rights_end.empty());
    CHECK(w.empty());
    const ImageRef bad = parse(R"("rightsEndDate":"31/12/2026")", w);
    CHECK(bad.rights_end.empty());
    CHECK(bad.locator == "https://img.example/a.jpg");  // the picture is kept
    REQUIRE(w.size() == 1);
    CHECK(w[0].file == "t/x.json");
    CHECK(w[0].field == "hasMainRepresentation[0].ebucore:hasAnnotation[0].rightsEndDate");
    CHECK(w[0].message.find("not a date") != std::string::npos);
}

TEST_CASE("pack build: pictures on an unreachable host cost one attempt and are counted by reason",
          "[image_fetch][fail_fast][pack]") {
    TempDir tmp;
    const int port = free_port();
    std::vector<testutil::FluxObject> objects;
    for (int i = 0; i < 40; ++i) objects.push_back(museum("Musée " + std::to_string(i), closed_host_url(port, i)));
    const fs::path flux = testutil::write_flux(tmp.path / "flux", objects);
    BuildOptions opt;
    opt.image_connect_timeout_s = 2;
    const BuildReport rep = build(flux, tmp.path / "a.pack", opt);
    CHECK(rep.items_kept == 40);
    CHECK(rep.images_stored == 0);
    CHECK(rep.images_failed == 40);
    CHECK(not_shipped(rep, "host_unreachable") == 1);
    CHECK(not_shipped(rep, "skipped_host_unreachable") == 39);
    REQUIRE(rep.image_hosts_given_up.size() == 1);
    CHECK(rep.image_hosts_given_up[0].host == "127.0.0.1:" + std::to_string(port));
    CHECK(rep.image_hosts_given_up[0].skipped == 39);
    // Two warnings, not forty: the first failure and the host.
    std::size_t picture_warnings = 0;
    for (const Warning& w : rep.warnings) picture_warnings += w.field == "hasMainRepresentation";
    CHECK(picture_warnings == 2);
    // The build record keeps every failed picture for the next build.
    CHECK(query_int(tmp.path / "a.pack", "SELECT count(*) FROM source_image WHERE problem = 'unreachable'") == 40);

    SECTION("with a cache, a rebuild within the retry time asks nobody and says so") {
        opt.image_cache = (tmp.path / "cache").string();
        opt.image_clock = 1'790'000'000;
        const BuildReport first = build(flux, tmp.path / "b.pack", opt);
        CHECK(not_shipped(first, "host_unreachable") == 1);
        opt.image_clock += 3600;
        const BuildReport again = build(flux, tmp.path / "c.pack", opt);
        CHECK(not_shipped(again, "host_unreachable") == 0);
        CHECK(not_shipped(again, "skipped_recent_failure") == 40);
        REQUIRE(again.image_hosts_given_up.size() == 1);
        CHECK(again.image_hosts_given_up[0].from_cache);
        CHECK(again.image_hosts_given_up[0].skipped == 40);
        CHECK(again.image_hosts_given_up[0].retry_after == kiosk::format_utc(1'790'000'000 + 6 * 3600));
        std::size_t host_warnings = 0;
        for (const Warning& w : again.warnings) host_warnings += w.field == "hasMainRepresentation";
        CHECK(host_warnings == 1);
        // Same flux, same conditions as far as the pack can tell: the same bytes.
        CHECK(testutil::slurp(tmp.path / "b.pack") == testutil::slurp(tmp.path / "c.pack"));
    }
}

TEST_CASE("pack build: --previous retries pictures that failed, within the cache's retry times",
          "[image_fetch][fail_fast][pack]") {
    TempDir tmp;
    TestServer server;
    const std::string png = make_png(40, 30, 1), png2 = make_png(40, 30, 2);
    server.set("/ok.png", {png, "image/png", "\"ok\"", "", 0});
    const fs::path flux = testutil::write_flux(
        tmp.path / "flux", {museum("Musée A", server.url("/ok.png")), museum("Musée B", server.url("/later.png"))});
    BuildOptions opt;
    opt.image_cache = (tmp.path / "cache").string();
    const std::int64_t t0 = 1'790'000'000;
    opt.image_clock = t0;
    const fs::path p1 = tmp.path / "1.pack", p2 = tmp.path / "2.pack", p3 = tmp.path / "3.pack";
    const BuildReport r1 = build(flux, p1, opt);
    CHECK(r1.images_stored == 1);
    CHECK(not_shipped(r1, "http_error") == 1);
    CHECK(query_int(p1, "SELECT count(*) FROM source_image WHERE problem = 'http_error'") == 1);

    server.set("/later.png", {png2, "image/png", "\"l\"", "", 0});  // the producer fixes it
    opt.previous = p1.string();

    // An hour later: the object is looked at again, but the 404 is not asked again yet.
    opt.image_clock = t0 + 3600;
    const BuildReport r2 = build(flux, p2, opt);
    CHECK(r2.incremental);
    CHECK(r2.objects_reused == 1);
    CHECK(r2.objects_rechecked == 1);
    CHECK(not_shipped(r2, "skipped_recent_failure") == 1);
    CHECK(server.hits("/later.png") == 1);
    CHECK(r2.images_stored == 1);
    // The record keeps the failure's kind, not "skipped": the same flux gives the same pack.
    CHECK(query_int(p2, "SELECT count(*) FROM source_image WHERE problem = 'http_error'") == 1);

    // Past the retry time, the next incremental build fetches it.
    opt.previous = p2.string();
    opt.image_clock = t0 + 4 * 24 * 3600;
    const BuildReport r3 = build(flux, p3, opt);
    CHECK(r3.objects_rechecked == 1);
    CHECK(server.hits("/later.png") == 2);
    CHECK(r3.images_stored == 2);
    CHECK(r3.images_failed == 0);
    CHECK(query_int(p3, "SELECT count(*) FROM source_image") == 0);

    // Nothing left to retry: a further build reuses both objects without parsing them.
    opt.previous = p3.string();
    const BuildReport r4 = build(flux, tmp.path / "4.pack", opt);
    CHECK(r4.objects_reused == 2);
    CHECK(r4.objects_rechecked == 0);
    CHECK(r4.objects_read == 0);

    SECTION("without a cache, --previous retries at once") {
        TempDir t2;
        server.set("/later.png", {png2, "image/png", "\"l\"", "", 0});
        BuildOptions o;
        const fs::path f2 = testutil::write_flux(t2.path / "flux", {museum("Musée C", server.url("/gone.png"))});
        const BuildReport a = build(f2, t2.path / "a.pack", o);
        CHECK(not_shipped(a, "http_error") == 1);
        server.set("/gone.png", {png2, "image/png", "", "", 0});
        o.previous = (t2.path / "a.pack").string();
        const BuildReport b = build(f2, t2.path / "b.pack", o);
        CHECK(b.objects_rechecked == 1);
        CHECK(b.images_stored == 1);
    }
}

TEST_CASE("pack build: a picture whose rights have ended is not shipped", "[image_fetch][rights][pack]") {
    TempDir tmp;
    const fs::path root = tmp.path / "flux";
    testutil::write_file(root / "images/old.png", make_png(30, 20, 1));
    testutil::write_file(root / "images/today.png", make_png(30, 20, 2));
    testutil::write_file(root / "images/soon.png", make_png(30, 20, 3));
    testutil::write_file(root / "images/bad.png", make_png(30, 20, 4));
    // write_flux dates every object 2026-10-01T08:00:00Z: that is the build time.
    testutil::write_flux(root, {museum("Expiré", "images/old.png", R"("rightsEndDate":"2026-09-30")"),
                                museum("Dernier jour", "images/today.png", R"("rightsEndDate":"2026-10-01")"),
                                museum("Bientôt", "images/soon.png", R"("rightsEndDate":"2026-10-04")"),
                                museum("Mal daté", "images/bad.png", R"("rightsEndDate":"bientôt")")});
    BuildOptions opt;
    const fs::path p1 = tmp.path / "1.pack";
    const BuildReport r1 = build(root, p1, opt);
    CHECK(r1.build_time == "2026-10-01T08:00:00Z");
    CHECK(r1.items_kept == 4);
    CHECK(r1.images_stored == 3);
    CHECK(not_shipped(r1, "rights_expired") == 1);
    CHECK(r1.images_failed == 0);
    CHECK(query_int(p1, "SELECT count(*) FROM item_media im JOIN item i ON i.id = im.item_id"
                        " JOIN item_text t ON t.item_id = i.id AND t.field = 'title' WHERE t.value = 'Expiré'") == 0);
    bool warned_expired = false, warned_malformed = false;
    for (const Warning& w : r1.warnings) {
        warned_expired |= w.message.find("picture rights ended 2026-09-30") != std::string::npos;
        warned_malformed |= w.field.find("rightsEndDate") != std::string::npos;
    }
    CHECK(warned_expired);
    CHECK(warned_malformed);
    CHECK(query_int(p1, "SELECT count(*) FROM source_image WHERE problem = 'rights_expired'") == 1);
    CHECK(query_int(p1, "SELECT count(*) FROM source_image WHERE problem IS NULL") == 2);  // today, soon

    // Built again three days later from the same flux with --previous: the picture whose rights
    // ended meanwhile goes, though its object did not change; the others are reused untouched.
    opt.previous = p1.string();
    opt.build_time = "2026-10-05T08:00:00Z";
    const fs::path p2 = tmp.path / "2.pack";
    const BuildReport r2 = build(root, p2, opt);
    CHECK(r2.objects_rechecked == 2);  // "today" and "soon"
    CHECK(r2.objects_reused == 2);     // the expired one stays out without a look; the undated one
    CHECK(not_shipped(r2, "rights_expired") == 2);
    CHECK(r2.images_stored == 1);  // only the one without a usable date
    CHECK(query_int(p2, "SELECT count(*) FROM source_image WHERE problem = 'rights_expired'") == 3);
}

// Remote image downloads tested against a real HTTP/1.1 server on 127.0.0.1 that the test
// runs in-process: caching, 304 revalidation, parallelism, timeouts, size caps and refusals.
#include <catch2/catch.hpp>

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

#include "publish/image_fetch.h"
#include "publish/images.h"
#include "test_util.h"

namespace fs = std::filesystem;
using namespace kiosk::publish;
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
    items[0].images = {{server.url("/img/a.png"), "A", "Office de tourisme", "CC BY 4.0"},
                       {"images/local.png", "", "", ""}};
    items[1].file = "t/two.json";
    items[1].images = {{server.url("/missing.png"), "", "", ""}, {server.url("/img/a.png"), "", "", ""}};

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

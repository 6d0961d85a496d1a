#include "fleet/fleet_source.h"

#include <curl/curl.h>

#include <algorithm>
#include <filesystem>
#include <memory>

#include "core/error.h"
#include "core/file_read.h"

namespace kiosk::fleet {

namespace fs = std::filesystem;

namespace {

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::string percent_decode(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size() && hex_value(s[i + 1]) >= 0 && hex_value(s[i + 2]) >= 0) {
            out += static_cast<char>(hex_value(s[i + 1]) * 16 + hex_value(s[i + 2]));
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

// The five XML entities; anything else stays as written (and then fails the name checks).
std::string xml_unescape(std::string_view s) {
    static constexpr std::pair<std::string_view, char> kEntities[] = {
        {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
        bool done = false;
        if (s[i] == '&')
            for (const auto& [ent, c] : kEntities)
                if (s.substr(i, ent.size()) == ent) {
                    out += c;
                    i += ent.size();
                    done = true;
                    break;
                }
        if (!done) out += s[i++];
    }
    return out;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n')) s.remove_suffix(1);
    return s;
}

// The path of an http(s) URL ("/fleet/" of "https://host:8443/fleet/?x"), "/" when it has none.
std::string url_path(std::string_view url) {
    const auto scheme = url.find("://");
    if (scheme == std::string_view::npos) return std::string(url);
    const auto slash = url.find('/', scheme + 3);
    if (slash == std::string_view::npos) return "/";
    std::string_view p = url.substr(slash);
    p = p.substr(0, p.find_first_of("?#"));
    return std::string(p);
}

bool is_day_name(std::string_view name) {
    if (name.size() != 15 || name.substr(10) != ".json") return false;
    auto d = parse_date(name.substr(0, 10));
    return d && to_iso(*d) == name.substr(0, 10);
}

// What a walker needs of a source: list a folder, read a file with a cap. Both throw
// kiosk::Error with a one-line message.
class Tree {
public:
    virtual ~Tree() = default;
    virtual std::vector<DavEntry> list(const std::string& rel) = 0;
    virtual std::string read(const std::string& rel, std::uint64_t cap) = 0;
    virtual std::string where(const std::string& rel) const = 0;
    virtual std::string root_name() const = 0;
};

class DirTree final : public Tree {
public:
    explicit DirTree(fs::path root) : root_(std::move(root)) {}

    std::vector<DavEntry> list(const std::string& rel) override {
        const fs::path dir = root_ / rel;
        std::error_code ec;
        if (!fs::is_directory(dir, ec)) throw Error(ErrorKind::NotFound, "not a folder", where(rel));
        std::vector<DavEntry> out;
        fs::directory_iterator it(dir, ec), end;
        if (ec) throw Error(ErrorKind::Unreadable, ec.message(), where(rel));
        for (; it != end; it.increment(ec)) {
            if (ec) throw Error(ErrorKind::Unreadable, ec.message(), where(rel));
            if (out.size() >= kMaxDaysPerKiosk + kMaxKiosksPerSource) break;
            std::error_code ec2;
            out.push_back({it->path().filename().string(), it->is_directory(ec2)});
        }
        return out;
    }
    std::string read(const std::string& rel, std::uint64_t cap) override { return read_regular_file((root_ / rel).string(), cap); }
    std::string where(const std::string& rel) const override { return (root_ / rel).string(); }
    std::string root_name() const override {
        std::error_code ec;
        fs::path p = fs::weakly_canonical(root_, ec);
        if (ec) p = root_;
        if (!p.has_filename()) p = p.parent_path();
        return p.filename().string();
    }

private:
    fs::path root_;
};

struct Body {
    std::string text;
    std::uint64_t cap;
    bool over = false;
};

std::size_t on_body(char* p, std::size_t size, std::size_t n, void* user) {
    auto* b = static_cast<Body*>(user);
    const std::size_t len = size * n;
    if (b->text.size() + len > b->cap) {
        b->over = true;
        return 0;  // aborts the transfer
    }
    b->text.append(p, len);
    return len;
}

class HttpTree final : public Tree {
public:
    HttpTree(std::string base, const SourceOptions& opt) : base_(std::move(base)), opt_(opt) {
        if (base_.back() != '/') base_ += '/';
    }

    std::vector<DavEntry> list(const std::string& rel) override {
        static const char* kBody =
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<propfind xmlns=\"DAV:\"><prop><resourcetype/></prop></propfind>\n";
        const std::string url = base_ + rel;
        const std::string xml = request(url, "PROPFIND", kBody, kMaxListingBytes, 207);
        return parse_propfind(xml, url_path(url));
    }
    std::string read(const std::string& rel, std::uint64_t cap) override { return request(base_ + rel, nullptr, nullptr, cap, 200); }
    std::string where(const std::string& rel) const override { return shown_url(base_ + rel); }
    std::string root_name() const override {
        std::string p = percent_decode(url_path(base_));
        while (!p.empty() && p.back() == '/') p.pop_back();
        return p.substr(p.rfind('/') + 1);
    }

private:
    std::string request(const std::string& url, const char* method, const char* body, std::uint64_t cap, long want) const {
        std::unique_ptr<CURL, void (*)(CURL*)> easy(curl_easy_init(), &curl_easy_cleanup);
        if (!easy) throw Error(ErrorKind::Internal, "cannot start a transfer", where_url(url));
        CURL* e = easy.get();
        char errbuf[CURL_ERROR_SIZE] = {};
        Body sink{{}, cap};
        std::unique_ptr<curl_slist, void (*)(curl_slist*)> headers(nullptr, &curl_slist_free_all);
        curl_easy_setopt(e, CURLOPT_URL, url.c_str());
        curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
        // A listing or a file that moved is not followed: a report reads what the server has
        // where the kiosks put it.
        curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 0L);
        curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(e, CURLOPT_USERAGENT, "kiosk-stats/1");
        curl_easy_setopt(e, CURLOPT_ERRORBUFFER, errbuf);
        curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT, opt_.timeout_s);
        curl_easy_setopt(e, CURLOPT_LOW_SPEED_LIMIT, 1L);
        curl_easy_setopt(e, CURLOPT_LOW_SPEED_TIME, opt_.timeout_s);
        curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(cap));
        // Credentials from ~/.netrc, so that no password is typed on a command line.
        curl_easy_setopt(e, CURLOPT_NETRC, static_cast<long>(CURL_NETRC_OPTIONAL));
        curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, &on_body);
        curl_easy_setopt(e, CURLOPT_WRITEDATA, &sink);
        if (method) {
            curl_easy_setopt(e, CURLOPT_CUSTOMREQUEST, method);
            headers.reset(curl_slist_append(headers.release(), "Depth: 1"));
            headers.reset(curl_slist_append(headers.release(), "Content-Type: application/xml; charset=utf-8"));
            curl_easy_setopt(e, CURLOPT_HTTPHEADER, headers.get());
            curl_easy_setopt(e, CURLOPT_POSTFIELDS, body);
        }
        const CURLcode rc = curl_easy_perform(e);
        if (sink.over || rc == CURLE_FILESIZE_EXCEEDED)
            throw Error(ErrorKind::Corrupt, "too large: the limit is " + std::to_string(cap) + " bytes", where_url(url));
        if (rc != CURLE_OK)
            throw Error(ErrorKind::Unreachable, errbuf[0] ? errbuf : curl_easy_strerror(rc), where_url(url));
        long code = 0;
        curl_easy_getinfo(e, CURLINFO_RESPONSE_CODE, &code);
        if (code == 404) throw Error(ErrorKind::NotFound, "not found (HTTP 404)", where_url(url));
        if (code != want) {
            std::string why = "HTTP " + std::to_string(code);
            if (method && (code == 405 || code == 501)) why += ": the server does not answer WebDAV PROPFIND (nginx needs the dav-ext module)";
            throw Error(ErrorKind::Unreachable, why, where_url(url));
        }
        return std::move(sink.text);
    }
    static std::string where_url(const std::string& url) { return shown_url(url); }

    std::string base_;
    SourceOptions opt_;
};

bool has(const std::vector<DavEntry>& entries, std::string_view name, bool folder) {
    return std::any_of(entries.begin(), entries.end(), [&](const DavEntry& e) { return e.name == name && e.folder == folder; });
}

class Walker {
public:
    Walker(Tree& tree, Fleet& fleet, const WarnFn& warn, SourceResult& res) : tree_(tree), fleet_(fleet), warn_(warn), res_(res) {}

    void run() {
        std::vector<DavEntry> root = tree_.list("");  // throws: the source cannot be read at all
        res_.listed = true;
        std::string base;
        // A USB statistics export: the tree lies under kiosk-stats/ beside the CSV files.
        if (has(root, "kiosk-stats", true)) {
            base = "kiosk-stats/";
            root = tree_.list(base);
        }
        if (has(root, "days", true) || has(root, "heartbeat.json", false)) {
            // One kiosk's own folder.
            const std::string id = tree_.root_name();
            if (!valid_kiosk_id(id)) {
                warn_(tree_.where(base) + ": a kiosk folder whose name is not a kiosk id; skipped");
                ++res_.skipped;
                return;
            }
            read_kiosk(base, id, root);
            return;
        }
        std::sort(root.begin(), root.end(), [](const DavEntry& a, const DavEntry& b) { return a.name < b.name; });
        std::size_t kiosks = 0;
        for (const DavEntry& e : root) {
            if (!e.folder || !valid_kiosk_id(e.name)) continue;  // other files and folders are not ours
            if (++kiosks > kMaxKiosksPerSource) {
                warn_(tree_.where(base) + ": more than " + std::to_string(kMaxKiosksPerSource) + " kiosk folders; the rest is left out");
                break;
            }
            const std::string rel = base + e.name + "/";
            try {
                read_kiosk(rel, e.name, tree_.list(rel));
            } catch (const Error& err) {
                warn_(std::string(err.what()) + "; kiosk folder skipped");
                ++res_.skipped;
            }
        }
    }

private:
    void read_kiosk(const std::string& rel, const std::string& id, const std::vector<DavEntry>& entries) {
        if (has(entries, "heartbeat.json", false)) {
            const std::string f = rel + "heartbeat.json";
            try {
                Heartbeat h = parse_heartbeat(tree_.read(f, kMaxHeartbeatBytes), tree_.where(f));
                if (h.kiosk != id) throw Error(ErrorKind::Corrupt, "names kiosk \"" + h.kiosk + "\", not its folder's \"" + id + "\"", tree_.where(f));
                fleet_.add(std::move(h));
                ++res_.heartbeats;
            } catch (const Error& err) {
                skip(err);
            }
        }
        if (!has(entries, "days", true)) return;
        std::vector<DavEntry> days;
        try {
            days = tree_.list(rel + "days/");
        } catch (const Error& err) {
            skip(err);
            return;
        }
        std::sort(days.begin(), days.end(), [](const DavEntry& a, const DavEntry& b) { return a.name < b.name; });
        std::size_t n = 0;
        for (const DavEntry& e : days) {
            // Only YYYY-MM-DD.json: a server's or writer's temporary file is not a day.
            if (e.folder || !is_day_name(e.name)) continue;
            if (++n > kMaxDaysPerKiosk) {
                warn_(tree_.where(rel + "days/") + ": more than " + std::to_string(kMaxDaysPerKiosk) + " day files; the rest is left out");
                break;
            }
            const std::string f = rel + "days/" + e.name;
            try {
                DayFile d = parse_day_file(tree_.read(f, kMaxDayFileBytes), tree_.where(f));
                if (d.kiosk != id) throw Error(ErrorKind::Corrupt, "names kiosk \"" + d.kiosk + "\", not its folder's \"" + id + "\"", tree_.where(f));
                if (to_iso(d.day) + ".json" != e.name) throw Error(ErrorKind::Corrupt, "holds day " + to_iso(d.day) + ", not its name's", tree_.where(f));
                fleet_.add(std::move(d));
                ++res_.day_files;
            } catch (const Error& err) {
                skip(err);
            }
        }
    }

    void skip(const Error& err) {
        warn_(std::string(err.what()) + "; skipped");
        ++res_.skipped;
    }

    Tree& tree_;
    Fleet& fleet_;
    const WarnFn& warn_;
    SourceResult& res_;
};

}  // namespace

std::string shown_url(std::string_view url) {
    const auto scheme = url.find("://");
    if (scheme == std::string_view::npos) return std::string(url);
    const auto host_end = url.find_first_of("/?#", scheme + 3);
    const auto at = url.substr(0, host_end).rfind('@');
    if (at == std::string_view::npos || at < scheme) return std::string(url);
    return std::string(url.substr(0, scheme + 3)) + std::string(url.substr(at + 1));
}

std::vector<DavEntry> parse_propfind(std::string_view xml, std::string_view folder_path) {
    struct Raw {
        std::string href;
        bool collection = false;
    };
    std::vector<Raw> raws;
    constexpr std::size_t kMaxResponses = kMaxKiosksPerSource + kMaxDaysPerKiosk + 16;
    std::size_t i = 0;
    while ((i = xml.find('<', i)) != std::string_view::npos) {
        if (xml.substr(i, 4) == "<!--") {
            const auto end = xml.find("-->", i + 4);
            if (end == std::string_view::npos) break;
            i = end + 3;
            continue;
        }
        const auto j = xml.find('>', i);
        if (j == std::string_view::npos) break;
        std::string_view tag = xml.substr(i + 1, j - i - 1);
        i = j + 1;
        if (tag.empty() || tag[0] == '?' || tag[0] == '!' || tag[0] == '/') continue;
        std::string_view name = tag.substr(0, tag.find_first_of(" \t\r\n/"));
        if (const auto colon = name.rfind(':'); colon != std::string_view::npos) name.remove_prefix(colon + 1);
        if (name == "response") {
            if (raws.size() >= kMaxResponses) break;
            raws.emplace_back();
        } else if (name == "href" && !raws.empty() && tag.back() != '/') {
            const auto k = xml.find('<', j + 1);
            if (k == std::string_view::npos) break;
            raws.back().href = xml_unescape(trim(xml.substr(j + 1, k - j - 1)));
        } else if (name == "collection" && !raws.empty()) {
            raws.back().collection = true;
        }
    }
    std::string base = percent_decode(folder_path);
    if (base.empty() || base.back() != '/') base += '/';
    std::vector<DavEntry> out;
    for (const Raw& r : raws) {
        std::string path = r.href;
        if (path.rfind("http://", 0) == 0 || path.rfind("https://", 0) == 0) path = url_path(path);
        path = percent_decode(path);
        if (path.size() <= base.size() || path.compare(0, base.size(), base) != 0) continue;  // itself, or elsewhere
        std::string rest = path.substr(base.size());
        bool folder = r.collection;
        if (rest.back() == '/') {
            folder = true;
            rest.pop_back();
        }
        if (rest.empty() || rest.find('/') != std::string::npos || rest == "." || rest == "..") continue;
        out.push_back({std::move(rest), folder});
    }
    return out;
}

SourceResult read_source(const std::string& source, Fleet& fleet, const WarnFn& warn, const SourceOptions& opt) {
    SourceResult res;
    std::unique_ptr<Tree> tree;
    if (source.rfind("http://", 0) == 0 || source.rfind("https://", 0) == 0) tree = std::make_unique<HttpTree>(source, opt);
    else tree = std::make_unique<DirTree>(fs::path(source));
    try {
        Walker(*tree, fleet, warn, res).run();
    } catch (const Error& err) {
        res.listed = false;
        res.why = err.what();
    }
    return res;
}

}  // namespace kiosk::fleet

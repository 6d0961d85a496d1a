// The kiosk's sync/install state machine: from a channel (HTTP or a mounted directory) to a
// verified pack behind the `active` symlink, crash-safe at every instant.
//
// The state directory (layout fixed; the kiosk app opens <state>/active):
//
//   <state>/packs/<id>-v<N>.pack   installed packs, never modified after install
//   <state>/active                 symlink -> packs/<file>, switched by rename() of a new symlink
//   <state>/previous               symlink -> packs/<file>, the one active before (rollback)
//   <state>/accepted               "version N\n", the highest version ever accepted
//   <state>/staging/               downloads in progress (*.part, resumable), verification copies
//   <state>/lock                   flock()ed while a sync or rollback runs
//   <state>/last_error             the last run's failure, for `status` (absent after a success)
//   <state>/last_sync              the last install or rollback run, whatever its outcome: lines
//                                  "time <s since 1970>", "status <name>", "version <N>",
//                                  "source <URL or dir>", "message <one line>" (staff screen)
//
// States of install(), the function that makes each transition, and where failures go.
// Every failure before ACTIVATE leaves `active` untouched; the message is one line.
//
//      install()
//          |
//          v
//     +---------+   another run holds the lock                       FAIL(IoError)
//     |  LOCK   |---------------------------------------------------> 
//     +---------+   lock_state()
//          |
//          v
//     +---------+   remove *.tmp in <state> and packs/, everything but *.part in staging/
//     |  CLEAN  |   clean_litter(): an interrupted run left these; *.part are kept to resume
//     +---------+
//          |
//          v
//     +----------------+   manifest.json + .sig into memory           FAIL(Unreachable)
//     | FETCH_MANIFEST |------------------------------------------------>
//     +----------------+   Channel::fetch_small()
//          |
//          v
//     +-----------------+  signature by a trusted key                  FAIL(BadSignature)
//     | VERIFY_MANIFEST |  not expired                                 FAIL(Expired)
//     +-----------------+  version >= accepted                         FAIL(RollbackAttempt)
//          |               version != active's     ----------------->  DONE(UpToDate)
//          |               check_manifest()
//          v
//     +---------+   pick a delta from the active version, else the full pack; drop stale
//     |  PLAN   |   *.part; statvfs() the state dir                    FAIL(NoSpace)
//     +---------+   plan()
//          |
//          +---- delta? ----> FETCH_DELTA -> VERIFY_DELTA -> APPLY_DELTA -> VERIFY_PACK
//          |                  (fetch_file)   (size, sha256)  (apply_delta:  (as below)
//          |                                                  copy active
//          |                                                  to staging,
//          |                                                  apply there)
//          |                   any failure on this branch: note why, delete its files, and
//          |                   fall through to the full pack  <-------------------------+
//          v
//     +------------+  staging/<file>.part, HTTP Range / size resume,   FAIL(Unreachable)
//     | FETCH_PACK |  retries with backoff                             FAIL(NoSpace|IoError)
//     +------------+  Channel::fetch_file()
//          |
//          v
//     +-------------+  size + sha256 vs manifest; Pack::open (app id,  FAIL(Mismatch),
//     | VERIFY_PACK |  user_version, quick_check); integrity_check;    the .part deleted
//     +-------------+  meta pack_id/version vs manifest  verify_candidate()
//          |
//          v
//     +---------+   fsync the file; rename into packs/; fsync packs/   FAIL(IoError)
//     |  STORE  |   store_pack()
//     +---------+
//          |
//          v
//     +----------+  previous := active's target     (symlink previous.tmp, rename, fsync dir)
//     | ACTIVATE |  active   := packs/<new file>    (symlink active.tmp, rename, fsync dir)
//     +----------+  point()  <- the rename of `active` is the commit point: before it the old
//          |        pack is active, after it the new one; nothing in between exists.
//          v
//     +---------+   accepted := max(accepted, version)  (write .tmp, fsync, rename, fsync dir)
//     | ACCEPT  |   write_accepted(). A crash just before leaves accepted lower than active;
//     +---------+   the next run sees "up to date" and the guard still refuses anything older
//          |        than what was accepted before.
//          v
//     +---------+   empty staging/, delete packs/ files neither active nor previous
//     |  TIDY   |   tidy()
//     +---------+
//          |
//          v
//     DONE(Installed)
//
// rollback(): LOCK -> check previous opens -> active := previous's target, previous := old
// active's target (same symlink-rename-fsync as ACTIVATE). `accepted` is left alone.
// Pack files are only ever deleted by TIDY after a complete install, so a crash between the
// two renames of a rollback (both links on one pack) loses no file.
#include "sync/install.h"

#include <curl/curl.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <mutex>
#include <sstream>
#include <thread>
#include <vector>

#include "core/durable_file.h"
#include "core/pack_reader.h"

#include "sync/delta.h"

namespace kiosk::sync {

namespace fs = std::filesystem;

namespace {

// Room left over after a download: SQLite, the filesystem and the kiosk's own logs need
// some, and a kiosk whose disk is full down to the last byte misbehaves in odd ways.
constexpr std::uint64_t kSpareBytes = 1u << 20;
constexpr std::size_t kMaxSigBytes = 4096;
constexpr const char* kUserAgent = "kiosk-sync/0.1";

enum class Step {
    Lock, Clean, FetchManifest, VerifyManifest, Plan, FetchDelta, VerifyDelta, ApplyDelta,
    FetchPack, VerifyPack, Store, Activate, Accept, Tidy
};

const char* step_name(Step s) {
    switch (s) {
        case Step::Lock: return "LOCK";
        case Step::Clean: return "CLEAN";
        case Step::FetchManifest: return "FETCH_MANIFEST";
        case Step::VerifyManifest: return "VERIFY_MANIFEST";
        case Step::Plan: return "PLAN";
        case Step::FetchDelta: return "FETCH_DELTA";
        case Step::VerifyDelta: return "VERIFY_DELTA";
        case Step::ApplyDelta: return "APPLY_DELTA";
        case Step::FetchPack: return "FETCH_PACK";
        case Step::VerifyPack: return "VERIFY_PACK";
        case Step::Store: return "STORE";
        case Step::Activate: return "ACTIVATE";
        case Step::Accept: return "ACCEPT";
        case Step::Tidy: return "TIDY";
    }
    return "?";
}

// A failure on the way: the status it maps to and its one-line reason.
struct Failure {
    InstallStatus status;
    std::string message;
};

std::string one_line(std::string s) {
    for (char& c : s)
        if (c == '\n' || c == '\r') c = ' ';
    while (!s.empty() && s.back() == ' ') s.pop_back();
    return s;
}

std::string errno_text(int e) { return std::strerror(e); }

// The run's "now" in seconds since 1970: the injected one (tests) or the clock.
std::int64_t run_time(const InstallOptions& opt) {
    return opt.now >= 0 ? opt.now : static_cast<std::int64_t>(std::time(nullptr));
}

// ---- durable file operations ----------------------------------------------------------------

// fsync of a file or a directory. A directory must be synced after a rename in it, or the
// rename itself may be lost at a power cut even though the file's bytes were synced.
bool fsync_path(const fs::path& p, bool directory) { return sync_path(p.string(), directory); }

// Points <dir>/<name> at `target` with one rename(): readers see the old link or the new
// one. The temporary link is named after the final one so CLEAN can recognise it.
void replace_symlink(const fs::path& dir, const std::string& name, const std::string& target) {
    const fs::path tmp = dir / (name + ".tmp");
    ::unlink(tmp.c_str());
    if (::symlink(target.c_str(), tmp.c_str()) != 0)
        throw Failure{InstallStatus::IoError, "cannot create " + tmp.string() + ": " + errno_text(errno)};
    if (::rename(tmp.c_str(), (dir / name).c_str()) != 0)
        throw Failure{InstallStatus::IoError, "cannot switch " + (dir / name).string() + ": " + errno_text(errno)};
    if (!fsync_path(dir, true)) throw Failure{InstallStatus::IoError, "cannot sync " + dir.string()};
}

void write_file_atomic(const fs::path& dir, const std::string& name, const std::string& text) {
    std::string error;
    if (!write_file_durably((dir / name).string(), text, error)) throw Failure{InstallStatus::IoError, error};
}

bool read_small(const fs::path& p, std::size_t limit, std::string& out) { return read_small_file(p.string(), limit, out); }

std::uint64_t size_or_zero(const fs::path& p) {
    std::error_code ec;
    const auto n = fs::file_size(p, ec);
    return ec ? 0 : static_cast<std::uint64_t>(n);
}

// "version N" -> N; a missing file means nothing was ever accepted.
std::int64_t read_accepted(const fs::path& state) {
    std::string text;
    if (!fs::exists(state / "accepted")) return 0;
    if (!read_small(state / "accepted", 64, text))
        throw Failure{InstallStatus::IoError, "cannot read " + (state / "accepted").string()};
    long long v = 0;
    char extra = 0;
    if (std::sscanf(text.c_str(), "version %lld%c", &v, &extra) != 2 || extra != '\n' || v < 0)
        throw Failure{InstallStatus::IoError, (state / "accepted").string() + " is not \"version N\" (edited by hand?)"};
    return v;
}

// The symlink's target ("packs/x.pack"), or "" when there is no such link.
std::string link_target(const fs::path& link) {
    std::error_code ec;
    if (!fs::is_symlink(fs::symlink_status(link, ec))) return "";
    const auto t = fs::read_symlink(link, ec);
    return ec ? "" : t.string();
}

// A plain file name as the manifest must give it: no directory part, nothing hidden.
bool plain_name(const std::string& n) {
    return !n.empty() && n.size() < 256 && n.find('/') == std::string::npos && n.find('\0') == std::string::npos &&
           n.front() != '.';
}

// ---- the channel: HTTP(S) via libcurl, or a directory ---------------------------------------

void curl_init_once() {
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

bool is_http(const std::string& s) {
    auto lower = s.substr(0, 8);
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return lower.rfind("http://", 0) == 0 || lower.rfind("https://", 0) == 0;
}

class Channel {
public:
    explicit Channel(const InstallOptions& opt) : opt_(opt), http_(is_http(opt.source)) {
        if (http_) curl_init_once();
    }

    std::string describe(const std::string& file) const { return location(file); }

    // Small files (manifest, signature) into memory; more than `limit` bytes is refused.
    std::string fetch_small(const std::string& file, std::size_t limit) const {
        std::string out;
        if (!http_) {
            if (!read_small(fs::path(opt_.source) / file, limit, out))
                throw Failure{InstallStatus::Unreachable, "cannot read " + location(file)};
        } else {
            with_retries(file, [&] {
                out.clear();
                return http_get(location(file), 0, limit + 1,
                                [&](const char* p, std::size_t n) { out.append(p, n); return true; },
                                [&] { out.clear(); });
            });
        }
        if (out.size() > limit)
            throw Failure{InstallStatus::BadSignature, location(file) + " is larger than " + std::to_string(limit) + " bytes"};
        return out;
    }

    // Appends to `part` until it holds `expected` bytes (or the source ends): a .part left
    // by a cut transfer is resumed with an HTTP Range request, or by seeking in a local file.
    // A source with more bytes than `expected` is cut off there; verification then refuses.
    void fetch_file(const std::string& file, const fs::path& part, std::uint64_t expected) const {
        if (size_or_zero(part) > expected) fs::remove(part);
        // Where this transfer starts: a resumed one is partly done, one complete before a cut
        // entirely, so that a progress display never sits at zero for those.
        if (opt_.progress) opt_.progress(size_or_zero(part), expected);
        if (fs::exists(part) && size_or_zero(part) == expected) return;  // complete before a cut
        if (!http_) return copy_local(file, part, expected);
        with_retries(file, [&] {
            std::uint64_t have = size_or_zero(part);
            if (have == expected) return std::string();
            std::FILE* f = std::fopen(part.c_str(), "ab");
            if (!f) throw Failure{InstallStatus::IoError, "cannot write " + part.string() + ": " + errno_text(errno)};
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
            if (write_errno) {
                throw Failure{write_errno == ENOSPC ? InstallStatus::NoSpace : InstallStatus::IoError,
                              "cannot write " + part.string() + ": " + errno_text(write_errno)};
            }
            if (err.empty() && have < expected)
                err = "the server sent " + std::to_string(have - start) + " bytes, " +
                      std::to_string(expected - start) + " were expected";
            return err;
        });
    }

private:
    std::string location(const std::string& file) const {
        if (!http_) return (fs::path(opt_.source) / file).string();
        return opt_.source + (opt_.source.ends_with('/') ? "" : "/") + file;
    }

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
        throw Failure{InstallStatus::Unreachable, location(file) + ": " + why +
                                                      (tries > 1 ? " (after " + std::to_string(tries) + " tries)" : "")};
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
        curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, &Channel::on_body);
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

    void copy_local(const std::string& file, const fs::path& part, std::uint64_t expected) const {
        const fs::path src_path = fs::path(opt_.source) / file;
        std::unique_ptr<std::FILE, int (*)(std::FILE*)> src(std::fopen(src_path.c_str(), "rb"), &std::fclose);
        if (!src) throw Failure{InstallStatus::Unreachable, "cannot read " + src_path.string() + ": " + errno_text(errno)};
        std::uint64_t have = size_or_zero(part);
        std::unique_ptr<std::FILE, int (*)(std::FILE*)> dst(std::fopen(part.c_str(), "ab"), &std::fclose);
        if (!dst) throw Failure{InstallStatus::IoError, "cannot write " + part.string() + ": " + errno_text(errno)};
        if (::fseeko(src.get(), static_cast<off_t>(have), SEEK_SET) != 0)
            throw Failure{InstallStatus::Unreachable, "cannot read " + src_path.string()};
        std::vector<char> buf(1 << 20);
        while (have < expected) {
            const std::size_t want = static_cast<std::size_t>(std::min<std::uint64_t>(buf.size(), expected - have));
            const std::size_t n = std::fread(buf.data(), 1, want, src.get());
            if (n == 0) {
                if (std::ferror(src.get()))
                    throw Failure{InstallStatus::Unreachable, "read error on " + src_path.string() + " (stick removed?)"};
                break;  // shorter than the manifest says: verification reports it
            }
            if (std::fwrite(buf.data(), 1, n, dst.get()) != n || std::fflush(dst.get()) != 0) {
                const int e = errno;
                throw Failure{e == ENOSPC ? InstallStatus::NoSpace : InstallStatus::IoError,
                              "cannot write " + part.string() + ": " + errno_text(e)};
            }
            have += n;
            if (opt_.progress) opt_.progress(have, expected);
        }
    }

    const InstallOptions& opt_;
    bool http_;
};

// ---- the installer -----------------------------------------------------------------------

class Installer {
public:
    explicit Installer(const InstallOptions& opt) : opt_(opt), state_(opt.state_dir), channel_(opt) {}

    InstallResult run() {
        enter(Step::Lock);
        lock_state();
        enter(Step::Clean);
        clean_litter();
        enter(Step::FetchManifest);
        const std::string bytes = channel_.fetch_small("manifest.json", kMaxManifestBytes);
        const std::string sig = channel_.fetch_small("manifest.json.sig", kMaxSigBytes);
        enter(Step::VerifyManifest);
        check_manifest(bytes, sig);
        result_.version = m_.version;
        if (active_version_ == m_.version) {
            // A run killed between ACTIVATE and ACCEPT left accepted behind the active pack,
            // which this signed manifest now vouches for: finish that run's work.
            if (m_.version > accepted_) write_file_atomic(state_, "accepted", "version " + std::to_string(m_.version) + "\n");
            tidy();
            result_.status = InstallStatus::UpToDate;
            result_.message = "up to date: " + m_.pack_id + " version " + std::to_string(m_.version);
            return result_;
        }
        enter(Step::Plan);
        const ManifestDelta* delta = plan();
        const fs::path staged = staging() / (m_.pack_file + ".part");
        fs::path candidate;
        if (delta) candidate = try_delta(*delta);
        if (candidate.empty()) candidate = fetch_full(staged);
        enter(Step::Store);
        const fs::path installed = store_pack(candidate);
        enter(Step::Activate);
        const std::string old_active = link_target(state_ / "active");
        if (!old_active.empty()) replace_symlink(state_, "previous", old_active);
        replace_symlink(state_, "active", "packs/" + installed.filename().string());
        enter(Step::Accept);
        if (m_.version > accepted_) write_file_atomic(state_, "accepted", "version " + std::to_string(m_.version) + "\n");
        enter(Step::Tidy);
        tidy();
        result_.status = InstallStatus::Installed;
        result_.message = "installed " + m_.pack_id + " version " + std::to_string(m_.version) +
                          (result_.via_delta ? " (delta from version " + std::to_string(active_version_) + ")"
                                             : reused_ ? " (already downloaded)" : " (full pack)");
        return result_;
    }

    ~Installer() {
        if (lock_fd_ >= 0) ::close(lock_fd_);
    }

    // The version of the manifest once it was verified (0 before), also after a failure.
    std::int64_t offered_version() const { return result_.version; }

private:
    fs::path staging() const { return state_ / "staging"; }
    fs::path packs() const { return state_ / "packs"; }

    void enter(Step s) {
        if (opt_.trace) opt_.trace(std::string("state: ") + step_name(s));
        if (opt_.step_delay_ms > 0) std::this_thread::sleep_for(std::chrono::milliseconds(opt_.step_delay_ms));
    }

    // One sync at a time: a second one would clean the first one's staging under its feet.
    void lock_state() {
        std::error_code ec;
        fs::create_directories(packs(), ec);
        fs::create_directories(staging(), ec);
        if (ec) throw Failure{InstallStatus::IoError, "cannot create " + state_.string() + ": " + ec.message()};
        lock_fd_ = ::open((state_ / "lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (lock_fd_ < 0) throw Failure{InstallStatus::IoError, "cannot open " + (state_ / "lock").string() + ": " + errno_text(errno)};
        if (::flock(lock_fd_, LOCK_EX | LOCK_NB) != 0)
            throw Failure{InstallStatus::IoError, "another kiosk-sync is working on " + state_.string()};
    }

    // What an interrupted run leaves: temporary links and files (*.tmp), verification copies
    // and applied deltas in staging. Partial downloads stay: the next fetch resumes them.
    void clean_litter() {
        std::error_code ec;
        for (const fs::path& dir : {state_, packs()})
            for (const auto& e : fs::directory_iterator(dir, ec))
                if (e.path().extension() == ".tmp") fs::remove(e.path(), ec);
        for (const auto& e : fs::directory_iterator(staging(), ec))
            if (e.path().extension() != ".part") fs::remove_all(e.path(), ec);
    }

    void check_manifest(const std::string& bytes, const std::string& sig) {
        std::string why;
        if (!verify_manifest(bytes, sig, opt_.trusted, m_, why)) throw Failure{InstallStatus::BadSignature, why};
        if (manifest_expired(m_, run_time(opt_))) throw Failure{InstallStatus::Expired, "manifest expired on " + m_.expires};
        if (!plain_name(m_.pack_file)) throw Failure{InstallStatus::BadSignature, "manifest names an unsafe pack file"};
        for (const auto& d : m_.deltas)
            if (!plain_name(d.file)) throw Failure{InstallStatus::BadSignature, "manifest names an unsafe delta file"};
        accepted_ = read_accepted(state_);
        if (m_.version < accepted_)
            throw Failure{InstallStatus::RollbackAttempt,
                          "manifest offers version " + std::to_string(m_.version) + ", older than version " +
                              std::to_string(accepted_) + " already accepted (replayed old manifest?)"};
        // The active pack's version decides "up to date" and which delta applies. A missing or
        // unreadable active pack is not an error here: installing is how a kiosk recovers.
        if (fs::exists(state_ / "active")) {
            try {
                auto p = Pack::open((state_ / "active").string(), false);
                active_version_ = std::stoll(p->meta("pack_version"));
                active_size_ = size_or_zero(state_ / "active");
            } catch (const std::exception&) {
                active_version_ = -1;
            }
        }
    }

    std::uint64_t free_bytes() const {
        if (opt_.free_space) return opt_.free_space(state_.string());
        struct statvfs sv {};
        if (::statvfs(state_.c_str(), &sv) != 0) return 0;
        return static_cast<std::uint64_t>(sv.f_bavail) * sv.f_frsize;
    }

    // Chooses the delta (if any) and checks that there is room. The delta route needs the
    // delta, a copy of the active pack and the result; the full route needs the rest of the
    // download. Stale partial downloads (of files this manifest does not name) are dropped.
    const ManifestDelta* plan() {
        const ManifestDelta* delta = nullptr;
        if (active_version_ > 0)
            for (const auto& d : m_.deltas)
                if (d.from_version == active_version_) delta = &d;
        std::error_code ec;
        for (const auto& e : fs::directory_iterator(staging(), ec)) {
            const std::string name = e.path().filename().string();
            if (name != m_.pack_file + ".part" && !(delta && name == delta->file + ".part")) fs::remove(e.path(), ec);
        }
        const std::uint64_t have = size_or_zero(staging() / (m_.pack_file + ".part"));
        const std::uint64_t full_need = static_cast<std::uint64_t>(m_.size) - std::min<std::uint64_t>(have, static_cast<std::uint64_t>(m_.size)) + kSpareBytes;
        const std::uint64_t avail = free_bytes();
        if (delta) {
            const std::uint64_t delta_need = static_cast<std::uint64_t>(delta->size) + active_size_ +
                                             static_cast<std::uint64_t>(m_.size) + kSpareBytes;
            if (delta_need > avail) {
                note("delta skipped: " + std::to_string(delta_need >> 20) + " MB needed to apply it");
                delta = nullptr;
            }
        }
        if (!delta && full_need > avail)
            throw Failure{InstallStatus::NoSpace, "not enough free space in " + state_.string() + ": " +
                                                      std::to_string((full_need + (1u << 20) - 1) >> 20) + " MB needed, " +
                                                      std::to_string(avail >> 20) + " MB free"};
        return delta;
    }

    void note(const std::string& s) { result_.note += (result_.note.empty() ? "" : "; ") + s; }

    // The delta route; returns the verified pack in staging, or an empty path (with a note)
    // when anything about the delta is wrong, so that the caller fetches the full pack.
    fs::path try_delta(const ManifestDelta& d) {
        const fs::path part = staging() / (d.file + ".part");
        const fs::path out = staging() / (m_.pack_file + ".from-delta");
        std::error_code ec;
        try {
            enter(Step::FetchDelta);
            channel_.fetch_file(d.file, part, static_cast<std::uint64_t>(d.size));
            enter(Step::VerifyDelta);
            if (size_or_zero(part) != static_cast<std::uint64_t>(d.size) || sha256_file_hex(part.string()) != d.sha256)
                throw Failure{InstallStatus::Mismatch, "delta " + d.file + " does not match the manifest"};
            enter(Step::ApplyDelta);
            // apply_delta copies the active pack into staging and applies the changeset to
            // that copy: the active pack is only ever read.
            apply_delta((state_ / "active").string(), part.string(), out.string());
            fs::remove(part, ec);
            enter(Step::VerifyPack);
            verify_candidate(out);
            result_.via_delta = true;
            return out;
        } catch (const Failure& f) {
            note("delta not used: " + f.message);
        } catch (const DeltaError& e) {
            note("delta not used: " + one_line(e.what()));
        } catch (const std::exception& e) {
            note("delta not used: " + one_line(e.what()));
        }
        fs::remove(part, ec);
        fs::remove(out, ec);
        return {};
    }

    fs::path fetch_full(const fs::path& part) {
        // A file already in packs/ with the right bytes (the previous pack after a rollback,
        // or one stored just before a crash) needs no download at all.
        const fs::path existing = packs() / m_.pack_file;
        if (fs::exists(existing)) {
            try {
                verify_candidate(existing);
                reused_ = true;
                return existing;
            } catch (const Failure&) {
                // damaged or foreign: download it again; store_pack() renames over it
            }
        }
        enter(Step::FetchPack);
        const bool resumed = size_or_zero(part) > 0;
        channel_.fetch_file(m_.pack_file, part, static_cast<std::uint64_t>(m_.size));
        enter(Step::VerifyPack);
        try {
            verify_candidate(part);
        } catch (const Failure& f) {
            std::error_code ec;
            fs::remove(part, ec);
            if (!resumed) throw;
            // The bytes kept from an earlier run may belong to a file since replaced on the
            // channel: one clean download decides.
            note("resumed download refused (" + f.message + "), downloaded again");
            enter(Step::FetchPack);
            channel_.fetch_file(m_.pack_file, part, static_cast<std::uint64_t>(m_.size));
            enter(Step::VerifyPack);
            try {
                verify_candidate(part);
            } catch (const Failure&) {
                fs::remove(part, ec);
                throw;
            }
        }
        return part;
    }

    // Everything the kiosk relies on, cheapest first: size and hash against the signed
    // manifest, then SQLite's own view (application id, schema version, every page).
    void verify_candidate(const fs::path& p) {
        std::string why;
        if (!check_pack_file(p.string(), m_, why)) throw Failure{InstallStatus::Mismatch, why};
        try {
            auto pack = Pack::open(p.string(), true);
            pack->integrity_check();
            if (pack->meta("pack_id") != m_.pack_id || pack->meta("pack_version") != std::to_string(m_.version))
                throw Failure{InstallStatus::Mismatch, "pack says " + pack->meta("pack_id") + " version " +
                                                           pack->meta("pack_version") + ", manifest says " + m_.pack_id +
                                                           " version " + std::to_string(m_.version)};
        } catch (const PackError& e) {
            throw Failure{InstallStatus::Mismatch, std::string("damaged pack: ") + e.what()};
        }
    }

    // Makes the verified file durable under its final name in packs/.
    fs::path store_pack(const fs::path& candidate) {
        const fs::path dest = packs() / m_.pack_file;
        if (candidate == dest) return dest;
        if (!fsync_path(candidate, false)) throw Failure{InstallStatus::IoError, "cannot sync " + candidate.string()};
        if (::rename(candidate.c_str(), dest.c_str()) != 0)
            throw Failure{InstallStatus::IoError, "cannot move the pack into " + packs().string() + ": " + errno_text(errno)};
        if (!fsync_path(packs(), true)) throw Failure{InstallStatus::IoError, "cannot sync " + packs().string()};
        return dest;
    }

    // After a complete install nothing in staging is needed, and only the active and previous
    // packs are kept (the kiosk may still read an older one it has open; unlinking is safe).
    void tidy() {
        std::error_code ec;
        for (const auto& e : fs::directory_iterator(staging(), ec)) fs::remove_all(e.path(), ec);
        const std::string keep1 = fs::path(link_target(state_ / "active")).filename().string();
        const std::string keep2 = fs::path(link_target(state_ / "previous")).filename().string();
        for (const auto& e : fs::directory_iterator(packs(), ec)) {
            const std::string name = e.path().filename().string();
            if (name != keep1 && name != keep2) fs::remove(e.path(), ec);
        }
        fsync_path(packs(), true);
    }

    const InstallOptions& opt_;
    fs::path state_;
    Channel channel_;
    Manifest m_;
    InstallResult result_;
    std::int64_t accepted_ = 0, active_version_ = 0;  // 0 = none, -1 = unreadable
    std::uint64_t active_size_ = 0;
    bool reused_ = false;
    int lock_fd_ = -1;
};

// Best effort: `status` and the staff screen show these; failing to record them must not hide
// the real error. `source` is "" for a rollback.
void record_outcome(const fs::path& state, const InstallResult& r, const std::string& source, std::int64_t now) {
    std::error_code ec;
    if (!fs::is_directory(state, ec)) return;
    const bool failed = r.status != InstallStatus::Installed && r.status != InstallStatus::UpToDate;
    try {
        if (failed)
            write_file_atomic(state, "last_error",
                              format_utc(static_cast<std::int64_t>(std::time(nullptr))) + " " + r.message + "\n");
        else
            fs::remove(state / "last_error", ec);
    } catch (const Failure&) {
    }
    try {
        // One "key value" per line, values on one line, message last: read_status() reads it.
        write_file_atomic(state, "last_sync",
                          "time " + std::to_string(now) + "\nstatus " + status_name(r.status) + "\nversion " +
                              std::to_string(r.version) + "\nsource " + one_line(source) + "\nmessage " + r.message +
                              "\n");
    } catch (const Failure&) {
    }
}

// Fills the last_sync_* members from <state>/last_sync; a missing or damaged file leaves
// them empty (and time 0) rather than failing status.
void read_last_sync(const fs::path& state, StateStatus& s) {
    std::string text;
    if (!read_small(state / "last_sync", 8192, text)) return;
    std::istringstream lines(text);
    std::string line;
    while (std::getline(lines, line)) {
        const auto space = line.find(' ');
        const std::string key = line.substr(0, space), value = space == std::string::npos ? "" : line.substr(space + 1);
        long long n = 0;
        const bool number = std::sscanf(value.c_str(), "%lld", &n) == 1;
        if (key == "time" && number) s.last_sync_time = n;
        else if (key == "version" && number) s.last_sync_version = n;
        else if (key == "status") s.last_sync_status = value;
        else if (key == "source") s.last_sync_source = value;
        else if (key == "message") s.last_sync_message = value;
    }
}

PackInfo pack_info(const fs::path& state, const std::string& name) {
    PackInfo info;
    info.target = link_target(state / name);
    info.present = !info.target.empty();
    if (!info.present) return info;
    try {
        auto p = Pack::open((state / name).string(), false);
        info.pack_id = p->meta("pack_id");
        info.version = std::stoll(p->meta("pack_version"));
    } catch (const std::exception& e) {
        info.error = one_line(e.what());
    }
    return info;
}

}  // namespace

const char* status_name(InstallStatus s) {
    switch (s) {
        case InstallStatus::Installed: return "installed";
        case InstallStatus::UpToDate: return "up_to_date";
        case InstallStatus::Unreachable: return "unreachable";
        case InstallStatus::BadSignature: return "bad_signature";
        case InstallStatus::Expired: return "expired";
        case InstallStatus::RollbackAttempt: return "rollback_attempt";
        case InstallStatus::Mismatch: return "mismatch";
        case InstallStatus::NoSpace: return "no_space";
        case InstallStatus::IoError: return "io_error";
        case InstallStatus::NothingToRollBack: return "nothing_to_roll_back";
    }
    return "io_error";
}

InstallResult install(const InstallOptions& opt) {
    InstallResult r;
    std::int64_t offered = 0;  // a verified manifest's version outlives a later failure
    try {
        Installer inst(opt);
        try {
            r = inst.run();
        } catch (...) {
            offered = inst.offered_version();
            throw;
        }
    } catch (const Failure& f) {
        r.status = f.status;
        r.message = f.message;
        r.version = offered;
    } catch (const std::exception& e) {  // filesystem errors and the like: local trouble
        r.status = InstallStatus::IoError;
        r.message = e.what();
        r.version = offered;
    }
    r.message = one_line(r.message);
    record_outcome(opt.state_dir, r, opt.source, run_time(opt));
    return r;
}

InstallResult rollback(const std::string& state_dir) {
    InstallResult r;
    const fs::path state(state_dir);
    int fd = -1;
    try {
        fd = ::open((state / "lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (fd < 0) throw Failure{InstallStatus::IoError, "cannot open " + (state / "lock").string() + ": " + errno_text(errno)};
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0)
            throw Failure{InstallStatus::IoError, "another kiosk-sync is working on " + state.string()};
        const std::string active = link_target(state / "active"), previous = link_target(state / "previous");
        if (previous.empty() || !fs::exists(state / "previous"))
            throw Failure{InstallStatus::NothingToRollBack, "no previous pack to roll back to"};
        if (previous == active) throw Failure{InstallStatus::NothingToRollBack, "the previous pack is the active one"};
        try {  // never make a damaged pack active, even on staff's request
            Pack::open((state / "previous").string(), true);
        } catch (const PackError& e) {
            throw Failure{InstallStatus::Mismatch, std::string("previous pack refused: ") + e.what()};
        }
        replace_symlink(state, "active", previous);
        if (!active.empty()) replace_symlink(state, "previous", active);
        const PackInfo now = pack_info(state, "active");
        r.status = InstallStatus::Installed;
        r.version = now.version;
        r.message = "rolled back to " + now.pack_id + " version " + std::to_string(now.version);
    } catch (const Failure& f) {
        r.status = f.status;
        r.message = f.message;
    } catch (const std::exception& e) {
        r.status = InstallStatus::IoError;
        r.message = e.what();
    }
    if (fd >= 0) ::close(fd);
    r.message = one_line(r.message);
    record_outcome(state, r, "", static_cast<std::int64_t>(std::time(nullptr)));
    return r;
}

StateStatus read_status(const std::string& state_dir) {
    const fs::path state(state_dir);
    StateStatus s;
    s.active = pack_info(state, "active");
    s.previous = pack_info(state, "previous");
    try {
        s.accepted = read_accepted(state);
    } catch (const Failure& f) {
        s.last_error = f.message;
    }
    std::string text;
    if (s.last_error.empty() && read_small(state / "last_error", 4096, text)) s.last_error = one_line(text);
    read_last_sync(state, s);
    return s;
}

}  // namespace kiosk::sync

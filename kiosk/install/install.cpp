// The kiosk's install state machine: from a channel (a mounted directory, or HTTP) to a
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
// States of install_pack(), the function that makes each transition, and where failures go.
// Every failure before ACTIVATE leaves `active` untouched; the message is one line.
//
//      install_pack()
//          |
//          v
//     +---------+   another run holds the lock                       FAIL(Busy)
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
//     +----------------+   Channel::fetch_small() (install/channel.h)
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
//     +-------------+  meta pack_id/version vs manifest; every table,
//          |           column, query and picture the kiosk reads
//          |           (check_pack_readable)             verify_candidate()
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
// rollback(): LOCK -> check the previous pack reads (check_pack_readable) -> active :=
// previous's target, previous := old active's target (same symlink-rename-fsync as
// ACTIVATE). `accepted` is left alone.
// Pack files are only ever deleted by TIDY after a complete install, so a crash between the
// two renames of a rollback (both links on one pack) loses no file.
#include "install/install.h"

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
#include "core/pack_check.h"
#include "core/pack_reader.h"

#include "install/channel.h"
#include "install/delta.h"
#include "install/verify.h"

namespace kiosk::install {

namespace fs = std::filesystem;

namespace {

// Room left over after a download: SQLite, the filesystem and the kiosk's own logs need
// some, and a kiosk whose disk is full down to the last byte misbehaves in odd ways.
constexpr std::uint64_t kSpareBytes = 1u << 20;
constexpr std::size_t kMaxSigBytes = 4096;

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
        throw Error(ErrorKind::IoError, "cannot create " + tmp.string() + ": " + errno_text(errno));
    if (::rename(tmp.c_str(), (dir / name).c_str()) != 0)
        throw Error(ErrorKind::IoError, "cannot switch " + (dir / name).string() + ": " + errno_text(errno));
    if (!fsync_path(dir, true)) throw Error(ErrorKind::IoError, "cannot sync " + dir.string());
}

void write_file_atomic(const fs::path& dir, const std::string& name, const std::string& text) {
    std::string error;
    if (!write_file_durably((dir / name).string(), text, error)) throw Error(ErrorKind::IoError, error);
}

bool read_small(const fs::path& p, std::size_t limit, std::string& out) { return read_small_file(p.string(), limit, out); }

std::uint64_t size_or_zero(const fs::path& p) { return install::size_or_zero(p.string()); }

// "version N" -> N; a missing file means nothing was ever accepted.
std::int64_t read_accepted(const fs::path& state) {
    std::string text;
    if (!fs::exists(state / "accepted")) return 0;
    if (!read_small(state / "accepted", 64, text))
        throw Error(ErrorKind::IoError, "cannot read " + (state / "accepted").string());
    long long v = 0;
    char extra = 0;
    if (std::sscanf(text.c_str(), "version %lld%c", &v, &extra) != 2 || extra != '\n' || v < 0)
        throw Error(ErrorKind::IoError, (state / "accepted").string() + " is not \"version N\" (edited by hand?)");
    return v;
}

// The symlink's target ("packs/x.pack"), or "" when there is no such link.
std::string link_target(const fs::path& link) {
    std::error_code ec;
    if (!fs::is_symlink(fs::symlink_status(link, ec))) return "";
    const auto t = fs::read_symlink(link, ec);
    return ec ? "" : t.string();
}


// ---- the installer -----------------------------------------------------------------------

class Installer {
public:
    explicit Installer(const InstallOptions& opt) : opt_(opt), state_(opt.state_dir), channel_(opt.open_channel ? opt.open_channel(opt) : open_directory_channel(opt)) {}

    InstallResult run() {
        enter(Step::Lock);
        lock_state();
        enter(Step::Clean);
        clean_litter();
        enter(Step::FetchManifest);
        const std::string bytes = channel_->fetch_small("manifest.json", kMaxManifestBytes);
        const std::string sig = channel_->fetch_small("manifest.json.sig", kMaxSigBytes);
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
        if (ec) throw Error(ErrorKind::IoError, "cannot create " + state_.string() + ": " + ec.message());
        lock_fd_ = ::open((state_ / "lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (lock_fd_ < 0) throw Error(ErrorKind::IoError, "cannot open " + (state_ / "lock").string() + ": " + errno_text(errno));
        if (::flock(lock_fd_, LOCK_EX | LOCK_NB) != 0)
            throw Error(ErrorKind::Busy, "another kiosk-sync is working on " + state_.string());
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
        m_ = verify_signed_manifest(bytes, sig, opt_.trusted, run_time(opt_));
        accepted_ = read_accepted(state_);
        if (m_.version < accepted_)
            throw Error(ErrorKind::RollbackAttempt,
                          "manifest offers version " + std::to_string(m_.version) + ", older than version " +
                              std::to_string(accepted_) + " already accepted (replayed old manifest?)");
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
            throw Error(ErrorKind::NoSpace, "not enough free space in " + state_.string() + ": " +
                                                      std::to_string((full_need + (1u << 20) - 1) >> 20) + " MB needed, " +
                                                      std::to_string(avail >> 20) + " MB free");
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
            channel_->fetch_file(d.file, part.string(), static_cast<std::uint64_t>(d.size));
            enter(Step::VerifyDelta);
            if (size_or_zero(part) != static_cast<std::uint64_t>(d.size) || sha256_file_hex(part.string()) != d.sha256)
                throw Error(ErrorKind::Mismatch, "delta " + d.file + " does not match the manifest");
            enter(Step::ApplyDelta);
            // apply_delta copies the active pack into staging and applies the changeset to
            // that copy: the active pack is only ever read.
            // Bounded in time and size (install/delta.h): a hostile delta cannot hang the
            // run or fill the disk; on any failure it leaves nothing and the full pack is used.
            DeltaLimits limits;
            limits.expected_out = static_cast<std::uint64_t>(m_.size);
            apply_delta((state_ / "active").string(), part.string(), out.string(), limits);
            fs::remove(part, ec);
            enter(Step::VerifyPack);
            verify_candidate(out);
            result_.via_delta = true;
            return out;
        } catch (const std::exception& e) {  // kiosk::Error, or the file system's own
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
            } catch (const Error&) {
                // damaged or foreign: download it again; store_pack() renames over it
            }
        }
        enter(Step::FetchPack);
        const bool resumed = size_or_zero(part) > 0;
        channel_->fetch_file(m_.pack_file, part.string(), static_cast<std::uint64_t>(m_.size));
        enter(Step::VerifyPack);
        try {
            verify_candidate(part);
        } catch (const Error& f) {
            std::error_code ec;
            fs::remove(part, ec);
            if (!resumed) throw;
            // The bytes kept from an earlier run may belong to a file since replaced on the
            // channel: one clean download decides.
            note("resumed download refused (" + f.message() + "), downloaded again");
            enter(Step::FetchPack);
            channel_->fetch_file(m_.pack_file, part.string(), static_cast<std::uint64_t>(m_.size));
            enter(Step::VerifyPack);
            try {
                verify_candidate(part);
            } catch (const Error&) {
                fs::remove(part, ec);
                throw;
            }
        }
        return part;
    }

    // Size, hash, SQLite integrity and identity against the signed manifest, then a read of
    // everything the kiosk reads (install/verify.h).
    void verify_candidate(const fs::path& p) { verify_pack(p.string(), m_); }

    // Makes the verified file durable under its final name in packs/.
    fs::path store_pack(const fs::path& candidate) {
        const fs::path dest = packs() / m_.pack_file;
        if (candidate == dest) return dest;
        if (!fsync_path(candidate, false)) throw Error(ErrorKind::IoError, "cannot sync " + candidate.string());
        if (::rename(candidate.c_str(), dest.c_str()) != 0)
            throw Error(ErrorKind::IoError, "cannot move the pack into " + packs().string() + ": " + errno_text(errno));
        if (!fsync_path(packs(), true)) throw Error(ErrorKind::IoError, "cannot sync " + packs().string());
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
    std::unique_ptr<Channel> channel_;
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
    const bool failed = !r.ok();
    try {
        if (failed)
            write_file_atomic(state, "last_error",
                              format_utc(static_cast<std::int64_t>(std::time(nullptr))) + " " + r.message + "\n");
        else
            fs::remove(state / "last_error", ec);
    } catch (const Error&) {
    }
    try {
        // One "key value" per line, values on one line, message last: read_status() reads it.
        write_file_atomic(state, "last_sync",
                          "time " + std::to_string(now) + "\nstatus " + status_name(r) + "\nversion " +
                              std::to_string(r.version) + "\nsource " + one_line(source) + "\nmessage " + r.message +
                              "\n");
    } catch (const Error&) {
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

const char* status_name(const InstallResult& r) {
    switch (r.status) {
        case InstallStatus::Installed: return "installed";
        case InstallStatus::UpToDate: return "up_to_date";
        case InstallStatus::Failed: return error_kind_name(r.error);
    }
    return "internal";
}

InstallResult install_pack(const InstallOptions& opt) {
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
    } catch (const Error& f) {
        r.status = InstallStatus::Failed;
        r.error = f.kind();
        r.message = f.message();
        r.version = offered;
    } catch (const std::exception& e) {  // filesystem errors and the like: local trouble
        r.status = InstallStatus::Failed;
        r.error = ErrorKind::IoError;
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
        if (fd < 0) throw Error(ErrorKind::IoError, "cannot open " + (state / "lock").string() + ": " + errno_text(errno));
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0)
            throw Error(ErrorKind::Busy, "another kiosk-sync is working on " + state.string());
        const std::string active = link_target(state / "active"), previous = link_target(state / "previous");
        if (previous.empty() || !fs::exists(state / "previous"))
            throw Error(ErrorKind::NotFound, "no previous pack to roll back to");
        if (previous == active) throw Error(ErrorKind::NotFound, "the previous pack is the active one");
        try {  // never make a pack active that the kiosk cannot read, even on staff's request
            check_pack_readable((state / "previous").string());
        } catch (const Error& e) {
            throw Error(ErrorKind::Mismatch, std::string("previous pack refused: ") + e.what());
        }
        replace_symlink(state, "active", previous);
        if (!active.empty()) replace_symlink(state, "previous", active);
        const PackInfo now = pack_info(state, "active");
        r.status = InstallStatus::Installed;
        r.version = now.version;
        r.message = "rolled back to " + now.pack_id + " version " + std::to_string(now.version);
    } catch (const Error& f) {
        r.status = InstallStatus::Failed;
        r.error = f.kind();
        r.message = f.message();
    } catch (const std::exception& e) {
        r.status = InstallStatus::Failed;
        r.error = ErrorKind::IoError;
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
    } catch (const Error& f) {
        s.last_error = f.message();
    }
    std::string text;
    if (s.last_error.empty() && read_small(state / "last_error", 4096, text)) s.last_error = one_line(text);
    read_last_sync(state, s);
    return s;
}

}  // namespace kiosk::install

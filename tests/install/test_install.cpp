// The installer against a channel directory made here: installs, deltas, rollback, status,
// and every refusal, each checked to leave the active pack byte-for-byte as it was.
//
// The channels are made as a tourist office makes them, by the real kiosk-pack binary run as
// a subprocess (keygen, build, publish), so that this binary links the installer and not the
// publisher. The few manifests kiosk-pack would never write (expired, replayed) are signed by
// a small test-only signer below.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sodium.h>
#include <sqlite3.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <functional>
#include <utility>
#include <vector>

#include "core/manifest.h"
#include "install/delta.h"
#include "install/install.h"
#include "install/verify.h"
#include "test_util.h"

extern char** environ;

namespace fs = std::filesystem;
using namespace kiosk;
using namespace kiosk::install;
using testutil::slurp;
using testutil::TempDir;
using testutil::write_file;

namespace {

constexpr std::int64_t kNow = 1793491200;  // 2026-11-01T00:00:00Z, the packs' build time
const std::string kId = "nord-pas-de-calais";

std::string pack_name(std::int64_t v) { return kId + "-v" + std::to_string(v) + ".pack"; }

// Runs the kiosk-pack built with this test (KIOSK_PACK_BIN) with `args`, its output in `log`;
// the test stops, showing the command and that output, unless it exits with 0.
void kiosk_pack(const std::vector<std::string>& args, const fs::path& log) {
    std::vector<std::string> argv_s = {KIOSK_PACK_BIN};
    argv_s.insert(argv_s.end(), args.begin(), args.end());
    std::vector<char*> argv;
    std::string command;
    for (std::string& a : argv_s) {
        argv.push_back(a.data());
        command += (command.empty() ? "" : " ") + a;
    }
    argv.push_back(nullptr);
    posix_spawn_file_actions_t files;
    posix_spawn_file_actions_init(&files);
    posix_spawn_file_actions_addopen(&files, 1, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_adddup2(&files, 1, 2);
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &files, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&files);
    INFO(command);
    REQUIRE(spawned == 0);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    INFO(slurp(log));
    REQUIRE(WIFEXITED(status));
    REQUIRE(WEXITSTATUS(status) == 0);
}

// A test-only signer, for the manifests kiosk-pack would never write: libsodium's Ed25519 over
// core's canonical manifest bytes. Secret key files (kiosk-pack keygen) hold one line
// "ed25519-secret:<base64 of libsodium's 64-byte secret key: seed, then public key>"; a .sig
// holds "ed25519:<key_id>:<base64 of the 64-byte signature>\n" (core/manifest.h).
std::pair<std::string, std::string> sign_for_test(Manifest m, const fs::path& secret_file) {
    REQUIRE(sodium_init() >= 0);
    std::string text = slurp(secret_file);
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
    const std::string prefix = "ed25519-secret:";
    REQUIRE(text.compare(0, prefix.size(), prefix) == 0);
    unsigned char sk[crypto_sign_SECRETKEYBYTES];
    std::size_t len = 0;
    REQUIRE(sodium_base642bin(sk, sizeof sk, text.data() + prefix.size(), text.size() - prefix.size(), nullptr, &len,
                              nullptr, sodium_base64_VARIANT_ORIGINAL) == 0);
    REQUIRE(len == sizeof sk);
    m.key_id = key_id_of(sk + crypto_sign_SEEDBYTES);
    const std::string bytes = serialize_manifest(m);
    unsigned char sig[crypto_sign_BYTES];
    crypto_sign_detached(sig, nullptr, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), sk);
    sodium_memzero(sk, sizeof sk);
    char b64[sodium_base64_ENCODED_LEN(crypto_sign_BYTES, sodium_base64_VARIANT_ORIGINAL)];
    sodium_bin2base64(b64, sizeof b64, sig, sizeof sig, sodium_base64_VARIANT_ORIGINAL);
    return {bytes, "ed25519:" + m.key_id + ":" + b64 + "\n"};
}

// Two versions of a small pack (v2 has one more item), a signing key, and a channel directory
// that kiosk-pack publish (or a test) rewrites at will.
struct Fixture {
    TempDir tmp;
    fs::path built, channel, state, secret, pub, other_secret, other_pub;
    std::vector<PublicKey> trusted;

    Fixture() {
        built = tmp.path / "built";
        channel = tmp.path / "channel";
        state = tmp.path / "state";
        fs::create_directories(built);
        fs::create_directories(channel);
        std::vector<testutil::FluxObject> objs = {
            {"Arras", R"("@type":["CulturalSite","RemarkableBuilding","PlaceOfInterest","PointOfInterest"],
 "rdfs:label":{"fr":["Beffroi d’Arras"],"en":["Arras belfry"]})"}};
        build(objs, 1);
        objs.push_back({"Lens", R"("@type":["Museum","CulturalSite","PlaceOfInterest","PointOfInterest"],
 "rdfs:label":{"fr":["Louvre-Lens"],"en":["Louvre-Lens museum"]})"});
        build(objs, 2);
        secret = tmp.path / "k.key";
        pub = tmp.path / "k.pub";
        tool({"keygen", "--secret", secret, "--public", pub});
        PublicKey key;
        std::string error;
        const bool loaded = load_public_key(pub.string(), key, error);
        INFO(error);
        REQUIRE(loaded);
        trusted.push_back(key);
        other_secret = tmp.path / "other.key";
        other_pub = tmp.path / "other.pub";
        tool({"keygen", "--secret", other_secret, "--public", other_pub});
    }

    void tool(const std::vector<std::string>& args) const { kiosk_pack(args, tmp.path / "kiosk-pack.log"); }

    void build(const std::vector<testutil::FluxObject>& objs, std::int64_t v) {
        const auto flux = testutil::write_flux(tmp.path / ("flux" + std::to_string(v)), objs);
        // --vacuum: publish serves the compacted layout, so the pack built is byte for byte the
        // one a kiosk installs.
        tool({"build", flux, "-o", built / pack_name(v), "--build-time", "2026-11-01T00:00:00Z", "--pack-version",
              std::to_string(v), "--quiet", "--vacuum"});
    }

    Manifest manifest_for(std::int64_t v, std::int64_t expires = kNow + 30 * 86400) const {
        Manifest m;
        m.pack_id = kId;
        m.version = v;
        m.pack_file = pack_name(v);
        m.size = static_cast<std::int64_t>(fs::file_size(built / pack_name(v)));
        m.sha256 = sha256_file_hex((built / pack_name(v)).string());
        m.published = format_utc(kNow - 3600);
        m.expires = format_utc(expires);
        return m;
    }

    // The channel's manifest; false when there is none or it does not parse.
    bool channel_manifest(Manifest& m) const {
        std::string error;
        return fs::exists(channel / "manifest.json") && parse_manifest(slurp(channel / "manifest.json"), m, error);
    }

    // Puts pack v (and a delta from v-1 when asked) on the channel with a manifest signed by
    // `key` (default: the trusted one), by `kiosk-pack publish`: --keep 1 offers v alone,
    // --keep 2 keeps v-1 and makes the delta from it.
    Manifest publish(std::int64_t v, bool with_delta = false, const fs::path& key = {}) {
        // kiosk-pack only moves a channel forward and never replaces a manifest it cannot
        // read: to offer a version again, the channel starts over.
        Manifest current;
        if (fs::exists(channel / "manifest.json") && (!channel_manifest(current) || current.version >= v)) {
            fs::remove_all(channel);
            fs::create_directories(channel);
        }
        if (with_delta && !fs::exists(channel / pack_name(v - 1)))
            tool({"publish", built / pack_name(v - 1), "--channel", channel, "--sign", secret, "--keep", "1"});
        tool({"publish", built / pack_name(v), "--channel", channel, "--sign", key.empty() ? secret : key, "--keep",
              with_delta ? "2" : "1"});
        Manifest m;
        REQUIRE(channel_manifest(m));
        REQUIRE(m.version == v);
        REQUIRE(m.deltas.size() == (with_delta ? 1u : 0u));
        return m;
    }

    void write_signed(const Manifest& m, const fs::path& key) {
        const auto [bytes, sig] = sign_for_test(m, key);
        write_file(channel / "manifest.json", bytes);
        write_file(channel / "manifest.json.sig", sig);
    }

    InstallOptions options(std::uint64_t free = ~0ull) const {
        InstallOptions o;
        o.state_dir = state.string();
        o.source = channel.string();
        o.trusted = trusted;
        o.now = kNow;
        o.first_backoff_s = 0;
        o.free_space = [free](const std::string&) { return free; };
        return o;
    }

    InstallResult sync(std::uint64_t free = ~0ull) const { return install_pack(options(free)); }

    std::string active_bytes() const { return slurp(state / "active"); }
    std::string active_target() const { return fs::read_symlink(state / "active").string(); }
    bool staging_empty() const { return fs::is_empty(state / "staging"); }
};

void flip_byte(const fs::path& p, std::uintmax_t at) {
    std::string s = slurp(p);
    s[at] = static_cast<char>(s[at] ^ 0x01);
    write_file(p, s);
}

bool one_line(const std::string& s) { return !s.empty() && s.find('\n') == std::string::npos; }

}  // namespace

TEST_CASE("install from a directory, then up to date, status", "[install]") {
    Fixture f;
    f.publish(1);
    auto r = f.sync();
    INFO(r.message);
    REQUIRE(r.status == InstallStatus::Installed);
    CHECK(f.active_target() == "packs/" + pack_name(1));
    CHECK(f.active_bytes() == slurp(f.built / pack_name(1)));
    CHECK(slurp(f.state / "accepted") == "version 1\n");
    CHECK(f.staging_empty());

    r = f.sync();
    CHECK(r.status == InstallStatus::UpToDate);
    CHECK(r.message == "up to date: " + kId + " version 1");

    const auto s = read_status(f.state.string());
    CHECK(s.active.present);
    CHECK(s.active.pack_id == kId);
    CHECK(s.active.version == 1);
    CHECK_FALSE(s.previous.present);
    CHECK(s.accepted == 1);
    CHECK(s.last_error.empty());
}

TEST_CASE("a delta from the active version is used, rollback swaps and keeps accepted", "[install]") {
    Fixture f;
    f.publish(1);
    REQUIRE(f.sync().status == InstallStatus::Installed);
    f.publish(2, true);
    auto r = f.sync();
    INFO(r.message << " / " << r.note);
    REQUIRE(r.status == InstallStatus::Installed);
    CHECK(r.via_delta);
    CHECK(f.active_bytes() == slurp(f.built / pack_name(2)));
    CHECK(fs::read_symlink(f.state / "previous").string() == "packs/" + pack_name(1));
    CHECK(f.staging_empty());

    r = rollback(f.state.string());
    INFO(r.message);
    CHECK(r.status == InstallStatus::Installed);
    CHECK(f.active_target() == "packs/" + pack_name(1));
    CHECK(fs::read_symlink(f.state / "previous").string() == "packs/" + pack_name(2));
    auto s = read_status(f.state.string());
    CHECK(s.active.version == 1);
    CHECK(s.previous.version == 2);
    CHECK(s.accepted == 2);  // staff went back; the rollback-attack guard did not

    // Syncing again reinstalls v2 from the file already in packs/, without a download.
    r = f.sync();
    CHECK(r.status == InstallStatus::Installed);
    CHECK(f.active_target() == "packs/" + pack_name(2));
}

TEST_CASE("a damaged delta falls back to the full pack", "[install]") {
    Fixture f;
    f.publish(1);
    REQUIRE(f.sync().status == InstallStatus::Installed);
    const Manifest m = f.publish(2, true);
    flip_byte(f.channel / m.deltas[0].file, fs::file_size(f.channel / m.deltas[0].file) / 2);
    const auto r = f.sync();
    INFO(r.message);
    REQUIRE(r.status == InstallStatus::Installed);
    CHECK_FALSE(r.via_delta);
    CHECK(r.note.find("delta not used") != std::string::npos);
    CHECK(f.active_bytes() == slurp(f.built / pack_name(2)));
    CHECK(f.staging_empty());
}

TEST_CASE("refusals leave the active pack untouched, with a one-line reason", "[install]") {
    Fixture f;
    f.publish(1);
    REQUIRE(f.sync().status == InstallStatus::Installed);
    const std::string before = f.active_bytes();
    ErrorKind want = ErrorKind::Internal;
    InstallOptions opt = f.options();

    SECTION("flipped byte in the pack") {
        f.publish(2);
        flip_byte(f.channel / pack_name(2), fs::file_size(f.channel / pack_name(2)) / 2);
        want = ErrorKind::Mismatch;
    }
    SECTION("flipped byte in the pack and in the delta") {
        const Manifest m = f.publish(2, true);
        flip_byte(f.channel / pack_name(2), 100);
        flip_byte(f.channel / m.deltas[0].file, 10);
        want = ErrorKind::Mismatch;
    }
    SECTION("truncated pack") {
        f.publish(2);
        fs::resize_file(f.channel / pack_name(2), fs::file_size(f.channel / pack_name(2)) - 4096);
        want = ErrorKind::Mismatch;
    }
    SECTION("flipped byte in the manifest") {
        f.publish(2);
        flip_byte(f.channel / "manifest.json", 30);
        want = ErrorKind::BadSignature;
    }
    SECTION("flipped byte in the signature") {
        f.publish(2);
        flip_byte(f.channel / "manifest.json.sig", 40);
        want = ErrorKind::BadSignature;
    }
    SECTION("manifest signed by an unknown key") {
        f.publish(2, false, f.other_secret);
        want = ErrorKind::BadSignature;
    }
    SECTION("expired manifest") {
        f.publish(2);
        f.write_signed(f.manifest_for(2, kNow - 1), f.secret);
        want = ErrorKind::Expired;
    }
    SECTION("older manifest replayed") {
        const std::string old_m = slurp(f.channel / "manifest.json"), old_s = slurp(f.channel / "manifest.json.sig");
        f.publish(2);
        REQUIRE(f.sync().status == InstallStatus::Installed);
        // Staff roll back to v1; the attacker then replays v1's manifest: still refused,
        // because v2 was accepted. (Here active would not change anyway: compare with v1.)
        write_file(f.channel / "manifest.json", old_m);
        write_file(f.channel / "manifest.json.sig", old_s);
        fs::remove(f.state / "active");
        fs::create_symlink("packs/" + pack_name(2), f.state / "active");
        want = ErrorKind::RollbackAttempt;
    }
    SECTION("not enough free space") {
        f.publish(2);
        opt = f.options(100 * 1024);
        want = ErrorKind::NoSpace;
    }
    SECTION("channel missing") {
        opt.source = (f.tmp.path / "no-such-stick").string();
        want = ErrorKind::Unreachable;
    }
    const std::string target = f.active_target();
    const std::string bytes = f.active_bytes();
    const auto r = install_pack(opt);
    INFO(r.message);
    CHECK(r.failed_with(want));
    CHECK(one_line(r.message));
    CHECK(f.active_target() == target);
    CHECK(f.active_bytes() == bytes);
    if (want != ErrorKind::RollbackAttempt) CHECK(bytes == before);
    const auto s = read_status(f.state.string());
    CHECK(s.last_error.find(r.message) != std::string::npos);
}

TEST_CASE("staging litter from an interrupted run is cleaned, partial downloads resume", "[install]") {
    Fixture f;
    f.publish(1);
    const std::string pack = slurp(f.channel / pack_name(1));
    write_file(f.state / "staging" / (pack_name(1) + ".part"), pack.substr(0, pack.size() / 2));
    write_file(f.state / "staging" / "old-v0.pack.part", "stale");
    write_file(f.state / "staging" / (pack_name(1) + ".from-delta.tmp"), "half applied");
    write_file(f.state / "packs" / "x.pack.tmp", "half copied");
    fs::create_symlink("packs/nothing", f.state / "active.tmp");
    const auto r = f.sync();
    INFO(r.message);
    REQUIRE(r.status == InstallStatus::Installed);
    CHECK(r.note.empty());  // the half .part was resumed and verified, no second download
    CHECK(f.active_bytes() == pack);
    CHECK(f.staging_empty());
    CHECK_FALSE(fs::exists(f.state / "packs" / "x.pack.tmp"));
    CHECK_FALSE(fs::exists(fs::symlink_status(f.state / "active.tmp")));
}

TEST_CASE("a partial download with foreign bytes is fetched again from scratch", "[install]") {
    Fixture f;
    f.publish(1);
    write_file(f.state / "staging" / (pack_name(1) + ".part"), std::string(5000, 'x'));
    const auto r = f.sync();
    INFO(r.message);
    REQUIRE(r.status == InstallStatus::Installed);
    CHECK(r.note.find("downloaded again") != std::string::npos);
    CHECK(f.active_bytes() == slurp(f.built / pack_name(1)));
}

TEST_CASE("rollback without a previous pack is refused", "[install]") {
    Fixture f;
    f.publish(1);
    REQUIRE(f.sync().status == InstallStatus::Installed);
    const auto r = rollback(f.state.string());
    CHECK(r.failed_with(ErrorKind::NotFound));
    CHECK(f.active_target() == "packs/" + pack_name(1));
}

TEST_CASE("every run's outcome is recorded as last_sync, failures included", "[install]") {
    Fixture f;
    CHECK(read_status(f.state.string()).last_sync_time == 0);  // nothing recorded yet
    f.publish(1);
    auto r = f.sync();
    REQUIRE(r.status == InstallStatus::Installed);
    auto s = read_status(f.state.string());
    CHECK(s.last_sync_time == kNow);
    CHECK(s.last_sync_source == f.channel.string());
    CHECK(s.last_sync_status == "installed");
    CHECK(s.last_sync_version == 1);
    CHECK(s.last_sync_message == r.message);
    CHECK_FALSE(fs::exists(f.state / "last_sync.tmp"));

    r = f.sync();
    CHECK(read_status(f.state.string()).last_sync_status == "up_to_date");

    f.publish(2);
    flip_byte(f.channel / "manifest.json.sig", 40);
    r = f.sync();
    REQUIRE(r.failed_with(ErrorKind::BadSignature));
    s = read_status(f.state.string());
    CHECK(s.last_sync_status == "bad_signature");
    CHECK(s.last_sync_message == r.message);
    CHECK(s.last_sync_version == 0);  // nothing was verified
    CHECK(s.last_error.find(r.message) != std::string::npos);  // last_error as before
    CHECK(s.active.version == 1);

    // A failure after the manifest was verified still says which version was offered.
    f.publish(2);
    flip_byte(f.channel / pack_name(2), 100);
    r = f.sync();
    REQUIRE(r.failed_with(ErrorKind::Mismatch));
    CHECK(r.version == 2);
    s = read_status(f.state.string());
    CHECK(s.last_sync_status == "mismatch");
    CHECK(s.last_sync_version == 2);

    r = rollback(f.state.string());
    REQUIRE(r.failed_with(ErrorKind::NotFound));
    s = read_status(f.state.string());
    CHECK(s.last_sync_status == "not_found");
    CHECK(s.last_sync_source.empty());
    CHECK(s.last_sync_message == r.message);
    CHECK(s.last_sync_time > 0);

    // A source with a line break cannot forge the lines after it.
    InstallOptions opt = f.options();
    opt.source = (f.tmp.path / "stick\nstatus installed").string();
    r = install_pack(opt);
    s = read_status(f.state.string());
    CHECK(s.last_sync_status == "unreachable");
    CHECK(s.last_sync_source.find('\n') == std::string::npos);

    write_file(f.state / "last_sync", "time soon\nversion -\n\xff\xfe");  // damaged: read what can be
    s = read_status(f.state.string());
    CHECK(s.last_sync_time == 0);
    CHECK(s.last_sync_status.empty());
    CHECK(s.active.version == 1);
}

TEST_CASE("progress ends at the transfer's total, also for a download complete before a cut", "[install]") {
    Fixture f;
    f.publish(1);
    const auto size = static_cast<std::uint64_t>(fs::file_size(f.channel / pack_name(1)));
    // The whole pack was downloaded, then the run was killed before it was verified.
    write_file(f.state / "staging" / (pack_name(1) + ".part"), slurp(f.channel / pack_name(1)));
    std::vector<std::pair<std::uint64_t, std::uint64_t>> seen;
    std::vector<std::string> states;
    InstallOptions opt = f.options();
    opt.progress = [&](std::uint64_t done, std::uint64_t total) { seen.emplace_back(done, total); };
    opt.trace = [&](const std::string& line) { states.push_back(line); };
    REQUIRE(install_pack(opt).status == InstallStatus::Installed);
    REQUIRE_FALSE(seen.empty());
    CHECK(seen.back() == std::make_pair(size, size));
    CHECK(std::find(states.begin(), states.end(), "state: FETCH_PACK") != states.end());
    CHECK(states.back() == "state: TIDY");
}

// Issue 15: a signed pack that is a sound SQLite file, with the right id and version, but that
// the kiosk could not read (a table or column it expects is gone) is refused at VERIFY_PACK:
// before, the installer accepted it and the kiosk failed on it in front of visitors.
TEST_CASE("a signed pack the kiosk cannot read is refused and the current pack kept", "[install][hostile]") {
    Fixture f;
    f.publish(1);
    REQUIRE(f.sync().status == InstallStatus::Installed);
    const std::string target = f.active_target(), bytes = f.active_bytes();
    std::string sql, want;
    SECTION("a table dropped") {
        sql = "DROP TABLE opening_hours";
        want = "table opening_hours is missing";
    }
    SECTION("a column dropped") {
        sql = "ALTER TABLE item DROP COLUMN department";
        want = "table item has no column department";
    }
    SECTION("a column renamed") {
        sql = "ALTER TABLE item_text RENAME COLUMN value TO text";
        want = "table item_text has no column value";
    }
    const fs::path pack = f.built / pack_name(2);
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(pack.c_str(), &db) == SQLITE_OK);
    const int rc = sqlite3_exec(db, (sql + "; VACUUM").c_str(), nullptr, nullptr, nullptr);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
    fs::copy_file(pack, f.channel / pack_name(2), fs::copy_options::overwrite_existing);
    f.write_signed(f.manifest_for(2), f.secret);
    const auto r = f.sync();
    INFO(r.message);
    CHECK(r.failed_with(ErrorKind::Mismatch));
    CHECK(r.message.find(want) != std::string::npos);
    CHECK(one_line(r.message));
    CHECK(f.active_target() == target);
    CHECK(f.active_bytes() == bytes);
    CHECK(f.staging_empty());
}

namespace {

// Runs `body` in a child process; its exit code, or -1 when it had not finished after
// `seconds` (it is then killed). What used to hang for ever thus fails a test instead of
// hanging the suite. No Catch2 macro may run in the child.
int in_child(const std::function<int()>& body, int seconds) {
    std::fflush(nullptr);
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        int rc = 99;
        try {
            rc = body();
        } catch (...) {
            rc = 98;
        }
        ::_exit(rc);
    }
    for (int i = 0; i < seconds * 50; ++i) {
        int st = 0;
        if (::waitpid(pid, &st, WNOHANG) == pid) return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
        ::usleep(20000);
    }
    ::kill(pid, SIGKILL);
    ::waitpid(pid, nullptr, 0);
    return -1;
}

std::string bytes_of(std::initializer_list<unsigned> b) {
    std::string out;
    for (unsigned c : b) out.push_back(static_cast<char>(c));
    return out;
}

// Changesets that made sqlite3changeset_apply_strm (SQLite 3.40) loop for ever, found by
// applying random small changesets to a pack with a 3-second alarm (issue 15). The framing
// is what SQLite trusts: a table name with no NUL before the end, a column count past the end.
struct HangingDelta {
    const char* what;
    std::string bytes;
};
const std::vector<HangingDelta>& hanging_deltas() {
    static const std::vector<HangingDelta> d = {
        // 'T', 7 columns, 7 key flags "price\0\x12", then a name that never ends.
        {"table name without its NUL (14 bytes)",
         bytes_of({0x54, 0x07, 0x70, 0x72, 0x69, 0x63, 0x65, 0x00, 0x12, 0x01, 0x09, 0x01, 0x12, 0x01})},
        // 'T', a two-byte varint column count (0xeb 0x6d = 13805 columns) in a 14-byte input.
        {"column count past the end (14 bytes)",
         bytes_of({0x54, 0xeb, 0x6d, 0x65, 0x64, 0x69, 0x61, 0x00, 0x09, 0x01, 0x12, 0x00, 0x09, 0x01})},
        {"column count past the end (39 bytes)",
         bytes_of({0x54, 0xdc, 0x01, 0x00, 0x01, 0x63, 0x6f, 0x6e, 0x74, 0x61, 0x63, 0x74, 0x00,
                   0x17, 0x01, 0x03, 0x03, 0x62, 0x62, 0x62, 0x00, 0x02, 0x00, 0x02, 0xb1, 0xbe,
                   0x55, 0x00, 0x40, 0xab, 0x04, 0x00, 0x02, 0x0b, 0x9a, 0x1c, 0x00, 0x00, 0xfd})},
        {"two tables, the second one's name without its NUL (28 bytes)",
         bytes_of({0x54, 0x04, 0x01, 0x00, 0x00, 0x01, 0x69, 0x74, 0x65, 0x6d, 0x00, 0x09, 0x01, 0x00,
                   0x04, 0x00, 0x00, 0x00, 0x54, 0x07, 0x6d, 0x65, 0x64, 0x69, 0x61, 0x00, 0x17, 0x01})},
    };
    return d;
}

}  // namespace

TEST_CASE("a changeset that hung SQLite's apply is refused in bounded time and leaves no file", "[install][delta][hostile]") {
    Fixture f;
    const fs::path work = f.tmp.path / "work";
    fs::create_directories(work);
    const std::string base = (f.built / pack_name(1)).string();
    const std::string base_bytes = slurp(base);
    std::vector<std::pair<std::string, std::string>> cases;
    for (const auto& h : hanging_deltas()) cases.emplace_back(h.what, h.bytes);
    // Well framed, but meta has 2 columns, not 3: refused by the schema check.
    cases.emplace_back("a table with the wrong column count",
                       bytes_of({0x54, 0x03, 0x01, 0x00, 0x00, 'm', 'e', 't', 'a', 0x00, 0x12, 0x00, 0x03, 0x01, 'x',
                                 0x03, 0x01, 'y', 0x05}));
    // Well framed and of the right shape, but the update's old row has no key: SQLite 3.40
    // crashed (SIGSEGV in sqlite3_value_type under sqlite3changeset_apply).
    cases.emplace_back("an update without the old row's key (42 bytes)",
                       bytes_of({0x54, 0x04, 0x01, 0x00, 0x00, 0x00, 't', 'h', 'u', 'm', 'b', 'n', 'a', 'i',
                                 'l', 0x00, 0x17, 0x00, 0x00, 0x04, 0x01, 0x61, 0x03, 0x00, 0x03, 0x00, 0x02, 0x00,
                                 0xbc, 0xed, 0x00, 0x0b, 0x8e, 0x00, 0x00, 0x00, 0x03, 0x03, 0x61, 0x62, 0x61, 0x00}));
    cases.emplace_back("a patchset", bytes_of({0x50, 0x02, 0x01, 0x00, 'm', 'e', 't', 'a', 0x00}));
    cases.emplace_back("an unknown operation", bytes_of({0x54, 0x02, 0x01, 0x00, 'm', 'e', 't', 'a', 0x00, 0x33, 0x00}));
    for (const auto& [what, bytes] : cases) {
        INFO(what);
        const fs::path delta = work / "x.delta", out = work / "out.pack";
        write_file(delta, bytes);
        // 0: refused with DeltaError; 2: applied (!); 3: refused but a file was left behind;
        // -1: hung; 128 + N: killed by signal N.
        const int rc = in_child(
            [&] {
                try {
                    apply_delta(base, delta.string(), out.string());
                    return 2;
                } catch (const DeltaError&) {
                }
                for (const auto& e : fs::directory_iterator(work))
                    if (e.path() != delta) return 3;
                return 0;
            },
            20);
        CHECK(rc == 0);  // -1: the apply hung
        CHECK(slurp(base) == base_bytes);
        fs::remove_all(work);
        fs::create_directories(work);
    }
}

TEST_CASE("a delta that hung the apply falls back to the full pack and leaves staging clean", "[install][delta][hostile]") {
    Fixture f;
    f.publish(1);
    REQUIRE(f.sync().status == InstallStatus::Installed);
    Manifest m = f.publish(2, true);
    const std::string hang = hanging_deltas().front().bytes;
    write_file(f.channel / m.deltas[0].file, hang);
    m.deltas[0].size = static_cast<std::int64_t>(hang.size());
    m.deltas[0].sha256 = sha256_file_hex((f.channel / m.deltas[0].file).string());
    f.write_signed(m, f.secret);
    // 0: installed from the full pack with a note; 2: installed some other way; 3: failed.
    const int rc = in_child(
        [&] {
            const auto r = f.sync();
            if (!r.ok()) return 3;
            return !r.via_delta && r.note.find("delta not used: delta is malformed") != std::string::npos ? 0 : 2;
        },
        60);
    CHECK(rc == 0);  // -1: the install hung
    CHECK(f.active_bytes() == slurp(f.built / pack_name(2)));
    CHECK(f.staging_empty());
}

TEST_CASE("a FIFO named as a pack, a delta or a manifest on a directory channel is refused without a hang", "[install][hostile]") {
    Fixture f;
    f.publish(1);
    REQUIRE(f.sync().status == InstallStatus::Installed);
    const std::string before = f.active_bytes();
    const auto fifo = [](const fs::path& p) {
        fs::remove(p);
        REQUIRE(::mkfifo(p.c_str(), 0644) == 0);
    };
    SECTION("the pack") {
        f.publish(2);
        fifo(f.channel / pack_name(2));
        // 0: refused as unreachable, saying why; 2: anything else.
        const int rc = in_child(
            [&] {
                const auto r = f.sync();
                return r.failed_with(ErrorKind::Unreachable) && r.message.find("fifo") != std::string::npos ? 0 : 2;
            },
            30);
        CHECK(rc == 0);  // -1: it hung
        CHECK(f.active_bytes() == before);
        CHECK(f.staging_empty());
    }
    SECTION("the delta: the full pack is used instead") {
        const Manifest m = f.publish(2, true);
        fifo(f.channel / m.deltas[0].file);
        const int rc = in_child(
            [&] {
                const auto r = f.sync();
                return r.status == InstallStatus::Installed && !r.via_delta && r.note.find("fifo") != std::string::npos ? 0 : 2;
            },
            30);
        CHECK(rc == 0);
        CHECK(f.active_bytes() == slurp(f.built / pack_name(2)));
        CHECK(f.staging_empty());
    }
    SECTION("the manifest") {
        f.publish(2);
        fifo(f.channel / "manifest.json");
        const int rc = in_child([&] { return f.sync().failed_with(ErrorKind::Unreachable) ? 0 : 2; }, 30);
        CHECK(rc == 0);
        CHECK(f.active_bytes() == before);
    }
    SECTION("a FIFO in staging named as the download to resume") {
        f.publish(2);
        fifo(f.state / "staging" / (pack_name(2) + ".part"));
        const int rc = in_child([&] { return f.sync().status == InstallStatus::Installed ? 0 : 2; }, 30);
        CHECK(rc == 0);
        CHECK(f.active_bytes() == slurp(f.built / pack_name(2)));
        CHECK(f.staging_empty());
    }
    SECTION("the pack given to verify (kiosk-pack verify's path)") {
        const Manifest m = f.publish(2);
        fifo(f.tmp.path / "fifo.pack");
        const int rc = in_child(
            [&] {
                try {
                    verify_pack((f.tmp.path / "fifo.pack").string(), m);
                    return 2;
                } catch (const Error& e) {
                    return e.kind() == ErrorKind::Mismatch && std::string(e.what()).find("fifo") != std::string::npos ? 0 : 3;
                }
            },
            30);
        CHECK(rc == 0);
    }
}

TEST_CASE("a delta apply over its time budget is given up and leaves no file", "[install][delta]") {
    Fixture f;
    const Manifest m = f.publish(2, true);
    const fs::path work = f.tmp.path / "work";
    fs::create_directories(work);
    const fs::path delta = work / "d.delta", out = work / "out.pack";
    fs::copy_file(f.channel / m.deltas[0].file, delta);
    DeltaLimits limits;
    limits.time = std::chrono::milliseconds(0);
    try {
        apply_delta((f.built / pack_name(1)).string(), delta.string(), out.string(), limits);
        FAIL("applied with no time at all");
    } catch (const DeltaError& e) {
        CHECK(std::string(e.what()).find("to apply: given up") != std::string::npos);
    }
    for (const auto& e : fs::directory_iterator(work)) CHECK(e.path() == delta);
    // With the default budget the same delta applies, to the published pack's bytes.
    apply_delta((f.built / pack_name(1)).string(), delta.string(), out.string());
    CHECK(slurp(out) == slurp(f.built / pack_name(2)));
}

TEST_CASE("rollback refuses a previous pack the kiosk cannot read", "[install][hostile]") {
    Fixture f;
    f.publish(1);
    REQUIRE(f.sync().status == InstallStatus::Installed);
    f.publish(2);
    REQUIRE(f.sync().status == InstallStatus::Installed);
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open((f.state / "packs" / pack_name(1)).c_str(), &db) == SQLITE_OK);
    const int rc = sqlite3_exec(db, "DROP TABLE contact", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
    const auto r = rollback(f.state.string());
    INFO(r.message);
    CHECK(r.failed_with(ErrorKind::Mismatch));
    CHECK(r.message.find("table contact is missing") != std::string::npos);
    CHECK(f.active_target() == "packs/" + pack_name(2));
}

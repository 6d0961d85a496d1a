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
#include <spawn.h>
#include <sys/wait.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <utility>
#include <vector>

#include "core/manifest.h"
#include "install/install.h"
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
        tool({"build", flux, "-o", built / pack_name(v), "--build-time", "2026-11-01T00:00:00Z", "--pack-version",
              std::to_string(v), "--quiet"});
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

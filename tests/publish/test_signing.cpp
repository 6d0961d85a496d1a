// Manifest signing and verification: key files, the canonical manifest text, and every way a
// manifest, its signature or the pack it describes can be tampered with.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <filesystem>

#include "core/manifest.h"
#include "core/pack_reader.h"
#include "install/verify.h"
#include "publish/signing.h"
#include "publish_util.h"

namespace fs = std::filesystem;
using namespace kiosk;
using install::check_pack_file;
using install::manifest_expired;
using install::verify_manifest;
using testutil::slurp;
using testutil::TempDir;
using testutil::write_file;

namespace {

// 2026-11-01T00:00:00Z, the test packs' build time.
constexpr std::int64_t kNow = 1793491200;

bool one_line(const std::string& s) { return !s.empty() && s.find('\n') == std::string::npos; }

// A small real pack, a key pair and a signed manifest next to the pack.
struct Signed {
    TempDir tmp;
    fs::path pack, manifest, secret, pub;
    PublicKey key;
    Signed(std::int64_t now = kNow, int days = 365) {
        const auto flux = testutil::write_flux(
            tmp.path / "flux",
            {{"Arras", R"("@type":["CulturalSite","RemarkableBuilding","PlaceOfInterest","PointOfInterest"],
 "rdfs:label":{"fr":["Beffroi d’Arras"],"en":["Arras belfry"]})"}});
        pack = tmp.path / "region.pack";
        testutil::build_pack(flux, pack);
        secret = tmp.path / "signing.key";
        pub = tmp.path / "signing.pub";
        key = publish::generate_keypair(secret.string(), pub.string());
        manifest = tmp.path / "region.pack.manifest.json";
        publish::write_signed_manifest(pack.string(), manifest.string(), secret.string(), days, now);
    }
    std::string bytes() const { return slurp(manifest); }
    std::string sig() const { return slurp(manifest.string() + ".sig"); }
    // verify_manifest with this key only; returns the error ("" when accepted).
    std::string verify(const std::string& bytes, const std::string& sig, Manifest* out = nullptr) const {
        Manifest m;
        std::string err;
        const bool ok = verify_manifest(bytes, sig, {key}, m, err);
        if (ok && out) *out = m;
        CHECK(ok == err.empty());
        return err;
    }
};

Manifest sample() {
    Manifest m;
    m.pack_id = "nord-pas-de-calais";
    m.version = 7;
    m.pack_file = "nord-pas-de-calais-7.pack";
    m.size = 5787648;
    m.sha256 = std::string(64, 'a');
    m.published = "2026-11-01T08:30:00Z";
    m.expires = "2027-11-01T08:30:00Z";
    m.deltas = {{5, "delta-5-7.changeset", 1200, std::string(64, 'b')}, {6, "delta-6-7.changeset", 800, std::string(64, 'c')}};
    m.key_id = "0123456789abcdef";
    return m;
}

std::string parse_error(const std::string& text) {
    Manifest m;
    std::string err;
    return parse_manifest(text, m, err) ? std::string() : err;
}

}  // namespace

TEST_CASE("keygen writes a 0600 secret key and a public key, and never overwrites", "[signing]") {
    TempDir tmp;
    const auto secret = tmp.path / "k.secret", pub = tmp.path / "k.pub";
    const PublicKey k = publish::generate_keypair(secret.string(), pub.string());
    struct stat st {};
    REQUIRE(::stat(secret.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    CHECK(slurp(secret).rfind("ed25519-secret:", 0) == 0);
    CHECK(slurp(secret).size() == std::string("ed25519-secret:").size() + 88 + 1);  // 64 bytes in base64 + \n
    CHECK(slurp(pub) == format_public_key(k));
    CHECK(k.key_id.size() == 16);

    PublicKey loaded;
    std::string err;
    REQUIRE(load_public_key(pub.string(), loaded, err));
    CHECK(loaded.bytes == k.bytes);
    CHECK(loaded.key_id == k.key_id);

    const std::string before = slurp(secret);
    CHECK_THROWS_AS(publish::generate_keypair(secret.string(), (tmp.path / "other.pub").string()), publish::SigningError);
    CHECK_THROWS_AS(publish::generate_keypair((tmp.path / "other.secret").string(), pub.string()), publish::SigningError);
    CHECK(slurp(secret) == before);
    CHECK(!fs::exists(tmp.path / "other.secret"));  // a refusal leaves nothing behind
    CHECK(!fs::exists(tmp.path / "other.pub"));

    CHECK(!parse_public_key("ed25519-public:AAAA\n", loaded, err));
    CHECK(!parse_public_key(slurp(secret), loaded, err));
}

TEST_CASE("a signed manifest verifies and describes the pack", "[signing]") {
    Signed s;
    Manifest m;
    REQUIRE(s.verify(s.bytes(), s.sig(), &m) == "");
    CHECK(m.pack_id == "nord-pas-de-calais");
    CHECK(m.version == 1);
    CHECK(m.pack_file == "region.pack");
    CHECK(m.size == static_cast<std::int64_t>(fs::file_size(s.pack)));
    CHECK(m.sha256 == sha256_file_hex(s.pack.string()));
    CHECK(m.published == "2026-11-01T00:00:00Z");
    CHECK(m.expires == "2027-11-01T00:00:00Z");
    CHECK(m.key_id == s.key.key_id);
    CHECK(s.sig().rfind("ed25519:" + s.key.key_id + ":", 0) == 0);
    CHECK(!manifest_expired(m, kNow));
    std::string err;
    CHECK(check_pack_file(s.pack.string(), m, err));
    CHECK(!fs::exists(s.manifest.string() + ".tmp"));
    CHECK_NOTHROW(Pack::open(s.pack.string())->integrity_check());

    // Several trusted keys: the signature's key id picks the right one.
    TempDir other;
    const PublicKey k2 = publish::generate_keypair((other.path / "s").string(), (other.path / "p").string());
    Manifest out;
    CHECK(verify_manifest(s.bytes(), s.sig(), {k2, s.key}, out, err));
}

TEST_CASE("a flipped byte in the manifest or its signature is refused", "[signing]") {
    Signed s;
    std::string bytes = s.bytes();
    // Every byte position matters, including whitespace and the final newline.
    for (std::size_t pos : {std::size_t(0), bytes.find("\"version\": 1") + 11, bytes.size() - 1}) {
        std::string b = bytes;
        b[pos] = static_cast<char>(b[pos] ^ 0x01);
        const std::string err = s.verify(b, s.sig());
        CHECK(err == "bad signature");
    }
    std::string sig = s.sig();
    const std::size_t at = sig.size() - 30;  // inside the base64 signature
    sig[at] = sig[at] == 'A' ? 'B' : 'A';
    CHECK(s.verify(bytes, sig) == "bad signature");
    CHECK(s.verify(bytes, "ed25519:" + s.key.key_id + ":AAAA\n") == "signature file malformed");
    CHECK(s.verify(bytes, "") == "signature file malformed");
}

TEST_CASE("a damaged or truncated pack does not match its manifest", "[signing]") {
    Signed s;
    Manifest m;
    REQUIRE(s.verify(s.bytes(), s.sig(), &m) == "");
    std::string err;

    std::string pack = slurp(s.pack);
    pack[pack.size() / 2] = static_cast<char>(pack[pack.size() / 2] ^ 0x40);
    write_file(s.pack, pack);
    CHECK(!check_pack_file(s.pack.string(), m, err));
    CHECK(one_line(err));
    CHECK(err.find("does not match") != std::string::npos);

    write_file(s.pack, pack.substr(0, pack.size() - 4096));
    CHECK(!check_pack_file(s.pack.string(), m, err));
    CHECK(err.find("pack size is") != std::string::npos);
    CHECK(one_line(err));

    fs::remove(s.pack);
    CHECK(!check_pack_file(s.pack.string(), m, err));
}

TEST_CASE("a manifest signed by an unknown key is refused, naming the key", "[signing]") {
    Signed s;
    TempDir other;
    const auto secret = other.path / "rogue.key";
    const PublicKey rogue = publish::generate_keypair(secret.string(), (other.path / "rogue.pub").string());
    Manifest m;
    REQUIRE(s.verify(s.bytes(), s.sig(), &m) == "");
    const auto forged = publish::sign_manifest(m, secret.string());
    CHECK(forged.manifest.key_id == rogue.key_id);
    CHECK(s.verify(forged.bytes, forged.sig_text) == "signature by unknown key " + rogue.key_id);
    // The rogue signature relabelled with the trusted key's id fails the signature check.
    std::string relabelled = forged.sig_text;
    relabelled.replace(8, 16, s.key.key_id);
    CHECK(s.verify(forged.bytes, relabelled) == "bad signature");
    // A manifest naming one key but signed by another trusted key is refused too.
    CHECK(s.verify(s.bytes(), s.sig()) == "");
    Manifest out;
    std::string err;
    const std::string mislabelled = publish::sign_bytes(forged.bytes, s.secret.string());
    CHECK(!verify_manifest(forged.bytes, mislabelled, {s.key}, out, err));
    CHECK(err.find("but is signed by key") != std::string::npos);
}

TEST_CASE("an expired manifest is recognised as expired", "[signing]") {
    Signed s(kNow - 400 * 86400, 365);
    Manifest m;
    REQUIRE(s.verify(s.bytes(), s.sig(), &m) == "");  // still a good signature...
    CHECK(manifest_expired(m, kNow));                // ...but past its date
    std::int64_t exp = 0;
    REQUIRE(parse_utc(m.expires, exp));
    CHECK(!manifest_expired(m, exp - 1));
    CHECK(manifest_expired(m, exp));
}

TEST_CASE("signed but malformed manifests are refused with a reason", "[signing]") {
    Signed s;
    const std::string good = s.bytes();
    auto signed_err = [&](const std::string& bytes) {
        return s.verify(bytes, publish::sign_bytes(bytes, s.secret.string()));
    };

    std::string extra = good;
    extra.insert(extra.find("  \"key_id\""), "  \"mirror\": \"http://evil.example/\",\n");
    std::string err = signed_err(extra);
    CHECK(err == "manifest malformed: unknown field \"mirror\" at byte " + std::to_string(extra.find("\"mirror\":") + 9));
    CHECK(one_line(err));

    err = signed_err(good.substr(0, good.size() / 2));
    CHECK(err.rfind("manifest malformed: ", 0) == 0);
    CHECK(one_line(err));
    CHECK(signed_err("not json at all\n").rfind("manifest malformed: expected '{'", 0) == 0);

    const std::string huge = "{\"format\": \"" + std::string(70 * 1024, 'x') + "\"}\n";
    CHECK(s.verify(huge, s.sig()) == "manifest malformed: larger than 65536 bytes");
    CHECK(parse_error(huge) == "larger than 65536 bytes");
}

TEST_CASE("the manifest text is canonical and byte-stable", "[signing]") {
    const Manifest m = sample();
    const std::string text = serialize_manifest(m);
    CHECK(text ==
          "{\n"
          "  \"format\": \"kiosk-manifest-1\",\n"
          "  \"pack_id\": \"nord-pas-de-calais\",\n"
          "  \"version\": 7,\n"
          "  \"pack_file\": \"nord-pas-de-calais-7.pack\",\n"
          "  \"size\": 5787648,\n"
          "  \"sha256\": \"" + std::string(64, 'a') + "\",\n"
          "  \"published\": \"2026-11-01T08:30:00Z\",\n"
          "  \"expires\": \"2027-11-01T08:30:00Z\",\n"
          "  \"deltas\": [\n"
          "    {\"from_version\": 5, \"file\": \"delta-5-7.changeset\", \"size\": 1200, \"sha256\": \"" +
              std::string(64, 'b') + "\"},\n"
          "    {\"from_version\": 6, \"file\": \"delta-6-7.changeset\", \"size\": 800, \"sha256\": \"" +
              std::string(64, 'c') + "\"}\n"
          "  ],\n"
          "  \"key_id\": \"0123456789abcdef\"\n"
          "}\n");
    Manifest back;
    std::string err;
    REQUIRE(parse_manifest(text, back, err));
    CHECK(back == m);
    CHECK(serialize_manifest(back) == text);

    Manifest none = m;
    none.deltas.clear();
    const std::string t2 = serialize_manifest(none);
    CHECK(t2.find("  \"deltas\": [],\n") != std::string::npos);
    REQUIRE(parse_manifest(t2, back, err));
    CHECK(back == none);
}

TEST_CASE("the manifest parser is strict", "[signing]") {
    const std::string good = serialize_manifest(sample());
    auto with = [&](const std::string& from, const std::string& to) {
        std::string t = good;
        const auto p = t.find(from);
        REQUIRE(p != std::string::npos);
        return t.replace(p, from.size(), to);
    };
    CHECK(parse_error(good) == "");
    CHECK(parse_error(with("  \"size\": 5787648,\n", "")) == "missing field \"size\"");
    CHECK(parse_error(with("\"version\": 7", "\"version\": 7,\n  \"version\": 8")).rfind("duplicate field \"version\"", 0) == 0);
    CHECK(parse_error(with("\"version\": 7", "\"version\": \"7\"")).rfind("field \"version\" must be a non-negative integer", 0) == 0);
    CHECK(parse_error(with("\"version\": 7", "\"version\": 7.0")).rfind("field \"version\" must be an integer", 0) == 0);
    CHECK(parse_error(with("\"version\": 7", "\"version\": -7")).rfind("field \"version\" must be a non-negative", 0) == 0);
    CHECK(parse_error(with("\"version\": 7", "\"version\": 99999999999999999999")).rfind("field \"version\" is too large", 0) == 0);
    CHECK(parse_error(with("\"pack_id\": \"nord", "\"pack_id\": \"\\u006eord")).rfind("escape sequences", 0) == 0);
    CHECK(parse_error(with("\"pack_file\": \"nord", "\"pack_file\": \"../../etc/nord")) == "pack_file must be a plain file name");
    CHECK(parse_error(with("\"file\": \"delta-5", "\"file\": \"/tmp/delta-5")) == "a delta file must be a plain file name");
    CHECK(parse_error(with("\"from_version\": 6", "\"from_version\": 7")) == "a delta must start from an older version");
    CHECK(parse_error(with("\"from_version\": 6", "\"from_version\": 5")) == "two deltas start from version 5");
    CHECK(parse_error(with("\"size\": 800", "\"size\": 800, \"extra\": 1")).rfind("unknown field \"extra\" in a delta", 0) == 0);
    CHECK(parse_error(with("2027-11-01T08:30:00Z", "2027-11-01 08:30")) == "expires must be YYYY-MM-DDTHH:MM:SSZ");
    CHECK(parse_error(with("2027-11-01T08:30:00Z", "2027-02-30T08:30:00Z")) == "expires must be YYYY-MM-DDTHH:MM:SSZ");
    CHECK(parse_error(with("2027-11-01T08:30:00Z", "2025-11-01T08:30:00Z")) == "expires must be after published");
    CHECK(parse_error(with("\"kiosk-manifest-1\"", "\"kiosk-manifest-2\"")) == "unsupported format \"kiosk-manifest-2\"");
    CHECK(parse_error(with(std::string(64, 'a'), std::string(64, 'A'))) == "sha256 must be 64 lowercase hex digits");
    CHECK(parse_error(with("nord-pas-de-calais\"", "nord-pas-de-\xC3\x28\"")).rfind("invalid UTF-8 at byte", 0) == 0);
    CHECK(parse_error(with("nord-pas-de-calais\"", "nord-pas-de-\xED\xA0\x80\"")).rfind("invalid UTF-8", 0) == 0);
    CHECK(parse_error(good + "{}").rfind("unexpected data after the manifest", 0) == 0);
    // Valid JSON with the same content but other spacing or member order is not ours.
    CHECK(parse_error(with("  \"version\": 7,\n", "  \"version\":7,\n")) == "not in canonical form");
    CHECK(parse_error(with("{\n  \"format\": \"kiosk-manifest-1\",\n  \"pack_id\": \"nord-pas-de-calais\",",
                           "{\n  \"pack_id\": \"nord-pas-de-calais\",\n  \"format\": \"kiosk-manifest-1\",")) ==
          "not in canonical form");
    CHECK(parse_error("") == "expected '{' at byte 0");
    CHECK(parse_error("[]") == "expected '{' at byte 0");
}

TEST_CASE("UTC timestamps round-trip", "[signing]") {
    std::int64_t t = 0;
    REQUIRE(parse_utc("2026-11-01T00:00:00Z", t));
    CHECK(t == kNow);
    CHECK(format_utc(kNow + 86399) == "2026-11-01T23:59:59Z");
    CHECK(format_utc(0) == "1970-01-01T00:00:00Z");
    REQUIRE(parse_utc("2028-02-29T12:00:00Z", t));
    CHECK(format_utc(t) == "2028-02-29T12:00:00Z");
    CHECK(!parse_utc("2027-02-29T12:00:00Z", t));
    CHECK(!parse_utc("2026-11-01T24:00:00Z", t));
    CHECK(!parse_utc("2026-11-01T00:00:00+01:00", t));
}

TEST_CASE("signing refuses keys and packs it cannot use", "[signing]") {
    Signed s;
    const auto bad_key = s.tmp.path / "bad.key";
    write_file(bad_key, "ed25519-secret:AAAA\n");
    CHECK_THROWS_AS(publish::sign_bytes("x", bad_key.string()), publish::SigningError);
    CHECK_THROWS_AS(publish::sign_bytes("x", (s.tmp.path / "missing.key").string()), publish::SigningError);
    // A public key where the secret key should be.
    CHECK_THROWS_AS(publish::sign_bytes("x", s.pub.string()), publish::SigningError);
    const auto not_pack = s.tmp.path / "notes.pack";
    write_file(not_pack, "hello\n");
    CHECK_THROWS_AS(publish::write_signed_manifest(not_pack.string(), (s.tmp.path / "m.json").string(), s.secret.string(), 30),
                    publish::SigningError);
    CHECK(!fs::exists(s.tmp.path / "m.json"));
    CHECK(sha256_file_hex(not_pack.string()) == "5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03");
}

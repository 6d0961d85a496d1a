// Deltas and channel publishing: a changeset made between two packs turns the older into the
// newer byte for byte, refuses the wrong base, and publish keeps a channel directory that a
// kiosk can trust (monotonic versions, signed manifest written last, pruning).
#include <catch2/catch.hpp>

#include <sqlite3.h>
#include <stb/stb_image_write.h>

#include <cstdio>
#include <filesystem>
#include <set>

#include "core/manifest.h"
#include "install/verify.h"
#include "core/pack_reader.h"
#include "publish/delta_make.h"
#include "publish/pack_writer.h"
#include "publish/publish.h"
#include "publish/signing.h"
#include "test_util.h"

namespace fs = std::filesystem;
using namespace kiosk;
using install::check_pack_file;
using install::manifest_expired;
using install::verify_manifest;
using testutil::FluxObject;
using testutil::slurp;
using testutil::TempDir;

namespace {

void png_to(void* ctx, void* data, int n) { static_cast<std::string*>(ctx)->append(static_cast<char*>(data), n); }

// A picture whose pixels depend on `seed`, so two seeds give two different media rows.
std::string make_png(int w, int h, int seed) {
    std::vector<unsigned char> px(static_cast<size_t>(w) * static_cast<size_t>(h) * 3);
    for (size_t i = 0; i < px.size(); ++i) px[i] = static_cast<unsigned char>((i * 7 + static_cast<size_t>(seed) * 13) % 251);
    std::string out;
    stbi_write_png_to_func(png_to, &out, w, h, 3, px.data(), w * 3);
    return out;
}

std::string site(const std::string& title, const std::string& town, const std::string& extra = "") {
    return R"("@type":["CulturalSite","Museum","PlaceOfInterest"],"rdfs:label":{"fr":[")" + title + R"("],"en":["EN )" +
           title + R"("]},"hasDescription":[{"shortDescription":{"fr":["Description de )" + title +
           R"("]}}],"isLocatedAt":[{"schema:address":[{"schema:addressLocality":")" + town +
           R"(","schema:postalCode":"59000"}],"schema:geo":{"schema:latitude":50.6,"schema:longitude":3.05},
 "schema:openingHoursSpecification":[{"schema:dayOfWeek":[{"@id":"schema:Monday"}],"schema:opens":"10:00:00","schema:closes":"18:00:00"}]}],
 "hasContact":[{"schema:telephone":["+33 3 20 00 00 00"],"foaf:homepage":["https://example.org/"]}])" + extra;
}

std::string picture(const std::string& file) {
    return R"(,"hasMainRepresentation":[{"ebucore:hasRelatedResource":[{"ebucore:locator":["images/)" + file + R"("]}]}])";
}

const std::string kEvent = R"("@type":["schema:Event","Festival"],"rdfs:label":{"fr":["Braderie de Lille"]},
 "takesPlaceAt":[{"startDate":"2027-09-04","endDate":"2027-09-05"},{"startDate":"2026-09-06","endDate":"2026-09-07"}],
 "isLocatedAt":[{"schema:address":[{"schema:addressLocality":"Lille","schema:postalCode":"59000"}]}])";
const std::string kRestaurant = R"("@type":["Restaurant","FoodEstablishment","PlaceOfInterest"],"rdfs:label":{"fr":["Estaminet"]})";

// Version 1 of a small region; later versions are edits of this list. Objects keep their
// position (write_flux numbers them), so an edit never changes another object's @id.
std::vector<FluxObject> flux_v1() {
    return {
        {"Musée", site("Palais des Beaux-Arts", "Lille", picture("a.png"))},
        {"Beffroi", site("Beffroi de Douai", "Douai")},
        {"Braderie", kEvent},
        {"Citadelle", site("Citadelle d'Arras", "Arras", picture("b.png"))},
        {"Piscine", site("La Piscine", "Roubaix")},
        {"Louvre", site("Louvre-Lens", "Lens")},
    };
}

void write_images(const fs::path& flux, int b_seed) {
    testutil::write_file(flux / "images/a.png", make_png(120, 80, 1));
    testutil::write_file(flux / "images/b.png", make_png(120, 80, b_seed));
}

fs::path build(const fs::path& dir, const std::vector<FluxObject>& objects, int b_seed, std::int64_t version) {
    const fs::path flux = dir / ("flux-v" + std::to_string(version));
    testutil::write_flux(flux, objects);
    write_images(flux, b_seed);
    auto src = publish::ExportSource::open(flux.string());
    publish::BuildOptions opt;
    opt.build_time = "2026-11-01T00:00:00Z";
    opt.pack_id = "test-region";
    opt.pack_version = version;
    opt.fetch_images = false;
    opt.vacuum = true;  // the compact layout publish serves, so the channel's copies equal these files
    const fs::path out = dir / ("v" + std::to_string(version) + ".pack");
    publish::build_pack(*src, out.string(), opt);
    return out;
}

// Version 2: one description changed, one item added, one removed (it became a restaurant,
// so every later item's id shifts down), one picture replaced.
std::vector<FluxObject> flux_v2() {
    auto v = flux_v1();
    v[0].members = site("Palais des Beaux-Arts", "Lille", picture("a.png") + R"(,"hasDescription":[{"shortDescription":{"fr":["Un des plus grands musées de France."]}}])");
    v[4].members = kRestaurant;
    v.push_back({"Musée 7", site("Musée de la Chartreuse", "Douai")});
    return v;
}

std::set<std::string> files_in(const fs::path& dir) {
    std::set<std::string> out;
    for (const auto& e : fs::directory_iterator(dir)) out.insert(e.path().filename().string());
    return out;
}

}  // namespace

TEST_CASE("the session extension is compiled into SQLite", "[delta]") {
    CHECK(sqlite3_compileoption_used("ENABLE_SESSION") == 1);
}

TEST_CASE("a delta applied to v1 reproduces v2 byte for byte", "[delta]") {
    TempDir tmp;
    const fs::path v1 = build(tmp.path, flux_v1(), 2, 1);
    const fs::path v2 = build(tmp.path, flux_v2(), 3, 2);
    REQUIRE(slurp(v1) != slurp(v2));

    const fs::path delta = tmp.path / "v1-v2.delta";
    const publish::DeltaInfo info = publish::make_delta(v1.string(), v2.string(), delta.string());
    CHECK(info.bytes == static_cast<std::int64_t>(fs::file_size(delta)));
    CHECK(info.changes > 0);

    const fs::path out = tmp.path / "applied.pack";
    install::apply_delta(v1.string(), delta.string(), out.string());
    CHECK(sha256_file_hex(out.string()) == sha256_file_hex(v2.string()));
    CHECK(slurp(out) == slurp(v2));
    CHECK_FALSE(fs::exists(out.string() + ".tmp"));

    // The result is a pack like any other: full checks, and the search index is the new one.
    auto pack = Pack::open(out.string());
    REQUIRE_NOTHROW(pack->integrity_check());
    CHECK(pack->meta("pack_version") == "2");

    // The base is untouched, and v1 -> v1 through an empty-ish delta also works both ways.
    const fs::path back = tmp.path / "v2-v1.delta";
    publish::make_delta(v2.string(), v1.string(), back.string());
    install::apply_delta(v2.string(), back.string(), (tmp.path / "back.pack").string());
    CHECK(slurp(tmp.path / "back.pack") == slurp(v1));
}

TEST_CASE("a delta applied to the wrong base fails cleanly", "[delta]") {
    TempDir tmp;
    const fs::path v1 = build(tmp.path, flux_v1(), 2, 1);
    const fs::path v2 = build(tmp.path, flux_v2(), 3, 2);
    auto v3_flux = flux_v2();
    v3_flux[1].members = site("Beffroi de Douai (restauré)", "Douai");
    const fs::path v3 = build(tmp.path, v3_flux, 3, 3);

    const fs::path delta = tmp.path / "v2-v3.delta";
    publish::make_delta(v2.string(), v3.string(), delta.string());
    const fs::path out = tmp.path / "out.pack";
    REQUIRE_THROWS_AS(install::apply_delta(v1.string(), delta.string(), out.string()), install::DeltaError);
    try {
        install::apply_delta(v1.string(), delta.string(), out.string());
    } catch (const install::DeltaError& e) {
        CHECK(std::string(e.what()).find("does not apply") != std::string::npos);
    }
    CHECK_FALSE(fs::exists(out));
    CHECK_FALSE(fs::exists(out.string() + ".tmp"));
    CHECK_FALSE(fs::exists(out.string() + ".tmp-journal"));

    // A damaged delta fails too, and so does a file that is not a pack.
    std::string bytes = slurp(delta);
    testutil::write_file(tmp.path / "cut.delta", bytes.substr(0, bytes.size() / 2));
    CHECK_THROWS_AS(install::apply_delta(v2.string(), (tmp.path / "cut.delta").string(), out.string()), install::DeltaError);
    CHECK_FALSE(fs::exists(out));
    testutil::write_file(tmp.path / "junk.pack", "not a pack");
    CHECK_THROWS_AS(publish::make_delta((tmp.path / "junk.pack").string(), v2.string(), delta.string()), install::DeltaError);
}

TEST_CASE("a one-item change gives a delta much smaller than the pack", "[delta]") {
    TempDir tmp;
    // Realistic picture sizes, so the pack's weight is where it is in production.
    auto many = flux_v1();
    for (int i = 0; i < 40; ++i)
        many.push_back({"Site", site("Site numéro " + std::to_string(i), "Lille", picture("p" + std::to_string(i) + ".png"))});
    auto make = [&](const std::vector<FluxObject>& objs, std::int64_t version) {
        const fs::path flux = tmp.path / ("flux-v" + std::to_string(version));
        for (int i = 0; i < 40; ++i) testutil::write_file(flux / ("images/p" + std::to_string(i) + ".png"), make_png(400, 300, 10 + i));
        return build(tmp.path, objs, 2, version);
    };
    const fs::path v1 = make(many, 1);
    auto changed = many;
    changed[20].members = site("Site numéro 14 (fermé pour travaux)", "Lille", picture("p14.png"));
    const fs::path v2 = make(changed, 2);

    const fs::path delta = tmp.path / "d";
    const auto info = publish::make_delta(v1.string(), v2.string(), delta.string());
    const auto pack_size = static_cast<std::int64_t>(fs::file_size(v2));
    std::printf("delta for a one-item text change: %lld bytes, %lld row changes; pack %lld bytes (%.2f%%)\n",
                static_cast<long long>(info.bytes), static_cast<long long>(info.changes),
                static_cast<long long>(pack_size), 100.0 * static_cast<double>(info.bytes) / static_cast<double>(pack_size));
    CHECK(info.bytes * 20 < pack_size);
    install::apply_delta(v1.string(), delta.string(), (tmp.path / "a.pack").string());
    CHECK(slurp(tmp.path / "a.pack") == slurp(v2));
}

TEST_CASE("publish keeps a channel of packs, deltas and a signed manifest", "[publish]") {
    TempDir tmp;
    const auto secret = tmp.path / "k.secret", pub = tmp.path / "k.pub";
    const PublicKey key = publish::generate_keypair(secret.string(), pub.string());
    const fs::path v1 = build(tmp.path, flux_v1(), 2, 1);
    const fs::path v2 = build(tmp.path, flux_v2(), 3, 2);
    auto f3 = flux_v2();
    f3[1].members = site("Beffroi de Douai (restauré)", "Douai");
    const fs::path v3 = build(tmp.path, f3, 3, 3);
    auto f4 = f3;
    f4[2].members = site("Musée de la mine", "Lewarde");
    const fs::path v4 = build(tmp.path, f4, 3, 4);

    publish::PublishOptions opt;
    opt.channel = (tmp.path / "channel").string();
    opt.secret_key = secret.string();
    opt.now = 1'800'000'000;
    const fs::path ch = opt.channel;

    auto r1 = publish::publish_pack(v1.string(), opt);
    CHECK(r1.deltas.empty());
    CHECK(files_in(ch) == std::set<std::string>{"manifest.json", "manifest.json.sig", "test-region-v1.pack"});
    CHECK(slurp(ch / "test-region-v1.pack") == slurp(v1));

    publish::publish_pack(v2.string(), opt);
    auto r3 = publish::publish_pack(v3.string(), opt);
    CHECK(files_in(ch) == std::set<std::string>{"manifest.json", "manifest.json.sig", "test-region-v1.pack",
                                                "test-region-v2.pack", "test-region-v3.pack",
                                                "test-region-v1-v3.delta", "test-region-v2-v3.delta"});
    Manifest m;
    std::string why;
    REQUIRE(verify_manifest(slurp(ch / "manifest.json"), slurp(ch / "manifest.json.sig"), {key}, m, why));
    CHECK(m == r3.manifest);
    CHECK(m.pack_id == "test-region");
    CHECK(m.version == 3);
    CHECK(m.pack_file == "test-region-v3.pack");
    CHECK(m.published == "2027-01-15T08:00:00Z");
    CHECK(m.expires == format_utc(1'800'000'000 + 365 * 86400));
    CHECK(check_pack_file((ch / m.pack_file).string(), m, why));
    REQUIRE(m.deltas.size() == 2);
    for (const ManifestDelta& d : m.deltas) {
        CHECK(d.file == "test-region-v" + std::to_string(d.from_version) + "-v3.delta");
        CHECK(d.size == static_cast<std::int64_t>(fs::file_size(ch / d.file)));
        CHECK(d.sha256 == sha256_file_hex((ch / d.file).string()));
        // What a kiosk does: apply to its copy of the base version and check the hash.
        const fs::path out = tmp.path / ("from-" + std::to_string(d.from_version) + ".pack");
        install::apply_delta((ch / ("test-region-v" + std::to_string(d.from_version) + ".pack")).string(),
                          (ch / d.file).string(), out.string());
        CHECK(sha256_file_hex(out.string()) == m.sha256);
    }

    // Older or equal versions are refused and leave the channel as it was.
    const std::string before = slurp(ch / "manifest.json");
    CHECK_THROWS_AS(publish::publish_pack(v3.string(), opt), publish::NotNewerError);
    CHECK_THROWS_AS(publish::publish_pack(v2.string(), opt), publish::NotNewerError);
    CHECK(slurp(ch / "manifest.json") == before);
    CHECK(files_in(ch).size() == 7);

    // --keep 2: v4 plus v3 stay, with one delta; v1, v2 and the deltas to v3 go.
    opt.keep = 2;
    auto r4 = publish::publish_pack(v4.string(), opt);
    CHECK(files_in(ch) == std::set<std::string>{"manifest.json", "manifest.json.sig", "test-region-v3.pack",
                                                "test-region-v4.pack", "test-region-v3-v4.delta"});
    CHECK(r4.removed == std::vector<std::string>{"test-region-v1-v3.delta", "test-region-v1.pack",
                                                 "test-region-v2-v3.delta", "test-region-v2.pack"});
    REQUIRE(verify_manifest(slurp(ch / "manifest.json"), slurp(ch / "manifest.json.sig"), {key}, m, why));
    CHECK(m.version == 4);
    REQUIRE(m.deltas.size() == 1);
    CHECK(m.deltas[0].from_version == 3);
}

TEST_CASE("publish refuses a bad key, a foreign pack id and a malformed channel manifest", "[publish]") {
    TempDir tmp;
    const auto secret = tmp.path / "k.secret";
    publish::generate_keypair(secret.string(), (tmp.path / "k.pub").string());
    const fs::path v1 = build(tmp.path, flux_v1(), 2, 1);

    publish::PublishOptions opt;
    opt.channel = (tmp.path / "channel").string();
    opt.secret_key = (tmp.path / "missing.secret").string();
    CHECK_THROWS_AS(publish::publish_pack(v1.string(), opt), publish::PublishError);
    CHECK_FALSE(fs::exists(tmp.path / "channel" / "test-region-v1.pack"));

    opt.secret_key = secret.string();
    testutil::write_file(tmp.path / "channel" / "manifest.json", "{}");
    CHECK_THROWS_AS(publish::publish_pack(v1.string(), opt), publish::PublishError);
    fs::remove(tmp.path / "channel" / "manifest.json");
    REQUIRE_NOTHROW(publish::publish_pack(v1.string(), opt));

    // Same channel, another region's pack.
    auto src = publish::ExportSource::open((tmp.path / "flux-v1").string());
    publish::BuildOptions bo;
    bo.build_time = "2026-11-01T00:00:00Z";
    bo.pack_id = "other-region";
    bo.pack_version = 2;
    bo.fetch_images = false;
    publish::build_pack(*src, (tmp.path / "other.pack").string(), bo);
    CHECK_THROWS_AS(publish::publish_pack((tmp.path / "other.pack").string(), opt), publish::PublishError);
}

TEST_CASE("publish drops a delta that does not reproduce the pack", "[publish]") {
    TempDir tmp;
    const auto secret = tmp.path / "k.secret";
    publish::generate_keypair(secret.string(), (tmp.path / "k.pub").string());
    const fs::path v1 = build(tmp.path, flux_v1(), 2, 1);
    const fs::path v2 = build(tmp.path, flux_v2(), 3, 2);
    publish::PublishOptions opt;
    opt.channel = (tmp.path / "channel").string();
    opt.secret_key = secret.string();
    publish::publish_pack(v1.string(), opt);

    // Someone opened the published v1 and wrote to it: same rows, but its header counts one
    // more write, so no delta from it can give v2's exact bytes.
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open((tmp.path / "channel" / "test-region-v1.pack").string().c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "UPDATE meta SET value = value || 'x' WHERE key = 'region';"
                             "UPDATE meta SET value = substr(value, 1, length(value) - 1) WHERE key = 'region'",
                         nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);

    const auto rep = publish::publish_pack(v2.string(), opt);
    REQUIRE(rep.deltas.size() == 1);
    CHECK(rep.deltas[0].dropped.find("does not reproduce") != std::string::npos);
    CHECK(rep.manifest.deltas.empty());
    CHECK(files_in(tmp.path / "channel") == std::set<std::string>{"manifest.json", "manifest.json.sig",
                                                                  "test-region-v1.pack", "test-region-v2.pack"});
}

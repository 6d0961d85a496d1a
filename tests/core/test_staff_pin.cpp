// The staff PIN: argon2id hashes, the format check, and the five-tries lockout that must
// survive a restart of the kiosk and a damaged state file.
#include <catch2/catch.hpp>

#include <filesystem>
#include <stdexcept>

#include "core/error.h"
#include "core/staff_pin.h"
#include "test_util.h"

namespace fs = std::filesystem;
using kiosk::PinGuard;
using kiosk::PinResult;
using testutil::slurp;
using testutil::TempDir;
using testutil::write_file;

namespace {

constexpr std::int64_t kNow = 1793491200;  // 2026-11-01T00:00:00Z

// One hash for the whole file: each one costs argon2id's memory and time.
const std::string& hash_1234() {
    static const std::string h = kiosk::hash_pin("1234");
    return h;
}

// Five wrong PINs at `now`: the fifth starts the lock.
void five_wrong(PinGuard& g, std::int64_t now) {
    for (int i = 0; i < PinGuard::kMaxFailures; ++i) CHECK(g.try_pin(hash_1234(), "9999", now) == PinResult::Wrong);
}

}  // namespace

TEST_CASE("PIN format: 4 to 12 ASCII digits", "[staff]") {
    CHECK(kiosk::valid_pin_format("1234"));
    CHECK(kiosk::valid_pin_format("000000000000"));
    CHECK_FALSE(kiosk::valid_pin_format(""));
    CHECK_FALSE(kiosk::valid_pin_format("123"));
    CHECK_FALSE(kiosk::valid_pin_format("1234567890123"));
    CHECK_FALSE(kiosk::valid_pin_format("12a4"));
    CHECK_FALSE(kiosk::valid_pin_format("1234 "));
    CHECK_FALSE(kiosk::valid_pin_format(std::string("12\0" "4", 4)));
    CHECK_FALSE(kiosk::valid_pin_format("١٢٣٤"));  // Arabic-Indic digits are not on the keypad
    CHECK_THROWS_AS(kiosk::hash_pin("12"), kiosk::Error);  // ErrorKind::Usage (core/staff_pin.h)
}

TEST_CASE("a PIN hash is salted argon2id and verifies only the right PIN", "[staff]") {
    const std::string& h = hash_1234();
    CHECK(h.rfind("$argon2id$", 0) == 0);
    CHECK(kiosk::is_pin_hash(h));
    CHECK(h != kiosk::hash_pin("1234"));  // a fresh salt each time
    CHECK(kiosk::verify_pin(h, "1234"));
    CHECK_FALSE(kiosk::verify_pin(h, "1235"));
    CHECK_FALSE(kiosk::verify_pin(h, ""));
    CHECK_FALSE(kiosk::verify_pin("", "1234"));
    CHECK_FALSE(kiosk::verify_pin("not a hash", "1234"));
    CHECK_FALSE(kiosk::verify_pin(h.substr(0, h.size() - 5), "1234"));  // truncated
    CHECK_FALSE(kiosk::verify_pin("$argon2id$v=19$m=abc", "1234"));
    CHECK_FALSE(kiosk::verify_pin(h + std::string(200, 'A'), "1234"));  // longer than libsodium reads
    // argon2i is not what we write, and is refused even though libsodium could check it.
    std::string argon2i = h;
    argon2i.replace(0, 10, "$argon2i$");
    CHECK_FALSE(kiosk::is_pin_hash(argon2i));
    CHECK_FALSE(kiosk::verify_pin(argon2i, "1234"));
}

TEST_CASE("PinGuard: right, wrong, and five wrong lock for five minutes", "[staff]") {
    PinGuard g("");
    CHECK(g.try_pin(hash_1234(), "1234", kNow) == PinResult::Ok);
    CHECK(g.try_pin(hash_1234(), "0000", kNow) == PinResult::Wrong);
    CHECK(g.failures() == 1);
    CHECK(g.try_pin(hash_1234(), "1234", kNow) == PinResult::Ok);
    CHECK(g.failures() == 0);  // a right PIN resets the count

    five_wrong(g, kNow);
    CHECK(g.failures() == PinGuard::kMaxFailures);
    CHECK(g.locked_until() == kNow + 300);
    CHECK(g.try_pin(hash_1234(), "1234", kNow + 1) == PinResult::Locked);
    CHECK(g.try_pin(hash_1234(), "1234", kNow + 299) == PinResult::Locked);
    CHECK(g.try_pin(hash_1234(), "1234", kNow + 300) == PinResult::Ok);
    CHECK(g.failures() == 0);
    CHECK(g.locked_until() == 0);

    // After a lock runs out, a wrong PIN starts a new count of five.
    five_wrong(g, kNow + 400);
    CHECK(g.try_pin(hash_1234(), "0000", kNow + 700) == PinResult::Wrong);
    CHECK(g.failures() == 1);
}

TEST_CASE("PinGuard: no usable hash means staff mode is disabled", "[staff]") {
    PinGuard g("");
    CHECK(g.try_pin("", "1234", kNow) == PinResult::NoPinSet);
    CHECK(g.try_pin("$2b$12$bcrypt.is.not.ours", "1234", kNow) == PinResult::NoPinSet);
    CHECK(g.try_pin("1234", "1234", kNow) == PinResult::NoPinSet);  // a PIN pasted in clear
    CHECK(g.failures() == 0);
}

TEST_CASE("PinGuard: the lockout survives a restart", "[staff]") {
    TempDir tmp;
    const fs::path file = tmp.path / "pin_guard";
    {
        PinGuard g(file.string());
        CHECK(g.try_pin(hash_1234(), "1111", kNow) == PinResult::Wrong);
        CHECK(g.try_pin(hash_1234(), "2222", kNow) == PinResult::Wrong);
    }
    {
        PinGuard g(file.string());  // the kiosk restarted
        CHECK(g.failures() == 2);
        for (int i = 0; i < 3; ++i) CHECK(g.try_pin(hash_1234(), "3333", kNow + 10) == PinResult::Wrong);
        CHECK(g.locked_until() == kNow + 310);
    }
    CHECK_FALSE(fs::exists(file.string() + ".tmp"));
    PinGuard g(file.string());
    CHECK(g.failures() == PinGuard::kMaxFailures);
    CHECK(g.try_pin(hash_1234(), "1234", kNow + 100) == PinResult::Locked);
    CHECK(g.try_pin(hash_1234(), "1234", kNow + 310) == PinResult::Ok);
    CHECK(PinGuard(file.string()).failures() == 0);
    CHECK(PinGuard(file.string()).locked_until() == 0);
}

TEST_CASE("PinGuard: a lock never outlasts five minutes when the clock goes back", "[staff]") {
    PinGuard g("");
    five_wrong(g, kNow);
    // Rebooted without a clock battery: the clock reads 1970 until NTP answers.
    CHECK(g.try_pin(hash_1234(), "1234", 100) == PinResult::Locked);
    CHECK(g.locked_until() == 100 + 300);
    CHECK(g.try_pin(hash_1234(), "1234", 400) == PinResult::Ok);
}

TEST_CASE("PinGuard: a damaged state file starts clean and is rewritten", "[staff]") {
    TempDir tmp;
    const fs::path file = tmp.path / "pin_guard";
    const char* damaged[] = {"", "garbage", "failures 3\n", "failures 3\nlocked_until x\n", "failures -1\nlocked_until 0\n",
                             "failures 3\nlocked_until 99999999999999999999999\n", "failures 3\nlocked_until 5\nmore\n"};
    for (const char* text : damaged) {
        write_file(file, text);
        PinGuard g(file.string());
        INFO(text);
        CHECK(g.failures() == 0);
        CHECK(g.locked_until() == 0);
    }
    PinGuard g(file.string());
    CHECK(g.try_pin(hash_1234(), "0000", kNow) == PinResult::Wrong);
    CHECK(slurp(file) == "failures 1\nlocked_until 0\n");
    CHECK(PinGuard(file.string()).failures() == 1);
}

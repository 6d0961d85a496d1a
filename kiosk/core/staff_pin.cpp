// The staff PIN: argon2id hashes via libsodium and the persistent five-tries lockout.
#include "core/staff_pin.h"

#include "core/error.h"

#include "core/durable_file.h"

#include <sodium.h>

#include <algorithm>
#include <charconv>
#include <stdexcept>
#include <string_view>
#include <utility>

namespace kiosk {

namespace {

// sodium_init picks the fastest implementations and seeds the RNG; a function-local static
// runs it exactly once even if two threads get here together.
bool sodium_ready() {
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// The state file is tiny and written at most once per PIN attempt; anything larger is not ours.
constexpr std::size_t kMaxStateBytes = 256;

// Reads `label` then a decimal number from the front of `rest`, and moves past both.
template <class Int>
bool take_number(std::string_view& rest, std::string_view label, Int& value) {
    if (rest.substr(0, label.size()) != label) return false;
    rest.remove_prefix(label.size());
    const auto [end, ec] = std::from_chars(rest.data(), rest.data() + rest.size(), value);
    if (ec != std::errc() || end == rest.data()) return false;
    rest.remove_prefix(static_cast<std::size_t>(end - rest.data()));
    return true;
}

}  // namespace

bool valid_pin_format(const std::string& pin) {
    return pin.size() >= 4 && pin.size() <= 12 &&
           std::all_of(pin.begin(), pin.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string hash_pin(const std::string& pin) {
    if (!valid_pin_format(pin)) throw Error(ErrorKind::Usage, "a staff PIN is 4 to 12 digits");
    if (!sodium_ready()) throw Error(ErrorKind::Internal, "libsodium cannot initialise");
    // The INTERACTIVE limits (about 64 MiB, a few passes) keep one check near 50-100 ms on
    // the kiosk's small CPU while staff wait at the screen; the lockout, not the hash cost,
    // is what stops guessing at the keypad, and the cost still slows an offline attack on a
    // copied kiosk.toml.
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, pin.data(), pin.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw Error(ErrorKind::Internal, "not enough memory to hash the PIN");
    return out;
}

bool is_pin_hash(const std::string& hash) {
    // libsodium reads the hash as a C string of fewer than STRBYTES bytes: an embedded NUL
    // or a longer string must not reach it.
    return hash.size() < crypto_pwhash_STRBYTES && hash.find('\0') == std::string::npos &&
           hash.rfind(crypto_pwhash_argon2id_STRPREFIX, 0) == 0;
}

bool verify_pin(const std::string& hash, const std::string& pin) {
    if (!is_pin_hash(hash) || !sodium_ready()) return false;
    // The argon2id-only verifier: the generic one would also take an argon2i hash.
    return crypto_pwhash_argon2id_str_verify(hash.c_str(), pin.data(), pin.size()) == 0;
}

PinGuard::PinGuard(std::string state_file) : file_(std::move(state_file)) {
    if (file_.empty()) return;
    std::string text;
    read_small_file(file_, kMaxStateBytes, text);  // missing or unreadable: empty, a clean slate below
    // Exactly what save() writes, or nothing: a damaged file starts from a clean slate rather
    // than locking staff out on a value nobody wrote.
    int failures = 0;
    std::int64_t until = 0;
    std::string_view rest(text);
    if (text.size() <= kMaxStateBytes && take_number(rest, "failures ", failures) &&
        take_number(rest, "\nlocked_until ", until) && rest == "\n" && failures >= 0 &&
        failures <= kMaxFailures && until >= 0) {
        failures_ = failures;
        locked_until_ = until;
    }
}

void PinGuard::save() const {
    if (file_.empty()) return;
    // Best effort: the lock is still enforced in memory if the disk refuses.
    std::string error;
    write_file_durably(file_, "failures " + std::to_string(failures_) + "\nlocked_until " + std::to_string(locked_until_) + "\n",
                       error, 0600);
}

PinResult PinGuard::try_pin(const std::string& hash, const std::string& pin, std::int64_t now) {
    // No usable hash means staff mode is off: nothing to guess, so nothing is counted.
    if (!is_pin_hash(hash)) return PinResult::NoPinSet;
    const int failures_before = failures_;
    const std::int64_t until_before = locked_until_;
    // Writes the file only when something changed: a right PIN at a clean guard costs no disk.
    const auto finish = [&](PinResult r) {
        if (failures_ != failures_before || locked_until_ != until_before) save();
        return r;
    };
    if (locked_until_ != 0) {
        // A kiosk without a clock battery may boot in 1970, and a technician may set the clock
        // back: the lock never lasts longer than kLockSeconds from what the clock says now.
        locked_until_ = std::min(locked_until_, now + kLockSeconds);
        if (now < locked_until_) return finish(PinResult::Locked);
        // The lock has run out: five more tries.
        failures_ = 0;
        locked_until_ = 0;
    }
    if (verify_pin(hash, pin)) {
        failures_ = 0;
        return finish(PinResult::Ok);
    }
    if (++failures_ >= kMaxFailures) {
        failures_ = kMaxFailures;
        locked_until_ = now + kLockSeconds;
    }
    return finish(PinResult::Wrong);
}

}  // namespace kiosk

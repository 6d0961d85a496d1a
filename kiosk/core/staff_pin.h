// The staff PIN: argon2id hashing for kiosk.toml's [staff] pin_hash, and the guard that locks
// staff mode for five minutes after five wrong PINs, across restarts (DESIGN.md section 5).
#pragma once

#include <cstdint>
#include <string>

namespace kiosk {

// What the on-screen keypad can give and what `kiosk-sync pin-hash` accepts: 4 to 12 ASCII
// digits. Fewer is too easy to guess over a few lockout periods; more nobody types at a kiosk.
bool valid_pin_format(const std::string& pin);

// A fresh salted argon2id hash string ("$argon2id$v=19$m=...") of a PIN in the valid format.
// Throws kiosk::Error: Usage for a PIN in another format, Internal when libsodium cannot
// initialise or allocate the hashing memory.
std::string hash_pin(const std::string& pin);

// True when `hash` has the form of an argon2id hash string (what hash_pin makes). Hashes of
// other algorithms, including argon2i, are not accepted anywhere.
bool is_pin_hash(const std::string& hash);

// True when `pin` matches the argon2id `hash`. False for a wrong PIN and for a malformed or
// non-argon2id hash; never throws.
bool verify_pin(const std::string& hash, const std::string& pin);

enum class PinResult {
    Ok,        // right PIN: staff mode may open
    Wrong,     // wrong PIN (the fifth in a row starts the lockout: see locked_until())
    Locked,    // refused without checking: locked after too many wrong PINs
    NoPinSet,  // no usable pin_hash configured: staff mode is disabled
};

// Five wrong PINs in a row lock staff mode for five minutes; the count and the end of the
// lock survive a restart of the kiosk (pulling the plug must not reset the lockout), in a
// small text file replaced atomically. For the UI thread only: not thread-safe.
class PinGuard {
public:
    static constexpr int kMaxFailures = 5;
    static constexpr std::int64_t kLockSeconds = 300;

    // `state_file` keeps the failures and the lock; "" keeps them in memory only. A missing
    // or unreadable file starts from no failures and no lock.
    explicit PinGuard(std::string state_file);

    // `hash` is the configured pin_hash ("" when none), `now` seconds since 1970. While
    // locked even the right PIN gives Locked; a right PIN otherwise resets the count. The
    // argon2id check takes some 50-100 ms.
    PinResult try_pin(const std::string& hash, const std::string& pin, std::int64_t now);

    // Seconds since 1970 when the lock ends; 0 when never locked. Compare with now.
    std::int64_t locked_until() const { return locked_until_; }
    // Wrong PINs in a row (kMaxFailures while locked).
    int failures() const { return failures_; }

private:
    void save() const;

    std::string file_;
    int failures_ = 0;
    std::int64_t locked_until_ = 0;
};

}  // namespace kiosk

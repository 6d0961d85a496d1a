// The one error type of the project. Every library throws a kiosk::Error (or a class derived
// from it, named after the library's domain), and every program turns an Error into what its
// user sees in one place: kiosk-pack and kiosk-sync map its kind to their exit codes
// (kiosk/tools/exit_codes.h), the kiosk shows the last good pack and tells staff
// (kiosk/app/app.cpp, load_pack). A message is one line a person can act on; the context says
// what it is about (a file, a URL, an item id, a table), so the message need not repeat it.
#pragma once

#include <stdexcept>
#include <string>
#include <utility>

namespace kiosk {

// Why something failed, as far as a caller can react to it. A kind is about the input and
// the place, not about the library that noticed: a truncated pack is Corrupt whether the
// reader, the installer or the publisher found out.
enum class ErrorKind {
    Usage,         // bad arguments or settings given by the person running the program
    NotFound,      // a file, directory or item that should be there is not
    Unreadable,    // it exists but cannot be read (permissions, I/O error, a stick pulled out)
    Corrupt,       // not what it claims to be: malformed JSON, a damaged or foreign file
    Incompatible,  // well formed, but of a version or schema this program does not read
    BadSignature,  // signature missing or bad, by a key that is not trusted, or a manifest
                   // that cannot be trusted (malformed, oversized, naming unsafe files)
    Expired,       // a signed manifest past its expiry date
    RollbackAttempt,  // older than what was already accepted (a replayed manifest)
    Mismatch,      // size, hash or identity differs from what a manifest promised
    NotNewer,      // a publisher's version not above the channel's
    NoSpace,       // the disk is full or would be
    IoError,       // an output or the state directory cannot be written, or local trouble
    Unreachable,   // a channel or URL cannot be fetched
    Busy,          // another process holds the lock
    Internal,      // a bug or an unexpected library failure
};

// "corrupt", "no_space"...: stable names for logs, state files (kiosk-sync's last_sync) and
// tests; never renamed.
const char* error_kind_name(ErrorKind k);

class Error : public std::runtime_error {
public:
    Error(ErrorKind kind, const std::string& message, std::string context = {})
        : std::runtime_error(context.empty() ? message : context + ": " + message),
          kind_(kind),
          message_(message),
          context_(std::move(context)) {}

    ErrorKind kind() const noexcept { return kind_; }
    // The reason alone; what() is "context: message", one line.
    const std::string& message() const noexcept { return message_; }
    const std::string& context() const noexcept { return context_; }

private:
    ErrorKind kind_;
    std::string message_;
    std::string context_;
};

}  // namespace kiosk

// Names of error kinds (see error.h).
#include "core/error.h"

namespace kiosk {

const char* error_kind_name(ErrorKind k) {
    switch (k) {
        case ErrorKind::Usage: return "usage";
        case ErrorKind::NotFound: return "not_found";
        case ErrorKind::Unreadable: return "unreadable";
        case ErrorKind::Corrupt: return "corrupt";
        case ErrorKind::Incompatible: return "incompatible";
        case ErrorKind::BadSignature: return "bad_signature";
        case ErrorKind::Expired: return "expired";
        case ErrorKind::RollbackAttempt: return "rollback_attempt";
        case ErrorKind::Mismatch: return "mismatch";
        case ErrorKind::NotNewer: return "not_newer";
        case ErrorKind::NoSpace: return "no_space";
        case ErrorKind::IoError: return "io_error";
        case ErrorKind::Unreachable: return "unreachable";
        case ErrorKind::Busy: return "busy";
        case ErrorKind::Internal: return "internal";
    }
    return "internal";
}

}  // namespace kiosk

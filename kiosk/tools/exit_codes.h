// The exit codes of kiosk-pack, kiosk-sync and kiosk-stats: for each tool, one table from kiosk::ErrorKind
// (core/error.h) to its exit code, and the --help text printed from that same table, so that
// what a script reads and what the help says can never disagree. Codes are kept stable across
// versions: a tourist office's scripts test them.
#pragma once

#include <initializer_list>
#include <string>
#include <vector>

#include "core/error.h"

namespace kiosk::tools {

struct ExitRow {
    int code;
    std::vector<ErrorKind> kinds;  // the kinds that end with this code (none: success only)
    const char* meaning;
};

using ExitTable = std::vector<ExitRow>;

// kiosk-pack: build, verify, publish, info, keygen. Codes 6, 9 and 11 were used by earlier
// versions for finer reasons that the kinds now group (malformed manifest is 4, a failed
// signature or publication takes the code of its reason).
inline const ExitTable& kiosk_pack_exits() {
    static const ExitTable t = {
        {0, {}, "done (warnings possible)"},
        {1, {ErrorKind::Usage}, "bad arguments"},
        {2, {ErrorKind::NotFound, ErrorKind::Unreadable, ErrorKind::Unreachable}, "an input (flux, pack, key, manifest) cannot be read"},
        {3, {ErrorKind::IoError, ErrorKind::NoSpace, ErrorKind::Busy}, "an output cannot be written"},
        {4, {ErrorKind::Corrupt, ErrorKind::Incompatible}, "an input is damaged, foreign or of an unknown version (pack, manifest, --previous, flux), or the pack would be empty (see --allow-empty)"},
        {5, {ErrorKind::BadSignature, ErrorKind::RollbackAttempt}, "untrusted or bad signature"},
        {7, {ErrorKind::Expired}, "manifest expired"},
        {8, {ErrorKind::Mismatch}, "pack size, hash or identity differs from its manifest"},
        {10, {ErrorKind::NotNewer}, "publish: the pack's version is not above the channel's"},
        {12, {ErrorKind::Internal}, "internal error (a bug: please report it)"},
    };
    return t;
}

// kiosk-sync: install, rollback, status, pin-hash.
inline const ExitTable& kiosk_sync_exits() {
    static const ExitTable t = {
        {0, {}, "installed, up to date or rolled back"},
        {1, {ErrorKind::Usage}, "bad arguments or key file"},
        {2, {ErrorKind::Unreachable}, "source unreachable"},
        {3, {ErrorKind::BadSignature}, "bad or unknown signature, malformed manifest"},
        {4, {ErrorKind::Expired}, "manifest expired"},
        {5, {ErrorKind::RollbackAttempt}, "rollback attempt (older than the version already accepted)"},
        {6, {ErrorKind::Mismatch, ErrorKind::Corrupt, ErrorKind::Incompatible}, "size/hash mismatch or damaged pack"},
        {7, {ErrorKind::NoSpace}, "not enough free space"},
        {8, {ErrorKind::IoError, ErrorKind::Busy, ErrorKind::Unreadable, ErrorKind::NotNewer, ErrorKind::Internal},
         "local I/O error or another sync running"},
        {9, {ErrorKind::NotFound}, "nothing to roll back to"},
    };
    return t;
}

// kiosk-stats: report. A file that cannot be used is skipped with a warning and does not change
// the code; a SOURCE that cannot be listed at all gives 2, after the report of the others is
// written (it names the missing source), so a script notices an incomplete report.
inline const ExitTable& kiosk_stats_exits() {
    static const ExitTable t = {
        {0, {}, "report written (files skipped, if any, are listed in it and on stderr)"},
        {1, {ErrorKind::Usage}, "bad arguments"},
        {2, {ErrorKind::NotFound, ErrorKind::Unreadable, ErrorKind::Unreachable},
         "a SOURCE could not be listed (the report of the others is still written)"},
        {3, {ErrorKind::IoError, ErrorKind::NoSpace, ErrorKind::Busy}, "the report or the CSV cannot be written"},
        {12, {ErrorKind::Internal}, "internal error (a bug: please report it)"},
    };
    return t;
}

// The code for `kind` in `table`; a kind a table forgot counts as its internal-error code.
inline int exit_code_for(const ExitTable& table, ErrorKind kind) {
    for (const ExitRow& r : table)
        for (ErrorKind k : r.kinds)
            if (k == kind) return r.code;
    return kind == ErrorKind::Internal ? table.back().code : exit_code_for(table, ErrorKind::Internal);
}

// "Exit codes: 0 done; 1 bad arguments; ..." for a --help footer.
inline std::string exit_help(const ExitTable& table) {
    std::string s = "Exit codes:";
    for (std::size_t i = 0; i < table.size(); ++i)
        s += std::string(i ? ";" : "") + " " + std::to_string(table[i].code) + " " + table[i].meaning;
    return s + ".";
}

}  // namespace kiosk::tools

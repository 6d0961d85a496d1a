// What went wrong with content while the kiosk ran: a pack that would not open, a query that
// failed on a damaged or foreign pack. A kiosk runs for months unattended, so the same failure
// on every frame must not fill the journal (one line, then a count), and staff must be able to
// read the recent problems on the status tab without a terminal. No UI here: the app reports,
// the staff screen reads `recent()`.
#pragma once

#include <cstdint>
#include <deque>
#include <string>

namespace kiosk {

class ProblemLog {
public:
    struct Problem {
        std::string what;            // the one-line reason, with the file it came from
        std::int64_t first = 0;      // seconds since 1970
        std::int64_t last = 0;
        std::int64_t count = 0;      // times seen
    };

    // Keeps the last `keep` distinct problems; the same text is journaled at most once per
    // `quiet_seconds` (with the repeats counted in between).
    explicit ProblemLog(std::size_t keep = 8, std::int64_t quiet_seconds = 60) : keep_(keep), quiet_(quiet_seconds) {}

    // Records a problem at time `now`. Returns the line to write to the journal, or an empty
    // string when the same problem was journaled less than quiet_seconds ago.
    std::string report(const std::string& what, std::int64_t now);

    // Newest first.
    const std::deque<Problem>& recent() const { return problems_; }

private:
    struct Journaled {
        std::int64_t at = 0;
        std::int64_t count_then = 0;
    };
    std::size_t keep_;
    std::int64_t quiet_;
    std::deque<Problem> problems_;
    std::deque<std::pair<std::string, Journaled>> journaled_;  // same order and bound as problems_
};

}  // namespace kiosk

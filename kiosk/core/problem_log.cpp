#include "core/problem_log.h"

#include <algorithm>

namespace kiosk {

std::string ProblemLog::report(const std::string& what, std::int64_t now) {
    auto it = std::find_if(problems_.begin(), problems_.end(), [&](const Problem& p) { return p.what == what; });
    Problem p{what, now, now, 0};
    if (it != problems_.end()) {
        p = *it;
        problems_.erase(it);
    }
    p.last = now;
    ++p.count;
    problems_.push_front(p);
    if (problems_.size() > keep_) problems_.pop_back();

    auto j = std::find_if(journaled_.begin(), journaled_.end(), [&](const auto& e) { return e.first == what; });
    if (j != journaled_.end() && now - j->second.at < quiet_) return {};
    const std::int64_t repeats = j != journaled_.end() ? p.count - j->second.count_then - 1 : 0;
    if (j != journaled_.end()) journaled_.erase(j);
    journaled_.push_front({what, {now, p.count}});
    // A problem no longer among the kept ones can be journaled again at once: bounded memory
    // matters more than a rare extra line.
    if (journaled_.size() > keep_) journaled_.pop_back();
    if (repeats > 0) return what + " (and " + std::to_string(repeats) + " more times since the last report)";
    return what;
}

}  // namespace kiosk

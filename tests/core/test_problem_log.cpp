#include <catch2/catch.hpp>

#include "core/problem_log.h"

using kiosk::ProblemLog;

TEST_CASE("a problem repeated every frame is journaled once a minute with a count", "[problem_log]") {
    ProblemLog log(8, 60);
    CHECK(log.report("pack a.pack: no such column: title", 1000) == "pack a.pack: no such column: title");
    for (int i = 1; i < 600; ++i) CHECK(log.report("pack a.pack: no such column: title", 1000 + i / 60) .empty());
    const std::string line = log.report("pack a.pack: no such column: title", 1061);
    CHECK(line == "pack a.pack: no such column: title (and 599 more times since the last report)");
    REQUIRE(log.recent().size() == 1);
    CHECK(log.recent().front().count == 601);
    CHECK(log.recent().front().first == 1000);
    CHECK(log.recent().front().last == 1061);
}

TEST_CASE("distinct problems are kept newest first and bounded", "[problem_log]") {
    ProblemLog log(3, 60);
    for (int i = 0; i < 10; ++i) CHECK_FALSE(log.report("problem " + std::to_string(i), 100 + i).empty());
    REQUIRE(log.recent().size() == 3);
    CHECK(log.recent()[0].what == "problem 9");
    CHECK(log.recent()[2].what == "problem 7");
    // An old one coming back moves to the front.
    log.report("problem 8", 200);
    CHECK(log.recent()[0].what == "problem 8");
    CHECK(log.recent()[0].count == 2);
}

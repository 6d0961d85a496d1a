#include <catch2/catch.hpp>

#include "core/perf_stats.h"

using kiosk::PerfStats;

TEST_CASE("a series gives its count, median, 99th percentile and maximum", "[perf_stats]") {
    PerfStats p;
    for (int i = 1; i <= 1000; ++i) p.add("frame", i * 0.01);  // 0.01 .. 10 ms
    const PerfStats::Summary s = p.summary("frame");
    CHECK(s.n == 1000);
    CHECK(s.p50 == Approx(5.0).epsilon(0.006));
    CHECK(s.p99 == Approx(9.9).epsilon(0.006));
    CHECK(s.max == 10.0);
}

TEST_CASE("percentiles never leave the samples' range", "[perf_stats]") {
    PerfStats p;
    p.add("tap", 3.0);
    const PerfStats::Summary s = p.summary("tap");
    CHECK(s.n == 1);
    CHECK(s.p50 == 3.0);
    CHECK(s.p99 == 3.0);
    CHECK(s.max == 3.0);
    // Out of the buckets' range: still counted, the maximum exact.
    p.add("tap", 250000.0);
    p.add("tap", -1.0);
    CHECK(p.summary("tap").n == 3);
    CHECK(p.summary("tap").max == 250000.0);
    CHECK(p.summary("tap").p50 == Approx(3.0).epsilon(0.006));
}

TEST_CASE("a few slow frames show in p99 and max, not in the median", "[perf_stats]") {
    PerfStats p;
    for (int i = 0; i < 990; ++i) p.add("map", 1.0);
    for (int i = 0; i < 10; ++i) p.add("map", 40.0);
    const PerfStats::Summary s = p.summary("map");
    CHECK(s.p50 == Approx(1.0).epsilon(0.006));
    CHECK(s.p99 == Approx(1.0).epsilon(0.006));  // rank 990 is still a fast frame
    p.add("map", 40.0);
    CHECK(p.summary("map").p99 == Approx(40.0).epsilon(0.006));
    CHECK(p.summary("map").max == 40.0);
}

TEST_CASE("reset forgets every series and the JSON lists those with samples", "[perf_stats]") {
    PerfStats p;
    CHECK(p.json() == "{}");
    CHECK(p.summary("frame").n == 0);
    p.add("frame", 2.0);
    p.add("reload", 12.5);
    CHECK(p.json() == "{\"frame\": {\"n\": 1, \"p50\": 2.000, \"p99\": 2.000, \"max\": 2.000}, "
                      "\"reload\": {\"n\": 1, \"p50\": 12.500, \"p99\": 12.500, \"max\": 12.500}}");
    p.reset();
    CHECK(p.json() == "{}");
    CHECK(p.summary("reload").n == 0);
}

TEST_CASE("the clocks move forward", "[perf_stats]") {
    const double wall = kiosk::monotonic_ms(), cpu = kiosk::thread_cpu_ms();
    volatile double x = 0;
    for (int i = 0; i < 2000000; ++i) x = x + i;
    CHECK(kiosk::monotonic_ms() >= wall);
    CHECK(kiosk::thread_cpu_ms() > cpu);
}

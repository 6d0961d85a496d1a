// Performance counters for the benchmark: named series of durations (ms) with their count,
// median, 99th percentile and maximum, read from the kiosk's --dump-state JSON.
//
// A kiosk runs for weeks, drawing up to 60 frames a second, so samples are not kept: each
// series is a histogram of logarithmic buckets (1% wide, from 1 us to 100 s; outside that range
// a value counts in the first or last bucket). Count and maximum are exact; a percentile is the
// middle of its bucket, so within 0.5% of the true sample, and never above the maximum.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace kiosk {

class PerfStats {
public:
    struct Summary {
        std::size_t n = 0;
        double p50 = 0, p99 = 0, max = 0;  // ms; all 0 when n == 0
    };

    // Adds one duration (ms; negative counts as 0) to `series`, creating it on first use.
    void add(const std::string& series, double ms);
    // Forgets every sample of every series (a bench measures one phase at a time).
    void reset();
    // A series never added to (or reset since) has n == 0.
    Summary summary(const std::string& series) const;
    // {"frame": {"n": 12, "p50": 0.412, "p99": 3.1, "max": 3.5}, ...}: every series that has
    // samples, in name order, ms with three decimals.
    std::string json() const;

private:
    struct Series {
        std::vector<std::uint32_t> buckets;
        std::size_t n = 0;
        double min = 0, max = 0;
    };
    static double quantile(const Series& s, double q);
    std::map<std::string, Series> series_;
};

// The calling thread's CPU time (CLOCK_THREAD_CPUTIME_ID), in ms.
double thread_cpu_ms();
// A monotonic wall clock (CLOCK_MONOTONIC), in ms.
double monotonic_ms();

}  // namespace kiosk

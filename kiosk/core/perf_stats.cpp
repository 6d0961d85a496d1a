// Performance counters: see perf_stats.h for why samples go into log buckets.
#include "core/perf_stats.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>

#include "core/json_out.h"

namespace kiosk {

namespace {

constexpr double kLowest = 0.001;   // ms: 1 us, below anything a frame can cost
constexpr double kHighest = 1e5;    // ms: 100 s, above any stall worth telling apart
constexpr double kRatio = 1.01;     // each bucket 1% wider than the one before
const double kLogRatio = std::log(kRatio);
const std::size_t kBuckets = static_cast<std::size_t>(std::ceil(std::log(kHighest / kLowest) / kLogRatio)) + 1;

std::size_t bucket_of(double ms) {
    if (ms <= kLowest) return 0;
    const double i = std::floor(std::log(ms / kLowest) / kLogRatio);
    return std::min(kBuckets - 1, static_cast<std::size_t>(i));
}

double clock_ms(clockid_t id) {
    timespec ts{};
    clock_gettime(id, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) * 1e-6;
}

}  // namespace

void PerfStats::add(const std::string& series, double ms) {
    ms = std::max(0.0, ms);
    Series& s = series_[series];
    if (s.buckets.empty()) s.buckets.assign(kBuckets, 0);
    ++s.buckets[bucket_of(ms)];
    s.min = s.n == 0 ? ms : std::min(s.min, ms);
    s.max = s.n == 0 ? ms : std::max(s.max, ms);
    ++s.n;
}

void PerfStats::reset() { series_.clear(); }

// Nearest rank: the smallest sample with at least q of the samples at or below it.
double PerfStats::quantile(const Series& s, double q) {
    const auto rank = static_cast<std::size_t>(std::max(1.0, std::ceil(q * static_cast<double>(s.n))));
    std::size_t seen = 0;
    for (std::size_t i = 0; i < s.buckets.size(); ++i) {
        seen += s.buckets[i];
        if (seen >= rank) {
            const double mid = i == 0 ? kLowest : kLowest * std::exp((static_cast<double>(i) + 0.5) * kLogRatio);
            return std::clamp(mid, s.min, s.max);
        }
    }
    return s.max;
}

PerfStats::Summary PerfStats::summary(const std::string& series) const {
    const auto it = series_.find(series);
    if (it == series_.end() || it->second.n == 0) return {};
    const Series& s = it->second;
    return {s.n, quantile(s, 0.50), quantile(s, 0.99), s.max};
}

std::string PerfStats::json() const {
    std::string out = "{";
    char buf[160];
    for (const auto& [name, s] : series_) {
        if (s.n == 0) continue;
        const Summary sm = summary(name);
        std::snprintf(buf, sizeof buf, ": {\"n\": %zu, \"p50\": %.3f, \"p99\": %.3f, \"max\": %.3f}", sm.n, sm.p50,
                      sm.p99, sm.max);
        if (out.size() > 1) out += ", ";
        out += json_quote(name) + buf;
    }
    return out + "}";
}

double thread_cpu_ms() { return clock_ms(CLOCK_THREAD_CPUTIME_ID); }

double monotonic_ms() { return clock_ms(CLOCK_MONOTONIC); }

}  // namespace kiosk

// The pack's default region box and name (see region.h for the rules and why).
#include "publish/region.h"

#include <algorithm>
#include <cmath>

namespace kiosk::publish {

namespace {

// Nearest-rank quantile of a sorted, non-empty list.
double quantile(const std::vector<double>& sorted, double q) {
    const auto n = sorted.size();
    auto rank = static_cast<std::size_t>(std::ceil(q * static_cast<double>(n)));
    rank = std::clamp<std::size_t>(rank, 1, n);
    return sorted[rank - 1];
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const auto n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

const std::string* most_common(const std::vector<NameCount>& names) {
    const NameCount* best = nullptr;
    for (const NameCount& c : names) {
        if (c.name.empty() || c.count <= 0) continue;
        if (!best || c.count > best->count || (c.count == best->count && c.name < best->name)) best = &c;
    }
    return best ? &best->name : nullptr;
}

}  // namespace

bool default_region_box(const std::vector<LonLat>& positions, GeoBox& out) {
    if (positions.empty()) return false;
    std::vector<double> lats, lons;
    for (const LonLat& p : positions) {
        lats.push_back(p.lat);
        lons.push_back(p.lon);
    }
    const LonLat centre{median(lons), median(lats)};
    std::vector<double> dist;
    for (const LonLat& p : positions) dist.push_back(distance_m(centre.lat, centre.lon, p.lat, p.lon));
    std::vector<double> sorted = dist;
    std::sort(sorted.begin(), sorted.end());
    const double limit = std::max(kOutlierFloorM, 3 * quantile(sorted, 0.75));

    bool any = false;
    GeoBox b{};
    for (std::size_t i = 0; i < positions.size(); ++i) {
        if (dist[i] > limit) continue;
        const LonLat& p = positions[i];
        if (!any) b = {p.lon, p.lon, p.lat, p.lat};
        b.west = std::min(b.west, p.lon);
        b.east = std::max(b.east, p.lon);
        b.south = std::min(b.south, p.lat);
        b.north = std::max(b.north, p.lat);
        any = true;
    }
    if (!any) return false;  // cannot happen: the median's nearest item is within any limit
    const double my = std::max(kMinMarginDeg, kMarginShare * (b.north - b.south));
    // The longitude margin is the same distance on the ground as the latitude one would be.
    const double k = std::max(0.1, std::cos((b.south + b.north) / 2 * M_PI / 180));
    const double mx = std::max(kMinMarginDeg / k, kMarginShare * (b.east - b.west));
    GeoBox g{b.west - mx, b.east + mx, b.south - my, b.north + my};
    auto widen = [](double& lo, double& hi, double span) {
        if (hi - lo >= span) return;
        const double mid = (lo + hi) / 2;
        lo = mid - span / 2;
        hi = mid + span / 2;
    };
    widen(g.south, g.north, kMinSpanDeg);
    widen(g.west, g.east, kMinSpanDeg / k);
    out = {std::max(-180.0, g.west), std::min(180.0, g.east), std::max(-90.0, g.south), std::min(90.0, g.north)};
    return true;
}

std::string default_region_name(const std::vector<NameCount>& regions, const std::vector<NameCount>& departments,
                                const std::vector<NameCount>& towns) {
    for (const auto* names : {&regions, &departments, &towns})
        if (const std::string* n = most_common(*names)) return *n;
    return {};
}

}  // namespace kiosk::publish

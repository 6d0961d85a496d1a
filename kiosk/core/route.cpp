// The pack's path encoding (core/route.h, schema.sql route.path).
#include "core/route.h"

#include <cmath>

namespace kiosk {

namespace {

constexpr double kScale = 1e6;  // millionths of a degree: about 0.1 m, finer than any map we draw

void put_i32(std::string& out, std::int32_t v) {
    const auto u = static_cast<std::uint32_t>(v);
    for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((u >> (8 * i)) & 0xFF));
}

std::int32_t get_i32(std::string_view b, std::size_t at) {
    std::uint32_t u = 0;
    for (int i = 0; i < 4; ++i) u |= static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + i])) << (8 * i);
    return static_cast<std::int32_t>(u);
}

}  // namespace

std::string encode_path(const std::vector<GeoPoint>& points) {
    std::string out;
    out.reserve(points.size() * 8);
    for (const GeoPoint& p : points) {
        put_i32(out, static_cast<std::int32_t>(std::lround(p.lat * kScale)));
        put_i32(out, static_cast<std::int32_t>(std::lround(p.lon * kScale)));
    }
    return out;
}

bool decode_path(std::string_view bytes, std::vector<GeoPoint>& out) {
    out.clear();
    if (bytes.size() % 8 != 0 || bytes.size() < 16) return false;
    out.reserve(bytes.size() / 8);
    for (std::size_t at = 0; at < bytes.size(); at += 8) {
        const double lat = get_i32(bytes, at) / kScale, lon = get_i32(bytes, at + 4) / kScale;
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            out.clear();
            return false;
        }
        out.push_back({lat, lon});
    }
    return true;
}

}  // namespace kiosk

// What a pack says about its region when kiosk-pack is not told: a box around the items'
// positions and a name from the export's own region and department labels.
#pragma once

#include <string>
#include <vector>

#include "core/map_data.h"

namespace kiosk::publish {

// The box the kiosk's map opens on and pans within. Far outliers are left out, because one
// item with swapped or mistyped coordinates would otherwise stretch the map across France and
// shrink the region to a dot: from the per-axis median position, r is the distance that 3/4 of
// the items are within; an item farther than max(kOutlierFloorM, 3 r) does not count. The kept
// items' box then grows by kMarginShare of its size on each side (at least kMinMarginDeg), so
// pins never sit on the screen's edge, and to at least kMinSpanDeg of latitude (and as many
// kilometres of longitude) around its centre, so that a pack of a few sights in one valley still
// opens on a map with neighbouring towns to orient by. False when there is no position at all.
inline constexpr double kOutlierFloorM = 200'000;
inline constexpr double kMarginShare = 0.10;
inline constexpr double kMinMarginDeg = 0.05;  // about 5 km
inline constexpr double kMinSpanDeg = 0.5;     // about 55 km
bool default_region_box(const std::vector<LonLat>& positions, GeoBox& out);

// One candidate name and how many items carry it.
struct NameCount {
    std::string name;
    long count = 0;
};

// The region's name: the most common region label (hasAddressCity.isPartOfDepartment.
// isPartOfRegion), else the most common department label, else the most common town. Ties go to
// the name that sorts first, so the same flux always gives the same name; "" when all are empty.
std::string default_region_name(const std::vector<NameCount>& regions, const std::vector<NameCount>& departments,
                                const std::vector<NameCount>& towns);

}  // namespace kiosk::publish

// The kinds of item a pack can hold, in the order the kiosk shows them (home tiles, map
// legend, staff counts). Which DATAtourisme classes make each kind is decided in one place,
// publish/datatourisme.cpp classify_object(); the pack schema checks the same list.
#pragma once

#include <array>
#include <string_view>

namespace kiosk {

inline constexpr std::array<std::string_view, 7> kKinds = {"site", "belfry", "event", "route", "office", "eat", "sleep"};

// The kinds every pack had before format v3: shown (with a zero count) even when absent.
inline bool base_kind(std::string_view k) { return k == "site" || k == "belfry" || k == "event"; }

}  // namespace kiosk

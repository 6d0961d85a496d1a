// Identity of the pack format: the embedded schema text and the two numbers that mark a pack.
#pragma once
#include <cstdint>

namespace kiosk {

extern const char* const kSchemaSql;  // kiosk/core/schema.sql, embedded at build time

// Must match the PRAGMAs at the top of schema.sql ("KPS1" in ASCII).
constexpr std::int32_t kApplicationId = 0x4B505331;
constexpr int kSchemaVersion = 4;
// v1 differs only by a table the reader never reads; v2 lacks what v3 added and v3 what v4
// added (routes), which the reader then leaves empty (schema.sql, History; tests/fixtures/packs/pack_v2.sql is v2 frozen).
constexpr int kOldestReadableSchemaVersion = 1;

}  // namespace kiosk

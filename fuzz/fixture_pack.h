// A small pack for the targets that need one (search_query, pack_read, delta_apply).
#pragma once

#include <string>

namespace fuzz {

// Writes the fixture pack to `path` (which must not exist). `extra_row`: the next version of
// it (one text more, one contact less, a new pack_version), to make delta seeds from.
void write_fixture_pack(const std::string& path, bool extra_row = false);

}  // namespace fuzz

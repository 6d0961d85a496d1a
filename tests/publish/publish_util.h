// Helpers of the publish tests only: building a pack with the publisher's own functions.
#pragma once

#include "publish/pack_writer.h"
#include "test_util.h"

namespace testutil {

// Builds a pack from a flux directory with a fixed build time (reproducible packs).
inline kiosk::publish::BuildReport build_pack(const fs::path& flux, const fs::path& out) {
    auto src = kiosk::publish::ExportSource::open(flux.string());
    kiosk::publish::BuildOptions opt;
    opt.build_time = "2026-11-01T00:00:00Z";
    return kiosk::publish::build_pack(*src, out.string(), opt);
}

}  // namespace testutil

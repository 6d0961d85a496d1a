// kiosk-sync's fleet outbox (<state>/fleet-outbox) as read back after a power cut, a full disk or
// a hand edit: any bytes give an outbox (nothing throws), and what is written from it reads back
// to the same file (one normalisation at most).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "install/fleet_upload.h"
#include "test_util.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const testutil::TempDir dir;
    const std::string state = dir.path.string();
    testutil::write_file(dir.path / "fleet-outbox", std::string(reinterpret_cast<const char*>(data), size));
    const kiosk::install::FleetOutbox first = kiosk::install::read_fleet_outbox(state);
    kiosk::install::write_fleet_outbox(state, first);
    const std::string once = testutil::slurp(dir.path / "fleet-outbox");
    kiosk::install::write_fleet_outbox(state, kiosk::install::read_fleet_outbox(state));
    if (testutil::slurp(dir.path / "fleet-outbox") != once) std::abort();
    // The backoff stays within its bounds whatever the failure count read.
    const std::int64_t wait = kiosk::install::fleet_backoff_seconds(first.failures, 900, 43200);
    if (wait < 0 || wait > 43200) std::abort();
    return 0;
}

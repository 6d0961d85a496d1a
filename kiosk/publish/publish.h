// Publishing a pack to a channel: a plain directory of static files (signed manifest, the last
// few full packs, deltas to the newest) that any web server, CDN or USB stick can carry.
//
// Layout (kiosk-sync relies on it):
//   DIR/manifest.json, DIR/manifest.json.sig   the newest version, signed
//   DIR/<pack_id>-v<N>.pack                     full packs of the kept versions
//   DIR/<pack_id>-v<A>-v<N>.delta               changeset from each kept older version A to N
#pragma once

#include "core/error.h"

#include <cstdint>
#include <ctime>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/manifest.h"

namespace kiosk::publish {

class PublishError : public Error {
public:
    explicit PublishError(const std::string& message, ErrorKind kind = ErrorKind::IoError) : Error(kind, message) {}
};

// The pack's version is not greater than the channel's: kiosks refuse to go back (rollback
// protection), so the channel must never offer an older or equal version as the newest.
class NotNewerError : public PublishError {
public:
    explicit NotNewerError(const std::string& message) : PublishError(message, ErrorKind::NotNewer) {}
};

struct PublishOptions {
    std::string channel;     // directory; created if missing
    std::string secret_key;  // Ed25519 secret key file (kiosk-pack keygen)
    int keep = 3;            // versions kept as full packs, the new one included
    int expires_days = 365;  // manifest expiry after publication
    std::int64_t now = static_cast<std::int64_t>(std::time(nullptr));  // publication time (UTC seconds)
};

struct PublishedDelta {
    std::int64_t from_version = 0;
    std::string file;          // plain name in the channel; empty when dropped
    std::int64_t bytes = 0;
    std::int64_t changes = 0;  // rows inserted, updated or deleted
    std::string dropped;       // why the delta is not offered (empty when it is)
};

struct PublishReport {
    Manifest manifest;                   // as signed and written
    std::vector<PublishedDelta> deltas;  // one per kept older version, dropped ones included
    std::vector<std::string> removed;    // files pruned from the channel
};

// Checks the pack (application id, version, quick_check), refuses it unless its version is
// greater than the channel's newest (NotNewerError) and its pack id is the channel's, copies
// it in, makes and verifies the deltas (a delta whose apply does not reproduce the pack's hash
// is dropped, never offered), writes the signed manifest last, then prunes versions beyond
// `keep` and files the new manifest no longer names. A client therefore never sees a
// manifest naming a missing file, except a client still reading an older manifest while its
// files are pruned: its download fails and it retries with the new one.
// Throws NotNewerError, PublishError (bad pack, channel or key, cannot write).
PublishReport publish_pack(const std::string& pack_path, const PublishOptions& opt);

}  // namespace kiosk::publish

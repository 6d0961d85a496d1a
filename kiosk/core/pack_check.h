// The full readability check of a candidate pack: before a pack is accepted (the installer's
// VERIFY_PACK, hence kiosk-sync, the staff USB install and rollback; `kiosk-pack verify`;
// the kiosk itself only does a lighter trial read before it switches, core/content_loader.h
// load_content,
// since what `active` points to went through here), everything the
// kiosk will ever read from it is read once, so that a pack which opens and passes quick_check
// but lacks a table or a column, or holds a picture nobody can decode, is refused at the door
// instead of failing in front of a visitor. No UI dependency: core only.
#pragma once

#include <string>

namespace kiosk {

// Opens `path` with the kiosk's reader (Pack::open, with quick_check) and reads it as the
// kiosk does, stopping at the first problem:
//   - meta: pack_id present, pack_version a positive integer;
//   - a pack of the current format (kSchemaVersion) has every table and column schema.sql
//     defines (media_focus excepted: it came without a version bump); extra tables or columns
//     are allowed, as a newer writer may add what an older reader ignores;
//   - every query the kiosk runs: counts and cards of every kind, hours, event periods,
//     wheelchair and category filters, map positions, the search index and a query on it,
//     every item's details, cards by id;
//   - every route (format v4) as Pack::route reads it, every step's "part of route" line, and
//     route rows that belong to nothing (a route row of an item that is not a route, steps of
//     no route) or a path that is not whole points;
//   - every picture (media and thumbnail): at most kMaxImageBytes, a JPEG/PNG header that
//     probe_image accepts, and its frame (size and focal point).
// Throws kiosk::Error with a one-line reason and the path as context: NotFound, Incompatible
// (a format version this reader does not read), Corrupt (anything else). Does not run the
// full integrity_check (Pack::integrity_check; the installer runs it too). Reads the whole
// pack: about as long as loading it in the kiosk plus a pass over its pictures' headers.
void check_pack_readable(const std::string& path);

}  // namespace kiosk

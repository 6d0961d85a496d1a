// What the DATAtourisme importer hands to the pack writer: one plain struct per object,
// already normalised (shapes unified, numbers parsed, times trimmed), so the writer never
// sees JSON and the parser never sees SQL.
#pragma once

#include "core/error.h"
#include "publish/clean_text.h"

#include <functional>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace kiosk::publish {

// Language code ("fr", "en", ...) -> text. Several strings for one language in the feed are
// joined with a blank line, so nothing the producer wrote is dropped.
using LangMap = std::map<std::string, std::string>;

// One occurrence of an event. Dates are "YYYY-MM-DD"; times "HH:MM" or empty when absent.
struct Period {
    std::string start_date, end_date, start_time, end_time;
    int weekdays = 0;  // Period appliesOnDay as bits (1 = Monday ... 64 = Sunday); 0 = every day
};

// Words the export attaches to hours or to an event period, with the dates they hold for.
struct ScheduleNote {
    LangMap text;
    std::string valid_from, valid_through;  // "YYYY-MM-DD", empty = unbounded
};

// One schema:openingHoursSpecification node for one day of the week.
struct OpeningRule {
    int day_of_week = 0;        // 1 = Monday ... 7 = Sunday (ISO 8601), 8 = public holidays
    std::string opens, closes;  // "HH:MM", empty when the feed leaves it out
    std::string valid_from, valid_through;  // "YYYY-MM-DD", empty = unbounded
};

struct ImageRef {
    std::string locator;  // as written in ebucore:locator (URL, file:// URL or relative path)
    std::string title;    // ebucore:title, first language found
    std::string credits;  // credits[], joined with ", "
    std::string licence;  // ebucore:isCoveredBy
    // The annotation's rightsEndDate, "YYYY-MM-DD" (empty = none, or malformed: a warning).
    // A picture whose rights ended before the build time is not shipped.
    std::string rights_end;
};

struct Contact {
    std::string type;  // "phone", "email" or "web"
    std::string value;
};

struct Price {
    double min = -1, max = -1;  // -1 = not given
    std::string currency;       // "EUR"
    LangMap label;              // eligible policy label ("Tarif de base - plein tarif")
};

struct Category {
    std::string id;  // thesaurus id, e.g. "kb:Christmas"
    LangMap label;
};

struct ExportItem {
    std::string source_id;   // "@id" URI, the stable key of the object
    std::string identifier;  // dc:identifier (producer id)
    std::string file;        // path relative to objects/, used in every message
    std::vector<std::string> types;  // "@type" as given
    std::string kind;        // classify_object(): "site", "belfry", "event", "office", "route", "eat",
                             // "sleep", or "" when not for the kiosk
    std::string kind_class;  // the DATAtourisme class that decided it ("Museum", "Hotel"...)
    std::string kind_reason; // why, in words for the build report
    LangMap title, short_desc, long_desc, hours_text;
    bool has_geo = false;
    double lat = 0, lon = 0;
    std::string street, postal_code, town, city_insee, department_insee;
    // hasAddressCity.isPartOfDepartment(.isPartOfRegion) labels, French first: the pack's
    // default region name comes from them (publish/region.h).
    std::string department_name, region_insee, region_name;
    std::vector<Category> themes;
    std::vector<Period> periods;        // sorted by (start_date, start_time), duplicates removed
    std::vector<OpeningRule> hours;
    std::vector<ScheduleNote> notes;    // distinct (text, dates), in feed order
    std::vector<Contact> contacts;      // de-duplicated, in feed order
    std::vector<ImageRef> images;       // main representation first, then the gallery, no repeats
    std::vector<Price> prices;
    std::string last_update;            // lastUpdateDatatourisme, ISO instant
    TextRepairs text_repairs;           // what clean_text() repaired in this object's texts
};

struct IndexEntry {
    std::string label, last_update, file;  // file is relative to objects/
};

// A problem that skips one object (or one field) but not the build.
struct Warning {
    std::string file;   // object file, relative to objects/ ("" for the flux itself)
    std::string field;  // JSON key path, e.g. "isLocatedAt[0].schema:geo.schema:latitude"
    std::string message;
    std::string to_line() const;  // "objects/1/17/x.json: isLocatedAt...: message"
};

// The flux as a whole cannot be read (missing index.json, not a zip, zip-slip path...).
class ExportError : public Error {
public:
    explicit ExportError(const std::string& message, ErrorKind kind = ErrorKind::Unreadable) : Error(kind, message) {}
};

// A DATAtourisme flux, either a directory or a .zip holding index.json + objects/**.json
// (optionally under one top-level folder such as "data/").
class ExportSource {
public:
    static std::unique_ptr<ExportSource> open(const std::string& path);  // throws ExportError
    virtual ~ExportSource() = default;

    virtual const std::vector<IndexEntry>& index() const = 0;
    // Reads a file by its path relative to the flux root ("objects/1/17/x.json",
    // "images/arras.png"). False when absent or when the path escapes the root.
    virtual bool read(const std::string& relative_path, std::string& out) const = 0;
    // Short description for messages ("directory content/", "zip flux.zip").
    virtual std::string describe() const = 0;

    // Streams the object files of the index entries `want` accepts: on_object gets each one's
    // bytes (the buffer is reused, so take what you need before returning), on_missing each
    // listed entry whose file is absent or unreadable. A directory goes in index order; a zip
    // goes in archive order, in a single pass over the archive, so neither the flux nor
    // more than one object is ever held in memory. Entries whose path escapes objects/ are
    // reported through on_missing with escaped = true.
    using WantFn = std::function<bool(const IndexEntry&)>;
    using ObjectFn = std::function<void(const IndexEntry&, const std::string& json)>;
    using MissingFn = std::function<void(const IndexEntry&, bool escaped)>;
    virtual void for_each_object(const WantFn& want, const ObjectFn& on_object,
                                 const MissingFn& on_missing) const;
};

// Parses one object file. Problems with single fields become warnings; an object that cannot
// be used at all (malformed JSON, no @id, no title) returns false with a warning.
bool parse_object(const std::string& file, const std::string& json, ExportItem& out,
                  std::vector<Warning>& warnings);

// Reads every object listed in index.json (in the source's streaming order, see
// for_each_object) and calls on_item for each one that parsed. Returns the number of objects
// read (parsed or not).
size_t read_export(const ExportSource& src, const std::function<void(ExportItem&&)>& on_item,
                   std::vector<Warning>& warnings);

// The warning read_export gives for an index entry on_missing reported.
Warning missing_warning(const ExportSource& src, const IndexEntry& entry, bool escaped);

// The one place that maps DATAtourisme classes and themes to the kiosk's kinds: the kind
// ("" = not for the kiosk), the class that decided and the reason, for the build report.
struct Classified {
    std::string kind, cls, reason;
};
Classified classify_object(const std::vector<std::string>& types, const std::vector<Category>& themes,
                           const LangMap& title);
// classify_object(...).kind
std::string classify(const std::vector<std::string>& types, const std::vector<Category>& themes,
                     const LangMap& title);

}  // namespace kiosk::publish

// What the DATAtourisme importer hands to the pack writer: one plain struct per object,
// already normalised (shapes unified, numbers parsed, times trimmed), so the writer never
// sees JSON and the parser never sees SQL.
#pragma once

#include "core/error.h"
#include "publish/clean_text.h"

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
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

// One line of an Offer's prices, as the export wrote it. Shapes: an amount (min only) or a
// range (min < max), "up to" (max only), free, or text only (no amount, label/conditions say it).
struct Price {
    double min = -1, max = -1;  // -1 = not given; a single amount is min with max -1
    std::string currency;       // "EUR"
    std::string policy;         // hasEligiblePolicy @id, e.g. "kb:ReducedRate" ("" when none)
    bool free = false;          // a free policy (kb:Free...) or an amount of 0 and nothing more
    LangMap label;              // eligible policy label ("Tarif de base - plein tarif"), else the spec's name
    LangMap conditions;         // who, when, how and free text: audience, season, pricing mode labels,
                                // additionalInformation, schema:description (parts joined by " · ")
};

struct Category {
    std::string id;  // thesaurus id, e.g. "kb:Christmas"
    LangMap label;
};

// The fields the fidelity report follows from export to pack (BuildReport::fidelity): one bit
// each in ExportItem::export_fields when the object's JSON has the key, whatever its value.
// The pack side is counted from the pack's tables (pack_writer.cpp, kFidelityFields).
enum class Field : unsigned {
    Title, Short, Long, Geo, Address, Hours, HoursText, Dates, Contact, Prices, Pictures, Themes, Count
};
inline constexpr const char* kFieldNames[] = {"title",   "short",   "long",     "geo",      "address", "hours",
                                              "hours_text", "dates", "contact", "prices", "pictures", "themes"};
static_assert(sizeof kFieldNames / sizeof kFieldNames[0] == static_cast<unsigned>(Field::Count));
constexpr unsigned field_bit(Field f) { return 1u << static_cast<unsigned>(f); }

// What a visitor asks at the desk before going (issue 13, part 4): access, amenities,
// languages, pets, payment, labels, audience, booking. Only what the export states: an absent
// key stays absent (nullopt / empty), it never becomes "no".
struct Practical {
    std::optional<bool> wheelchair;  // reducedMobilityAccess
    std::optional<bool> pets;        // isLocatedAt[].petsAllowed (places that disagree: dropped)
    std::vector<Category> amenities; // hasFeature[].features[] (kb:Parking, kb:Shop, kb:Wifi...)
    std::vector<Category> labels;    // hasReview[].hasReviewValue (kb:LabelRating_..., classifications)
    std::vector<Category> payment;   // offers[].schema:acceptedPaymentMethod[] (kb:Cash...)
    std::vector<Category> audience;  // hasAudience[] then hasClientTarget[]
    std::vector<std::string> languages;  // availableLanguage as ISO 639-1 codes ("sp" -> "es"), or "lsf"
    std::vector<Contact> booking;    // hasBookingContact, same shape as hasContact
    bool empty() const {
        return !wheelchair && !pets && amenities.empty() && labels.empty() && payment.empty() && audience.empty() &&
               languages.empty() && booking.empty();
    }
};

// One step of a tour (publish/ROUTES.md): an object of the export named by its @id, and/or a
// point with its own name and position. Which it becomes in the pack is decided when read
// (schema.sql, route_step): the item with that @id if the pack holds it, else the point.
struct RouteStepRef {
    std::string ref;  // the step's @id ("" = none)
    LangMap name;     // the step node's own rdfs:label
    bool has_geo = false;
    double lat = 0, lon = 0;
};

// What the export says of a tour beyond a plain item (kind "route"): only what it states.
struct RouteFacts {
    std::string means;       // "walk", "bike", "car", "horse", "boat"; "" = not said
    std::string difficulty;  // thesaurus id (kb:EasyTour...), "" = none given
    LangMap difficulty_label;
    double length_m = 0;     // tourDistance; 0 = not said
    int duration_min = 0;    // 0 = not said
    bool loop = false;       // hasTourType says it ends where it starts
    std::vector<RouteStepRef> steps;  // in order
    std::vector<std::pair<double, double>> path;  // (lat, lon) from the export's geometry; empty = none
    bool empty() const {
        return means.empty() && difficulty.empty() && difficulty_label.empty() && length_m <= 0 && duration_min <= 0 &&
               !loop && steps.empty() && path.empty();
    }
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
    // The @type classes worth showing as a category (Museum, Castle, Festival...), labelled
    // by the importer's own table since the export gives classes no label (type_category()).
    std::vector<Category> type_categories;
    Practical practical;
    std::vector<Period> periods;        // sorted by (start_date, start_time), duplicates removed
    std::vector<OpeningRule> hours;
    std::vector<ScheduleNote> notes;    // distinct (text, dates), in feed order
    std::vector<Contact> contacts;      // de-duplicated, in feed order
    std::vector<ImageRef> images;       // main representation first, then the gallery, no repeats
    std::vector<Price> prices;
    RouteFacts route;                   // kind "route" only (left empty for other kinds)
    std::string last_update;            // lastUpdateDatatourisme, ISO instant
    TextRepairs text_repairs;           // what clean_text() repaired in this object's texts
    unsigned export_fields = 0;         // field_bit()s of the keys the object's JSON has
};

struct IndexEntry {
    std::string label, last_update, file;  // file is relative to objects/
};

// A problem that skips one object (or one field) but not the build.
struct Warning {
    std::string file;   // object file, relative to objects/ ("" for the flux itself)
    std::string field;  // JSON key path, e.g. "isLocatedAt[0].schema:geo.schema:latitude"
    std::string message;
    std::string id = {};  // the object's @id when it was read (for the report)
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
    // Reads a file by its path relative to the flux root ("images/arras.png"), whole and as
    // stored: a regular file (or zip entry) of at most kMaxPictureFileBytes. False with a
    // one-line `why` when absent, when the path escapes the root, or when the file cannot be
    // read (a FIFO, a device, too large, a damaged entry).
    virtual bool read(const std::string& relative_path, std::string& out, std::string& why) const = 0;
    bool read(const std::string& relative_path, std::string& out) const {
        std::string why;
        return read(relative_path, out, why);
    }
    // Short description for messages ("directory content/", "zip flux.zip").
    virtual std::string describe() const = 0;

    // Streams the object files of the index entries `want` accepts: on_object gets each one's
    // JSON without its insignificant whitespace (the buffer is reused, so take what you need
    // before returning), on_missing each listed entry whose file is absent. A directory goes
    // in index order; a zip goes in archive order, in a single pass over the archive, so
    // neither the flux nor more than one object is ever held in memory. Entries whose path
    // escapes objects/ are reported through on_missing with escaped = true. A file that is
    // there but cannot be read (a FIFO, a device, a damaged or truncated zip entry, over the
    // size limits: a decompression bomb) throws ExportError naming it: the build fails
    // rather than giving a pack with holes.
    using WantFn = std::function<bool(const IndexEntry&)>;
    using ObjectFn = std::function<void(const IndexEntry&, const std::string& json)>;
    using MissingFn = std::function<void(const IndexEntry&, bool escaped)>;
    virtual void for_each_object(const WantFn& want, const ObjectFn& on_object,
                                 const MissingFn& on_missing) const = 0;

    // A source whose objects are files of their own (a directory) can also read any one of
    // them, from any thread, so that a build reads and parses on other cores while it writes
    // (publish/parse_pool.h). The reader gives the object's JSON (padded for simdjson, see
    // for_each_object for what it throws); a streaming source (a zip) gives none.
    enum class ObjectRead { Read, Missing, Escaped };
    using ObjectReader = std::function<ObjectRead(const IndexEntry&, std::string& json)>;
    virtual ObjectReader object_reader() const { return {}; }
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

// The category of a DATAtourisme class ("Museum", "schema:Museum" or a full URI), with our own
// fr/en/nl/de labels; nullopt for classes too generic to help a visitor (PointOfInterest,
// CulturalSite...). Its id is the class's local name, which never clashes with a theme's kb: id.
std::optional<Category> type_category(std::string_view type);

// ISO 639-1 code (or "lsf", French Sign Language) of an availableLanguage value as producers
// write it: a code ("en", and the real feed's "sp" for Spanish), a three-letter code or a
// French or English language name ("Anglais", "Espagnol"). Empty when unknown.
std::string language_code(std::string_view value);

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

// kiosk-stats' library: reading day files and heartbeats, the merge rules of deploy/FLEET.md
// (one copy per kiosk and day), privacy (k = 5), stale kiosks, HTML escaping, WebDAV listings.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/error.h"
#include "fleet/fleet_data.h"
#include "fleet/fleet_report.h"
#include "fleet/fleet_source.h"
#include "test_util.h"

using namespace kiosk::fleet;
using testutil::TempDir;
using testutil::write_file;

namespace {

struct DaySpec {
    std::string kiosk = "hall";
    std::string day = "2026-12-01";
    bool complete = true;
    std::string made = "2026-12-02T03";
    int visits = 10;
    int hour = 14;  // all visits in this hour
    std::string extra;  // more members, written as is
};

std::string day_json(const DaySpec& s) {
    std::string hours;
    for (int h = 0; h < 24; ++h) hours += (h ? "," : "") + std::to_string(h == s.hour ? s.visits : 0);
    return "{\"format\":\"kiosk-stats-day/1\",\"kiosk\":\"" + s.kiosk + "\",\"day\":\"" + s.day + "\",\"complete\":" +
           (s.complete ? "true" : "false") + ",\"made\":\"" + s.made + "\",\"visits\":" + std::to_string(s.visits) +
           ",\"visits_ended\":" + std::to_string(s.visits) + ",\"visit_seconds\":" + std::to_string(s.visits * 60) +
           ",\"visits_by_hour\":[" + hours + "],\"visit_length\":{\"1-2min\":" + std::to_string(s.visits) + "}" + s.extra + "}";
}

std::string heartbeat_json(const std::string& kiosk, const std::string& sent, const std::string& extra = "") {
    return "{\"format\":\"kiosk-heartbeat/1\",\"kiosk\":\"" + kiosk + "\",\"sent\":\"" + sent +
           "\",\"pack_version\":\"7\",\"last_sync\":\"" + sent + "\",\"last_sync_ok\":true,\"last_error\":\"\",\"free_disk_mb\":1200" + extra + "}";
}

DayFile day(const DaySpec& s) { return parse_day_file(day_json(s), "test"); }

std::vector<std::string> warnings_of(const std::string& source, Fleet& fleet, SourceResult* res = nullptr) {
    std::vector<std::string> w;
    SourceResult r = read_source(source, fleet, [&](const std::string& l) { w.push_back(l); });
    if (res) *res = r;
    return w;
}

}  // namespace

TEST_CASE("a day file is read with its counts, unknown keys are ignored, missing ones count zero", "[fleet]") {
    DaySpec s;
    s.extra = ",\"languages\":{\"fr\":7,\"ja\":3},\"access\":{\"large\":2},\"items\":[{\"id\":\"https://data.example/1\",\"title\":\"Belfry\",\"opened\":4}],"
              "\"future_key\":{\"x\":[1,2]}";
    DayFile d = day(s);
    CHECK(d.kiosk == "hall");
    CHECK(kiosk::to_iso(d.day) == "2026-12-01");
    CHECK(d.complete);
    CHECK(d.visits == 10);
    CHECK(d.visits_by_hour[14] == 10);
    CHECK(d.languages.at("ja") == 3);
    CHECK(d.items.at("https://data.example/1").title == "Belfry");
    CHECK(d.sections.empty());
    CHECK(d.zero_result_searches.empty());
}

TEST_CASE("bad, foreign, truncated or out-of-bounds day files are refused with one line", "[fleet]") {
    const std::string good = day_json({});
    auto kind_of = [](const std::string& text) {
        try {
            parse_day_file(text, "f.json");
        } catch (const kiosk::Error& e) {
            CHECK(std::string(e.what()).find('\n') == std::string::npos);
            return e.kind();
        }
        return kiosk::ErrorKind::Internal;  // accepted
    };
    CHECK(kind_of(good.substr(0, good.size() / 2)) == kiosk::ErrorKind::Corrupt);                    // truncated
    CHECK(kind_of("{\"format\":\"kiosk-heartbeat/1\"}") == kiosk::ErrorKind::Corrupt);               // foreign
    CHECK(kind_of("[1,2,3]") == kiosk::ErrorKind::Corrupt);
    CHECK(kind_of("{\"format\":\"kiosk-stats-day/2\",\"kiosk\":\"a\"}") == kiosk::ErrorKind::Incompatible);
    DaySpec neg;
    neg.visits = -1;
    CHECK(kind_of(day_json(neg)) == kiosk::ErrorKind::Corrupt);
    DaySpec badid;
    badid.kiosk = "../etc";
    CHECK(kind_of(day_json(badid)) == kiosk::ErrorKind::Corrupt);
    DaySpec minutes;
    minutes.made = "2026-12-02T03:15";  // finer than the hour: refused
    CHECK(kind_of(day_json(minutes)) == kiosk::ErrorKind::Corrupt);
    CHECK(kind_of(std::string(kMaxDayFileBytes + 1, ' ')) == kiosk::ErrorKind::Corrupt);
    CHECK(kind_of(good) == kiosk::ErrorKind::Internal);
}

TEST_CASE("the same day uploaded and exported to USB counts once", "[fleet][merge]") {
    TempDir upload, usb;
    write_file(upload.path / "hall" / "days" / "2026-12-01.json", day_json({}));
    write_file(upload.path / "hall" / "heartbeat.json", heartbeat_json("hall", "2026-12-02T03"));
    // The USB export: the same tree under kiosk-stats/, beside the CSV it writes.
    write_file(usb.path / "kiosk-stats" / "hall" / "days" / "2026-12-01.json", day_json({}));
    write_file(usb.path / "kiosk-stats-hall-2026-12-02.csv", "section,day\r\n");
    Fleet fleet;
    CHECK(warnings_of(upload.path.string(), fleet).empty());
    CHECK(warnings_of(usb.path.string(), fleet).empty());
    REQUIRE(fleet.days().size() == 1);
    CHECK(fleet.copies_set_aside() == 1);
    const FleetSummary s = summarize(fleet, *kiosk::parse_date("2026-12-02"));
    CHECK(s.visits == 10);
    CHECK(s.visits_by_hour[14] == 10);
    const std::string csv = render_csv(fleet);
    CHECK(csv.find("hall,2026-12-01,1,2026-12-02T03,10,") != std::string::npos);
}

TEST_CASE("a partial day then the complete one: the complete one is kept, whatever the order", "[fleet][merge]") {
    DaySpec partial;
    partial.complete = false;
    partial.made = "2026-12-01T12";
    partial.visits = 4;
    DaySpec complete;
    complete.visits = 9;
    for (bool partial_first : {true, false}) {
        Fleet fleet;
        if (partial_first) {
            fleet.add(day(partial));
            fleet.add(day(complete));
        } else {
            fleet.add(day(complete));
            fleet.add(day(partial));
        }
        REQUIRE(fleet.days().size() == 1);
        CHECK(fleet.days().begin()->second.complete);
        CHECK(summarize(fleet, *kiosk::parse_date("2026-12-02")).visits == 9);
    }
    // Two partial copies: the one with more visits, then the later one.
    DaySpec later = partial;
    later.made = "2026-12-01T18";
    later.visits = 6;
    Fleet fleet;
    fleet.add(day(later));
    fleet.add(day(partial));
    CHECK(fleet.days().begin()->second.visits == 6);
    DaySpec same = partial;
    same.made = "2026-12-01T19";
    DayFile a = day(same), b = day(partial);
    CHECK(keep_over(a, b));
    CHECK_FALSE(keep_over(b, a));
    // Different kiosks and days are summed.
    DaySpec other;
    other.kiosk = "museum";
    fleet.add(day(other));
    DaySpec next;
    next.day = "2026-12-03";
    fleet.add(day(next));
    const FleetSummary s = summarize(fleet, *kiosk::parse_date("2026-12-03"));
    CHECK(s.visits == 6 + 10 + 10);
    REQUIRE(s.visits_per_day.size() == 3);  // the 2nd has no visit and is shown as zero
    CHECK(s.visits_per_day[1].second == 0);
}

TEST_CASE("a zero-result term is shown only with 5 or more visits in the merged total", "[fleet][privacy]") {
    DaySpec a;
    a.extra = ",\"zero_result_searches\":{\"beffroi arras\":3,\"xyzzy\":4}";
    DaySpec b;
    b.kiosk = "museum";
    b.extra = ",\"zero_result_searches\":{\"beffroi arras\":2}";
    Fleet fleet;
    fleet.add(day(a));
    fleet.add(day(b));
    const FleetSummary s = summarize(fleet, *kiosk::parse_date("2026-12-02"));
    REQUIRE(s.zero_result_searches.size() == 1);
    CHECK(s.zero_result_searches[0].key == "beffroi arras");
    CHECK(s.zero_result_searches[0].n == 5);
    CHECK(s.zero_result_terms_hidden == 1);
    ReportContext ctx;
    const std::string html = render_html(s, ctx);
    CHECK(html.find("beffroi arras") != std::string::npos);
    CHECK(html.find("xyzzy") == std::string::npos);
}

TEST_CASE("a kiosk is stale when its heartbeat is more than 2 days before the report day, or missing", "[fleet][stale]") {
    Fleet fleet;
    fleet.add(parse_heartbeat(heartbeat_json("fresh", "2026-12-05T09"), "a"));
    fleet.add(parse_heartbeat(heartbeat_json("edge", "2026-12-03T23"), "b"));
    fleet.add(parse_heartbeat(heartbeat_json("old", "2026-12-02T23"), "c"));
    // An older heartbeat read after a newer one does not replace it.
    fleet.add(parse_heartbeat(heartbeat_json("fresh", "2026-11-01T09"), "d"));
    DaySpec silent;
    silent.kiosk = "silent";
    fleet.add(day(silent));
    const FleetSummary s = summarize(fleet, *kiosk::parse_date("2026-12-05"));
    REQUIRE(s.kiosks.size() == 4);
    auto find = [&](const std::string& id) {
        for (const KioskStatus& k : s.kiosks)
            if (k.kiosk == id) return k;
        FAIL("no kiosk " << id);
        return KioskStatus{};
    };
    CHECK_FALSE(find("fresh").stale);
    CHECK(find("fresh").heartbeat->sent.date == *kiosk::parse_date("2026-12-05"));
    CHECK_FALSE(find("edge").stale);
    CHECK(find("old").stale);
    CHECK(find("silent").stale);
    const std::string html = render_html(s, {});
    CHECK(html.find("silent for 3 days") != std::string::npos);
    CHECK(html.find("no heartbeat") != std::string::npos);
}

TEST_CASE("every string from the files is escaped in the HTML report", "[fleet][html]") {
    DaySpec s;
    s.extra = ",\"items\":[{\"id\":\"x\\\"><script>alert(1)</script>\",\"title\":\"<img src=x onerror=alert(2)>\",\"opened\":3}],"
              "\"languages\":{\"<b>fr</b>\":2},\"zero_result_searches\":{\"</ol><script>q</script>\":6}";
    Fleet fleet;
    fleet.add(day(s));
    fleet.add(parse_heartbeat(heartbeat_json("hall", "2026-12-02T03", ",\"last_error\":\"<iframe src=//evil>\",\"pack_version\":\"'\\\"&\""), "h"));
    ReportContext ctx;
    ctx.warnings.push_back("<script>w</script>");
    ctx.sources.push_back("/tmp/<s>");
    const std::string html = render_html(summarize(fleet, *kiosk::parse_date("2026-12-02")), ctx);
    for (const char* raw : {"<script", "<img", "<iframe", "<b>fr", "</ol><script"}) CHECK(html.find(raw) == std::string::npos);
    CHECK(html.find("&lt;img src=x onerror=alert(2)&gt;") != std::string::npos);
    CHECK(html.find("&lt;iframe src=//evil&gt;") != std::string::npos);
    CHECK(html.find("&#39;&quot;&amp;") != std::string::npos);
    // Self-contained: nothing is loaded from elsewhere.
    for (const char* ext : {"<script", "<link", "src=\"http", "url(", "@import"}) CHECK(html.find(ext) == std::string::npos);
    CHECK(html_escape("a&b<c>\"d'") == "a&amp;b&lt;c&gt;&quot;d&#39;");
}

TEST_CASE("a bad file or a file in the wrong place is skipped with a warning, the rest is read", "[fleet]") {
    TempDir dir;
    write_file(dir.path / "hall" / "days" / "2026-12-01.json", day_json({}));
    const std::string good = day_json({});
    DaySpec d2;
    d2.day = "2026-12-02";
    write_file(dir.path / "hall" / "days" / "2026-12-02.json", day_json(d2).substr(0, 40));  // truncated
    DaySpec wrong;
    wrong.kiosk = "museum";
    wrong.day = "2026-12-03";
    write_file(dir.path / "hall" / "days" / "2026-12-03.json", day_json(wrong));  // another kiosk's file
    write_file(dir.path / "hall" / "days" / "2026-12-04.json", day_json({}));     // holds 12-01
    write_file(dir.path / "hall" / "days" / "2026-12-05.json.tmp", "partial write");  // not a day: ignored
    write_file(dir.path / "hall" / "heartbeat.json", "{\"format\":\"kiosk-heartbeat/1\"");
    write_file(dir.path / "not a kiosk" / "days" / "2026-12-01.json", good);  // not an id: ignored
    Fleet fleet;
    SourceResult res;
    const auto w = warnings_of(dir.path.string(), fleet, &res);
    CHECK(res.listed);
    CHECK(res.day_files == 1);
    CHECK(res.skipped == 4);
    CHECK(w.size() == 4);
    for (const std::string& line : w) CHECK(line.find('\n') == std::string::npos);
    CHECK(fleet.days().size() == 1);

    Fleet none;
    SourceResult missing;
    warnings_of((dir.path / "nowhere").string(), none, &missing);
    CHECK_FALSE(missing.listed);
    CHECK_FALSE(missing.why.empty());
}

TEST_CASE("a WebDAV PROPFIND answer lists the folder's direct children", "[fleet][webdav]") {
    const std::string xml =
        "<?xml version=\"1.0\" encoding=\"utf-8\" ?>\n<D:multistatus xmlns:D=\"DAV:\">\n"
        "<D:response><D:href>/fleet/</D:href><D:propstat><D:prop><D:resourcetype><D:collection/></D:resourcetype></D:prop></D:propstat></D:response>\n"
        "<D:response><D:href>/fleet/hall/</D:href><D:propstat><D:prop><D:resourcetype><D:collection/></D:resourcetype></D:prop></D:propstat></D:response>\n"
        "<D:response><D:href>http://host:8080/fleet/mus%C3%A9e-2</D:href><D:propstat><D:prop><D:resourcetype><D:collection/></D:resourcetype></D:prop></D:propstat></D:response>\n"
        "<D:response><D:href>/fleet/heartbeat.json</D:href><D:propstat><D:prop><D:resourcetype/></D:prop></D:propstat></D:response>\n"
        "<!-- <D:response><D:href>/fleet/commented/</D:href></D:response> -->\n"
        "<D:response><D:href>/elsewhere/x/</D:href></D:response>\n"
        "<D:response><D:href>/fleet/a/b.json</D:href></D:response>\n"
        "<D:response><D:href>/fleet/a&amp;b</D:href></D:response>\n"
        "</D:multistatus>\n";
    const auto e = parse_propfind(xml, "/fleet/");
    REQUIRE(e.size() == 4);
    CHECK(e[0].name == "hall");
    CHECK(e[0].folder);
    CHECK(e[1].name == "mus\xC3\xA9" "e-2");
    CHECK(e[1].folder);
    CHECK(e[2].name == "heartbeat.json");
    CHECK_FALSE(e[2].folder);
    CHECK(e[3].name == "a&b");
    CHECK(parse_propfind("<a><response><href>", "/").empty());
    CHECK(shown_url("https://staff:secret@dav.example/fleet/") == "https://dav.example/fleet/");
    CHECK(shown_url("https://dav.example/a@b/") == "https://dav.example/a@b/");
}

TEST_CASE("a heartbeat as kiosk-sync writes it: pack id, unknown free disk, no sync yet", "[fleet]") {
    const Heartbeat h = parse_heartbeat(
        "{\"format\":\"kiosk-heartbeat/1\",\"kiosk\":\"gare-arras\",\"sent\":\"2026-12-07T03\",\"pack\":\"nord-pas-de-calais\","
        "\"pack_version\":\"12\",\"last_sync\":null,\"last_sync_ok\":false,\"last_error\":\"upload: connection refused\","
        "\"free_disk_mb\":null,\"software\":\"0.1.0\",\"later\":1}",
        "hb");
    CHECK(h.kiosk == "gare-arras");
    CHECK(h.pack == "nord-pas-de-calais");
    CHECK(h.pack_version == "12");
    CHECK_FALSE(h.last_sync);
    CHECK_FALSE(h.last_sync_ok);
    CHECK_FALSE(h.free_disk_mb);
    CHECK(to_text(h.sent) == "2026-12-07 03h");
    CHECK_THROWS_AS(parse_heartbeat("{\"format\":\"kiosk-heartbeat/1\",\"kiosk\":\"a\",\"sent\":\"2026-12-07T03:10\"}", "hb"), kiosk::Error);
}

#include "fleet/fleet_report.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <functional>

#include "core/stats.h"

namespace kiosk::fleet {

std::string html_escape(std::string_view s) {
    std::string out;
    out.reserve(s.size() + 8);
    for (char c : s) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

namespace {

// "12,345": figures a person reads at a glance.
std::string num(std::int64_t n) {
    std::string d = std::to_string(n < 0 ? -n : n), out;
    for (std::size_t i = 0; i < d.size(); ++i) {
        if (i && (d.size() - i) % 3 == 0) out += ',';
        out += d[i];
    }
    return n < 0 ? "-" + out : out;
}

// SVG coordinates, locale-independent, one decimal.
std::string coord(double v) {
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, 1);
    return std::string(buf, r.ptr);
}

std::string duration(double seconds) {
    const long s = std::lround(seconds);
    char buf[32];
    if (s < 60) std::snprintf(buf, sizeof buf, "%ld s", s);
    else std::snprintf(buf, sizeof buf, "%ld min %02ld s", s / 60, s % 60);
    return buf;
}

// The chart's top: a round number at or above the largest value, even so that its half (the
// middle grid line) is a whole number too, and not so far above that the bars look flat.
std::int64_t nice_max(std::int64_t v) {
    if (v <= 2) return 2;
    std::int64_t p = 1;
    while (p * 10 <= v) p *= 10;
    for (std::int64_t m : {1, 2, 4, 6, 8, 10})
        if (m * p >= v && (m * p) % 2 == 0) return m * p;
    return 10 * p;
}

struct Column {
    std::string label;    // under the column (may be empty)
    std::string tooltip;  // full text for the <title>
    std::int64_t value = 0;
};

// A column chart as inline SVG. Its width never drops under min-width (CSS), so on a phone the
// chart scrolls sideways instead of shrinking its text to nothing.
std::string column_chart(const std::string& aria, const std::vector<Column>& cols, bool values_on_top) {
    const double W = 720, H = 230, left = 48, right = 8, top = 18, bottom = 30;
    const double plot_w = W - left - right, plot_h = H - top - bottom;
    std::int64_t vmax = 0;
    for (const Column& c : cols) vmax = std::max(vmax, c.value);
    const std::int64_t ymax = nice_max(vmax);
    std::string o = "<div class=\"scroll\"><svg class=\"chart\" viewBox=\"0 0 " + coord(W) + " " + coord(H) +
                    "\" role=\"img\" aria-label=\"" + html_escape(aria) + "\">";
    for (int i = 0; i <= 2; ++i) {
        const double y = top + plot_h - plot_h * i / 2.0;
        o += "<line class=\"grid\" x1=\"" + coord(left) + "\" x2=\"" + coord(W - right) + "\" y1=\"" + coord(y) + "\" y2=\"" + coord(y) + "\"/>";
        o += "<text class=\"axis\" x=\"" + coord(left - 6) + "\" y=\"" + coord(y + 4) + "\" text-anchor=\"end\">" + num(ymax * i / 2) + "</text>";
    }
    const double slot = cols.empty() ? plot_w : plot_w / static_cast<double>(cols.size());
    const double bar = std::max(1.0, slot * 0.78);
    for (std::size_t i = 0; i < cols.size(); ++i) {
        const Column& c = cols[i];
        const double h = plot_h * static_cast<double>(c.value) / static_cast<double>(ymax);
        const double x = left + slot * static_cast<double>(i) + (slot - bar) / 2;
        o += "<rect class=\"bar\" x=\"" + coord(x) + "\" y=\"" + coord(top + plot_h - h) + "\" width=\"" + coord(bar) +
             "\" height=\"" + coord(std::max(h, c.value > 0 ? 1.0 : 0.0)) + "\"><title>" + html_escape(c.tooltip) + "</title></rect>";
        if (values_on_top && c.value > 0)
            o += "<text class=\"val\" x=\"" + coord(x + bar / 2) + "\" y=\"" + coord(top + plot_h - h - 4) + "\" text-anchor=\"middle\">" + num(c.value) + "</text>";
        if (!c.label.empty())
            o += "<text class=\"axis\" x=\"" + coord(x + bar / 2) + "\" y=\"" + coord(H - bottom + 16) + "\" text-anchor=\"middle\">" + html_escape(c.label) + "</text>";
    }
    return o + "</svg></div>\n";
}

// A list of labelled horizontal bars: the label is HTML text (it wraps on a phone and prints),
// the bar an inline SVG scaled to the largest value of the list.
std::string bar_list(const std::vector<Count>& rows, const std::function<std::string(const Count&)>& label, std::int64_t total) {
    if (rows.empty()) return "<p class=\"none\">Nothing recorded.</p>\n";
    std::int64_t vmax = 1;
    for (const Count& c : rows) vmax = std::max(vmax, c.n);
    std::string o = "<ol class=\"bars\">";
    for (const Count& c : rows) {
        const double w = 100.0 * static_cast<double>(c.n) / static_cast<double>(vmax);
        std::string share;
        if (total > 0) {
            char buf[32];
            std::snprintf(buf, sizeof buf, " (%.0f%%)", 100.0 * static_cast<double>(c.n) / static_cast<double>(total));
            share = buf;
        }
        o += "<li><span class=\"lbl\">" + label(c) + "</span><span class=\"num\">" + num(c.n) + share +
             "</span><svg class=\"hbar\" viewBox=\"0 0 100 8\" preserveAspectRatio=\"none\" aria-hidden=\"true\"><rect width=\"" +
             coord(std::max(w, c.n > 0 ? 0.5 : 0.0)) + "\" height=\"8\"/></svg></li>";
    }
    return o + "</ol>\n";
}

std::string plain(const Count& c) { return html_escape(c.key); }

std::string known_name(const std::string& key, std::initializer_list<std::pair<const char*, const char*>> names) {
    for (const auto& [k, v] : names)
        if (key == k) return std::string(v) + " <span class=\"code\">" + html_escape(key) + "</span>";
    return html_escape(key);
}

std::string language_label(const Count& c) {
    return known_name(c.key, {{"fr", "French"}, {"en", "English"}, {"nl", "Dutch"}, {"de", "German"}, {"es", "Spanish"},
                              {"it", "Italian"}, {"pl", "Polish"}, {"ja", "Japanese"}});
}

std::string access_label(const Count& c) {
    for (const auto& [k, v] : {std::pair{"large", "Larger text"}, {"contrast", "High contrast"}, {"reach", "Low reach"}, {"speak", "Speech"}})
        if (c.key == k) return v;
    return html_escape(c.key);
}

std::string item_label(const Count& c) {
    const std::string title = c.label.empty() ? "(no title)" : c.label;
    return html_escape(title) + "<br><span class=\"code\">" + html_escape(c.key) + "</span>";
}

const char* kStyle = R"css(
:root{--ink:#1a1a1a;--muted:#555;--bar:#1f5fa8;--line:#d5d9de;--bad:#a40e26;--badbg:#fde8eb;--okbg:#e8f4ea}
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:var(--ink);background:#fff;margin:0 auto;max-width:980px;padding:16px;line-height:1.4;font-size:16px}
h1{font-size:1.6em;margin:.2em 0}
h2{font-size:1.25em;margin:1.6em 0 .5em;padding-bottom:.2em;border-bottom:2px solid var(--line)}
.sub{color:var(--muted);margin:0 0 1em}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:10px;margin:1em 0}
.card{border:1px solid var(--line);border-radius:6px;padding:10px 12px}
.card b{display:block;font-size:1.6em}
.card.bad{background:var(--badbg);border-color:var(--bad)}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch}
svg.chart{width:100%;min-width:560px;height:auto;display:block}
svg.chart .bar,svg.hbar rect{fill:var(--bar)}
svg.chart .grid{stroke:var(--line);stroke-width:1}
svg.chart text{font-size:13px;fill:var(--ink)}
svg.chart .val{font-size:11px}
ol.bars{list-style:none;padding:0;margin:0}
ol.bars li{display:grid;grid-template-columns:1fr auto;column-gap:12px;padding:6px 0;border-bottom:1px solid #eee;break-inside:avoid}
ol.bars .lbl{overflow-wrap:anywhere}
ol.bars .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
svg.hbar{grid-column:1/3;width:100%;height:10px;display:block;background:#f0f2f4}
.code{color:var(--muted);font-size:.85em;overflow-wrap:anywhere}
table{border-collapse:collapse;width:100%;min-width:720px;font-size:.95em}
th,td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
th{background:#f4f6f8}
td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.t{min-width:7.5em}
tr.stale td{background:var(--badbg)}
.flag{font-weight:bold;color:var(--bad)}
.ok{color:#1d6b2c;font-weight:bold}
.none,.note{color:var(--muted)}
.two{display:grid;grid-template-columns:1fr 1fr;gap:0 32px}
@media (max-width:700px){.two{grid-template-columns:1fr}body{padding:10px}}
ul.warn{font-size:.9em;overflow-wrap:anywhere}
details{margin:.5em 0}
@media print{body{max-width:none;padding:0;font-size:11pt}h2{break-after:avoid}section{break-inside:avoid}
 .scroll{overflow:visible}svg.chart{min-width:0}table{min-width:0}
 *{-webkit-print-color-adjust:exact;print-color-adjust:exact}details{display:none}}
)css";

std::string kiosk_table(const FleetSummary& s) {
    std::string o = "<div class=\"scroll\"><table><thead><tr><th>Kiosk</th><th>Status</th><th>Last heartbeat</th><th>Pack</th>"
                    "<th>Last sync</th><th>Last error</th><th>Free disk</th><th>Days</th><th>Visits</th></tr></thead><tbody>";
    for (const KioskStatus& k : s.kiosks) {
        o += k.stale ? "<tr class=\"stale\">" : "<tr>";
        o += "<td><b>" + html_escape(k.kiosk) + "</b></td><td>";
        if (!k.heartbeat) o += "<span class=\"flag\">STALE</span><br>no heartbeat";
        else if (k.stale) o += "<span class=\"flag\">STALE</span><br>silent for " + std::to_string(k.days_since_heartbeat) + " days";
        else o += "<span class=\"ok\">OK</span>";
        o += "</td>";
        if (k.heartbeat) {
            const Heartbeat& h = *k.heartbeat;
            o += "<td class=\"t\">" + html_escape(to_text(h.sent)) + "</td>";
            // FLEET.md: "" when the kiosk has no pack installed.
            std::string pack = h.pack.empty() ? std::string() : html_escape(h.pack) + "<br>";
            pack += h.pack_version.empty() ? std::string(h.pack.empty() ? "none" : "") : "v" + html_escape(h.pack_version);
            o += "<td>" + pack + "</td>";
            // A kiosk that never synced has no "last attempt" to call failed.
            o += "<td class=\"t\">" + (h.last_sync ? html_escape(to_text(*h.last_sync)) : std::string("never")) +
                 (h.last_sync && !h.last_sync_ok ? " <span class=\"flag\">(last attempt failed)</span>" : "") + "</td>";
            o += "<td>" + (h.last_error.empty() ? std::string("&mdash;") : html_escape(h.last_error)) + "</td>";
            o += "<td class=\"n\">" + (h.free_disk_mb ? num(*h.free_disk_mb) + " MB" : std::string("?")) + "</td>";
        } else {
            o += "<td>&mdash;</td><td>&mdash;</td><td>&mdash;</td><td>&mdash;</td><td>&mdash;</td>";
        }
        o += "<td class=\"n\">" + num(k.days) + "</td><td class=\"n\">" + num(k.visits) + "</td></tr>";
    }
    return o + "</tbody></table></div>\n";
}

}  // namespace

std::string render_html(const FleetSummary& s, const ReportContext& ctx) {
    std::int64_t stale = 0;
    for (const KioskStatus& k : s.kiosks) stale += k.stale ? 1 : 0;
    std::string period = "no day recorded";
    if (!s.visits_per_day.empty())
        period = to_iso(s.visits_per_day.front().first) + " to " + to_iso(s.visits_per_day.back().first);

    std::string o;
    o += "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
         "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
         // Nothing on this page may load anything: it is mailed and opened offline.
         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
         "<title>Kiosk fleet report " + html_escape(period) + "</title><style>" + kStyle + "</style></head><body>\n";
    o += "<h1>Kiosk fleet report</h1><p class=\"sub\">" + html_escape(period) + " &middot; " + num(static_cast<std::int64_t>(s.kiosks.size())) +
         " kiosk(s) &middot; report day " + to_iso(s.now) + "</p>\n";

    o += "<div class=\"cards\">";
    o += "<div class=\"card\"><b>" + num(s.visits) + "</b>visits</div>";
    o += "<div class=\"card\"><b>" + (s.visits_ended ? duration(s.visit_seconds / static_cast<double>(s.visits_ended)) : std::string("&mdash;")) +
         "</b>average visit</div>";
    o += "<div class=\"card\"><b>" + num(static_cast<std::int64_t>(s.visits_per_day.size())) + "</b>days</div>";
    o += std::string("<div class=\"card") + (stale ? " bad" : "") + "\"><b>" + num(stale) + " / " + num(static_cast<std::int64_t>(s.kiosks.size())) +
         "</b>kiosks stale</div>";
    o += "</div>\n";
    if (!ctx.failed_sources.empty()) {
        o += "<p class=\"flag\">Incomplete: these sources could not be read, their kiosks are missing or partial:</p><ul class=\"warn\">";
        for (const std::string& f : ctx.failed_sources) o += "<li>" + html_escape(f) + "</li>";
        o += "</ul>\n";
    }

    o += "<section><h2>Kiosks</h2>";
    o += "<p class=\"note\">A kiosk is stale when its last heartbeat is more than 2 days before the report day, or it sent none.</p>";
    o += kiosk_table(s) + "</section>\n";

    o += "<section><h2>Visits per day</h2>";
    {
        std::vector<Column> cols;
        const std::size_t n = s.visits_per_day.size();
        const std::size_t every = n <= 16 ? 1 : n <= 45 ? 7 : 30;
        for (std::size_t i = 0; i < n; ++i) {
            const auto& [d, v] = s.visits_per_day[i];
            const std::string iso = to_iso(d);
            cols.push_back({i % every == 0 ? iso.substr(5) : std::string(), iso + ": " + num(v) + " visits", v});
        }
        o += column_chart("Visits per day", cols, n <= 31);
        if (!s.partial_days.empty()) {
            o += "<p class=\"note\">Not over yet at some kiosk when it last sent its figures (partial):";
            for (const Date& d : s.partial_days) o += " " + to_iso(d);
            o += ".</p>";
        }
        o += "<details><summary>Figures</summary><div class=\"scroll\"><table><tr><th>Day</th><th>Visits</th></tr>";
        for (const auto& [d, v] : s.visits_per_day) o += "<tr><td>" + to_iso(d) + "</td><td class=\"n\">" + num(v) + "</td></tr>";
        o += "</table></div></details>";
    }
    o += "</section>\n";

    o += "<section><h2>Visits by hour of the day</h2>";
    {
        std::vector<Column> cols;
        for (int h = 0; h < 24; ++h) {
            char lbl[8];
            std::snprintf(lbl, sizeof lbl, "%02dh", h);
            cols.push_back({h % 2 == 0 ? lbl : "", std::string(lbl) + ": " + num(s.visits_by_hour[h]) + " visits", s.visits_by_hour[h]});
        }
        o += column_chart("Visits by hour of the day (local time of the start of the visit)", cols, true);
        o += "<p class=\"note\">Local time at each kiosk, by the hour the visit started.</p>";
    }
    o += "</section>\n";

    o += "<section><h2>Items opened most</h2>" + bar_list(s.top_items, item_label, 0) + "</section>\n";
    o += "<div class=\"two\"><section><h2>Languages</h2><p class=\"note\">Visits that used each language.</p>" +
         bar_list(s.languages, language_label, s.visits) + "</section>\n";
    o += "<section><h2>Access modes</h2><p class=\"note\">Visits that turned each mode on.</p>" + bar_list(s.access, access_label, s.visits) +
         "</section></div>\n";
    o += "<div class=\"two\"><section><h2>Visit length</h2><p class=\"note\">Visits that ended normally: " + num(s.visits_ended) + ".</p>" +
         bar_list(s.visit_length, plain, s.visits_ended) + "</section>\n";
    o += "<section><h2>Sections opened</h2>" + bar_list(s.sections, plain, 0) + "</section></div>\n";

    o += "<section><h2>Searches without result</h2><p class=\"note\">Only terms that at least " + std::to_string(kZeroResultK) +
         " different visits searched in vain are shown (privacy)";
    if (s.zero_result_terms_hidden) o += "; " + num(s.zero_result_terms_hidden) + " rarer term(s) left out";
    o += ".</p>" + bar_list(s.zero_result_searches, plain, 0) + "</section>\n";

    o += "<section><h2>About this report</h2><p class=\"note\">Each kiosk and day is counted once: when several copies of a day exist "
         "(upload and USB export, a partial then a complete day) the complete one, then the one with more visits, then the newest is kept. "
         "Copies set aside: " + num(s.copies_set_aside) + ". Times are never finer than the hour.</p>";
    o += "<p class=\"note\">Sources:</p><ul class=\"warn\">";
    for (const std::string& src : ctx.sources) o += "<li>" + html_escape(src) + "</li>";
    o += "</ul>";
    if (!ctx.warnings.empty()) {
        o += "<p class=\"note\">Files skipped (" + num(static_cast<std::int64_t>(ctx.warnings.size())) + "):</p><ul class=\"warn\">";
        const std::size_t shown = std::min<std::size_t>(ctx.warnings.size(), 200);
        for (std::size_t i = 0; i < shown; ++i) o += "<li>" + html_escape(ctx.warnings[i]) + "</li>";
        if (shown < ctx.warnings.size()) o += "<li>&hellip; and " + num(static_cast<std::int64_t>(ctx.warnings.size() - shown)) + " more</li>";
        o += "</ul>";
    }
    o += "</section>\n</body></html>\n";
    return o;
}

const char* const kCsvColumnsHelp =
    "kiosk, day (YYYY-MM-DD), complete (1 = the day was over when written, 0 = partial), made (local hour written, "
    "YYYY-MM-DDTHH), visits, visits_ended, visit_seconds (summed length of the ended visits), h00..h23 (visits by "
    "local hour of start), len_0-30s..len_10min+ (ended visits by length), source (the file kept)";

std::string render_csv(const Fleet& fleet) {
    std::string t = "\xEF\xBB\xBF" "kiosk,day,complete,made,visits,visits_ended,visit_seconds";
    char buf[64];
    for (int h = 0; h < 24; ++h) {
        std::snprintf(buf, sizeof buf, ",h%02d", h);
        t += buf;
    }
    for (const char* b : kSessionLengthBuckets) t += std::string(",len_") + b;
    t += ",source\r\n";
    for (const auto& [key, d] : fleet.days()) {
        csv_field(t, d.kiosk);
        std::snprintf(buf, sizeof buf, "T%02d", d.made.hour);
        t += "," + to_iso(d.day) + "," + (d.complete ? "1" : "0") + "," + to_iso(d.made.date) + buf + "," + std::to_string(d.visits) + "," +
             std::to_string(d.visits_ended) + "," + coord(d.visit_seconds);
        for (std::int64_t n : d.visits_by_hour) t += "," + std::to_string(n);
        for (const char* b : kSessionLengthBuckets) {
            auto it = d.visit_length.find(b);
            t += "," + std::to_string(it == d.visit_length.end() ? 0 : it->second);
        }
        t += ",";
        csv_field(t, d.origin);
        t += "\r\n";
    }
    return t;
}

}  // namespace kiosk::fleet

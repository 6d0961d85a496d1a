#!/usr/bin/env python3
"""End-to-end tests of issue 17's fleet report: a real nginx with WebDAV (its dav module for PUT,
the dav-ext module for PROPFIND) on a loopback port is the upload server; kiosks upload their
day files and heartbeats to it; the real kiosk-stats binary reads it over HTTP, together with a
USB statistics export, and its CSV and HTML must count each visit exactly once. The kiosks'
statistics are kept by the real core Stats (fleet-stats-writer feeds it visitor events), and the
real `kiosk-sync upload` sends them, run under libfaketime at each simulated hour (`faketime`).

The kiosks: "hall" is online all week and uploads a partial day at 13h and the complete day at
03h the next morning; "belfry" is offline for a simulated week (its server URL is a closed
port), its days accumulate, and on the 8th it reaches the server and catches up; "gare" uploads
three days and then falls silent, so the report flags it stale. A USB export of hall's first
days (complete, and an older partial copy) is a second source.

Run as: fleet_e2e.py NAME (CTest lists each NAME as e2e.NAME); `fleet_e2e.py --list` prints the
names. Set KIOSK_FLEET_SAMPLE to a folder to keep the report and CSV there."""
import csv
import os
import random
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fleet_upload_e2e  # noqa: E402
import run_e2e  # noqa: E402
from run_e2e import check, run  # noqa: E402

STATS_TOOL = os.environ.get("KIOSK_STATS_BIN") or os.path.join(os.environ.get("KIOSK_BUILD", ""), "kiosk-stats")
SYNC = fleet_upload_e2e.SYNC
WRITER = os.environ.get("KIOSK_FLEET_WRITER_BIN") or os.path.join(os.environ.get("KIOSK_BUILD", ""), "tests", "fleet-stats-writer")
DAV_EXT = "/usr/lib/nginx/modules/ngx_http_dav_ext_module.so"
WEEK = ["2026-12-0%d" % d for d in range(1, 8)]
REPORT_DAY = "2026-12-08"
LANGS = ["fr", "fr", "fr", "en", "en", "nl", "de", "ja", "es"]
ITEMS = [("https://data.datatourisme.fr/13/louvre-lens", "Louvre-Lens"),
         ("https://data.datatourisme.fr/13/base-11-19", "Base 11/19 et ses terrils"),
         ("https://data.datatourisme.fr/13/beffroi-arras", "Beffroi d'Arras"),
         ("https://data.datatourisme.fr/13/9-9bis", "9-9bis, Oignies"),
         # A hostile title: the report must show it as text.
         ("https://data.datatourisme.fr/13/x", "<script>alert('x')</script> & \"Lewarde\"")]


free_port = fleet_upload_e2e.free_port


class Nginx(fleet_upload_e2e.Nginx):
    """fleet_upload_e2e's nginx with the dav-ext module loaded and a /fleet/ folder that takes
    PUT (create_full_put_path) and answers PROPFIND, the listing kiosk-stats reads."""

    def __init__(self, root):
        if not os.path.exists(fleet_upload_e2e.NGINX) or not os.path.exists(DAV_EXT):
            raise run_e2e.Failure("nginx and its WebDAV PROPFIND module are needed: apt-get install nginx-light "
                                  "libnginx-mod-http-dav-ext (deploy/dev.sh installs them)")
        super().__init__(root, extra="location /fleet/ { dav_methods PUT DELETE MKCOL; dav_ext_methods PROPFIND OPTIONS; "
                                      "create_full_put_path on; client_max_body_size 2m; }")
        # load_module belongs to the main context, before everything else.
        with open(self.conf) as f:
            conf = f.read()
        with open(self.conf, "w") as f:
            f.write("load_module %s;\n%s" % (DAV_EXT, conf))
        os.makedirs(os.path.join(self.www, "fleet"))
        self.start()
        self.url = self.url("fleet/")

    def close(self):
        self.stop()


class Kiosk:
    """One kiosk: its visitors' events go to the real core Stats (fleet-stats-writer, one run per
    upload: a kiosk restart each time, so search terms under k=5 are lost as FLEET.md says), and
    the real `kiosk-sync upload` sends its day files and heartbeat, its clock set to the
    simulated hour with libfaketime."""

    def __init__(self, tmp, kiosk_id, seed):
        self.id = kiosk_id
        self.rng = random.Random(seed)
        self.home = os.path.join(tmp, "kiosk-" + kiosk_id)
        self.state = os.path.join(self.home, "state")
        os.makedirs(self.state)
        self.stats = os.path.join(self.state, "stats.db")
        self.pending = []         # (start "YYYY-MM-DDTHH:MM", event lines) not yet given to Stats
        self.recorded = {}        # day -> visits given to Stats

    def live_day(self, day):
        for _ in range(self.rng.randint(12, 40)):
            start = "%sT%02d:%02d" % (day, self.rng.randint(9, 19), self.rng.randint(0, 30))
            ev = ["start %s %s" % (start, self.rng.choice(LANGS))]
            for item_id, title in self.rng.sample(ITEMS, self.rng.randint(0, 3)):
                ev.append("card %s %s %s" % (start, item_id, title))
            if self.rng.random() < 0.4:
                ev.append("category %s belfry" % start)
            for mode in self.rng.choice([[], [], [], ["large"], ["contrast", "speak"], ["reach"]]):
                ev.append("access %s %s" % (start, mode))
            if self.rng.random() < 0.5:
                ev.append("search %s 0 Musée de la mine" % start)
            seconds = self.rng.choice([12, 45, 90, 200, 420, 840])
            ev.append("end %s %d" % (start, seconds))
            self.pending.append((start, ev))
        # Typed by 2 visits a day only: never reaches k=5, never leaves the kiosk.
        for start, ev in [p for p in self.pending if p[0].startswith(day)][:2]:
            ev.insert(-1, "search %s 0 xq" % start)

    def run(self, now, export=None):
        """The kiosk until hour `now` (YYYY-MM-DDTHH): the visits started before it are recorded
        by the core Stats in <state>/stats.db; `export`: then a staff USB export to that stick."""
        cut = now + ":00"
        feed = sorted([p for p in self.pending if p[0] < cut])
        self.pending = [p for p in self.pending if p[0] >= cut]
        lines = []
        for start, ev in feed:
            lines += ev
            self.recorded[start[:10]] = self.recorded.get(start[:10], 0) + 1
        if export:
            lines.append("write %s:00 %s" % (now, os.path.join(export, "kiosk-stats")))
        r = run([WRITER, self.stats, self.id], input="\n".join(lines) + "\n", timeout=60)
        check(r.returncode == 0, "%s's visits recorded until %s (%s)" % (self.id, now, r.stderr.strip()[-300:]))

    def upload(self, url, now):
        """`kiosk-sync upload` at hour `now` (the clock faked by libfaketime); False when the
        server cannot be reached. kiosk-sync keeps what it could not send in its outbox."""
        self.run(now)
        cfg = os.path.join(self.home, "kiosk.toml")
        with open(cfg, "w") as f:
            f.write('[kiosk]\nid = "%s"\n[sync]\nstate = "%s"\n[fleet]\nurl = "%s"\ntimeout = 5\n' % (self.id, self.state, url))
        r = run(["faketime", now.replace("T", " ") + ":00:00", SYNC, "upload", "--config", cfg], timeout=60)
        print("  kiosk-sync upload (%s, %s): rc=%d %s" % (self.id, now, r.returncode, (r.stdout + r.stderr).strip()[-200:]))
        return r.returncode == 0

    def export_usb(self, stick, now):
        """The staff USB export: the kiosk's tree under kiosk-stats/ beside the CSV."""
        self.run(now, export=stick)
        with open(os.path.join(stick, "kiosk-stats-%s.csv" % self.id), "w") as f:
            f.write("section,day,key,label,count,seconds\r\n")

def simulate_week(tmp, server):
    hall, belfry, gare = Kiosk(tmp, "hall", 1), Kiosk(tmp, "belfry", 2), Kiosk(tmp, "gare", 3)
    stick = os.path.join(tmp, "usb")
    offline = "http://127.0.0.1:%d/fleet/" % free_port()  # nothing listens there: belfry's week offline
    for i, day in enumerate(WEEK):
        for k in (hall, belfry) + ((gare,) if i < 3 else ()):
            k.live_day(day)  # gare's screen went dark after the 3rd
        check(hall.upload(server.url, day + "T13"), "hall uploads its partial day %s at 13h" % day)
        if day == "2026-12-05":
            # A USB export of hall: complete days 1-4 and the partial 5th, as the server had them then.
            hall.export_usb(stick, day + "T14")
        nxt = WEEK[i + 1] if i + 1 < len(WEEK) else REPORT_DAY
        check(hall.upload(server.url, nxt + "T03"), "hall uploads the complete day %s at 03h" % day)
        check(not belfry.upload(offline, nxt + "T03"), "belfry, offline, cannot upload %s" % day)
        if i < 3:
            check(gare.upload(server.url, nxt + "T03"), "gare uploads %s" % day)
    # The 8th: hall's morning so far; belfry reaches its server again and catches up.
    hall.live_day(REPORT_DAY)
    check(hall.upload(server.url, REPORT_DAY + "T11"), "hall uploads its partial 8th at 11h")
    # Its last failure set the next try at 15h (backoff): the hourly timer's run at 16h sends all.
    check(belfry.upload(server.url, REPORT_DAY + "T16"), "belfry catches up on the 8th at 16h")
    sent = sorted(os.listdir(os.path.join(server.www, "fleet", "belfry", "days")))
    check(sent == [d + ".json" for d in WEEK], "all 7 days of belfry's offline week are on the server: %s" % sent)
    # A truncated upload (a server that lost the end of a file): skipped, never counted.
    with open(os.path.join(server.www, "fleet", "gare", "days", "2026-11-30.json"), "w") as f:
        f.write('{"format": "kiosk-stats-day/1", "kiosk": "gare", "day": "2026-11-30", "vis')
    return [hall, belfry, gare], stick


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def test_fleet_webdav_week_offline(tmp):
    """Two kiosks upload, one offline for a week catches up, one falls silent: the report over
    the WebDAV server and a USB export counts each visit exactly once."""
    server = Nginx(os.path.join(tmp, "nginx"))
    try:
        kiosks, stick = simulate_week(tmp, server)
        hall, belfry, gare = kiosks
        expected = {k.id: sum(k.recorded.values()) for k in kiosks}
        total = sum(expected.values())
        out = os.path.join(tmp, "report.html")
        out_csv = os.path.join(tmp, "report.csv")
        r = run([STATS_TOOL, "report", server.url, stick, "-o", out, "--csv", out_csv, "--now", REPORT_DAY], timeout=60)
        print(r.stdout, r.stderr)
        check(r.returncode == 0, "kiosk-stats reads the server and the stick (rc=%d)" % r.returncode)
        check("2026-11-30.json" in r.stderr and r.stderr.count("warning:") == 1,
              "the truncated file is skipped with one warning line")
        rows = read_csv(out_csv)
        keys = [(row["kiosk"], row["day"]) for row in rows]
        check(len(keys) == len(set(keys)) == 7 + 1 + 7 + 3, "one CSV row per kiosk and day: %d rows" % len(keys))
        for k in kiosks:
            got = sum(int(row["visits"]) for row in rows if row["kiosk"] == k.id)
            check(got == expected[k.id], "%s: %d visits in the CSV, %d made" % (k.id, got, expected[k.id]))
        csv_total = sum(int(row["visits"]) for row in rows)
        check(csv_total == total, "the CSV's visits add up to the %d visits made, each once" % total)
        by_hour = sum(int(row["h%02d" % h]) for row in rows for h in range(24))
        check(by_hour == total, "visits by hour add up to the same total")
        usb_rows = [row for row in rows if "kiosk-stats" in row["source"]]
        check(all(row["complete"] == "1" for row in rows if row["day"] < REPORT_DAY),
              "every past day kept is the complete copy (%d of them from the stick)" % len(usb_rows))
        check([row["complete"] for row in rows if row["day"] == REPORT_DAY] == ["0"], "the 8th is hall's partial day")
        with open(out, encoding="utf-8") as f:
            html = f.read()
        check("<b>%s</b>visits" % format(total, ",") in html, "the HTML shows %s visits" % format(total, ","))
        for k in kiosks:
            check("<td class=\"n\">%s</td></tr>" % format(expected[k.id], ",") in html, "the HTML's %s row shows its visits" % k.id)
        check(html.count("<span class=\"flag\">STALE</span>") == 1 and "silent for 4 days" in html,
              "gare, silent since the 4th, is the one stale kiosk")
        check("<script" not in html and "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html,
              "the hostile item title is shown as text")
        check("musee de la mine" in html and ">xq<" not in html, "only terms reaching k=5 are shown (folded by the kiosk)")
        sample = os.environ.get("KIOSK_FLEET_SAMPLE")
        if sample:
            os.makedirs(sample, exist_ok=True)
            shutil.copy(out, os.path.join(sample, "report.html"))
            shutil.copy(out_csv, os.path.join(sample, "report.csv"))
            print("sample kept in", sample)

        # The server gone: the stick is still reported, and exit code 2 says a source is missing.
        r = run([STATS_TOOL, "report", "http://127.0.0.1:%d/fleet/" % free_port(), stick, "-o", out, "--now", REPORT_DAY,
                 "--timeout", "3"], timeout=60)
        check(r.returncode == 2, "an unreachable server gives exit code 2 (rc=%d)" % r.returncode)
        with open(out, encoding="utf-8") as f:
            check("could not be read" in f.read(), "and the report written from the stick says so")
    finally:
        server.close()


if __name__ == "__main__":
    sys.exit(run_e2e.main(globals()))

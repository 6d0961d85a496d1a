#!/usr/bin/env python3
"""End-to-end tests of issue 17's fleet report: a real nginx with WebDAV (its dav module for PUT,
the dav-ext module for PROPFIND) on a loopback port is the upload server; kiosks upload their
day files and heartbeats to it; the real kiosk-stats binary reads it over HTTP, together with a
USB statistics export, and its CSV and HTML must count each visit exactly once. The kiosks'
statistics are kept and their files written by the real core code (fleet-stats-writer: core Stats
and core/fleet_files); the PUTs follow deploy/FLEET.md's upload rules (kiosk-sync's own upload is
another helper's part and can replace Kiosk.upload once it lands).

The kiosks: "hall" is online all week and uploads a partial day at 13h and the complete day at
03h the next morning; "belfry" is offline for a simulated week (its server URL is a closed
port), its days accumulate, and on the 8th it reaches the server and catches up; "gare" uploads
three days and then falls silent, so the report flags it stale. A USB export of hall's first
days (complete, and an older partial copy) is a second source.

Run as: fleet_e2e.py NAME (CTest lists each NAME as e2e.NAME); `fleet_e2e.py --list` prints the
names. Set KIOSK_FLEET_SAMPLE to a folder to keep the report and CSV there."""
import csv
import json
import os
import random
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run_e2e  # noqa: E402
from run_e2e import check, run  # noqa: E402

STATS_TOOL = os.environ.get("KIOSK_STATS_BIN") or os.path.join(os.environ.get("KIOSK_BUILD", ""), "kiosk-stats")
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


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Nginx:
    """nginx in the foreground, one process, everything under `root` (no /etc/nginx, no /var)."""

    def __init__(self, root):
        nginx = shutil.which("nginx") or "/usr/sbin/nginx"
        if not os.path.exists(nginx) or not os.path.exists(DAV_EXT):
            raise run_e2e.Failure("nginx and its WebDAV PROPFIND module are needed: apt-get install nginx-light "
                                  "libnginx-mod-http-dav-ext (deploy/dev.sh installs them)")
        self.port = free_port()
        self.www = os.path.join(root, "www")
        os.makedirs(os.path.join(self.www, "fleet"))
        for d in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
            os.makedirs(os.path.join(root, d))
        conf = os.path.join(root, "nginx.conf")
        with open(conf, "w") as f:
            f.write("""load_module %(ext)s;
daemon off;
master_process off;
pid %(r)s/nginx.pid;
error_log %(r)s/error.log warn;
events { worker_connections 64; }
http {
  access_log %(r)s/access.log;
  client_body_temp_path %(r)s/body; proxy_temp_path %(r)s/proxy; fastcgi_temp_path %(r)s/fastcgi;
  uwsgi_temp_path %(r)s/uwsgi; scgi_temp_path %(r)s/scgi;
  server {
    listen 127.0.0.1:%(port)d;
    root %(www)s;
    location /fleet/ {
      dav_methods PUT DELETE MKCOL;
      dav_ext_methods PROPFIND OPTIONS;
      create_full_put_path on;
      client_max_body_size 2m;
    }
  }
}
""" % {"ext": DAV_EXT, "r": root, "port": self.port, "www": self.www})
        self.log = open(os.path.join(root, "stderr.log"), "w")
        self.proc = subprocess.Popen([nginx, "-p", root, "-e", os.path.join(root, "error.log"), "-c", conf],
                                     stdout=self.log, stderr=self.log)
        deadline = time.time() + 10
        while time.time() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
                break
            except OSError:
                if self.proc.poll() is not None:
                    break
                time.sleep(0.05)
        else:
            self.close()
            raise run_e2e.Failure("nginx did not start listening")
        if self.proc.poll() is not None:
            raise run_e2e.Failure("nginx exited: %s" % open(os.path.join(root, "error.log")).read()[-400:])
        self.url = "http://127.0.0.1:%d/fleet/" % self.port

    def close(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=10)
        self.log.close()


class Kiosk:
    """One kiosk: its visitors' events go to the real core Stats and its day files and heartbeat
    are made by the real writer (fleet-stats-writer, one run per upload: a kiosk restart each
    time, so search terms under k=5 are lost as FLEET.md says); its upload is done here as
    deploy/FLEET.md asks of kiosk-sync: every file whose content (without "made") changed since
    its last successful PUT, the heartbeat last, and nothing lost while the server is away."""

    def __init__(self, tmp, kiosk_id, seed):
        self.id = kiosk_id
        self.rng = random.Random(seed)
        self.home = os.path.join(tmp, "kiosk-" + kiosk_id)
        self.outbox = os.path.join(self.home, "outbox")
        os.makedirs(self.outbox)
        self.stats = os.path.join(self.home, "stats.sqlite")
        self.pending = []         # (start "YYYY-MM-DDTHH:MM", event lines) not yet given to Stats
        self.recorded = {}        # day -> visits given to Stats
        self.sent = {}            # relative path -> content of the last successful PUT, without "made"
        self.last_error = ""

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

    def run(self, now):
        """The kiosk until hour `now` (YYYY-MM-DDTHH): the visits started before it are recorded,
        then the files are written as the upload run at `now` makes them."""
        cut = now + ":00"
        feed = sorted([p for p in self.pending if p[0] < cut])
        self.pending = [p for p in self.pending if p[0] >= cut]
        lines = []
        for start, ev in feed:
            lines += ev
            self.recorded[start[:10]] = self.recorded.get(start[:10], 0) + 1
        lines.append("write %s:00 %s %s" % (now, self.outbox, self.last_error))
        r = run([WRITER, self.stats, self.id], input="\n".join(lines) + "\n", timeout=60)
        check(r.returncode == 0, "%s's statistics written at %s (%s)" % (self.id, now, r.stderr.strip()[-300:]))

    def upload(self, url, now):
        """One upload run at hour `now`; False when the server cannot be reached."""
        self.run(now)
        root = os.path.join(self.outbox, self.id)
        files = ["days/" + n for n in sorted(os.listdir(os.path.join(root, "days")))] + ["heartbeat.json"]
        for rel in files:
            with open(os.path.join(root, rel), "rb") as f:
                data = f.read()
            content = dict(json.loads(data), made="", sent="")
            if self.sent.get(rel) == content:
                continue
            if not self.put(url + self.id + "/" + rel, data):
                return False
            self.sent[rel] = content
        self.last_error = ""
        return True

    def put(self, url, data):
        try:
            with urllib.request.urlopen(urllib.request.Request(url, data=data, method="PUT"), timeout=5) as r:
                return r.status in (200, 201, 204)
        except (urllib.error.URLError, OSError) as e:
            self.last_error = "upload: %s" % getattr(e, "reason", e)
            return False

    def export_usb(self, stick):
        """The staff USB export: the kiosk's tree under kiosk-stats/ beside the CSV."""
        shutil.copytree(os.path.join(self.outbox, self.id), os.path.join(stick, "kiosk-stats", self.id), dirs_exist_ok=True)
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
            hall.export_usb(stick)
        nxt = WEEK[i + 1] if i + 1 < len(WEEK) else REPORT_DAY
        check(hall.upload(server.url, nxt + "T03"), "hall uploads the complete day %s at 03h" % day)
        check(not belfry.upload(offline, nxt + "T03"), "belfry, offline, cannot upload %s" % day)
        if i < 3:
            check(gare.upload(server.url, nxt + "T03"), "gare uploads %s" % day)
    # The 8th: hall's morning so far; belfry reaches its server again and catches up.
    hall.live_day(REPORT_DAY)
    check(hall.upload(server.url, REPORT_DAY + "T11"), "hall uploads its partial 8th at 11h")
    check(belfry.upload(server.url, REPORT_DAY + "T04"), "belfry catches up on the 8th")
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

#!/usr/bin/env python3
"""End-to-end tests of issue 17's fleet report: a real nginx with WebDAV (its dav module for PUT,
the dav-ext module for PROPFIND) on a loopback port is the upload server; kiosks upload their
day files and heartbeats to it; the real kiosk-stats binary reads it over HTTP, together with a
USB statistics export, and its CSV and HTML must count each visit exactly once.

The kiosks: "hall" is online all week and uploads a partial day at 13h and the complete day at
03h the next morning; "belfry" is offline for a simulated week (its server URL is a closed
port), its days accumulate, and on the 8th it reaches the server and catches up; "gare" uploads
three days and then falls silent, so the report flags it stale. A USB export of hall's first
days (complete, and an older partial copy) is a second source.

Run as: fleet_e2e.py NAME (CTest lists each NAME as e2e.NAME); `fleet_e2e.py --list` prints the
names. Set KIOSK_FLEET_SAMPLE to a folder to keep the report and CSV there."""
import csv
import hashlib
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


def hour_of(stamp):
    return int(stamp[11:13])


class Kiosk:
    """A kiosk's statistics and its upload queue, as deploy/FLEET.md asks of kiosk-sync upload: one
    file per day, sent again (same path) only when its content changes, kept until a PUT succeeds,
    so that days offline lose nothing. Visits are made up from a seed."""

    def __init__(self, kiosk_id, seed):
        self.id = kiosk_id
        self.rng = random.Random(seed)
        self.visits = {}          # day -> list of visits
        self.sent = {}            # path -> content hash of the last successful PUT
        self.last_sync = None
        self.last_error = ""

    def live_day(self, day):
        n = self.rng.randint(12, 40)
        out = []
        for _ in range(n):
            v = {"hour": self.rng.randint(9, 19), "seconds": self.rng.choice([12, 45, 90, 200, 420, 900]),
                 "langs": sorted({self.rng.choice(LANGS)}), "items": self.rng.sample(ITEMS, self.rng.randint(0, 3)),
                 "access": self.rng.choice([[], [], [], ["large"], ["contrast", "speak"], ["reach"]]),
                 "search": self.rng.choice([None, None, "musee de la mine"])}
            out.append(v)
        for v in out[:2]:
            v["search"] = "xq"  # typed by 2 visits a day: never reaches k=5, never leaves the kiosk
        self.visits[day] = out

    def day_json(self, day, made):
        """The day as it stands at `made` (YYYY-MM-DDTHH): visits started before that hour."""
        complete = made[:10] > day
        vs = [v for v in self.visits[day] if complete or v["hour"] < hour_of(made)]
        by_hour = [0] * 24
        lengths, langs, access, items, zero = {}, {}, {}, {}, {}
        buckets = [(30, "0-30s"), (60, "30s-1min"), (120, "1-2min"), (300, "2-5min"), (600, "5-10min")]
        for v in vs:
            by_hour[v["hour"]] += 1
            b = next((name for lim, name in buckets if v["seconds"] < lim), "10min+")
            lengths[b] = lengths.get(b, 0) + 1
            for lang in v["langs"]:
                langs[lang] = langs.get(lang, 0) + 1
            for a in v["access"]:
                access[a] = access.get(a, 0) + 1
            for item_id, title in v["items"]:
                items.setdefault(item_id, [title, 0])[1] += 1
            if v["search"]:
                zero[v["search"]] = zero.get(v["search"], 0) + 1
        doc = {"format": "kiosk-stats-day/1", "kiosk": self.id, "day": day, "complete": complete, "made": made,
               "visits": len(vs), "visits_ended": len(vs), "visit_seconds": float(sum(v["seconds"] for v in vs)),
               "visits_by_hour": by_hour, "visit_length": lengths, "languages": langs, "sections": {"belfry": len(vs) // 3},
               "access": access,
               "items": [{"id": k, "title": t, "opened": n} for k, (t, n) in sorted(items.items())],
               # k = 5: a term fewer than 5 visits searched never leaves the kiosk.
               "zero_result_searches": {t: n for t, n in zero.items() if n >= 5}}
        return doc

    def upload(self, url, now):
        """One kiosk-sync upload run at hour `now`: every changed day, then the heartbeat."""
        ok = True
        for day in sorted(self.visits):
            if day > now[:10]:
                continue
            doc = self.day_json(day, now)
            body = json.dumps(dict(doc, made=""), sort_keys=True).encode()
            path = "%s/days/%s.json" % (self.id, day)
            if self.sent.get(path) == hashlib.sha256(body).hexdigest():
                continue
            if not self.put(url + path, json.dumps(doc, indent=1, ensure_ascii=False).encode()):
                ok = False
                break
            self.sent[path] = hashlib.sha256(body).hexdigest()
        if ok:
            self.last_sync = now
        hb = {"format": "kiosk-heartbeat/1", "kiosk": self.id, "sent": now, "pack": "nord-pas-de-calais",
              "pack_version": "42", "last_sync": self.last_sync, "last_sync_ok": ok, "last_error": self.last_error,
              "free_disk_mb": 2048, "software": "0.1.0"}
        if ok:
            self.put(url + "%s/heartbeat.json" % self.id, json.dumps(hb).encode())
        return ok

    def put(self, url, data):
        try:
            with urllib.request.urlopen(urllib.request.Request(url, data=data, method="PUT"), timeout=5) as r:
                return r.status in (200, 201, 204)
        except (urllib.error.URLError, OSError) as e:
            self.last_error = "upload: %s" % getattr(e, "reason", e)
            return False

    def export_usb(self, stick, now, days):
        """The staff USB export: the same tree under kiosk-stats/ beside the CSV."""
        for day in days:
            path = os.path.join(stick, "kiosk-stats", self.id, "days", day + ".json")
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8") as f:
                json.dump(self.day_json(day, now), f, ensure_ascii=False)
        with open(os.path.join(stick, "kiosk-stats-%s-%s.csv" % (self.id, now[:10])), "w") as f:
            f.write("section,day,key,label,count,seconds\r\n")


def simulate_week(tmp, server):
    hall, belfry, gare = Kiosk("hall", 1), Kiosk("belfry", 2), Kiosk("gare", 3)
    offline = "http://127.0.0.1:%d/fleet/" % free_port()  # nothing listens there: belfry's week offline
    for i, day in enumerate(WEEK):
        for k in (hall, belfry) + ((gare,) if i < 3 else ()):
            k.live_day(day)  # gare's screen went dark after the 3rd
        check(hall.upload(server.url, day + "T13"), "hall uploads its partial day %s at 13h" % day)
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
    # A USB export of hall: complete days 1-4, and an older partial copy of the 5th.
    stick = os.path.join(tmp, "usb")
    hall.export_usb(stick, "2026-12-05T03", WEEK[:4])
    hall.export_usb(stick, "2026-12-05T13", WEEK[4:5])
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
        at = REPORT_DAY + "T11"
        expected = {k.id: sum(k.day_json(d, at)["visits"] for d in k.visits if d <= at[:10]) for k in kiosks}
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
        check("musee de la mine" in html and ">xq<" not in html, "only terms reaching k=5 are shown")
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

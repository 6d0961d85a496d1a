#!/usr/bin/env python3
"""Issue 17: kiosk-sync's fleet statistics upload against a REAL nginx with its WebDAV module
(Debian's nginx-light has http_dav_module), started as the test user on a loopback port with
its own prefix and configuration in the test's temporary directory.

`fleet_upload_e2e.py --list` prints the test names; `fleet_upload_e2e.py NAME` runs test_NAME.
The Nginx class is meant for the other fleet tests too (the report's end-to-end test).
"""
import datetime
import hashlib
import json
import os
import pwd
import re
import socket
import sqlite3
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run_e2e  # noqa: E402
from run_e2e import check, load  # noqa: E402

BUILD = os.environ.get("KIOSK_BUILD", "")
SOURCE = os.environ.get("KIOSK_SOURCE", "")
SYNC = os.environ.get("KIOSK_SYNC_BIN") or os.path.join(BUILD, "kiosk-sync")
NGINX = os.environ.get("KIOSK_NGINX", "/usr/sbin/nginx")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Nginx:
    """nginx in the foreground with a configuration of its own under `root`: WebDAV folders
    /dav/ (no create_full_put_path: the client must MKCOL), /auto/ (create_full_put_path on),
    and `extra` location blocks (e.g. answers 403 / 507 on some paths). Files land in
    root/www/<location>/..."""

    def __init__(self, root, extra="", port=None):
        self.root = root
        self.port = port or free_port()
        self.www = os.path.join(root, "www")
        for d in ("www/dav", "www/auto", "www/s3", "www/auth", "www/deny", "www/full", "tmp", "logs"):
            os.makedirs(os.path.join(root, d), exist_ok=True)
        # As root the workers would switch to nobody and could not write the test's folders.
        user = "user %s;" % pwd.getpwuid(os.geteuid()).pw_name if os.geteuid() == 0 else ""
        conf = """
%(user)s
daemon off;
worker_processes 1;
pid %(r)s/nginx.pid;
error_log %(r)s/logs/error.log;
events { worker_connections 64; }
http {
  access_log %(r)s/logs/access.log;
  log_format signed '$request_method $uri "$http_authorization" "$http_x_amz_content_sha256"';
  client_body_temp_path %(r)s/tmp/body;
  proxy_temp_path %(r)s/tmp/proxy;
  fastcgi_temp_path %(r)s/tmp/fastcgi;
  uwsgi_temp_path %(r)s/tmp/uwsgi;
  scgi_temp_path %(r)s/tmp/scgi;
  server {
    listen 127.0.0.1:%(port)d;
    root %(r)s/www;
    location /dav/ { dav_methods PUT DELETE MKCOL; dav_access user:rw group:r all:r; }
    location /auto/ { dav_methods PUT; create_full_put_path on; }
    location /auth/ { dav_methods PUT MKCOL; auth_basic "kiosks"; auth_basic_user_file %(r)s/htpasswd; }
    location /s3/ { dav_methods PUT; create_full_put_path on; access_log %(r)s/logs/s3.log signed; }
    %(extra)s
  }
}
""" % {"user": user, "r": root, "port": self.port, "extra": extra}
        with open(os.path.join(root, "htpasswd"), "w") as f:
            f.write("kiosk:{PLAIN}s3cret\n")  # nginx's plain-text scheme: user kiosk, password s3cret
        self.conf = os.path.join(root, "nginx.conf")
        with open(self.conf, "w") as f:
            f.write(conf)
        self.proc = None

    def start(self):
        self.proc = subprocess.Popen([NGINX, "-p", self.root, "-c", self.conf, "-e", os.path.join(self.root, "logs/error.log")],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise run_e2e.Failure("nginx did not start: %s" % self.proc.stderr.read().decode(errors="replace"))
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return self
            except OSError:
                time.sleep(0.05)
        raise run_e2e.Failure("nginx did not listen on port %d" % self.port)

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=10)
        self.proc = None

    def url(self, location):
        return "http://127.0.0.1:%d/%s" % (self.port, location)

    def requests(self):
        """(method, path, status) of every request so far, from the access log."""
        out = []
        path = os.path.join(self.root, "logs/access.log")
        if os.path.exists(path):
            for line in open(path):
                try:
                    req = line.split('"')[1].split()
                    status = int(line.split('"')[2].split()[0])
                    out.append((req[0], req[1], status))
                except (IndexError, ValueError):
                    pass
        return out


# ---- a kiosk's statistics file, as the kiosk writes it (schema: kiosk/core/stats.sql) ----------

def epoch_day(d):
    return (d - datetime.date(1970, 1, 1)).days


def make_stats(path, days):
    """days: {date: visits}. Each visit at 10:xx in French, one card opened."""
    db = sqlite3.connect(path)
    if not os.path.getsize(path):
        db.executescript(open(os.path.join(SOURCE, "kiosk/core/stats.sql"), encoding="utf-8").read())
        db.execute("INSERT INTO card(id, source_id, title, last_day) VALUES (1, 'https://data.example/1', 'Louvre-Lens', 0)")
    for day, visits in days.items():
        d = epoch_day(day)
        db.execute("INSERT INTO day(day, sessions, ended, seconds) VALUES (?, ?, ?, ?) ON CONFLICT(day) DO UPDATE SET "
                   "sessions = sessions + excluded.sessions, ended = ended + excluded.ended, seconds = seconds + excluded.seconds",
                   (d, visits, visits, 45.0 * visits))
        for section, key in (("hour", "10"), ("language", "fr"), ("session_length", "30s-1min")):
            db.execute("INSERT INTO tally VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET n = n + excluded.n",
                       (d, section, key, visits))
        db.execute("INSERT INTO card_day VALUES (?, 1, ?) ON CONFLICT DO UPDATE SET n = n + excluded.n", (d, visits))
        db.execute("UPDATE card SET last_day = max(last_day, ?)", (d,))
    db.commit()
    db.close()


def write_config(tmp, url, sync=(), **fleet):
    state = os.path.join(tmp, "state")
    os.makedirs(state, exist_ok=True)
    cfg = os.path.join(tmp, "kiosk.toml")
    lines = ['[kiosk]', 'id = "k1"', '[sync]', 'state = "%s"' % state] + list(sync)
    lines += ['[fleet]', 'url = "%s"' % url, 'timeout = 5']
    lines += ['%s = %s' % (k, json.dumps(v)) for k, v in fleet.items()]
    with open(cfg, "w") as f:
        f.write("\n".join(lines) + "\n")
    return cfg, state


def upload(cfg, *extra):
    t0 = time.monotonic()
    r = subprocess.run([SYNC, "upload", "--config", cfg] + list(extra), capture_output=True, text=True, timeout=60)
    return r, time.monotonic() - t0


def outbox(state):
    out = {}
    for line in open(os.path.join(state, "fleet-outbox")):
        k, _, v = line.rstrip("\n").partition(" ")
        out.setdefault(k, []).append(v)
    return out


TODAY = datetime.date.today()
DAYS = [TODAY - datetime.timedelta(days=n) for n in (9, 8, 7, 2, 1, 0)]


def day_puts(server):
    """Accepted PUTs of day files (the first one without its folder is answered 500)."""
    return [(p, s) for m, p, s in server.requests() if m == "PUT" and "/days/" in p and s < 300]


# ---- tests -------------------------------------------------------------------------------------

def test_fleet_upload_webdav(tmp):
    """Day files and heartbeat land on a WebDAV folder (MKCOL for the missing folders); a second
    run sends nothing again but the heartbeat; a changed day is sent again; a server with
    create_full_put_path needs no MKCOL."""
    server = Nginx(os.path.join(tmp, "nginx")).start()
    try:
        cfg, state = write_config(tmp, server.url("dav/fleet"))
        os.makedirs(os.path.join(server.www, "dav/fleet"))
        stats = os.path.join(state, "stats.db")
        open(stats, "w").close()
        make_stats(stats, {d: 3 for d in DAYS})
        r, took = upload(cfg)
        check(r.returncode == 0, "kiosk-sync upload succeeds in %.2f s: %s" % (took, (r.stdout + r.stderr).strip()))
        folder = os.path.join(server.www, "dav/fleet/k1")
        files = sorted(os.listdir(os.path.join(folder, "days")))
        check(files == ["%s.json" % d.isoformat() for d in DAYS], "one file per day: %s" % files)
        today = load(os.path.join(folder, "days", TODAY.isoformat() + ".json"))
        old = load(os.path.join(folder, "days", DAYS[0].isoformat() + ".json"))
        check(today["format"] == "kiosk-stats-day/1" and today["kiosk"] == "k1" and today["visits"] == 3 and
              today["visits_by_hour"][10] == 3 and today["items"][0]["opened"] == 3, "the day file's counts")
        check(not today["complete"] and old["complete"], "today is partial, older days complete")
        hb = load(os.path.join(folder, "heartbeat.json"))
        check(hb["format"] == "kiosk-heartbeat/1" and hb["last_error"] == "" and hb["free_disk_mb"] > 0 and
              hb["last_sync"] is None, "heartbeat: %s" % hb)
        mkcols = [p for m, p, s in server.requests() if m == "MKCOL"]
        check(mkcols == ["/dav/fleet/k1/", "/dav/fleet/k1/days/"], "the two folders made with MKCOL: %s" % mkcols)

        n = len(day_puts(server))
        r, took = upload(cfg)
        check(r.returncode == 0 and len(day_puts(server)) == n, "a second run sends no day again (%.2f s)" % took)
        make_stats(stats, {TODAY: 2})
        r, _ = upload(cfg)
        check([p for p, s in day_puts(server)[n:]] == ["/dav/fleet/k1/days/%s.json" % TODAY.isoformat()],
              "a changed day, and only it, is sent again")
        check(load(os.path.join(folder, "days", TODAY.isoformat() + ".json"))["visits"] == 5, "with its new counts")

        cfg2, state2 = write_config(os.path.join(tmp, "b"), server.url("auto/fleet"))
        make_stats(os.path.join(state2, "stats.db"), {TODAY: 1})
        before = len(server.requests())
        r, _ = upload(cfg2)
        check(r.returncode == 0 and os.path.exists(os.path.join(server.www, "auto/fleet/k1/heartbeat.json")),
              "create_full_put_path: uploaded: %s" % r.stdout.strip())
        check(not [m for m, p, s in server.requests()[before:] if m == "MKCOL"], "without any MKCOL")

        # The timer's run (`kiosk-sync install --config`) of a kiosk without a channel only uploads.
        os.remove(os.path.join(server.www, "auto/fleet/k1/heartbeat.json"))
        r = subprocess.run([SYNC, "install", "--config", cfg2], capture_output=True, text=True, timeout=60)
        check(r.returncode == 0 and os.path.exists(os.path.join(server.www, "auto/fleet/k1/heartbeat.json")),
              "an install run without [sync] from uploads: %s" % (r.stdout + r.stderr).strip())
    finally:
        server.stop()


def test_fleet_upload_offline_then_catch_up(tmp):
    """Server down: one line, nothing lost, the next try waits (backoff doubling, capped); the
    days then go on the first run after the wait, none twice."""
    server = Nginx(os.path.join(tmp, "nginx"))
    cfg, state = write_config(tmp, server.url("dav/fleet"), retry_first_seconds=2, retry_max_seconds=4)
    os.makedirs(os.path.join(server.www, "dav/fleet"))
    stats = os.path.join(state, "stats.db")
    open(stats, "w").close()
    make_stats(stats, {d: 1 for d in DAYS[:3]})
    r, took = upload(cfg)
    err = r.stderr.strip()
    check(r.returncode != 0 and len(err.splitlines()) == 1 and "connect" in err.lower(),
          "server down: one line, exit %d, %.2f s: %s" % (r.returncode, took, err))
    box = outbox(state)
    check(box["failures"] == ["1"] and "day" not in box and box["last_error"][0].startswith("upload: "),
          "the outbox counts the failure and holds no day: %s" % box)
    first_wait = int(box["next_try"][0]) - int(time.time())
    check(0 <= first_wait <= 2, "next try in %d s (retry_first_seconds = 2)" % first_wait)
    r, _ = upload(cfg)
    check(r.returncode == 0 and "not before" in r.stderr and outbox(state)["failures"] == ["1"],
          "a run within the wait sends nothing: %s" % r.stderr.strip())
    r, _ = upload(cfg, "--now")
    box = outbox(state)
    check(box["failures"] == ["2"] and 3 <= int(box["next_try"][0]) - int(time.time()) <= 4, "second failure: wait doubled")
    r, _ = upload(cfg, "--now")
    box = outbox(state)
    check(box["failures"] == ["3"] and int(box["next_try"][0]) - int(time.time()) <= 4, "third failure: capped at 4 s")

    make_stats(stats, {d: 1 for d in DAYS[3:]})  # days go on while offline
    server.start()
    try:
        time.sleep(max(0, int(box["next_try"][0]) - time.time()) + 1.0)
        r, took = upload(cfg)
        check(r.returncode == 0, "back online, after the wait: %s (%.2f s)" % (r.stdout.strip(), took))
        files = sorted(os.listdir(os.path.join(server.www, "dav/fleet/k1/days")))
        check(files == ["%s.json" % d.isoformat() for d in DAYS], "every day kept offline arrived: %d files" % len(files))
        puts = [p for p, s in day_puts(server) if s < 300]  # the first one's 500 asked for the folders
        check(len(puts) == len(set(puts)) == len(DAYS), "each accepted once")
        box = outbox(state)
        check(box["failures"] == ["0"] and len(box["day"]) == len(DAYS), "outbox: no failure, %d days" % len(DAYS))
        hb = load(os.path.join(server.www, "dav/fleet/k1/heartbeat.json"))
        check(hb["last_error"] == "", "the heartbeat after the catch-up has no error")
    finally:
        server.stop()


def test_fleet_upload_refused_in_heartbeat(tmp):
    """A server refusing the days (403, 507 insufficient storage) but taking the heartbeat: the
    error is one line in the heartbeat's last_error, and the days are kept for later."""
    extra = """
    location /deny/k1/days/ { return 403; }
    location /deny/ { dav_methods PUT MKCOL; }
    location /full/k1/days/ { return 507; }
    location /full/ { dav_methods PUT MKCOL; }
"""
    server = Nginx(os.path.join(tmp, "nginx"), extra).start()
    try:
        for base, code in (("deny", 403), ("full", 507)):
            cfg, state = write_config(os.path.join(tmp, base), server.url(base))
            make_stats(os.path.join(state, "stats.db"), {TODAY: 1})
            r, took = upload(cfg)
            err = r.stderr.strip()
            check(r.returncode != 0 and len(err.splitlines()) == 1 and ("HTTP %d" % code) in err,
                  "HTTP %d: one line (%.2f s): %s" % (code, took, err))
            hb = load(os.path.join(server.www, base, "k1/heartbeat.json"))
            check(("HTTP %d" % code) in hb["last_error"] and "\n" not in hb["last_error"],
                  "the heartbeat says so: %s" % hb["last_error"])
            check("day" not in outbox(state), "the day stays in the outbox's to-send list")
    finally:
        server.stop()


def test_fleet_upload_after_install(tmp):
    """The timer's run (`kiosk-sync install --config`): the install first, then the upload, whose
    heartbeat tells the pack and the sync's outcome; a failed install still uploads, and keeps its
    own exit code."""
    built, channel, pub = run_e2e.make_sync_channel(tmp, versions=(1,))
    run_e2e.serve_version(built, channel, 1)
    server = Nginx(os.path.join(tmp, "nginx")).start()
    try:
        cfg, state = write_config(tmp, server.url("auto/fleet"), sync=['from = "%s"' % channel, 'trusted_keys = ["%s"]' % pub])
        r = subprocess.run([SYNC, "install", "--config", cfg], capture_output=True, text=True, timeout=120)
        check(r.returncode == 0, "installed, then uploaded: %s" % (r.stdout + r.stderr).strip())
        hb_path = os.path.join(server.www, "auto/fleet/k1/heartbeat.json")
        hb = load(hb_path)
        check(hb["pack"] == run_e2e.PACK_ID and hb["pack_version"] == "1" and hb["last_sync_ok"] and
              hb["last_sync"] is not None and hb["last_error"] == "", "heartbeat after the install: %s" % hb)
        os.remove(os.path.join(channel, "manifest.json.sig"))  # the channel breaks
        r = subprocess.run([SYNC, "install", "--config", cfg], capture_output=True, text=True, timeout=120)
        hb = load(hb_path)
        check(r.returncode != 0 and not hb["last_sync_ok"] and hb["last_error"] and hb["last_sync"] is not None and
              not re.search(r"\d\d:\d\d", hb["last_error"]) and
              hb["pack_version"] == "1",
              "a failed install (exit %d) still uploads: last_sync_ok false, its error '%s', the last good sync kept"
              % (r.returncode, hb["last_error"]))
    finally:
        server.stop()


def test_fleet_upload_webdav_password(tmp):
    """A WebDAV folder behind a password: user and password_file from kiosk.toml; a wrong
    password is a one-line HTTP 401 and nothing is marked sent."""
    server = Nginx(os.path.join(tmp, "nginx")).start()
    try:
        secret = os.path.join(tmp, "password")
        with open(secret, "w") as f:
            f.write("wrong\n")
        cfg, state = write_config(tmp, server.url("auth"), user="kiosk", password_file=secret)
        make_stats(os.path.join(state, "stats.db"), {TODAY: 1})
        r, _ = upload(cfg)
        check(r.returncode != 0 and "HTTP 401" in r.stderr and len(r.stderr.strip().splitlines()) == 1,
              "a wrong password: %s" % r.stderr.strip())
        with open(secret, "w") as f:
            f.write("s3cret\n")
        r, _ = upload(cfg, "--now")
        check(r.returncode == 0 and os.path.exists(os.path.join(server.www, "auth/k1/days", TODAY.isoformat() + ".json")),
              "the right one: %s" % (r.stdout + r.stderr).strip())
    finally:
        server.stop()


def test_fleet_upload_s3_signed(tmp):
    """protocol = "s3": PUTs only (no MKCOL), signed with AWS SigV4 by libcurl for the region, with
    the payload's SHA-256 in x-amz-content-sha256. (nginx stands in for the bucket: it stores
    what it is given and logs the signature headers; no S3 server is packaged in Debian 12.)"""
    server = Nginx(os.path.join(tmp, "nginx")).start()
    try:
        keys = os.path.join(tmp, "keys")
        os.makedirs(keys)
        for name, value in (("access", "AKIDTEST"), ("secret", "c2VjcmV0LXRlc3Q")):
            with open(os.path.join(keys, name), "w") as f:
                f.write(value + "\n")
        cfg, state = write_config(tmp, server.url("s3/bucket/fleet"), protocol="s3", s3_region="eu-west-3",
                                  access_key_file=os.path.join(keys, "access"), secret_key_file=os.path.join(keys, "secret"))
        make_stats(os.path.join(state, "stats.db"), {TODAY: 2})
        r, took = upload(cfg)
        check(r.returncode == 0, "S3 upload in %.2f s: %s" % (took, (r.stdout + r.stderr).strip()))
        day = os.path.join(server.www, "s3/bucket/fleet/k1/days", TODAY.isoformat() + ".json")
        check(load(day)["visits"] == 2, "the day file is in the bucket")
        logged = [l.rstrip("\n") for l in open(os.path.join(server.root, "logs/s3.log"))]
        check(len(logged) == 2 and all(l.startswith("PUT ") for l in logged), "two PUTs, no MKCOL: %s" % [l[:60] for l in logged])
        line = [l for l in logged if "/days/" in l][0]
        auth, sha = line.split('"')[1], line.split('"')[3]
        check(auth.startswith("AWS4-HMAC-SHA256 Credential=AKIDTEST/") and "/eu-west-3/s3/aws4_request" in auth and
              "Signature=" in auth and "x-amz-content-sha256" in auth, "SigV4-signed for eu-west-3: %s" % auth[:90])
        check(sha == hashlib.sha256(open(day, "rb").read()).hexdigest(), "x-amz-content-sha256 is the body's SHA-256")
        check("c2VjcmV0LXRlc3Q" not in open(os.path.join(server.root, "logs/s3.log")).read(), "the secret is never sent")
    finally:
        server.stop()


if __name__ == "__main__":
    sys.exit(run_e2e.main(globals()))

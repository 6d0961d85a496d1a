#!/usr/bin/env python3
"""Power loss at scale: the kill -9 install test (tests/e2e/run_e2e.py, test_sync_kill9_during_install)
in its long form, for the soak command.

A channel of the real content/ (version 1, and a version 2 with one description rewritten)
is published with kiosk-pack, by HTTP on loopback (tests/e2e/range_server.py, throttled so
that downloads take a while) and as a directory (a USB stick). Each run copies a clean kiosk
state, starts the real kiosk-sync on it, and SIGKILLs it at a random instant, in one of four
scenarios: version 1 -> 2 by delta over HTTP, by delta from the stick, by the full pack over
HTTP, and a first install on an empty kiosk. Then:
  - the kiosk as the power cut left it: `active` is still there (unless nothing was ever
    installed), is version 1 or 2 byte for byte, and passes `kiosk-pack verify` (signature,
    hash, integrity, and check_pack_readable: every table, query and picture the kiosk reads);
  - a normal kiosk-sync run completes, and `active` is then version 2 and passes verify too.
A run that fails any of these is a broken kiosk. The phase of each kill is the state kiosk-sync
had entered last (it prints them with --progress-lines): download, verify, delta apply, switch.

    python3 bench/power_loss.py --runs 1000 --seed 1   # 1,000 kill points
    python3 bench/power_loss.py --build build --runs 50

Prints the number of runs, the kill points per phase and per state, and the broken kiosks;
exits 1 if any kiosk was broken (or the set-up failed), 0 otherwise.
"""
import argparse
import collections
import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
RANGE_SERVER = os.path.join(REPO, "tests", "e2e", "range_server.py")
PACK_ID = "nord-pas-de-calais"

# kiosk-sync's states (install.cpp) grouped into the phases a power cut is reported in.
PHASES = {
    "LOCK": "prepare", "CLEAN": "prepare", "PLAN": "prepare",
    "FETCH_MANIFEST": "download", "FETCH_DELTA": "download", "FETCH_PACK": "download",
    "VERIFY_MANIFEST": "verify", "VERIFY_DELTA": "verify", "VERIFY_PACK": "verify",
    "APPLY_DELTA": "delta apply",
    "STORE": "switch", "ACTIVATE": "switch", "ACCEPT": "switch", "TIDY": "switch",
}


class SetupError(Exception):
    pass


def run(args, **kw):
    kw.setdefault("capture_output", True)
    kw.setdefault("text", True)
    kw.setdefault("timeout", 300)
    return subprocess.run(args, **kw)


def must(r, what):
    if r.returncode != 0:
        raise SetupError("%s failed (%d): %s" % (what, r.returncode, (r.stdout + r.stderr).strip()[-400:]))
    return r


def sha256_of(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


class RangeServer:
    def __init__(self, root, log, rate):
        args = [sys.executable, "-u", RANGE_SERVER, root, log, "--rate", str(rate)]
        self.proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        line = self.proc.stdout.readline()
        if not line.startswith("port "):
            raise SetupError("the HTTP server did not start")
        self.url = "http://127.0.0.1:%d" % int(line.split()[1])

    def close(self):
        self.proc.kill()
        self.proc.wait(timeout=10)


class Bench:
    def __init__(self, args, tmp):
        self.a = args
        self.tmp = tmp
        # Copies of the tools: a rebuild during a long run must not swap them under it.
        os.makedirs(os.path.join(tmp, "bin"))
        for tool in ("kiosk-pack", "kiosk-sync"):
            built = os.path.join(args.build, tool)
            if not os.access(built, os.X_OK):
                raise SetupError("%s is missing: build kiosk-pack and kiosk-sync first" % built)
            shutil.copy2(built, os.path.join(tmp, "bin", tool))
        self.pack_tool = os.path.join(tmp, "bin", "kiosk-pack")
        self.sync_tool = os.path.join(tmp, "bin", "kiosk-sync")
        self.servers = []

    def path(self, *p):
        return os.path.join(self.tmp, *p)

    # --- set-up: two versions, three channels, two clean kiosks ---------------------------

    def build_versions(self):
        self.secret, self.pub = self.path("k.key"), self.path("k.pub")
        must(run([self.pack_tool, "keygen", "--secret", self.secret, "--public", self.pub]), "keygen")
        content = os.path.join(self.a.source, "content")
        self.v1 = self.path("v1", "%s-v1.pack" % PACK_ID)
        os.makedirs(os.path.dirname(self.v1))
        must(run([self.pack_tool, "build", content, "-o", self.v1, "--pack-version", "1",
                  "--build-time", "2026-11-01T00:00:00Z", "--quiet"]), "building version 1")
        # Version 2: the same export with one object's French description rewritten (the
        # e2e delta test's change), so that a small delta exists between the two.
        content2 = self.path("content2")
        shutil.copytree(content, content2)
        target = None
        for root, _, files in os.walk(os.path.join(content2, "objects")):
            for name in sorted(files):
                if name.endswith(".json"):
                    target = os.path.join(root, name)
                    break
            if target:
                break
        with open(target, encoding="utf-8") as f:
            obj = json.load(f)
        obj.setdefault("hasDescription", [{}])
        obj["hasDescription"][0].setdefault("dc:description", {})["fr"] = ["Texte réécrit pour la version 2."]
        with open(target, "w", encoding="utf-8") as f:
            json.dump(obj, f, ensure_ascii=False, indent=2)
        self.v2 = self.path("v2", "%s-v2.pack" % PACK_ID)
        os.makedirs(os.path.dirname(self.v2))
        must(run([self.pack_tool, "build", content2, "-o", self.v2, "--pack-version", "2",
                  "--build-time", "2026-11-01T00:00:00Z", "--quiet"]), "building version 2")

    def publish(self, name, *packs):
        channel = self.path(name)
        for i, pack in enumerate(packs):
            must(run([self.pack_tool, "publish", pack, "--channel", channel, "--sign", self.secret,
                      "--keep", str(i + 1)]), "publishing %s to %s" % (os.path.basename(pack), name))
        return channel

    def set_up(self):
        self.build_versions()
        self.chan_v1 = self.publish("chan-v1", self.v1)
        self.chan_delta = self.publish("chan-delta", self.v1, self.v2)
        self.chan_full = self.publish("chan-full", self.v2)
        if not any(n.endswith(".delta") for n in os.listdir(self.chan_delta)):
            raise SetupError("kiosk-pack publish made no delta from version 1 to 2")
        # The versions as served: publish compacts the copy it serves (VACUUM), so those bytes,
        # not the built packs', are what a kiosk installs.
        served = {1: os.path.join(self.chan_v1, "%s-v1.pack" % PACK_ID), 2: os.path.join(self.chan_full, "%s-v2.pack" % PACK_ID)}
        self.digest = {sha256_of(path): v for v, path in served.items()}
        if sha256_of(os.path.join(self.chan_delta, "%s-v2.pack" % PACK_ID)) != sha256_of(served[2]):
            raise SetupError("the two channels serve different bytes for version 2")
        # The signed manifest of each version, to verify an active pack as the installer would.
        self.manifest = {1: os.path.join(self.chan_v1, "manifest.json"), 2: os.path.join(self.chan_full, "manifest.json")}
        self.clean_empty = self.path("state-empty")
        os.makedirs(self.clean_empty)
        self.clean_v1 = self.path("state-v1")
        must(self.sync(self.clean_v1, self.chan_v1), "installing version 1")
        log = self.path("server.log")
        http_delta = RangeServer(self.chan_delta, log, self.a.rate)
        self.servers.append(http_delta)
        http_full = RangeServer(self.chan_full, log, self.a.rate)
        self.servers.append(http_full)
        # (name, clean state, source): every kill lands in one of these installs.
        self.scenarios = [
            ("delta-http", self.clean_v1, http_delta.url),
            ("delta-usb", self.clean_v1, self.chan_delta),
            ("full-http", self.clean_v1, http_full.url),
            ("first-install", self.clean_empty, http_full.url),
        ]

    def close(self):
        for s in self.servers:
            s.close()

    # --- one run -------------------------------------------------------------------------

    def sync(self, state, source, *extra, env=None):
        return run([self.sync_tool, "--state", state, "--from", source, "--key", self.pub, "--timeout", "10"] + list(extra),
                   env=env)

    def check_active(self, state, must_exist):
        """'' if <state>/active is what a kiosk can start on (or absent where allowed), else why."""
        active = os.path.join(state, "active")
        if not os.path.lexists(active):
            return "" if not must_exist else "active is gone"
        if not os.path.exists(active):
            return "active is a dangling link to %s" % os.readlink(active)
        version = self.digest.get(sha256_of(active))
        if version is None:
            return "active (%s) is neither version 1 nor 2, byte for byte" % os.readlink(active)
        r = run([self.pack_tool, "verify", active, "--manifest", self.manifest[version], "--key", self.pub])
        if r.returncode != 0:
            return "active (version %d) fails kiosk-pack verify: %s" % (version, r.stderr.strip())
        return ""

    def timed_install(self, scenario):
        """How long an uninterrupted, slowed-down install of this scenario takes."""
        name, clean, source = scenario
        state = self.path("state-timing")
        shutil.rmtree(state, ignore_errors=True)
        shutil.copytree(clean, state, symlinks=True)
        t0 = time.monotonic()
        r = self.sync(state, source, env=self.env)
        took = time.monotonic() - t0
        must(r, "an uninterrupted %s install" % name)
        if name.startswith("delta") and "delta" not in r.stdout:
            raise SetupError("the %s install did not use the delta: %s" % (name, r.stdout.strip()))
        return took

    def one_run(self, rng, scenario, duration):
        name, clean, source = scenario
        state = self.path("state")
        shutil.rmtree(state, ignore_errors=True)
        shutil.copytree(clean, state, symlinks=True)
        p = subprocess.Popen([self.sync_tool, "--state", state, "--from", source, "--key", self.pub, "--timeout", "10",
                              "--progress-lines"], env=self.env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             text=True)
        time.sleep(rng.uniform(0, duration * 1.1))
        alive = p.poll() is None
        if alive:
            p.send_signal(signal.SIGKILL)
        out, _ = p.communicate(timeout=30)
        states = [l.split()[1] for l in out.splitlines() if l.startswith("state ")]
        killed_in = (states[-1] if states else "START") if alive else None
        problems = []
        why = self.check_active(state, must_exist=clean is self.clean_v1)
        if why:
            problems.append("after the kill: " + why)
        r = self.sync(state, source)
        if r.returncode != 0:
            problems.append("the next kiosk-sync failed (%d): %s" % (r.returncode, r.stderr.strip()))
        why = self.check_active(state, must_exist=True)
        if not why and self.digest.get(sha256_of(os.path.join(state, "active"))) != 2:
            why = "active is not version 2 after the next kiosk-sync"
        if why:
            problems.append("after the next kiosk-sync: " + why)
        leftovers = os.listdir(os.path.join(state, "staging")) if os.path.isdir(os.path.join(state, "staging")) else []
        if leftovers:
            problems.append("staging not empty after the next kiosk-sync: %s" % leftovers)
        return killed_in, problems

    def main(self):
        self.env = dict(os.environ, KIOSK_SYNC_TEST_STEP_DELAY_MS=str(self.a.step_delay_ms))
        self.set_up()
        durations = {s[0]: self.timed_install(s) for s in self.scenarios}
        print("set-up done; uninterrupted slowed-down installs: %s" %
              ", ".join("%s %.2f s" % (k, v) for k, v in durations.items()), flush=True)
        rng = random.Random(self.a.seed)
        per_phase, per_state, per_scenario = collections.Counter(), collections.Counter(), collections.Counter()
        completed = 0
        broken = []
        t0 = time.monotonic()
        # A run counts once its kill landed: one that finished first is checked all the same
        # but does not count, and its scenario's window shrinks (the timing was measured once,
        # and the machine may have been busier then), so that kills keep landing inside.
        i = 0
        while i - completed < self.a.runs:
            scenario = rng.choice(self.scenarios)
            killed_in, problems = self.one_run(rng, scenario, durations[scenario[0]])
            per_scenario[scenario[0]] += 1
            if killed_in is None:
                completed += 1
                durations[scenario[0]] *= 0.9
            else:
                per_state[killed_in] += 1
                per_phase[PHASES.get(killed_in, "prepare")] += 1
            i += 1
            if problems:
                broken.append((i, scenario[0], killed_in, problems))
                print("BROKEN run %d (%s, killed in %s): %s" % (i, scenario[0], killed_in, "; ".join(problems)), flush=True)
            if self.a.progress and i % self.a.progress == 0:
                print("%d runs, %d kill points, %d broken, %.0f s" % (i, i - completed, len(broken), time.monotonic() - t0),
                      flush=True)
        kills = sum(per_phase.values())
        print("runs %d (%s) in %.0f s" % (i, ", ".join("%s %d" % kv for kv in sorted(per_scenario.items())),
                                          time.monotonic() - t0))
        print("kill points %d (the other %d runs finished before their kill instant; all %d were checked)" %
              (kills, completed, i))
        for phase in ("prepare", "download", "verify", "delta apply", "switch"):
            print("  %-12s %d" % (phase, per_phase[phase]))
        print("kill points per state: %s" % ", ".join("%s %d" % kv for kv in sorted(per_state.items())))
        print("broken kiosks %d" % len(broken))
        return 1 if broken else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=1000, help="kill points: runs whose kill landed (default 1000)")
    ap.add_argument("--seed", type=int, default=20261101, help="seed of the random scenarios and kill instants")
    ap.add_argument("--build", default=os.path.join(REPO, "build"), help="directory with kiosk-pack and kiosk-sync")
    ap.add_argument("--source", default=REPO, help="source tree (its content/ is published)")
    ap.add_argument("--step-delay-ms", type=int, default=15,
                    help="kiosk-sync's test-only pause at each state, so that kills land in every state")
    ap.add_argument("--rate", type=int, default=20 << 20, help="HTTP bytes per second, so that downloads take a while")
    ap.add_argument("--progress", type=int, default=100, help="print a line every N runs (0: never)")
    ap.add_argument("--keep", action="store_true", help="keep the temporary directory")
    args = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="kiosk-power-loss-")
    bench = Bench(args, tmp)
    try:
        return bench.main()
    except SetupError as e:
        print("power_loss: %s" % e, file=sys.stderr)
        return 1
    finally:
        bench.close()
        if args.keep:
            print("kept %s" % tmp)
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env bash
# deploy.systemd_verify: the systemd units, as installed, pass `systemd-analyze verify` without a
# single warning, and keep the settings the kiosk's recovery depends on.
#
#   check_units.sh BUILD_DIR
#
# verify also checks that every ExecStart= program exists and is executable. To test the
# programs this build installs, without root, the install tree goes into a temporary root
# (DESTDIR) and the units' Exec paths are pointed into it; everything else (sysinit.target,
# network-online.target...) is resolved against the host's systemd as on a real kiosk.
set -euo pipefail

build=${1:?usage: check_units.sh BUILD_DIR}
fail() { echo "FAIL: $*" >&2; exit 1; }

command -v systemd-analyze >/dev/null || { echo "SKIP: systemd-analyze not installed (apt-get install systemd)"; exit 77; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
root=$tmp/root
DESTDIR=$root cmake --install "$build" --prefix /usr >/dev/null

units=(kiosk.service kiosk-sync.service kiosk-sync.timer kiosk-usb@.service)
mkdir "$tmp/units"
for u in "${units[@]}"; do
    src=$root/lib/systemd/system/$u
    [ -f "$src" ] || fail "$u is not installed to /lib/systemd/system"
    # Exec*=[prefixes]/path -> Exec*=[prefixes]$root/path
    sed -E "s#^(Exec[A-Za-z]*=[-@:+!]*)/#\1$root/#" "$src" >"$tmp/units/$u"
done
grep -h '^Exec' "$tmp/units/"*

# --man=no: our Documentation= is a file, not a man page. --generators=no: the host's
# generators have nothing to do with these units and may not run in a container.
out=$(cd "$tmp/units" && systemd-analyze verify --man=no --generators=no "${units[@]/#/./}" 2>&1) \
    || { printf '%s\n' "$out"; fail "systemd-analyze verify failed"; }
[ -z "$out" ] || printf '%s\n' "$out"
# verify exits 0 on unknown keys, bad values it ignores, missing programs... but prints them.
if printf '%s\n' "$out" | grep -E 'kiosk|/tmp/' >/dev/null; then
    fail "systemd-analyze verify printed warnings about our units"
fi
echo "systemd-analyze verify: clean"

# The settings the issue asks for; a cleanup that drops one of them must fail here.
want() { # FILE LINE
    grep -qxF "$2" "$root/lib/systemd/system/$1" || fail "$1 lacks '$2'"
}
want kiosk.service Type=notify
want kiosk.service NotifyAccess=all
want kiosk.service Restart=always
want kiosk.service RestartPreventExitStatus=75
grep -qE '^WatchdogSec=[1-9]' "$root/lib/systemd/system/kiosk.service" || fail "kiosk.service has no WatchdogSec"
want kiosk.service User=kiosk
want kiosk.service ExecStart=/usr/lib/kiosk/kiosk-session
want kiosk-sync.service User=kiosk
want kiosk-sync.service Type=oneshot
want kiosk-sync.timer WantedBy=timers.target
want kiosk-usb@.service 'ExecStart=/usr/lib/kiosk/kiosk-usb-import %i'

# The udev rule: hand the work to systemd, never RUN+= or mount from udev itself.
rule=$root/lib/udev/rules.d/90-kiosk-usb.rules
[ -f "$rule" ] || fail "90-kiosk-usb.rules is not installed to /lib/udev/rules.d"
grep -q 'ENV{SYSTEMD_WANTS}+="kiosk-usb@%k.service"' "$rule" || fail "the udev rule does not start kiosk-usb@%k.service"
grep -v '^#' "$rule" | grep -q 'RUN' && fail "the udev rule must not RUN programs"
# udevadm verify exists from systemd 253 (Debian 12 has 252).
if udevadm verify --help >/dev/null 2>&1; then
    udevadm verify "$rule" || fail "udevadm verify rejects 90-kiosk-usb.rules"
else
    echo "udevadm verify not available on this systemd; rule checked by pattern only"
fi

# The kiosk-sync command line the sync unit and the USB import use must be one the shipped
# kiosk-sync accepts: a usage error would only show on a real kiosk, every hour. Run it against
# an empty channel with a missing key; any documented exit code (0-9) will do, a usage error not.
mkdir "$tmp/state" "$tmp/channel"
cat >"$tmp/kiosk.toml" <<EOF
[sync]
state = "$tmp/state"
trusted_keys = ["$tmp/missing.pub"]
EOF
sync_cmd=$(sed -n 's#^ExecStart=/usr/bin/kiosk-sync ##p' "$root/lib/systemd/system/kiosk-sync.service")
[ -n "$sync_cmd" ] || fail "kiosk-sync.service does not run /usr/bin/kiosk-sync"
# shellcheck disable=SC2086  # the unit's arguments, split as systemd splits them (no quotes there)
set -- ${sync_cmd//\/etc\/kiosk\/kiosk.toml/$tmp/kiosk.toml} --from "$tmp/channel"
rc=0
err=$("$root/usr/bin/kiosk-sync" "$@" 2>&1 >/dev/null) || rc=$?
echo "kiosk-sync $* -> exit $rc: $err"
if [ "$rc" -gt 9 ] || printf '%s' "$err" | grep -qiE 'not expected|unknown option|run with --help'; then
    fail "the shipped kiosk-sync rejects the command line of kiosk-sync.service / kiosk-usb-import"
fi
# shellcheck disable=SC2016  # the script's own text, $-words included
grep -q 'kiosk_sync" install --config "$config" --from "$channel"' "$root/usr/lib/kiosk/kiosk-usb-import" \
    || fail "kiosk-usb-import no longer runs 'kiosk-sync install --config ... --from ...' (update this check)"

# The scripts the units run: installed executable, and valid shell.
for s in kiosk-session kiosk-usb-import; do
    f=$root/usr/lib/kiosk/$s
    [ -x "$f" ] || fail "/usr/lib/kiosk/$s is not installed executable"
    sh -n "$f" || fail "$s: syntax error"
    if command -v shellcheck >/dev/null; then shellcheck "$f" || fail "$s: shellcheck"; fi
done
echo "OK: units, rule and scripts"

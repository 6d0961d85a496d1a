#!/usr/bin/env bash
# deploy.deb_contents: build the .deb with CPack and check that it holds what a kiosk needs,
# with the right modes, control fields, maintainer scripts and conffiles.
#
#   check_deb.sh BUILD_DIR VERSION SOURCE_DIR
#
# The package goes to a temporary directory, so this test leaves the build tree as it was and
# may run next to other tests.
set -euo pipefail

build=${1:?usage: check_deb.sh BUILD_DIR VERSION SOURCE_DIR}
version=${2:?}
src=${3:?}
fail() { echo "FAIL: $*" >&2; exit 1; }

command -v dpkg-deb >/dev/null || { echo "SKIP: dpkg-deb not installed"; exit 77; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$tmp" >"$tmp/cpack.log" 2>&1 \
    || { cat "$tmp/cpack.log"; fail "cpack -G DEB failed"; }
debs=("$tmp"/*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then fail "expected one .deb, got: ${debs[*]}"; fi
deb=${debs[0]}
echo "== $(basename "$deb") ($(du -h "$deb" | cut -f1))"

echo "== dpkg-deb -I"
dpkg-deb -I "$deb"
echo "== dpkg-deb -c"
dpkg-deb -c "$deb" | tee "$tmp/list"

# "mode path" for each entry, path without the leading "."
awk '{ p = $6; sub(/^\./, "", p); print $1, p }' "$tmp/list" >"$tmp/files"
has() { grep -qE " $1\$" "$tmp/files" || fail "missing $1"; }
has_mode() { # MODE-REGEX PATH
    grep -qE "^$1 $2\$" "$tmp/files" || fail "$2 missing or wrong mode (want $1)"
}

exe='-rwxr-xr-x'
for f in /usr/bin/kiosk /usr/bin/kiosk-sync /usr/bin/kiosk-pack \
    /usr/lib/kiosk/kiosk-session /usr/lib/kiosk/kiosk-usb-import; do
    has_mode "$exe" "$f"
done
for f in /usr/share/kiosk/default.pack \
    /lib/systemd/system/kiosk.service /lib/systemd/system/kiosk-sync.service \
    /lib/systemd/system/kiosk-sync.timer /lib/systemd/system/kiosk-usb@.service \
    /lib/udev/rules.d/90-kiosk-usb.rules \
    /etc/kiosk/kiosk.toml /usr/share/doc/kiosk/kiosk.toml /usr/share/doc/kiosk/README.deploy.md; do
    has_mode '-rw-r--r--' "$f"
done
# Every asset the source tree has (UI strings, map, fonts if any), minus developer scripts.
n=0
while IFS= read -r a; do
    has "/usr/share/kiosk/assets/$a"
    n=$((n + 1))
done < <(cd "$src/assets" && find . -type f ! -name '*.sh' | sed 's#^\./##' | sort)
has /usr/share/kiosk/assets/i18n/fr.txt
grep -q 'extract_map.sh' "$tmp/files" && fail "developer script assets/map/extract_map.sh is packaged"
echo "assets: all $n files present"
# Everything belongs to root: the package must not depend on who built it.
awk '$2 != "root/root" { print; bad = 1 } END { exit bad }' "$tmp/list" || fail "files not owned by root/root"

# Control fields.
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = kiosk ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', project says $version"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] || fail "Architecture is '$(field Architecture)'"
depends=$(field Depends)
for d in xserver-xorg-core xserver-xorg-input-libinput libgl1-mesa-dri xinit x11-xserver-utils \
    fonts-noto-core fonts-noto-cjk systemd libpam-systemd udev adduser libglfw3 libsqlite3-0 libsodium23; do
    printf '%s\n' "$depends" | tr ',' '\n' | grep -qE "^ *$d( |$)" || fail "Depends lacks $d: $depends"
done

# Maintainer scripts and conffiles.
dpkg-deb -e "$deb" "$tmp/control"
[ "$(cat "$tmp/control/conffiles")" = /etc/kiosk/kiosk.toml ] \
    || fail "conffiles is '$(cat "$tmp/control/conffiles")', want /etc/kiosk/kiosk.toml"
for s in postinst prerm; do
    [ -x "$tmp/control/$s" ] || fail "$s missing or not executable"
    sh -n "$tmp/control/$s" || fail "$s: syntax error"
done
echo "conffiles: $(tr '\n' ' ' <"$tmp/control/conffiles")"

# The packaged units and config are the ones in the source tree.
for pair in lib/systemd/system/kiosk.service:deploy/systemd/kiosk.service \
    lib/udev/rules.d/90-kiosk-usb.rules:deploy/udev/90-kiosk-usb.rules \
    etc/kiosk/kiosk.toml:deploy/kiosk.toml; do
    dpkg-deb --fsys-tarfile "$deb" | tar -xOf - "./${pair%%:*}" | cmp -s - "$src/${pair#*:}" \
        || fail "${pair%%:*} in the package differs from ${pair#*:}"
done
echo "OK: $(basename "$deb") holds the expected files"

#!/usr/bin/env bash
# Installs the Debian packages that GiftPOS needs beside its Python packages.
#
#   scripts/bootstrap.sh GROUP...   GROUP: venv | qt | test
#
# Idempotent and cheap when everything is there: apt-get runs only for what is missing.
# As root it installs directly, otherwise through sudo; without either it lists what is
# missing and carries on, so the tests needing it skip (CI runs as root and always installs).
# Diagnostics go to stderr.
set -euo pipefail

# Shared libraries the Qt in PySide6-Essentials loads, found by ldd and readelf on its
# platform plugins and by /proc/PID/maps of a running offscreen QApplication.
# libdbus is dlopen()ed, so ldd does not show it; Qt 6 no longer needs libxcb-xinerama0.
qt_offscreen=(libegl1 libgl1 libfontconfig1 libglib2.0-0 libdbus-1-3 libxkbcommon0
    fonts-dejavu-core)
# The xcb platform plugin, for `make run` on a desktop and tests under Xvfb.
qt_xcb=(libx11-xcb1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-glx0 libxcb-icccm4 libxcb-image0
    libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1
    libxcb-xfixes0 libxcb-xkb1)
# Test tools, checked by command because any provider of the command will do. The
# end-to-end tests run the app in Xvfb (whose -fbdir screen file gives the screenshots)
# under a small window manager and drive it with xdotool.
test_commands=(socat:socat Xvfb:xvfb xauth:xauth pdftoppm:poppler-utils xdotool:xdotool
    matchbox-window-manager:matchbox-window-manager chromium:chromium)

missing=()

need_packages() {
    local pkg
    for pkg in "$@"; do
        if [[ "$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null)" != installed ]]; then
            missing+=("$pkg")
        fi
    done
}

need_commands() {
    local entry
    for entry in "$@"; do
        command -v "${entry%%:*}" >/dev/null || missing+=("${entry#*:}")
    done
}

# Debian keeps the server programs out of PATH, in /usr/lib/postgresql/VERSION/bin.
need_postgres() {
    if ! command -v initdb >/dev/null && ! compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null
    then
        missing+=(postgresql)
    fi
}

# Debian splits venv's ensurepip out of python3.X into python3.X-venv. PYTHON is the
# interpreter the Makefile chose.
need_venv() {
    if ! "${PYTHON:?the venv group needs PYTHON}" -c 'import ensurepip' 2>/dev/null; then
        missing+=("$("$PYTHON" -c 'import sys; print("python3.%d-venv" % sys.version_info[1])')")
    fi
}

for group in "$@"; do
    case "$group" in
        venv) need_venv ;;
        qt) need_packages "${qt_offscreen[@]}" "${qt_xcb[@]}" ;;
        test) need_packages "${qt_offscreen[@]}" "${qt_xcb[@]}"; need_postgres
              need_commands "${test_commands[@]}" ;;
        *) echo "bootstrap.sh: unknown group '$group' (venv, qt, test)" >&2; exit 2 ;;
    esac
done

[[ ${#missing[@]} -eq 0 ]] && exit 0
mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u)

if [[ $EUID -eq 0 ]]; then
    as_root=()
elif command -v sudo >/dev/null; then
    as_root=(sudo)
else
    echo "bootstrap.sh: not root and no sudo; missing Debian packages: ${missing[*]}" >&2
    exit 0
fi

echo "bootstrap.sh: installing ${missing[*]}" >&2
# Other jobs on the machine may hold the dpkg lock for a while: wait for it rather than fail.
apt_get=("${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=300)
if ! { "${apt_get[@]}" update >&2 &&
       "${apt_get[@]}" install -y --no-install-recommends "${missing[@]}" >&2; }; then
    echo "bootstrap.sh: could not install: ${missing[*]}" >&2
    # CI must not go on without them: tests would skip instead of running.
    if [[ "${CI:-}" == true ]]; then
        exit 1
    fi
fi
exit 0

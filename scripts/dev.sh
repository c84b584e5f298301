#!/usr/bin/env bash
# Sets Storyreel up from a fresh Debian/Ubuntu checkout, then runs it.
#
#   scripts/dev.sh run     install what is missing, then open Storyreel
#   scripts/dev.sh test    install what is missing, then run the whole test suite
#   scripts/dev.sh shot    install what is missing, then screenshot the real window under Xvfb
#
# It installs Qt's system libraries with apt when they are missing (using sudo when not
# root), creates .venv with the project and its test tools, and reinstalls when
# pyproject.toml changes. Extra arguments go to the command (pytest, or storyreel).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
VENV="${STORYREEL_VENV:-$ROOT/.venv}"
PYTHON="${PYTHON:-python3}"

# Qt's offscreen and xcb platforms, QtMultimedia, and the virtual screen for screenshots.
DEB_PACKAGES=(
  libgl1 libegl1 libx11-6 libglib2.0-0 libxkbcommon0 libfontconfig1 libfreetype6 libdbus-1-3
  libpulse0 libxrandr2
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxcb-xkb1
  libxkbcommon-x11-0 fonts-dejavu-core
)
# The Chinese and Korean translations need a font with their glyphs (tests and screenshots).
SHOT_PACKAGES=(xvfb xauth imagemagick fonts-noto-cjk)

need_debs() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -eq 0 ]; then return 0; fi
  if ! command -v apt-get >/dev/null; then
    echo "Storyreel needs these system libraries: ${missing[*]} (install them with your package manager)." >&2
    return 0
  fi
  echo "Installing system libraries: ${missing[*]}"
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

setup_python() {
  if [ ! -x "$VENV/bin/python" ]; then
    "$PYTHON" -m venv "$VENV" || {
      echo "Could not create a virtual environment: install python3-venv (apt-get install python3-venv)." >&2
      exit 1
    }
  fi
  local stamp="$VENV/.storyreel-installed"
  local want
  want=$(sha256sum pyproject.toml | cut -d' ' -f1)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ] || ! "$VENV/bin/python" -c "import app" 2>/dev/null; then
    "$VENV/bin/python" -m pip install -q --upgrade pip
    "$VENV/bin/python" -m pip install -q -e ".[test,packaging]"
    echo "$want" > "$stamp"
  fi
}

cmd="${1:-run}"
[ $# -gt 0 ] && shift
case "$cmd" in
  run)
    need_debs "${DEB_PACKAGES[@]}"
    setup_python
    exec "$VENV/bin/storyreel" "$@"
    ;;
  test)
    need_debs "${DEB_PACKAGES[@]}"
    setup_python
    export QT_QPA_PLATFORM=offscreen
    export PYTHON_KEYRING_BACKEND=keyring.backends.null.Keyring
    unset RUNCOMFY_API_TOKEN RUNCOMFY_API_BASE STORYREEL_HOME
    "$VENV/bin/python" -m ruff check app tests benchmarks
    "$VENV/bin/python" -m mypy  # what it checks, and how strictly: [tool.mypy] in pyproject.toml
    exec "$VENV/bin/python" -m pytest "$@"
    ;;
  shot)
    need_debs "${DEB_PACKAGES[@]}" "${SHOT_PACKAGES[@]}"
    setup_python
    exec "$VENV/bin/python" scripts/screenshots.py "$@"
    ;;
  *)
    echo "usage: scripts/dev.sh run|test|shot [arguments]" >&2
    exit 2
    ;;
esac

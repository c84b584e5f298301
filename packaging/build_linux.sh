#!/usr/bin/env bash
# Builds Storyreel's Linux installers from a checkout, in one command:
#
#   packaging/build_linux.sh [--fast] [--no-check] [--dist DIR] [--work DIR] [--python PYTHON]
#
# Outputs, in dist/ unless --dist says otherwise:
#   storyreel/                                  the one-folder bundle (PyInstaller)
#   storyreel_<version>_<arch>.deb              installs to /opt/storyreel, with a menu entry
#   storyreel-<version>-linux-<arch>.tar.xz     the portable folder, with a README
#   storyreel-<version>-linux-<arch>.tar.gz     the same folder for tools without xz (larger)
# then runs packaging/check_bundle.py on the bundle and the two main downloads.
#
#   --fast      light compression (same contents, bigger files; the download sizes are not
#               checked). For tests and quick local tries.
#   --no-check  skip check_bundle.py.
#   --work      PyInstaller's and the packages' work folder (default: build/linux).
#   --python    the Python to build with. Default: .venv/bin/python, created when missing.
#
# It installs what the build needs when it is missing: PyInstaller into that Python's
# environment, the project itself, and (with apt, through sudo when not root) binutils and
# gcc, plus the xcb libraries the bundle carries and the Qt libraries the checks run on.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
started=$SECONDS

FAST=0
CHECK=1
DIST="$ROOT/dist"
WORK="$ROOT/build/linux"
PYTHON_FOR_BUILD=""
while [ $# -gt 0 ]; do
  case "$1" in
    --fast) FAST=1 ;;
    --no-check) CHECK=0 ;;
    --dist) DIST=$(mkdir -p "$2" && cd "$2" && pwd); shift ;;
    --work) WORK=$(mkdir -p "$2" && cd "$2" && pwd); shift ;;
    --python) PYTHON_FOR_BUILD="$2"; shift ;;
    *) echo "usage: packaging/build_linux.sh [--fast] [--no-check] [--dist DIR] [--work DIR] [--python PYTHON]" >&2; exit 2 ;;
  esac
  shift
done
mkdir -p "$DIST" "$WORK"

step() { printf '\n== %s (%ds)\n' "$1" $((SECONDS - started)); }

# Tools the build uses, libraries the bundle must carry (PyInstaller copies them from this
# machine: a missing one is simply not in the bundle), and what Qt needs to run the checks.
BUILD_DEBS=(binutils gcc xz-utils)
BUNDLED_DEBS=(libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-util1)
RUNTIME_DEBS=(libgl1 libegl1 libx11-6 libx11-xcb1 libglib2.0-0 libxkbcommon0 libxkbcommon-x11-0
  libfontconfig1 libfreetype6 libdbus-1-3 libpulse0 libxrandr2 libxcb-randr0 libxcb-shape0
  libxcb-sync1 libxcb-xfixes0 libxcb-xkb1 libgssapi-krb5-2 iproute2)

need_debs() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! command -v apt-get >/dev/null; then
    echo "The build needs these Debian/Ubuntu packages (or your distribution's equivalents): ${missing[*]}" >&2
    return 0
  fi
  echo "Installing: ${missing[*]}"
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

step "system packages"
if command -v dpkg-query >/dev/null; then
  need_debs "${BUILD_DEBS[@]}" "${BUNDLED_DEBS[@]}" "${RUNTIME_DEBS[@]}"
fi
for tool in dpkg-deb strip nm xz; do
  command -v "$tool" >/dev/null || { echo "The build needs '$tool'." >&2; exit 1; }
done

step "Python environment"
if [ -z "$PYTHON_FOR_BUILD" ]; then
  VENV="$ROOT/.venv"
  if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV" || { echo "Could not create .venv: install python3-venv." >&2; exit 1; }
  fi
  PYTHON_FOR_BUILD="$VENV/bin/python"
fi
PY="$PYTHON_FOR_BUILD"
VERSION=$("$PY" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
INSTALLED=$("$PY" -c 'import importlib.metadata as m; print(m.version("storyreel"))' 2>/dev/null || true)
if [ "$INSTALLED" != "$VERSION" ]; then
  echo "Installing Storyreel $VERSION into $("$PY" -c 'import sys; print(sys.prefix)')"
  "$PY" -m pip install -q -e .
fi
if ! "$PY" -m PyInstaller --version >/dev/null 2>&1; then
  echo "Installing PyInstaller"
  "$PY" -m pip install -q "pyinstaller>=6.22,<7"
fi
echo "Python $("$PY" -c 'import sys; print(sys.version.split()[0])'), PyInstaller $("$PY" -m PyInstaller --version), Storyreel $VERSION"

step "bundle (PyInstaller)"
"$PY" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$DIST" --workpath "$WORK/pyinstaller" packaging/storyreel.spec
BUNDLE="$DIST/storyreel"
# The licences, where someone browsing the folder looks for them.
ln -sfn _internal/licenses "$BUNDLE/licenses"
chmod -R u+rwX,go+rX,go-w "$BUNDLE"

ARCH=$(dpkg --print-architecture 2>/dev/null || uname -m)
if [ "$FAST" = 1 ]; then XZ_LEVEL=0; GZ_LEVEL=1; else XZ_LEVEL=6; GZ_LEVEL=9; fi

# Staging copies are hard links: nothing is copied, and the bundle stays the one source.
stage_bundle() {
  rm -rf "$2"
  mkdir -p "$(dirname "$2")"
  cp -al "$1" "$2" 2>/dev/null || cp -a "$1" "$2"
}

step "portable archive"
PORTABLE_NAME="storyreel-$VERSION"
PORTABLE="$WORK/portable/$PORTABLE_NAME"
stage_bundle "$BUNDLE" "$PORTABLE"
sed "s/@VERSION@/$VERSION/" packaging/linux/README-portable.txt > "$PORTABLE/README.txt"
install -m 755 packaging/linux/install-desktop-entry.sh "$PORTABLE/install-desktop-entry.sh"
install -m 644 packaging/linux/storyreel.desktop "$PORTABLE/storyreel.desktop"
TARBALL="$DIST/storyreel-$VERSION-linux-$ARCH.tar.xz"
portable_tar() {
  tar --owner=0 --group=0 --numeric-owner --sort=name -C "$WORK/portable" -cf - "$PORTABLE_NAME"
}
portable_tar | xz -T2 -"$XZ_LEVEL" > "$TARBALL"
# The same folder as .tar.gz, for archive tools that cannot open .tar.xz; about a third
# larger, so the .tar.xz and the .deb are the downloads the size target is about.
TARGZ="$DIST/storyreel-$VERSION-linux-$ARCH.tar.gz"
portable_tar | gzip -n -"$GZ_LEVEL" > "$TARGZ"

step "Debian package"
STAGE="$WORK/deb"
stage_bundle "$BUNDLE" "$STAGE/opt/storyreel"
mkdir -p "$STAGE/usr/bin" "$STAGE/usr/share/applications" "$STAGE/usr/share/doc/storyreel" "$STAGE/DEBIAN"
ln -sfn /opt/storyreel/storyreel "$STAGE/usr/bin/storyreel"
install -m 644 packaging/linux/storyreel.desktop "$STAGE/usr/share/applications/storyreel.desktop"
for size in 16 32 48 64 128 256 512; do
  install -D -m 644 "resources/icons/storyreel-$size.png" \
    "$STAGE/usr/share/icons/hicolor/${size}x${size}/apps/storyreel.png"
done
install -D -m 644 resources/icons/storyreel.svg "$STAGE/usr/share/icons/hicolor/scalable/apps/storyreel.svg"
install -m 644 packaging/linux/copyright "$STAGE/usr/share/doc/storyreel/copyright"
DEPENDS=$("$PY" packaging/check_bundle.py "$BUNDLE" --debian-depends)
field() { printf '%s\n' "$DEPENDS" | sed -n "s/^$1: //p"; }
INSTALLED_SIZE=$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$ARCH/" -e "s/@INSTALLED_SIZE@/$INSTALLED_SIZE/" \
  -e "s/@DEPENDS@/$(field Depends)/" -e "s/@RECOMMENDS@/$(field Recommends)/" \
  -e "s/@SUGGESTS@/$(field Suggests)/" packaging/linux/control.in \
  | sed '/^[A-Za-z-]*: *$/d' > "$STAGE/DEBIAN/control"  # a relation nothing needs is left out
DEB="$DIST/storyreel_${VERSION}_${ARCH}.deb"
dpkg-deb --root-owner-group -Zxz -z"$XZ_LEVEL" --build "$STAGE" "$DEB" >/dev/null
dpkg-deb --field "$DEB" Package Version Installed-Size Depends

if [ "$CHECK" = 1 ]; then
  step "checks"
  downloads=()
  [ "$FAST" = 1 ] || downloads=(--download "$TARBALL" --download "$DEB")
  "$PY" packaging/check_bundle.py "$BUNDLE" "${downloads[@]}"
fi

step "done"
printf '%s\n' "$BUNDLE" "$TARBALL" "$TARGZ" "$DEB"
du -sh "$BUNDLE" "$TARBALL" "$DEB"
